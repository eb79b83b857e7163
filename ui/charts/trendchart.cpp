#include "trendchart.h"

#include <QCoreApplication>
#include <cmath>

#include "text/swedishnumber.h"

#include <QChart>
#include <QLocale>
#include <QFontMetricsF>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>

namespace malkoll {

namespace {
const QColor kOutcome(0x1f, 0x5f, 0xa8);
const QColor kVb(0x99, 0xca, 0x53); // the chart theme's second colour, as the window shows VB
const QColor kMen(0x8e, 0x24, 0xaa);
const QColor kWomen(0xd8, 0x1b, 0x60);
const QColor kTarget(0x2e, 0x7d, 0x32);
const QColor kKfTarget(0x54, 0x6e, 0x7a);
const QColor kPrognosis(0xef, 0x9a, 0x00);
// Kolada's series, one colour each: grey-blue, teal, brown, grey.
QColor koladaColor(size_t k)
{
    static const QColor colors[] = {QColor(0x60, 0x7d, 0x8b), QColor(0x00, 0x89, 0x7b), QColor(0x8d, 0x6e, 0x63), QColor(0x75, 0x75, 0x75)};
    return colors[k % 4];
}

// A year's target as a step across that year; without history, this year's alone.
std::vector<std::pair<int, double>> targetSteps(std::vector<std::pair<int, double>> byYear, const std::optional<double> &current, int lastYear)
{
    if (byYear.empty() && current) byYear.push_back({lastYear, *current});
    return byYear;
}

QLocale axisLocale()
{
    QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    swedish.setNumberOptions(QLocale::OmitGroupSeparator); // years read "2024", not "2 024"
    return swedish;
}
} // namespace

TrendChart::Scale TrendChart::valueScale(const TrendSeries &t, int ticks)
{
    double lo = 0, hi = 0;
    bool any = false;
    auto extend = [&](double v) {
        lo = any ? std::min(lo, v) : v;
        hi = any ? std::max(hi, v) : v;
        any = true;
    };
    for (const auto *points : {&t.outcomes, &t.men, &t.women})
        for (const QPointF &p : *points) extend(p.y());
    for (const KoladaLine &line : t.kolada)
        for (const QPointF &p : line.points) extend(p.y());
    for (const auto &[year, v] : targetSteps(t.targetsByYear, t.target, t.lastYear)) extend(v);
    for (const auto &[year, v] : targetSteps(t.kfTargetsByYear, t.kfTarget, t.lastYear)) extend(v);
    if (t.prognosis) extend(t.prognosis->y());
    Scale s;
    s.ticks = ticks;
    if (!any) {
        // Nothing to draw yet (a new indicator, a yearly one before its survey): an honest empty scale.
        s.top = t.unit == u"%" ? 100 : 10;
        return s;
    }
    s.empty = false;
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
    s.bottom = bottom;
    s.top = bottom + step * (ticks - 1);
    return s;
}

std::unique_ptr<QChart> TrendChart::build(const TrendSeries &t)
{
    auto chart = std::make_unique<QChart>();
    chart->setLocale(axisLocale());
    chart->setLocalizeNumbers(true); // decimal comma on the axes
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    QFont small;
    small.setPointSizeF(9);
    QFont title = small;
    title.setBold(true);
    chart->setTitleFont(title);
    chart->setTitle(t.name);

    auto *line = new QLineSeries;
    line->setName(QCoreApplication::translate("TrendChart", "Outcome"));
    line->setPen(QPen(kOutcome, 2));
    for (const QPointF &p : t.outcomes) line->append(p);
    auto *vb = new QScatterSeries;
    vb->setName(QCoreApplication::translate("TrendChart", "Outcome VB"));
    vb->setMarkerSize(9);
    vb->setColor(kVb);
    for (const QPointF &p : t.vbOutcomes) vb->append(p);
    chart->addSeries(line);
    chart->addSeries(vb);
    auto split = [&](const std::vector<QPointF> &points, const QString &name, const QColor &color) {
        if (points.empty()) return;
        auto *s = new QLineSeries;
        s->setName(name);
        s->setPen(QPen(color, 1.5, Qt::SolidLine));
        for (const QPointF &p : points) s->append(p);
        chart->addSeries(s);
    };
    split(t.men, QCoreApplication::translate("TrendChart", "Men/boys"), kMen);
    split(t.women, QCoreApplication::translate("TrendChart", "Women/girls"), kWomen);
    // Årsmål as steps: each year's level across that year.
    auto steps = [&](const std::vector<std::pair<int, double>> &byYear, const QString &name, Qt::PenStyle style, const QColor &color) {
        if (byYear.empty()) return;
        auto *s = new QLineSeries;
        s->setName(name);
        for (const auto &[year, v] : byYear) {
            s->append(year, v);
            s->append(year + 1, v);
        }
        s->setPen(QPen(color, 2, style));
        chart->addSeries(s);
    };
    steps(targetSteps(t.targetsByYear, t.target, t.lastYear), QCoreApplication::translate("TrendChart", "Annual target"), Qt::DashLine, kTarget);
    steps(targetSteps(t.kfTargetsByYear, t.kfTarget, t.lastYear), QCoreApplication::translate("TrendChart", "KF annual target"), Qt::DotLine, kKfTarget);
    // Kolada's series: thin, in quiet colours, named with their source.
    for (size_t k = 0; k < t.kolada.size(); ++k) {
        auto *s = new QLineSeries;
        s->setName(t.kolada[k].name + QStringLiteral(" (Kolada)"));
        s->setPen(QPen(koladaColor(k), 1.5, Qt::DashDotLine));
        s->setPointsVisible(true);
        for (const QPointF &p : t.kolada[k].points) s->append(p);
        chart->addSeries(s);
    }
    if (t.prognosis) {
        auto *prognosis = new QScatterSeries;
        prognosis->setName(QCoreApplication::translate("TrendChart", "Full-year forecast"));
        prognosis->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        prognosis->setMarkerSize(10);
        prognosis->setColor(kPrognosis);
        prognosis->append(*t.prognosis);
        chart->addSeries(prognosis);
    }
    const double x0 = t.firstYear, x1 = t.lastYear + 1.0;
    auto *axisX = new QValueAxis;
    axisX->setRange(x0, x1);
    axisX->setTickCount(int(x1 - x0) + 1);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setLabelsFont(small);
    if (!t.kolada.empty()) {
        axisX->setTitleText(QCoreApplication::translate("TrendChart", "Source: Kolada (RKA)"));
        axisX->setTitleFont(small);
    }
    auto *axisY = new QValueAxis;
    const Scale scale = valueScale(t, 6);
    axisY->setRange(scale.bottom, scale.top);
    if (scale.empty)
        chart->setTitle(chart->title() + QChar(0x2002) + QChar(0x2013) + QChar(0x2002) +
                        QCoreApplication::translate("TrendChart", "no values yet"));
    axisY->setLabelFormat(t.decimals > 0 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    axisY->setTitleText(t.unit);
    axisY->setLabelsFont(small);
    axisY->setTickCount(scale.ticks);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    return chart;
}

void TrendChart::paint(QPainter &painter, const QRectF &rect, const TrendSeries &t)
{
    // Sizes are in the report's units: the chart is 118 × 80 of them, whatever the device.
    const qreal u = rect.height() / 80.0;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(rect);
    painter.fillRect(rect, Qt::white);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, qRound(5.6 * u)));
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());

    const Scale scale = valueScale(t, 4);
    const QLocale locale = axisLocale();
    const int decimals = t.decimals > 0 ? 1 : 0;
    std::vector<std::pair<double, QString>> yLabels;
    qreal labelWidth = 0;
    for (int i = 0; i < scale.ticks; ++i) {
        const double v = scale.bottom + (scale.top - scale.bottom) * i / (scale.ticks - 1);
        yLabels.push_back({v, locale.toString(v, 'f', decimals)});
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(yLabels.back().second));
    }
    const qreal h = metrics.height();
    const QRectF plot(rect.left() + 2 * u + labelWidth + 2 * u, rect.top() + 2 * u + h / 2, 0, 0);
    const QRectF area(plot.topLeft(), QPointF(rect.right() - 2 * u - metrics.horizontalAdvance(QStringLiteral("2000")) / 2,
                                            rect.bottom() - 2 * u - h - u));
    const double x0 = t.firstYear, x1 = t.lastYear + 1.0;
    auto at = [&](double x, double y) {
        const double fx = x1 > x0 ? (x - x0) / (x1 - x0) : 0;
        const double fy = scale.top > scale.bottom ? (y - scale.bottom) / (scale.top - scale.bottom) : 0;
        return QPointF(area.left() + fx * area.width(), area.bottom() - fy * area.height());
    };

    // Grid and labels.
    const QColor grid(0xdd, 0xdd, 0xdd), label(0x44, 0x44, 0x44);
    for (const auto &[v, text] : yLabels) {
        const QPointF p = at(x0, v);
        painter.setPen(QPen(grid, 0.5 * u));
        painter.drawLine(p, QPointF(area.right(), p.y()));
        painter.setPen(label);
        painter.drawText(QRectF(rect.left(), p.y() - h / 2, plot.left() - rect.left() - 2 * u, h), Qt::AlignRight | Qt::AlignVCenter, text);
    }
    for (int year = t.firstYear; year <= t.lastYear + 1; ++year) {
        const QPointF p = at(year, scale.bottom);
        painter.setPen(QPen(grid, 0.5 * u));
        painter.drawLine(p, QPointF(p.x(), area.top()));
        painter.setPen(label);
        const QString text = locale.toString(year);
        const qreal w = metrics.horizontalAdvance(text);
        painter.drawText(QRectF(p.x() - w / 2 - u, area.bottom() + u, w + 2 * u, h), Qt::AlignCenter, text);
    }
    if (scale.empty) {
        painter.setPen(label);
        painter.drawText(area, Qt::AlignCenter, QStringLiteral("inga värden ännu")); // the report is in Swedish
        painter.restore();
        return;
    }

    auto polyline = [&](const std::vector<QPointF> &points, const QPen &pen) {
        if (points.empty()) return;
        QPolygonF line;
        for (const QPointF &p : points) line << at(p.x(), p.y());
        painter.setPen(pen);
        painter.drawPolyline(line);
    };
    auto steps = [&](const std::vector<std::pair<int, double>> &byYear, Qt::PenStyle style, const QColor &color) {
        QPen pen(color, 1.0 * u, style);
        pen.setCapStyle(Qt::FlatCap);
        painter.setPen(pen);
        for (const auto &[year, v] : byYear) painter.drawLine(at(year, v), at(year + 1, v));
    };
    steps(targetSteps(t.targetsByYear, t.target, t.lastYear), Qt::DashLine, kTarget);
    steps(targetSteps(t.kfTargetsByYear, t.kfTarget, t.lastYear), Qt::DotLine, kKfTarget);
    for (size_t k = 0; k < t.kolada.size(); ++k) {
        polyline(t.kolada[k].points, QPen(koladaColor(k), 0.7 * u, Qt::DashDotLine));
        painter.setPen(Qt::NoPen); // a dot at each value: a series of one year is seen too
        painter.setBrush(koladaColor(k));
        for (const QPointF &p : t.kolada[k].points) painter.drawEllipse(at(p.x(), p.y()), 1.1 * u, 1.1 * u);
        painter.setBrush(Qt::NoBrush);
    }
    polyline(t.men, QPen(kMen, 0.7 * u));
    polyline(t.women, QPen(kWomen, 0.7 * u));
    polyline(t.outcomes, QPen(kOutcome, 1.0 * u));
    painter.setPen(Qt::NoPen);
    painter.setBrush(kVb);
    for (const QPointF &p : t.vbOutcomes) painter.drawEllipse(at(p.x(), p.y()), 2 * u, 2 * u);
    if (t.prognosis) {
        painter.setBrush(kPrognosis);
        const QPointF c = at(t.prognosis->x(), t.prognosis->y());
        painter.drawRect(QRectF(c.x() - 2.3 * u, c.y() - 2.3 * u, 4.6 * u, 4.6 * u));
    }
    if (!t.kolada.empty()) { // the source of the comparison, in the plot's top left corner
        QFont note = font;
        note.setPixelSize(std::max(1, qRound(4.2 * u)));
        painter.setFont(note);
        painter.setPen(label);
        painter.drawText(area.adjusted(u, 0, 0, 0), Qt::AlignLeft | Qt::AlignTop, QStringLiteral("Källa: Kolada"));
    }
    painter.restore();
}

} // namespace malkoll
