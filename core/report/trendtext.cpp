#include "trendtext.h"

#include "text/swedishnumber.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace malkoll {

namespace {
// x = year + months / 12: T1 at a third, T2 at two thirds, VB at the next whole year.
QString periodAt(double x)
{
    const double whole = std::floor(x + 1e-6);
    const double months = std::round((x - whole) * 12);
    if (months == 0) return QStringLiteral("VB %1").arg(int(whole) - 1);
    return QStringLiteral("%1 %2").arg(months <= 4 ? QStringLiteral("T1") : QStringLiteral("T2")).arg(int(whole));
}

QString number(double v, const TrendSeries &t, Language language)
{
    if (language == Language::Swedish) return SwedishNumber::format(v, t.decimals, t.unit);
    QString s = QLocale(QLocale::English).toString(v, 'f', std::max(0, t.decimals));
    if (!t.unit.isEmpty()) s += (t.unit == u"%" ? QString() : QStringLiteral(" ")) + t.unit;
    return s;
}
} // namespace

QString trendText(const TrendSeries &t, Language language)
{
    const bool sv = language == Language::Swedish;
    QStringList parts;
    if (t.outcomes.empty()) {
        parts << (sv ? QStringLiteral("%1: inga utfall ännu.").arg(t.name) : QStringLiteral("%1: no outcomes yet.").arg(t.name));
    } else {
        const QPointF &first = t.outcomes.front(), &last = t.outcomes.back();
        if (t.outcomes.size() == 1) {
            parts << (sv ? QStringLiteral("%1: ett utfall, %2 (%3).") : QStringLiteral("%1: one outcome, %2 (%3)."))
                         .arg(t.name, number(last.y(), t, language), periodAt(last.x()));
        } else {
            const double step = std::pow(10.0, -std::max(0, t.decimals)) / 2;
            const QString trend = last.y() > first.y() + step   ? (sv ? QStringLiteral("ökat") : QStringLiteral("risen"))
                                  : last.y() < first.y() - step ? (sv ? QStringLiteral("minskat") : QStringLiteral("fallen"))
                                                                : (sv ? QStringLiteral("legat still") : QStringLiteral("stayed level"));
            parts << (sv ? QStringLiteral("%1: %2 utfall från %3 (%4) till %5 (%6); värdet har %7.")
                         : QStringLiteral("%1: %2 outcomes from %3 (%4) to %5 (%6); the value has %7."))
                         .arg(t.name)
                         .arg(t.outcomes.size())
                         .arg(number(first.y(), t, language), periodAt(first.x()), number(last.y(), t, language),
                              periodAt(last.x()), trend);
        }
    }
    if (!t.women.empty() && !t.men.empty())
        parts << (sv ? QStringLiteral("Senast kvinnor %1, män %2.") : QStringLiteral("Latest women %1, men %2."))
                     .arg(number(t.women.back().y(), t, language), number(t.men.back().y(), t, language));
    if (!t.targetsByYear.empty())
        parts << QStringLiteral("Årsmål %1: %2.")
                     .arg(t.targetsByYear.back().first)
                     .arg(number(t.targetsByYear.back().second, t, language));
    if (!t.kfTargetsByYear.empty())
        parts << QStringLiteral("KF:s årsmål %1: %2.")
                     .arg(t.kfTargetsByYear.back().first)
                     .arg(number(t.kfTargetsByYear.back().second, t, language));
    if (t.prognosis)
        parts << (sv ? QStringLiteral("Prognos helår %1.") : QStringLiteral("Full-year prognosis %1."))
                     .arg(number(t.prognosis->y(), t, language));
    if (!t.kolada.empty())
        parts << (sv ? QStringLiteral("Med %1 serie(r) från Kolada.") : QStringLiteral("With %1 series from Kolada.")).arg(t.kolada.size());
    return parts.join(u' ');
}

} // namespace malkoll
