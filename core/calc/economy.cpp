#include "economy.h"

#include <algorithm>
#include <cmath>

namespace malkoll {

double EconomyCalc::roundMnkr(double v)
{
    const double r = std::round(v * 10.0) / 10.0;
    return r == 0 ? 0.0 : r; // no "−0,0"
}

double EconomyCalc::deviation(const BudgetLine &l)
{
    return roundMnkr(l.budget + l.adjustments + l.performance - l.forecastAfter);
}

double EconomyCalc::deviation(const InvestmentLine &l) { return roundMnkr(l.budget + l.adjustments - l.forecast); }

BudgetTotals EconomyCalc::totals(const std::vector<BudgetLine> &lines)
{
    BudgetTotals t;
    for (const BudgetLine &l : lines) {
        if (l.parentId != 0) continue;
        t.budget += l.budget;
        t.adjustments += l.adjustments;
        t.performance += l.performance;
        t.forecastBefore += l.forecastBefore;
        t.forecastAfter += l.forecastAfter;
    }
    t.budget = roundMnkr(t.budget);
    t.adjustments = roundMnkr(t.adjustments);
    t.performance = roundMnkr(t.performance);
    t.forecastBefore = roundMnkr(t.forecastBefore);
    t.forecastAfter = roundMnkr(t.forecastAfter);
    t.deviation = roundMnkr(t.budget + t.adjustments + t.performance - t.forecastAfter);
    return t;
}

BudgetTotals EconomyCalc::totals(const std::vector<InvestmentLine> &lines)
{
    BudgetTotals t;
    for (const InvestmentLine &l : lines) {
        t.budget += l.budget;
        t.adjustments += l.adjustments;
        t.forecastAfter += l.forecast;
    }
    t.budget = roundMnkr(t.budget);
    t.adjustments = roundMnkr(t.adjustments);
    t.forecastAfter = roundMnkr(t.forecastAfter);
    t.forecastBefore = t.forecastAfter;
    t.deviation = roundMnkr(t.budget + t.adjustments - t.forecastAfter);
    return t;
}

ResultTransfer EconomyCalc::transfer(const ResultUnitLine &l)
{
    ResultTransfer r;
    r.fivePercent = std::round(l.grossBudget * 0.05);
    r.cap = std::round(l.grossBudget * 0.10);
    r.uncapped = -(l.carriedIn + l.result);
    r.transfer = r.uncapped;
    if (r.transfer > r.cap) {
        r.transfer = r.cap;
        r.capped = true;
    }
    if (r.transfer == 0) r.transfer = 0.0; // no −0
    return r;
}

} // namespace malkoll
