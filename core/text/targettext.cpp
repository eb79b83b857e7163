#include "targettext.h"

#include "swedishnumber.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace malkoll {

namespace {

// Parse a leading number of a fragment like "10 personer" or "60 %".
std::optional<ParsedNumber> leadingNumber(const QString &text)
{
    auto parsed = SwedishNumber::parse(text);
    if (parsed) return parsed.value();
    return std::nullopt;
}
} // namespace

Result<Target> TargetText::parse(const QString &input)
{
    Target t;
    t.text = input.simplified();
    const QString text = t.text;
    if (text.isEmpty() || text == QLatin1String("-") || text == QString(QChar(0x2014))) return t;

    QString squashed = text.toLower();
    squashed.remove(QLatin1Char(' '));
    static const QRegularExpression later(QStringLiteral("^fastst[äa]l+[a-z]*?(\\d{4}|t[123]|vb)?$"));
    if (const auto m = later.match(squashed); m.hasMatch()) {
        t.kind = TargetKind::SetLater;
        t.year = m.captured(1).size() == 4 ? m.captured(1).toInt() : 0; // "Fastställs t1": later this year
        return t;
    }
    if (squashed.startsWith(QLatin1String("tasframav")) || squashed.startsWith(u"sättsavnämnd")) {
        t.kind = TargetKind::SetByCommittee;
        return t;
    }
    static const QRegularExpression inc(QStringLiteral("^(öka|ökning|ökad|öka[sd]?)$"));
    static const QRegularExpression dec(QStringLiteral("^(minska|minskning|minskad|minska[sd]?)$"));
    if (inc.match(squashed).hasMatch()) {
        t.kind = TargetKind::Increase;
        return t;
    }
    if (dec.match(squashed).hasMatch()) {
        t.kind = TargetKind::Decrease;
        return t;
    }
    static const QRegularExpression band(QStringLiteral("^(?:\\+/-|\\+/−|±)\\s*(.+)$"));
    if (const auto m = band.match(text); m.hasMatch()) {
        if (auto n = leadingNumber(m.captured(1))) {
            t.kind = TargetKind::Band;
            t.value = std::abs(n->value);
            t.value2 = 0;
            return t;
        }
    }
    static const QRegularExpression bound(QStringLiteral("^(max|högst|minst|min)\\.?\\s+(.+)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (const auto m = bound.match(text); m.hasMatch()) {
        if (auto n = leadingNumber(m.captured(2))) {
            const QString word = m.captured(1).toLower();
            t.kind = (word == u"max" || word == u"högst") ? TargetKind::AtMost : TargetKind::AtLeast;
            t.value = n->value;
            return t;
        }
    }
    static const QRegularExpression relative(QStringLiteral("^(.*?)\\brelativt\\s+(\\d{4})$"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (const auto m = relative.match(text); m.hasMatch()) {
        static const QRegularExpression num(QStringLiteral("^\\s*([\\d ]+(?:,\\d+)?)\\s*%"));
        if (const auto nm = num.match(m.captured(1)); nm.hasMatch()) {
            if (auto n = leadingNumber(nm.captured(1))) {
                t.kind = TargetKind::RelativeToBaseline;
                t.value = n->value;
                t.year = m.captured(2).toInt();
                return t;
            }
        }
    }
    auto n = SwedishNumber::parse(text);
    if (n) {
        t.kind = TargetKind::Value;
        t.value = n->value;
        return t;
    }
    return fail(tr("Cannot read the target “%1”: expected a number with its unit, Öka/Minska, Max/Minst N, "
                   "+/- N, “N % relativt ÅÅÅÅ”, “Tas fram av nämnd” or “Fastställs ÅÅÅÅ”.")
                    .arg(text));
}

QString TargetText::format(const Target &t, int decimals, const QString &unit)
{
    // Targets are written as round numbers ("95 %", "4,9"): show no more decimals than they need.
    while (decimals > 0) {
        const double scale = std::pow(10.0, decimals - 1);
        if (std::abs(std::round(t.value * scale) - t.value * scale) > 1e-9) break;
        --decimals;
    }
    switch (t.kind) {
    case TargetKind::None: return {};
    case TargetKind::Value: return SwedishNumber::format(t.value, decimals, unit);
    case TargetKind::Increase: return QStringLiteral("Öka");
    case TargetKind::Decrease: return QStringLiteral("Minska");
    case TargetKind::AtMost: return QStringLiteral("Max ") + SwedishNumber::format(t.value, decimals, unit);
    case TargetKind::AtLeast: return QStringLiteral("Minst ") + SwedishNumber::format(t.value, decimals, unit);
    case TargetKind::Band:
        return QStringLiteral("+/- ") + SwedishNumber::format(t.value, decimals, unit);
    case TargetKind::RelativeToBaseline:
        return QStringLiteral("%1 % relativt %2").arg(SwedishNumber::format(t.value, decimals)).arg(t.year);
    case TargetKind::SetByCommittee: return QStringLiteral("Tas fram av nämnd");
    case TargetKind::SetLater:
        return t.year ? QStringLiteral("Fastställs %1").arg(t.year) : QStringLiteral("Fastställs senare");
    }
    return {};
}

} // namespace malkoll
