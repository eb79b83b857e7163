#pragma once
// One indicator's values over the years, as a chart shows them (the trend panel, the report's
// small multiples): outcomes by period, VB values, men and women, each year's targets, prognos.
#include "kolada/kolada.h"

#include <QPointF>
#include <QString>
#include <optional>
#include <utility>
#include <vector>

namespace malkoll {

// One indicator's trend for a chart: every stored year and period, x = year + months / 12.
struct TrendSeries
{
    QString name;
    QString unit;
    int decimals = 0;
    std::vector<QPointF> outcomes;   // every period with a value, oldest first
    std::vector<QPointF> vbOutcomes; // the full-year values, emphasised
    std::vector<QPointF> men;        // where the indicator is split
    std::vector<QPointF> women;
    std::vector<std::pair<int, double>> targetsByYear;   // Årsmål of every year with a numeric one
    std::vector<std::pair<int, double>> kfTargetsByYear; // KF:s årsmål likewise
    std::optional<double> target;    // this year's Årsmål (numeric targets only)
    std::optional<double> kfTarget;
    std::optional<QPointF> prognosis; // this year's prognos, at year end
    int firstYear = 0;
    int lastYear = 0;
    std::vector<KoladaLine> kolada; // Kolada's series beside ours, marked "Källa: Kolada"

    bool operator==(const TrendSeries &) const = default;
};

} // namespace malkoll
