// The whole city on one server (issue 30), tried as each person would from psql: a committee's
// controller writes only their committee's rows and not the city's KF structure; stad
// (stadsledningskontoret) writes the city's KF structure and KF:s årsmål, which reach every
// committee, and nothing of a committee's own. Every refusal leaves the store exactly as it was.
#include "psqlsession.h"
#include "serverfixture.h"
#include "store/auditlog.h"
#include "store/cityrepository.h"
#include "text/targettext.h"

using namespace malkoll;
using malkoll::test::Psql;
using malkoll::test::ServerStore;
using malkoll::test::fingerprint;

namespace {

class CityServer : public ServerStore
{
protected:
    void SetUp() override
    {
        ServerStore::SetUp();
        if (HasFatalFailure()) return;
        // A second committee with the same KF goal and KF-indikator; both attached to the city's.
        Committee other{0, QStringLiteral("Grannämnden"), QStringLiteral("Grannämnden")};
        ASSERT_TRUE(OrganisationRepository(*owner).addCommittee(other));
        second = other.id;
        Unit unit;
        unit.committeeId = second;
        unit.name = QStringLiteral("Grannenheten");
        ASSERT_TRUE(OrganisationRepository(*owner).addUnit(unit));
        const Goal first = *GoalRepository(*owner).goal(goal);
        Goal copy = first;
        copy.id = 0;
        copy.committeeId = second;
        ASSERT_TRUE(GoalRepository(*owner).add(copy));
        secondGoal = copy.id;
        Indicator i = *IndicatorRepository(*owner).indicator(indicators[0]);
        i.id = 0;
        i.committeeId = second;
        i.goalId = copy.id;
        i.responsibleUnitId = unit.id;
        ASSERT_TRUE(IndicatorRepository(*owner).add(i));
        secondIndicator = i.id;
        ASSERT_TRUE(owner->exec(QStringLiteral("UPDATE indicator SET origin = 'KF' WHERE id IN (?, ?)"), {indicators[0], secondIndicator}));
        for (qint64 c : {committee, second}) {
            auto attached = CityRepository(*owner).attach(c, 2024);
            ASSERT_TRUE(attached) << attached.error().toStdString();
            ASSERT_TRUE(attached->unmatched.isEmpty()) << attached->unmatched.join(u',').toStdString();
        }
        kf = CityRepository(*owner).indicatorLinks(committee, 2024).value(indicators[0]);
        ASSERT_NE(kf, 0);
        ASSERT_EQ(CityRepository(*owner).indicatorLinks(second, 2024).value(secondIndicator), kf);
        ASSERT_TRUE(Server::addUser(*owner, login("ctl_grannen"), Access::Controller, {}, {QStringLiteral("Grannämnden")}));
        ASSERT_TRUE(Server::addUser(*owner, login("stad"), Access::Stad, {}));
        for (const char *who : {"ctl_grannen", "stad"}) ASSERT_TRUE(db.setPassword(login(who)));
    }
    Psql psql(const char *who) const { return Psql(db, login(who)); }
    QString kfTargetOf(qint64 indicator) const
    {
        auto q = owner->exec(QStringLiteral("SELECT kf_target_text FROM indicator WHERE id = ?"), {indicator});
        return q && q.value().next() ? q.value().value(0).toString() : QStringLiteral("<none>");
    }
    qint64 second = 0, secondGoal = 0, secondIndicator = 0, kf = 0;
};

} // namespace

TEST_F(CityServer, EachLoginSeesItsRole)
{
    EXPECT_EQ(Server::access(*as("stad")), Access::Stad);
    EXPECT_EQ(Server::access(*as("ctl_grannen")), Access::Controller);
    // In a store of several committees, a controller is given theirs.
    const auto unnamed = Server::addUser(*owner, login("ctl_ingen"), Access::Controller, {});
    ASSERT_FALSE(unnamed);
    EXPECT_TRUE(unnamed.error().contains(QStringLiteral("--committee"))) << unnamed.error().toStdString();
    EXPECT_FALSE(Server::addUser(*owner, login("stad2"), Access::Stad, {}, {QStringLiteral("Grannämnden")}));
    EXPECT_FALSE(Server::addUser(*owner, login("ctl_x"), Access::Controller, {}, {QStringLiteral("Finns inte")}));
}

