// Indicator status for every target kind × direction × met / partly / not met, with rows
// from Kungsholmen's Tertialrapport 1 2024 (shared/seeds/003) where the report says the result.
#include "calc/status.h"
#include "qtprinters.h"
#include "text/targettext.h"

#include <gtest/gtest.h>

using namespace malkoll;

namespace {
Target target(const char *text)
{
    auto t = TargetText::parse(QString::fromUtf8(text));
    EXPECT_TRUE(t.ok()) << text;
    return t ? t.value() : Target{};
}

struct StatusCase
{
    const char *name;
    const char *target;
    Direction direction;
    std::optional<double> value;
    IndicatorStatus expected;
    std::optional<double> previousVb = std::nullopt;
    std::optional<double> baseline = std::nullopt;
};

void PrintTo(const StatusCase &c, std::ostream *os) { *os << c.name; }

const auto H = Direction::HigherIsBetter;
const auto L = Direction::LowerIsBetter;
const auto N = Direction::None;
const auto Met = IndicatorStatus::Met;
const auto Partly = IndicatorStatus::PartlyMet;
const auto Not = IndicatorStatus::NotMet;
const auto NA = IndicatorStatus::NotAssessable;
} // namespace

class StatusTable : public ::testing::TestWithParam<StatusCase>
{};

TEST_P(StatusTable, JudgesTheValueAgainstTheTarget)
{
    const StatusCase &c = GetParam();
    StatusContext ctx;
    ctx.direction = c.direction;
    ctx.tolerancePercent = 5;
    ctx.previousVb = c.previousVb;
    ctx.baselineValue = c.baseline;
    const StatusResult r = StatusRule::evaluate(c.value, target(c.target), ctx);
    EXPECT_EQ(r.status, c.expected) << c.name << ": got " << StatusRule::statusCode(r.status).toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    EveryKind, StatusTable,
    ::testing::Values(
        // Value, higher is better (80 %; 5 % of 80 is 4)
        StatusCase{"value higher met", "80 %", H, 85, Met}, StatusCase{"value higher exact", "80 %", H, 80, Met},
        StatusCase{"value higher partly", "80 %", H, 77, Partly},
        StatusCase{"value higher partly edge", "80 %", H, 76, Partly},
        StatusCase{"value higher not", "80 %", H, 75.9, Not},
        // Value, lower is better (4,9 children per staff)
        StatusCase{"value lower met", "4,9", L, 4.5, Met}, StatusCase{"value lower partly", "4,9", L, 5.1, Partly},
        StatusCase{"value lower not", "4,9", L, 5.3, Not},
        // Value without direction: close to the level
        StatusCase{"value none met", "100", N, 100, Met}, StatusCase{"value none partly", "100", N, 96, Partly},
        StatusCase{"value none not", "100", N, 110, Not},
        // Öka / Minska against last year's VB outcome
        StatusCase{"increase met", "Öka", H, 36, Met, 35.3}, StatusCase{"increase unchanged", "Ökning", H, 35.3, Partly, 35.3},
        StatusCase{"increase slightly lower", "Öka", H, 34, Partly, 35.3},
        StatusCase{"increase not", "Öka", H, 30, Not, 35.3}, StatusCase{"decrease met", "Minska", L, 19, Met, 20.4},
        StatusCase{"decrease unchanged", "Minskning", L, 20.4, Partly, 20.4},
        StatusCase{"decrease not", "Minska", L, 25, Not, 20.4},
        StatusCase{"increase without last year", "Öka", H, 36, NA},
        // Bounds
        StatusCase{"max met", "Max 10 personer", L, 9, Met}, StatusCase{"max at bound", "Max 10 personer", L, 10, Met},
        StatusCase{"max partly", "Max 10 personer", L, 10.4, Partly},
        StatusCase{"max not (003:883)", "Max 10 person er", L, 12.03, Not},
        StatusCase{"max ignores direction", "Max 10", H, 11, Not}, StatusCase{"min met", "Minst 60 %", H, 65, Met},
        StatusCase{"min partly", "Minst 60 %", H, 58, Partly}, StatusCase{"min not", "Minst 60 %", H, 50, Not},
        // Band around zero (budget deviation +/- 1 %)
        StatusCase{"band inside", "+/- 1 %", N, 0.5, Met}, StatusCase{"band edge", "+/- 1 %", N, -1, Met},
        StatusCase{"band partly", "+/- 1 %", N, 1.04, Partly}, StatusCase{"band not", "+/- 1 %", N, -1.5, Not},
        // Relative to a baseline year: 2 % better than the 2018 outcome
        StatusCase{"relative lower met", "2 % energieffektivisering relativt 2018", L, 97, Met, std::nullopt, 100},
        StatusCase{"relative lower partly", "2 % energieffektivisering relativt 2018", L, 100, Partly, std::nullopt, 100},
        StatusCase{"relative lower not", "2 % energieffektivisering relativt 2018", L, 104, Not, std::nullopt, 100},
        StatusCase{"relative higher met", "2 % relativt 2018", H, 103, Met, std::nullopt, 100},
        StatusCase{"relative higher partly", "2 % relativt 2018", H, 99, Partly, std::nullopt, 100},
        StatusCase{"relative higher not", "2 % relativt 2018", H, 90, Not, std::nullopt, 100},
        StatusCase{"relative without baseline", "2 % relativt 2018", L, 97, NA},
        // Not assessable
        StatusCase{"no target", "", H, 5, NA}, StatusCase{"set later", "Fastställs 2024", H, 5, NA},
        StatusCase{"set by committee", "Tas fram av nämnd", H, 5, NA}, StatusCase{"no value", "80 %", H, std::nullopt, NA}));

