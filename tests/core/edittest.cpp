// The one edit path (core/edit), headless against a store: every kind of edit is written
// forward, back and forward again (redo, undo, redo), leaves its audit rows, and a refused edit
// leaves the store exactly as it was.
#include "domain/yearsnapshot.h"
#include "edit/edits.h"
#include "store/activityrepository.h"
#include "store/auditlog.h"
#include "store/goalrepository.h"
#include "store/indicatorrepository.h"
#include "store/measurementrepository.h"
#include "store/organisationrepository.h"
#include "store/periodrepository.h"
#include "store/snapshotreader.h"
#include "roundcommittee.h"
#include "tempstore.h"

#include <gtest/gtest.h>

using namespace malkoll;
using malkoll::test::TempStore;

namespace {

class Edits : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Committee c{0, QStringLiteral("Provnämnden"), QStringLiteral("Prov")};
        ASSERT_TRUE(OrganisationRepository(*store).addCommittee(c));
        committee = c.id;
        Goal g = test::directionGoal2024(committee, QStringLiteral("1"), QStringLiteral("Ett mål"));
        ASSERT_TRUE(GoalRepository(*store).add(g));
        goal = g.id;
        for (const char *name : {"Andel nöjda brukare", "Antal barn per grupp"}) {
            Indicator i;
            i.committeeId = committee;
            i.year = 2024;
            i.goalId = goal;
            i.name = QString::fromUtf8(name);
            i.seriesKey = i.name;
            ASSERT_TRUE(IndicatorRepository(*store).add(i));
            indicators.push_back(i.id);
        }
        Activity a;
        a.committeeId = committee;
        a.year = 2024;
        a.goalId = goal;
        a.title = QStringLiteral("Förskolorna följer upp likvärdigheten");
        ASSERT_TRUE(ActivityRepository(*store).add(a));
        activity = a.id;
    }

    Measurement value(qint64 indicator, std::optional<double> outcome, const QString &analysis = {})
    {
        Measurement m = MeasurementRepository(*store).measurement(indicator, Period::T1).value_or(Measurement{});
        m.indicatorId = indicator;
        m.period = Period::T1;
        m.outcome = outcome;
        m.analysis = analysis;
        return m;
    }
    std::optional<double> outcome(qint64 indicator)
    {
        const auto m = MeasurementRepository(*store).measurement(indicator, Period::T1);
        return m ? m->outcome : std::nullopt;
    }
    size_t auditRows() { return AuditLog(*store).latest(100000).size(); }

    TempStore store;
    qint64 committee = 0, goal = 0, activity = 0;
    std::vector<qint64> indicators;
};

} // namespace

TEST_F(Edits, AValueRedoUndoRedoWithItsAuditRows)
{
    auto edit = valueEdit(QStringLiteral("Ändra"), {value(indicators[0], std::nullopt)}, {value(indicators[0], 87.5, QStringLiteral("Bra"))});
    const size_t audit = auditRows();
    ASSERT_TRUE(edit->apply(*store, true));
    EXPECT_EQ(outcome(indicators[0]), 87.5);
    EXPECT_EQ(auditRows(), audit + 2) << "outcome and analysis";
    ASSERT_TRUE(edit->apply(*store, false));
    EXPECT_EQ(outcome(indicators[0]), std::nullopt);
    EXPECT_TRUE(MeasurementRepository(*store).measurement(indicators[0], Period::T1)->analysis.isEmpty());
    ASSERT_TRUE(edit->apply(*store, true));
    EXPECT_EQ(outcome(indicators[0]), 87.5);
    EXPECT_EQ(auditRows(), audit + 6);
}

TEST_F(Edits, AnImportOfManyValuesIsOneEditInOneTransaction)
{
    auto edit = valueEdit(QStringLiteral("Import"), {value(indicators[0], std::nullopt), value(indicators[1], std::nullopt)},
                          {value(indicators[0], 1), value(indicators[1], 2)});
    ASSERT_TRUE(edit->apply(*store, true));
    EXPECT_EQ(outcome(indicators[1]), 2);
    ASSERT_TRUE(edit->apply(*store, false));
    EXPECT_EQ(outcome(indicators[0]), std::nullopt);
    EXPECT_EQ(outcome(indicators[1]), std::nullopt);
    ASSERT_TRUE(edit->apply(*store, true));
    EXPECT_EQ(outcome(indicators[0]), 1);
}

