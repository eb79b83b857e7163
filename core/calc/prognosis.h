#pragma once
// A suggested full-year prognosis (prognos helår) with the method that produced it. An
// entered prognosis always wins; the suggestion is shown beside it.
#include "calc/status.h"
#include "domain/indicator.h"
#include "domain/period.h"
#include "domain/yearsnapshot.h"

#include <optional>
#include <vector>

namespace malkoll {

enum class PrognosisMethod {
    None,            // history too short, or nothing to go on
    YearOutcome,     // VB: the year is over, the outcome is the full year
    CumulativeShare, // counts that grow during the year: outcome ÷ share reached by now in earlier years
    CarryForward,    // levels and shares: the level reached so far holds for the year
    LinearTrend,     // no outcome yet: the VB outcomes of the last years, extended by a straight line
};

struct PrognosisSuggestion
{
    std::optional<double> value;
    PrognosisMethod method = PrognosisMethod::None;
    double share = 0; // CumulativeShare: the mean share of the full year reached by this period
    int yearsUsed = 0;
};

class PrognosisRule
{
public:
    static constexpr int minTrendYears = 3; // a straight line through fewer VB outcomes says too little
    static constexpr int historyYears = 4;  // suggestions look at most this many years back

    static PrognosisSuggestion suggest(Period period, std::optional<double> outcome,
                                       const std::vector<HistoryPoint> &history, int year, int decimals);
    // An indicator accumulates during the year when earlier years reached clearly less by this
    // period than at VB (feriejobb, Stockholmsjobb); shares and levels do not.
    static std::optional<double> cumulativeShare(Period period, const std::vector<HistoryPoint> &history, int year,
                                                 int *years = nullptr);
    static QString methodText(const PrognosisSuggestion &s, Language language);
    static QString methodCode(PrognosisMethod method);
};

} // namespace malkoll
