// malkoll: the desktop program. Opens the store given on the command line, or the demo store.
#include "appsettings.h"
#include "mainwindow.h"
#include "runtimeenvironment.h"
#include "translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QTabWidget>
#include <QTimer>

int main(int argc, char **argv)
{
    malkoll::prepareRuntimeEnvironment();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Malkoll"));
    QApplication::setApplicationDisplayName(QStringLiteral("Målkoll"));
    QApplication::setOrganizationName(QStringLiteral("Malkoll"));
    QApplication::setApplicationVersion(QStringLiteral(MALKOLL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("se.stockholm.malkoll"));
    malkoll::installTranslations(app, malkoll::AppSettings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Goal and indicator follow-up"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("store"), QApplication::translate("main", "The store to open."));
    parser.addOption({QStringLiteral("demo"), QApplication::translate("main", "Open the bundled demo store.")});
    parser.addOption({QStringLiteral("year"), QApplication::translate("main", "Start at this year."),
                      QApplication::translate("main", "YEAR")});
    parser.addOption({QStringLiteral("period"), QApplication::translate("main", "Start at this period (T1, T2 or VB)."),
                      QApplication::translate("main", "PERIOD")});
    parser.addOption({QStringLiteral("gaps"), QApplication::translate("main", "Start on the gaps and findings view.")});
    parser.addOption({QStringLiteral("view"), QApplication::translate("main", "Start on this view: entry, gaps, overview, economy, plan, round or city."),
                      QApplication::translate("main", "VIEW")});
    parser.addOption({QStringLiteral("goal"), QApplication::translate("main", "Start at this goal number, e.g. 1.2."),
                      QApplication::translate("main", "NUMBER")});
    parser.addOption({QStringLiteral("connect"), QApplication::translate("main", "Open Connect to a server… at start.")});
    parser.addOption({QStringLiteral("import-csv"), QApplication::translate("main", "Open the import of outcomes from this CSV file."),
                      QApplication::translate("main", "FILE")});
    parser.process(app);

    malkoll::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && !parser.isSet(QStringLiteral("demo"))) {
        if (auto r = window.openStore(files.first()); !r)
            QMessageBox::warning(&window, QStringLiteral("Målkoll"), r.error());
    } else if (const QString last = malkoll::AppSettings::lastStore();
               !parser.isSet(QStringLiteral("demo")) && !last.isEmpty() && QFileInfo::exists(last)) {
        if (auto r = window.openStore(last); !r) window.openDemoStore(); // the last store, as the user left it
    } else {
        window.openDemoStore();
    }
    if (window.snapshot()) {
        const int year = parser.isSet(QStringLiteral("year")) ? parser.value(QStringLiteral("year")).toInt()
                                                              : window.snapshot()->year;
        const auto period = malkoll::periodFromCode(parser.value(QStringLiteral("period")));
        if (parser.isSet(QStringLiteral("year")) || period)
            window.setPeriod(year, period.value_or(window.snapshot()->period));
        const QString goal = parser.value(QStringLiteral("goal"));
        for (const malkoll::Goal &g : window.snapshot()->goals)
            if (g.number == goal) window.selectGoal(g.id);
    }
    if (auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))) {
        const QStringList views{QStringLiteral("entry"), QStringLiteral("gaps"), QStringLiteral("overview"), QStringLiteral("economy"),
                                 QStringLiteral("plan"), QStringLiteral("round"), QStringLiteral("city")};
        const QString view = parser.isSet(QStringLiteral("gaps")) ? QStringLiteral("gaps") : parser.value(QStringLiteral("view"));
        if (views.contains(view)) tabs->setCurrentIndex(int(views.indexOf(view)));
    }
    if (parser.isSet(QStringLiteral("connect"))) QTimer::singleShot(0, &window, [&window] { window.connectToServer(); });
    if (parser.isSet(QStringLiteral("import-csv"))) {
        const QString csv = parser.value(QStringLiteral("import-csv"));
        QTimer::singleShot(0, &window, [&window, csv] { window.importOutcomesFrom(csv); });
    }
    return app.exec();
}
