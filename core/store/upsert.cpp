#include "upsert.h"

#include "auditlog.h"
#include "store.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace malkoll {

namespace {
QJsonValue json(const QVariant &v)
{
    if (v.isNull()) return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::Bool: return v.toBool() ? 1 : 0;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: return v.toLongLong();
    case QMetaType::Double:
    case QMetaType::Float: return v.toDouble();
    default: return v.toString();
    }
}

QString jsonObject(const QStringList &columns, const QVariantList &values)
{
    QJsonObject o;
    for (qsizetype i = 0; i < columns.size(); ++i) o.insert(columns.at(i), json(values.at(i)));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

namespace {
// SELECT malkoll_upsert(table, key, values, expected version): the row's new version (0 where the
// table keeps none).
Result<int> callUpsert(const Store &store, const QString &table, const QStringList &keyColumns, const QVariantList &keyValues,
                       const QStringList &columns, const QVariantList &values, std::optional<int> expectedVersion,
                       const QString &what)
{
    auto q = store.exec(QStringLiteral("SELECT malkoll_upsert(?, CAST(? AS jsonb), CAST(? AS jsonb), CAST(? AS integer))"),
                        {table, jsonObject(keyColumns, keyValues), jsonObject(columns, values),
                         expectedVersion ? QVariant(*expectedVersion) : QVariant()},
                        what);
    if (!q) return Error{q.error()};
    store.noteWriteTo(table);
    return q.value().next() ? q.value().value(0).toInt() : 0;
}
} // namespace

std::optional<int> saveInOneCall(const Store &store, const QString &table, const QStringList &keyColumns,
                                 const QVariantList &keyValues, const QStringList &columns, const QVariantList &values,
                                 std::optional<int> expectedVersion)
{
    if (!store.isServer() || store.inTransaction()) return std::nullopt;
    const auto version = callUpsert(store, table, keyColumns, keyValues, columns, values, expectedVersion, QString());
    return version ? std::optional<int>(version.value()) : std::nullopt;
}

Result<void> writeServerUpsert(const Store &store, const QString &table, const QStringList &keyColumns, const QVariantList &keyValues,
                               const QStringList &columns, const QVariantList &values, const QString &what)
{
    if (auto r = callUpsert(store, table, keyColumns, keyValues, columns, values, std::nullopt, what); !r) return Error{r.error()};
    return {};
}

Result<void> writeUpsert(Store &store, const Upsert &row)
{
    if (store.isServer()) {
        // One call to the server's malkoll_upsert: it checks the row, stamps who and when, and writes
        // the audit rows itself.
        QStringList columns;
        QVariantList values;
        for (const UpsertField &f : row.fields) {
            columns << f.column;
            values << f.after;
        }
        return writeServerUpsert(store, row.table, row.keyColumns, row.keyValues, columns, values, row.what);
    }
    QStringList columns = row.keyColumns, updates;
    QVariantList binds = row.keyValues;
    for (const UpsertField &f : row.fields) {
        columns << f.column;
        updates << QStringLiteral("%1 = excluded.%1").arg(f.column);
        binds << f.after;
    }
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i) marks << QStringLiteral("?");
    // Table and column names come from the repositories' fixed descriptions, never from input.
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5")
                            .arg(row.table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
                                 row.keyColumns.join(QStringLiteral(", ")), updates.join(QStringLiteral(", ")));
    if (auto q = store.exec(sql, binds, row.what); !q) return Error{q.error()};
    AuditLog log(store);
    for (const UpsertField &f : row.fields) {
        if (!f.audited || f.before == f.after) continue;
        if (auto r = log.record(row.auditEntity, row.auditId, row.auditPrefix + f.column, f.before, f.after); !r) return r;
    }
    return {};
}

} // namespace malkoll
