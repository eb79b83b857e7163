#include "prognosis.h"

#include <cmath>
#include <map>

namespace malkoll {

namespace {
// Below this mean share of the VB outcome at the same period, an indicator counts as cumulative.
constexpr double kCumulativeBelow = 0.9;

double roundTo(double v, int decimals)
{
    const double scale = std::pow(10.0, std::clamp(decimals, 0, 6));
    return std::round(v * scale) / scale;
}
} // namespace

std::optional<double> PrognosisRule::cumulativeShare(Period period, const std::vector<HistoryPoint> &history,
                                                     int year, int *years)
{
    if (period == Period::VB || period == Period::VP) return std::nullopt;
    std::map<int, std::pair<std::optional<double>, std::optional<double>>> byYear; // year -> (at period, at VB)
    for (const HistoryPoint &h : history) {
        if (h.year >= year || h.year < year - historyYears) continue;
        if (h.period == period) byYear[h.year].first = h.outcome;
        if (h.period == Period::VB) byYear[h.year].second = h.outcome;
    }
    double sum = 0;
    int n = 0;
    for (const auto &[y, pair] : byYear) {
        if (!pair.first || !pair.second || *pair.second <= 0) continue;
        sum += *pair.first / *pair.second;
        ++n;
    }
    if (years) *years = n;
    if (n == 0) return std::nullopt;
    const double share = sum / n;
    if (share >= kCumulativeBelow || share <= 0) return std::nullopt;
    return share;
}

PrognosisSuggestion PrognosisRule::suggest(Period period, std::optional<double> outcome,
                                           const std::vector<HistoryPoint> &history, int year, int decimals)
{
    PrognosisSuggestion s;
    if (period == Period::VB) {
        if (outcome) {
            s.value = outcome;
            s.method = PrognosisMethod::YearOutcome;
        }
        return s;
    }
    if (outcome) {
        int years = 0;
        if (const auto share = cumulativeShare(period, history, year, &years)) {
            s.value = roundTo(*outcome / *share, decimals);
            s.method = PrognosisMethod::CumulativeShare;
            s.share = *share;
            s.yearsUsed = years;
            return s;
        }
        s.value = outcome;
        s.method = PrognosisMethod::CarryForward;
        return s;
    }
    // No outcome yet (a yearly indicator before VB): extend the last years' VB outcomes.
    std::map<int, double> vb;
    for (const HistoryPoint &h : history)
        if (h.period == Period::VB && h.outcome && h.year < year && h.year >= year - historyYears)
            vb[h.year] = *h.outcome;
    if (int(vb.size()) < minTrendYears) return s;
    double mx = 0, my = 0;
    for (const auto &[x, y] : vb) {
        mx += x;
        my += y;
    }
    mx /= double(vb.size());
    my /= double(vb.size());
    double sxy = 0, sxx = 0;
    for (const auto &[x, y] : vb) {
        sxy += (x - mx) * (y - my);
        sxx += (x - mx) * (x - mx);
    }
    const double slope = sxx > 0 ? sxy / sxx : 0;
    s.value = roundTo(my + slope * (year - mx), decimals);
    s.method = PrognosisMethod::LinearTrend;
    s.yearsUsed = int(vb.size());
    return s;
}

QString PrognosisRule::methodCode(PrognosisMethod method)
{
    switch (method) {
    case PrognosisMethod::None: return QStringLiteral("none");
    case PrognosisMethod::YearOutcome: return QStringLiteral("year-outcome");
    case PrognosisMethod::CumulativeShare: return QStringLiteral("cumulative-share");
    case PrognosisMethod::CarryForward: return QStringLiteral("carry-forward");
    case PrognosisMethod::LinearTrend: return QStringLiteral("linear-trend");
    }
    return {};
}

QString PrognosisRule::methodText(const PrognosisSuggestion &s, Language language)
{
    const bool sv = language == Language::Swedish;
    const QString pct = QString::number(std::round(s.share * 100));
    switch (s.method) {
    case PrognosisMethod::None:
        return sv ? QStringLiteral("Inget förslag: för kort historik")
                  : QStringLiteral("No suggestion: history too short");
    case PrognosisMethod::YearOutcome: return sv ? QStringLiteral("Årets utfall") : QStringLiteral("The year's outcome");
    case PrognosisMethod::CumulativeShare:
        return sv ? QStringLiteral("Kumulativt: utfallet delat med andelen av helåret som nåtts vid samma tid "
                                   "tidigare år (%1 %, %2 år)")
                        .arg(pct)
                        .arg(s.yearsUsed)
                  : QStringLiteral("Cumulative: the outcome divided by the share of the full year reached by "
                                   "this time in earlier years (%1 %, %2 years)")
                        .arg(pct)
                        .arg(s.yearsUsed);
    case PrognosisMethod::CarryForward:
        return sv ? QStringLiteral("Nivån hittills förs fram till helår")
                  : QStringLiteral("The level so far carried forward to the full year");
    case PrognosisMethod::LinearTrend:
        return sv ? QStringLiteral("Linjär trend över VB-utfallen de senaste %1 åren").arg(s.yearsUsed)
                  : QStringLiteral("Linear trend over the VB outcomes of the last %1 years").arg(s.yearsUsed);
    }
    return {};
}

} // namespace malkoll
