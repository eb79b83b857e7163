#include "server.h"

#include "store.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace malkoll {

bool ServerAddress::isUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    // Read by hand as libpq reads it: QUrl takes no percent-encoded socket folder as a host.
    const auto bad = [&] {
        return fail(Server::tr("“%1” is not a server address; write postgresql://[user@]host[:port]/database.").arg(text));
    };
    if (!isUrl(text)) return bad();
    const QString rest = text.section(QStringLiteral("://"), 1);
    const qsizetype slash = rest.indexOf(u'/');
    if (slash < 0) return bad();
    QString authority = rest.left(slash);
    QString path = rest.mid(slash + 1);
    QString queryText;
    if (const qsizetype mark = path.indexOf(u'?'); mark >= 0) {
        queryText = path.mid(mark + 1);
        path = path.left(mark);
    }
    const auto decode = [](const QString &s) { return QUrl::fromPercentEncoding(s.toUtf8()); };
    ServerAddress a;
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        a.user = decode(userInfo.section(u':', 0, 0));
        if (userInfo.contains(u':')) a.password = decode(userInfo.section(u':', 1));
    }
    QString portText;
    if (authority.startsWith(u'[')) { // [::1]:5433
        const qsizetype close = authority.indexOf(u']');
        if (close < 0) return bad();
        a.host = authority.mid(1, close - 1);
        if (authority.mid(close + 1).startsWith(u':')) portText = authority.mid(close + 2);
    } else {
        a.host = decode(authority.section(u':', 0, 0));
        if (authority.contains(u':')) portText = authority.section(u':', 1);
    }
    a.database = decode(path);
    const QUrlQuery query(queryText);
    if (query.hasQueryItem(QStringLiteral("host"))) a.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("port"))) portText = query.queryItemValue(QStringLiteral("port"));
    if (query.hasQueryItem(QStringLiteral("user"))) a.user = query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("dbname"))) a.database = query.queryItemValue(QStringLiteral("dbname"), QUrl::FullyDecoded);
    if (a.host.isEmpty()) a.host = QStringLiteral("localhost");
    if (!portText.isEmpty()) {
        bool ok = false;
        a.port = portText.toInt(&ok);
        if (!ok || a.port <= 0 || a.port > 65535) return fail(Server::tr("“%1” has no valid port.").arg(text));
    }
    if (a.database.isEmpty() || a.database.contains(u'/'))
        return fail(Server::tr("“%1” names no database; write postgresql://[user@]host[:port]/database.").arg(text));
    return a;
}

QString ServerAddress::toString() const
{
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty()) out += QString::fromUtf8(QUrl::toPercentEncoding(user)) + u'@';
    if (host.startsWith(u'/')) out += QString::fromUtf8(QUrl::toPercentEncoding(host));
    else if (host.contains(u':')) out += u'[' + host + u']'; // an IPv6 address
    else out += host;
    if (port != 5432) out += u':' + QString::number(port);
    return out + u'/' + QString::fromUtf8(QUrl::toPercentEncoding(database));
}

QString accessName(Access a)
{
    switch (a) {
    case Access::Owner: return QStringLiteral("owner");
    case Access::Controller: return QStringLiteral("controller");
    case Access::Enhetschef: return QStringLiteral("enhetschef");
    case Access::Reader: return QStringLiteral("reader");
    }
    return {};
}

QString Server::changeChannel() { return QStringLiteral("malkoll_change"); }

