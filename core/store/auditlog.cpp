#include "auditlog.h"

#include "store.h"

#include <QDateTime>
#include <QHash>

namespace malkoll {

namespace {
QHash<const Store *, bool> &bulkFlags()
{
    static QHash<const Store *, bool> flags;
    return flags;
}
QString text(const QVariant &v) { return v.isNull() ? QString() : v.toString(); }
} // namespace

void AuditLog::setBulk(Store &store, bool bulk) { bulkFlags()[&store] = bulk; }
bool AuditLog::isBulk(const Store &store) { return bulkFlags().value(&store, false); }

Result<void> AuditLog::record(const QString &entity, qint64 entityId, const QString &field, const QVariant &oldValue,
                              const QVariant &newValue)
{
    if (isBulk(m_store) && field != QLatin1String("bulk")) return {};
    // A server writes its audit log itself, from triggers on every audited table: who and when are
    // its own, and no person may insert into the log.
    if (m_store.isServer()) return {};
    auto r = m_store.exec(QStringLiteral("INSERT INTO audit_log (at, who, entity, entity_id, field, old_value, "
                                         "new_value) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_store.user(), entity,
                           entityId, field, oldValue.isNull() ? QVariant() : QVariant(text(oldValue)),
                           newValue.isNull() ? QVariant() : QVariant(text(newValue))},
                          QStringLiteral("audit log"));
    if (!r) return Error{r.error()};
    return {};
}

static std::vector<AuditEntry> readEntries(QSqlQuery &q)
{
    std::vector<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.who = q.value(2).toString();
        e.entity = q.value(3).toString();
        e.entityId = q.value(4).toLongLong();
        e.field = q.value(5).toString();
        e.oldValue = q.value(6).toString();
        e.newValue = q.value(7).toString();
        out.push_back(e);
    }
    return out;
}

std::vector<AuditEntry> AuditLog::history(const QString &entity, qint64 entityId) const
{
    auto q = m_store.exec(QStringLiteral("SELECT id, at, who, entity, entity_id, field, old_value, new_value FROM "
                                         "audit_log WHERE entity = ? AND entity_id = ? ORDER BY id"),
                          {entity, entityId});
    return q ? readEntries(q.value()) : std::vector<AuditEntry>{};
}

std::vector<AuditEntry> AuditLog::latest(int limit) const
{
    auto q = m_store.exec(QStringLiteral("SELECT id, at, who, entity, entity_id, field, old_value, new_value FROM "
                                         "audit_log ORDER BY id DESC LIMIT ?"),
                          {limit});
    return q ? readEntries(q.value()) : std::vector<AuditEntry>{};
}

int AuditLog::count() const
{
    auto q = m_store.exec(QStringLiteral("SELECT count(*) FROM audit_log"));
    return q && q.value().next() ? q.value().value(0).toInt() : 0;
}

} // namespace malkoll
