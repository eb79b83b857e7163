#include "activity.h"

namespace malkoll {

QString activityStatusCode(ActivityStatus s)
{
    switch (s) {
    case ActivityStatus::NotSet: return {};
    case ActivityStatus::OnTrack: return QStringLiteral("ontrack");
    case ActivityStatus::Completed: return QStringLiteral("completed");
    case ActivityStatus::Delayed: return QStringLiteral("delayed");
    case ActivityStatus::Postponed: return QStringLiteral("postponed");
    case ActivityStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<ActivityStatus> activityStatusFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c.isEmpty()) return ActivityStatus::NotSet;
    if (c == u"ontrack") return ActivityStatus::OnTrack;
    if (c == u"completed") return ActivityStatus::Completed;
    if (c == u"delayed") return ActivityStatus::Delayed;
    if (c == u"postponed") return ActivityStatus::Postponed;
    if (c == u"cancelled") return ActivityStatus::Cancelled;
    return std::nullopt;
}

} // namespace malkoll
