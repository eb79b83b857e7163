// The snapshot the engine computes from: history found by series key, and the lean read the
// benchmark uses giving the same results as the full one.
#include "calc/evaluator.h"
#include "sample/generator.h"
#include "store/organisationrepository.h"
#include "store/snapshotreader.h"
#include "tempstore.h"

#include <gtest/gtest.h>

using namespace malkoll;

TEST(SnapshotReader, LeanHistoryGivesTheSameEvaluationAsFullHistory)
{
    malkoll::test::TempStore db;
    Generator::Options o;
    o.committees = 2;
    o.years = 7;
    o.indicatorsPerYear = 60;
    o.activitiesPerYear = 20;
    ASSERT_TRUE(Generator::generate(db.store(), o).ok());
    for (const Committee &c : OrganisationRepository(db.store()).committees()) {
        for (Period p : followUpPeriods) {
            auto full = SnapshotReader(db.store()).read(c.id, 2024, p);
            auto lean = SnapshotReader(db.store()).read(c.id, 2024, p, PrognosisRule::historyYears);
            ASSERT_TRUE(full.ok() && lean.ok());
            EXPECT_GT(full->history.size(), 0);
            const YearEvaluation a = Evaluator::evaluate(full.value());
            const YearEvaluation b = Evaluator::evaluate(lean.value());
            ASSERT_EQ(a.indicators.size(), b.indicators.size());
            for (size_t i = 0; i < a.indicators.size(); ++i) {
                const IndicatorEvaluation &x = a.indicators[i], &y = b.indicators[i];
                EXPECT_EQ(x.outcomeStatus.status, y.outcomeStatus.status) << x.indicator->name.toStdString();
                EXPECT_EQ(x.prognosisStatus.status, y.prognosisStatus.status);
                EXPECT_EQ(x.suggestion.value, y.suggestion.value) << x.indicator->name.toStdString();
                EXPECT_EQ(x.trend, y.trend);
            }
            for (size_t g = 0; g < a.goals.size(); ++g) EXPECT_EQ(a.goals[g].suggestion, b.goals[g].suggestion);
            EXPECT_EQ(a.findings.size(), b.findings.size());
        }
    }
}

TEST(SnapshotReader, HistoryFollowsTheSeriesAcrossYearsOldestFirst)
{
    malkoll::test::TempStore db;
    Generator::Options o;
    o.committees = 1;
    o.years = 3;
    o.indicatorsPerYear = 10;
    o.activitiesPerYear = 2;
    ASSERT_TRUE(Generator::generate(db.store(), o).ok());
    const qint64 committee = OrganisationRepository(db.store()).committees().front().id;
    auto snap = SnapshotReader(db.store()).read(committee, 2024, Period::T1);
    ASSERT_TRUE(snap.ok());
    int withPrevious = 0;
    for (const Indicator &i : snap->indicators) {
        const auto it = snap->history.constFind(i.id);
        if (it == snap->history.cend()) continue;
        for (size_t k = 1; k < it->size(); ++k) {
            const HistoryPoint &a = (*it)[k - 1], &b = (*it)[k];
            EXPECT_TRUE(a.year < b.year || (a.year == b.year && int(a.period) < int(b.period)));
            EXPECT_LT(b.year, 2024);
        }
        if (snap->previousVbOf(i.id)) ++withPrevious;
    }
    EXPECT_GE(withPrevious, 8); // a few values are left out on purpose
}

TEST(SnapshotReader, EveryIndicatorActivityAndUnitIsFoundByItsId)
{
    malkoll::test::TempStore db;
    Generator::Options o;
    o.committees = 1;
    o.years = 1;
    o.indicatorsPerYear = 10;
    o.activitiesPerYear = 5;
    ASSERT_TRUE(Generator::generate(db.store(), o).ok());
    const qint64 committee = OrganisationRepository(db.store()).committees().front().id;
    auto snap = SnapshotReader(db.store()).read(committee, 2024, Period::T1);
    ASSERT_TRUE(snap.ok());
    ASSERT_FALSE(snap->activities.empty());
    for (const Activity &a : snap->activities) EXPECT_EQ(snap->activity(a.id), &a);
    for (const Indicator &i : snap->indicators) EXPECT_EQ(snap->indicator(i.id), &i);
    for (const Unit &u : snap->units) EXPECT_EQ(snap->unit(u.id), &u);
    EXPECT_EQ(snap->activity(-1), nullptr);
}
