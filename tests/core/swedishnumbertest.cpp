#include "qtprinters.h"
#include "text/swedishnumber.h"

#include <gtest/gtest.h>

using malkoll::SwedishNumber;

namespace {
const QString minus = QString(QChar(0x2212));
}

struct ParseCase
{
    const char *text;
    double value;
    const char *unit;
    int decimals;
};

class SwedishNumberParse : public ::testing::TestWithParam<ParseCase>
{};

TEST_P(SwedishNumberParse, ReadsValueUnitAndDecimals)
{
    const ParseCase c = GetParam();
    auto parsed = SwedishNumber::parse(QString::fromUtf8(c.text));
    ASSERT_TRUE(parsed.ok()) << parsed.error().toStdString();
    EXPECT_DOUBLE_EQ(parsed->value, c.value);
    EXPECT_EQ(parsed->unit, QString::fromUtf8(c.unit));
    EXPECT_EQ(parsed->decimals, c.decimals);
}

INSTANTIATE_TEST_SUITE_P(
    ReportText, SwedishNumberParse,
    ::testing::Values(ParseCase{"4,35 %", 4.35, "%", 2}, ParseCase{"1 320 st", 1320, "st", 0},
                      ParseCase{"\xe2\x88\x92" "3,1", -3.1, "", 1}, // U+2212 minus
                      ParseCase{"-3,1", -3.1, "", 1}, ParseCase{"\xe2\x80\x93" "0,5 mnkr", -0.5, "mnkr", 1},
                      ParseCase{"16,7 barn/avd.", 16.7, "barn/avd.", 1}, ParseCase{"95", 95, "", 0},
                      ParseCase{"1\xc2\xa0" "234\xc2\xa0" "567,25", 1234567.25, "", 2}, // no-break spaces
                      ParseCase{"  12 %  ", 12, "%", 0}, ParseCase{"0,8", 0.8, "", 1},
                      ParseCase{"2.5", 2.5, "", 1}, ParseCase{"1,6 kg CO2 per kg livsmedel", 1.6,
                                                               "kg CO2 per kg livsmedel", 1},
                      ParseCase{"+7", 7, "", 0}));

class SwedishNumberRefuse : public ::testing::TestWithParam<const char *>
{};

TEST_P(SwedishNumberRefuse, QuotesTheBadText)
{
    const QString text = QString::fromUtf8(GetParam());
    auto parsed = SwedishNumber::parse(text);
    ASSERT_FALSE(parsed.ok()) << "accepted " << GetParam();
    if (!text.trimmed().isEmpty()) {
        EXPECT_TRUE(parsed.error().contains(text.trimmed())) << parsed.error().toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(BadInput, SwedishNumberRefuse,
                         ::testing::Values("", "   ", "abc", "12 34", "4,35,1", "1 32", "%", "--3", "12#",
                                           "1e5", "nan", "3,", ",5"));

TEST(SwedishNumber, ParseValueAcceptsTheIndicatorsUnitOrNone)
{
    EXPECT_DOUBLE_EQ(SwedishNumber::parseValue(QStringLiteral("87 %"), QStringLiteral("%")).value(), 87);
    EXPECT_DOUBLE_EQ(SwedishNumber::parseValue(QStringLiteral("87"), QStringLiteral("%")).value(), 87);
    EXPECT_DOUBLE_EQ(SwedishNumber::parseValue(QStringLiteral("16,7 Barn/avd"), QStringLiteral("barn/avd.")).value(),
                     16.7);
}

TEST(SwedishNumber, ParseValueRefusesAnotherUnitAndNamesBoth)
{
    auto r = SwedishNumber::parseValue(QStringLiteral("12 st"), QStringLiteral("%"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("12 st")));
    EXPECT_TRUE(r.error().contains(QStringLiteral("%")));
    auto none = SwedishNumber::parseValue(QStringLiteral("12 st"), QString());
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.error().contains(QStringLiteral("st")));
}

TEST(SwedishNumber, FormatsWithSpaceGroupingDecimalCommaAndUnit)
{
    EXPECT_EQ(SwedishNumber::format(4.35, 2, QStringLiteral("%")), QStringLiteral("4,35 %"));
    EXPECT_EQ(SwedishNumber::format(1320, 0, QStringLiteral("st")), QStringLiteral("1 320 st"));
    EXPECT_EQ(SwedishNumber::format(-3.1, 1), minus + QStringLiteral("3,1"));
    EXPECT_EQ(SwedishNumber::format(16.7, 1, QStringLiteral("barn/avd.")), QStringLiteral("16,7 barn/avd."));
    EXPECT_EQ(SwedishNumber::format(95, 0), QStringLiteral("95"));
    EXPECT_EQ(SwedishNumber::format(1234567.891, 2), QStringLiteral("1 234 567,89"));
    EXPECT_EQ(SwedishNumber::format(999, 0), QStringLiteral("999"));
}

TEST(SwedishNumber, RoundsHalfAwayFromZeroAndNeverShowsMinusZero)
{
    EXPECT_EQ(SwedishNumber::format(2.45, 1), QStringLiteral("2,5"));
    EXPECT_EQ(SwedishNumber::format(-0.04, 1), QStringLiteral("0,0"));
    EXPECT_EQ(SwedishNumber::format(-2.5, 0), minus + QStringLiteral("3"));
}

TEST(SwedishNumber, PlainStyleIsForSpreadsheets)
{
    EXPECT_EQ(SwedishNumber::format(-1320.5, 1, {}, SwedishNumber::Style::Plain), QStringLiteral("-1320,5"));
}

TEST(SwedishNumber, EmptyOptionalFormatsAsEmptyNotZero)
{
    EXPECT_EQ(SwedishNumber::format(std::optional<double>{}, 1, QStringLiteral("%")), QString());
    EXPECT_EQ(SwedishNumber::format(std::optional<double>{0.0}, 1, QStringLiteral("%")), QStringLiteral("0,0 %"));
}

TEST(SwedishNumber, FormatThenParseGivesTheValueBack)
{
    for (double v : {0.0, 1.5, -12.25, 1320.0, 98765.4, -0.75}) {
        for (int decimals : {0, 1, 2}) {
            const QString text = SwedishNumber::format(v, decimals, QStringLiteral("st"));
            auto back = SwedishNumber::parse(text);
            ASSERT_TRUE(back.ok()) << text.toStdString();
            const double scale = std::pow(10.0, decimals);
            EXPECT_NEAR(back->value, std::round(v * scale) / scale, 1e-9) << text.toStdString();
        }
    }
}
