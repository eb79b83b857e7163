#include "status.h"

#include <cmath>

namespace malkoll {

namespace {
// Fills gap, percent and status once the gap (>= 0: reached) and the level's magnitude are known.
StatusResult classify(double level, double gap, double magnitude, double tolerancePercent, bool met)
{
    StatusResult r;
    r.why = StatusResult::Why::Judged;
    r.level = level;
    r.gap = gap;
    if (magnitude > 0) r.gapPercent = gap / magnitude * 100.0;
    const double slack = magnitude * tolerancePercent / 100.0;
    if (met)
        r.status = IndicatorStatus::Met;
    else if (-gap <= slack + 1e-12)
        r.status = IndicatorStatus::PartlyMet;
    else
        r.status = IndicatorStatus::NotMet;
    return r;
}

// Judges a value against a level the value should reach (atLeast) or stay under (!atLeast);
// strict: the level itself is not enough (Öka, Minska).
StatusResult judgeBound(double value, double level, bool atLeast, double tolerancePercent, bool strict = false)
{
    const double gap = atLeast ? value - level : level - value;
    return classify(level, gap, std::abs(level), tolerancePercent, strict ? gap > 0 : gap >= 0);
}

// Judges closeness to a level (a band of halfWidth around it) when neither higher nor lower is better.
StatusResult judgeNear(double value, double level, double halfWidth, double tolerancePercent)
{
    const double gap = halfWidth - std::abs(value - level); // inside the band: >= 0
    const double magnitude = halfWidth > 0 ? halfWidth : std::abs(level);
    return classify(level, gap, magnitude, tolerancePercent, gap >= -1e-12);
}

StatusResult notAssessable(StatusResult::Why why)
{
    StatusResult r;
    r.why = why;
    return r;
}
} // namespace

StatusResult StatusRule::evaluate(std::optional<double> value, const Target &target, const StatusContext &c)
{
    switch (target.kind) {
    case TargetKind::None: return notAssessable(StatusResult::Why::NoTarget);
    case TargetKind::SetLater: return notAssessable(StatusResult::Why::SetLater);
    case TargetKind::SetByCommittee: return notAssessable(StatusResult::Why::SetByCommittee);
    default: break;
    }
    if (!value) return notAssessable(StatusResult::Why::NoValue);
    const double v = *value;
    const double tol = c.tolerancePercent;
    switch (target.kind) {
    case TargetKind::Value:
        if (c.direction == Direction::None) return judgeNear(v, target.value, 0, tol);
        return judgeBound(v, target.value, c.direction == Direction::HigherIsBetter, tol);
    case TargetKind::AtMost: return judgeBound(v, target.value, false, tol);
    case TargetKind::AtLeast: return judgeBound(v, target.value, true, tol);
    case TargetKind::Band: return judgeNear(v, target.value2, std::abs(target.value), tol);
    case TargetKind::Increase:
        if (!c.previousVb) return notAssessable(StatusResult::Why::NoPreviousYear);
        return judgeBound(v, *c.previousVb, true, tol, true);
    case TargetKind::Decrease:
        if (!c.previousVb) return notAssessable(StatusResult::Why::NoPreviousYear);
        return judgeBound(v, *c.previousVb, false, tol, true);
    case TargetKind::RelativeToBaseline: {
        if (!c.baselineValue) return notAssessable(StatusResult::Why::NoBaseline);
        // "2 % relativt 2018": 2 % better than the baseline year, better as the direction says
        // (a reduction unless higher is better, as for energy use).
        const bool up = c.direction == Direction::HigherIsBetter;
        const double level = *c.baselineValue * (1.0 + (up ? 1 : -1) * target.value / 100.0);
        return judgeBound(v, level, up, tol);
    }
    default: break;
    }
    return notAssessable(StatusResult::Why::NoTarget);
}

QString StatusRule::describe(double tolerancePercent, Language language)
{
    const QString tol = QString::number(tolerancePercent, 'g', 3).replace(QLatin1Char('.'), QLatin1Char(','));
    if (language == Language::Swedish)
        return QStringLiteral(
                   "Årsmålet nås när värdet når målnivån i indikatorns riktning (högre eller lägre är bättre; "
                   "”Max” är ett tak, ”Minst” ett golv, ”+/-” ett intervall, ”Öka”/”Minska” jämförs med förra "
                   "årets VB-utfall, ”relativt ÅÅÅÅ” med utfallet det året). Det nås delvis när värdet ligger "
                   "högst %1 % av målnivån från den, annars nås det inte. Utan värde eller utan fastställt mål "
                   "går det inte att bedöma.")
            .arg(tol);
    return QStringLiteral("The annual target is met when the value reaches the target level in the indicator's "
                          "direction (higher or lower is better; \"Max\" is a ceiling, \"Minst\" a floor, \"+/-\" "
                          "a band, \"Öka\"/\"Minska\" compare with last year's VB outcome, \"relativt ÅÅÅÅ\" with "
                          "that year's outcome). It is partly met when the value is at most %1 % of the target "
                          "level short of it, otherwise it is not met. Without a value or a set target it "
                          "cannot be assessed.")
        .arg(QString::number(tolerancePercent, 'g', 3));
}

QString StatusRule::statusCode(IndicatorStatus status)
{
    switch (status) {
    case IndicatorStatus::Met: return QStringLiteral("met");
    case IndicatorStatus::PartlyMet: return QStringLiteral("partly");
    case IndicatorStatus::NotMet: return QStringLiteral("not");
    case IndicatorStatus::NotAssessable: return QStringLiteral("na");
    }
    return {};
}

Trend StatusRule::trend(std::optional<double> current, std::optional<double> previous, Direction direction,
                        int decimals)
{
    if (!current || !previous) return Trend::Unknown;
    const double scale = std::pow(10.0, std::clamp(decimals, 0, 6));
    const double a = std::round(*current * scale), b = std::round(*previous * scale);
    if (a == b) return Trend::Unchanged;
    if (direction == Direction::None) return Trend::Unknown;
    const bool up = a > b;
    return up == (direction == Direction::HigherIsBetter) ? Trend::Better : Trend::Worse;
}

QString StatusRule::trendArrow(Trend trend)
{
    switch (trend) {
    case Trend::Better: return QStringLiteral("↑");
    case Trend::Unchanged: return QStringLiteral("→");
    case Trend::Worse: return QStringLiteral("↓");
    case Trend::Unknown: return {};
    }
    return {};
}

} // namespace malkoll
