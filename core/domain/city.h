#pragma once
// The city's KF structure, held once per year for every committee: KF's inriktningsmål and mål för
// verksamhetsområdet, KF-indikatorer with KF:s årsmål. A committee's plan refers to them; a KF
// decision on KF:s årsmål during the year is a TargetChange whose indicatorId is the KF-indikator.
#include "domain/indicator.h"

#include <QString>

namespace malkoll {

struct KfGoal
{
    qint64 id = 0;
    int year = 0;
    qint64 parentId = 0; // 0 for an inriktningsmål
    int level = 1;       // 1 inriktningsmål, 2 mål för verksamhetsområdet
    QString number;
    QString title;
    QString description;
    int sortOrder = 0;

    bool operator==(const KfGoal &) const = default;
};

struct KfIndicator
{
    qint64 id = 0;
    int year = 0;
    qint64 goalId = 0; // a KfGoal
    QString name;
    QString unit;
    int decimals = 0;
    Direction direction = Direction::HigherIsBetter;
    Periodicity periodicity = Periodicity::Tertial;
    bool genderSplit = false;
    QString seriesKey;
    int sortOrder = 0;
    Target kfTarget; // KF:s årsmål

    bool operator==(const KfIndicator &) const = default;
};

} // namespace malkoll
