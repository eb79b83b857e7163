// The structure cache behind SnapshotReader: a city read gives what reading each committee alone
// gives; a change made through another connection, through this store, or undone by a rollback is
// seen by the next read, never hidden by what the cache holds.
#include "calc/evaluator.h"
#include "calc/prognosis.h"
#include "sample/generator.h"
#include "store/indicatorrepository.h"
#include "store/organisationrepository.h"
#include "store/snapshotreader.h"
#include "store/structurecache.h"
#include "tempstore.h"

#include <gtest/gtest.h>

using namespace malkoll;

namespace {
void generate(Store &store, int committees, int years)
{
    Generator::Options o;
    o.committees = committees;
    o.years = years;
    o.indicatorsPerYear = 30;
    o.activitiesPerYear = 8;
    ASSERT_TRUE(Generator::generate(store, o).ok());
}

CommitteeIds committeeIds(Store &store)
{
    CommitteeIds ids;
    for (const Committee &c : OrganisationRepository(store).committees()) ids << c.id;
    return ids;
}
} // namespace

TEST(SnapshotCache, ACityReadGivesWhatEachCommitteeReadAloneGives)
{
    test::TempStore db;
    generate(db.store(), 3, 4);
    const CommitteeIds ids = committeeIds(db.store());
    ASSERT_EQ(ids.size(), 3);
    for (int depth : {0, PrognosisRule::historyYears}) {
        auto city = SnapshotReader(db.store()).read(ids, 2024, Period::T2, depth);
        ASSERT_TRUE(city.ok()) << city.error().toStdString();
        ASSERT_EQ(city->size(), 3u);
        for (qsizetype k = 0; k < ids.size(); ++k) {
            db.store().structureCache().clear();
            auto one = SnapshotReader(db.store()).read(ids[k], 2024, Period::T2, depth);
            ASSERT_TRUE(one.ok());
            const YearSnapshot &a = city.value()[size_t(k)], &b = one.value();
            EXPECT_EQ(a.committee.id, ids[k]);
            EXPECT_EQ(a.committee.name, b.committee.name);
            ASSERT_EQ(a.indicators.size(), b.indicators.size());
            for (size_t i = 0; i < a.indicators.size(); ++i) EXPECT_EQ(a.indicators[i].id, b.indicators[i].id);
            ASSERT_EQ(a.goals.size(), b.goals.size());
            EXPECT_EQ(a.activities.size(), b.activities.size());
            EXPECT_EQ(a.units.size(), b.units.size());
            EXPECT_EQ(a.measurements.size(), b.measurements.size());
            EXPECT_EQ(a.activityReports.size(), b.activityReports.size());
            EXPECT_EQ(a.assessments.size(), b.assessments.size());
            EXPECT_EQ(a.previousVb, b.previousVb);
            ASSERT_EQ(a.history.size(), b.history.size());
            EXPECT_GT(a.history.size(), 0);
            for (auto it = a.history.cbegin(); it != a.history.cend(); ++it) EXPECT_EQ(it->size(), b.history.value(it.key()).size());
            const YearEvaluation x = Evaluator::evaluate(a), y = Evaluator::evaluate(b);
            ASSERT_EQ(x.indicators.size(), y.indicators.size());
            for (size_t i = 0; i < x.indicators.size(); ++i) EXPECT_EQ(x.indicators[i].outcomeStatus.status, y.indicators[i].outcomeStatus.status);
            EXPECT_EQ(x.findings.size(), y.findings.size());
        }
    }
}

TEST(SnapshotCache, AChangeThroughAnotherConnectionIsSeenByTheNextRead)
{
    test::TempStore db;
    generate(db.store(), 2, 3);
    const qint64 committee = committeeIds(db.store()).front();
    auto before = SnapshotReader(db.store()).read(committee, 2024, Period::T2, PrognosisRule::historyYears);
    ASSERT_TRUE(before.ok());
    ASSERT_FALSE(db.store().structureCache().years.empty()) << "the first read fills the cache";
    const Indicator first = before->indicators.front();
    ASSERT_TRUE(before->previousVb.contains(first.id)) << "last year's VB of the first indicator";

    // Another connection (another window, another process) renames the indicator, corrects last
    // year's VB and adds a unit.
    auto other = Store::open(db.path());
    ASSERT_TRUE(other.ok());
    Indicator renamed = first;
    renamed.name = QStringLiteral("Nytt namn från en annan dator");
    ASSERT_TRUE(IndicatorRepository(*other.value()).update(renamed).ok());
    ASSERT_TRUE(other.value()
                    ->exec(QStringLiteral("UPDATE measurement SET outcome = 4321.5 WHERE period = 'VB' AND indicator_id = "
                                          "(SELECT id FROM indicator WHERE committee_id = ? AND series_key = ? AND year = 2023)"),
                           {committee, first.seriesKey})
                    .ok());
    Unit unit;
    unit.committeeId = committee;
    unit.name = QStringLiteral("Enheten som kom till");
    ASSERT_TRUE(OrganisationRepository(*other.value()).addUnit(unit).ok());

    auto after = SnapshotReader(db.store()).read(committee, 2024, Period::T2, PrognosisRule::historyYears);
    ASSERT_TRUE(after.ok());
    ASSERT_NE(after->indicator(first.id), nullptr);
    EXPECT_EQ(after->indicator(first.id)->name, renamed.name);
    EXPECT_EQ(after->previousVbOf(first.id), 4321.5);
    bool unitSeen = false;
    for (const Unit &u : after->units) unitSeen = unitSeen || u.name == unit.name;
    EXPECT_TRUE(unitSeen);
}

TEST(SnapshotCache, AChangeThroughThisStoreAndARollbackAreSeen)
{
    test::TempStore db;
    generate(db.store(), 1, 2);
    const qint64 committee = committeeIds(db.store()).front();
    auto before = SnapshotReader(db.store()).read(committee, 2024, Period::T1);
    ASSERT_TRUE(before.ok());
    Indicator added = before->indicators.front();
    added.id = 0;
    added.name = QStringLiteral("Tillagd indikator");
    added.seriesKey = QStringLiteral("tillagd");
    ASSERT_TRUE(IndicatorRepository(db.store()).add(added).ok());
    auto withIt = SnapshotReader(db.store()).read(committee, 2024, Period::T1);
    ASSERT_TRUE(withIt.ok());
    EXPECT_EQ(withIt->indicators.size(), before->indicators.size() + 1);
    EXPECT_NE(withIt->indicator(added.id), nullptr);

    // Read inside a transaction that then fails: what it saw is not kept.
    Indicator ghost = added;
    ghost.id = 0;
    ghost.name = QStringLiteral("Försvinner");
    ghost.seriesKey = QStringLiteral("ghost");
    auto r = db.store().transaction([&]() -> Result<void> {
        if (auto a = IndicatorRepository(db.store()).add(ghost); !a) return Error{a.error()};
        auto inside = SnapshotReader(db.store()).read(committee, 2024, Period::T1);
        EXPECT_TRUE(inside.ok() && inside->indicator(ghost.id) != nullptr);
        return fail(QStringLiteral("abandoned"));
    });
    ASSERT_FALSE(r.ok());
    auto afterRollback = SnapshotReader(db.store()).read(committee, 2024, Period::T1);
    ASSERT_TRUE(afterRollback.ok());
    EXPECT_EQ(afterRollback->indicators.size(), withIt->indicators.size());
    EXPECT_EQ(afterRollback->indicator(ghost.id), nullptr);
}
