#include "store.h"

#include "migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>

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

QVariant toVariant(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

std::optional<double> toOptional(const QVariant &v)
{
    if (v.isNull()) return std::nullopt;
    return v.toDouble();
}

QVariant idOrNull(qint64 id) { return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()); }

Result<std::unique_ptr<Store>> Store::open(const QString &path, Options options)
{
    const QFileInfo info(path);
    if (!info.exists() && !options.create) return fail(tr("The store “%1” does not exist.").arg(path));
    if (info.exists() && info.isDir()) return fail(tr("“%1” is a folder, not a Målkoll store.").arg(path));

    std::unique_ptr<Store> store(new Store);
    store->m_path = path;
    store->m_user = defaultUser();
    store->m_connection = QStringLiteral("malkoll-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
    db.setDatabaseName(path);
    // A file this process may not write (permissions, an immutable or read-only file system) is
    // opened read-only: it can be read and reported on, and every write says why it cannot be made.
    if (info.exists()) {
        QFile writable(path);
        store->m_readOnly = !writable.open(QIODevice::ReadWrite);
    }
    if (store->m_readOnly) db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) return fail(tr("Cannot open “%1”: %2").arg(path, db.lastError().text()));

    // A file that is not SQLite fails on the first read, not on open.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return fail(tr("“%1” is not a Målkoll store (%2).").arg(path, probe.lastError().text()));
    probe.finish(); // an unfinished read keeps sqlite_master locked against migrations that drop things
    // A larger page cache and memory-mapped reads: a city store is tens of MB and is read a
    // committee at a time, over and over, while controllers review.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA busy_timeout = 5000",
                               "PRAGMA cache_size = -32768", "PRAGMA mmap_size = 268435456"}) {
        QSqlQuery q(db);
        q.exec(QString::fromLatin1(pragma)); // WAL may be refused on read-only media; the store still works
    }
    if (info.exists() && info.size() > 0) {
        // A damaged file is refused before anything is written to it.
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next() ||
            check.value(0).toString() != QLatin1String("ok")) {
            const QString why = check.lastError().isValid() ? check.lastError().text() : check.value(0).toString();
            return fail(tr("“%1” is damaged and was not opened (%2). Restore it from a backup.").arg(path, why));
        }
        check.finish();
    }
    const int target = options.migrateTo < 0 ? latestSchemaVersion() : options.migrateTo;
    if (store->m_readOnly) {
        const int current = store->schemaVersion();
        if (current == 0 || current > latestSchemaVersion() || current < target)
            return fail(tr("“%1” is read-only and cannot be opened: it needs to be upgraded to schema %2 first (it is "
                           "at %3).")
                            .arg(path)
                            .arg(latestSchemaVersion())
                            .arg(current));
        return store;
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
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' AND name='schema_info'")) ||
        !q.next())
        return 0;
    if (!q.exec(QStringLiteral("SELECT version FROM schema_info")) || !q.next()) return 0;
    return q.value(0).toInt();
}

Result<void> Store::migrate(int target)
{
    const int current = schemaVersion();
    if (current == 0) {
        QSqlQuery q(database());
        q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table'"));
        if (q.next() && q.value(0).toInt() > 0)
            return fail(tr("“%1” is an SQLite file but not a Målkoll store.").arg(m_path));
    }
    if (current > latestSchemaVersion())
        return fail(tr("“%1” was written by a newer Målkoll (schema %2; this version reads up to %3). "
                       "Update Målkoll to open it.")
                        .arg(m_path)
                        .arg(current)
                        .arg(latestSchemaVersion()));
    if (current >= target) return {};
    if (current > 0) {
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
                QSqlQuery q(database());
                if (!q.exec(sql))
                    return fail(tr("Upgrading the store to schema %1 failed: %2")
                                    .arg(m.version)
                                    .arg(q.lastError().text()));
            }
            QSqlQuery q(database());
            const QString sql = m.version == 1 ? QStringLiteral("INSERT INTO schema_info (version) VALUES (1)")
                                               : QStringLiteral("UPDATE schema_info SET version = %1").arg(m.version);
            if (!q.exec(sql)) return fail(q.lastError().text());
        }
        return {};
    });
}

Result<QString> Store::backupTo(const QString &file) const
{
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
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next()) return -1;
    return q.value(0).toInt();
}

