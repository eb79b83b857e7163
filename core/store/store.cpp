// A little over 400 lines: opening (which looks at a file before SQLite may touch it), migrating,
// transactions, the user tables and backups of the one Store class.
#include "store.h"
#include "structurecache.h"

#include "backups.h"
#include "migrations.h"
#include "schemacheck.h"
#include "server.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QRegularExpression>
#include <QSet>
#include <QSqlRecord>
#include <QDir>
#include <QUrl>

namespace malkoll {

namespace {
QAtomicInteger<int> connectionCounter;

QString defaultUser()
{
    QString u = qEnvironmentVariable("MALKOLL_USER");
    if (u.isEmpty()) u = qEnvironmentVariable("USER");
    if (u.isEmpty()) u = qEnvironmentVariable("USERNAME");
    return u.isEmpty() ? QStringLiteral("okänd") : u;
}
} // namespace

QString inList(const CommitteeIds &ids)
{
    QString s = QStringLiteral("(");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i) s += QLatin1Char(',');
        s += QString::number(ids[i]);
    }
    return s + (ids.isEmpty() ? QStringLiteral("NULL)") : QStringLiteral(")"));
}

QVariant toVariant(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

std::optional<double> toOptional(const QVariant &v)
{
    if (v.isNull()) return std::nullopt;
    return v.toDouble();
}

namespace {
// A value as both databases take it: a null QString is "" (text columns hold "", not NULL), and
// a bool is 0 or 1 (flags are INTEGER columns; PostgreSQL will not put TRUE into one).
QVariant bindable(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull()) return QStringLiteral("");
    if (v.typeId() == QMetaType::Bool) return v.toBool() ? 1 : 0;
    return v;
}
} // namespace

QVariant idOrNull(qint64 id) { return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()); }

namespace {
// How a file on disk looks before SQLite is let near it: opening a file that is not a store
// must never change it (SQLite turns an empty file into a database on its first write).
enum class FileKind { Missing, Empty, SQLite, Other, Folder };

FileKind fileKind(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) return FileKind::Missing;
    if (info.isDir()) return FileKind::Folder;
    if (info.size() == 0) return FileKind::Empty;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return FileKind::Other;
    return f.read(16) == QByteArray("SQLite format 3\0", 16) ? FileKind::SQLite : FileKind::Other;
}

// Where the user can go back to: the newest of the rotated backups beside the store.
QString backupHint(const QString &path)
{
    const QStringList backups = Backups::list(path);
    if (backups.isEmpty())
        return Store::tr("Restore it from a backup (there is none in “%1”).").arg(QDir::toNativeSeparators(Backups::folderFor(path)));
    return Store::tr("Restore it from a backup: the newest is “%1” (File → Restore from a backup…).")
        .arg(QDir::toNativeSeparators(backups.first()));
}

// A read-only open: through SQLite's URI so that nothing is created beside the file.
// `immutable` also skips the -wal and -shm files a read-only folder cannot hold.
bool openReadOnly(QSqlDatabase &db, const QString &path, bool immutable)
{
    db.close();
    const QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
                        (immutable ? QStringLiteral("?immutable=1") : QStringLiteral("?mode=ro"));
    db.setDatabaseName(uri);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    if (!db.open()) return false;
    QSqlQuery probe(db);
    const bool ok = probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && probe.next();
    probe.finish();
    return ok;
}
} // namespace

