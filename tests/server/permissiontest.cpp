// Roles enforced by the server: each person logs in as their own role and tries what it must not
// do, through Målkoll's API and as plain SQL (a modified client, psql); the server refuses, and
// nothing changed.
#include "round/reportround.h"
#include "serverfixture.h"
#include "store/auditlog.h"
#include "store/periodrepository.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace malkoll;
using malkoll::test::ServerStore;

namespace {
using Permission = ServerStore;

// Plain SQL on a role's own connection, as psql would send it.
QString rawSql(Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) ? QString() : q.lastError().text();
}
} // namespace

TEST_F(Permission, EachLoginSeesItsRole)
{
    EXPECT_EQ(Server::access(*owner), Access::Owner);
    EXPECT_EQ(Server::access(*as("chef_ost")), Access::Enhetschef);
    EXPECT_EQ(Server::access(*as("controller")), Access::Controller);
    EXPECT_EQ(Server::access(*as("reader")), Access::Reader);
    auto chef = as("chef_ost");
    EXPECT_EQ(Server::ownUnits(*chef), QList<qint64>{units[0]});
    EXPECT_EQ(chef->user(), login("chef_ost"));
}

// A save reads who the person is from the server's own role cache: once the session has saved, a
// save holds locks on Målkoll's tables only, none on the cluster's catalogs of logins and databases
// (every save of every person used to lock five of them, queuing sessions on the lock manager).
TEST_F(Permission, ASaveLocksNoCatalogOfTheCluster)
{
    auto chef = as("chef_ost");
    ASSERT_TRUE(chef);
    ASSERT_TRUE(MeasurementRepository(*chef).save(value(*chef, indicators[0], 80)));
    QSqlQuery q(chef->database());
    ASSERT_TRUE(q.exec(QStringLiteral("BEGIN")));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT malkoll_upsert('measurement', '{\"indicator_id\": %1, \"period\": \"T1\"}', "
                                      "'{\"outcome\": 81}')").arg(indicators[0])))
        << q.lastError().text().toStdString();
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT string_agg(c.relname, ', ' ORDER BY c.relname) FROM pg_locks l "
                                      "JOIN pg_class c ON c.oid = l.relation WHERE l.pid = pg_backend_pid() "
                                      "AND c.relnamespace = 'pg_catalog'::regnamespace AND (c.relname LIKE 'pg\\_auth%' OR "
                                      "c.relname LIKE 'pg\\_database%' OR c.relname LIKE 'pg\\_db\\_role%' OR c.relname = 'pg_roles')")));
    ASSERT_TRUE(q.next());
    EXPECT_TRUE(q.value(0).isNull()) << q.value(0).toString().toStdString();
    ASSERT_TRUE(q.exec(QStringLiteral("ROLLBACK")));
    EXPECT_EQ(outcome(indicators[0]), 80.0);
}

// A value saved again is checked as the person's once per row version it passes through (the
// insert that finds the row, then the update), not again for the row before the update, which
// has the same indicator, period and unit (PostgreSQL counts the calls in the transaction).
TEST_F(Permission, AValueSavedAgainIsCheckedOnceAStep)
{
    ASSERT_TRUE(db.admin(QStringLiteral("ALTER ROLE \"%1\" SET track_functions = 'pl'").arg(login("chef_ost"))));
    auto chef = as("chef_ost");
    ASSERT_TRUE(chef);
    ASSERT_TRUE(MeasurementRepository(*chef).save(value(*chef, indicators[0], 80)));
    QSqlQuery q(chef->database());
    // The session's counts not yet sent to the statistics, read before and after in one transaction.
    const auto counted = [&] {
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT COALESCE(sum(calls), 0) FROM pg_stat_xact_user_functions "
                                          "WHERE funcname = 'malkoll_check_row'")));
        return q.next() ? q.value(0).toInt() : -100;
    };
    const auto calls = [&](const QString &upsert) {
        EXPECT_TRUE(q.exec(QStringLiteral("BEGIN")));
        const int before = counted();
        EXPECT_TRUE(q.exec(upsert)) << q.lastError().text().toStdString();
        const int n = counted() - before;
        EXPECT_TRUE(q.exec(QStringLiteral("ROLLBACK")));
        return n;
    };
    EXPECT_EQ(calls(QStringLiteral("SELECT malkoll_upsert('measurement', '{\"indicator_id\": %1, \"period\": \"T1\"}', "
                                   "'{\"outcome\": 81}')").arg(indicators[0])), 2);
    EXPECT_EQ(calls(QStringLiteral("SELECT malkoll_upsert('measurement', '{\"indicator_id\": %1, \"period\": \"T2\"}', "
                                   "'{\"outcome\": 81}')").arg(indicators[0])), 1); // a new row: its insert
    // And the refusals stand: another unit's value, an update as much as a new one.
    ASSERT_TRUE(MeasurementRepository(*owner).save(value(*owner, indicators[1], 60)));
    EXPECT_FALSE(MeasurementRepository(*chef).save(value(*chef, indicators[1], 61)));
    EXPECT_EQ(outcome(indicators[1]), 60.0);
    EXPECT_EQ(outcome(indicators[0]), 80.0);
}

