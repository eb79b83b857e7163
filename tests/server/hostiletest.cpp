// The shared store against a hostile login: each attack is plain SQL on the attacker's own
// connection (libpq with a scram-sha-256 password, as psql logs in — Målkoll's own checks never
// run), and after each the store is exactly as it was: every table's rows, the audit log, the
// change counter. Then the legitimate path still works.
#include "round/reportround.h"
#include "psqlsession.h"
#include "serverfixture.h"
#include "store/auditlog.h"
#include "store/periodrepository.h"
#include "store/roundrepository.h"

#include <QProcess>
#include <QtEndian>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace malkoll;
using malkoll::test::ServerStore;
using malkoll::test::TempDatabase;
using malkoll::test::Psql;
using malkoll::test::fingerprint;

namespace {

QString upsert(const QString &table, const QString &key, const QString &values)
{
    return QStringLiteral("SELECT malkoll_upsert('%1', '%2', '%3')").arg(table, key, values);
}

class Hostile : public ServerStore
{
protected:
    Psql psql(const char *who) const { return Psql(db, login(who)); }
    // A measurement of `indicator` the chef's own, as the one write path takes it.
    static QString measurementKey(qint64 indicator, const QString &period)
    {
        return QStringLiteral("{\"indicator_id\": %1, \"period\": \"%2\"}").arg(indicator).arg(period);
    }
};

} // namespace

// 1. A period is one of Målkoll's codes, however the row arrives: another spelling of a locked,
// approved period is not another period.
TEST_F(Hostile, AnotherSpellingOfAPeriodIsRefusedByEveryWritePath)
{
    ASSERT_TRUE(MeasurementRepository(*owner).save(value(*owner, indicators[0], 85, Period::T2)));
    ASSERT_TRUE(PeriodRepository(*owner).lock(committee, 2024, Period::T2, QStringLiteral("Klar")));
    const QString before = fingerprint(*owner);
    Psql chef = psql("chef_ost"), controller = psql("controller");
    ASSERT_TRUE(chef.isOpen()) << chef.openError().toStdString();
    ASSERT_TRUE(controller.isOpen()) << controller.openError().toStdString();
    for (const char *spelling : {"Tertial 2", "tertial 2", "vb", "Vb", "t2", "T2 ", " T2", "T2\\n", "T3", ""}) {
        const QString p = QString::fromLatin1(spelling);
        EXPECT_FALSE(chef.run(upsert(QStringLiteral("measurement"), measurementKey(indicators[0], p), QStringLiteral("{\"outcome\": 1}")))
                         .isEmpty())
            << spelling;
        EXPECT_FALSE(chef.run(upsert(QStringLiteral("activity_report"), QStringLiteral("{\"activity_id\": 1, \"period\": \"%1\"}").arg(p),
                                     QStringLiteral("{\"status\": \"done\"}")))
                         .isEmpty())
            << spelling;
        EXPECT_FALSE(chef.run(upsert(QStringLiteral("goal_assessment"),
                                     QStringLiteral("{\"goal_id\": %1, \"period\": \"%2\", \"unit_id\": %3}").arg(goal).arg(p).arg(units[0]),
                                     QStringLiteral("{\"assessment\": \"met\"}")))
                         .isEmpty())
            << spelling;
        EXPECT_FALSE(chef.run(upsert(QStringLiteral("report_round"),
                                     QStringLiteral("{\"committee_id\": %1, \"year\": 2024, \"period\": \"%2\", \"unit_id\": %3}")
                                         .arg(committee).arg(p).arg(units[0]),
                                     QStringLiteral("{\"state\": \"open\"}")))
                         .isEmpty())
            << spelling;
        // The controller writes tables directly: the table's own CHECK refuses the spelling.
        EXPECT_FALSE(controller.run(QStringLiteral("INSERT INTO measurement (indicator_id, period, outcome) VALUES (%1, E'%2', 1)")
                                        .arg(indicators[1]).arg(p)).isEmpty())
            << spelling;
        EXPECT_FALSE(controller.run(QStringLiteral("UPDATE measurement SET period = E'%1' WHERE indicator_id = %2").arg(p).arg(indicators[0]))
                         .isEmpty())
            << spelling;
        EXPECT_FALSE(controller.run(QStringLiteral("INSERT INTO period_info (committee_id, year, period) VALUES (%1, 2024, E'%2')")
                                        .arg(committee).arg(p)).isEmpty())
            << spelling;
    }
    EXPECT_EQ(fingerprint(*owner), before);
    // Measurements have no VP (the plan is not a follow-up period), and the plan is not the enhetschef's.
    EXPECT_FALSE(controller.run(QStringLiteral("INSERT INTO measurement (indicator_id, period, outcome) VALUES (%1, 'VP', 1)")
                                    .arg(indicators[1])).isEmpty());
    EXPECT_FALSE(chef.run(upsert(QStringLiteral("goal_assessment"),
                                 QStringLiteral("{\"goal_id\": %1, \"period\": \"VP\", \"unit_id\": %2}").arg(goal).arg(units[0]),
                                 QStringLiteral("{\"assessment\": \"met\"}"))).isEmpty());
    EXPECT_EQ(fingerprint(*owner), before);
    EXPECT_EQ(MeasurementRepository(*owner).measurement(indicators[0], Period::T2)->outcome, 85.0);
    // The right spelling, in an open period, still goes in.
    const QString ok = chef.run(upsert(QStringLiteral("measurement"), measurementKey(indicators[0], QStringLiteral("T1")),
                                       QStringLiteral("{\"outcome\": 70}")));
    EXPECT_TRUE(ok.isEmpty()) << ok.toStdString();
    EXPECT_EQ(outcome(indicators[0]), 70.0);
}

