#include "yearsnapshot.h"

namespace malkoll {

void YearSnapshot::buildIndex()
{
    m_goalIndex.clear();
    m_indicatorIndex.clear();
    m_activityIndex.clear();
    m_unitIndex.clear();
    m_childGoals.clear();
    m_goalIndicators.clear();
    m_goalActivities.clear();
    for (int i = 0; i < int(goals.size()); ++i) {
        m_goalIndex.insert(goals[i].id, i);
        m_childGoals[goals[i].parentId].push_back(i);
    }
    for (int i = 0; i < int(indicators.size()); ++i) {
        m_indicatorIndex.insert(indicators[i].id, i);
        m_goalIndicators[indicators[i].goalId].push_back(i);
    }
    for (int i = 0; i < int(activities.size()); ++i) {
        m_activityIndex.insert(activities[i].id, i);
        m_goalActivities[activities[i].goalId].push_back(i);
    }
    for (int i = 0; i < int(units.size()); ++i) m_unitIndex.insert(units[i].id, i);
}

const Goal *YearSnapshot::goal(qint64 id) const
{
    const auto it = m_goalIndex.constFind(id);
    return it == m_goalIndex.cend() ? nullptr : &goals[size_t(*it)];
}

const Indicator *YearSnapshot::indicator(qint64 id) const
{
    const auto it = m_indicatorIndex.constFind(id);
    return it == m_indicatorIndex.cend() ? nullptr : &indicators[size_t(*it)];
}

const Activity *YearSnapshot::activity(qint64 id) const
{
    const auto it = m_activityIndex.constFind(id);
    return it == m_activityIndex.cend() ? nullptr : &activities[size_t(*it)];
}

const Unit *YearSnapshot::unit(qint64 id) const
{
    const auto it = m_unitIndex.constFind(id);
    return it == m_unitIndex.cend() ? nullptr : &units[size_t(*it)];
}

std::vector<const Goal *> YearSnapshot::children(qint64 goalId) const
{
    std::vector<const Goal *> out;
    for (int i : m_childGoals.value(goalId)) out.push_back(&goals[size_t(i)]);
    return out;
}

std::vector<const Goal *> YearSnapshot::subtree(qint64 goalId) const
{
    std::vector<const Goal *> out;
    const Goal *root = goal(goalId);
    if (!root) return out;
    std::vector<const Goal *> stack{root};
    while (!stack.empty()) {
        const Goal *g = stack.back();
        stack.pop_back();
        out.push_back(g);
        const auto kids = children(g->id);
        for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(*it);
    }
    return out;
}

std::vector<const Indicator *> YearSnapshot::indicatorsOf(qint64 goalId) const
{
    std::vector<const Indicator *> out;
    for (int i : m_goalIndicators.value(goalId)) out.push_back(&indicators[size_t(i)]);
    return out;
}

std::vector<const Activity *> YearSnapshot::activitiesOf(qint64 goalId) const
{
    std::vector<const Activity *> out;
    for (int i : m_goalActivities.value(goalId)) out.push_back(&activities[size_t(i)]);
    return out;
}

const Measurement *YearSnapshot::measurement(qint64 indicatorId) const
{
    const auto it = measurements.constFind(indicatorId);
    return it == measurements.cend() ? nullptr : &*it;
}

std::optional<double> YearSnapshot::previousVbOf(qint64 indicatorId) const
{
    const auto it = previousVb.constFind(indicatorId);
    if (it == previousVb.cend()) return std::nullopt;
    return *it;
}

const TargetChange *YearSnapshot::latestChange(const Indicator &indicator, bool kf) const
{
    const TargetChange *latest = nullptr;
    for (const TargetChange &c : targetChanges) {
        if (c.indicatorId != indicator.id || c.kf != kf) continue;
        if (int(c.fromPeriod) > int(period)) continue; // decided for a later period
        if (!latest || c.decided >= latest->decided) latest = &c;
    }
    return latest;
}

Target YearSnapshot::effectiveTarget(const Indicator &indicator, bool kf) const
{
    if (const TargetChange *c = latestChange(indicator, kf)) return c->target;
    return kf ? indicator.kfTarget : indicator.target;
}

QString YearSnapshot::goalPath(qint64 goalId) const
{
    QStringList parts;
    for (const Goal *g = goal(goalId); g; g = g->parentId ? goal(g->parentId) : nullptr) parts.prepend(g->number);
    return parts.join(QStringLiteral(" › "));
}

} // namespace malkoll
