#pragma once
#include "domain/target.h"
// Every label of a domain value that people read — a goal's assessment, an indicator's status,
// an activity's status, a prognosis method, a period — in one catalogue, in Swedish and English.
// The window's tables, the committee report, the command line and the CSV take their words from
// here, so one value reads the same everywhere. The report is the committee's document and is
// always Swedish; the window follows the UI language (set with the translations at start).
#include "calc/prognosis.h"
#include "calc/status.h"
#include "domain/activity.h"
#include "domain/assessment.h"
#include "domain/indicator.h"
#include "domain/period.h"

#include <QString>

namespace malkoll::labels {

// The language of the window, set with its translations; English (the source language) until then.
Language uiLanguage();
void setUiLanguage(Language language);

// "Uppfylls helt", "Uppfylls delvis", "Uppfylls inte", "Ingen"; empty for a goal not yet
// assessed, or "Ej bedömt ännu" where a choice must name it (`nameNotSet`).
QString assessment(Assessment a, Language language, bool nameNotSet = false);
// "Årsmålet nås", "Årsmålet nås delvis", "Årsmålet nås inte", "Kan inte bedömas".
QString status(IndicatorStatus s, Language language);
// The same, short, for a column header over counts: "Nås", "Nås delvis", "Nås inte", "Ej bedömbar".
QString statusShort(IndicatorStatus s, Language language);
// "Enligt plan", "Avslutad", "Försenad", …; "Ej rapporterad" when none is given.
QString activityStatus(ActivityStatus s, Language language);
// How a suggested prognosis was reached: "nivån hittills", "linjär trend", …
QString prognosisMethod(PrognosisMethod m, Language language);
// The period an indicator's value covers, as the reports' Period column writes it:
// "Tertial 1 2024" for a tertial indicator in T1/T2, else the year ("2024").
QString valuePeriod(const Indicator &indicator, int year, Period period);
// The follow-up's name: "Tertialrapport 1 (jan–apr)", "Verksamhetsberättelse (VB)", "Verksamhetsplan (VP)".
QString periodChoice(Period p, Language language);
// What a typed årsmål means, in words ("at most 10 personer: an upper bound"), beside the text.
QString targetMeaning(const Target &target, int decimals, const QString &unit, Language language);

} // namespace malkoll::labels