Result<std::unique_ptr<Store>> Store::openServer(const QString &url, Options options)
{
    auto address = ServerAddress::parse(url);
    if (!address) return Error{address.error()};
    const ServerAddress &a = address.value();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(tr("Cannot open “%1”: Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql).").arg(a.toString()));
    std::unique_ptr<Store> store(new Store);
    store->m_structureCache = std::make_unique<StructureCache>();
    store->m_server = true;
    store->m_path = a.toString();
    store->m_connection = QStringLiteral("malkoll-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), store->m_connection);
    db.setHostName(a.host);
    db.setPort(a.port);
    db.setDatabaseName(a.database);
    if (!a.user.isEmpty()) db.setUserName(a.user);
    // No password is kept by Målkoll: one in the URL is used for this connection only; otherwise
    // libpq finds it (PGPASSWORD, ~/.pgpass) or the server needs none (GSSAPI, peer, trust).
    if (!a.password.isEmpty()) db.setPassword(a.password);
    db.setConnectOptions(a.connectOptions());
    if (!db.open()) {
        QString why = db.lastError().text().trimmed();
        if (!a.isSocket() && a.effectiveSslMode() == u"verify-full" && a.sslmode.isEmpty() &&
            (why.contains(QLatin1String("root certificate")) || why.contains(QLatin1String("SSL"))))
            why += u' ' + tr("Målkoll reaches a server over the network only with TLS and checks its certificate "
                             "(sslmode=verify-full): give the city's root certificate with ?sslrootcert=FILE, or choose "
                             "another sslmode in the address.");
        // libpq's own words never hold the password; the address is named without it.
        return fail(tr("Cannot connect to “%1”: %2").arg(store->m_path, why));
    }
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SET client_min_messages = warning")); // IF NOT EXISTS notices are not news
        if (q.exec(QStringLiteral("SELECT session_user")) && q.next()) store->m_user = q.value(0).toString();
    }
    const int current = store->schemaVersion();
    if (current == 0) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")) &&
            q.next() && q.value(0).toInt() > 0)
            return fail(tr("The database “%1” holds other tables and is not a Målkoll store; it was left as it is.").arg(store->m_path));
        if (!options.create) return fail(tr("The database “%1” is empty, not a Målkoll store.").arg(store->m_path));
    }
    if (current > 0 && current <= latestSchemaVersion()) {
        if (auto r = SchemaCheck::verify(db, current); !r)
            return fail(tr("“%1” is damaged and was not opened: %2.").arg(store->m_path, r.error()));
    }
    store->m_readOnly = options.readOnly;
    if (!options.readOnly) {
        const int target = options.migrateTo < 0 ? latestSchemaVersion() : options.migrateTo;
        if (auto r = store->migrate(target); !r) return Error{r.error()};
    } else if (current == 0 || current > latestSchemaVersion()) {
        return fail(tr("“%1” cannot be opened for reading: it is at schema %2, this version reads up to %3.")
                        .arg(store->m_path, QString::number(current), QString::number(latestSchemaVersion())));
    }
    if (options.readOnly) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SET default_transaction_read_only = on"));
    }
    // Commits by others are announced; the main window listens through the driver's signal.
    db.driver()->subscribeToNotification(Server::changeChannel());
    return store;
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, Options options)
{
    if (ServerAddress::isUrl(path)) return openServer(path, options);
    const QFileInfo info(path);
    const bool memory = path == u":memory:";
    const FileKind kind = memory ? FileKind::Missing : fileKind(path);
    switch (kind) {
    case FileKind::Missing:
        if (!options.create && !memory) return fail(tr("The store “%1” does not exist.").arg(path));
        break;
    case FileKind::Folder: return fail(tr("“%1” is a folder, not a Målkoll store.").arg(path));
    case FileKind::Empty:
        if (!options.create)
            return fail(tr("“%1” is an empty file, not a Målkoll store; it was left as it is. Create a "
                           "store with File → New store…, “malkoll-cli demo” or an import.")
                            .arg(path));
        break;
    case FileKind::Other:
        return fail(tr("“%1” is not a Målkoll store (not an SQLite database); it was left as it is.").arg(path));
    case FileKind::SQLite: break;
    }

    std::unique_ptr<Store> store(new Store);
    store->m_structureCache = std::make_unique<StructureCache>();
    store->m_path = path;
    store->m_user = defaultUser();
    store->m_connection = QStringLiteral("malkoll-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
    db.setDatabaseName(path);
    // A file this process may not write (permissions, a read-only share or file system) is opened
    // read-only: it can be read and reported on, and every write says why it cannot be made.
    // SQLite also needs to create its -wal and -shm files beside the store.
    if (kind == FileKind::SQLite) {
        QFile writable(path);
        const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
        store->m_readOnly = options.readOnly || !writable.open(QIODevice::ReadWrite) || !folderWritable;
    }
    if (store->m_readOnly) {
        if (!openReadOnly(db, path, false) && !openReadOnly(db, path, true))
            return fail(tr("“%1” is damaged or cannot be read (%2). %3").arg(path, db.lastError().text(), backupHint(path)));
    } else if (!db.open()) {
        return fail(tr("Cannot open “%1”: %2").arg(path, db.lastError().text()));
    }

    if (kind == FileKind::SQLite) {
        // A file that says it is SQLite but cannot be read, or fails SQLite's own check, is damaged
        // (truncated, overwritten): refused before anything is written to it.
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next() ||
            check.value(0).toString() != QLatin1String("ok")) {
            const QString why = check.lastError().isValid() ? check.lastError().text() : check.value(0).toString();
            return fail(tr("“%1” is damaged and was not opened (%2). %3").arg(path, why, backupHint(path)));
        }
        check.finish();
    }
    const int current = store->schemaVersion();
    if (current == 0 && kind == FileKind::SQLite) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next() && q.value(0).toInt() > 0)
            return fail(tr("“%1” is an SQLite file but not a Målkoll store; it was left as it is.").arg(path));
        if (!options.create)
            return fail(tr("“%1” is an empty database, not a Målkoll store; it was left as it is.").arg(path));
    }
    if (current > 0 && current <= latestSchemaVersion()) {
        // Every table and column its version should have: a damaged store would give silently
        // wrong reports and half-written exports.
        if (auto r = SchemaCheck::verify(db, current); !r)
            return fail(tr("“%1” is damaged and was not opened: %2. %3").arg(path, r.error(), backupHint(path)));
    }

    const int target = options.migrateTo < 0 ? latestSchemaVersion() : options.migrateTo;
    if (store->m_readOnly) {
        if (current == 0 || current > latestSchemaVersion() || current < target)
            return fail(tr("“%1” is read-only and cannot be opened: it needs to be upgraded to schema %2 first (it is "
                           "at %3).")
                            .arg(path)
                            .arg(latestSchemaVersion())
                            .arg(current));
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA query_only = ON"));
        return store;
    }
    // A larger page cache and memory-mapped reads: a city store is tens of MB and is read a
    // committee at a time, over and over, while controllers review.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA busy_timeout = 5000",
                               "PRAGMA cache_size = -32768", "PRAGMA mmap_size = 268435456"}) {
        QSqlQuery q(db);
        q.exec(QString::fromLatin1(pragma)); // WAL may be refused on some media; the store still works
    }
    if (auto r = store->migrate(target); !r) return Error{r.error()};
    return store;
}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

