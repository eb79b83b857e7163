#include "trendpanel.h"

#include "charts/trendchart.h"
#include "periodsession.h"
#include "store/indicatorrepository.h"
#include "store/koladarepository.h"
#include "store/measurementrepository.h"
#include "text/swedishnumber.h"
#include "report/trendtext.h"
#include "text/labels.h"

#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QSaveFile>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

namespace malkoll {

TrendPanel::TrendPanel(PeriodSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_view = new QChartView;
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(120); // title, legend and a plot one can read, on a laptop's tab
    m_view->setAccessibleName(tr("Trend chart"));
    m_view->setAccessibleDescription(tr("No indicator chosen."));
    auto *save = new QPushButton(tr("Save chart as P&NG…"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the chart"), m_series.name.left(40) + QStringLiteral(".png"),
                                                          tr("PNG images (*.png)"));
        if (!path.isEmpty()) savePng(path);
    });
    // After an edit the chart follows a moment later, once typing pauses: a keystroke's save and
    // the goal's statuses do not wait for a chart to be built.
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(150);
    connect(m_refresh, &QTimer::timeout, this, [this] { setIndicator(m_indicatorId); });
    connect(session, &PeriodSession::changed, m_refresh, qOverload<>(&QTimer::start));
    connect(session, &PeriodSession::loaded, this, [this] { setIndicator(0); });
}

const TrendSeries &TrendPanel::series()
{
    if (m_refresh->isActive()) setIndicator(m_indicatorId);
    return m_series;
}

TrendSeries TrendPanel::seriesFor(PeriodSession &session, const Indicator &ind)
{
    const auto snap = session.snapshot();
    TrendSeries t;
    t.name = ind.name;
    t.unit = ind.unit;
    t.decimals = ind.decimals;
    if (!session.store() || !snap) return t;
    IndicatorRepository indicators(*session.store());
    MeasurementRepository values(*session.store());
    for (const Indicator &year : indicators.series(ind.committeeId, ind.seriesKey)) {
        if (year.year > snap->year) continue;
        auto numeric = [](const Target &x) {
            return x.kind == TargetKind::Value || x.kind == TargetKind::AtMost || x.kind == TargetKind::AtLeast;
        };
        if (numeric(year.target)) t.targetsByYear.push_back({year.year, year.target.value});
        if (numeric(year.kfTarget)) t.kfTargetsByYear.push_back({year.year, year.kfTarget.value});
        for (const Measurement &m : values.forIndicator(year.id)) {
            if (year.year == snap->year && int(m.period) > int(snap->period)) continue;
            const QPointF at(year.year + periodMonths(m.period) / 12.0, 0);
            if (m.outcome) {
                t.outcomes.push_back({at.x(), *m.outcome});
                if (m.period == Period::VB) t.vbOutcomes.push_back({at.x(), *m.outcome});
            }
            if (m.men) t.men.push_back({at.x(), *m.men});
            if (m.women) t.women.push_back({at.x(), *m.women});
            t.firstYear = t.firstYear ? std::min(t.firstYear, year.year) : year.year;
            t.lastYear = std::max(t.lastYear, year.year);
        }
    }
    auto byX = [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); };
    for (auto *v : {&t.outcomes, &t.vbOutcomes, &t.men, &t.women}) std::sort(v->begin(), v->end(), byX);
    t.lastYear = std::max(t.lastYear, snap->year);
    if (!t.firstYear) t.firstYear = snap->year;
    if (const IndicatorEvaluation *e = session.evaluation()->indicator(ind.id); e && e->prognosis && snap->period != Period::VB)
        t.prognosis = QPointF(snap->year + 1.0, *e->prognosis);
    KoladaRepository kolada(*session.store());
    if (const auto link = kolada.link(ind.committeeId, ind.seriesKey)) t.kolada = kolada.lines(*link, ind.genderSplit, t.firstYear, t.lastYear);
    return t;
}

void TrendPanel::setIndicator(qint64 indicatorId)
{
    m_refresh->stop();
    const auto snap = m_session->snapshot();
    const Indicator *ind = snap ? snap->indicator(indicatorId) : nullptr;
    TrendSeries series = ind ? seriesFor(*m_session, *ind) : TrendSeries{};
    if (ind && indicatorId == m_indicatorId && series == m_series && m_view->chart() && !m_view->chart()->series().isEmpty())
        return; // the same chart
    m_indicatorId = indicatorId;
    m_series = std::move(series);
    if (!ind) {
        m_view->setChart(new QChart);
        m_view->setAccessibleDescription(tr("No indicator chosen."));
        return;
    }
    // The chart in words (EN 301 549 11.1.1.1): what a screen reader says, and the tooltip.
    const QString words = trendText(m_series, labels::uiLanguage());
    m_view->setAccessibleName(tr("Trend chart: %1").arg(ind->name));
    m_view->setAccessibleDescription(words);
    m_view->setToolTip(words);
    QChart *chart = TrendChart::build(m_series).release();
    const int decimals = ind->decimals;
    const QString unit = ind->unit;
    for (QAbstractSeries *s : chart->series()) {
        auto *xy = qobject_cast<QXYSeries *>(s);
        if (!xy) continue;
        // The exact value, in Swedish, under the pointer.
        connect(xy, &QXYSeries::hovered, this, [this, xy, decimals, unit](const QPointF &p, bool on) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(), QStringLiteral("%1: %2").arg(xy->name(), SwedishNumber::format(p.y(), decimals, unit)), m_view);
        });
    }
    m_view->setChart(chart); // the view owns it
}

bool TrendPanel::savePng(const QString &path)
{
    (void)series(); // the chart as it is now, not as it was before the last edit
    // Through a temporary file renamed when complete: a failed save leaves an earlier file whole.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return false;
    if (!m_view->grab().save(&file, "PNG")) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

} // namespace malkoll
