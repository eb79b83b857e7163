#pragma once
// An activity (KF-aktivitet or nämndaktivitet) and its status in one follow-up period.
#include "indicator.h"
#include "period.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace malkoll {

enum class ActivityStatus { NotSet = 0, OnTrack = 1, Completed = 2, Delayed = 3, Postponed = 4, Cancelled = 5 };

struct Activity
{
    qint64 id = 0;
    qint64 committeeId = 0;
    int year = 0;
    qint64 goalId = 0;
    Origin origin = Origin::Committee;
    QString title;
    QDate start;
    QDate end;
    qint64 responsibleUnitId = 0;
    int sortOrder = 0;

    bool operator==(const Activity &) const = default;
};

struct ActivityReport
{
    qint64 activityId = 0;
    Period period = Period::T1;
    ActivityStatus status = ActivityStatus::NotSet;
    QString analysis;
    QString updatedBy;
    QDateTime updatedAt;
    int version = 0;
};

QString activityStatusCode(ActivityStatus s);
std::optional<ActivityStatus> activityStatusFromCode(const QString &code);
// A deviation (avvikelse) needs an analysis: delayed, postponed or cancelled.
inline bool isDeviation(ActivityStatus s)
{
    return s == ActivityStatus::Delayed || s == ActivityStatus::Postponed || s == ActivityStatus::Cancelled;
}

} // namespace malkoll
