#include "trendchart.h"

#include "text/swedishnumber.h"

#include <QChart>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>

namespace malkoll {

std::unique_ptr<QChart> TrendChart::build(const TrendSeries &t, bool compact)
{
    auto chart = std::make_unique<QChart>();
    QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    swedish.setNumberOptions(QLocale::OmitGroupSeparator); // years read "2024", not "2 024"
    chart->setLocale(swedish);
    chart->setLocalizeNumbers(true); // decimal comma on the axes
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setVisible(!compact);
    QFont small;
    // Compact charts are rendered at three times their printed size, so their fonts are too.
    small.setPointSizeF(compact ? 13 : 9);
    QFont title = small;
    title.setBold(true);
    chart->setTitleFont(title);
    chart->setTitle(compact && t.name.size() > 34 ? t.name.left(32) + QChar(0x2026) : t.name);


    double lo = 0, hi = 0;
    bool any = false;
    auto extend = [&](double v) {
        lo = any ? std::min(lo, v) : v;
        hi = any ? std::max(hi, v) : v;
        any = true;
    };
    auto *line = new QLineSeries;
    line->setName(QStringLiteral("Utfall"));
    line->setPen(QPen(QColor(0x1f, 0x5f, 0xa8), compact ? 3 : 2));
    for (const QPointF &p : t.outcomes) {
        line->append(p);
        extend(p.y());
    }
    auto *vb = new QScatterSeries;
    vb->setName(QStringLiteral("Utfall VB"));
    vb->setMarkerSize(compact ? 12 : 9);
    for (const QPointF &p : t.vbOutcomes) vb->append(p);
    chart->addSeries(line);
    chart->addSeries(vb);
    const double x0 = t.firstYear, x1 = t.lastYear + 1.0;
    auto level = [&](const std::optional<double> &v, const QString &name, Qt::PenStyle style, const QColor &color) {
        if (!v) return;
        auto *s = new QLineSeries;
        s->setName(name);
        // The årsmål holds for this year: a step across it.
        s->append(t.lastYear, *v);
        s->append(x1, *v);
        s->setPen(QPen(color, compact ? 3 : 2, style));
        chart->addSeries(s);
        extend(*v);
    };
    level(t.target, QStringLiteral("Årsmål"), Qt::DashLine, QColor(0x2e, 0x7d, 0x32));
    level(t.kfTarget, QStringLiteral("KF:s årsmål"), Qt::DotLine, QColor(0x54, 0x6e, 0x7a));
    if (t.prognosis) {
        auto *prognosis = new QScatterSeries;
        prognosis->setName(QStringLiteral("Prognos helår"));
        prognosis->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        prognosis->setMarkerSize(compact ? 14 : 10);
        prognosis->setColor(QColor(0xef, 0x9a, 0x00));
        prognosis->append(*t.prognosis);
        chart->addSeries(prognosis);
        extend(t.prognosis->y());
    }
    auto *axisX = new QValueAxis;
    axisX->setRange(x0, x1);
    axisX->setTickCount(int(x1 - x0) + 1);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setLabelsFont(small);
    auto *axisY = new QValueAxis;
    if (!any) hi = 1;
    const double pad = std::max((hi - lo) * 0.15, std::abs(hi) * 0.02 + 1e-9);
    axisY->setRange(lo - pad, hi + pad);
    axisY->setLabelFormat(t.decimals > 0 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    axisY->setTitleText(compact ? QString() : t.unit);
    axisY->setLabelsFont(small);
    axisY->setTickCount(compact ? 4 : 6);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    return chart;
}

QImage TrendChart::render(const TrendSeries &trend, QSize size, bool compact)
{
    auto chart = build(trend, compact);
    QGraphicsScene scene;
    QChart *raw = chart.release();
    scene.addItem(raw); // the scene owns it from here
    raw->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

} // namespace malkoll
