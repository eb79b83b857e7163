#include "swedishnumber.h"

#include "textdecode.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace malkoll {

namespace {

QString normaliseSpaces(QString s)
{
    for (QChar c : {QChar(0x00A0), QChar(0x202F), QChar(0x2009), QChar(0x2007), QChar(u'\t')})
        s.replace(c, QLatin1Char(' '));
    return s.trimmed();
}

QString foldUnit(QString u)
{
    u = normaliseSpaces(u).toLower().simplified();
    while (u.endsWith(QLatin1Char('.'))) u.chop(1);
    return u;
}
} // namespace

Result<ParsedNumber> SwedishNumber::parse(const QString &input)
{
    const QString text = normaliseSpaces(input);
    if (text.isEmpty()) return fail(tr("No number given."));
    // sign, digits (optionally grouped by single spaces), decimal comma (or point), unit
    static const QRegularExpression re(QStringLiteral(
        "^([+\\-\\x{2212}\\x{2013}]?)\\s*(\\d{1,3}(?: \\d{3})+|\\d+)(?:[,.](\\d+))?(\\s*)(.*)$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return fail(tr("“%1” is not a number. Write it as in “1 320,5” (decimal comma).").arg(input.trimmed()));
    ParsedNumber out;
    QString digits = m.captured(2).remove(QLatin1Char(' '));
    const QString fraction = m.captured(3);
    if (!fraction.isEmpty()) digits += QLatin1Char('.') + fraction;
    bool ok = false;
    out.value = digits.toDouble(&ok);
    if (!ok || !std::isfinite(out.value))
        return fail(tr("“%1” is not a number.").arg(input.trimmed()));
    if (!m.captured(1).isEmpty() && m.captured(1) != QLatin1String("+")) out.value = -out.value;
    // No indicator or amount of a committee comes near 10¹²: a longer number is a slip (or an
    // attack on the store's arithmetic) and would make every result after it meaningless.
    if (std::abs(out.value) > limits::kMagnitude)
        return fail(tr("“%1” is too large: Målkoll takes values up to 1 000 000 000 000.").arg(input.trimmed().left(40)));
    out.decimals = int(fraction.size());
    out.unit = m.captured(5).trimmed();
    if (!out.unit.isEmpty()) {
        // A unit is a word after a space ("1 320 st"), or a per cent sign, spaced or not ("4,35%").
        const QChar first = out.unit.front();
        const bool spaced = !m.captured(4).isEmpty();
        const bool percent = first == QLatin1Char('%') || first == QChar(0x2030);
        if (!(percent || (first.isLetter() && spaced)))
            return fail(tr("“%1” is not a number: unexpected “%2” after %3.")
                            .arg(input.trimmed(), out.unit, m.captured(2)));
    }
    return out;
}

Result<double> SwedishNumber::parseValue(const QString &text, const QString &unit)
{
    auto parsed = parse(text);
    if (!parsed) return Error{parsed.error()};
    if (!parsed->unit.isEmpty() && !sameUnit(parsed->unit, unit)) {
        if (unit.isEmpty())
            return fail(tr("“%1”: this indicator has no unit, remove “%2”.").arg(text.trimmed(), parsed->unit));
        return fail(tr("“%1”: the unit is %2, not “%3”.").arg(text.trimmed(), unit, parsed->unit));
    }
    return parsed->value;
}

bool SwedishNumber::sameUnit(const QString &a, const QString &b) { return foldUnit(a) == foldUnit(b); }

QString SwedishNumber::format(double value, int decimals, const QString &unit, Style style)
{
    if (!std::isfinite(value)) return QStringLiteral("–"); // never "inf" or "nan" in front of a user
    decimals = std::clamp(decimals, 0, 6);
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(std::abs(value) * scale) / scale;
    const bool negative = value < 0 && rounded != 0;
    QString s = QString::number(rounded, 'f', decimals);
    QString intPart = s.section(QLatin1Char('.'), 0, 0);
    const QString frac = s.section(QLatin1Char('.'), 1, 1);
    if (style == Style::Display) {
        for (qsizetype i = intPart.size() - 3; i > 0; i -= 3) intPart.insert(i, QLatin1Char(' '));
    }
    QString out;
    if (negative) out += style == Style::Display ? QChar(0x2212) : QLatin1Char('-');
    out += intPart;
    if (!frac.isEmpty()) out += QLatin1Char(',') + frac;
    if (!unit.isEmpty()) out += QLatin1Char(' ') + unit;
    return out;
}

QString SwedishNumber::format(const std::optional<double> &value, int decimals, const QString &unit, Style style)
{
    return value ? format(*value, decimals, unit, style) : QString();
}

} // namespace malkoll
