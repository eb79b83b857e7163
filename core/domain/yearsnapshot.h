#pragma once
// Everything about one committee's year, as seen from one follow-up period: what the
// engine computes from and what views show. Plain data; filled by SnapshotReader.
#include "activity.h"
#include "assessment.h"
#include "economy.h"
#include "goal.h"
#include "indicator.h"
#include "measurement.h"
#include "organisation.h"
#include "reportsection.h"
#include "targetchange.h"

#include <QHash>
#include <map>
#include <optional>
#include <vector>

namespace malkoll {

// One earlier measurement of the same indicator (same series), for trends and prognoses.
struct HistoryPoint
{
    int year = 0;
    Period period = Period::T1;
    std::optional<double> outcome;
    std::optional<double> prognosis;
};

struct YearSnapshot
{
    Committee committee;
    int year = 0;
    Period period = Period::T1;
    std::vector<Unit> units;
    std::vector<Goal> goals; // parents before children
    std::vector<Indicator> indicators;
    std::vector<Activity> activities;
    std::vector<TargetChange> targetChanges;
    QHash<qint64, Measurement> measurements;                 // this period, by indicator id
    QHash<qint64, std::map<Period, Measurement>> allPeriods; // every period of this year, by indicator id
    QHash<qint64, double> previousVb;                        // last year's VB outcome, by indicator id
    QHash<qint64, std::vector<HistoryPoint>> history;        // earlier years, by indicator id
    QHash<qint64, ActivityReport> activityReports;           // this period, by activity id
    QHash<qint64, GoalAssessment> assessments;               // committee's own, this period, by goal id
    PeriodInfo periodInfo;
    std::vector<BudgetLine> budget;       // this period's operating budget lines (figures quoted in texts are checked)
    std::vector<ReportSection> sections;  // this period's free and economy sections
    double defaultTolerance = 5.0;

    const Goal *goal(qint64 id) const;
    const Indicator *indicator(qint64 id) const;
    const Activity *activity(qint64 id) const;
    const Unit *unit(qint64 id) const;
    std::vector<const Goal *> children(qint64 goalId) const;
    std::vector<const Goal *> subtree(qint64 goalId) const; // the goal, then its descendants in tree order
    std::vector<const Indicator *> indicatorsOf(qint64 goalId) const;
    std::vector<const Activity *> activitiesOf(qint64 goalId) const;
    const Measurement *measurement(qint64 indicatorId) const;
    std::optional<double> previousVbOf(qint64 indicatorId) const;
    // The årsmål in force at this period: the plan's, or the latest decided change.
    Target effectiveTarget(const Indicator &indicator, bool kf) const;
    const TargetChange *latestChange(const Indicator &indicator, bool kf) const;
    QString goalPath(qint64 goalId) const; // "1 › 1.2 › 1.2.1"

    // Built on first use; indexes by id.
    void buildIndex();

private:
    QHash<qint64, int> m_goalIndex, m_indicatorIndex, m_activityIndex, m_unitIndex;
    QHash<qint64, std::vector<int>> m_childGoals, m_goalIndicators, m_goalActivities;
};

} // namespace malkoll
