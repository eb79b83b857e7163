#pragma once
// A trend chart in words, for those who cannot see it (a screen reader, the .odt's text
// alternative, the PDF): the first and last value with their periods, whether the values rose or
// fell, this year's Årsmål and KF:s årsmål, the prognos, and Kolada's series where shown.
#include "calc/status.h"
#include "domain/trendseries.h"

#include <QString>

namespace malkoll {

QString trendText(const TrendSeries &trend, Language language);

} // namespace malkoll
