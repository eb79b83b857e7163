#pragma once
// Everything the engine computes for one committee's year at one period: every indicator's
// status (outcome and prognosis, against Årsmål and KF:s årsmål), gap, trend and prognosis
// suggestion; every goal's suggested assessment with reasons; the findings for controllers.
#include "calc/findings.h"
#include "calc/prognosis.h"
#include "calc/rollup.h"
#include "calc/status.h"
#include "domain/yearsnapshot.h"

#include <QDate>
#include <QHash>
#include <vector>

namespace malkoll {

struct IndicatorEvaluation
{
    const Indicator *indicator = nullptr;
    Target target;   // Årsmål in force at this period
    Target kfTarget; // KF:s årsmål in force ("Tas fram av nämnd" resolved to the Årsmål)
    double tolerance = 5.0;
    std::optional<double> outcome;
    std::optional<double> prognosis;       // as entered
    std::optional<double> judgedPrognosis; // entered prognosis; at VB the outcome
    bool notReported = false;
    bool hasAnalysis = false;
    PrognosisSuggestion suggestion;
    StatusResult outcomeStatus;       // period outcome vs Årsmål
    StatusResult outcomeKfStatus;     // period outcome vs KF:s årsmål
    StatusResult prognosisStatus;     // prognosis vs Årsmål
    StatusResult prognosisKfStatus;   // prognosis vs KF:s årsmål
    IndicatorStatus expected = IndicatorStatus::NotAssessable; // what the goal rolls up: by prognosis, else outcome
    Trend trend = Trend::Unknown;     // against the same period last year
    std::optional<double> trendPrevious;
};

struct GoalEvaluation
{
    const Goal *goal = nullptr;
    Assessment suggestion = Assessment::NotSet;
    RollupCounts counts;
    Assessment assessment = Assessment::NotSet; // the person's, as stored
};

struct YearEvaluation
{
    int year = 0;
    Period period = Period::T1;
    std::vector<IndicatorEvaluation> indicators; // snapshot order
    std::vector<GoalEvaluation> goals;           // snapshot order (parents first)
    std::vector<Finding> findings;

    const IndicatorEvaluation *indicator(qint64 id) const;
    const GoalEvaluation *goal(qint64 id) const;
    void buildIndex();

private:
    QHash<qint64, int> m_indicatorIndex, m_goalIndex;
};

class Evaluator
{
public:
    static QDate periodEnd(int year, Period period); // 30 april, 31 augusti, 31 december
    static YearEvaluation evaluate(const YearSnapshot &snapshot);
    // One indicator; `values` replaces the stored measurement (a preview while someone types).
    static IndicatorEvaluation evaluateIndicator(const YearSnapshot &snapshot, const Indicator &indicator,
                                                 const Measurement *values = nullptr);
    // An activity deviates at a period: delayed, postponed or cancelled, or past its Slutdatum
    // and not completed.
    static bool activityDeviates(const Activity &activity, const ActivityReport *report, QDate periodEnd);
};

} // namespace malkoll