int Store::schemaVersion() const
{
    QSqlQuery q(database());
    const QString exists = m_server ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                                     "table_schema = current_schema() AND table_name = 'schema_info'")
                                    : QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' AND name='schema_info'");
    if (!q.exec(exists) || !q.next()) return 0;
    if (!q.exec(QStringLiteral("SELECT version FROM schema_info")) || !q.next()) return 0;
    return q.value(0).toInt();
}

Result<void> Store::migrate(int target)
{
    const int current = schemaVersion(); // open() has refused a file that is not a store
    if (current > latestSchemaVersion())
        return fail(tr("“%1” was written by a newer Målkoll (schema %2; this version reads up to %3). "
                       "Update Målkoll to open it.")
                        .arg(m_path, QString::number(current), QString::number(latestSchemaVersion())));
    if (current >= target) return {};
    // A server's own backups (pg_dump, the city's routines) keep its way back; a file is copied aside.
    if (current > 0 && !m_server) {
        // An older store is copied aside before it is upgraded: the user keeps a way back.
        auto backup = backupTo(QStringLiteral("%1.schema%2-%3.bak")
                                   .arg(m_path)
                                   .arg(current)
                                   .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        if (!backup) return fail(tr("The store was not upgraded: %1").arg(backup.error()));
        m_lastBackup = backup.value();
    }
    return transaction([&]() -> Result<void> {
        for (const Migration &m : migrations()) {
            if (m.version <= current || m.version > target) continue;
            for (const QString &sql : m.statements) {
                if (m_server && sql.startsWith(QLatin1String(kSqliteOnly))) continue;
                QSqlQuery q(database());
                if (!q.exec(m_server ? forServer(sql) : sql))
                    return fail(tr("Upgrading the store to schema %1 failed: %2")
                                    .arg(m.version)
                                    .arg(q.lastError().text()));
            }
            QSqlQuery q(database());
            const QString sql = m.version == 1 ? QStringLiteral("INSERT INTO schema_info (version) VALUES (1)")
                                               : QStringLiteral("UPDATE schema_info SET version = %1").arg(m.version);
            if (!q.exec(sql)) return fail(q.lastError().text());
        }
        if (m_server) return Server::installObjects(*this);
        return {};
    });
}

Result<QString> Store::backupTo(const QString &file) const
{
    if (m_server)
        return fail(tr("A server store is backed up by the server (pg_dump), or copied to a file with "
                       "“malkoll-cli copy-store %1 FILE”.").arg(m_path));
    if (QFileInfo::exists(file)) return fail(tr("The backup “%1” exists already.").arg(file));
    // VACUUM INTO writes a consistent copy, safe while other connections use the store.
    QSqlQuery q(database());
    if (!q.prepare(QStringLiteral("VACUUM INTO ?"))) return fail(tr("Cannot back up “%1”: %2").arg(m_path, q.lastError().text()));
    q.addBindValue(file);
    if (!q.exec()) return fail(tr("Cannot back up “%1” to “%2”: %3").arg(m_path, file, q.lastError().text()));
    return file;
}

int Store::dataVersion() const
{
    QSqlQuery q(database());
    if (m_server) {
        if (!q.exec(QStringLiteral("SELECT last_value FROM malkoll_change_seq")) || !q.next()) return -1;
        return int(q.value(0).toLongLong() & 0x7fffffff);
    }
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next()) return -1;
    return q.value(0).toInt();
}