namespace {

// The tables whose changes another window must see (the audit log follows every change anyway).
const QStringList &watchedTables()
{
    static const QStringList t{
        QStringLiteral("committee"), QStringLiteral("unit"), QStringLiteral("goal"), QStringLiteral("goal_assessment"),
        QStringLiteral("indicator"), QStringLiteral("target_change"), QStringLiteral("measurement"),
        QStringLiteral("activity"), QStringLiteral("activity_report"), QStringLiteral("budget_line"),
        QStringLiteral("result_unit_line"), QStringLiteral("investment_line"), QStringLiteral("period_info"),
        QStringLiteral("report_section"), QStringLiteral("kolada_link"), QStringLiteral("kolada_value"),
        QStringLiteral("report_round"), QStringLiteral("setting")};
    return t;
}

// The tables an enhetschef writes: their units' values, activity status, assessments and round.
const QStringList &unitTables()
{
    static const QStringList t{QStringLiteral("measurement"), QStringLiteral("activity_report"),
                               QStringLiteral("goal_assessment"), QStringLiteral("report_round")};
    return t;
}

Result<void> run(const Store &store, const QStringList &statements)
{
    for (const QString &sql : statements) {
        QSqlQuery q(store.database());
        if (!q.exec(sql)) return fail(Server::tr("The server refused setting up “%1”: %2").arg(store.path(), q.lastError().text()));
    }
    return {};
}

QString ident(const QString &name) { return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"'; }

// CREATE ROLE unless it exists. The check and the creation are not one step: two committees set up
// at once on one cluster (or two `user add` of one login) both find the role missing, and the second
// then waits for the first and fails on pg_authid's unique name. It finds the role made, so that is
// caught: the role exists either way.
QString createRoleIfMissing(const QString &name, bool login)
{
    return QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN CREATE ROLE %2 %3; "
                          "END IF; EXCEPTION WHEN unique_violation OR duplicate_object THEN NULL; END $$")
        .arg(QString(name).replace(u'\'', QStringLiteral("''")), ident(name),
             login ? QStringLiteral("LOGIN") : QStringLiteral("NOLOGIN"));
}

// The server objects, in order. Functions that decide who may write are SECURITY DEFINER: they
// read the membership and the round whatever the caller may read, and cannot be replaced by them.
QStringList objectStatements()
{
    QStringList s{
        QStringLiteral("CREATE SEQUENCE IF NOT EXISTS malkoll_change_seq"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS member_unit (login TEXT NOT NULL, unit_id INTEGER NOT NULL "
                       "REFERENCES unit(id) ON DELETE CASCADE, PRIMARY KEY (login, unit_id))"),
        // Every committed write moves the counter (what Store::dataVersion reads) and tells the listeners.
        QStringLiteral("CREATE OR REPLACE FUNCTION malkoll_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
                       "SET search_path = public, pg_temp AS $$ BEGIN PERFORM nextval('malkoll_change_seq'); "
                       "PERFORM pg_notify('malkoll_change', TG_TABLE_NAME); RETURN NULL; END $$"),
        // The audit log: stamped with the server's user and clock, never updated, deleted or truncated.
        // The database owner copying a store in (copy-store) keeps the rows' own names and times.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION malkoll_audit_stamp() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
            "SET search_path = public, pg_temp AS $$ BEGIN "
            "IF TG_OP <> 'INSERT' THEN RAISE EXCEPTION 'Målkoll: granskningsloggen kan inte ändras eller tas bort (%)', "
            "TG_OP USING ERRCODE = '42501'; END IF; "
            "IF NOT (session_user = (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()) "
            "AND current_setting('malkoll.copying', true) = 'on') THEN "
            "NEW.who := session_user; NEW.at := to_char(clock_timestamp() AT TIME ZONE 'UTC', "
            "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'); END IF; RETURN NEW; END $$"),
        QStringLiteral("DROP TRIGGER IF EXISTS malkoll_audit_stamp ON audit_log"),
        QStringLiteral("CREATE TRIGGER malkoll_audit_stamp BEFORE INSERT OR UPDATE OR DELETE ON audit_log FOR EACH ROW "
                       "EXECUTE FUNCTION malkoll_audit_stamp()"),
        QStringLiteral("DROP TRIGGER IF EXISTS malkoll_audit_truncate ON audit_log"),
        QStringLiteral("CREATE TRIGGER malkoll_audit_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT "
                       "EXECUTE FUNCTION malkoll_audit_stamp()"),
        // Who is held to their units: a member of malkoll_enhetschef who is not a controller
        // (a superuser counts as a member of every role, and is not held).
        QStringLiteral("CREATE OR REPLACE FUNCTION malkoll_is_restricted() RETURNS boolean LANGUAGE plpgsql STABLE "
                       "SECURITY DEFINER SET search_path = public, pg_temp AS $$ BEGIN "
                       "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'malkoll_enhetschef') THEN RETURN false; END IF; "
                       "IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'malkoll_controller') AND "
                       "pg_has_role(session_user, 'malkoll_controller', 'MEMBER') THEN RETURN false; END IF; "
                       "RETURN pg_has_role(session_user, 'malkoll_enhetschef', 'MEMBER'); END $$"),
        QStringLiteral("CREATE OR REPLACE FUNCTION malkoll_own_units() RETURNS SETOF integer LANGUAGE sql STABLE "
                       "SECURITY DEFINER SET search_path = public, pg_temp AS $$ "
                       "WITH RECURSIVE u(id) AS (SELECT unit_id FROM member_unit WHERE login = session_user "
                       "UNION SELECT unit.id FROM unit JOIN u ON unit.parent_id = u.id) SELECT id FROM u $$"),
        // One row an enhetschef writes: their unit, an open period, a unit not submitted or approved;
        // in the round only the step from Pågår or Återremitterad to Klar för granskning.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION malkoll_check_row(tab text, j jsonb, op text, old_state text) RETURNS void "
            "LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$ "
            "DECLARE c integer; y integer; p text; u integer; st text; uname text; BEGIN "
            "p := j->>'period'; "
            "IF tab = 'measurement' THEN SELECT committee_id, year, responsible_unit_id INTO c, y, u FROM indicator "
            "WHERE id = (j->>'indicator_id')::integer; "
            "ELSIF tab = 'activity_report' THEN SELECT committee_id, year, responsible_unit_id INTO c, y, u FROM activity "
            "WHERE id = (j->>'activity_id')::integer; "
            "ELSIF tab = 'goal_assessment' THEN SELECT committee_id, year INTO c, y FROM goal WHERE id = "
            "(j->>'goal_id')::integer; u := (j->>'unit_id')::integer; "
            "ELSE c := (j->>'committee_id')::integer; y := (j->>'year')::integer; u := (j->>'unit_id')::integer; END IF; "
            "SELECT name INTO uname FROM unit WHERE id = u; "
            "IF u IS NULL OR NOT EXISTS (SELECT 1 FROM malkoll_own_units() o WHERE o = u) THEN "
            "RAISE EXCEPTION 'Målkoll: % får bara ändra sina egna enheters uppgifter (inte %)', session_user, "
            "COALESCE(uname, 'nämndens gemensamma') USING ERRCODE = '42501'; END IF; "
            "IF EXISTS (SELECT 1 FROM period_info WHERE committee_id = c AND year = y AND period = p AND locked <> 0) THEN "
            "RAISE EXCEPTION 'Målkoll: perioden % % är låst', p, y USING ERRCODE = '42501'; END IF; "
            "SELECT state INTO st FROM report_round WHERE committee_id = c AND year = y AND period = p AND unit_id = u; "
            "IF tab = 'report_round' THEN "
            "IF op = 'OLD' THEN NULL; ELSIF op = 'DELETE' OR j->>'state' <> 'submitted' OR COALESCE(old_state, 'open') NOT IN ('open', 'returned') THEN "
            "RAISE EXCEPTION 'Målkoll: en enhetschef kan bara lämna in enhetens del (%)', uname USING ERRCODE = '42501'; "
            "END IF; "
            "ELSIF st IN ('submitted', 'approved') THEN "
            "RAISE EXCEPTION 'Målkoll: % är inlämnad för % % och kan inte ändras förrän den återremitteras', uname, p, y "
            "USING ERRCODE = '42501'; END IF; END $$"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION malkoll_check_write() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
            "SET search_path = public, pg_temp AS $$ BEGIN "
            "IF NOT malkoll_is_restricted() THEN IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END IF; "
            "IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM malkoll_check_row(TG_TABLE_NAME, to_jsonb(OLD), "
            "CASE WHEN TG_OP = 'DELETE' THEN 'DELETE' ELSE 'OLD' END, NULL); END IF; "
            "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; "
            "IF TG_TABLE_NAME = 'report_round' THEN "
            "NEW.submitted_by := session_user; NEW.submitted_at := to_char(clock_timestamp() AT TIME ZONE 'UTC', "
            "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'); END IF; "
            "PERFORM malkoll_check_row(TG_TABLE_NAME, to_jsonb(NEW), TG_OP, "
            "CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD)->>'state' ELSE NULL END); RETURN NEW; END $$"),
    };
    for (const QString &t : watchedTables()) {
        s << QStringLiteral("DROP TRIGGER IF EXISTS malkoll_changed ON %1").arg(t)
          << QStringLiteral("CREATE TRIGGER malkoll_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %1 "
                            "FOR EACH STATEMENT EXECUTE FUNCTION malkoll_changed()")
                 .arg(t);
    }
    for (const QString &t : unitTables()) {
        s << QStringLiteral("DROP TRIGGER IF EXISTS malkoll_check_write ON %1").arg(t)
          << QStringLiteral("CREATE TRIGGER malkoll_check_write BEFORE INSERT OR UPDATE OR DELETE ON %1 "
                            "FOR EACH ROW EXECUTE FUNCTION malkoll_check_write()")
                 .arg(t);
    }
    s << QStringLiteral("GRANT SELECT ON SEQUENCE malkoll_change_seq TO PUBLIC");
    return s;
}

} // namespace

