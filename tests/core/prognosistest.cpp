#include "calc/prognosis.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

using namespace malkoll;

namespace {
HistoryPoint point(int year, Period period, double outcome) { return HistoryPoint{year, period, outcome, {}}; }
} // namespace

TEST(Prognosis, CumulativeCountsAreScaledByTheShareReachedInEarlierYears)
{
    // Feriejobb: by T1 earlier years had reached 25 %, 27,3 % and 26,2 % of the year.
    const std::vector<HistoryPoint> history{point(2021, Period::T1, 50),  point(2021, Period::VB, 200),
                                            point(2022, Period::T1, 60),  point(2022, Period::VB, 220),
                                            point(2023, Period::T1, 55),  point(2023, Period::VB, 210)};
    const PrognosisSuggestion s = PrognosisRule::suggest(Period::T1, 60, history, 2024, 0);
    ASSERT_EQ(s.method, PrognosisMethod::CumulativeShare);
    const double share = (50.0 / 200 + 60.0 / 220 + 55.0 / 210) / 3;
    EXPECT_NEAR(s.share, share, 1e-12);
    EXPECT_DOUBLE_EQ(*s.value, std::round(60 / share));
    EXPECT_EQ(s.yearsUsed, 3);
    EXPECT_TRUE(PrognosisRule::methodText(s, Language::Swedish).contains(QStringLiteral("Kumulativt")));
}

TEST(Prognosis, LevelsAndSharesAreCarriedForward)
{
    const std::vector<HistoryPoint> history{point(2022, Period::T1, 34), point(2022, Period::VB, 35),
                                            point(2023, Period::T1, 35), point(2023, Period::VB, 35.3)};
    const PrognosisSuggestion s = PrognosisRule::suggest(Period::T1, 34.9, history, 2024, 1);
    EXPECT_EQ(s.method, PrognosisMethod::CarryForward);
    EXPECT_DOUBLE_EQ(*s.value, 34.9);
}

TEST(Prognosis, YearlyIndicatorWithoutOutcomeFollowsTheTrendOfItsVbOutcomes)
{
    const std::vector<HistoryPoint> history{point(2021, Period::VB, 60), point(2022, Period::VB, 62),
                                            point(2023, Period::VB, 64)};
    const PrognosisSuggestion s = PrognosisRule::suggest(Period::T1, std::nullopt, history, 2024, 0);
    ASSERT_EQ(s.method, PrognosisMethod::LinearTrend);
    EXPECT_DOUBLE_EQ(*s.value, 66);
    EXPECT_EQ(s.yearsUsed, 3);
}

TEST(Prognosis, NoSuggestionWhenHistoryIsTooShort)
{
    const std::vector<HistoryPoint> history{point(2022, Period::VB, 62), point(2023, Period::VB, 64)};
    const PrognosisSuggestion s = PrognosisRule::suggest(Period::T2, std::nullopt, history, 2024, 0);
    EXPECT_EQ(s.method, PrognosisMethod::None);
    EXPECT_FALSE(s.value.has_value());
}

TEST(Prognosis, AtVbTheOutcomeIsTheYear)
{
    const PrognosisSuggestion s = PrognosisRule::suggest(Period::VB, 91, {}, 2024, 0);
    EXPECT_EQ(s.method, PrognosisMethod::YearOutcome);
    EXPECT_DOUBLE_EQ(*s.value, 91);
}
