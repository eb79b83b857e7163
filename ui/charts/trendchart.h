#pragma once
// An indicator's trend as a chart: every stored year and period as a line, the VB values
// emphasised, Årsmål and KF:s årsmål as lines, the prognos as a point of its own; axes in Swedish
// format (decimal comma, whole years, the unit). A Qt Charts chart for the window; for the report,
// the same chart painted directly.
#include "domain/trendseries.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
class QRectF;
QT_END_NAMESPACE

namespace malkoll {

class TrendChart
{
public:
    // The interactive chart of the trend panel.
    static std::unique_ptr<QChart> build(const TrendSeries &trend);
    // A small multiple drawn straight onto `painter` in `rect` (the report's charts: vector
    // graphics in the PDF, no chart scene per indicator). Same scale, colours and marks as build().
    static void paint(QPainter &painter, const QRectF &rect, const TrendSeries &trend);

    // The value axis: round ticks at the labels' precision, the values and targets inside.
    struct Scale
    {
        double bottom = 0;
        double top = 10;
        int ticks = 4;
        bool empty = true; // nothing to draw yet
    };
    static Scale valueScale(const TrendSeries &trend, int ticks);
};

} // namespace malkoll
