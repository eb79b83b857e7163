#pragma once
// The period's economy, entered here (issue 15): the verksamhetsområde table of DOMAIN.md §6
// ("varav" rows indented) with budget, begärda budgetjusteringar, prestationsförändringar and
// the prognoses typed in Swedish mnkr, avvikelse and the total computed as you type; the
// resultatenheter (tkr) with the computed transfer and its cap; the investments; and budget
// against prognos per area as a bar chart. Lines are added, removed and, for a new period,
// started from the previous period's. Every change is one undoable edit (core/plan); a locked
// period refuses them in the store. Read-only for an enhetschef.
#include "domain/economy.h"

#include "export/statusreport.h"

#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

class QChartView;
class QLabel;
class QPushButton;
class QStandardItem;
class QStandardItemModel;
class QTableView;

namespace malkoll {

class Edit;
class PeriodSession;

class EconomyView : public QWidget
{
    Q_OBJECT
public:
    explicit EconomyView(PeriodSession *session, QWidget *parent = nullptr);
    QStandardItemModel *budgetModel() const { return m_budget; }
    // The three tables as shown, for a workbook.
    std::vector<ReportTable> exportTables() const;
    QStandardItemModel *resultUnitModel() const { return m_units; }
    QStandardItemModel *investmentModel() const { return m_investments; }
    QTableView *budgetView() const { return m_budgetView; }
    QLabel *messageLabel() const { return m_message; }
    int chartBarCount() const { return m_bars; }
    // The chart's category labels as drawn (rich text: lines joined by <br>).
    QStringList chartLabels() const { return m_chartLabels; }

    // The buttons' actions; adding asks for the name (a modal input dialog).
    void addArea();
    void addVarav();
    void addResultUnit();
    void addInvestment();
    void removeSelected();
    void moveLine(bool up); // the chosen area (or varav line) changes places with the one above or below
    void startFromPrevious();

private:
    void refill();
    void budgetEdited(QStandardItem *item);
    void unitEdited(QStandardItem *item);
    void investmentEdited(QStandardItem *item);
    template <class Line>
    void lineEdited(QStandardItem *item, const std::vector<Line> &lines, void (*set)(Line &, int, double),
                    std::unique_ptr<Edit> (*make)(const QString &, std::optional<Line>, std::optional<Line>));
    std::optional<double> amount(QStandardItem *item);
    bool editable() const;
    PeriodSession *m_session;
    QStandardItemModel *m_budget = nullptr;
    QStandardItemModel *m_units = nullptr;
    QStandardItemModel *m_investments = nullptr;
    QTableView *m_budgetView = nullptr;
    QTableView *m_unitView = nullptr;
    QTableView *m_investmentView = nullptr;
    QChartView *m_chartView = nullptr;
    QLabel *m_message = nullptr;
    QList<QPushButton *> m_buttons;
    QPushButton *m_startFrom = nullptr;
    std::vector<BudgetLine> m_lines;           // per row of m_budget (the total row has none)
    std::vector<ResultUnitLine> m_unitLines;   // per row of m_units
    std::vector<InvestmentLine> m_investLines; // per row of m_investments
    bool m_filling = false;
    int m_bars = 0;
    QStringList m_chartLabels;
};

} // namespace malkoll
