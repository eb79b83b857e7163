#pragma once
// The shared store on PostgreSQL: how a store is named by a URL, the server-side objects every
// server store has (the change counter LISTEN/NOTIFY announces, the audit log the server stamps
// and guards), and the roles the server itself enforces (server-init, user add).
// All of PostgreSQL's own SQL lives here and in migrations; the rest of core speaks the SQL both agree on.
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace malkoll {

class Store;

// postgresql://[user[:password]@]host[:port]/dbname[?host=/socket/dir&port=N]
struct ServerAddress
{
    QString user;
    QString password; // only when the URL carries one; never stored by Målkoll
    QString host;     // a name, an address, or a Unix socket folder (starts with '/')
    int port = 5432;
    QString database;

    static bool isUrl(const QString &text); // starts with postgresql:// or postgres://
    static Result<ServerAddress> parse(const QString &url);
    // The URL again, without the password (for titles, messages, recent-files lists).
    QString toString() const;
};

// What the person logged in may do, as the server sees it (SQLite: everything).
enum class Access { Owner, Controller, Enhetschef, Reader };
QString accessName(Access a); // "controller", "enhetschef", …

class Server
{
    Q_DECLARE_TR_FUNCTIONS(Server)

public:
    // The name of the channel a server store announces committed changes on.
    static QString changeChannel();

    // Server objects every PostgreSQL store has, after the migrations: the change counter and its
    // triggers, the audit log's stamp and guard, the write checks. Idempotent; run by the owner.
    static Result<void> installObjects(const Store &store);
    // server-init: objects, the three group roles, their grants; CONNECT only for Målkoll's roles.
    static Result<void> initRoles(const Store &store);
    // user add: a login role (no password: set one with psql's \password, or use GSSAPI) in
    // the role's group; an enhetschef's units by name.
    static Result<QString> addUser(Store &store, const QString &login, Access role, const QStringList &units);

    static Access access(const Store &store);
    // The units an enhetschef may write (their own and those beneath them); empty for other roles.
    static QList<qint64> ownUnits(const Store &store);
};

} // namespace malkoll
