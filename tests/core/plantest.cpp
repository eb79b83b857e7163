// The plan side (issue 15): a new year from the last one, and an årsmål changed by a committee
// decision during the year — redo, undo, redo, audited, refused in a locked period.
#include "calc/evaluator.h"
#include "edit/edits.h"
#include "export/csvexport.h"
#include "plan/newyear.h"
#include "sample/demoloader.h"
#include "store/activityrepository.h"
#include "store/auditlog.h"
#include "store/goalrepository.h"
#include "store/indicatorrepository.h"
#include "store/measurementrepository.h"
#include "store/periodrepository.h"
#include "store/snapshotreader.h"
#include "tempstore.h"
#include "text/targettext.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace malkoll;

namespace {

QMap<QString, QByteArray> exportYear(const Store &store, const QString &folder, int year)
{
    QMap<QString, QByteArray> files;
    auto written = CsvExport::write(store, folder, year);
    EXPECT_TRUE(written) << (written ? std::string() : written.error().toStdString());
    for (const QString &name : QDir(folder).entryList(QDir::Files)) {
        if (name.contains(QStringLiteral("audit"))) continue; // the new year is audited, of course
        QFile f(QDir(folder).filePath(name));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        files.insert(name, f.readAll());
    }
    return files;
}

class Plan : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto loaded = test::loadDemo(store);
        ASSERT_TRUE(loaded) << loaded.error().toStdString();
        committee = loaded->committeeId;
    }
    test::TempStore store;
    qint64 committee = 0;
};

} // namespace

TEST_F(Plan, ANewYearCopiesThePlanAndLeavesTheOldYearAsItWas)
{
    QTemporaryDir dir;
    const auto before = exportYear(*store, dir.filePath(QStringLiteral("before")), 2024);
    ASSERT_FALSE(before.isEmpty());
    const auto goals2024 = GoalRepository(*store).goals(committee, 2024);
    const auto indicators2024 = IndicatorRepository(*store).indicators(committee, 2024);
    int continuing = 0;
    for (const Activity &a : ActivityRepository(*store).activities(committee, 2024))
        if (!a.end.isValid() || a.end >= QDate(2025, 1, 1)) ++continuing;

    auto made = NewYear::create(*store, committee, 2024, 2025);
    ASSERT_TRUE(made) << made.error().toStdString();
    EXPECT_EQ(made->goals, int(goals2024.size()));
    EXPECT_EQ(made->indicators, int(indicators2024.size()));
    EXPECT_EQ(made->activities, continuing);

    const auto goals2025 = GoalRepository(*store).goals(committee, 2025);
    ASSERT_EQ(goals2025.size(), goals2024.size());
    for (size_t i = 0; i < goals2025.size(); ++i) {
        EXPECT_EQ(goals2025[i].number, goals2024[i].number);
        EXPECT_EQ(goals2025[i].title, goals2024[i].title);
        EXPECT_EQ(goals2025[i].expectedResults, goals2024[i].expectedResults);
        if (goals2024[i].parentId) {
            const Goal *parent = nullptr;
            for (const Goal &g : goals2025)
                if (g.id == goals2025[i].parentId) parent = &g;
            ASSERT_NE(parent, nullptr) << "a 2025 goal's parent is a 2025 goal";
            EXPECT_EQ(parent->year, 2025);
        }
    }
    const auto indicators2025 = IndicatorRepository(*store).indicators(committee, 2025);
    ASSERT_EQ(indicators2025.size(), indicators2024.size());
    // Each 2024 indicator has its 2025 copy under the goal of the same number.
    auto numberOf = [](const std::vector<Goal> &goals, qint64 id) {
        for (const Goal &g : goals)
            if (g.id == id) return g.number;
        return QString();
    };
    for (const Indicator &old : indicators2024) {
        const Indicator *copy = nullptr;
        for (const Indicator &n : indicators2025)
            if (n.seriesKey == old.seriesKey && numberOf(goals2025, n.goalId) == numberOf(goals2024, old.goalId)) copy = &n;
        ASSERT_NE(copy, nullptr) << old.name.toStdString();
        EXPECT_EQ(copy->target, old.target);
        EXPECT_EQ(copy->kfTarget, old.kfTarget);
        EXPECT_EQ(copy->direction, old.direction);
        EXPECT_EQ(copy->sortOrder, old.sortOrder);
        EXPECT_TRUE(copy->targetToReview);
        EXPECT_FALSE(old.targetToReview);
    }
    EXPECT_EQ(exportYear(*store, dir.filePath(QStringLiteral("after")), 2024), before) << "2024 is unchanged";

    // Setting a target marks it reviewed; a second new year of 2025 is refused, the store unchanged.
    Indicator first = indicators2025.front();
    first.target = TargetText::parse(QStringLiteral("Max 10")).value();
    ASSERT_TRUE(IndicatorRepository(*store).update(first));
    EXPECT_FALSE(IndicatorRepository(*store).indicator(first.id)->targetToReview);
    const auto counts = store->counts();
    auto again = NewYear::create(*store, committee, 2024, 2025);
    ASSERT_FALSE(again);
    EXPECT_TRUE(again.error().contains(QStringLiteral("2025"))) << again.error().toStdString();
    EXPECT_FALSE(NewYear::create(*store, committee, 2024, 2024));
    EXPECT_FALSE(NewYear::create(*store, committee, 2019, 2020)) << "2019 has no plan";
    EXPECT_EQ(store->counts(), counts);
}

