#include "qtprinters.h"
#include "text/targettext.h"

#include <gtest/gtest.h>

using malkoll::Target;
using malkoll::TargetKind;
using malkoll::TargetText;

namespace {
Target parsed(const char *text)
{
    auto r = TargetText::parse(QString::fromUtf8(text));
    EXPECT_TRUE(r.ok()) << text << ": " << r.error().toStdString();
    return r ? r.value() : Target{};
}
} // namespace

TEST(TargetText, PlainNumberWithUnitIsAValue)
{
    const Target t = parsed("80 %");
    EXPECT_EQ(t.kind, TargetKind::Value);
    EXPECT_DOUBLE_EQ(t.value, 80);
    EXPECT_EQ(parsed("4,9").value, 4.9);
    EXPECT_EQ(parsed("1 320 st").value, 1320);
}

TEST(TargetText, IncreaseAndDecreaseWordsAreRelativeToLastYear)
{
    for (const char *s : {"Öka", "Ökning", "ökad", "Ökas"}) EXPECT_EQ(parsed(s).kind, TargetKind::Increase) << s;
    for (const char *s : {"Minska", "Minskning", "minskas"}) EXPECT_EQ(parsed(s).kind, TargetKind::Decrease) << s;
}

TEST(TargetText, BoundsAndBand)
{
    Target max = parsed("Max 10 personer");
    EXPECT_EQ(max.kind, TargetKind::AtMost);
    EXPECT_DOUBLE_EQ(max.value, 10);
    Target min = parsed("Minst 60 %");
    EXPECT_EQ(min.kind, TargetKind::AtLeast);
    EXPECT_DOUBLE_EQ(min.value, 60);
    Target band = parsed("+/- 1 %");
    EXPECT_EQ(band.kind, TargetKind::Band);
    EXPECT_DOUBLE_EQ(band.value, 1);
    EXPECT_DOUBLE_EQ(band.value2, 0);
}

TEST(TargetText, RelativeToABaselineYear)
{
    Target t = parsed("2 % energieffektivisering relativt 2018");
    EXPECT_EQ(t.kind, TargetKind::RelativeToBaseline);
    EXPECT_DOUBLE_EQ(t.value, 2);
    EXPECT_EQ(t.year, 2018);
}

TEST(TargetText, SetByCommitteeAndSetLaterIncludingExtractionDamage)
{
    EXPECT_EQ(parsed("Tas fram av nämnd").kind, TargetKind::SetByCommittee);
    Target later = parsed("Fastställs 2024");
    EXPECT_EQ(later.kind, TargetKind::SetLater);
    EXPECT_EQ(later.year, 2024);
    EXPECT_EQ(parsed("Faststäl ls 2024").kind, TargetKind::SetLater);
    EXPECT_EQ(parsed("Max 10 person er").kind, TargetKind::AtMost);
}

TEST(TargetText, EmptyOrDashMeansNoTarget)
{
    EXPECT_EQ(parsed("").kind, TargetKind::None);
    EXPECT_EQ(parsed("-").kind, TargetKind::None);
}

TEST(TargetText, UnreadableTargetIsRefusedWithTheTextQuoted)
{
    auto r = TargetText::parse(QStringLiteral("ungefär som förra året"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("ungefär som förra året")));
}

TEST(TargetText, FormatsBackInSwedish)
{
    EXPECT_EQ(TargetText::format(parsed("80 %"), 0, QStringLiteral("%")), QStringLiteral("80 %"));
    EXPECT_EQ(TargetText::format(parsed("Max 10 personer"), 0, QStringLiteral("personer")),
              QStringLiteral("Max 10 personer"));
    EXPECT_EQ(TargetText::format(parsed("Ökning"), 0, {}), QStringLiteral("Öka"));
    // The indicator shows outcomes with two decimals; its round target keeps none.
    EXPECT_EQ(TargetText::format(parsed("95 %"), 2, QStringLiteral("%")), QStringLiteral("95 %"));
    EXPECT_EQ(TargetText::format(parsed("4,9"), 2, {}), QStringLiteral("4,9"));
    EXPECT_EQ(TargetText::format(parsed("16,25 barn"), 2, QStringLiteral("barn")), QStringLiteral("16,25 barn"));
    EXPECT_EQ(TargetText::format(parsed("+/- 1 %"), 0, QStringLiteral("%")), QStringLiteral("+/- 1 %"));
    EXPECT_EQ(TargetText::format(parsed("Fastställs 2024"), 0, {}), QStringLiteral("Fastställs 2024"));
}

TEST(TargetText, SetByCommitteeWrittenAsSattsAvNamnd)
{
    EXPECT_EQ(parsed("Sätts av nämnd").kind, TargetKind::SetByCommittee);
}
