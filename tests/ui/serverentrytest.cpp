// The entry view on a shared store shows what the server lets the login write, before the server
// has to refuse it: an enhetschef's own unit's cells are open (yellow), another unit's are not; a
// submitted unit turns read-only with a banner until a controller returns it; the committee's own
// assessment is the controller's; a reader reads only. A refused edit writes nothing.
#include "mainwindow.h"
#include "models/goaltreemodel.h"
#include "models/activitytablemodel.h"
#include "models/indicatortablemodel.h"
#include "periodsession.h"
#include "round/reportround.h"
#include "serverfixture.h"
#include "widgets/entryview.h"
#include "widgets/goalpanel.h"
#include "widgets/roundview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace malkoll;

namespace {

class ServerEntry : public test::ServerStore
{
protected:
    // The indicator model's row of `indicator`, for the goal the committee has.
    QModelIndex cell(IndicatorTableModel &model, qint64 indicator, int column)
    {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.index(r, 0).data(IndicatorTableModel::IndicatorIdRole).toLongLong() == indicator)
                return model.index(r, column);
        return {};
    }
    // Logs in as `who` and opens T1 2024 in `session`, as the main window does.
    ::testing::AssertionResult openAs(const char *who, std::unique_ptr<Store> &store, PeriodSession &session)
    {
        store = as(who);
        if (!store) return ::testing::AssertionFailure() << "cannot log in as " << who;
        session.setStore(store.get());
        if (auto r = session.load(committee, 2024, Period::T1); !r) return ::testing::AssertionFailure() << r.error().toStdString();
        return ::testing::AssertionSuccess();
    }
    static bool editable(const QModelIndex &index)
    {
        return index.isValid() && (index.flags() & Qt::ItemIsEditable);
    }
};

} // namespace

TEST_F(ServerEntry, AnEnhetschefWritesOnlyTheirOwnUnitAndNotWhileItIsSubmitted)
{
    std::unique_ptr<Store> chef;
    PeriodSession session;
    ASSERT_TRUE(openAs("chef_ost", chef, session));
    IndicatorTableModel model;
    model.setSession(&session);
    model.setGoal(goal, true);
    ASSERT_EQ(model.rowCount(), 2);

    // Own unit open, the other unit's row read-only and saying why.
    const QModelIndex own = cell(model, indicators[0], IndicatorTableModel::OutcomeColumn);
    const QModelIndex other = cell(model, indicators[1], IndicatorTableModel::OutcomeColumn);
    EXPECT_TRUE(editable(own));
    EXPECT_FALSE(editable(other));
    EXPECT_TRUE(other.data(Qt::BackgroundRole).isNull()) << "only the cells one fills in are yellow";
    EXPECT_TRUE(cell(model, indicators[1], IndicatorTableModel::NameColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Äldreboendet Ängen is not one of your units")));
    QString refused;
    QObject::connect(&session, &PeriodSession::editFailed, [&refused](const QString &m) { refused = m; });
    Measurement theirs = value(*chef, indicators[1], 50);
    EXPECT_FALSE(session.editMeasurement(theirs));
    EXPECT_TRUE(refused.contains(QStringLiteral("Äldreboendet Ängen"))) << refused.toStdString();
    EXPECT_FALSE(outcome(indicators[1]));

    // Enter the own value (with prognosis and analysis), then submit the unit's part.
    ASSERT_TRUE(session.editMeasurement(value(*chef, indicators[0], 85))) << refused.toStdString();
    EXPECT_EQ(outcome(indicators[0]), 85.0);
    EntryView entry(&session);
    entry.updateLockBanner();
    auto *banner = entry.findChild<QLabel *>(QStringLiteral("lockBanner"));
    ASSERT_TRUE(banner);
    EXPECT_TRUE(banner->isHidden());
    RoundView round(&session);
    round.show();
    auto *submit = round.findChild<QPushButton *>(QStringLiteral("submitButton"));
    ASSERT_TRUE(submit);
    round.selectUnit(units[1]); // not theirs: no button to press, and the tooltip says why
    EXPECT_FALSE(submit->isEnabled());
    EXPECT_TRUE(submit->toolTip().contains(QStringLiteral("Äldreboendet Ängen"))) << submit->toolTip().toStdString();
    round.selectUnit(units[0]);
    EXPECT_TRUE(submit->isEnabled());
    ASSERT_TRUE(round.submitSelected()) << round.lastMessage().toStdString();

    EXPECT_FALSE(editable(cell(model, indicators[0], IndicatorTableModel::OutcomeColumn)));
    EXPECT_FALSE(editable(cell(model, indicators[0], IndicatorTableModel::AnalysisColumn)));
    EXPECT_FALSE(banner->isHidden());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("Förskoleområde Öst")))
        << banner->text().toStdString();
    EXPECT_TRUE(banner->text().contains(roundStateName(RoundState::Submitted)))
        << banner->text().toStdString();
    refused.clear();
    const int undoSteps = session.undoStack()->count();
    EXPECT_FALSE(session.editMeasurement(value(*chef, indicators[0], 90)));
    EXPECT_TRUE(refused.contains(QStringLiteral("read-only until a controller returns it")))
        << refused.toStdString();
    EXPECT_EQ(outcome(indicators[0]), 85.0);
    EXPECT_EQ(session.undoStack()->count(), undoSteps);

    // A controller returns it: once the window has read the change, the cells open again.
    auto controller = as("controller");
    ASSERT_TRUE(controller);
    ASSERT_TRUE(ReportRound::sendBack(*controller, committee, 2024, Period::T1, units[0],
                                      QStringLiteral("Komplettera analysen.")));
    ASSERT_TRUE(session.checkForExternalChanges());
    ASSERT_TRUE(session.load(committee, 2024, Period::T1)); // what the main window does on the change
    EXPECT_TRUE(editable(cell(model, indicators[0], IndicatorTableModel::OutcomeColumn)));
    entry.updateLockBanner();
    EXPECT_TRUE(banner->isHidden());
    EXPECT_TRUE(session.editMeasurement(value(*chef, indicators[0], 90))) << refused.toStdString();
    EXPECT_EQ(outcome(indicators[0]), 90.0);
}