Store::ChangeVersions Store::changeVersions() const
{
    if (!m_server) {
        const int v = dataVersion();
        return {v, v, v};
    }
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT c.last_value, s.last_value, h.last_value FROM malkoll_change_seq c, malkoll_structure_seq s, "
                              "malkoll_history_seq h")) &&
        q.next())
        return {int(q.value(0).toLongLong() & 0x7fffffff), int(q.value(1).toLongLong() & 0x7fffffff),
                int(q.value(2).toLongLong() & 0x7fffffff)};
    const int v = dataVersion(); // a store from before these counters: every change counts as all
    return {v, v, v};
}

Result<void> Store::transaction(const std::function<Result<void>()> &body)
{
    QSqlDatabase db = database();
    auto run = [&](const char *sql) {
        QSqlQuery q(db);
        const bool ok = q.exec(QString::fromLatin1(sql));
        return ok ? QString() : q.lastError().text();
    };
    // BEGIN IMMEDIATE takes the write lock at once, waiting up to the busy timeout for another
    // writer; a deferred BEGIN would have to upgrade later and gets SQLITE_BUSY without waiting.
    // A server has no such lock: each row is locked as it is written, row versions catch the rest.
    if (m_depth == 0) {
        if (const QString e = run(m_server ? "BEGIN" : "BEGIN IMMEDIATE"); !e.isNull())
            return fail(m_readOnly ? tr("The store “%1” is read-only for you.").arg(m_path)
                                   : tr("Cannot start a transaction on “%1”: %2").arg(m_path, e));
    }
    ++m_depth;
    Result<void> r = body();
    --m_depth;
    if (m_depth > 0) return r;
    if (!r) {
        run("ROLLBACK");
        ++m_structureGeneration; // what was read inside the transaction may be gone
        ++m_valueGeneration;
        return r;
    }
    if (const QString e = run("COMMIT"); !e.isNull()) {
        run("ROLLBACK");
        ++m_structureGeneration;
        ++m_valueGeneration;
        return fail(tr("Saving to “%1” failed: %2").arg(m_path, e));
    }
    return {};
}

namespace {
// On a server, one statement is one round trip: QPSQL's prepared statements cost three (PREPARE,
// EXECUTE, DEALLOCATE) and it writes the bound values into its EXECUTE as literals anyway. Here the
// values go in as the same literals (the driver's own formatValue: PQescapeStringConn for text),
// each `?` outside quotes and comments taking the next value; anything else (a `?` count that does
// not match) keeps the prepared path.
std::optional<QString> withLiterals(const QSqlDriver *driver, const QString &sql, const QVariantList &binds)
{
    QString out;
    out.reserve(sql.size() + binds.size() * 8);
    qsizetype next = 0;
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            if (c == quote) quote = QChar();
            out += c;
            continue;
        }
        if (c == u'\'' || c == u'"') quote = c;
        else if (c == u'$' || (c == u'-' && i + 1 < sql.size() && sql.at(i + 1) == u'-') || (c == u'/' && i + 1 < sql.size() && sql.at(i + 1) == u'*'))
            return std::nullopt; // dollar quotes and comments: not worth reading here
        if (c != u'?') {
            out += c;
            continue;
        }
        if (next >= binds.size()) return std::nullopt;
        const QVariant &v = binds.at(next++);
        QSqlField field(QString(), v.metaType());
        field.setValue(v.isNull() ? QVariant() : v);
        out += driver->formatValue(field);
    }
    if (next != binds.size() || !quote.isNull()) return std::nullopt;
    return out;
}
} // namespace