TEST_F(Plan, ATargetDecisionFromT2ChangesT2AndNotT1)
{
    IndicatorRepository indicators(*store);
    Indicator staff;
    for (const Indicator &i : indicators.indicators(committee, 2024))
        if (i.name.startsWith(u"Antal barn per anställd i förskolan")) staff = i;
    ASSERT_NE(staff.id, 0);
    // The same outcome in T1 and T2: 5,2 children per staff against the årsmål 4,9 is not met.
    MeasurementRepository values(*store);
    Measurement t2 = values.measurement(staff.id, Period::T1).value();
    ASSERT_TRUE(t2.outcome.has_value());
    t2.id = 0;
    t2.version = 0;
    t2.period = Period::T2;
    ASSERT_TRUE(values.save(t2));
    auto status = [&](Period p) {
        auto snap = SnapshotReader(*store).read(committee, 2024, p);
        EXPECT_TRUE(snap);
        const YearEvaluation e = Evaluator::evaluate(snap.value());
        return e.indicator(staff.id)->outcomeStatus.status;
    };
    ASSERT_EQ(status(Period::T1), IndicatorStatus::NotMet);
    ASSERT_EQ(status(Period::T2), IndicatorStatus::NotMet);

    TargetChange decision;
    decision.indicatorId = staff.id;
    decision.target = TargetText::parse(QStringLiteral("5,5")).value();
    decision.decided = QDate(2024, 9, 16);
    decision.fromPeriod = Period::T2;
    decision.reason = QStringLiteral("Nämnden justerade årsmålet efter fler inskrivna barn.");
    auto edit = targetDecisionEdit(QStringLiteral("Ändrat årsmål"), decision);
    const size_t demoChanges = indicators.targetChanges(committee, 2024).size();
    const int audited = int(AuditLog(*store).history(QStringLiteral("indicator"), staff.id).size());
    ASSERT_TRUE(edit->apply(*store, true));
    EXPECT_EQ(status(Period::T2), IndicatorStatus::Met) << "5,2 is within the decided 5,5";
    EXPECT_EQ(status(Period::T1), IndicatorStatus::NotMet) << "T1 keeps the original årsmål";
    EXPECT_EQ(int(AuditLog(*store).history(QStringLiteral("indicator"), staff.id).size()), audited + 1);
    ASSERT_TRUE(edit->apply(*store, false)); // undo
    EXPECT_EQ(status(Period::T2), IndicatorStatus::NotMet);
    EXPECT_EQ(indicators.targetChanges(committee, 2024).size(), demoChanges) << "the demo's own decisions stay";
    ASSERT_TRUE(edit->apply(*store, true)); // redo
    EXPECT_EQ(status(Period::T2), IndicatorStatus::Met);
    EXPECT_EQ(int(AuditLog(*store).history(QStringLiteral("indicator"), staff.id).size()), audited + 3);

    // Refused: a locked period, an empty reason, a value beyond what a target can be.
    ASSERT_TRUE(edit->apply(*store, false));
    ASSERT_TRUE(PeriodRepository(*store).lock(committee, 2024, Period::T2, QStringLiteral("beslutad")));
    const auto counts = store->counts();
    auto locked = edit->apply(*store, true);
    ASSERT_FALSE(locked);
    EXPECT_EQ(store->counts(), counts);
    TargetChange noReason = decision;
    noReason.reason.clear();
    EXPECT_FALSE(indicators.addTargetChange(noReason));
    TargetChange huge = decision;
    huge.fromPeriod = Period::VB;
    huge.target.value = 1e300;
    EXPECT_FALSE(indicators.addTargetChange(huge));
    EXPECT_EQ(store->counts(), counts);
}
