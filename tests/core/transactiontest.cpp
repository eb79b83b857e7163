// A write that fails halfway leaves the store as it was; locked periods and conflicting
// edits are refused by the store itself.
#include "sample/demoloader.h"
#include "store/goalrepository.h"
#include "store/indicatorrepository.h"
#include "store/measurementrepository.h"
#include "store/organisationrepository.h"
#include "store/periodrepository.h"
#include "tempstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace malkoll;
using malkoll::test::TempStore;

namespace {
int total(const Store &store)
{
    int n = 0;
    for (const auto &[table, count] : store.counts()) n += count;
    return n;
}

QByteArray demoJson()
{
    QFile f(DemoLoader::defaultDatasetPath());
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// A small committee with one indicator, for edit tests.
struct Fixture
{
    TempStore db;
    Committee committee{0, QStringLiteral("Testnämnden"), QStringLiteral("Test")};
    Goal goal;
    Indicator indicator;
    Fixture()
    {
        EXPECT_TRUE(OrganisationRepository(*db).addCommittee(committee).ok());
        goal.committeeId = committee.id;
        goal.year = 2024;
        goal.level = GoalLevel::Direction;
        goal.number = QStringLiteral("1");
        goal.title = QStringLiteral("Mål");
        EXPECT_TRUE(GoalRepository(*db).add(goal).ok());
        indicator.committeeId = committee.id;
        indicator.year = 2024;
        indicator.goalId = goal.id;
        indicator.name = QStringLiteral("Andel nöjda brukare");
        indicator.unit = QStringLiteral("%");
        EXPECT_TRUE(IndicatorRepository(*db).add(indicator).ok());
    }
};
} // namespace

TEST(Transaction, FailureHalfwayRollsBackEveryEarlierWrite)
{
    TempStore db;
    const int before = total(*db);
    auto r = db->transaction([&]() -> Result<void> {
        Committee c{0, QStringLiteral("Ny nämnd"), {}};
        if (auto added = OrganisationRepository(*db).addCommittee(c); !added) return Error{added.error()};
        Unit u{0, c.id, 0, QStringLiteral("Enhet"), {}, false, {}};
        if (auto added = OrganisationRepository(*db).addUnit(u); !added) return Error{added.error()};
        return fail(QStringLiteral("row 3: stop here"));
    });
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error(), QStringLiteral("row 3: stop here"));
    db.reopen();
    EXPECT_EQ(total(*db), before);
    EXPECT_TRUE(OrganisationRepository(*db).committees().empty());
}

TEST(Transaction, ConstraintViolationInsideAWriteRollsBack)
{
    Fixture f;
    const int before = total(*f.db);
    auto r = f.db->transaction([&]() -> Result<void> {
        Goal child = f.goal;
        child.id = 0;
        child.number = QStringLiteral("2");
        if (auto added = GoalRepository(*f.db).add(child); !added) return Error{added.error()};
        Goal broken = f.goal;
        broken.id = 0;
        broken.level = GoalLevel::KfArea;
        broken.number = QStringLiteral("2.1");
        broken.parentId = 999999; // no such goal: the foreign key refuses it
        if (auto added = GoalRepository(*f.db).add(broken); !added) return Error{added.error()};
        return {};
    });
    ASSERT_FALSE(r.ok());
    EXPECT_FALSE(r.error().isEmpty());
    f.db.reopen();
    EXPECT_EQ(total(*f.db), before);
    EXPECT_EQ(GoalRepository(*f.db).goals(f.committee.id, 2024).size(), 1u);
}

