#pragma once
// Goals of every level and the assessments people give them per period.
#include "domain/assessment.h"
#include "domain/goal.h"
#include "committeeids.h"
#include "result.h"

#include <optional>
#include <vector>
#include <QCoreApplication>

namespace malkoll {

class Store;

class GoalRepository
{
    Q_DECLARE_TR_FUNCTIONS(GoalRepository)

public:
    explicit GoalRepository(Store &store) : m_store(store) {}

    Result<qint64> add(Goal &goal);
    Result<void> update(const Goal &goal);
    std::vector<Goal> goals(const CommitteeIds &committees, int year) const; // ordered parents before children
    std::vector<Goal> goals(qint64 committeeId, int year) const { return goals(CommitteeIds{committeeId}, year); }
    std::optional<Goal> goal(qint64 id) const;
    std::vector<int> years(qint64 committeeId) const;

    // Saves an assessment (the committee's when unitId is 0). Refused in a locked period.
    Result<void> setAssessment(const GoalAssessment &assessment);
    // Loaders and the generator: new assessments into a fresh, unlocked year, in the caller's transaction.
    Result<void> insertAssessmentsBulk(const std::vector<GoalAssessment> &assessments);
    std::vector<GoalAssessment> assessments(const CommitteeIds &committees, int year, Period period) const;
    std::vector<GoalAssessment> assessments(qint64 committeeId, int year, Period period) const
    {
        return assessments(CommitteeIds{committeeId}, year, period);
    }
    std::optional<GoalAssessment> assessment(qint64 goalId, Period period, qint64 unitId = 0) const;

private:
    Store &m_store;
};

} // namespace malkoll
