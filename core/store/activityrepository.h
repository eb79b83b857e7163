#pragma once
// Activities with their start and end dates, and their status and analysis per period.
#include "domain/activity.h"
#include "committeeids.h"
#include "result.h"

#include <QHash>
#include <optional>
#include <vector>
#include <QCoreApplication>

namespace malkoll {

class Store;

class ActivityRepository
{
    Q_DECLARE_TR_FUNCTIONS(ActivityRepository)

public:
    explicit ActivityRepository(Store &store) : m_store(store) {}

    Result<qint64> add(Activity &activity);
    Result<void> update(const Activity &activity);
    std::vector<Activity> activities(const CommitteeIds &committees, int year) const;
    std::vector<Activity> activities(qint64 committeeId, int year) const { return activities(CommitteeIds{committeeId}, year); }
    std::vector<Activity> allActivities() const;
    std::optional<Activity> activity(qint64 id) const;

    // Refused in a locked period; checked against the row version like measurements.
    Result<int> saveReport(const ActivityReport &report, std::optional<int> expectedVersion = std::nullopt);
    // Loaders and the generator: new reports into a fresh, unlocked year, in the caller's transaction.
    Result<void> insertReportsBulk(const std::vector<ActivityReport> &reports);
    std::optional<ActivityReport> report(qint64 activityId, Period period) const;
    QHash<qint64, ActivityReport> reports(const CommitteeIds &committees, int year, Period period) const;
    QHash<qint64, ActivityReport> reports(qint64 committeeId, int year, Period period) const
    {
        return reports(CommitteeIds{committeeId}, year, period);
    }
    std::vector<ActivityReport> allReports() const;

private:
    Store &m_store;
};

} // namespace malkoll
