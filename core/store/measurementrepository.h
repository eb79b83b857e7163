#pragma once
// Indicator values per period: outcome (total, men, women), prognos helår, not-reported
// with reason, analysis. Each save is one transaction, audited, refused in a locked period,
// and checked against the row version the editor saw (no silent lost update).
#include "domain/measurement.h"
#include "committeeids.h"
#include "result.h"

#include <QHash>
#include <optional>
#include <vector>
#include <QCoreApplication>

namespace malkoll {

class Store;

class MeasurementRepository
{
    Q_DECLARE_TR_FUNCTIONS(MeasurementRepository)

public:
    explicit MeasurementRepository(Store &store) : m_store(store) {}

    // Saves m. If expectedVersion is given and the stored row has another version, the save
    // is refused as a conflict (someone else changed it). Returns the new version.
    Result<int> save(const Measurement &m, std::optional<int> expectedVersion = std::nullopt);
    // Loaders and the generator: new rows into a fresh, unlocked year, in the caller's transaction.
    // No per-row lock, version or audit work; the caller records one summary line.
    Result<void> insertBulk(const std::vector<Measurement> &values);
    std::optional<Measurement> measurement(qint64 indicatorId, Period period) const;
    // Every measurement of a committee's year, keyed by indicator id, for one period.
    QHash<qint64, Measurement> forPeriod(const CommitteeIds &committees, int year, Period period) const;
    QHash<qint64, Measurement> forPeriod(qint64 committeeId, int year, Period period) const
    {
        return forPeriod(CommitteeIds{committeeId}, year, period);
    }
    // Every measurement of a committee's year (all periods).
    std::vector<Measurement> forYear(qint64 committeeId, int year) const;
    std::vector<Measurement> forYear(const CommitteeIds &committees, int year) const; // every committee's at once
    std::vector<Measurement> forIndicator(qint64 indicatorId) const;
    std::vector<Measurement> all() const;

private:
    Store &m_store;
};

} // namespace malkoll
