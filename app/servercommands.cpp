// malkoll-cli's commands for the shared store: copy-store, server-init, user add.
#include "clisupport.h"
#include "store/committeecopy.h"
#include "store/organisationrepository.h"
#include "store/server.h"

#include <QFile>
#include <functional>

namespace malkoll::cli {

namespace {
// A copy's outcome: its counts per table and `message` of the rows in all, or the error — and
// then the file made for the copy (`madeFile`, empty if none) goes, since it holds nothing.
int reportCopy(const Result<std::vector<std::pair<QString, int>>> &copied, std::unique_ptr<Store> &to, const QString &madeFile, Io io,
               const std::function<QString(int)> &message)
{
    if (!copied) {
        to.reset();
        if (!madeFile.isEmpty())
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) QFile::remove(madeFile + suffix);
        io.err << copied.error() << '\n';
        return 1;
    }
    int total = 0;
    for (const auto &[table, n] : copied.value()) {
        io.out << table << '\t' << n << '\n';
        total += n;
    }
    io.out << message(total) << '\n';
    return 0;
}

// copy-store --committee: out into a new file or an empty database, or back into a store that holds data.
int copyCommittee(Store &from, const QString &toPath, const QString &name, Io io)
{
    const bool toFile = !ServerAddress::isUrl(toPath);
    const bool out = toFile ? !QFile::exists(toPath) : false;
    Store::Options o;
    o.create = out || !toFile;
    auto to = Store::open(toPath, o);
    if (!to) {
        io.err << to.error() << '\n';
        return 1;
    }
    bool empty = true;
    for (const auto &[table, n] : to.value()->counts()) empty = empty && n == 0;
    if (out || empty) {
        std::optional<qint64> id;
        for (const Committee &c : OrganisationRepository(from).committees())
            if (isCommittee(c, name)) id = c.id;
        if (!id) {
            io.err << Cli::tr("copy-store: %1 has no committee “%2”.").arg(from.path(), name) << '\n';
            to.value().reset();
            if (out)
                for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) QFile::remove(toPath + suffix);
            return 1;
        }
        const QString target = to.value()->path();
        return reportCopy(CommitteeCopy::copyOut(from, *id, *to.value()), to.value(), out ? toPath : QString(), io,
                          [&](int total) {
                              return Cli::tr("Copied %1 rows of %2 with the city's KF structure of its years from %3 to %4.")
                                  .arg(total)
                                  .arg(name, from.path(), target);
                          });
    }
    auto back = CommitteeCopy::copyBack(from, *to.value(), name);
    if (!back) {
        io.err << Cli::tr("copy-store: %1 Nothing was changed.").arg(back.error()) << '\n';
        return 1;
    }
    io.out << (back->joined ? Cli::tr("%1 joined %2: %3 rows.").arg(name, to.value()->path()).arg(back->inserted)
                            : Cli::tr("%1 is back in %2: %3 rows new, %4 written over, %5 removed.")
                                  .arg(name, to.value()->path())
                                  .arg(back->inserted)
                                  .arg(back->updated)
                                  .arg(back->deleted))
           << '\n';
    for (const QString &u : std::as_const(back->unmatched)) io.out << "  " << Cli::tr("not in the city's KF structure: %1").arg(u) << '\n';
    return 0;
}
} // namespace

int copyStore(const QStringList &args, Io io)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Copy a whole store — a file onto a server, or a server's store into a file (an "
                                        "offline copy, a backup) — in one transaction, verified by counting every table."));
    p.addPositionalArgument(QStringLiteral("from"), Cli::tr("The store to copy: a file or postgresql://[user@]host[:port]/db."));
    p.addPositionalArgument(QStringLiteral("to"), Cli::tr("The empty store to write: a new file, or an empty database."));
    p.addOption({QStringLiteral("committee"),
                 Cli::tr("One committee: out of a city store into a new file (with the city's KF structure of its years), or from "
                         "its own file back into the city store (its rows there replaced by the file's; a committee the city has "
                         "not joins it)."),
                 QStringLiteral("name")});
    if (!parse(p, QStringLiteral("copy-store"), args, io)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (p.positionalArguments().size() != 2) {
        io.err << Cli::tr("copy-store: give the store to copy and the store to write.") << '\n';
        return 2;
    }
    const QString fromPath = p.positionalArguments().at(0);
    const QString toPath = p.positionalArguments().at(1);
    auto from = openExisting(fromPath, io);
    if (!from) return 1;
    const bool toFile = !ServerAddress::isUrl(toPath);
    if (p.isSet(QStringLiteral("committee"))) return copyCommittee(*from, toPath, p.value(QStringLiteral("committee")), io);
    if (toFile && QFile::exists(toPath)) {
        io.err << Cli::tr("copy-store: “%1” exists; copy into a new file.").arg(toPath) << '\n';
        return 1;
    }
    auto to = Store::open(toPath);
    if (!to) {
        io.err << to.error() << '\n';
        return 1;
    }
    const QString target = to.value()->path();
    return reportCopy(from->copyInto(*to.value()), to.value(), toFile ? toPath : QString(), io,
                      [&](int total) {
                          return Cli::tr("Copied %1 rows from %2 to %3; every table counted on both sides.").arg(total).arg(from->path(), target);
                      });
}

