#pragma once
// The edits of a period's follow-up, each a before/after pair of rows (one row or many): every
// kind is the same RowsEdit over a small description of how its rows are written and shown.
#include "domain/reportsection.h"
#include "kolada/kolada.h"
#include "domain/activity.h"
#include "domain/assessment.h"
#include "domain/economy.h"
#include "domain/measurement.h"
#include "domain/targetchange.h"
#include "edit/edit.h"

#include <memory>
#include <vector>

namespace malkoll {

// Values of indicators (one cell, or every row of an import in one step). The rows before carry
// the version the editor saw: a value changed by someone else meanwhile refuses the edit.
std::unique_ptr<Edit> valueEdit(const QString &text, std::vector<Measurement> before, std::vector<Measurement> after);
std::unique_ptr<Edit> activityStatusEdit(const QString &text, ActivityReport before, ActivityReport after);
std::unique_ptr<Edit> assessmentEdit(const QString &text, GoalAssessment before, GoalAssessment after);
// Förslag till beslut and the summary of a period.
std::unique_ptr<Edit> periodTextsEdit(const QString &text, PeriodInfo before, PeriodInfo after);
// An indicator series' Kolada link (an empty KPI: no link), before and after.
std::unique_ptr<Edit> koladaLinkEdit(const QString &text, KoladaLink before, KoladaLink after);
// The free sections of a period, the whole list before and after.
std::unique_ptr<Edit> sectionsEdit(const QString &text, qint64 committeeId, int year, Period period,
                                   std::vector<ReportSection> before, std::vector<ReportSection> after);
// Several edits as one user action: one transaction, one undo step (a goal moved with its
// renumbered sub-goals, two economy lines that change places).
std::unique_ptr<Edit> compoundEdit(const QString &text, std::vector<std::unique_ptr<Edit>> edits);
// "Ändrat årsmål…": a committee decision recorded (redo) or taken back (undo).
std::unique_ptr<Edit> targetDecisionEdit(const QString &text, TargetChange change);
// KF:s årsmål of the city's KF-indikator, set once for every committee (the stad role's edit).
std::unique_ptr<Edit> kfTargetEdit(const QString &text, qint64 kfIndicatorId, Target before, Target after);

} // namespace malkoll