// 2. The audit log's ids are the server's: no chosen id, no sequence of the log, no change counter.
TEST_F(Hostile, NoOneChoosesAuditIdsOrAdvancesTheServersSequences)
{
    ASSERT_TRUE(MeasurementRepository(*owner).save(value(*owner, indicators[0], 85)));
    const QString before = fingerprint(*owner);
    const QString row = QStringLiteral("(at, who, entity, entity_id, field) VALUES ('', 'x', 'measurement', 1, 'T1/outcome')");
    for (const char *who : {"chef_ost", "controller", "reader"}) {
        Psql p = psql(who);
        ASSERT_TRUE(p.isOpen()) << p.openError().toStdString();
        EXPECT_FALSE(p.run(QStringLiteral("INSERT INTO audit_log (id, at, who, entity, entity_id, field) "
                                          "VALUES (2147483000, '', 'x', 'measurement', 1, 'T1/outcome')")).isEmpty()) << who;
        EXPECT_FALSE(p.run(QStringLiteral("INSERT INTO audit_log (id, at, who, entity, entity_id, field) OVERRIDING SYSTEM VALUE "
                                          "VALUES (2147483000, '', 'x', 'measurement', 1, 'T1/outcome')")).isEmpty()) << who;
        EXPECT_FALSE(p.run(QStringLiteral("INSERT INTO audit_log ") + row).isEmpty()) << who;
        EXPECT_FALSE(p.run(QStringLiteral("SELECT nextval(pg_get_serial_sequence('audit_log', 'id'))")).isEmpty()) << who;
        EXPECT_FALSE(p.run(QStringLiteral("SELECT setval(pg_get_serial_sequence('audit_log', 'id'), 2147483000)")).isEmpty()) << who;
        EXPECT_FALSE(p.run(QStringLiteral("SELECT nextval('malkoll_change_seq')")).isEmpty()) << who;
        EXPECT_FALSE(p.run(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER ALL")).isEmpty()) << who;
    }
    EXPECT_EQ(fingerprint(*owner), before);
    // Saving goes on, and its audit row is numbered after the last.
    auto controller = as("controller");
    ASSERT_TRUE(controller);
    const int audited = AuditLog(*owner).count();
    auto saved = MeasurementRepository(*controller).save(value(*controller, indicators[1], 60));
    ASSERT_TRUE(saved) << saved.error().toStdString();
    EXPECT_GT(AuditLog(*owner).count(), audited);
}

// 3. Reading is never blocked: a person holds no table lock and no other unit's rows.
TEST_F(Hostile, NoLoginButAControllerLocksATableOrHoldsRows)
{
    ASSERT_TRUE(MeasurementRepository(*owner).save(value(*owner, indicators[1], 60)));
    for (const char *who : {"chef_ost", "reader"}) {
        Psql p = psql(who);
        ASSERT_TRUE(p.isOpen()) << p.openError().toStdString();
        for (const char *table : {"measurement", "report_round", "goal_assessment", "activity_report", "audit_log", "indicator"}) {
            for (const char *mode : {"ACCESS EXCLUSIVE", "EXCLUSIVE", "SHARE ROW EXCLUSIVE", "SHARE"}) {
                ASSERT_TRUE(p.run(QStringLiteral("BEGIN")).isEmpty());
                EXPECT_FALSE(p.run(QStringLiteral("LOCK TABLE %1 IN %2 MODE").arg(QLatin1String(table), QLatin1String(mode))).isEmpty())
                    << who << " " << table << " " << mode;
                p.run(QStringLiteral("ROLLBACK"));
            }
            for (const char *lock : {"FOR UPDATE", "FOR NO KEY UPDATE", "FOR SHARE", "FOR KEY SHARE"}) {
                ASSERT_TRUE(p.run(QStringLiteral("BEGIN")).isEmpty());
                EXPECT_FALSE(p.run(QStringLiteral("SELECT * FROM %1 %2").arg(QLatin1String(table), QLatin1String(lock))).isEmpty())
                    << who << " " << table << " " << lock;
                p.run(QStringLiteral("ROLLBACK"));
            }
        }
    }
    // While an enhetschef sits in an open transaction, others read and write every other row.
    Psql chef = psql("chef_ost");
    ASSERT_TRUE(chef.run(QStringLiteral("BEGIN")).isEmpty());
    ASSERT_TRUE(chef.run(QStringLiteral("LOCK TABLE measurement IN ACCESS SHARE MODE")).isEmpty());
    ASSERT_TRUE(chef.run(upsert(QStringLiteral("measurement"), measurementKey(indicators[0], QStringLiteral("T1")),
                                QStringLiteral("{\"outcome\": 1}"))).isEmpty());
    auto reader = as("reader");
    ASSERT_TRUE(reader);
    EXPECT_EQ(MeasurementRepository(*reader).measurement(indicators[1], Period::T1)->outcome, 60.0);
    auto controller = as("controller");
    auto saved = MeasurementRepository(*controller).save(value(*controller, indicators[1], 61));
    EXPECT_TRUE(saved) << saved.error().toStdString();
    chef.run(QStringLiteral("ROLLBACK"));
    // And a session left idle in a transaction is ended by the server, as set for each login here.
    EXPECT_EQ(chef.scalar(QStringLiteral("SHOW idle_in_transaction_session_timeout")), QStringLiteral("1min"));
    EXPECT_EQ(chef.scalar(QStringLiteral("SHOW lock_timeout")), QStringLiteral("5s"));
}

// 4. Who wrote a value and when, who decided a round step, are the server's to say, and a write by
// plain SQL is audited as one by Målkoll is.
TEST_F(Hostile, TheServerStampsAndAuditsWritesByPlainSql)
{
    Psql chef = psql("chef_ost");
    ASSERT_TRUE(chef.isOpen()) << chef.openError().toStdString();
    const int audited = AuditLog(*owner).count();
    const QString e = chef.run(upsert(QStringLiteral("measurement"), measurementKey(indicators[0], QStringLiteral("T1")),
                                      QStringLiteral("{\"outcome\": 85, \"analysis\": \"Bra\", \"updated_by\": \"%1\", "
                                                     "\"updated_at\": \"2020-01-01T00:00:00Z\"}").arg(login("chef_angen"))));
    ASSERT_TRUE(e.isEmpty()) << e.toStdString();
    const auto m = MeasurementRepository(*owner).measurement(indicators[0], Period::T1);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->updatedBy, login("chef_ost"));
    EXPECT_GT(m->updatedAt, QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC)) << m->updatedAt.toString().toStdString();
    const auto history = AuditLog(*owner).history(QStringLiteral("measurement"), indicators[0]);
    EXPECT_EQ(AuditLog(*owner).count(), audited + 2); // outcome and analysis
    ASSERT_EQ(history.size(), 2u);
    for (const auto &h : history) {
        EXPECT_EQ(h.who, login("chef_ost"));
        EXPECT_TRUE(h.field == u"T1/outcome" || h.field == u"T1/analysis") << h.field.toStdString();
    }

    // A round step by SQL: the enhetschef approves nothing, submits nothing that is not complete.
    const QString roundKey = QStringLiteral("{\"committee_id\": %1, \"year\": 2024, \"period\": \"T1\", \"unit_id\": %2}");
    const QString before = fingerprint(*owner);
    EXPECT_FALSE(chef.run(upsert(QStringLiteral("report_round"), roundKey.arg(committee).arg(units[0]),
                                 QStringLiteral("{\"state\": \"approved\", \"decided_by\": \"%1\"}").arg(login("controller"))))
                     .isEmpty());
    ASSERT_TRUE(MeasurementRepository(*owner).save(value(*owner, indicators[0], 10))); // below årsmål: needs an analysis
    ASSERT_TRUE(chef.run(upsert(QStringLiteral("measurement"), measurementKey(indicators[0], QStringLiteral("T1")),
                                QStringLiteral("{\"analysis\": \"\"}"))).isEmpty());
    const QString afterEmptying = fingerprint(*owner);
    const QString incomplete = chef.run(upsert(QStringLiteral("report_round"), roundKey.arg(committee).arg(units[0]),
                                               QStringLiteral("{\"state\": \"submitted\"}")));
    EXPECT_TRUE(incomplete.contains(QStringLiteral("saknar analys"))) << incomplete.toStdString();
    EXPECT_EQ(fingerprint(*owner), afterEmptying);
    EXPECT_NE(afterEmptying, before);

    // Complete, it goes in, stamped by the server whatever the row says.
    ASSERT_TRUE(chef.run(upsert(QStringLiteral("measurement"), measurementKey(indicators[0], QStringLiteral("T1")),
                                QStringLiteral("{\"analysis\": \"Orsaken\"}"))).isEmpty());
    const QString submitted = chef.run(upsert(QStringLiteral("report_round"), roundKey.arg(committee).arg(units[0]),
                                              QStringLiteral("{\"state\": \"submitted\", \"submitted_by\": \"x\", \"submitted_at\": \"1999\", "
                                                             "\"decided_by\": \"%1\"}").arg(login("controller"))));
    ASSERT_TRUE(submitted.isEmpty()) << submitted.toStdString();
    const UnitRoundRecord r = RoundRepository(*owner).state(committee, 2024, Period::T1, units[0]);
    EXPECT_EQ(r.state, RoundState::Submitted);
    EXPECT_EQ(r.submittedBy, login("chef_ost"));
    EXPECT_TRUE(r.decidedBy.isEmpty()) << r.decidedBy.toStdString();
    // The controller, who may write the table directly, cannot write someone else's name either.
    Psql controller = psql("controller");
    ASSERT_TRUE(controller.run(QStringLiteral("UPDATE report_round SET state = 'approved', decided_by = 'stadsdirektören', "
                                              "decided_at = '1999' WHERE unit_id = %1").arg(units[0])).isEmpty());
    const UnitRoundRecord approved = RoundRepository(*owner).state(committee, 2024, Period::T1, units[0]);
    EXPECT_EQ(approved.state, RoundState::Approved);
    EXPECT_EQ(approved.decidedBy, login("controller"));
    EXPECT_FALSE(approved.decidedAt.startsWith(QStringLiteral("1999")));
    const auto latest = AuditLog(*owner).latest(1);
    ASSERT_EQ(latest.size(), 1u);
    EXPECT_EQ(latest.front().who, login("controller"));
    EXPECT_EQ(latest.front().newValue, QStringLiteral("approved"));
}

