#pragma once
// Where the committee stands: per inriktningsmål and verksamhetsområdesmål, how many indicators
// are met, partly met, not met or not assessable (by prognos), the assessment given beside the
// engine's suggestion, and the distribution of statuses as a chart.
#include "calc/status.h"

#include <QWidget>
#include <array>

class QChartView;
class QTreeWidget;

namespace malkoll {

class PeriodSession;

class OverviewView : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewView(PeriodSession *session, QWidget *parent = nullptr);
    QTreeWidget *tree() const;
    // Indicators of the whole committee by status (index = IndicatorStatus).
    std::array<int, 4> totals() const;

private:
    void refill();
    class RefillWhenShown *m_lazy = nullptr; // filled when shown
    PeriodSession *m_session;
    QTreeWidget *m_tree = nullptr;
    QChartView *m_chart = nullptr;
    std::array<int, 4> m_totals{};
};

} // namespace malkoll