TEST_F(CityServer, ACommitteesControllerWritesOnlyTheirCommitteesRows)
{
    Psql ctl = psql("ctl_grannen");
    ASSERT_TRUE(ctl.isOpen()) << ctl.openError().toStdString();
    // Every attack below has rows to hit (an UPDATE of no rows changes nothing, but counts as a change).
    ASSERT_TRUE(owner->exec(QStringLiteral("INSERT INTO period_info (committee_id, year, period) VALUES (?, 2024, 'T2')"), {committee}));
    ASSERT_TRUE(MeasurementRepository(*owner).save(value(*owner, indicators[0], 85)));
    const QString before = fingerprint(*owner);
    const QString c = QString::number(committee), s = QString::number(second);
    for (const QString &attack : {
             QStringLiteral("UPDATE indicator SET target_text = 'x' WHERE committee_id = %1").arg(c),
             QStringLiteral("UPDATE indicator SET committee_id = %1 WHERE committee_id = %2").arg(s, c), // moved to their own
             QStringLiteral("UPDATE indicator SET committee_id = %1 WHERE committee_id = %2").arg(c, s), // moved to another
             QStringLiteral("DELETE FROM goal WHERE committee_id = %1").arg(c),
             QStringLiteral("INSERT INTO goal (committee_id, year, level, number, title) VALUES (%1, 2024, 1, '9', 'Nytt')").arg(c),
             QStringLiteral("DELETE FROM unit WHERE committee_id = %1").arg(c),
             QStringLiteral("UPDATE period_info SET locked = 1 WHERE committee_id = %1").arg(c),
             QStringLiteral("INSERT INTO period_info (committee_id, year, period, locked) VALUES (%1, 2024, 'T1', 1)").arg(c),
             QStringLiteral("UPDATE committee SET name = 'Övertagen' WHERE id = %1").arg(c),
             QStringLiteral("DELETE FROM measurement WHERE indicator_id = %1").arg(indicators[0]),
             QStringLiteral("INSERT INTO target_change (indicator_id, kind, decided, reason) VALUES (%1, 'value', '2024-05-01', 'x')")
                 .arg(indicators[0]),
             QStringLiteral("WITH x AS (UPDATE indicator SET name = 'y' WHERE committee_id = %1 RETURNING 1) SELECT 1").arg(c),
             // The city's KF structure is stadsledningskontoret's.
             QStringLiteral("UPDATE kf_indicator SET kf_target_text = '1 %', kf_target_value = 1"),
             QStringLiteral("INSERT INTO kf_target_decision (kf_indicator_id, kind, value, text, decided, from_period, reason) VALUES "
                            "(%1, 'value', 1, '1 %', '2024-06-01', 'T2', 'x')")
                 .arg(kf),
             QStringLiteral("DELETE FROM kf_goal"),
             // KF:s årsmål of their own KF-indikator is the city's too.
             QStringLiteral("UPDATE indicator SET kf_target_text = '1 %', kf_target_value = 1 WHERE committee_id = %1").arg(s),
         }) {
        EXPECT_FALSE(ctl.run(attack).isEmpty()) << attack.toStdString();
        EXPECT_EQ(fingerprint(*owner), before) << attack.toStdString();
    }
    // Their own committee's plan they write, as Målkoll does.
    EXPECT_EQ(ctl.run(QStringLiteral("UPDATE indicator SET target_text = 'Minst 85 %', target_value = 85 WHERE committee_id = %1").arg(s)),
              QString());
    auto mine = as("ctl_grannen");
    Indicator own = *IndicatorRepository(*mine).indicator(secondIndicator);
    own.target.text = QStringLiteral("Minst 86 %");
    own.target.value = 86;
    EXPECT_TRUE(IndicatorRepository(*mine).update(own));
    // Not through Målkoll either: KF:s årsmål in their plan changes the city's, which is refused.
    Indicator kfChange = own;
    kfChange.kfTarget.text = QStringLiteral("Minst 99 %");
    kfChange.kfTarget.value = 99;
    EXPECT_FALSE(IndicatorRepository(*mine).update(kfChange));
    EXPECT_EQ(kfTargetOf(indicators[0]), kfTargetOf(secondIndicator));
    EXPECT_NE(kfTargetOf(secondIndicator), QStringLiteral("Minst 99 %"));
}

