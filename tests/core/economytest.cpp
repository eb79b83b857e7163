// Every economy example of DOMAIN.md §6, from Tertialrapport 1 2024 (003:2149-2168).
#include "calc/economy.h"
#include "sample/demoloader.h"
#include "store/economyrepository.h"
#include "store/organisationrepository.h"
#include "tempstore.h"

#include <gtest/gtest.h>

using namespace malkoll;

namespace {
BudgetLine line(const char *name, double budget, double adjustments, double performance, double after,
                qint64 parent = 0)
{
    BudgetLine l;
    l.name = QString::fromUtf8(name);
    l.budget = budget;
    l.adjustments = adjustments;
    l.performance = performance;
    l.forecastAfter = after;
    l.parentId = parent;
    return l;
}
ResultUnitLine unit(double gross, double carriedIn, double result)
{
    ResultUnitLine l;
    l.grossBudget = gross;
    l.carriedIn = carriedIn;
    l.result = result;
    return l;
}
} // namespace

TEST(Economy, DeviationIsBudgetPlusAdjustmentsPlusPerformanceMinusForecast)
{
    EXPECT_DOUBLE_EQ(EconomyCalc::deviation(line("Förskoleverksamhet", 278.5, 6.3, 0, 284.8)), 0.0);
    EXPECT_DOUBLE_EQ(EconomyCalc::deviation(line("Stöd och service", 238.3, 2.5, 0, 239.3)), 1.5);
    EXPECT_DOUBLE_EQ(EconomyCalc::deviation(line("Ekonomiskt bistånd", 25.5, 0, 0, 30.5)), -5.0);
    EXPECT_DOUBLE_EQ(EconomyCalc::deviation(line("Prestation", 100, 0, 2.0, 101.0)), 1.0);
}

TEST(Economy, VaravLinesAreNeverCountedTwice)
{
    const std::vector<BudgetLine> lines{line("Individ- och familjeomsorg", 100, 1, 0, 102),
                                        line("varav barn och ungdom", 40, 0, 0, 41, 1),
                                        line("varav vuxna", 30, 0, 0, 30.5, 1),
                                        line("Äldreomsorg", 200, 0, 0, 198)};
    const BudgetTotals t = EconomyCalc::totals(lines);
    EXPECT_DOUBLE_EQ(t.budget, 300);
    EXPECT_DOUBLE_EQ(t.forecastAfter, 300);
    EXPECT_DOUBLE_EQ(t.deviation, 1);
}

TEST(Economy, KungsholmenTotalOf2024BalancesToZero)
{
    // Totalt 1 424,3 + 8,8 − 1 433,1 = 0,0, summed from the verksamhetsområden of the demo store.
    malkoll::test::TempStore db;
    auto demo = malkoll::test::loadDemo(db);
    ASSERT_TRUE(demo.ok()) << demo.error().toStdString();
    const auto lines = EconomyRepository(db.store()).budgetLines(demo->committeeId, 2024, Period::T1);
    const BudgetTotals t = EconomyCalc::totals(lines);
    EXPECT_DOUBLE_EQ(t.budget, 1424.3);
    EXPECT_DOUBLE_EQ(EconomyCalc::roundMnkr(t.adjustments + t.performance), 8.8);
    EXPECT_DOUBLE_EQ(t.forecastAfter, 1433.1);
    EXPECT_DOUBLE_EQ(t.deviation, 0.0);
    for (const BudgetLine &l : lines) {
        if (l.name.startsWith(QStringLiteral("Förskole"))) {
            EXPECT_DOUBLE_EQ(EconomyCalc::deviation(l), 0.0);
        }
        if (l.name.startsWith(QStringLiteral("Ekonomiskt bistånd"))) {
            EXPECT_DOUBLE_EQ(EconomyCalc::deviation(l), -5.0);
        }
        if (l.name.startsWith(QStringLiteral("Stöd och service"))) {
            EXPECT_DOUBLE_EQ(EconomyCalc::deviation(l), 1.5);
        }
    }
}

TEST(Economy, ResultTransferIsMinusCarriedInPlusResult)
{
    // Budget 30 060, carried in +549 (deficit), result −549 → transfer 0.
    const ResultTransfer a = EconomyCalc::transfer(unit(30060, 549, -549));
    EXPECT_DOUBLE_EQ(a.transfer, 0);
    EXPECT_FALSE(a.capped);
    // Budget 46 340, carried in −4 599, result 0 → +4 599 (cap 4 634).
    const ResultTransfer b = EconomyCalc::transfer(unit(46340, -4599, 0));
    EXPECT_DOUBLE_EQ(b.transfer, 4599);
    EXPECT_DOUBLE_EQ(b.cap, 4634);
    EXPECT_DOUBLE_EQ(b.fivePercent, 2317);
    EXPECT_FALSE(b.capped);
}

TEST(Economy, SurplusTransferIsCappedAtTenPercentOfGrossBudget)
{
    const ResultTransfer r = EconomyCalc::transfer(unit(10000, -2000, -500));
    EXPECT_DOUBLE_EQ(r.uncapped, 2500);
    EXPECT_DOUBLE_EQ(r.transfer, 1000);
    EXPECT_TRUE(r.capped);
    // A deficit moves in full.
    EXPECT_DOUBLE_EQ(EconomyCalc::transfer(unit(10000, 1500, 500)).transfer, -2000);
}

TEST(Economy, InvestmentDeviation)
{
    InvestmentLine l;
    l.budget = 2.5;
    l.adjustments = 0.5;
    l.forecast = 2.9;
    EXPECT_DOUBLE_EQ(EconomyCalc::deviation(l), 0.1);
}
