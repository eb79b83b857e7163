// The keyboard alone (issue 31, EN 301 549 11.2.1.1): an enhetschef's period entered with key
// events only — to the goal, its values and analysis, an activity's status, an undo, the unit's
// part submitted — and the keyboard never trapped in a table.
#include "demowindow.h"
#include "mainwindow.h"
#include "models/activitytablemodel.h"
#include "models/indicatortablemodel.h"
#include "round/reportround.h"
#include "sample/demoloader.h"
#include "store/activityrepository.h"
#include "store/measurementrepository.h"
#include "store/store.h"
#include "tempstore.h"
#include "widgets/entrytableview.h"
#include "widgets/roundview.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QMultiHash>
#include <QPushButton>
#include <algorithm>
#include <QTranslator>
#include <QApplication>
#include <QComboBox>
#include <QSettings>
#include <QStatusBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace malkoll;

namespace {

class Keyboard : public malkoll::test::DemoWindowTest
{
protected:
    void SetUp() override
    {
        DemoWindowTest::SetUp();
        if (HasFatalFailure()) return;
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    }
    // A key as the person presses it: to whatever has the focus.
    void press(int key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QWidget *to = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        QTest::keyClick(to, Qt::Key(key), mods);
        QApplication::processEvents();
    }
    void type(const QString &text)
    {
        for (QChar c : text) {
            QWidget *to = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
            if (c.unicode() < 128) QTest::keyClicks(to, QString(c));
            else QTest::sendKeyEvent(QTest::Click, to, Qt::Key(c.toUpper().unicode()), QString(c), Qt::NoModifier); // å, ä, ö
        }
        QApplication::processEvents();
    }
    QTabWidget *tabs() const { return window.findChild<QTabWidget *>(QStringLiteral("mainTabs")); }
    QTreeView *tree() const { return window.findChild<QTreeView *>(QStringLiteral("goalTree")); }
};

} // namespace