TEST_F(ServerEntry, TheCommitteesAssessmentIsTheControllersAndAReaderOnlyReads)
{
    std::unique_ptr<Store> chef;
    PeriodSession session;
    ASSERT_TRUE(openAs("chef_ost", chef, session));
    EXPECT_FALSE(session.isLocked());
    EXPECT_FALSE(session.mayWriteCommittee());
    GoalPanel panel(&session);
    panel.setGoal(goal);
    auto *assessment = panel.assessmentBox();
    ASSERT_TRUE(assessment);
    EXPECT_FALSE(assessment->isEnabled());
    QString refused;
    QObject::connect(&session, &PeriodSession::editFailed, [&refused](const QString &m) { refused = m; });
    GoalAssessment a;
    a.goalId = goal;
    a.assessment = Assessment::Full;
    EXPECT_FALSE(session.editAssessment(a));
    EXPECT_TRUE(refused.contains(QStringLiteral("controller"))) << refused.toStdString();

    std::unique_ptr<Store> reader;
    PeriodSession reading;
    ASSERT_TRUE(openAs("reader", reader, reading));
    EXPECT_TRUE(reading.isLocked());
    EXPECT_TRUE(reading.lockText().contains(QStringLiteral("may only read")))
        << reading.lockText().toStdString();
    IndicatorTableModel model;
    model.setSession(&reading);
    model.setGoal(goal, true);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_FALSE(editable(cell(model, indicators[0], IndicatorTableModel::OutcomeColumn)));
    EXPECT_FALSE(reading.editMeasurement(value(*reader, indicators[0], 70)));
    EXPECT_FALSE(outcome(indicators[0]));

    // The controller is held by none of it.
    std::unique_ptr<Store> controller;
    PeriodSession controlling;
    ASSERT_TRUE(openAs("controller", controller, controlling));
    EXPECT_TRUE(controlling.mayWrite(units[0]) && controlling.mayWrite(units[1]) &&
                controlling.mayWriteCommittee());
}

TEST_F(ServerEntry, AnEnhetschefsWindowStartsOnTheirOwnUnit)
{
    // The committee's first goal holds only the other unit's indicator; Öst's is under goal 2.
    Goal second = test::directionGoal2024(committee, QStringLiteral("2"), QStringLiteral("Ett andra mål"));
    ASSERT_TRUE(GoalRepository(*owner).add(second));
    Indicator moved = *IndicatorRepository(*owner).indicator(indicators[0]);
    moved.goalId = second.id;
    ASSERT_TRUE(IndicatorRepository(*owner).update(moved));

    MainWindow window;
    window.setMyUnit(QStringLiteral("Äldreboendet Ängen")); // left from another store: not theirs here
    auto opened = window.openStore(db.url(login("chef_ost")));
    ASSERT_TRUE(opened) << opened.error().toStdString();
    auto *onlyMine = window.findChild<QCheckBox *>(QStringLiteral("myUnitBox"));
    ASSERT_TRUE(onlyMine);
    EXPECT_TRUE(onlyMine->isChecked());
    EXPECT_TRUE(onlyMine->text().contains(QStringLiteral("Förskoleområde Öst"))) << onlyMine->text().toStdString();
    // On the first goal with their rows, not on one the filter leaves empty.
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("goalTree"));
    ASSERT_TRUE(tree);
    EXPECT_EQ(tree->currentIndex().data(GoalTreeModel::GoalIdRole).toLongLong(), second.id);
    auto *hint = window.findChild<QLabel *>(QStringLiteral("emptyHint"));
    ASSERT_TRUE(hint);
    EXPECT_TRUE(hint->isHidden()) << hint->text().toStdString();

    // A controller's "my unit" is left as it was.
    MainWindow controllers;
    controllers.setMyUnit(QStringLiteral("Äldreboendet Ängen"));
    ASSERT_TRUE(controllers.openStore(db.url(login("controller"))));
    EXPECT_TRUE(controllers.findChild<QCheckBox *>(QStringLiteral("myUnitBox"))->text().contains(QStringLiteral("Äldreboendet Ängen")));
}