// 5. The copy mode that keeps a copied row's own names and times: only the owner, only into an empty
// log, only in the transaction that began it; no setting turns it on.
TEST_F(Hostile, NoOneInventsNamesAndTimesInTheAuditLog)
{
    ASSERT_TRUE(MeasurementRepository(*owner).save(value(*owner, indicators[0], 85)));
    const QString before = fingerprint(*owner);
    for (const char *who : {"chef_ost", "controller"}) {
        Psql p = psql(who);
        EXPECT_FALSE(p.run(QStringLiteral("SELECT malkoll_begin_copy()")).isEmpty()) << who;
        EXPECT_FALSE(p.run(QStringLiteral("INSERT INTO copy_mode (xact) VALUES (pg_current_xact_id())")).isEmpty()) << who;
        EXPECT_FALSE(p.run(QStringLiteral("SELECT * FROM copy_mode")).isEmpty()) << who;
    }
    // Settings a client may set are no key: the controller's write is stamped as theirs.
    Psql controller = psql("controller");
    ASSERT_TRUE(controller.run(QStringLiteral("BEGIN")).isEmpty());
    controller.run(QStringLiteral("SET LOCAL malkoll.copying = 'on'"));
    controller.run(QStringLiteral("SET LOCAL malkoll.copy = 'on'"));
    ASSERT_TRUE(controller.run(QStringLiteral("UPDATE measurement SET outcome = 90, updated_by = 'någon', updated_at = '1999' "
                                              "WHERE indicator_id = %1").arg(indicators[0])).isEmpty());
    ASSERT_TRUE(controller.run(QStringLiteral("COMMIT")).isEmpty());
    EXPECT_NE(fingerprint(*owner), before);
    EXPECT_EQ(MeasurementRepository(*owner).measurement(indicators[0], Period::T1)->updatedBy, login("controller"));
    EXPECT_EQ(AuditLog(*owner).latest(1).front().who, login("controller"));
    // The owner too: a row the owner writes into the log by hand is stamped with the owner's login
    // and the server's clock, and a store with an audit log is no copy's target.
    QSqlQuery q(owner->database());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO audit_log (at, who, entity, entity_id, field, old_value, new_value) "
                                      "VALUES ('1999-01-01T00:00:00.000Z', 'någon', 'measurement', 1, 'T1/outcome', '1', '2')")))
        << q.lastError().text().toStdString();
    const AuditEntry handWritten = AuditLog(*owner).latest(1).front();
    EXPECT_EQ(handWritten.who, owner->user());
    EXPECT_GT(handWritten.at.date().year(), 2000);
    EXPECT_FALSE(q.exec(QStringLiteral("SELECT malkoll_begin_copy()")));
    EXPECT_TRUE(q.lastError().text().contains(QStringLiteral("granskningsloggen"))) << q.lastError().text().toStdString();
}