TEST_F(Keyboard, AnEnhetschefsPeriodWithKeysOnlyValuesAnalysisActivityUndoAndSubmit)
{
    Store &store = *window.store();
    // The period chooser by its mnemonic, then the goal tree by F6 and the arrow keys.
    press(Qt::Key_P, Qt::AltModifier);
    ASSERT_EQ(QApplication::focusWidget(), window.findChild<QComboBox *>(QStringLiteral("periodBox")));
    press(Qt::Key_Home); // T1
    press(Qt::Key_F6);
    ASSERT_EQ(QApplication::focusWidget(), tree());
    press(Qt::Key_Home);
    press(Qt::Key_Down); // 1.1
    ASSERT_EQ(tree()->currentIndex().siblingAtColumn(0).data().toString(), QStringLiteral("1.1"));
    // F6 on to the indicators: the first outcome is current.
    press(Qt::Key_F6);
    EntryTableView *indicators = window.indicatorView();
    ASSERT_EQ(QApplication::focusWidget(), indicators);
    ASSERT_EQ(indicators->currentIndex().column(), int(IndicatorTableModel::OutcomeColumn));
    const qint64 indicatorId = window.indicatorModel()->indicatorAt(indicators->currentIndex().row())->id;

    // Typing starts editing; Tab commits and goes on, editing, to the next cell one fills in.
    const auto inTable = [&] { return indicators->hasFocus() || indicators->isAncestorOf(QApplication::focusWidget()); };
    const auto tabTo = [&](int column) {
        for (int i = 0; i < 40 && indicators->currentIndex().column() != column && inTable(); ++i) press(Qt::Key_Tab);
        return indicators->currentIndex().column() == column && inTable();
    };
    type(QStringLiteral("85"));
    press(Qt::Key_Tab);
    ASSERT_EQ(MeasurementRepository(store).measurement(indicatorId, Period::T1)->outcome, 85.0);
    ASSERT_TRUE(tabTo(IndicatorTableModel::PrognosisColumn));
    type(QStringLiteral("82"));
    ASSERT_TRUE(tabTo(IndicatorTableModel::AnalysisColumn));
    type(QStringLiteral("Fler svar i enkäten."));
    press(Qt::Key_Tab);
    press(Qt::Key_Escape); // out of the next cell's editor, nothing typed there
    ASSERT_TRUE(indicators->hasFocus());
    auto saved = MeasurementRepository(store).measurement(indicatorId, Period::T1);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->prognosis, 82.0);
    EXPECT_EQ(saved->analysis, QStringLiteral("Fler svar i enkäten."));

    // Undo the analysis, with the keyboard.
    press(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(MeasurementRepository(store).measurement(indicatorId, Period::T1)->analysis, QString());
    EXPECT_TRUE(window.statusBar()->currentMessage().startsWith(QStringLiteral("Undone: "))) << "the undo is not said";
    EXPECT_EQ(MeasurementRepository(store).measurement(indicatorId, Period::T1)->prognosis, 82.0);
    // Redo is alive (Ctrl+Shift+Z is no longer ambiguous), and undo again.
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(MeasurementRepository(store).measurement(indicatorId, Period::T1)->analysis, QStringLiteral("Fler svar i enkäten."));

    // The activities: F6, to the status, a choice by the arrow keys.
    press(Qt::Key_F6);
    EntryTableView *activities = window.activityView();
    ASSERT_EQ(QApplication::focusWidget(), activities);
    ASSERT_GT(window.activityModel()->rowCount(), 0);
    const qint64 activityId = window.activityModel()->activityAt(0)->id;
    press(Qt::Key_Home, Qt::ControlModifier);
    while (activities->currentIndex().column() != ActivityTableModel::StatusColumn && activities->hasFocus()) press(Qt::Key_Tab);
    ASSERT_EQ(activities->currentIndex().row(), 0);
    const auto before = ActivityRepository(store).report(activityId, Period::T1);
    press(Qt::Key_Return); // the list of statuses
    auto *choice = qobject_cast<QComboBox *>(QApplication::focusWidget());
    ASSERT_NE(choice, nullptr) << "no choice opened: " << (QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "nothing");
    const int wanted = choice->findData(activityStatusCode(ActivityStatus::Completed));
    ASSERT_GE(wanted, 0);
    while (choice->currentIndex() != wanted) press(choice->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
    press(Qt::Key_Return);
    const auto after = ActivityRepository(store).report(activityId, Period::T1);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->status, ActivityStatus::Completed);
    EXPECT_NE(before ? before->status : ActivityStatus::NotSet, ActivityStatus::Completed);

    // The reporting round by Ctrl+Tab, the unit by the arrow keys, "Submit" by its mnemonic.
    const auto snap = window.snapshot();
    const auto board = ReportRound::board(store, snap->committee.id, snap->year, Period::T1, QDate(snap->year, 5, 1));
    int ready = -1;
    for (size_t i = 0; i < board.size(); ++i)
        if (board[i].problems.isEmpty() && board[i].record.state == RoundState::Open && ready < 0) ready = int(i);
    ASSERT_GE(ready, 0) << "no unit of the demo is ready to submit";
    while (tabs()->currentWidget()->findChild<RoundView *>() == nullptr) press(Qt::Key_Tab, Qt::ControlModifier);
    auto *round = tabs()->currentWidget()->findChild<QTableView *>(QStringLiteral("roundTable"));
    ASSERT_NE(round, nullptr);
    while (!round->hasFocus()) press(Qt::Key_Tab); // Tab leaves each control, never trapped
    press(Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < ready; ++i) press(Qt::Key_Down);
    auto *submit = tabs()->currentWidget()->findChild<QAbstractButton *>(QStringLiteral("submitButton"));
    ASSERT_TRUE(submit && submit->isEnabled() && submit->isVisible()) << (submit ? submit->text().toStdString() : "no button");
    // A mnemonic presses the button as a click would (animated): wait for its click, not for time.
    QSignalSpy clicked(submit, &QAbstractButton::clicked);
    press(Qt::Key_U, Qt::AltModifier); // "S&ubmit the unit's part"
    ASSERT_TRUE(clicked.count() > 0 || clicked.wait(10000)) << "Alt+U did not press Submit";
    const auto now = ReportRound::board(store, snap->committee.id, snap->year, Period::T1, QDate(snap->year, 5, 1));
    QStringList states;
    for (const auto &u : now) states << QStringLiteral("%1=%2").arg(u.unitName).arg(int(u.record.state));
    EXPECT_EQ(now[size_t(ready)].record.state, RoundState::Submitted)
        << now[size_t(ready)].unitName.toStdString() << " row " << round->currentIndex().row() << " "
        << round->currentIndex().siblingAtColumn(0).data().toString().toStdString() << " | " << states.join(u' ').toStdString()
        << " | " << window.messageText().toStdString() << " | "
        << tabs()->currentWidget()->findChild<QLabel *>(QStringLiteral("roundProblems"))->text().toStdString();
}