Result<QSqlQuery> Store::exec(const QString &sql, const QVariantList &binds, const QString &what) const
{
    noteWrite(sql);
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (m_server) {
        QVariantList values;
        values.reserve(binds.size());
        for (const QVariant &v : binds) values << bindable(v);
        if (const auto text = withLiterals(database().driver(), sql, values)) {
            if (!q.exec(*text)) {
                const QString error = q.lastError().text();
                return fail(what.isEmpty() ? tr("The store refused the change: %1").arg(error) : tr("Could not save %1: %2").arg(what, error));
            }
            return q;
        }
    }
    if (!q.prepare(sql))
        return fail(tr("Internal error preparing a query (%1): %2").arg(what, q.lastError().text()));
    for (const QVariant &v : binds) q.addBindValue(bindable(v));
    if (!q.exec()) {
        const QString text = q.lastError().text();
        return fail(what.isEmpty() ? tr("The store refused the change: %1").arg(text)
                                   : tr("Could not save %1: %2").arg(what, text));
    }
    return q;
}

void Store::noteWrite(const QString &sql) const
{
    // Reads, transaction control and the values people enter leave the structure as it was.
    static const QRegularExpression write(
        QStringLiteral("^\\s*(?:INSERT(?:\\s+OR\\s+\\w+)?\\s+INTO|REPLACE\\s+INTO|UPDATE(?:\\s+OR\\s+\\w+)?|DELETE\\s+FROM|"
                       "CREATE|DROP|ALTER)\\s+(\\w+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QChar first = sql.isEmpty() ? QChar() : sql.front().toUpper();
    if (first == u'S' || first == u'P' || first == u'B' || first == u'W') return; // SELECT, PRAGMA, BEGIN, WITH
    const QRegularExpressionMatch m = write.match(sql);
    if (!m.hasMatch()) return;
    static const QStringList values{QStringLiteral("measurement"), QStringLiteral("activity_report"),
                                    QStringLiteral("goal_assessment"), QStringLiteral("period_info"),
                                    QStringLiteral("audit_log"), QStringLiteral("report_section"),
                                    QStringLiteral("kolada_link"), QStringLiteral("kolada_value")};
    const QString table = m.captured(1);
    if (table.compare(QLatin1String("measurement"), Qt::CaseInsensitive) == 0) ++m_valueGeneration;
    else if (!values.contains(table, Qt::CaseInsensitive)) ++m_structureGeneration;
}

Result<void> Store::execBatch(const QString &sql, const std::vector<QVariantList> &rows, const QString &what) const
{
    noteWrite(sql);
    QSqlQuery q(database());
    if (!q.prepare(sql)) return fail(tr("Internal error preparing a query (%1): %2").arg(what, q.lastError().text()));
    for (size_t row = 0; row < rows.size(); ++row) {
        const QVariantList &binds = rows[row];
        for (int i = 0; i < binds.size(); ++i) {
            q.bindValue(i, bindable(binds[i]));
        }
        if (!q.exec())
            return fail(tr("Could not save %1, row %2: %3").arg(what).arg(row + 1).arg(q.lastError().text()));
    }
    return {};
}

namespace {
// Every column and row a query gives, values as stored.
Store::TableRows readRows(QSqlQuery &q)
{
    Store::TableRows out;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i) out.columns << record.fieldName(i);
    while (q.next()) {
        QVariantList row;
        row.reserve(record.count());
        for (int i = 0; i < record.count(); ++i) row << q.value(i);
        out.rows.push_back(std::move(row));
    }
    return out;
}

// The tables of user data, every row's references before it, with the condition that picks one
// year's rows (empty: the table is not a year's and is exported whole; "1 = 0": only in a whole export).
struct UserTable
{
    const char *name;
    const char *yearFilter;
    const char *key = "id"; // the order rows are read in on a server (SQLite: rowid, the order written)
};
constexpr UserTable kUserTables[] = {
    {"committee", ""},
    {"unit", ""},
    {"kf_goal", "year = ?"},
    {"kf_indicator", "year = ?"},
    {"kf_target_decision", "kf_indicator_id IN (SELECT id FROM kf_indicator WHERE year = ?)"},
    {"goal", "year = ?"},
    {"goal_assessment", "goal_id IN (SELECT id FROM goal WHERE year = ?)", "goal_id, period, unit_id"},
    {"indicator", "year = ?"},
    {"target_change", "indicator_id IN (SELECT id FROM indicator WHERE year = ?)"},
    {"measurement", "indicator_id IN (SELECT id FROM indicator WHERE year = ?)"},
    {"activity", "year = ?"},
    {"activity_report", "activity_id IN (SELECT id FROM activity WHERE year = ?)", "activity_id, period"},
    {"budget_line", "year = ?"},
    {"result_unit_line", "year = ?"},
    {"investment_line", "year = ?"},
    {"period_info", "year = ?", "committee_id, year, period"},
    {"report_section", "year = ?"},
    {"report_round", "year = ?", "committee_id, year, period, unit_id"},
    {"kolada_link", "", "committee_id, series_key"},
    {"kolada_value", "", "kpi, area_kind, area, year, gender"},
    {"audit_log", "1 = 0"}, // the log is not a year's
};
} // namespace

std::vector<std::pair<QString, int>> Store::counts() const
{
    std::vector<std::pair<QString, int>> out;
    for (const UserTable &t : kUserTables) {
        auto q = exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(t.name)));
        out.emplace_back(QString::fromLatin1(t.name), q && q.value().next() ? q.value().value(0).toInt() : 0);
    }
    return out;
}