// 6. A role is a role in one committee's database: reader in one, controller in another, reader here.
TEST_F(Hostile, GroupRolesBelongToOneDatabase)
{
    TempDatabase other;
    auto opened = Store::open(other.url());
    ASSERT_TRUE(opened) << opened.error().toStdString();
    auto otherOwner = std::move(opened).value();
    test::RoundCommittee rc;
    ASSERT_TRUE(test::makeRoundCommittee(*otherOwner, rc));
    ASSERT_TRUE(Server::initRoles(*otherOwner));
    ASSERT_TRUE(Server::addUser(*otherOwner, login("reader"), Access::Controller, {}));
    EXPECT_EQ(Server::access(*as("reader")), Access::Reader);
    Psql here = psql("reader");
    Psql there(other, login("reader"));
    ASSERT_TRUE(there.isOpen()) << there.openError().toStdString();
    EXPECT_EQ(there.scalar(QStringLiteral("SELECT malkoll_access()")), QStringLiteral("controller"));
    const QString before = fingerprint(*owner);
    EXPECT_FALSE(here.run(QStringLiteral("UPDATE indicator SET target_value = 1")).isEmpty());
    EXPECT_FALSE(here.run(upsert(QStringLiteral("measurement"), measurementKey(indicators[0], QStringLiteral("T1")),
                                 QStringLiteral("{\"outcome\": 1}"))).isEmpty());
    EXPECT_EQ(fingerprint(*owner), before);
    // The group roles are named for the database, and the controller group of one is not of the other.
    EXPECT_EQ(here.scalar(QStringLiteral("SELECT pg_has_role(session_user, '%1', 'MEMBER')")
                              .arg(Server::roleName(other.name(), QStringLiteral("controller")))),
              QStringLiteral("true"));
    EXPECT_EQ(here.scalar(QStringLiteral("SELECT pg_has_role(session_user, '%1', 'MEMBER')")
                              .arg(Server::roleName(db.name(), QStringLiteral("controller")))),
              QStringLiteral("false"));
}