int serverInit(const QStringList &args, Io io)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Make a PostgreSQL database a Målkoll store: the schema, the server's own checks, "
                                        "the database's owner role and its own roles DB:controller, DB:enhetschef and DB:reader with their "
                                        "grants. Run it as a superuser or the cluster's provisioning role; run it again after an upgrade."));
    p.addPositionalArgument(QStringLiteral("url"), Cli::tr("postgresql://[user@]host[:port]/db"));
    if (!parse(p, QStringLiteral("server-init"), args, io)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (p.positionalArguments().size() != 1 || !ServerAddress::isUrl(p.positionalArguments().at(0))) {
        io.err << Cli::tr("server-init: give the server store as postgresql://[user@]host[:port]/db.") << '\n';
        return 2;
    }
    auto store = Store::open(p.positionalArguments().at(0));
    if (!store) {
        io.err << store.error() << '\n';
        return 1;
    }
    auto roles = Server::initRoles(*store.value());
    if (!roles) {
        io.err << roles.error() << '\n';
        return 1;
    }
    const QString db = store.value()->database().databaseName();
    io.out << Cli::tr("%1 is a Målkoll store at schema %2, owned by the role %3 (nobody logs in as it), with the roles %4, "
                      "%5 and %6. Add people with “malkoll-cli user add”.")
                  .arg(store.value()->path(), QString::number(store.value()->schemaVersion()),
                       Server::roleName(db, QStringLiteral("owner")), Server::roleName(db, QStringLiteral("controller")),
                       Server::roleName(db, QStringLiteral("enhetschef")), Server::roleName(db, QStringLiteral("reader")))
           << '\n';
    for (const QString &note : roles.value()) io.out << note << '\n';
    return 0;
}

int user(const QStringList &args, Io io)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("user add URL LOGIN --role enhetschef|controller|reader --committee NAME [--unit NAME]…, "
                                        "or --role stad (stadsledningskontoret: reads every committee, writes the city's KF "
                                        "structure): let a person log in to the server store with their own role. Målkoll keeps no "
                                        "password: set one with psql's \\password, or use the city's Kerberos (GSSAPI). "
                                        "user remove URL LOGIN: the person no longer logs in to this store."));
    p.addPositionalArgument(QStringLiteral("add|remove"), Cli::tr("add or remove"));
    p.addPositionalArgument(QStringLiteral("url"), Cli::tr("postgresql://[user@]host[:port]/db"));
    p.addPositionalArgument(QStringLiteral("login"), Cli::tr("The person's login name on the server."));
    p.addOption({QStringLiteral("role"), Cli::tr("enhetschef, controller, reader or stad."), QStringLiteral("role")});
    p.addOption({QStringLiteral("committee"),
                 Cli::tr("The person's committee (name, short name or id); a controller of a store of several committees needs "
                         "it. Repeat for several."),
                 QStringLiteral("name")});
    p.addOption({QStringLiteral("unit"), Cli::tr("An enhetschef's unit: its number, “Nämnd/Enhet”, or a name only one committee has; repeat for several."), QStringLiteral("name")});
    if (!parse(p, QStringLiteral("user"), args, io)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QStringList pos = p.positionalArguments();
    if (pos.size() == 3 && pos.at(0) == QLatin1String("remove") && ServerAddress::isUrl(pos.at(1))) {
        auto store = openExisting(pos.at(1), io);
        if (!store) return 1;
        auto removed = Server::removeUser(*store, pos.at(2));
        if (!removed) {
            io.err << removed.error() << '\n';
            return 1;
        }
        io.out << removed.value() << '\n';
        return 0;
    }
    if (pos.size() != 3 || pos.at(0) != QLatin1String("add") || !ServerAddress::isUrl(pos.at(1))) {
        io.err << Cli::tr("user: write “user add postgresql://host/db LOGIN --role enhetschef|controller|reader|stad [--committee NAME] "
                          "[--unit NAME]…” or “user remove postgresql://host/db LOGIN”.")
               << '\n';
        return 2;
    }
    const QString roleName = p.value(QStringLiteral("role"));
    std::optional<Access> role;
    for (Access a : {Access::Enhetschef, Access::Controller, Access::Reader, Access::Stad})
        if (roleName == accessName(a)) role = a;
    if (!role) {
        io.err << Cli::tr("user add: --role must be enhetschef, controller, reader or stad (not “%1”).").arg(roleName) << '\n';
        return 2;
    }
    auto store = openExisting(pos.at(1), io);
    if (!store) return 1;
    auto added = Server::addUser(*store, pos.at(2), *role, p.values(QStringLiteral("unit")), p.values(QStringLiteral("committee")));
    if (!added) {
        io.err << added.error() << '\n';
        return 1;
    }
    io.out << added.value() << '\n';
    return 0;
}

} // namespace malkoll::cli