// Tab walks out of each table and on through the window: from the indicator table, the trend's
// button and the activities are reached; Shift+Tab comes back. The gap table is left by one Tab.
TEST_F(Keyboard, TabLeavesEveryTable)
{
    EntryTableView *indicators = window.indicatorView();
    indicators->setFocus();
    QSet<QWidget *> seen;
    for (int i = 0; i < 200 && !window.activityView()->hasFocus(); ++i) {
        seen << QApplication::focusWidget();
        press(Qt::Key_Tab);
    }
    EXPECT_TRUE(window.activityView()->hasFocus()) << "Tab never left the indicator table";
    for (int i = 0; i < 200 && !indicators->hasFocus(); ++i) press(Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_TRUE(indicators->hasFocus()) << "Shift+Tab never came back";

    press(Qt::Key_PageDown, Qt::ControlModifier); // the gaps tab, from inside a table
    EXPECT_EQ(tabs()->currentIndex(), 1);
    auto *gaps = tabs()->currentWidget()->findChild<QTableView *>(QStringLiteral("gapTable"));
    ASSERT_NE(gaps, nullptr);
    gaps->setFocus();
    press(Qt::Key_Tab);
    EXPECT_FALSE(gaps->hasFocus()) << "one Tab leaves the gap table";
    press(Qt::Key_PageUp, Qt::ControlModifier);
    EXPECT_EQ(tabs()->currentIndex(), 0);
}

namespace {
// Alt+letter of every mnemonic shown at once (menus, the toolbar, the tab's buttons, boxes and
// labels): a letter two of them share only cycles between them, so it must be one's alone.
QStringList mnemonicClashes(MainWindow &window)
{
    QStringList clashes;
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    for (int t = 0; t < tabs->count(); ++t) {
        tabs->setCurrentIndex(t);
        QApplication::processEvents();
        QMultiHash<QChar, QString> owners;
        const auto add = [&](const QString &text, bool visible) {
            if (!visible) return;
            for (qsizetype i = 0; i + 1 < text.size(); ++i) {
                if (text[i] != u'&') continue;
                if (text[i + 1] == u'&') {
                    ++i;
                    continue;
                }
                owners.insert(text[i + 1].toLower(), QString(text).remove(u'&'));
                break;
            }
        };
        for (QAction *a : window.menuBar()->actions()) add(a->text(), a->isVisible());
        // Every button with words has a letter of its own.
        for (QPushButton *b : window.findChildren<QPushButton *>())
            if (b->isVisible() && std::any_of(b->text().cbegin(), b->text().cend(), [](QChar c) { return c.isLetter(); }) &&
                !b->text().contains(u'&'))
                clashes << QStringLiteral("%1: “%2” has no Alt letter").arg(tabs->tabText(t), b->text());
        for (QAbstractButton *b : window.findChildren<QAbstractButton *>()) add(b->text(), b->isVisible() && b->isEnabled());
        for (QLabel *l : window.findChildren<QLabel *>()) add(l->buddy() ? l->text() : QString(), l->isVisible() && l->buddy());
        for (QTabBar *bar : window.findChildren<QTabBar *>())
            for (int i = 0; i < bar->count(); ++i) add(bar->tabText(i), bar->isVisible());
        for (const QChar c : owners.uniqueKeys())
            if (owners.count(c) > 1) clashes << QStringLiteral("%1: Alt+%2 — %3").arg(tabs->tabText(t), c, owners.values(c).join(QStringLiteral(", ")));
    }
    return clashes;
}
} // namespace

TEST_F(Keyboard, MnemonicsDoNotClashInEnglish)
{
    const QStringList clashes = mnemonicClashes(window);
    EXPECT_TRUE(clashes.isEmpty()) << clashes.join(u'\n').toStdString();
}

TEST(KeyboardSwedish, MnemonicsDoNotClashInSwedish)
{
    QSettings().clear();
    QTranslator sv;
    ASSERT_TRUE(sv.load(QStringLiteral(":/i18n/malkoll_sv.qm")));
    QApplication::installTranslator(&sv);
    QStringList clashes;
    {
        QTemporaryDir dir;
        const QString path = malkoll::test::copyDemoStore(dir);
        ASSERT_FALSE(path.isEmpty());
        MainWindow window;
        ASSERT_TRUE(window.openStore(path).ok());
        window.show();
        QApplication::processEvents();
        EXPECT_EQ(window.menuBar()->actions().value(0)->text(), QStringLiteral("&Arkiv")) << "the translation is not in use";
        clashes = mnemonicClashes(window);
    }
    QApplication::removeTranslator(&sv);
    EXPECT_TRUE(clashes.isEmpty()) << clashes.join(u'\n').toStdString();
}
