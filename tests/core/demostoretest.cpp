// The demo store against the report it was taken from: Kungsholmens stadsdelsnämnd,
// Tertialrapport 1 2024 (shared/seeds/003). Counts per goal were read off the report.
#include "domain/yearsnapshot.h"
#include "sample/demoloader.h"
#include "store/activityrepository.h"
#include "store/economyrepository.h"
#include "store/goalrepository.h"
#include "store/indicatorrepository.h"
#include "store/organisationrepository.h"
#include "store/snapshotreader.h"
#include "tempstore.h"

#include <gtest/gtest.h>
#include <map>

using namespace malkoll;
using malkoll::test::TempStore;

class DemoStore : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        db = new TempStore;
        auto loaded = malkoll::test::loadDemo(*db);
        ASSERT_TRUE(loaded.ok()) << loaded.error().toStdString();
        summary = loaded.value();
        auto snap = SnapshotReader(db->store()).read(summary.committeeId, 2024, Period::T1);
        ASSERT_TRUE(snap.ok()) << snap.error().toStdString();
        snapshot = new YearSnapshot(std::move(snap).value());
        snapshot->buildIndex();
    }
    static void TearDownTestSuite()
    {
        delete snapshot;
        delete db;
    }
    const Goal *goal(const char *number) const
    {
        for (const Goal &g : snapshot->goals)
            if (g.number == QLatin1String(number)) return &g;
        return nullptr;
    }
    const Indicator *indicator(const QString &name) const
    {
        for (const Indicator &i : snapshot->indicators)
            if (i.name == name) return &i;
        return nullptr;
    }

    static TempStore *db;
    static DemoSummary summary;
    static YearSnapshot *snapshot;
};
TempStore *DemoStore::db = nullptr;
DemoSummary DemoStore::summary;
YearSnapshot *DemoStore::snapshot = nullptr;

TEST_F(DemoStore, IsKungsholmenWithFourYears)
{
    const auto committees = OrganisationRepository(db->store()).committees();
    ASSERT_EQ(committees.size(), 1u);
    EXPECT_EQ(committees.front().name, QStringLiteral("Kungsholmens stadsdelsnämnd"));
    EXPECT_EQ(GoalRepository(db->store()).years(summary.committeeId), (std::vector<int>{2021, 2022, 2023, 2024}));
}

TEST_F(DemoStore, HasThreeInriktningsmalSixteenVerksamhetsomradesmalAndTwentyFiveNamndmal)
{
    std::map<GoalLevel, int> perLevel;
    for (const Goal &g : snapshot->goals) ++perLevel[g.level];
    EXPECT_EQ(perLevel[GoalLevel::Direction], 3);
    EXPECT_EQ(perLevel[GoalLevel::KfArea], 16);
    EXPECT_EQ(perLevel[GoalLevel::Committee], 25);
    EXPECT_EQ(perLevel[GoalLevel::Unit], 0);
}

TEST_F(DemoStore, HasEveryIndicatorAndActivityRowOfTheReport)
{
    EXPECT_EQ(snapshot->indicators.size(), 88u);
    EXPECT_EQ(snapshot->activities.size(), 100u);
}

TEST_F(DemoStore, IndicatorsAndActivitiesPerGoalMatchTheReport)
{
    // goal number -> {indicator rows, activity rows} in Tertialrapport 1 2024.
    const std::map<QString, std::pair<int, int>> report{
        {"1", {0, 0}},     {"1.1", {2, 1}},   {"1.1.1", {3, 2}}, {"1.2", {6, 1}},   {"1.2.1", {3, 5}},
        {"1.2.2", {2, 1}}, {"1.2.3", {0, 3}}, {"1.3", {10, 1}},  {"1.3.1", {0, 2}}, {"1.3.2", {0, 5}},
        {"1.3.3", {5, 4}}, {"1.3.4", {0, 4}}, {"1.3.5", {0, 2}}, {"1.4", {6, 2}},   {"1.4.1", {7, 9}},
        {"1.4.2", {4, 4}}, {"1.5", {5, 0}},   {"1.5.1", {0, 3}}, {"2", {0, 0}},     {"2.1", {2, 0}},
        {"2.1.1", {0, 6}}, {"2.2", {1, 1}},   {"2.2.1", {0, 4}}, {"2.3", {0, 1}},   {"2.3.1", {0, 0}},
        {"2.4", {1, 0}},   {"2.4.1", {0, 1}}, {"3", {0, 0}},     {"3.1", {3, 0}},   {"3.1.1", {0, 0}},
        {"3.2", {6, 4}},   {"3.2.1", {0, 0}}, {"3.2.2", {0, 3}}, {"3.3", {3, 0}},   {"3.3.1", {0, 2}},
        {"3.3.2", {0, 0}}, {"3.4", {6, 0}},   {"3.4.1", {5, 8}}, {"3.5", {3, 3}},   {"3.5.1", {0, 3}},
        {"3.6", {3, 1}},   {"3.6.1", {0, 3}}, {"3.7", {1, 0}},   {"3.7.1", {1, 11}},
    };
    ASSERT_EQ(report.size(), snapshot->goals.size());
    for (const auto &[number, expected] : report) {
        const Goal *g = goal(number.toLatin1().constData());
        ASSERT_NE(g, nullptr) << "goal " << number.toStdString();
        EXPECT_EQ(int(snapshot->indicatorsOf(g->id).size()), expected.first) << "indicators of " << number.toStdString();
        EXPECT_EQ(int(snapshot->activitiesOf(g->id).size()), expected.second) << "activities of " << number.toStdString();
    }
}