TEST_F(Edits, AValueChangedByAnotherWriterRefusesTheWholeEditAndChangesNothing)
{
    auto edit = valueEdit(QStringLiteral("Import"), {value(indicators[0], std::nullopt), value(indicators[1], std::nullopt)},
                          {value(indicators[0], 1), value(indicators[1], 2)});
    ASSERT_TRUE(MeasurementRepository(*store).save(value(indicators[1], 9))); // someone else, meanwhile
    const auto counts = store->counts();
    const size_t audit = auditRows();
    auto refused = edit->apply(*store, true);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(QStringLiteral("while you were editing"))) << refused.error().toStdString();
    EXPECT_EQ(outcome(indicators[0]), std::nullopt) << "the first row is rolled back with the second";
    EXPECT_EQ(outcome(indicators[1]), 9);
    EXPECT_EQ(store->counts(), counts);
    EXPECT_EQ(auditRows(), audit);
}

TEST_F(Edits, UndoAfterSomeoneElsesChangeIsRefusedNotWrittenOver)
{
    auto edit = valueEdit(QStringLiteral("Ändra"), {value(indicators[0], std::nullopt)}, {value(indicators[0], 5)});
    ASSERT_TRUE(edit->apply(*store, true));
    ASSERT_TRUE(MeasurementRepository(*store).save(value(indicators[0], 6))); // another window
    EXPECT_FALSE(edit->apply(*store, false));
    EXPECT_EQ(outcome(indicators[0]), 6);
}

TEST_F(Edits, ActivityStatusRedoUndoRedo)
{
    ActivityReport before{activity, Period::T1, ActivityStatus::NotSet, {}, {}, {}, 0};
    ActivityReport after = before;
    after.status = ActivityStatus::Delayed;
    after.analysis = QStringLiteral("Försenad av upphandlingen.");
    auto edit = activityStatusEdit(QStringLiteral("Status"), before, after);
    const size_t audit = auditRows();
    ASSERT_TRUE(edit->apply(*store, true));
    EXPECT_EQ(ActivityRepository(*store).report(activity, Period::T1)->status, ActivityStatus::Delayed);
    ASSERT_TRUE(edit->apply(*store, false));
    EXPECT_EQ(ActivityRepository(*store).report(activity, Period::T1)->status, ActivityStatus::NotSet);
    ASSERT_TRUE(edit->apply(*store, true));
    EXPECT_EQ(ActivityRepository(*store).report(activity, Period::T1)->analysis, after.analysis);
    EXPECT_EQ(auditRows(), audit + 6);
}

TEST_F(Edits, AssessmentRedoUndoRedo)
{
    GoalAssessment before;
    before.goalId = goal;
    before.period = Period::T1;
    GoalAssessment after = before;
    after.assessment = Assessment::Partly;
    after.analysis = QStringLiteral("Delvis, eftersom två indikatorer inte nås.");
    auto edit = assessmentEdit(QStringLiteral("Bedöm"), before, after);
    ASSERT_TRUE(edit->apply(*store, true));
    EXPECT_EQ(GoalRepository(*store).assessment(goal, Period::T1)->assessment, Assessment::Partly);
    ASSERT_TRUE(edit->apply(*store, false));
    EXPECT_EQ(GoalRepository(*store).assessment(goal, Period::T1)->assessment, Assessment::NotSet);
    ASSERT_TRUE(edit->apply(*store, true));
    EXPECT_EQ(GoalRepository(*store).assessment(goal, Period::T1)->analysis, after.analysis);
    EXPECT_EQ(AuditLog(*store).history(QStringLiteral("goal_assessment"), goal).size(), 6u);
}

