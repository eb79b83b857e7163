#pragma once
// Store: one SQLite file, or one PostgreSQL database shared by a committee, holding committees,
// their years of goals and follow-up. Opens (creating if asked), migrates, and runs every user
// action as one transaction. A store is named by a file path or by postgresql://[user@]host[:port]/db.
// All SQL of Målkoll lives in core/store; the rest of the program goes through this API.
#include "committeeids.h"
#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>
#include <QCoreApplication>

namespace malkoll {

struct StructureCache;

class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    struct Options
    {
        bool create = true;          // create the file if it does not exist
        int migrateTo = -1;          // -1: latest; tests use lower numbers to make old stores
        bool readOnly = false;       // open for reading only, even where the file could be written
    };

    static Result<std::unique_ptr<Store>> open(const QString &path, Options options);
    static Result<std::unique_ptr<Store>> open(const QString &path) { return open(path, Options{}); }
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString path() const { return m_path; } // the file, or the server URL without a password
    bool isServer() const { return m_server; }
    int schemaVersion() const;
    QSqlDatabase database() const { return QSqlDatabase::database(m_connection, false); }

    // Runs body inside one transaction: commit if it succeeds, roll back if it fails.
    // Nested calls join the outer transaction.
    Result<void> transaction(const std::function<Result<void>()> &body);
    bool inTransaction() const { return m_depth > 0; }

    // A prepared statement with bound values; the message names `what` on failure.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds = {}, const QString &what = {}) const;

    // One prepared statement run for many rows (loaders, the generator): prepared once, bound per row.
    // On failure the message names the row (1-based) and `what`; run it inside transaction().
    Result<void> execBatch(const QString &sql, const std::vector<QVariantList> &rows, const QString &what) const;

    bool isReadOnly() const { return m_readOnly; } // the file could not be opened for writing
    // A write to `table` made another way than through exec() (a server function): the caches learn of it.
    void noteWriteTo(const QString &table) const { noteWrite(QStringLiteral("INSERT INTO ") + table); }

    QString user() const { return m_user; }
    void setUser(const QString &user) { m_user = user; }

    // Rows per table, for `malkoll-cli info` and tests.
    std::vector<std::pair<QString, int>> counts() const;

    // The tables users can export, in an order where every row's references come first.
    static QStringList exportTables();
    // One table's columns and rows, all of it or one year's (rows that belong to that year
    // through their goal, indicator or activity). Values as stored: numbers stay numbers.
    struct TableRows
    {
        QStringList columns;
        std::vector<QVariantList> rows;
    };
    Result<TableRows> tableRows(const QString &table, std::optional<int> year = std::nullopt) const;
    // The rows of one of the user tables that `where` picks (the plan's delete keeps them for
    // its undo), and those rows put back as they were, ids and all.
    Result<TableRows> selectRows(const QString &table, const QString &where, const QVariantList &binds) const;
    Result<void> insertRows(const QString &table, const TableRows &rows) const;
    // After rows were written with ids of their own (an undo, a copy): new rows are numbered after
    // the highest. SQLite does so by itself; a server's counter is moved on.
    Result<void> idsTaken(const QString &table) const;

    // Rows of a table that refers to itself (goal, unit, budget_line): parents before their children.
    static void parentsFirst(TableRows &rows);
    // copy-store: every row of every user table (and the settings) into `target`, which must hold
    // no rows yet, in one transaction of the target, verified by counting each table on both sides.
    // The audit log keeps its names and times. Returns the counts copied.
    Result<std::vector<std::pair<QString, int>>> copyInto(Store &target) const;
    // The store-wide settings into `target` (replacing its values of the same keys); inside a transaction.
    Result<void> copySettingsInto(Store &target) const;

    // A consistent copy of the store in `file` (which must not exist), safe while it is in use.
    Result<QString> backupTo(const QString &file) const;
    QString lastBackup() const { return m_lastBackup; } // the copy made before the last upgrade
    // Changes when another connection (another window or process) has committed to the store.
    // On a server: the change counter every committed write moves; the server also announces
    // each commit on Server::changeChannel() (LISTEN/NOTIFY), which database().driver() signals.
    int dataVersion() const;
    // dataVersion() and, beside it, what moves only when someone changed the plan's structure, and
    // what moves only when someone changed a value that is a later year's history (on a server their
    // own counters; on SQLite each the same as dataVersion), in one round trip.
    struct ChangeVersions
    {
        int data = -1;
        int structure = -1;
        int history = -1;
    };
    ChangeVersions changeVersions() const;

    // Bumped by every write through this Store to the plan's structure — anything but values,
    // activity reports, assessments, period texts and the audit log. With dataVersion(), it tells
    // the structure cache (what SnapshotReader keeps of a year's goals, indicators and activities
    // between recomputations) that what it holds may be old.
    quint64 structureGeneration() const { return m_structureGeneration; }
    // Bumped by every write to values (measurement) through this Store: earlier years' values,
    // which the cache keeps as a year's history, may have changed.
    quint64 valueGeneration() const { return m_valueGeneration; }
    StructureCache &structureCache() const { return *m_structureCache; }

    double defaultTolerance() const; // percent; store-wide setting
    Result<void> setDefaultTolerance(double percent);

private:
    Store() = default;
    Result<void> migrate(int target);
    static Result<std::unique_ptr<Store>> openServer(const QString &url, Options options);

    QString m_path;
    QString m_connection;
    QString m_user;
    int m_depth = 0;
    bool m_readOnly = false;
    bool m_server = false;
    QString m_lastBackup;
    void noteWrite(const QString &sql) const;
    mutable quint64 m_structureGeneration = 0;
    mutable quint64 m_valueGeneration = 0;
    std::unique_ptr<StructureCache> m_structureCache;
};

// Helpers for NULL-able numbers.
QVariant toVariant(const std::optional<double> &v);
std::optional<double> toOptional(const QVariant &v);
QVariant idOrNull(qint64 id); // 0 means "none": stored as NULL

} // namespace malkoll