// Rows of Tertialrapport 1 2024 where the report states the result in its analysis.
INSTANTIATE_TEST_SUITE_P(
    Report003, StatusTable,
    ::testing::Values(
        // 003:331-332 Antal barn per anställd 5,2 against 4,9: "Årsmålet nås inte"
        StatusCase{"003:331 children per staff", "4,9", L, 5.2, Not},
        // 003:333-334 Antal barn per grupp 16,7 against 15: "Årsmålet nås inte"
        StatusCase{"003:333 children per group", "15", L, 16.7, Not},
        // 003:335-336 Antal barn per legitimerad förskollärare 15,9 against 15 st: "Årsmålet nås inte"
        StatusCase{"003:335 children per teacher", "15 st", L, 15.9, Not},
        // 003:1720-1721 Sjukfrånvaro 8,7 % against 8,5 %: "något över årsmålet", prognosis 8,5 % "nås"
        StatusCase{"003:1720 sick leave outcome", "8,5 %", L, 8.7, Partly},
        StatusCase{"003:1720 sick leave prognosis", "8,5 %", L, 8.5, Met},
        // 003:1716 timavlönade äldreomsorg 16,1 against 13, prognosis 13 "nås vid årets slut"
        StatusCase{"003:1716 hourly staff outcome", "13", L, 16.1, Not},
        StatusCase{"003:1716 hourly staff prognosis", "13", L, 13, Met},
        // 003:554-555 åter föremål för anmälan 28,8 % against 21 %: "når inte årsmålet", prognosis 21 % "nås"
        StatusCase{"003:554 re-reported outcome", "21 %", L, 28.8, Not},
        StatusCase{"003:554 re-reported prognosis", "21 %", L, 21, Met}));

TEST(Status, GapIsNegativeWhenWorseWhateverTheDirection)
{
    StatusContext lower;
    lower.direction = Direction::LowerIsBetter;
    const StatusResult l = StatusRule::evaluate(5.2, target("4,9"), lower);
    EXPECT_NEAR(*l.gap, -0.3, 1e-9);
    EXPECT_NEAR(*l.gapPercent, -0.3 / 4.9 * 100, 1e-9);
    StatusContext higher;
    const StatusResult h = StatusRule::evaluate(34.9, target("35 %"), higher);
    EXPECT_NEAR(*h.gap, -0.1, 1e-9);
    const StatusResult better = StatusRule::evaluate(4.5, target("4,9"), lower);
    EXPECT_GT(*better.gap, 0);
}

TEST(Status, ToleranceIsPerIndicator)
{
    StatusContext strict;
    strict.tolerancePercent = 0;
    EXPECT_EQ(StatusRule::evaluate(79.9, target("80 %"), strict).status, IndicatorStatus::NotMet);
    StatusContext loose;
    loose.tolerancePercent = 10;
    EXPECT_EQ(StatusRule::evaluate(73, target("80 %"), loose).status, IndicatorStatus::PartlyMet);
}

TEST(Status, RuleIsDescribedInBothLanguagesWithTheTolerance)
{
    EXPECT_TRUE(StatusRule::describe(5, Language::Swedish).contains(QStringLiteral("5 %")));
    EXPECT_TRUE(StatusRule::describe(7.5, Language::Swedish).contains(QStringLiteral("7,5 %")));
    EXPECT_TRUE(StatusRule::describe(5, Language::English).contains(QStringLiteral("partly met")));
}

TEST(Trend, BetterMeansTheIndicatorsDirection)
{
    EXPECT_EQ(StatusRule::trend(16.7, 16.2, Direction::LowerIsBetter, 1), Trend::Worse);
    EXPECT_EQ(StatusRule::trend(96.7, 96.4, Direction::HigherIsBetter, 1), Trend::Better);
    EXPECT_EQ(StatusRule::trend(5.21, 5.24, Direction::LowerIsBetter, 1), Trend::Unchanged);
    EXPECT_EQ(StatusRule::trend(5, std::nullopt, Direction::LowerIsBetter, 1), Trend::Unknown);
    EXPECT_EQ(StatusRule::trendArrow(Trend::Better), QStringLiteral("↑"));
}
