#include "newyear.h"

#include "store/activityrepository.h"
#include "store/auditlog.h"
#include "store/goalrepository.h"
#include "store/indicatorrepository.h"
#include "store/store.h"

#include <QDate>
#include <QHash>

namespace malkoll {

Result<NewYearSummary> NewYear::create(Store &store, qint64 committeeId, int from, int to)
{
    if (to <= from) return fail(tr("The new year (%1) must come after the year it starts from (%2).").arg(to).arg(from));
    if (to > from + 5) return fail(tr("%1 is more than five years after %2: start the plan from a nearer year.").arg(to).arg(from));
    GoalRepository goals(store);
    IndicatorRepository indicators(store);
    ActivityRepository activities(store);
    const std::vector<Goal> oldGoals = goals.goals(committeeId, from);
    if (oldGoals.empty()) return fail(tr("%1 has no goals to start %2 from.").arg(from).arg(to));
    if (!goals.goals(committeeId, to).empty())
        return fail(tr("%1 already has a plan; a new year is made only once.").arg(to));
    NewYearSummary s;
    auto r = store.transaction([&]() -> Result<void> {
        QHash<qint64, qint64> goalIds; // old id → new id; parents come before their children
        for (const Goal &old : oldGoals) {
            Goal g = old;
            g.id = 0;
            g.year = to;
            g.parentId = old.parentId ? goalIds.value(old.parentId) : 0;
            auto id = goals.add(g);
            if (!id) return Error{id.error()};
            goalIds.insert(old.id, id.value());
            ++s.goals;
        }
        for (const Indicator &old : indicators.indicators(committeeId, from)) {
            Indicator i = old;
            i.id = 0;
            i.year = to;
            i.goalId = goalIds.value(old.goalId);
            i.targetToReview = true;
            if (auto id = indicators.add(i); !id) return Error{id.error()};
            ++s.indicators;
        }
        const QDate newYearStarts(to, 1, 1);
        for (const Activity &old : activities.activities(committeeId, from)) {
            if (old.end.isValid() && old.end < newYearStarts) {
                ++s.activitiesEnded;
                continue;
            }
            Activity a = old;
            a.id = 0;
            a.year = to;
            a.goalId = goalIds.value(old.goalId);
            if (auto id = activities.add(a); !id) return Error{id.error()};
            ++s.activities;
        }
        return AuditLog(store).record(QStringLiteral("committee"), committeeId, QStringLiteral("new_year"), from,
                                      tr("%1 started from %2: %3 goals, %4 indicators, %5 activities")
                                          .arg(to)
                                          .arg(from)
                                          .arg(s.goals)
                                          .arg(s.indicators)
                                          .arg(s.activities));
    });
    if (!r) return Error{r.error()};
    return s;
}

} // namespace malkoll