Result<void> Server::installObjects(const Store &store) { return run(store, objectStatements()); }

Result<void> Server::initRoles(const Store &store)
{
    if (auto r = installObjects(store); !r) return r;
    QString db;
    {
        QSqlQuery q(store.database());
        if (q.exec(QStringLiteral("SELECT current_database()")) && q.next()) db = q.value(0).toString();
    }
    const QString groups = QStringLiteral("malkoll_reader, malkoll_enhetschef, malkoll_controller");
    QStringList s{
        createRoleIfMissing(QStringLiteral("malkoll_reader"), false),
        createRoleIfMissing(QStringLiteral("malkoll_enhetschef"), false),
        createRoleIfMissing(QStringLiteral("malkoll_controller"), false),
        // Only the logins `user add` names connect to this committee's database.
        QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(ident(db)),
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"),
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1").arg(groups),
        QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC"),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(groups),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(groups),
        QStringLiteral("GRANT SELECT ON SEQUENCE malkoll_change_seq TO PUBLIC"),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO malkoll_enhetschef, malkoll_controller"),
        QStringLiteral("GRANT UPDATE ON ALL SEQUENCES IN SCHEMA public TO malkoll_controller"),
        QStringLiteral("GRANT INSERT ON audit_log TO malkoll_enhetschef, malkoll_controller"),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON measurement, activity_report, goal_assessment TO malkoll_enhetschef"),
        QStringLiteral("GRANT INSERT, UPDATE ON report_round TO malkoll_enhetschef"),
    };
    QStringList controllerTables = watchedTables();
    s << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO malkoll_controller").arg(controllerTables.join(QStringLiteral(", ")));
    return run(store, s);
}

