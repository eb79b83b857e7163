#pragma once
// Per committee, year and period: the document texts and the lock a controller sets.
// A locked period refuses every write to its values, here in the store, not only in widgets.
#include "domain/economy.h"
#include "committeeids.h"
#include "result.h"
#include <QCoreApplication>

namespace malkoll {

class Store;

class PeriodRepository
{
    Q_DECLARE_TR_FUNCTIONS(PeriodRepository)

public:
    explicit PeriodRepository(Store &store) : m_store(store) {}

    PeriodInfo info(qint64 committeeId, int year, Period period) const; // defaults if nothing stored
    // Each committee's, in the order given; defaults where nothing is stored.
    std::vector<PeriodInfo> infos(const CommitteeIds &committees, int year, Period period) const;
    Result<void> saveTexts(const PeriodInfo &info);                     // proposals and summary
    Result<void> lock(qint64 committeeId, int year, Period period, const QString &reason);
    Result<void> unlock(qint64 committeeId, int year, Period period, const QString &reason);
    bool isLocked(qint64 committeeId, int year, Period period) const;
    Result<void> ensureUnlocked(qint64 committeeId, int year, Period period) const;

private:
    Result<void> upsert(const PeriodInfo &info);
    Store &m_store;
};

} // namespace malkoll
