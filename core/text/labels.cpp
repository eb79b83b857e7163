#include "labels.h"

#include "swedishnumber.h"

#include <atomic>

namespace malkoll::labels {

namespace {
std::atomic<Language> g_language{Language::English}; // the source language until translations are installed

QString pick(Language language, const char *sv, const char *en)
{
    return QString::fromUtf8(language == Language::Swedish ? sv : en);
}
} // namespace

Language uiLanguage() { return g_language.load(); }
void setUiLanguage(Language language) { g_language.store(language); }

QString assessment(Assessment a, Language l, bool nameNotSet)
{
    switch (a) {
    case Assessment::NotSet: return nameNotSet ? pick(l, "Ej bedömt ännu", "Not assessed yet") : QString();
    case Assessment::Full: return pick(l, "Uppfylls helt", "Fully met");
    case Assessment::Partly: return pick(l, "Uppfylls delvis", "Partly met");
    case Assessment::NotMet: return pick(l, "Uppfylls inte", "Not met");
    case Assessment::NotAssessed: return pick(l, "Ingen", "None");
    }
    return {};
}

QString status(IndicatorStatus s, Language l)
{
    switch (s) {
    case IndicatorStatus::Met: return pick(l, "Årsmålet nås", "Target met");
    case IndicatorStatus::PartlyMet: return pick(l, "Årsmålet nås delvis", "Target partly met");
    case IndicatorStatus::NotMet: return pick(l, "Årsmålet nås inte", "Target not met");
    case IndicatorStatus::NotAssessable: return pick(l, "Kan inte bedömas", "Cannot be assessed");
    }
    return {};
}

QString statusShort(IndicatorStatus s, Language l)
{
    switch (s) {
    case IndicatorStatus::Met: return pick(l, "Nås", "Met");
    case IndicatorStatus::PartlyMet: return pick(l, "Nås delvis", "Partly met");
    case IndicatorStatus::NotMet: return pick(l, "Nås inte", "Not met");
    case IndicatorStatus::NotAssessable: return pick(l, "Ej bedömbar", "Not assessable");
    }
    return {};
}

QString activityStatus(ActivityStatus s, Language l)
{
    switch (s) {
    case ActivityStatus::NotSet: return pick(l, "Ej rapporterad", "Not reported");
    case ActivityStatus::OnTrack: return pick(l, "Enligt plan", "On track");
    case ActivityStatus::Completed: return pick(l, "Avslutad", "Completed");
    case ActivityStatus::Delayed: return pick(l, "Försenad", "Delayed");
    case ActivityStatus::Postponed: return pick(l, "Uppskjuten", "Postponed");
    case ActivityStatus::Cancelled: return pick(l, "Avbruten", "Cancelled");
    }
    return {};
}

QString prognosisMethod(PrognosisMethod m, Language l)
{
    switch (m) {
    case PrognosisMethod::None: return pick(l, "inget förslag", "no suggestion");
    case PrognosisMethod::YearOutcome: return pick(l, "årets utfall", "the year's outcome");
    case PrognosisMethod::CumulativeShare: return pick(l, "andel av året hittills", "share of year so far");
    case PrognosisMethod::CarryForward: return pick(l, "nivån hittills", "level so far");
    case PrognosisMethod::LinearTrend: return pick(l, "linjär trend", "linear trend");
    }
    return {};
}

QString valuePeriod(const Indicator &indicator, int year, Period period)
{
    if (indicator.periodicity == Periodicity::Tertial && (period == Period::T1 || period == Period::T2))
        return QStringLiteral("Tertial %1 %2").arg(int(period)).arg(year);
    return QString::number(year);
}

QString periodChoice(Period p, Language l)
{
    switch (p) {
    case Period::VP: return pick(l, "Verksamhetsplan (VP)", "Plan (VP)");
    case Period::T1: return pick(l, "Tertialrapport 1 (jan–apr)", "Tertial report 1 (Jan–Apr)");
    case Period::T2: return pick(l, "Tertialrapport 2 (jan–aug)", "Tertial report 2 (Jan–Aug)");
    case Period::VB: return pick(l, "Verksamhetsberättelse (VB)", "Annual report (VB)");
    }
    return {};
}

QString targetMeaning(const Target &t, int decimals, const QString &unit, Language l)
{
    const QString v = SwedishNumber::format(t.value, decimals, unit);
    switch (t.kind) {
    case TargetKind::None: return pick(l, "inget årsmål", "no target");
    case TargetKind::Value: return pick(l, "nå %1", "reach %1").arg(v);
    case TargetKind::Increase: return pick(l, "högre än förra årets utfall (VB)", "higher than last year's outcome (VB)");
    case TargetKind::Decrease: return pick(l, "lägre än förra årets utfall (VB)", "lower than last year's outcome (VB)");
    case TargetKind::AtMost: return pick(l, "högst %1: en övre gräns", "at most %1: an upper bound").arg(v);
    case TargetKind::AtLeast: return pick(l, "minst %1: en nedre gräns", "at least %1: a lower bound").arg(v);
    case TargetKind::Band:
        return pick(l, "inom %1 ± %2", "within %1 ± %2").arg(SwedishNumber::format(t.value2, decimals, unit), v);
    case TargetKind::RelativeToBaseline:
        return pick(l, "%1 % bättre än %2", "%1 % better than %2").arg(SwedishNumber::format(t.value, decimals)).arg(t.year);
    case TargetKind::SetByCommittee: return pick(l, "nämnden sätter årsmålet; dess eget årsmål gäller", "set by the committee; its own årsmål applies");
    case TargetKind::SetLater:
        return t.year ? pick(l, "fastställs %1", "to be set in %1").arg(t.year) : pick(l, "fastställs senare", "to be set later");
    }
    return {};
}

} // namespace malkoll::labels