Result<QString> Server::addUser(Store &store, const QString &login, Access role, const QStringList &units)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$"));
    if (!valid.match(login).hasMatch())
        return fail(tr("“%1” is not a login name Målkoll accepts (letters, digits, _ . @ -; at most 63).").arg(login));
    if (role == Access::Owner) return fail(tr("The role must be enhetschef, controller or reader."));
    if (role == Access::Enhetschef && units.isEmpty()) return fail(tr("An enhetschef needs at least one unit (--unit NAME)."));
    if (role != Access::Enhetschef && !units.isEmpty()) return fail(tr("Only an enhetschef has units."));
    QList<qint64> unitIds;
    for (const QString &name : units) {
        auto q = store.exec(QStringLiteral("SELECT id FROM unit WHERE name = ? OR number = ?"), {name, name});
        if (!q) return Error{q.error()};
        QList<qint64> found;
        while (q.value().next()) found << q.value().value(0).toLongLong();
        if (found.isEmpty()) return fail(tr("There is no unit “%1” in the store.").arg(name));
        if (found.size() > 1) return fail(tr("“%1” names %2 units; give its number instead.").arg(name).arg(found.size()));
        unitIds << found.front();
    }
    QString db;
    if (auto q = store.exec(QStringLiteral("SELECT current_database()")); q && q.value().next()) db = q.value().value(0).toString();
    auto result = store.transaction([&]() -> Result<void> {
        QStringList s{
            createRoleIfMissing(login, true),
            // A person has one role: the groups they were in before are left (the login is checked above).
            QStringLiteral("DO $$ DECLARE g text; BEGIN FOR g IN SELECT b.rolname FROM pg_auth_members m JOIN pg_roles b ON "
                           "b.oid = m.roleid JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '%1' AND b.rolname IN "
                           "('malkoll_reader', 'malkoll_enhetschef', 'malkoll_controller') LOOP EXECUTE format('REVOKE %I "
                           "FROM %I', g, '%1'); END LOOP; END $$")
                .arg(login),
            QStringLiteral("GRANT malkoll_%1 TO %2").arg(accessName(role), ident(login)),
            QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(ident(db), ident(login)),
        };
        if (auto r = run(store, s); !r) return r;
        if (auto r = store.exec(QStringLiteral("DELETE FROM member_unit WHERE login = ?"), {login}); !r) return Error{r.error()};
        for (qint64 id : unitIds)
            if (auto r = store.exec(QStringLiteral("INSERT INTO member_unit (login, unit_id) VALUES (?, ?)"), {login, id}); !r)
                return Error{r.error()};
        return {};
    });
    if (!result) return Error{result.error()};
    return tr("%1 may now log in to %2 as %3.").arg(login, store.path(), accessName(role));
}

Access Server::access(const Store &store)
{
    if (!store.isServer()) return Access::Owner;
    auto q = store.exec(QStringLiteral(
        "SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) OR session_user = (SELECT "
        "pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()), "
        "COALESCE((SELECT array_to_string(array_agg(rolname::text), ',') FROM pg_roles WHERE rolname IN "
        "('malkoll_controller', 'malkoll_enhetschef', 'malkoll_reader') AND pg_has_role(session_user, oid, 'MEMBER')), '')"));
    if (!q || !q.value().next()) return Access::Reader;
    if (q.value().value(0).toBool()) return Access::Owner;
    const QStringList groups = q.value().value(1).toString().split(u',');
    if (groups.contains(QLatin1String("malkoll_controller"))) return Access::Controller;
    if (groups.contains(QLatin1String("malkoll_enhetschef"))) return Access::Enhetschef;
    return Access::Reader;
}

QList<qint64> Server::ownUnits(const Store &store)
{
    QList<qint64> out;
    if (!store.isServer() || access(store) != Access::Enhetschef) return out;
    auto q = store.exec(QStringLiteral("SELECT malkoll_own_units()"));
    if (q)
        while (q.value().next()) out << q.value().value(0).toLongLong();
    return out;
}

} // namespace malkoll