TEST_F(Permission, AnEnhetschefWritesTheirOwnUnitsValuesOnly)
{
    auto chef = as("chef_ost");
    ASSERT_TRUE(chef);
    auto own = MeasurementRepository(*chef).save(value(*chef, indicators[0], 85));
    ASSERT_TRUE(own) << own.error().toStdString();
    EXPECT_EQ(outcome(indicators[0]), 85.0);

    ASSERT_TRUE(MeasurementRepository(*owner).save(value(*owner, indicators[1], 60)));
    const int audited = AuditLog(*owner).count();
    auto other = MeasurementRepository(*chef).save(value(*chef, indicators[1], 99));
    ASSERT_FALSE(other);
    EXPECT_TRUE(other.error().contains(QStringLiteral("Äldreboendet Ängen"))) << other.error().toStdString();
    EXPECT_FALSE(rawSql(*chef, QStringLiteral("UPDATE measurement SET outcome = 1")).isEmpty());
    EXPECT_FALSE(rawSql(*chef, QStringLiteral("DELETE FROM measurement")).isEmpty());
    EXPECT_EQ(outcome(indicators[1]), 60.0);
    EXPECT_EQ(outcome(indicators[0]), 85.0);
    EXPECT_EQ(AuditLog(*owner).count(), audited);
}

TEST_F(Permission, AnEnhetschefChangesNoTargetStructureOrLock)
{
    auto chef = as("chef_ost");
    ASSERT_TRUE(chef);
    const auto before = owner->counts();
    Indicator i = *IndicatorRepository(*chef).indicator(indicators[0]);
    i.target.value = 10;
    EXPECT_FALSE(IndicatorRepository(*chef).update(i));
    EXPECT_FALSE(rawSql(*chef, QStringLiteral("UPDATE indicator SET target_value = 10")).isEmpty());
    EXPECT_FALSE(rawSql(*chef, QStringLiteral("DELETE FROM goal")).isEmpty());
    EXPECT_FALSE(PeriodRepository(*chef).lock(committee, 2024, Period::T1, QStringLiteral("klart")));
    EXPECT_EQ(IndicatorRepository(*owner).indicator(indicators[0])->target.value, 80.0);
    EXPECT_FALSE(PeriodRepository(*owner).isLocked(committee, 2024, Period::T1));
    EXPECT_EQ(owner->counts(), before);
}

TEST_F(Permission, AnEnhetschefCannotUnlockNorWriteInALockedPeriod)
{
    ASSERT_TRUE(PeriodRepository(*owner).lock(committee, 2024, Period::T1, QStringLiteral("Klar")));
    auto chef = as("chef_ost");
    ASSERT_TRUE(chef);
    EXPECT_FALSE(PeriodRepository(*chef).unlock(committee, 2024, Period::T1, QStringLiteral("ändra")));
    EXPECT_FALSE(rawSql(*chef, QStringLiteral("UPDATE period_info SET locked = 0")).isEmpty());
    // Past the client's own check: the server refuses a value in a locked period, by the one way an
    // enhetschef writes (the table itself is not theirs to write at all).
    EXPECT_FALSE(rawSql(*chef, QStringLiteral("INSERT INTO measurement (indicator_id, period, outcome) VALUES (%1, 'T1', 5)")
                                   .arg(indicators[0])).isEmpty());
    const QString e = rawSql(*chef, QStringLiteral("SELECT malkoll_upsert('measurement', '{\"indicator_id\": %1, \"period\": "
                                                   "\"T1\"}', '{\"outcome\": 5}')").arg(indicators[0]));
    EXPECT_TRUE(e.contains(QStringLiteral("låst"))) << e.toStdString();
    EXPECT_TRUE(PeriodRepository(*owner).isLocked(committee, 2024, Period::T1));
    EXPECT_FALSE(outcome(indicators[0]).has_value());
}

