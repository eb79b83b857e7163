#pragma once
// One indicator's values for one follow-up period.
#include "period.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace malkoll {

struct Measurement
{
    qint64 id = 0;
    qint64 indicatorId = 0;
    Period period = Period::T1;
    std::optional<double> outcome; // periodens utfall
    std::optional<double> men;
    std::optional<double> women;
    std::optional<double> prognosis; // prognos helår
    bool notReported = false;        // missing with a reason: not the same as zero
    QString notReportedReason;
    QString analysis;
    QString updatedBy;
    QDateTime updatedAt;
    int version = 0; // row version, bumped on every write

    bool isEmpty() const
    {
        return !outcome && !men && !women && !prognosis && !notReported && analysis.isEmpty();
    }
    bool sameContent(const Measurement &o) const
    {
        return outcome == o.outcome && men == o.men && women == o.women && prognosis == o.prognosis &&
               notReported == o.notReported && notReportedReason == o.notReportedReason && analysis == o.analysis;
    }
};

} // namespace malkoll
