#include "server.h"

#include "serverobjects.h"
#include "store.h"

#include <QCryptographicHash>
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

namespace {
// The query parameters Målkoll passes on to libpq; any other is refused rather than dropped.
const QStringList &passedOn()
{
    static const QStringList k{QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
                               QStringLiteral("sslkey"), QStringLiteral("channel_binding")};
    return k;
}
} // namespace

QString ServerAddress::redacted(const QString &text)
{
    QString out = text;
    if (const qsizetype scheme = out.indexOf(QLatin1String("://")); scheme >= 0) {
        const qsizetype begin = scheme + 3;
        qsizetype end = out.indexOf(u'/', begin);
        if (end < 0) end = out.size();
        const qsizetype at = out.lastIndexOf(u'@', end - 1);
        if (at >= begin) {
            const qsizetype colon = out.indexOf(u':', begin);
            if (colon >= 0 && colon < at) out.remove(colon, at - colon);
        }
    }
    static const QRegularExpression param(QStringLiteral("([?&]password=)[^&]*"), QRegularExpression::CaseInsensitiveOption);
    return out.replace(param, QStringLiteral("\\1…"));
}

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    // Read by hand as libpq reads it: QUrl takes no percent-encoded socket folder as a host.
    // No message repeats a password: the address is named without it.
    const QString shown = redacted(text);
    const auto bad = [&] {
        return fail(Server::tr("“%1” is not a server address; write postgresql://[user@]host[:port]/database.").arg(shown));
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
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host") a.host = value;
        else if (key == u"port") portText = value;
        else if (key == u"user") a.user = value;
        else if (key == u"dbname") a.database = value;
        else if (key == u"password") a.password = value;
        else if (key == u"sslmode") a.sslmode = value;
        else if (key == u"sslrootcert") a.sslrootcert = value;
        else if (key == u"sslcert") a.sslcert = value;
        else if (key == u"sslkey") a.sslkey = value;
        else if (key == u"channel_binding") a.channelBinding = value;
        else
            return fail(Server::tr("“%1”: Målkoll does not pass on “%2”; it takes host, port, user, dbname, %3.")
                            .arg(shown, key, passedOn().join(QStringLiteral(", "))));
    }
    static const QStringList modes{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                   QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (!a.sslmode.isEmpty() && !modes.contains(a.sslmode))
        return fail(Server::tr("“%1”: sslmode is one of %2.").arg(shown, modes.join(QStringLiteral(", "))));
    static const QStringList bindings{QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require")};
    if (!a.channelBinding.isEmpty() && !bindings.contains(a.channelBinding))
        return fail(Server::tr("“%1”: channel_binding is one of %2.").arg(shown, bindings.join(QStringLiteral(", "))));
    for (const QString &file : {a.sslrootcert, a.sslcert, a.sslkey})
        if (file.contains(u';') || file.contains(u'\''))
            return fail(Server::tr("“%1”: a certificate's file name may not hold ; or '.").arg(shown));
    if (a.host.isEmpty()) a.host = QStringLiteral("localhost");
    if (!portText.isEmpty()) {
        bool ok = false;
        a.port = portText.toInt(&ok);
        if (!ok || a.port <= 0 || a.port > 65535) return fail(Server::tr("“%1” has no valid port.").arg(shown));
    }
    if (a.database.isEmpty() || a.database.contains(u'/'))
        return fail(Server::tr("“%1” names no database; write postgresql://[user@]host[:port]/database.").arg(shown));
    return a;
}

QString ServerAddress::effectiveSslMode() const
{
    if (!sslmode.isEmpty()) return sslmode;
    return isSocket() ? QString() : QStringLiteral("verify-full");
}

QString ServerAddress::connectOptions() const
{
    QStringList o{QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=malkoll")};
    const auto quoted = [](const QString &v) { return u'\'' + QString(v).replace(u'\\', QStringLiteral("\\\\")) + u'\''; };
    if (const QString mode = effectiveSslMode(); !mode.isEmpty()) o << QStringLiteral("sslmode=") + mode;
    if (!sslrootcert.isEmpty()) o << QStringLiteral("sslrootcert=") + quoted(sslrootcert);
    if (!sslcert.isEmpty()) o << QStringLiteral("sslcert=") + quoted(sslcert);
    if (!sslkey.isEmpty()) o << QStringLiteral("sslkey=") + quoted(sslkey);
    if (!channelBinding.isEmpty()) o << QStringLiteral("channel_binding=") + channelBinding;
    return o.join(u';');
}

QString ServerAddress::toString() const
{
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty()) out += QString::fromUtf8(QUrl::toPercentEncoding(user)) + u'@';
    if (host.startsWith(u'/')) out += QString::fromUtf8(QUrl::toPercentEncoding(host));
    else if (host.contains(u':')) out += u'[' + host + u']'; // an IPv6 address
    else out += host;
    if (port != 5432) out += u':' + QString::number(port);
    out += u'/' + QString::fromUtf8(QUrl::toPercentEncoding(database));
    QStringList params;
    for (const auto &[key, value] : {std::pair{"sslmode", sslmode}, std::pair{"sslrootcert", sslrootcert},
                                     std::pair{"sslcert", sslcert}, std::pair{"sslkey", sslkey},
                                     std::pair{"channel_binding", channelBinding}})
        if (!value.isEmpty()) params << QString::fromLatin1(key) + u'=' + QString::fromUtf8(QUrl::toPercentEncoding(value));
    return params.isEmpty() ? out : out + u'?' + params.join(u'&');
}

QString accessName(Access a)
{
    switch (a) {
    case Access::Owner: return QStringLiteral("owner");
    case Access::Controller: return QStringLiteral("controller");
    case Access::Enhetschef: return QStringLiteral("enhetschef");
    case Access::Reader: return QStringLiteral("reader");
    case Access::Stad: return QStringLiteral("stad");
    }
    return {};
}

QString Server::changeChannel() { return QStringLiteral("malkoll_change"); }

namespace {

Result<void> run(const Store &store, const QStringList &statements)
{
    for (const QString &sql : statements) {
        QSqlQuery q(store.database());
        if (!q.exec(sql)) return fail(Server::tr("The server refused setting up “%1”: %2").arg(store.path(), q.lastError().text()));
    }
    return {};
}

QString ident(const QString &name) { return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"'; }
QString literal(const QString &text) { return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\''; }

QString scalar(const Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

// CREATE ROLE unless it exists. The check and the creation are not one step: two committees set up
// at once on one cluster (or two `user add` of one login) both find the role missing, and the second
// then waits for the first and fails on pg_authid's unique name. It finds the role made, so that is
// caught: the role exists either way.
QString createRoleIfMissing(const QString &name, bool login)
{
    return QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %1) THEN CREATE ROLE %2 %3; "
                          "END IF; EXCEPTION WHEN unique_violation OR duplicate_object THEN NULL; END $$")
        .arg(literal(name), ident(name), login ? QStringLiteral("LOGIN") : QStringLiteral("NOLOGIN"));
}


// The grants of this database's groups. Persons get no table rights on the follow-up tables and no
// sequence but the change counter's to read: an enhetschef writes through malkoll_upsert, so holds
// no lock that could block a reader. A controller writes the plan's tables (their committee's).
QStringList grantStatements(const QString &database, const QString &controller, const QString &enhetschef, const QString &reader,
                            const QString &stad)
{
    QStringList all{ident(controller), ident(enhetschef), ident(reader)};
    if (!stad.isEmpty()) all << ident(stad);
    const QString groups = all.join(QStringLiteral(", "));
    QStringList s{
        QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(ident(database)),
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, %1").arg(groups),
        QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, %1").arg(groups),
        QStringLiteral("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC, %1").arg(groups),
        QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC"),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(groups),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(groups),
        QStringLiteral("REVOKE SELECT ON copy_mode FROM %1").arg(groups),
        QStringLiteral("GRANT SELECT ON SEQUENCE malkoll_change_seq, malkoll_structure_seq, malkoll_history_seq TO %1").arg(groups),
        QStringLiteral("GRANT EXECUTE ON FUNCTION malkoll_access(), malkoll_own_units(), malkoll_upsert(text, jsonb, jsonb, integer), "
                       "malkoll_writes_city() TO %1")
            .arg(groups),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(serversql::watchedTables().join(QStringLiteral(", ")), ident(controller)),
    };
    const auto sequences = [&](const QString &t, const QString &role) {
        s << QStringLiteral("DO $$ DECLARE q text; BEGIN q := pg_get_serial_sequence(%1, 'id'); IF q IS NOT NULL THEN "
                            "EXECUTE format('GRANT USAGE, SELECT, UPDATE ON SEQUENCE %s TO %I', q, %2); END IF; "
                            "EXCEPTION WHEN undefined_column THEN NULL; END $$")
                 .arg(literal(t), literal(role));
    };
    for (const QString &t : serversql::watchedTables()) sequences(t, controller);
    // Stadsledningskontoret writes the city's KF structure, and nothing of a committee's own.
    if (!stad.isEmpty()) {
        s << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(serversql::cityTables().join(QStringLiteral(", ")), ident(stad));
        for (const QString &t : serversql::cityTables()) sequences(t, stad);
    }
    return s;
}

struct Roles
{
    QString owner, controller, enhetschef, reader, stad;
    bool isSet() const { return !reader.isEmpty(); }
};

Roles rolesOf(const Store &store)
{
    Roles r;
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT kind, role_name FROM server_role"))) return r;
    while (q.next()) {
        const QString kind = q.value(0).toString(), name = q.value(1).toString();
        if (kind == u"owner") r.owner = name;
        else if (kind == u"controller") r.controller = name;
        else if (kind == u"enhetschef") r.enhetschef = name;
        else if (kind == u"reader") r.reader = name;
        else if (kind == u"stad") r.stad = name;
    }
    return r;
}

// The statements that take `login` out of this database's groups it is in.
QStringList leaveGroups(const Roles &roles, const QString &login)
{
    QStringList s;
    for (const QString &g : {roles.controller, roles.enhetschef, roles.reader, roles.stad}) {
        if (g.isEmpty()) continue;
        s << QStringLiteral("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles b ON b.oid = m.roleid JOIN "
                            "pg_roles u ON u.oid = m.member WHERE u.rolname = %1 AND b.rolname = %2) THEN REVOKE %3 FROM %4; "
                            "END IF; END $$")
                 .arg(literal(login), literal(g), ident(g), ident(login));
    }
    return s;
}

} // namespace

QString Server::roleName(const QString &database, const QString &kind)
{
    // "kungsholmen:controller": the colon keeps a group apart from every login `user add` accepts.
    const QString name = database + u':' + kind;
    if (name.toUtf8().size() <= 63) return name;
    // PostgreSQL cuts names at 63 bytes: a long database name is shortened and told apart by a hash.
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(database.toUtf8(), QCryptographicHash::Md5).toHex().left(8));
    QString base = database;
    while ((base + u'~' + hash + u':' + kind).toUtf8().size() > 63) base.chop(1);
    return base + u'~' + hash + u':' + kind;
}

