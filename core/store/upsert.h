#pragma once
// One row of a follow-up table (a value, an activity's status, an assessment), keyed by its
// owner and period, written as one change: INSERT … ON CONFLICT DO UPDATE, with an audit row for
// every field whose value changed. The repositories describe their row; the SQL and the audit
// diff are written once, here.
#include "result.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>
#include <vector>

namespace malkoll {

class Store;

struct UpsertField
{
    QString column;
    QVariant before; // as stored now (null when the row is new)
    QVariant after;
    bool audited = true; // who and when are written, not audited
};

struct Upsert
{
    QString table;          // "measurement"
    QStringList keyColumns; // "indicator_id", "period"
    QVariantList keyValues;
    std::vector<UpsertField> fields;
    QString auditEntity;    // the audit log's entity and id ("measurement", the indicator's id)
    qint64 auditId = 0;
    QString auditPrefix;    // before each field's name in the log ("T1/")
    QString what;           // for the message when the store refuses ("the value of …")
};

// Writes the row and its audit rows; call inside Store::transaction. On a server, through
// malkoll_upsert (which audits on its own).
Result<void> writeUpsert(Store &store, const Upsert &row);
// A value or activity status saved on a server in one round trip: one call to malkoll_upsert, outside
// any transaction, which checks the lock, the row version the person saw and their rights, writes,
// stamps and audits, and returns the row's new version. Anything refused (or a SQLite store, or a
// call inside a transaction) gives nullopt: the caller's careful path then reads what it needs to
// say why, in the person's language.
std::optional<int> saveInOneCall(const Store &store, const QString &table, const QStringList &keyColumns,
                                 const QVariantList &keyValues, const QStringList &columns, const QVariantList &values,
                                 std::optional<int> expectedVersion);
// One row of a follow-up table on a server, by its key: SELECT malkoll_upsert(table, key, values).
Result<void> writeServerUpsert(const Store &store, const QString &table, const QStringList &keyColumns,
                               const QVariantList &keyValues, const QStringList &columns, const QVariantList &values,
                               const QString &what);

} // namespace malkoll