// 7. A committee's roles give no power over roles: the owner role logs in as no one and creates no
// roles; a controller grants no role and sets no password.
TEST_F(Hostile, NoCommitteeRoleTakesOverRoles)
{
    QSqlQuery q(owner->database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT rolcanlogin, rolcreaterole, rolcreatedb, rolsuper FROM pg_roles WHERE rolname = '%1'")
                           .arg(Server::roleName(db.name(), QStringLiteral("owner")))));
    ASSERT_TRUE(q.next());
    for (int i = 0; i < 4; ++i) EXPECT_FALSE(q.value(i).toBool()) << q.record().fieldName(i).toStdString();
    Psql controller = psql("controller");
    for (const char *kind : {"owner", "controller"})
        EXPECT_FALSE(controller.run(QStringLiteral("GRANT \"%1\" TO \"%2\"")
                                        .arg(Server::roleName(db.name(), QString::fromLatin1(kind)), login("controller"))).isEmpty());
    EXPECT_FALSE(controller.run(QStringLiteral("ALTER ROLE \"%1\" PASSWORD 'stolen'").arg(login("chef_ost"))).isEmpty());
    EXPECT_FALSE(controller.run(QStringLiteral("CREATE ROLE intruder LOGIN")).isEmpty());
    EXPECT_FALSE(controller.run(QStringLiteral("SET ROLE \"%1\"").arg(Server::roleName(db.name(), QStringLiteral("owner")))).isEmpty());
    // chef_ost still logs in with their own password.
    Psql chef = psql("chef_ost");
    EXPECT_TRUE(chef.isOpen()) << chef.openError().toStdString();
}