Result<void> Store::transaction(const std::function<Result<void>()> &body)
{
    QSqlDatabase db = database();
    if (m_depth == 0 && !db.transaction())
        return fail(tr("Cannot start a transaction on “%1”: %2").arg(m_path, db.lastError().text()));
    ++m_depth;
    Result<void> r = body();
    --m_depth;
    if (m_depth > 0) return r;
    if (!r) {
        db.rollback();
        return r;
    }
    if (!db.commit()) {
        const QString message = db.lastError().text();
        db.rollback();
        return fail(tr("Saving to “%1” failed: %2").arg(m_path, message));
    }
    return {};
}

Result<QSqlQuery> Store::exec(const QString &sql, const QVariantList &binds, const QString &what) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return fail(tr("Internal error preparing a query (%1): %2").arg(what, q.lastError().text()));
    for (const QVariant &v : binds) {
        // A null QString would be bound as SQL NULL; text columns hold "" instead.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
    if (!q.exec()) {
        const QString text = q.lastError().text();
        return fail(what.isEmpty() ? tr("The store refused the change: %1").arg(text)
                                   : tr("Could not save %1: %2").arg(what, text));
    }
    return q;
}

Result<void> Store::execBatch(const QString &sql, const std::vector<QVariantList> &rows, const QString &what) const
{
    QSqlQuery q(database());
    if (!q.prepare(sql)) return fail(tr("Internal error preparing a query (%1): %2").arg(what, q.lastError().text()));
    for (size_t row = 0; row < rows.size(); ++row) {
        const QVariantList &binds = rows[row];
        for (int i = 0; i < binds.size(); ++i) {
            const QVariant &v = binds[i];
            q.bindValue(i, v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
        }
        if (!q.exec())
            return fail(tr("Could not save %1, row %2: %3").arg(what).arg(row + 1).arg(q.lastError().text()));
    }
    return {};
}

namespace {
// The tables of user data, every row's references before it, with the condition that picks one
// year's rows (empty: the table is not a year's and is exported whole; "0": only in a whole export).
struct UserTable
{
    const char *name;
    const char *yearFilter;
};
constexpr UserTable kUserTables[] = {
    {"committee", ""},
    {"unit", ""},
    {"goal", "year = ?"},
    {"goal_assessment", "goal_id IN (SELECT id FROM goal WHERE year = ?)"},
    {"indicator", "year = ?"},
    {"target_change", "indicator_id IN (SELECT id FROM indicator WHERE year = ?)"},
    {"measurement", "indicator_id IN (SELECT id FROM indicator WHERE year = ?)"},
    {"activity", "year = ?"},
    {"activity_report", "activity_id IN (SELECT id FROM activity WHERE year = ?)"},
    {"budget_line", "year = ?"},
    {"result_unit_line", "year = ?"},
    {"investment_line", "year = ?"},
    {"period_info", "year = ?"},
    {"audit_log", "0"}, // the log is not a year's
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

QStringList Store::exportTables()
{
    QStringList out;
    for (const UserTable &t : kUserTables) out << QString::fromLatin1(t.name);
    return out;
}

Result<Store::TableRows> Store::tableRows(const QString &table, std::optional<int> year) const
{
    const UserTable *user = nullptr;
    for (const UserTable &t : kUserTables)
        if (table == QLatin1String(t.name)) user = &t;
    if (!user) return fail(tr("There is no table “%1” to export.").arg(table));
    // The table name comes from the fixed list above; the year is a bound value.
    QString sql = QStringLiteral("SELECT * FROM %1").arg(table);
    QVariantList binds;
    if (year && *user->yearFilter) {
        const QString where = QString::fromLatin1(user->yearFilter);
        sql += QStringLiteral(" WHERE ") + where;
        if (where.contains(u'?')) binds << *year;
    }
    sql += QStringLiteral(" ORDER BY rowid");
    auto q = exec(sql, binds, tr("the table “%1”").arg(table));
    if (!q) return Error{q.error()};
    TableRows out;
    const QSqlRecord record = q.value().record();
    for (int i = 0; i < record.count(); ++i) out.columns << record.fieldName(i);
    while (q.value().next()) {
        QVariantList row;
        row.reserve(record.count());
        for (int i = 0; i < record.count(); ++i) row << q.value().value(i);
        out.rows.push_back(std::move(row));
    }
    return out;
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