namespace {
const UserTable *userTable(const QString &name)
{
    for (const UserTable &t : kUserTables)
        if (name == QLatin1String(t.name)) return &t;
    return nullptr;
}
} // namespace

QStringList Store::exportTables()
{
    QStringList out;
    for (const UserTable &t : kUserTables) out << QString::fromLatin1(t.name);
    return out;
}

Result<Store::TableRows> Store::tableRows(const QString &table, std::optional<int> year) const
{
    const UserTable *user = userTable(table);
    if (!user) return fail(tr("There is no table “%1” to export.").arg(table));
    // The table name comes from the fixed list above; the year is a bound value.
    QString sql = QStringLiteral("SELECT * FROM %1").arg(table);
    QVariantList binds;
    if (year && *user->yearFilter) {
        const QString where = QString::fromLatin1(user->yearFilter);
        sql += QStringLiteral(" WHERE ") + where;
        if (where.contains(u'?')) binds << *year;
    }
    sql += QStringLiteral(" ORDER BY ") + (m_server ? QString::fromLatin1(user->key) : QStringLiteral("rowid"));
    auto q = exec(sql, binds, tr("the table “%1”").arg(table));
    if (!q) return Error{q.error()};
    return readRows(q.value());
}

Result<Store::TableRows> Store::selectRows(const QString &table, const QString &where, const QVariantList &binds) const
{
    const UserTable *user = userTable(table);
    if (!user) return fail(tr("There is no table “%1”.").arg(table));
    // The table and the condition come from the program's own constants; values are bound.
    const QString order = m_server ? QString::fromLatin1(user->key) : QStringLiteral("rowid");
    auto q = exec(QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY %3").arg(table, where, order), binds,
                  tr("the table “%1”").arg(table));
    if (!q) return Error{q.error()};
    return readRows(q.value());
}

Result<void> Store::insertRows(const QString &table, const TableRows &rows) const
{
    if (!exportTables().contains(table)) return fail(tr("There is no table “%1”.").arg(table));
    if (rows.rows.empty()) return {};
    QStringList marks;
    for (qsizetype i = 0; i < rows.columns.size(); ++i) marks << QStringLiteral("?");
    // Values exactly as they were read: a NULL stays NULL (a reference to no unit, no parent).
    noteWrite(QStringLiteral("INSERT INTO ") + table);
    QSqlQuery q(database());
    // The audit log's ids are the server's own: only a copy into an empty store keeps the copied ones.
    const QString overriding = m_server && table == u"audit_log" ? QStringLiteral(" OVERRIDING SYSTEM VALUE") : QString();
    if (!q.prepare(QStringLiteral("INSERT INTO %1 (%2)%4 VALUES (%3)").arg(table, rows.columns.join(u','), marks.join(u','), overriding)))
        return fail(tr("Internal error preparing a query (%1): %2").arg(table, q.lastError().text()));
    for (const QVariantList &row : rows.rows) {
        for (const QVariant &v : row) q.addBindValue(v.isNull() ? QVariant() : bindable(v));
        if (!q.exec()) return fail(tr("Could not save %1: %2").arg(tr("the table “%1”").arg(table), q.lastError().text()));
    }
    if (rows.columns.contains(QLatin1String("id"))) return idsTaken(table);
    return {};
}

