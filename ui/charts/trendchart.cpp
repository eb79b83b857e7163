#include "trendchart.h"

#include <QCoreApplication>
#include <cmath>

#include "text/swedishnumber.h"

#include <QChart>
#include <QLocale>
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
    // A small multiple carries no title (its caption under it names the indicator in full, wrapped).
    chart->setTitle(compact ? QString() : t.name);


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
    auto split = [&](const std::vector<QPointF> &points, const QString &name, const QColor &color) {
        if (points.empty()) return;
        auto *s = new QLineSeries;
        s->setName(name);
        s->setPen(QPen(color, compact ? 2 : 1.5, Qt::SolidLine));
        for (const QPointF &p : points) {
            s->append(p);
            extend(p.y());
        }
        chart->addSeries(s);
    };
    split(t.men, QStringLiteral("Män/pojkar"), QColor(0x8e, 0x24, 0xaa));
    split(t.women, QStringLiteral("Kvinnor/flickor"), QColor(0xd8, 0x1b, 0x60));
    // Årsmål as steps: each year's level across that year; without history, this year's.
    auto steps = [&](std::vector<std::pair<int, double>> byYear, const std::optional<double> &current, const QString &name,
                     Qt::PenStyle style, const QColor &color) {
        if (byYear.empty() && current) byYear.push_back({t.lastYear, *current});
        if (byYear.empty()) return;
        auto *s = new QLineSeries;
        s->setName(name);
        for (const auto &[year, v] : byYear) {
            s->append(year, v);
            s->append(year + 1, v);
            extend(v);
        }
        s->setPen(QPen(color, compact ? 3 : 2, style));
        chart->addSeries(s);
    };
    steps(t.targetsByYear, t.target, QStringLiteral("Årsmål"), Qt::DashLine, QColor(0x2e, 0x7d, 0x32));
    steps(t.kfTargetsByYear, t.kfTarget, QStringLiteral("KF:s årsmål"), Qt::DotLine, QColor(0x54, 0x6e, 0x7a));
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
    const int ticks = compact ? 4 : 6;
    if (any) {
        double pad = std::max((hi - lo) * 0.15, std::abs(hi) * 0.02 + 1e-9);
        // Labels are whole numbers (or one decimal): the scale spans enough of them to be told apart.
        const double minSpan = (t.decimals > 0 ? 0.1 : 1.0) * (ticks - 1);
        pad = std::max(pad, (minSpan - (hi - lo)) / 2);
        double bottom = lo - pad, top = hi + pad;
        if (lo >= 0 && bottom < 0) { // no negative scale under values that cannot be negative
            top -= bottom;
            bottom = 0;
        }
        // Ticks on round values of the label's precision, so that every label sits at its value.
        const double unit = t.decimals > 0 ? 0.1 : 1.0;
        bottom = std::floor(bottom / unit + 1e-9) * unit;
        const double step = std::ceil((top - bottom) / unit / (ticks - 1) - 1e-9) * unit;
        axisY->setRange(bottom, bottom + step * (ticks - 1));
    } else {
        // Nothing to draw yet (a new indicator, a yearly one before its survey): an honest empty scale.
        axisY->setRange(0, t.unit == u"%" ? 100 : 10);
        const QString none = QCoreApplication::translate("TrendChart", "no values yet");
        chart->setTitle(compact ? none : chart->title() + QChar(0x2002) + QChar(0x2013) + QChar(0x2002) + none);
    }
    axisY->setLabelFormat(t.decimals > 0 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    axisY->setTitleText(compact ? QString() : t.unit);
    axisY->setLabelsFont(small);
    axisY->setTickCount(ticks);
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
