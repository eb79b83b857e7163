#pragma once
// The period's economy: the verksamhetsområde table of DOMAIN.md §6 with computed deviations
// ("varav" rows indented, the total summed from the lines), the resultatenheter table with the
// computed transfer, and budget against prognos per area as a bar chart.
#include <QWidget>

class QChartView;
class QStandardItemModel;

namespace malkoll {

class PeriodSession;

class EconomyView : public QWidget
{
    Q_OBJECT
public:
    explicit EconomyView(PeriodSession *session, QWidget *parent = nullptr);
    QStandardItemModel *budgetModel() const { return m_budget; }
    QStandardItemModel *resultUnitModel() const { return m_units; }
    int chartBarCount() const { return m_bars; }

private:
    void refill();
    PeriodSession *m_session;
    QStandardItemModel *m_budget = nullptr;
    QStandardItemModel *m_units = nullptr;
    QChartView *m_chartView = nullptr;
    int m_bars = 0;
};

} // namespace malkoll
