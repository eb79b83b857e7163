#pragma once
// Swedish number text: decimal comma, space as thousands separator, a unit suffix.
// "4,35 %", "1 320 st", "−3,1", "16,7 barn/avd.", "1,6 kg CO2 per kg livsmedel", "95".
#include "result.h"

#include <QString>
#include <optional>
#include <QCoreApplication>

namespace malkoll {

struct ParsedNumber
{
    double value = 0;
    QString unit;     // text after the number, trimmed ("" if none)
    int decimals = 0; // digits written after the decimal comma
};

class SwedishNumber
{
    Q_DECLARE_TR_FUNCTIONS(SwedishNumber)

public:
    enum class Style {
        Display, // "1 320,5 st", "−3,1": grouped, typographic minus
        Plain,   // "1320,5", "-3,1": for CSV cells a spreadsheet reads as numbers
    };

    // Reads a number with an optional unit. Refuses anything else with a message quoting the text.
    static Result<ParsedNumber> parse(const QString &text);
    // Reads a value typed for an indicator whose unit is `unit`: the unit may be left out,
    // but a different unit is refused.
    static Result<double> parseValue(const QString &text, const QString &unit);

    static QString format(double value, int decimals, const QString &unit = {}, Style style = Style::Display);
    static QString format(const std::optional<double> &value, int decimals, const QString &unit = {},
                          Style style = Style::Display);
    static bool sameUnit(const QString &a, const QString &b);
};

} // namespace malkoll
