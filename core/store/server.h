#pragma once
// The shared store on PostgreSQL: how a store is named by a URL (and how it is reached safely), the
// server-side objects every server store has (serverobjects.cpp), and the roles the server itself
// enforces (server-init, user add, user remove). Roles are per database: a committee's database has
// its own group roles, and its owner is a role nobody logs in as.
// All of PostgreSQL's own SQL lives here, in serverobjects.cpp and in migrations.
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace malkoll {

class Store;

// postgresql://[user[:password]@]host[:port]/dbname[?host=/socket/dir&port=N&sslmode=…&sslrootcert=…]
struct ServerAddress
{
    QString user;
    QString password; // only when the URL carries one; never stored, printed or shown by Målkoll
    QString host;     // a name, an address, or a Unix socket folder (starts with '/')
    int port = 5432;
    QString database;
    // TLS, passed to libpq as given. A TCP host defaults to verify-full (the server's certificate
    // must be signed by the root in sslrootcert, ~/.postgresql/root.crt by default, and name the host).
    QString sslmode;
    QString sslrootcert;
    QString sslcert;
    QString sslkey;
    QString channelBinding;

    static bool isUrl(const QString &text); // starts with postgresql:// or postgres://
    static Result<ServerAddress> parse(const QString &url);
    // The URL again, without the password (for titles, messages, recent-files lists).
    QString toString() const;
    // Text as typed, with a password in it replaced: for messages about text that is not an address.
    static QString redacted(const QString &text);
    bool isSocket() const { return host.startsWith(u'/'); }
    // The sslmode in force: as given, else verify-full over TCP and none on a socket.
    QString effectiveSslMode() const;
    // libpq's connection options for QSqlDatabase::setConnectOptions.
    QString connectOptions() const;
};

// What the person logged in may do, as the server sees it (SQLite: everything).
// Stad: stadsledningskontoret, who reads every committee and writes the city's KF structure only.
enum class Access { Owner, Controller, Enhetschef, Reader, Stad };
QString accessName(Access a); // "controller", "enhetschef", …

class Server
{
    Q_DECLARE_TR_FUNCTIONS(Server)

public:
    // The name of the channel a server store announces committed changes on.
    static QString changeChannel();

    // Server objects every PostgreSQL store has, after the migrations: the change counter, the audit
    // log the server writes, the stamps, row checks and round steps, the period vocabulary and
    // length limits. Idempotent; run by the owner.
    static Result<void> installObjects(const Store &store);
    // server-init: objects; the database's owner role (NOLOGIN) owning every object; its three group
    // roles and their grants; CONNECT only for the logins `user add` names. Run by a superuser or the
    // cluster's provisioning role (CREATEROLE, CREATEDB). Returns notes on what it could not do.
    static Result<QStringList> initRoles(const Store &store);
    // The group role of this database for `kind` ("owner", "controller", "enhetschef", "reader", "stad").
    static QString roleName(const QString &database, const QString &kind);
    // user add: a login role (no password: set one with psql's \password, or use GSSAPI) in this
    // database's group for the role; an enhetschef's units by number, "Nämnd/Enhet" or a unique name.
    // `committees` (name, short name or id) holds a controller, enhetschef or reader to those
    // committees; a controller of a store of several committees must be given theirs. Stad has none.
    static Result<QString> addUser(Store &store, const QString &login, Access role, const QStringList &units,
                                   const QStringList &committees = {});
    // user remove: the login loses this database (groups, units, CONNECT, its settings here).
    static Result<QString> removeUser(Store &store, const QString &login);

    static Access access(const Store &store);
    // The units an enhetschef may write (their own and those beneath them); empty for other roles.
    static QList<qint64> ownUnits(const Store &store);
};

} // namespace malkoll