// 8. Two committees in one database: an enhetschef of one writes nothing of the other's, and a unit
// name two committees share is named with its committee.
TEST_F(Hostile, CommitteesInOneDatabaseAreKeptApart)
{
    Committee c{0, QStringLiteral("Grannämnden"), QStringLiteral("Gran")};
    ASSERT_TRUE(OrganisationRepository(*owner).addCommittee(c));
    Unit u{0, c.id, 0, QStringLiteral("Förskoleområde Öst"), {}, false, {}};
    ASSERT_TRUE(OrganisationRepository(*owner).addUnit(u));
    Goal g = test::directionGoal2024(c.id, QStringLiteral("1"), QStringLiteral("Grannens mål"));
    ASSERT_TRUE(GoalRepository(*owner).add(g));
    const QString before = fingerprint(*owner);
    Psql chef = psql("chef_ost");
    // Their own unit, the other committee's goal and round.
    EXPECT_FALSE(chef.run(upsert(QStringLiteral("goal_assessment"),
                                 QStringLiteral("{\"goal_id\": %1, \"period\": \"T1\", \"unit_id\": %2}").arg(g.id).arg(units[0]),
                                 QStringLiteral("{\"assessment\": \"met\"}"))).isEmpty());
    EXPECT_FALSE(chef.run(upsert(QStringLiteral("report_round"),
                                 QStringLiteral("{\"committee_id\": %1, \"year\": 2024, \"period\": \"T1\", \"unit_id\": %2}")
                                     .arg(c.id).arg(units[0]),
                                 QStringLiteral("{\"state\": \"submitted\"}"))).isEmpty());
    // The other committee's same-named unit.
    EXPECT_FALSE(chef.run(upsert(QStringLiteral("goal_assessment"),
                                 QStringLiteral("{\"goal_id\": %1, \"period\": \"T1\", \"unit_id\": %2}").arg(g.id).arg(u.id),
                                 QStringLiteral("{\"assessment\": \"met\"}"))).isEmpty());
    EXPECT_EQ(fingerprint(*owner), before);
    // Their own committee's goal for their own unit is theirs.
    const QString own = chef.run(upsert(QStringLiteral("goal_assessment"),
                                        QStringLiteral("{\"goal_id\": %1, \"period\": \"T1\", \"unit_id\": %2}").arg(goal).arg(units[0]),
                                        QStringLiteral("{\"assessment\": \"met\"}")));
    EXPECT_TRUE(own.isEmpty()) << own.toStdString();

    const auto ambiguous = Server::addUser(*owner, prefix + QStringLiteral("ny"), Access::Enhetschef, {QStringLiteral("Förskoleområde Öst")});
    ASSERT_FALSE(ambiguous);
    EXPECT_TRUE(ambiguous.error().contains(QStringLiteral("Provnämnden"))) << ambiguous.error().toStdString();
    const auto named = Server::addUser(*owner, prefix + QStringLiteral("ny"), Access::Enhetschef, {QStringLiteral("Grannämnden/Förskoleområde Öst")});
    ASSERT_TRUE(named) << named.error().toStdString();
    ASSERT_TRUE(db.setPassword(prefix + QStringLiteral("ny")));
    Psql ny(db, prefix + QStringLiteral("ny"));
    EXPECT_EQ(ny.scalar(QStringLiteral("SELECT string_agg(u::text, ',') FROM malkoll_own_units() u")), QString::number(u.id));
}