TEST_F(Permission, ASubmittedUnitIsReadOnlyForItsEnhetschefUntilReturned)
{
    auto chef = as("chef_ost");
    ASSERT_TRUE(chef);
    ASSERT_TRUE(MeasurementRepository(*chef).save(value(*chef, indicators[0], 85)));
    auto submitted = ReportRound::submit(*chef, committee, 2024, Period::T1, units[0]);
    ASSERT_TRUE(submitted) << submitted.error().toStdString();
    EXPECT_EQ(RoundRepository(*owner).state(committee, 2024, Period::T1, units[0]).submittedBy, login("chef_ost"));
    EXPECT_FALSE(MeasurementRepository(*chef).save(value(*chef, indicators[0], 40)));
    EXPECT_FALSE(ReportRound::approve(*chef, committee, 2024, Period::T1, units[0])); // not their step
    EXPECT_FALSE(rawSql(*chef, QStringLiteral("UPDATE report_round SET state = 'approved'")).isEmpty());
    EXPECT_FALSE(ReportRound::submit(*chef, committee, 2024, Period::T1, units[1])); // not their unit
    EXPECT_EQ(outcome(indicators[0]), 85.0);
    EXPECT_EQ(RoundRepository(*owner).state(committee, 2024, Period::T1, units[0]).state, RoundState::Submitted);

    auto controller = as("controller");
    const auto back = ReportRound::sendBack(*controller, committee, 2024, Period::T1, units[0], QStringLiteral("Komplettera analysen."));
    ASSERT_TRUE(back) << back.error().toStdString();
    auto again = MeasurementRepository(*chef).save(value(*chef, indicators[0], 86));
    ASSERT_TRUE(again) << again.error().toStdString();
    EXPECT_EQ(outcome(indicators[0]), 86.0);
}

TEST_F(Permission, AControllerWritesTargetsAndLocksButNotTheAuditLog)
{
    auto controller = as("controller");
    ASSERT_TRUE(controller);
    Indicator i = *IndicatorRepository(*controller).indicator(indicators[0]);
    i.target.value = 90;
    auto updated = IndicatorRepository(*controller).update(i);
    ASSERT_TRUE(updated) << updated.error().toStdString();
    ASSERT_TRUE(PeriodRepository(*controller).lock(committee, 2024, Period::T1, QStringLiteral("Klar")));
    ASSERT_TRUE(PeriodRepository(*controller).unlock(committee, 2024, Period::T1, QStringLiteral("Rättelse")));
    const int audited = AuditLog(*owner).count();
    ASSERT_GT(audited, 0);
    EXPECT_FALSE(rawSql(*controller, QStringLiteral("DELETE FROM audit_log")).isEmpty());
    EXPECT_FALSE(rawSql(*controller, QStringLiteral("UPDATE audit_log SET who = 'någon annan'")).isEmpty());
    EXPECT_FALSE(rawSql(*controller, QStringLiteral("TRUNCATE audit_log")).isEmpty());
    EXPECT_EQ(AuditLog(*owner).count(), audited);
}

TEST_F(Permission, NotEvenTheOwnerChangesTheAuditLog)
{
    ASSERT_TRUE(MeasurementRepository(*owner).save(value(*owner, indicators[0], 85)));
    const int audited = AuditLog(*owner).count();
    EXPECT_FALSE(rawSql(*owner, QStringLiteral("DELETE FROM audit_log")).isEmpty());
    EXPECT_FALSE(rawSql(*owner, QStringLiteral("UPDATE audit_log SET who = 'x'")).isEmpty());
    EXPECT_EQ(AuditLog(*owner).count(), audited);
}

TEST_F(Permission, AReaderOnlyReads)
{
    auto reader = as("reader");
    ASSERT_TRUE(reader);
    EXPECT_EQ(IndicatorRepository(*reader).indicator(indicators[0])->name, IndicatorRepository(*owner).indicator(indicators[0])->name);
    const auto before = owner->counts();
    EXPECT_FALSE(MeasurementRepository(*reader).save(value(*reader, indicators[0], 85)));
    EXPECT_FALSE(rawSql(*reader, QStringLiteral("INSERT INTO audit_log (at, who, entity, entity_id, field) VALUES ('', '', 'x', 1, 'y')")).isEmpty());
    EXPECT_FALSE(ReportRound::submit(*reader, committee, 2024, Period::T1, units[0]));
    EXPECT_EQ(owner->counts(), before);
}

TEST_F(Permission, TheAuditLogNamesTheServersUserNotWhatTheClientSays)
{
    auto chef = as("chef_ost");
    ASSERT_TRUE(chef);
    chef->setUser(QStringLiteral("någon annan"));
    ASSERT_TRUE(MeasurementRepository(*chef).save(value(*chef, indicators[0], 85)));
    const auto latest = AuditLog(*owner).latest(1);
    ASSERT_EQ(latest.size(), 1u);
    EXPECT_EQ(latest.front().who, login("chef_ost"));
}

TEST_F(Permission, OnlyNamedLoginsConnect)
{
    ASSERT_TRUE(db.admin(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1stranger') "
                                        "THEN CREATE ROLE %1stranger LOGIN; END IF; END $$").arg(prefix)));
    ASSERT_TRUE(db.setPassword(prefix + QStringLiteral("stranger")));
    Store::Options o;
    o.create = false;
    auto s = Store::open(db.url(prefix + QStringLiteral("stranger")), o);
    ASSERT_FALSE(s);
    EXPECT_TRUE(s.error().contains(QStringLiteral("permission denied"))) << s.error().toStdString();
}