TEST_F(Edits, PeriodTextsRedoUndoRedo)
{
    PeriodInfo before = PeriodRepository(*store).info(committee, 2024, Period::T1);
    before.committeeId = committee;
    before.year = 2024;
    before.period = Period::T1;
    PeriodInfo after = before;
    after.proposals = {QStringLiteral("Nämnden godkänner tertialrapporten.")};
    after.summary = QStringLiteral("Året har börjat väl.");
    auto edit = periodTextsEdit(QStringLiteral("Texter"), before, after);
    ASSERT_TRUE(edit->apply(*store, true));
    EXPECT_EQ(PeriodRepository(*store).info(committee, 2024, Period::T1).summary, after.summary);
    ASSERT_TRUE(edit->apply(*store, false));
    EXPECT_TRUE(PeriodRepository(*store).info(committee, 2024, Period::T1).summary.isEmpty());
    ASSERT_TRUE(edit->apply(*store, true));
    EXPECT_EQ(PeriodRepository(*store).info(committee, 2024, Period::T1).proposals, after.proposals);
}

TEST_F(Edits, EveryKindIsRefusedInALockedPeriodAndChangesNothing)
{
    ASSERT_TRUE(PeriodRepository(*store).lock(committee, 2024, Period::T1, QStringLiteral("Beslutad")));
    const auto counts = store->counts();
    const size_t audit = auditRows();
    GoalAssessment a;
    a.goalId = goal;
    a.period = Period::T1;
    GoalAssessment a2 = a;
    a2.assessment = Assessment::Full;
    PeriodInfo p = PeriodRepository(*store).info(committee, 2024, Period::T1);
    p.committeeId = committee;
    p.year = 2024;
    p.period = Period::T1;
    PeriodInfo p2 = p;
    p2.summary = QStringLiteral("Ny");
    ActivityReport r{activity, Period::T1, ActivityStatus::NotSet, {}, {}, {}, 0};
    ActivityReport r2 = r;
    r2.status = ActivityStatus::Completed;
    std::vector<std::unique_ptr<Edit>> edits;
    edits.push_back(valueEdit(QStringLiteral("v"), {value(indicators[0], std::nullopt)}, {value(indicators[0], 1)}));
    edits.push_back(activityStatusEdit(QStringLiteral("s"), r, r2));
    edits.push_back(assessmentEdit(QStringLiteral("a"), a, a2));
    edits.push_back(periodTextsEdit(QStringLiteral("t"), p, p2));
    for (auto &e : edits) {
        auto refused = e->apply(*store, true);
        ASSERT_FALSE(refused) << e->text().toStdString();
        EXPECT_TRUE(refused.error().contains(QStringLiteral("locked"))) << refused.error().toStdString();
    }
    EXPECT_EQ(store->counts(), counts);
    EXPECT_EQ(auditRows(), audit);
}

TEST_F(Edits, AnEditShowsItsStateInTheSnapshotAsTheStoreWouldGiveIt)
{
    auto edit = valueEdit(QStringLiteral("Ändra"), {value(indicators[0], std::nullopt)}, {value(indicators[0], 3, QStringLiteral("a"))});
    ASSERT_TRUE(edit->apply(*store, true));
    auto snap = SnapshotReader(*store).read(committee, 2024, Period::T1);
    ASSERT_TRUE(snap);
    YearSnapshot shown = snap.value();
    ASSERT_TRUE(edit->apply(*store, false));
    ASSERT_TRUE(edit->show(shown, false));
    const YearSnapshot reread = SnapshotReader(*store).read(committee, 2024, Period::T1).value();
    ASSERT_NE(shown.measurement(indicators[0]), nullptr);
    EXPECT_EQ(shown.measurement(indicators[0])->outcome, reread.measurement(indicators[0])->outcome);
    EXPECT_EQ(shown.measurement(indicators[0])->version, reread.measurement(indicators[0])->version);
    EXPECT_TRUE(shown.measurement(indicators[0])->sameContent(*reread.measurement(indicators[0])));
}
