#pragma once
// The plan's edits (issue 15): adding, changing and deleting goals, indicators, activities, units
// and the economy's lines, each one undoable Edit in one transaction, audited. `before` empty is
// an add, `after` empty a delete, both a change. A delete keeps every row that goes with it (a
// goal's sub-goals, indicators with their values and årsmål decisions, activities with their
// status) and its undo puts them back as they were, ids and all; the redo of an add puts the row
// back with the id it first got, so later edits in the undo stack still find it. A locked plan
// (VP) refuses structure edits, a locked period its economy lines, with the lock's reason.
#include "domain/activity.h"
#include "domain/economy.h"
#include "domain/goal.h"
#include "domain/indicator.h"
#include "domain/organisation.h"
#include "edit/edit.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

namespace malkoll {

class Store;

std::unique_ptr<Edit> goalEdit(const QString &text, std::optional<Goal> before, std::optional<Goal> after);
std::unique_ptr<Edit> indicatorEdit(const QString &text, std::optional<Indicator> before, std::optional<Indicator> after);
std::unique_ptr<Edit> activityEdit(const QString &text, std::optional<Activity> before, std::optional<Activity> after);
std::unique_ptr<Edit> unitEdit(const QString &text, std::optional<Unit> before, std::optional<Unit> after);
std::unique_ptr<Edit> budgetLineEdit(const QString &text, std::optional<BudgetLine> before, std::optional<BudgetLine> after);
std::unique_ptr<Edit> resultUnitEdit(const QString &text, std::optional<ResultUnitLine> before, std::optional<ResultUnitLine> after);
std::unique_ptr<Edit> investmentEdit(const QString &text, std::optional<InvestmentLine> before, std::optional<InvestmentLine> after);

// A period's economy started from an earlier period's: its verksamhetsområden with their varav
// lines, resultatenheter and investments copied (the figures as a starting point). Refused when
// the period already has lines or is locked.
std::unique_ptr<Edit> economyCopyEdit(const QString &text, qint64 committeeId, int year, Period from, Period to);

class PlanEdits
{
    Q_DECLARE_TR_FUNCTIONS(PlanEdits)

public:
    // What deleting goes with it, in words ("2 goals, 5 indicators, 12 values, 3 activities");
    // empty when nothing but the row itself.
    static QString whatGoesWith(Store &store, const Goal &goal);
    static QString whatGoesWith(Store &store, const Indicator &indicator);
    // The goal and its sibling above (up) or below change places, as one edit; with `renumber`
    // they also swap numbers, and their sub-goals' numbers follow. Null when there is no sibling.
    static std::unique_ptr<Edit> moveGoal(const std::vector<Goal> &goals, qint64 goalId, bool up, bool renumber);
};

} // namespace malkoll