TEST_F(CityServer, StadWritesTheCitysKfArsmalForEveryCommitteeAndNothingOfTheirOwn)
{
    Psql stad = psql("stad");
    ASSERT_TRUE(stad.isOpen()) << stad.openError().toStdString();
    const QString before = fingerprint(*owner);
    const QString c = QString::number(committee);
    for (const QString &attack : {
             QStringLiteral("UPDATE indicator SET target_text = 'x' WHERE committee_id = %1").arg(c),
             QStringLiteral("INSERT INTO goal (committee_id, year, level, number, title) VALUES (%1, 2024, 1, '9', 'Nytt')").arg(c),
             QStringLiteral("DELETE FROM report_round"),
             QStringLiteral("UPDATE goal_assessment SET assessment = 'helt'"),
             QStringLiteral("SELECT malkoll_upsert('measurement', '{\"indicator_id\": %1, \"period\": \"T1\"}', '{\"outcome\": 1}')")
                 .arg(indicators[0]),
             QStringLiteral("UPDATE indicator SET kf_target_text = '1 %', kf_target_value = 1"),
             QStringLiteral("DELETE FROM audit_log"),
         }) {
        EXPECT_FALSE(stad.run(attack).isEmpty()) << attack.toStdString();
        EXPECT_EQ(fingerprint(*owner), before) << attack.toStdString();
    }
    // KF:s årsmål set once, from psql: every committee's KF-indikator follows in the same statement,
    // audited under stad's login.
    ASSERT_EQ(stad.run(QStringLiteral("UPDATE kf_indicator SET kf_target_text = 'Minst 90 %', kf_target_value = 90 WHERE id = %1").arg(kf)),
              QString());
    EXPECT_EQ(kfTargetOf(indicators[0]), QStringLiteral("Minst 90 %"));
    EXPECT_EQ(kfTargetOf(secondIndicator), QStringLiteral("Minst 90 %"));
    for (qint64 i : {indicators[0], secondIndicator}) {
        const auto history = AuditLog(*owner).history(QStringLiteral("indicator"), i);
        EXPECT_TRUE(std::any_of(history.begin(), history.end(), [&](const AuditEntry &e) {
            return e.who == login("stad") && e.newValue == QStringLiteral("Minst 90 %");
        })) << "indicator " << i;
    }
    // And through Målkoll: a KF decision from T2 reaches both committees.
    auto asStad = as("stad");
    TargetChange d;
    d.indicatorId = kf;
    d.target = TargetText::parse(QStringLiteral("Minst 92 %")).value();
    d.decided = QDate(2024, 6, 12);
    d.fromPeriod = Period::T2;
    d.reason = QStringLiteral("KF 12 juni");
    auto decided = CityRepository(*asStad).addDecision(d);
    ASSERT_TRUE(decided) << decided.error().toStdString();
    auto copies = owner->exec(QStringLiteral("SELECT count(*) FROM target_change WHERE kf_decision_id = ?"), {decided.value()});
    ASSERT_TRUE(copies && copies.value().next());
    EXPECT_EQ(copies.value().value(0).toInt(), 2);
    // A committee's controller cannot change their copy of KF's decision.
    Psql ctl = psql("ctl_grannen");
    EXPECT_FALSE(ctl.run(QStringLiteral("UPDATE target_change SET text = 'eget' WHERE kf_decision_id IS NOT NULL")).isEmpty());
}