// 9. Denial of service: no large objects, no text beyond Målkoll's limits, no forged change
// announcements, no sessions in the cluster's maintenance database, no temporary tables.
TEST_F(Hostile, NoLoginExhaustsTheServerOrWakesEveryWindow)
{
    const QString before = fingerprint(*owner);
    Psql reader = psql("reader"), chef = psql("chef_ost");
    EXPECT_FALSE(reader.run(QStringLiteral("SELECT lo_create(0)")).isEmpty());
    EXPECT_FALSE(reader.run(QStringLiteral("SELECT lo_from_bytea(0, 'x')")).isEmpty());
    EXPECT_FALSE(chef.run(QStringLiteral("CREATE TEMP TABLE t (x text)")).isEmpty());
    EXPECT_FALSE(chef.run(QStringLiteral("CREATE TABLE t (x text)")).isEmpty());
    const QString huge = chef.run(upsert(QStringLiteral("measurement"), measurementKey(indicators[0], QStringLiteral("T1")),
                                         QStringLiteral("{\"outcome\": 1}"))
                                      .replace(QStringLiteral("'{\"outcome\": 1}'"),
                                               QStringLiteral("jsonb_build_object('analysis', repeat('x', 20000000))")));
    EXPECT_FALSE(huge.isEmpty());
    EXPECT_FALSE(chef.run(upsert(QStringLiteral("measurement"), measurementKey(indicators[0], QStringLiteral("T1")),
                                 QStringLiteral("{\"outcome\": 1}"))
                              .replace(QStringLiteral("'{\"outcome\": 1}'"),
                                       QStringLiteral("jsonb_build_object('not_reported_reason', repeat('å', 6000))")))
                     .isEmpty());
    EXPECT_EQ(fingerprint(*owner), before);
    // A forged announcement wakes a window, which finds the counter where it was and reads nothing.
    const int version = owner->dataVersion();
    EXPECT_TRUE(reader.run(QStringLiteral("SELECT pg_notify('%1', 'measurement')").arg(Server::changeChannel())).isEmpty());
    EXPECT_TRUE(reader.run(QStringLiteral("NOTIFY %1").arg(Server::changeChannel())).isEmpty());
    EXPECT_EQ(owner->dataVersion(), version);
    // The cluster's maintenance databases are closed to Målkoll's logins.
    Psql elsewhere(db, login("chef_ost"), QStringLiteral("postgres"));
    EXPECT_FALSE(elsewhere.isOpen());
    Psql template1(db, login("reader"), QStringLiteral("template1"));
    EXPECT_FALSE(template1.isOpen());
    EXPECT_TRUE(chef.isOpen()) << chef.openError().toStdString();
}