TEST(Transaction, BrokenDemoDatasetLeavesTheStoreEmptyAndNamesThePlace)
{
    QJsonObject root = QJsonDocument::fromJson(demoJson()).object();
    // Damage an indicator deep in the third inriktningsmål: everything before it must be undone.
    QJsonArray goals = root[QStringLiteral("goals")].toArray();
    QJsonObject third = goals[2].toObject();
    QJsonArray children = third[QStringLiteral("children")].toArray();
    QJsonObject area = children[5].toObject();
    QJsonArray indicators = area[QStringLiteral("indicators")].toArray();
    QJsonObject first = indicators[0].toObject();
    const QString name = first[QStringLiteral("name")].toString();
    first[QStringLiteral("target")] = QStringLiteral("ungefär 85");
    indicators[0] = first;
    area[QStringLiteral("indicators")] = indicators;
    children[5] = area;
    third[QStringLiteral("children")] = children;
    goals[2] = third;
    root[QStringLiteral("goals")] = goals;

    TempStore db;
    const int before = total(*db);
    auto r = DemoLoader::loadJson(*db, QJsonDocument(root).toJson());
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(name)) << r.error().toStdString();
    EXPECT_TRUE(r.error().contains(QStringLiteral("ungefär 85"))) << r.error().toStdString();
    db.reopen();
    EXPECT_EQ(total(*db), before);
}

TEST(Transaction, TruncatedDemoJsonIsRefusedWithItsPosition)
{
    TempStore db;
    const QByteArray json = demoJson();
    auto r = DemoLoader::loadJson(*db, json.left(json.size() / 2));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("byte"))) << r.error().toStdString();
    EXPECT_TRUE(OrganisationRepository(*db).committees().empty());
}

TEST(Transaction, LockedPeriodRefusesValuesAndAssessments)
{
    Fixture f;
    ASSERT_TRUE(PeriodRepository(*f.db).lock(f.committee.id, 2024, Period::T1, QStringLiteral("Beslutad")).ok());
    Measurement m;
    m.indicatorId = f.indicator.id;
    m.period = Period::T1;
    m.outcome = 50;
    auto saved = MeasurementRepository(*f.db).save(m);
    ASSERT_FALSE(saved.ok());
    EXPECT_FALSE(MeasurementRepository(*f.db).measurement(f.indicator.id, Period::T1).has_value());
    GoalAssessment a{f.goal.id, Period::T1, 0, Assessment::Full, {}, {}, {}};
    EXPECT_FALSE(GoalRepository(*f.db).setAssessment(a).ok());
    // T2 is not locked.
    m.period = Period::T2;
    EXPECT_TRUE(MeasurementRepository(*f.db).save(m).ok());
    // Unlocking needs a reason and then allows the write.
    EXPECT_FALSE(PeriodRepository(*f.db).unlock(f.committee.id, 2024, Period::T1, QString()).ok());
    ASSERT_TRUE(PeriodRepository(*f.db).unlock(f.committee.id, 2024, Period::T1, QStringLiteral("Rättelse")).ok());
    m.period = Period::T1;
    EXPECT_TRUE(MeasurementRepository(*f.db).save(m).ok());
}

TEST(Transaction, ConcurrentEditIsRefusedInsteadOfLost)
{
    Fixture f;
    Measurement m;
    m.indicatorId = f.indicator.id;
    m.period = Period::T1;
    m.outcome = 50;
    ASSERT_EQ(MeasurementRepository(*f.db).save(m, 0).value(), 1);
    // Another editor saves on top of version 1.
    f.db->setUser(QStringLiteral("Kalle"));
    m.outcome = 60;
    ASSERT_EQ(MeasurementRepository(*f.db).save(m, 1).value(), 2);
    // The first editor still believes version 1.
    f.db->setUser(QStringLiteral("Lisa"));
    m.outcome = 55;
    auto late = MeasurementRepository(*f.db).save(m, 1);
    ASSERT_FALSE(late.ok());
    EXPECT_TRUE(late.error().contains(test::storedWho(QStringLiteral("Kalle")))) << late.error().toStdString();
    EXPECT_EQ(MeasurementRepository(*f.db).measurement(f.indicator.id, Period::T1)->outcome, 60.0);
}

TEST(Transaction, BadValueNamesTheIndicator)
{
    Fixture f;
    Measurement m;
    m.indicatorId = f.indicator.id;
    m.period = Period::T1;
    m.men = 3; // not a gender-split indicator
    auto r = MeasurementRepository(*f.db).save(m);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(f.indicator.name));
    Measurement missing;
    missing.indicatorId = f.indicator.id;
    missing.period = Period::T1;
    missing.notReported = true; // without a reason
    auto noReason = MeasurementRepository(*f.db).save(missing);
    ASSERT_FALSE(noReason.ok());
    EXPECT_TRUE(noReason.error().contains(f.indicator.name));
}
