#include "upsert.h"

#include "auditlog.h"
#include "store.h"

namespace malkoll {

Result<void> writeUpsert(Store &store, const Upsert &row)
{
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