Result<void> Server::installObjects(const Store &store)
{
    if (auto r = run(store, serversql::objectStatements()); !r) return r;
    // After an upgrade: what the migration made is the owner role's, and its grants are as server-init left them.
    const Roles roles = rolesOf(store);
    if (!roles.isSet()) return {};
    QStringList s{serversql::ownAllBy(roles.owner)};
    s << grantStatements(scalar(store, QStringLiteral("SELECT current_database()")), roles.controller, roles.enhetschef, roles.reader,
                         roles.stad);
    return run(store, s);
}

Result<QStringList> Server::initRoles(const Store &store)
{
    if (auto r = run(store, serversql::objectStatements()); !r) return Error{r.error()};
    const QString db = scalar(store, QStringLiteral("SELECT current_database()"));
    const bool superuser = scalar(store, QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = session_user")) == u"true";
    const Roles roles{roleName(db, QStringLiteral("owner")), roleName(db, QStringLiteral("controller")),
                      roleName(db, QStringLiteral("enhetschef")), roleName(db, QStringLiteral("reader")),
                      roleName(db, QStringLiteral("stad"))};
    QStringList s{createRoleIfMissing(roles.owner, false), createRoleIfMissing(roles.controller, false),
                  createRoleIfMissing(roles.enhetschef, false), createRoleIfMissing(roles.reader, false),
                  createRoleIfMissing(roles.stad, false),
                  QStringLiteral("INSERT INTO server_role (kind, role_name) VALUES ('owner', %1), ('controller', %2), "
                                 "('enhetschef', %3), ('reader', %4), ('stad', %5) ON CONFLICT (kind) DO UPDATE SET role_name = "
                                 "excluded.role_name")
                      .arg(literal(roles.owner), literal(roles.controller), literal(roles.enhetschef), literal(roles.reader),
                           literal(roles.stad))};
    // The provisioning role must be a member of the owner role to hand it the database.
    if (!superuser) s << QStringLiteral("GRANT %1 TO CURRENT_USER").arg(ident(roles.owner));
    s << serversql::ownAllBy(roles.owner) << QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(ident(db), ident(roles.owner))
      // From the cluster-wide groups of earlier versions: a login granted this database keeps its role here.
      << QStringLiteral("DO $$ DECLARE r record; BEGIN FOR r IN SELECT b.rolname AS grp, u.rolname AS login FROM pg_auth_members m "
                        "JOIN pg_roles b ON b.oid = m.roleid JOIN pg_roles u ON u.oid = m.member WHERE b.rolname IN "
                        "('malkoll_reader', 'malkoll_enhetschef', 'malkoll_controller') AND u.rolcanlogin AND EXISTS (SELECT 1 FROM "
                        "pg_database d, aclexplode(d.datacl) a WHERE d.datname = current_database() AND a.grantee = u.oid AND "
                        "a.privilege_type = 'CONNECT') LOOP EXECUTE format('GRANT %I TO %I', (SELECT role_name FROM server_role "
                        "WHERE kind = substr(r.grp, 9)), r.login); END LOOP; END $$")
      << grantStatements(db, roles.controller, roles.enhetschef, roles.reader, roles.stad);
    if (auto r = run(store, s); !r) return Error{r.error()};
    QStringList notes;
    // What only a superuser may do: per database, no large objects for anyone but the owner; on the
    // cluster, the maintenance databases closed to logins that have no business there.
    if (superuser) {
        QStringList cluster{
            QStringLiteral("REVOKE EXECUTE ON FUNCTION lo_create(oid), lo_creat(integer), lo_from_bytea(oid, bytea), "
                           "lo_import(text), lo_import(text, oid), lo_put(oid, bigint, bytea) FROM PUBLIC"),
            QStringLiteral("REVOKE CONNECT, TEMPORARY ON DATABASE postgres FROM PUBLIC"),
            QStringLiteral("REVOKE CONNECT, TEMPORARY ON DATABASE template1 FROM PUBLIC"),
        };
        if (auto r = run(store, cluster); !r) return Error{r.error()};
    } else {
        notes << tr("Not a superuser, so these were left for the cluster's superuser to run: in %1 “REVOKE EXECUTE ON "
                    "FUNCTION lo_create(oid), lo_creat(integer), lo_from_bytea(oid, bytea), lo_put(oid, bigint, bytea) FROM "
                    "PUBLIC”; once for the cluster “REVOKE CONNECT, TEMPORARY ON DATABASE postgres, template1 FROM PUBLIC”.")
                     .arg(db);
    }
    return notes;
}

Result<QString> Server::addUser(Store &store, const QString &login, Access role, const QStringList &units, const QStringList &committees)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$"));
    if (!valid.match(login).hasMatch())
        return fail(tr("“%1” is not a login name Målkoll accepts (letters, digits, _ . @ -; at most 63).").arg(login));
    if (role == Access::Owner) return fail(tr("The role must be enhetschef, controller, reader or stad."));
    if (role == Access::Enhetschef && units.isEmpty()) return fail(tr("An enhetschef needs at least one unit (--unit NAME)."));
    if (role != Access::Enhetschef && !units.isEmpty()) return fail(tr("Only an enhetschef has units."));
    if (role == Access::Stad && !committees.isEmpty())
        return fail(tr("Stad (stadsledningskontoret) reads every committee and has no committee of its own."));
    const Roles roles = rolesOf(store);
    if (!roles.isSet()) return fail(tr("“%1” has no roles yet: run “malkoll-cli server-init %1” first.").arg(store.path()));
    if (role == Access::Stad && roles.stad.isEmpty())
        return fail(tr("“%1” has no stad role yet: run “malkoll-cli server-init %1” again.").arg(store.path()));
    // The committees a person is held to: by name, short name or id.
    QList<qint64> committeeIds;
    for (const QString &name : committees) {
        auto q = store.exec(QStringLiteral("SELECT id FROM committee WHERE name = ? OR (short_name <> '' AND short_name = ?) OR "
                                           "CAST(id AS TEXT) = ?"),
                            {name, name, name});
        if (!q) return Error{q.error()};
        QList<qint64> found;
        while (q.value().next()) found << q.value().value(0).toLongLong();
        if (found.size() != 1) return fail(tr("There is no one committee “%1” in the store.").arg(name));
        committeeIds << found.front();
    }
    if (role == Access::Controller && committeeIds.isEmpty() &&
        scalar(store, QStringLiteral("SELECT count(*) FROM committee")).toInt() > 1)
        return fail(tr("The store holds several committees: name the controller's with --committee NAME."));
    const QString db = scalar(store, QStringLiteral("SELECT current_database()"));
    QList<qint64> unitIds;
    for (const QString &name : units) {
        // A unit by its number, as "Nämnd/Enhet", or by a name only one committee has.
        auto q = store.exec(QStringLiteral("SELECT u.id, c.name || '/' || u.name FROM unit u JOIN committee c ON c.id = u.committee_id "
                                           "WHERE u.number = ? OR u.name = ? OR c.name || '/' || u.name = ? OR "
                                           "(c.short_name <> '' AND c.short_name || '/' || u.name = ?) ORDER BY c.name, u.name"),
                            {name, name, name, name});
        if (!q) return Error{q.error()};
        QList<qint64> found;
        QStringList named;
        while (q.value().next()) {
            found << q.value().value(0).toLongLong();
            named << q.value().value(1).toString();
        }
        if (found.isEmpty()) return fail(tr("There is no unit “%1” in the store.").arg(name));
        if (found.size() > 1)
            return fail(tr("“%1” names %2 units (%3); give its number or “Nämnd/Enhet”.")
                            .arg(name)
                            .arg(found.size())
                            .arg(named.join(QStringLiteral(", "))));
        unitIds << found.front();
    }
    const QString group = role == Access::Controller   ? roles.controller
                          : role == Access::Enhetschef ? roles.enhetschef
                          : role == Access::Stad       ? roles.stad
                                                       : roles.reader;
    auto result = store.transaction([&]() -> Result<void> {
        // A person has one role in a committee: this database's groups they were in before are left.
        QStringList s{createRoleIfMissing(login, true)};
        s << leaveGroups(roles, login);
        s << QStringLiteral("GRANT %1 TO %2").arg(ident(group), ident(login))
          << QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(ident(db), ident(login))
          // Nobody holds others hostage by accident: a wait for a lock, a statement, an idle transaction end.
          << QStringLiteral("ALTER ROLE %1 IN DATABASE %2 SET lock_timeout = '5s'").arg(ident(login), ident(db))
          << QStringLiteral("ALTER ROLE %1 IN DATABASE %2 SET statement_timeout = '60s'").arg(ident(login), ident(db))
          << QStringLiteral("ALTER ROLE %1 IN DATABASE %2 SET idle_in_transaction_session_timeout = '60s'").arg(ident(login), ident(db))
          << QStringLiteral("ALTER ROLE %1 CONNECTION LIMIT 20").arg(ident(login));
        if (auto r = run(store, s); !r) return r;
        if (auto r = store.exec(QStringLiteral("DELETE FROM member_unit WHERE login = ?"), {login}); !r) return Error{r.error()};
        for (qint64 id : unitIds)
            if (auto r = store.exec(QStringLiteral("INSERT INTO member_unit (login, unit_id) VALUES (?, ?)"), {login, id}); !r)
                return Error{r.error()};
        if (auto r = store.exec(QStringLiteral("DELETE FROM member_committee WHERE login = ?"), {login}); !r) return Error{r.error()};
        for (qint64 id : committeeIds)
            if (auto r = store.exec(QStringLiteral("INSERT INTO member_committee (login, committee_id) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                                    {login, id});
                !r)
                return Error{r.error()};
        return {};
    });
    if (!result) return Error{result.error()};
    return tr("%1 may now log in to %2 as %3.").arg(login, store.path(), accessName(role));
}

Result<QString> Server::removeUser(Store &store, const QString &login)
{
    const Roles roles = rolesOf(store);
    if (!roles.isSet()) return fail(tr("“%1” has no roles yet: run “malkoll-cli server-init %1” first.").arg(store.path()));
    if (scalar(store, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = %1 AND rolcanlogin").arg(literal(login))) != u"1")
        return fail(tr("There is no login “%1” on the server.").arg(login));
    const QString db = scalar(store, QStringLiteral("SELECT current_database()"));
    auto result = store.transaction([&]() -> Result<void> {
        QStringList s = leaveGroups(roles, login);
        s << QStringLiteral("REVOKE CONNECT ON DATABASE %1 FROM %2").arg(ident(db), ident(login))
          << QStringLiteral("ALTER ROLE %1 IN DATABASE %2 RESET ALL").arg(ident(login), ident(db));
        if (auto r = run(store, s); !r) return r;
        if (auto r = store.exec(QStringLiteral("DELETE FROM member_unit WHERE login = ?"), {login}); !r) return Error{r.error()};
        if (auto r = store.exec(QStringLiteral("DELETE FROM member_committee WHERE login = ?"), {login}); !r) return Error{r.error()};
        return {};
    });
    if (!result) return Error{result.error()};
    return tr("%1 may no longer log in to %2 (the login itself stays for the other committees it may have).").arg(login, store.path());
}

Access Server::access(const Store &store)
{
    if (!store.isServer()) return Access::Owner;
    const QString a = scalar(store, QStringLiteral("SELECT malkoll_access()"));
    if (a == u"owner") return Access::Owner;
    if (a == u"controller") return Access::Controller;
    if (a == u"enhetschef") return Access::Enhetschef;
    if (a == u"stad") return Access::Stad;
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
