// Usable by everyone (issue 31, EN 301 549 chapter 11): what a screen reader finds in every view and
// dialog — each interactive object named, each table's headers and symbol cells said in words, the
// charts with a text alternative — and no focus event for a cell the focus is not on.
#include "accessibilitywalk.h"
#include "demowindow.h"
#include "dialogs/connectdialog.h"
#include "dialogs/helpdialog.h"
#include "dialogs/historydialog.h"
#include "dialogs/koladadialog.h"
#include "dialogs/lockdialog.h"
#include "dialogs/periodtextsdialog.h"
#include "dialogs/sectionsdialog.h"
#include "dialogs/settingsdialog.h"
#include "mainwindow.h"
#include "models/activitytablemodel.h"
#include "models/indicatortablemodel.h"
#include "presentation/statuspresentation.h"
#include "sample/demoloader.h"
#include "tempstore.h"
#include "widgets/entrytableview.h"
#include "widgets/outcomeimportdialog.h"
#include "widgets/planview.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QPalette>
#include <QSet>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <QTableWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <gtest/gtest.h>

using namespace malkoll;
using malkoll::test::unnamedObjects;

namespace {

class Accessibility : public malkoll::test::DemoWindowTest
{
protected:
    QTabWidget *tabs() const { return window.findChild<QTabWidget *>(QStringLiteral("mainTabs")); }
};

std::vector<QObject *> g_events; // the objects the window said have the focus
void record(QAccessibleEvent *event)
{
    if (event->type() == QAccessible::Focus) g_events.push_back(event->object());
}

} // namespace

TEST_F(Accessibility, EveryInteractiveObjectOfEveryViewHasAName)
{
    ASSERT_NE(tabs(), nullptr);
    QStringList found;
    for (int t = 0; t < tabs()->count(); ++t) {
        tabs()->setCurrentIndex(t);
        QApplication::processEvents();
        if (t == 0) {
            // The cell editors too: an outcome being typed, an activity's status being chosen.
            window.indicatorView()->setFocus();
            window.indicatorView()->edit(window.indicatorModel()->index(0, IndicatorTableModel::OutcomeColumn));
            window.activityView()->edit(window.activityModel()->index(0, ActivityTableModel::StatusColumn));
            QApplication::processEvents();
            EXPECT_TRUE(window.indicatorView()->isEditing() || window.activityView()->isEditing());
        }
        if (tabs()->currentWidget()->findChild<PlanView *>()) {
            // A goal with indicators and activities: their rows, check cells and choices are walked too.
            auto *plan = tabs()->currentWidget()->findChild<PlanView *>();
            auto *goals = plan->findChild<QTreeWidget *>();
            auto *indicators = plan->findChildren<QTableWidget *>().value(0);
            ASSERT_TRUE(goals && indicators);
            for (QTreeWidgetItemIterator it(goals); *it && indicators->rowCount() == 0; ++it) {
                goals->setCurrentItem(*it);
                QApplication::processEvents();
            }
            EXPECT_GT(indicators->rowCount(), 0);
        }
        for (const QString &f : unnamedObjects(&window)) found << tabs()->tabText(t) + QStringLiteral(": ") + f;
    }
    EXPECT_TRUE(found.isEmpty()) << found.size() << " unnamed or wordless objects:\n" << found.join(u'\n').toStdString();
}

TEST_F(Accessibility, EveryInteractiveObjectOfEveryDialogHasAName)
{
    QStringList found;
    const auto walk = [&](QDialog &d, const QString &name) {
        d.show();
        QApplication::processEvents();
        for (const QString &f : unnamedObjects(&d)) found << name + QStringLiteral(": ") + f;
        // To look at each dialog as a user would: MALKOLL_SCREENSHOT_DIR=DIR.
        if (const QString dir = qEnvironmentVariable("MALKOLL_SCREENSHOT_DIR"); !dir.isEmpty())
            d.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
        d.close();
    };
    {
        ConnectDialog d;
        walk(d, QStringLiteral("ConnectDialog"));
    }
    {
        HistoryDialog d(QStringLiteral("Andel"), {QStringLiteral("2024-01-02 anna T1/outcome 1 → 2")});
        walk(d, QStringLiteral("HistoryDialog"));
    }
    {
        HelpDialog d{QString()};
        walk(d, QStringLiteral("HelpDialog"));
    }
    {
        const auto snap = window.snapshot();
        ASSERT_TRUE(snap && !snap->indicators.empty());
        KoladaDialog d(*window.store(), snap->indicators.front());
        walk(d, QStringLiteral("KoladaDialog"));
    }
    {
        LockDialog d(QStringLiteral("T1 2024"), true);
        walk(d, QStringLiteral("LockDialog"));
    }
    {
        PeriodTextsDialog d(QStringLiteral("T1 2024"), {QStringLiteral("Förslag")}, QStringLiteral("Sammanfattning"), false);
        walk(d, QStringLiteral("PeriodTextsDialog"));
    }
    {
        SectionsDialog d(QStringLiteral("T1 2024"), {}, false);
        walk(d, QStringLiteral("SectionsDialog"));
    }
    {
        SettingsDialog d({QStringLiteral("Förskoleområde Öst")}, 5.0);
        walk(d, QStringLiteral("SettingsDialog"));
    }
    {
        QFile csv(dir.filePath(QStringLiteral("utfall.csv")));
        ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
        csv.write("Indikator;Utfall\nAndel barn;80\n");
        csv.close();
        const auto snap = window.snapshot();
        ASSERT_TRUE(snap);
        OutcomeImportDialog d(*window.store(), snap->committee.id, snap->year, Period::T1, csv.fileName());
        walk(d, QStringLiteral("OutcomeImportDialog"));
    }
    EXPECT_TRUE(found.isEmpty()) << found.size() << " unnamed or wordless objects:\n" << found.join(u'\n').toStdString();
}

