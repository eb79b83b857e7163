#pragma once
// Economy deviations (DOMAIN.md §6): avvikelse per verksamhetsområde and in total ("varav"
// lines never counted twice), resultatenheternas resultatöverföring, investments.
#include "domain/economy.h"

#include <vector>

namespace malkoll {

struct BudgetTotals
{
    double budget = 0;
    double adjustments = 0;
    double performance = 0;
    double forecastBefore = 0;
    double forecastAfter = 0;
    double deviation = 0; // positive: överskott, negative: underskott
};

struct ResultTransfer
{
    double fivePercent = 0;  // 5 % of bruttobudget, shown in the table
    double cap = 0;          // 10 % of bruttobudget
    double uncapped = 0;     // −(carried in + this year's result); överskott +
    double transfer = 0;     // what goes to next year
    bool capped = false;
};

class EconomyCalc
{
public:
    // Budget + begärda budgetjusteringar + prestationsförändringar − prognos efter resultatöverföringar.
    static double deviation(const BudgetLine &line);
    static double deviation(const InvestmentLine &line); // budget + justeringar − prognos
    // Sums the top-level lines only: a "varav" line is already inside its parent.
    static BudgetTotals totals(const std::vector<BudgetLine> &lines);
    static BudgetTotals totals(const std::vector<InvestmentLine> &lines);
    // A surplus moves to next year up to 10 % of bruttobudget; a deficit moves in full.
    static ResultTransfer transfer(const ResultUnitLine &line);
    // Mnkr as printed in the reports: one decimal, so sums agree with the printed rows.
    static double roundMnkr(double v);
};

} // namespace malkoll
