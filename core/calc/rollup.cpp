#include "rollup.h"

#include <QStringList>

namespace malkoll {

namespace {
// Swedish and English names of a sub-goal level, singular and plural.
QString subGoalNoun(GoalLevel level, int n, Language language)
{
    const bool one = n == 1;
    if (language == Language::Swedish) {
        switch (level) {
        case GoalLevel::KfArea: return QStringLiteral("verksamhetsområdesmål");
        case GoalLevel::Committee: return QStringLiteral("nämndmål");
        case GoalLevel::Unit: return QStringLiteral("enhetsmål");
        case GoalLevel::Direction: return QStringLiteral("inriktningsmål");
        }
    }
    switch (level) {
    case GoalLevel::KfArea: return one ? QStringLiteral("KF goal for the area") : QStringLiteral("KF goals for the area");
    case GoalLevel::Committee: return QStringLiteral("nämndmål");
    case GoalLevel::Unit: return one ? QStringLiteral("unit goal") : QStringLiteral("unit goals");
    case GoalLevel::Direction: return QStringLiteral("inriktningsmål");
    }
    return {};
}
} // namespace

Assessment RollupRule::suggest(const RollupCounts &c)
{
    const int parts = c.indicators + c.subGoals;
    double share = 0;
    if (parts > 0) {
        share = (c.met + 0.5 * c.partly + c.subFull + 0.5 * c.subPartly) / double(parts);
    } else if (c.activities > 0) {
        share = double(c.activities - c.deviating) / double(c.activities);
    } else {
        return Assessment::NotSet; // nothing to judge from
    }
    Assessment a = share >= fullFrom ? Assessment::Full : share >= partlyFrom ? Assessment::Partly : Assessment::NotMet;
    if (a == Assessment::Full && c.activities > 0 && double(c.deviating) / c.activities > activityDeviationLimit)
        a = Assessment::Partly;
    if (a == Assessment::Full && c.subNotMet > 0) a = Assessment::Partly; // a sub-goal not met is never "helt" above
    return a;
}

QString RollupRule::reasons(const RollupCounts &c, Language language)
{
    const bool sv = language == Language::Swedish;
    QStringList parts;
    if (c.indicators > 0) {
        if (sv)
            parts << QStringLiteral("%1 av %2 %3 bedöms nå årsmålet")
                         .arg(c.met)
                         .arg(c.indicators)
                         .arg(c.indicators == 1 ? QStringLiteral("indikator") : QStringLiteral("indikatorer"));
        else
            parts << QStringLiteral("%1 of %2 %3 expected to meet the annual target")
                         .arg(c.met)
                         .arg(c.indicators)
                         .arg(c.indicators == 1 ? QStringLiteral("indicator") : QStringLiteral("indicators"));
        if (c.partly > 0)
            parts << (sv ? QStringLiteral("%1 nås delvis").arg(c.partly)
                         : QStringLiteral("%1 partly met").arg(c.partly));
    }
    if (c.unassessable > 0)
        parts << (sv ? QStringLiteral("%1 %2 kan inte bedömas")
                           .arg(c.unassessable)
                           .arg(c.unassessable == 1 ? QStringLiteral("indikator") : QStringLiteral("indikatorer"))
                     : QStringLiteral("%1 %2 cannot be assessed")
                           .arg(c.unassessable)
                           .arg(c.unassessable == 1 ? QStringLiteral("indicator") : QStringLiteral("indicators")));
    if (c.activities > 0) {
        if (c.deviating > 0)
            parts << (sv ? QStringLiteral("%1 %2 har avvikelse")
                               .arg(c.deviating)
                               .arg(c.deviating == 1 ? QStringLiteral("aktivitet") : QStringLiteral("aktiviteter"))
                         : QStringLiteral("%1 %2")
                               .arg(c.deviating)
                               .arg(c.deviating == 1 ? QStringLiteral("activity deviates")
                                                     : QStringLiteral("activities deviate")));
        else
            parts << (sv ? QStringLiteral("%1 av %1 %2 enligt plan")
                               .arg(c.activities)
                               .arg(c.activities == 1 ? QStringLiteral("aktivitet") : QStringLiteral("aktiviteter"))
                         : QStringLiteral("%1 of %1 %2 on track")
                               .arg(c.activities)
                               .arg(c.activities == 1 ? QStringLiteral("activity") : QStringLiteral("activities")));
    }
    if (c.subGoals > 0) {
        parts << (sv ? QStringLiteral("%1 av %2 %3 uppfylls helt")
                     : QStringLiteral("%1 of %2 %3 fully met"))
                     .arg(c.subFull)
                     .arg(c.subGoals)
                     .arg(subGoalNoun(c.subLevel, c.subGoals, language));
        if (c.subPartly > 0)
            parts << (sv ? QStringLiteral("%1 delvis").arg(c.subPartly) : QStringLiteral("%1 partly").arg(c.subPartly));
        if (c.subNotMet > 0)
            parts << (sv ? QStringLiteral("%1 uppfylls inte").arg(c.subNotMet)
                         : QStringLiteral("%1 not met").arg(c.subNotMet));
    }
    if (parts.isEmpty()) return sv ? QStringLiteral("Inget underlag") : QStringLiteral("Nothing to judge from");
    return parts.join(QStringLiteral("; "));
}

QString RollupRule::describe(Language language)
{
    if (language == Language::Swedish)
        return QStringLiteral(
            "Förslaget väger samman målets delar: varje indikator (prognos mot årsmål) och varje underliggande "
            "mål räknas som 1 om det nås/uppfylls helt, ½ om delvis och 0 om inte. Uppfylls helt när minst 75 % "
            "av delarna nås, delvis när minst 40 %, annars inte. Har fler än en fjärdedel av aktiviteterna "
            "avvikelse, eller uppfylls något undermål inte, blir förslaget högst delvis. Utan indikatorer och "
            "undermål avgör andelen aktiviteter utan avvikelse. Inriktningsmål räknas från sina "
            "verksamhetsområdesmål.");
    return QStringLiteral(
        "The suggestion weighs the goal's parts: each indicator (prognosis against the annual target) and each "
        "sub-goal counts 1 when fully met, ½ when partly and 0 when not. Fully met from 75 % of the parts, partly "
        "from 40 %, otherwise not met. When more than a quarter of the activities deviate, or a sub-goal is not "
        "met, the suggestion is at most partly. Without indicators and sub-goals the share of activities "
        "without deviation decides. Inriktningsmål roll up from their verksamhetsområdesmål.");
}

} // namespace malkoll