// A move in the goal tree or a change of year refills the indicator table and makes its first cell
// current; a screen reader must not hear "Periodens utfall" while the focus is in the tree.
TEST_F(Accessibility, MovingInTheGoalTreeAnnouncesNoCellTheFocusIsNotOn)
{
    QAccessible::setActive(true);
    g_events.clear();
    const auto previous = QAccessible::installUpdateHandler(record);
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("goalTree"));
    ASSERT_NE(tree, nullptr);
    tree->setFocus();
    QApplication::processEvents();
    g_events.clear();
    for (int i = 0; i < 4; ++i) QTest::keyClick(tree, Qt::Key_Down);
    auto *year = window.findChild<QComboBox *>(QStringLiteral("periodBox"));
    ASSERT_NE(year, nullptr);
    year->setFocus();
    QTest::keyClick(year, Qt::Key_Down);
    QApplication::processEvents();
    QAccessible::installUpdateHandler(previous);
    QAccessible::setActive(false);
    int stray = 0;
    for (QObject *o : g_events)
        if (o == window.indicatorView() || o == window.activityView()) ++stray;
    EXPECT_EQ(stray, 0) << "focus events for a table that has no focus";
    EXPECT_FALSE(window.indicatorView()->hasFocus());
}

// The goal tree says each goal's number, title and assessment; the indicator table says a status
// in words, not only by colour and symbol.
TEST_F(Accessibility, GoalsAndStatusesAreSaidInWords)
{
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("goalTree"));
    ASSERT_NE(tree, nullptr);
    QAccessibleInterface *t = QAccessible::queryAccessibleInterface(tree);
    ASSERT_NE(t, nullptr);
    QStringList names;
    for (int i = 0; i < t->childCount(); ++i)
        if (QAccessibleInterface *c = t->child(i)) names << c->text(QAccessible::Name);
    const QString all = names.join(u'\n');
    // (The tests run in English.)
    EXPECT_TRUE(all.contains(QStringLiteral("Assessment"))) << all.left(600).toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("met"))) << all.left(600).toStdString();

    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(window.indicatorView());
    ASSERT_NE(table, nullptr);
    QStringList cells;
    for (int i = 0; i < table->childCount(); ++i)
        if (QAccessibleInterface *c = table->child(i)) cells << c->text(QAccessible::Name);
    const QString text = cells.join(u'\n');
    EXPECT_TRUE(text.contains(QStringLiteral("target")) || text.contains(QStringLiteral("Cannot be assessed"))) << text.toStdString();
}

// Status colours are never the only cue and keep 3:1 against a light and a dark background
// (EN 301 549 11.1.4.11); each status has its own symbol and words.
TEST(AccessibilityColours, StatusColoursHaveContrastAndTheirOwnSymbolAndWords)
{
    QSet<QString> words;
    QSet<qint64> symbols;
    for (IndicatorStatus s : {IndicatorStatus::Met, IndicatorStatus::PartlyMet, IndicatorStatus::NotMet, IndicatorStatus::NotAssessable}) {
        const QColor c = StatusPresentation::statusColor(s);
        EXPECT_GE(StatusPresentation::contrast(c, Qt::white), 3.0) << c.name().toStdString();
        EXPECT_GE(StatusPresentation::contrast(c, Qt::black), 3.0) << c.name().toStdString();
        words << StatusPresentation::statusText(s);
        const QImage icon = StatusPresentation::statusIcon(s).pixmap(32, 32).toImage();
        symbols << qHash(QByteArray(reinterpret_cast<const char *>(icon.constBits()), icon.sizeInBytes()));
    }
    EXPECT_EQ(words.size(), 4);
    EXPECT_EQ(symbols.size(), 4) << "two statuses share a symbol";
    EXPECT_EQ(StatusPresentation::contrast(Qt::white, Qt::black), 21.0);
}

// On a high-contrast (dark) desktop the banners take the desktop's colours instead of light tints.
TEST(AccessibilityColours, BannersFollowAHighContrastPalette)
{
    const QPalette normal = QApplication::palette();
    QPalette high;
    high.setColor(QPalette::Window, Qt::black);
    high.setColor(QPalette::Base, Qt::black);
    high.setColor(QPalette::Text, Qt::white);
    high.setColor(QPalette::WindowText, Qt::white);
    high.setColor(QPalette::Highlight, QColor(0x00, 0xff, 0xff));
    QApplication::setPalette(high);
    const QString dark = StatusPresentation::bannerStyle(QColor(0xc6, 0x28, 0x28), QColor(0xfd, 0xec, 0xea));
    QApplication::setPalette(normal);
    EXPECT_TRUE(dark.contains(QStringLiteral("palette(base)")) && dark.contains(QStringLiteral("palette(text)"))) << dark.toStdString();
    EXPECT_FALSE(dark.contains(QStringLiteral("#fdecea")));
    const QString light = StatusPresentation::bannerStyle(QColor(0xc6, 0x28, 0x28), QColor(0xfd, 0xec, 0xea));
    EXPECT_TRUE(light.contains(QStringLiteral("#fdecea"))) << light.toStdString();
}
