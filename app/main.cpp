// malkoll: the desktop program. Opens the store given on the command line, or the demo store.
#include "mainwindow.h"
#include "runtimeenvironment.h"
#include "translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char **argv)
{
    malkoll::prepareRuntimeEnvironment();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Malkoll"));
    QApplication::setApplicationDisplayName(QStringLiteral("Målkoll"));
    QApplication::setOrganizationName(QStringLiteral("Malkoll"));
    QApplication::setApplicationVersion(QStringLiteral(MALKOLL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("se.stockholm.malkoll"));
    malkoll::installTranslations(app, QSettings().value(QStringLiteral("ui/language")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Goal and indicator follow-up"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("store"), QApplication::translate("main", "The store to open."));
    parser.addOption({QStringLiteral("demo"), QApplication::translate("main", "Open the bundled demo store.")});
    parser.process(app);

    malkoll::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && !parser.isSet(QStringLiteral("demo"))) {
        if (auto r = window.openStore(files.first()); !r)
            QMessageBox::warning(&window, QStringLiteral("Målkoll"), r.error());
    } else {
        window.openDemoStore();
    }
    return app.exec();
}
