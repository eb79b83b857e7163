#pragma once
// The audit log: every change written through the Store API leaves who/when/what/old/new.
// Bulk loads (demo, generator, import) write one summary line instead of one per cell.
#include "domain/auditentry.h"
#include "result.h"

#include <QVariant>
#include <vector>

namespace malkoll {

class Store;

class AuditLog
{
public:
    explicit AuditLog(Store &store) : m_store(store) {}

    Result<void> record(const QString &entity, qint64 entityId, const QString &field, const QVariant &oldValue,
                        const QVariant &newValue);
    std::vector<AuditEntry> history(const QString &entity, qint64 entityId) const;
    std::vector<AuditEntry> latest(int limit) const;
    int count() const;

    // While a bulk scope is alive, per-field records are skipped (the caller records a summary).
    static void setBulk(Store &store, bool bulk);
    static bool isBulk(const Store &store);

private:
    Store &m_store;
};

class BulkScope
{
public:
    explicit BulkScope(Store &store) : m_store(store) { AuditLog::setBulk(store, true); }
    ~BulkScope() { AuditLog::setBulk(m_store, false); }

private:
    Store &m_store;
};

} // namespace malkoll