TEST_F(DemoStore, GoalsHangUnderTheirParents)
{
    for (const Goal &g : snapshot->goals) {
        if (g.level == GoalLevel::Direction) {
            EXPECT_EQ(g.parentId, 0);
            continue;
        }
        const Goal *parent = snapshot->goal(g.parentId);
        ASSERT_NE(parent, nullptr) << g.number.toStdString();
        EXPECT_EQ(int(parent->level) + 1, int(g.level)) << g.number.toStdString();
        EXPECT_TRUE(g.number.startsWith(parent->number + QLatin1Char('.'))) << g.number.toStdString();
    }
    EXPECT_EQ(snapshot->children(goal("1")->id).size(), 5u);
    EXPECT_EQ(snapshot->children(goal("2")->id).size(), 4u);
    EXPECT_EQ(snapshot->children(goal("3")->id).size(), 7u);
}

TEST_F(DemoStore, EveryGoalCarriesTheReportsT1Assessment)
{
    int full = 0;
    for (const Goal &g : snapshot->goals) {
        const auto it = snapshot->assessments.find(g.id);
        ASSERT_NE(it, snapshot->assessments.end()) << g.number.toStdString();
        if (it->assessment == Assessment::Full) ++full;
        EXPECT_TRUE(it->analysis.startsWith(QStringLiteral("Exempeltext"))) << "own sample text, not the report's";
    }
    EXPECT_EQ(full, 44);
}

TEST_F(DemoStore, T1RowOfLegitimeradeForskollarareMatchesTheReport)
{
    const Indicator *i = indicator(QStringLiteral("Andel legitimerade förskollärare av totalt antal anställda (årsarbetare)"));
    ASSERT_NE(i, nullptr);
    EXPECT_EQ(i->unit, QStringLiteral("%"));
    EXPECT_TRUE(i->genderSplit);
    EXPECT_EQ(i->target.kind, TargetKind::Value);
    EXPECT_DOUBLE_EQ(i->target.value, 35);
    EXPECT_EQ(i->kfTarget.kind, TargetKind::Increase);
    const Measurement *m = snapshot->measurement(i->id);
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->outcome, 34.9);
    EXPECT_EQ(m->men, 3.0);
    EXPECT_EQ(m->women, 31.9);
    EXPECT_EQ(m->prognosis, 35.0);
    EXPECT_EQ(snapshot->previousVbOf(i->id), 35.3);
}

TEST_F(DemoStore, LowerIsBetterIndicatorKeepsItsUnit)
{
    const Indicator *i = indicator(QStringLiteral("Antal barn per grupp"));
    ASSERT_NE(i, nullptr);
    EXPECT_EQ(i->unit, QStringLiteral("barn/avd."));
    EXPECT_EQ(i->direction, Direction::LowerIsBetter);
    EXPECT_EQ(snapshot->measurement(i->id)->outcome, 16.7);
    EXPECT_DOUBLE_EQ(i->target.value, 15);
}

TEST_F(DemoStore, SampleYearsGiveEveryTertialIndicatorATrend)
{
    int withHistory = 0;
    for (const Indicator &i : snapshot->indicators) {
        const auto it = snapshot->history.find(i.id);
        if (it == snapshot->history.end()) continue;
        std::set<int> years;
        for (const HistoryPoint &p : *it)
            if (p.outcome) years.insert(p.year);
        if (years.size() >= 3) ++withHistory;
    }
    EXPECT_GE(withHistory, 60) << "most indicators need 2021–2023 outcomes for trend charts";
}

TEST_F(DemoStore, EconomyTableOf2024)
{
    EconomyRepository eco(db->store());
    const auto lines = eco.budgetLines(summary.committeeId, 2024, Period::T1);
    int top = 0, varav = 0;
    for (const BudgetLine &l : lines) (l.parentId ? varav : top)++;
    // Ten verksamhetsområden plus Avskrivningar and Internräntor, which the Totalt row includes;
    // five "varav" rows (four under Individ- och familjeomsorg, one under Ekonomiskt bistånd).
    EXPECT_EQ(top, 12);
    EXPECT_EQ(varav, 5);
    EXPECT_EQ(eco.resultUnits(summary.committeeId, 2024, Period::T1).size(), 12u);
    EXPECT_EQ(eco.investments(summary.committeeId, 2024, Period::T1).size(), 7u);
}

TEST_F(DemoStore, DecidedArsmalChangesAreKept)
{
    const auto changes = IndicatorRepository(db->store()).targetChanges(summary.committeeId, 2024);
    ASSERT_EQ(changes.size(), 2u);
    for (const TargetChange &c : changes) {
        EXPECT_TRUE(c.decided.isValid());
        EXPECT_FALSE(c.reason.isEmpty());
    }
}

TEST_F(DemoStore, LoadingIsReproducible)
{
    TempStore second;
    auto again = DemoLoader::load(second.store());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(second->counts(), db->store().counts());
}