// 10. The client: no password in a message or on a command line, and no password to a server that
// will not speak TLS.
TEST(HostileClient, APasswordIsNeverEchoed)
{
    const auto bad = ServerAddress::parse(QStringLiteral("postgresql://alice:hemligt@db.example:99999/kungsholmen"));
    ASSERT_FALSE(bad);
    EXPECT_FALSE(bad.error().contains(QStringLiteral("hemligt"))) << bad.error().toStdString();
    const auto good = ServerAddress::parse(QStringLiteral("postgresql://alice:hemligt@db.example/kungsholmen?sslmode=verify-full"));
    ASSERT_TRUE(good);
    EXPECT_FALSE(good->toString().contains(QStringLiteral("hemligt")));
    EXPECT_FALSE(ServerAddress::redacted(QStringLiteral("postgresql://alice:hemligt@x/y z")).contains(QStringLiteral("hemligt")));

    QProcess cli;
    cli.start(QStringLiteral(MALKOLL_CLI), {QStringLiteral("status"), QStringLiteral("postgresql://alice:hemligt@127.0.0.1:1/kungsholmen")});
    ASSERT_TRUE(cli.waitForFinished(60000));
    EXPECT_NE(cli.exitCode(), 0);
    const QString said = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    EXPECT_FALSE(said.contains(QStringLiteral("hemligt"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("PGPASSFILE"))) << said.toStdString();
}

namespace {

// A server on loopback that will not speak TLS and asks for the password in clear text; it keeps
// what it is sent.
class ClearTextServer
{
public:
    ClearTextServer()
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = 0;
        socklen_t len = sizeof a;
        if (::bind(m_listen, reinterpret_cast<sockaddr *>(&a), len) != 0 || ::listen(m_listen, 4) != 0) return;
        ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &len);
        m_port = ntohs(a.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~ClearTextServer() { stop(); }
    ClearTextServer(const ClearTextServer &) = delete;
    ClearTextServer &operator=(const ClearTextServer &) = delete;
    // Stops serving; what it was sent is final after this.
    void stop()
    {
        if (m_listen >= 0) {
            ::shutdown(m_listen, SHUT_RDWR);
            ::close(m_listen);
            m_listen = -1;
        }
        if (m_thread.joinable()) m_thread.join();
    }
    int port() const { return m_port; }
    std::string received() const { return m_received; } // after stop()
    bool askedForTls() const { return m_tls; }           // after stop()

private:
    static bool readAll(int fd, char *out, size_t n)
    {
        while (n > 0) {
            const ssize_t got = ::read(fd, out, n);
            if (got <= 0) return false;
            out += got;
            n -= size_t(got);
        }
        return true;
    }
    static quint32 be32(const char *p) { return qFromBigEndian<quint32>(p); }
    void serve()
    {
        for (int connection = 0; connection < 4; ++connection) {
            const int fd = ::accept(m_listen, nullptr, nullptr);
            if (fd < 0) return;
            bool startup = false;
            for (;;) {
                char head[8];
                if (!readAll(fd, head, 8)) break;
                const quint32 length = be32(head), code = be32(head + 4);
                if (length == 8 && (code == 80877103u || code == 80877104u)) { // SSLRequest, GSSENCRequest
                    m_tls = m_tls || code == 80877103u;
                    ::write(fd, "N", 1);
                    continue;
                }
                if (length < 8 || length > 10000) break;
                std::string rest(length - 8, '\0');
                if (!readAll(fd, rest.data(), rest.size())) break;
                startup = true;
                // AuthenticationCleartextPassword.
                const char ask[] = {'R', 0, 0, 0, 8, 0, 0, 0, 3};
                ::write(fd, ask, sizeof ask);
                break;
            }
            if (startup) {
                char type;
                char len[4];
                if (readAll(fd, &type, 1) && readAll(fd, len, 4) && type == 'p') {
                    const quint32 n = be32(len);
                    std::string password(n > 4 && n < 10000 ? n - 4 : 0, '\0');
                    if (readAll(fd, password.data(), password.size())) m_received += password;
                }
            }
            ::close(fd);
        }
    }
    int m_listen = -1;
    int m_port = 0;
    std::thread m_thread;
    std::string m_received;
    bool m_tls = false;
};

std::string sendPasswordTo(int port, const QString &options)
{
    qputenv("PGPASSWORD", "hemligt");
    Store::Options o;
    o.create = false;
    auto s = Store::open(QStringLiteral("postgresql://alice@127.0.0.1:%1/kungsholmen%2").arg(port).arg(options), o);
    qunsetenv("PGPASSWORD");
    EXPECT_FALSE(s);
    return s ? std::string() : s.error().toStdString();
}

} // namespace

TEST(HostileClient, NoPasswordGoesToAServerThatRefusesTls)
{
    // By default (verify-full over TCP) and with any sslmode that asks for TLS, the client stops at
    // the server's refusal; with sslmode=disable it sends the password — the test can tell.
    for (const QString &options : {QString(), QStringLiteral("?sslmode=require"), QStringLiteral("?sslmode=verify-ca"),
                                   QStringLiteral("?sslmode=verify-full&channel_binding=require")}) {
        ClearTextServer fake;
        ASSERT_NE(fake.port(), 0);
        const std::string said = sendPasswordTo(fake.port(), options);
        fake.stop();
        EXPECT_TRUE(fake.askedForTls()) << options.toStdString();
        EXPECT_EQ(fake.received().find("hemligt"), std::string::npos) << options.toStdString();
        EXPECT_EQ(said.find("hemligt"), std::string::npos) << said;
    }
    ClearTextServer plain;
    sendPasswordTo(plain.port(), QStringLiteral("?sslmode=disable"));
    plain.stop();
    EXPECT_NE(plain.received().find("hemligt"), std::string::npos);
}
