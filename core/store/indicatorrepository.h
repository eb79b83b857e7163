#pragma once
// Indicators with their typed targets, årsmål changes, and their history across years.
#include "domain/indicator.h"
#include "domain/targetchange.h"
#include "committeeids.h"
#include "result.h"

#include <optional>
#include <vector>
#include <QCoreApplication>

namespace malkoll {

class Store;

class IndicatorRepository
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorRepository)

public:
    explicit IndicatorRepository(Store &store) : m_store(store) {}

    Result<qint64> add(Indicator &indicator);
    Result<void> update(const Indicator &indicator);
    std::vector<Indicator> indicators(const CommitteeIds &committees, int year) const; // goal order, then sort order
    std::vector<Indicator> indicators(qint64 committeeId, int year) const { return indicators(CommitteeIds{committeeId}, year); }
    std::vector<Indicator> allIndicators() const;                          // every committee and year
    std::optional<Indicator> indicator(qint64 id) const;
    // The same indicator in every year of the committee (by series key), oldest first.
    std::vector<Indicator> series(qint64 committeeId, const QString &seriesKey) const;

    // A committee's decision changing an årsmål from a period on; refused in a locked period. Audited.
    Result<qint64> addTargetChange(TargetChange &change);
    Result<void> removeTargetChange(const TargetChange &change); // the undo of addTargetChange
    std::vector<TargetChange> targetChanges(const CommitteeIds &committees, int year) const;
    std::vector<TargetChange> targetChanges(qint64 committeeId, int year) const { return targetChanges(CommitteeIds{committeeId}, year); }
    std::vector<TargetChange> allTargetChanges() const;

private:
    Store &m_store;
};

} // namespace malkoll
