#pragma once
// The suggested assessment of a goal, rolled up from its parts: its indicators' status by
// prognosis against Årsmål, its activities (deviating or late), and its sub-goals' assessments.
#include "calc/status.h"
#include "domain/assessment.h"
#include "domain/goal.h"

namespace malkoll {

struct RollupCounts
{
    int indicators = 0; // assessable: met + partly + notMet
    int met = 0;
    int partly = 0;
    int notMet = 0;
    int unassessable = 0;
    int activities = 0;
    int deviating = 0;
    int subGoals = 0; // assessed: full + partly + notMet
    int subFull = 0;
    int subPartly = 0;
    int subNotMet = 0;
    int subUnassessed = 0;
    GoalLevel subLevel = GoalLevel::Committee;

    bool operator==(const RollupCounts &) const = default;
};

class RollupRule
{
public:
    // Weighted share of parts met at which the goal is suggested as fully or partly met.
    static constexpr double fullFrom = 0.75;
    static constexpr double partlyFrom = 0.40;
    // More than this share of deviating activities keeps a goal from "helt".
    static constexpr double activityDeviationLimit = 0.25;

    static Assessment suggest(const RollupCounts &counts);
    // "5 av 7 indikatorer bedöms nå årsmålet; 1 aktivitet har avvikelse; 2 av 2 nämndmål uppfylls helt"
    static QString reasons(const RollupCounts &counts, Language language);
    static QString describe(Language language); // the rule in words (README, tooltips)
};

} // namespace malkoll
