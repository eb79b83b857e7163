#pragma once
// The trend of the selected indicator: every stored year and period from the store, VB values
// emphasised, each year's Årsmål and KF:s årsmål as steps, this year's prognos as its own point,
// men and women where split; tooltips with the exact value; export as PNG.
#include "domain/indicator.h"
#include "domain/trendseries.h"

#include <QWidget>

class QChartView;
class QLabel;
class QTimer;

namespace malkoll {

class PeriodSession;

class TrendPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TrendPanel(PeriodSession *session, QWidget *parent = nullptr);
    // Room for a readable trend where the screen has it (the entry splitter starts from hints).
    QSize sizeHint() const override { return {480, 300}; }
    void setIndicator(qint64 indicatorId);
    // The series shown; a refresh still waiting after an edit is done first.
    const TrendSeries &series();
    bool savePng(const QString &path);
    // Reads the whole series of an indicator (all years) from the store.
    static TrendSeries seriesFor(PeriodSession &session, const Indicator &indicator);

private:
    PeriodSession *m_session;
    QChartView *m_view = nullptr;
    TrendSeries m_series;
    qint64 m_indicatorId = 0;
    QTimer *m_refresh = nullptr;
};

} // namespace malkoll
