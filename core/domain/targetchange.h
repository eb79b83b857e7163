#pragma once
// A committee decision changing an årsmål during the year; the original stays on the indicator.
#include "period.h"
#include "target.h"

#include <QDate>

namespace malkoll {

struct TargetChange
{
    qint64 id = 0;
    qint64 indicatorId = 0;
    bool kf = false; // false: Årsmål, true: KF:s årsmål
    Target target;   // the decided value
    QDate decided;
    Period fromPeriod = Period::T1; // first follow-up the new value applies to
    QString reason;

    bool operator==(const TargetChange &) const = default;
};

} // namespace malkoll
