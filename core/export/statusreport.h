#pragma once
// The engine's view of one committee's period as tables (indicators, goals, findings,
// economy), built first and rendered afterwards as TSV for scripts or aligned text.
#include "calc/evaluator.h"
#include "domain/economy.h"

#include <QStringList>
#include <vector>

namespace malkoll {

struct ReportTable
{
    QString title;
    QStringList header;
    std::vector<QStringList> rows;
    QList<int> unitless; // columns whose numbers are not in the row's unit (Enhet), such as counts
};

class StatusReport
{
public:
    static std::vector<ReportTable> build(const YearSnapshot &snapshot, const YearEvaluation &evaluation,
                                          const std::vector<BudgetLine> &budget, Language language);
    // A year's indicator list as the plan has it: goal, name, KF or the committee's own, unit,
    // decimals, direction, årsmål and KF:s årsmål, tolerance, responsible unit.
    static ReportTable indicatorList(const YearSnapshot &snapshot, Language language);
    // Appends the rows of `more` to tables of the same title (several committees in one output).
    static void merge(std::vector<ReportTable> &into, const std::vector<ReportTable> &more);
    static QString toTsv(const std::vector<ReportTable> &tables);
    static QString toText(const std::vector<ReportTable> &tables);
};

} // namespace malkoll