Result<void> Store::idsTaken(const QString &table) const
{
    if (!m_server) return {};
    if (!userTable(table)) return fail(tr("There is no table “%1”.").arg(table));
    auto r = exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), GREATEST((SELECT max(id) FROM %1), 1))").arg(table));
    if (!r) return Error{r.error()};
    return {};
}

void Store::parentsFirst(TableRows &rows)
{
    const qsizetype idAt = rows.columns.indexOf(QStringLiteral("id"));
    const qsizetype parentAt = rows.columns.indexOf(QStringLiteral("parent_id"));
    if (idAt < 0 || parentAt < 0) return;
    std::vector<QVariantList> ordered;
    QSet<qint64> placed, all;
    for (const QVariantList &r : rows.rows) all.insert(r.at(idAt).toLongLong());
    while (ordered.size() < rows.rows.size()) {
        const size_t before = ordered.size();
        for (const QVariantList &r : rows.rows) {
            const qint64 id = r.at(idAt).toLongLong();
            const qint64 parent = r.at(parentAt).toLongLong();
            if (placed.contains(id) || (all.contains(parent) && !placed.contains(parent))) continue;
            ordered.push_back(r);
            placed.insert(id);
        }
        if (ordered.size() == before) return; // a cycle cannot be: leave the order as read
    }
    rows.rows = std::move(ordered);
}

Result<std::vector<std::pair<QString, int>>> Store::copyInto(Store &target) const
{
    if (target.isReadOnly()) return fail(tr("“%1” is read-only.").arg(target.path()));
    const auto from = counts();
    for (const auto &[table, n] : target.counts())
        if (n > 0)
            return fail(tr("“%1” holds data already (%2 rows in “%3”); copy-store writes only into an empty store.")
                            .arg(target.path(), QString::number(n), table));
    auto copied = target.transaction([&]() -> Result<void> {
        // The log's rows keep who wrote them and when: the server lets its owner do so in this
        // transaction only, and only into an empty store.
        if (target.isServer())
            if (auto r = target.exec(QStringLiteral("SELECT malkoll_begin_copy()")); !r) return Error{r.error()};
        for (const UserTable &t : kUserTables) {
            const QString table = QString::fromLatin1(t.name);
            auto rows = tableRows(table);
            if (!rows) return Error{rows.error()};
            parentsFirst(rows.value());
            if (auto r = target.insertRows(table, rows.value()); !r) return r;
        }
        if (auto r = copySettingsInto(target); !r) return r;
        // Verified before it is committed: every table holds on both sides the same number of rows.
        const auto to = target.counts();
        for (size_t i = 0; i < from.size(); ++i)
            if (to.at(i) != from.at(i))
                return fail(tr("The copy was not made: “%1” has %2 rows in “%3”, the copy %4.")
                                .arg(m_path, QString::number(from.at(i).second), from.at(i).first,
                                     QString::number(to.at(i).second)));
        return {};
    });
    if (!copied) return Error{copied.error()};
    return from;
}

Result<void> Store::copySettingsInto(Store &target) const
{
    auto settings = exec(QStringLiteral("SELECT key, value FROM setting"));
    if (!settings) return Error{settings.error()};
    while (settings.value().next())
        if (auto r = target.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                                                "SET value = excluded.value"),
                                 {settings.value().value(0), settings.value().value(1)});
            !r)
            return Error{r.error()};
    return {};
}

double Store::defaultTolerance() const
{
    auto q = exec(QStringLiteral("SELECT value FROM setting WHERE key = 'default_tolerance'"));
    if (q && q.value().next()) return q.value().value(0).toDouble();
    return 5.0;
}

Result<void> Store::setDefaultTolerance(double percent)
{
    if (percent < 0 || percent > 100) return fail(tr("The tolerance must be between 0 and 100 %."));
    return transaction([&]() -> Result<void> {
        auto r = exec(QStringLiteral("UPDATE setting SET value = ? WHERE key = 'default_tolerance'"),
                      {QString::number(percent)}, tr("the default tolerance"));
        if (!r) return Error{r.error()};
        return {};
    });
}

} // namespace malkoll
