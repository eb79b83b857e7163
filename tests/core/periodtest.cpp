#include "domain/assessment.h"
#include "domain/period.h"
#include "text/labels.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

using namespace malkoll;

TEST(Period, CodesRoundTripAndDocumentNamesAreRead)
{
    for (Period p : {Period::VP, Period::T1, Period::T2, Period::VB}) EXPECT_EQ(periodFromCode(periodCode(p)), p);
    EXPECT_EQ(periodFromCode(QStringLiteral("Tertialrapport 2")), Period::T2);
    EXPECT_EQ(periodFromCode(QStringLiteral("verksamhetsberättelse")), Period::VB);
    EXPECT_FALSE(periodFromCode(QStringLiteral("T4")).has_value());
}

TEST(Period, FollowUpsCoverFourEightAndTwelveMonths)
{
    EXPECT_EQ(periodMonths(Period::T1), 4);
    EXPECT_EQ(periodMonths(Period::T2), 8);
    EXPECT_EQ(periodMonths(Period::VB), 12);
}

TEST(Assessment, ReportWordingAndCodesAreRead)
{
    EXPECT_EQ(assessmentFromText(QStringLiteral("Uppfylls helt")), Assessment::Full);
    EXPECT_EQ(assessmentFromText(QStringLiteral("delvis")), Assessment::Partly);
    EXPECT_EQ(assessmentFromText(QStringLiteral("Uppfylls inte")), Assessment::NotMet);
    EXPECT_EQ(labels::assessment(Assessment::Partly, Language::Swedish), QStringLiteral("Uppfylls delvis"));
}
