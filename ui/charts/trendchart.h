#pragma once
// An indicator's trend as a Qt Charts chart: every stored year and period as a line, the VB
// values emphasised, Årsmål and KF:s årsmål as lines, the prognos as a point of its own; axes
// in Swedish format (decimal comma, whole years, the unit).
#include "domain/trendseries.h"

#include <QImage>
#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace malkoll {

class TrendChart
{
public:
    static std::unique_ptr<QChart> build(const TrendSeries &trend, bool compact);
    // Renders offscreen into an image of `size` device pixels (for reports and PNG export).
    static QImage render(const TrendSeries &trend, QSize size, bool compact = true);
};

} // namespace malkoll
