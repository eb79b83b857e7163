#pragma once
// An indicator of one year, under a goal, with its targets. The same indicator in other
// years shares `seriesKey`, which is what trends and "Utfall VB föregående år" follow.
#include "target.h"

#include <QString>
#include <optional>

namespace malkoll {

enum class Direction { HigherIsBetter = 0, LowerIsBetter = 1, None = 2 };
enum class Periodicity { Tertial = 0, Year = 1 };
enum class Origin { KF = 0, Committee = 1 }; // KF-indikator/-aktivitet or the nämnd's own

struct Indicator
{
    qint64 id = 0;
    qint64 committeeId = 0;
    int year = 0;
    qint64 goalId = 0;
    Origin origin = Origin::Committee;
    QString name;
    QString unit;            // "%", "st", "barn/avd.", "" (none)
    int decimals = 0;
    Direction direction = Direction::HigherIsBetter;
    Periodicity periodicity = Periodicity::Tertial;
    bool genderSplit = false; // outcome asked for men/boys and women/girls
    bool genderFlag = false;  // ♀: gender-equality relevant
    qint64 responsibleUnitId = 0;
    std::optional<double> tolerance; // percent of the target's magnitude; store default if empty
    QString seriesKey;
    int sortOrder = 0;
    Target target;   // Årsmål, as adopted in the plan
    Target kfTarget; // KF:s årsmål
    bool targetToReview = false; // copied from last year by "new year": to be reviewed until changed

    bool operator==(const Indicator &) const = default;
};

QString directionCode(Direction d);
QString periodicityCode(Periodicity p);              // "tertial", "year" (as stored)
Periodicity periodicityFromCode(const QString &code);
Direction directionFromCode(const QString &code);
QString seriesKeyFor(const QString &name); // normalised name: case, spaces, punctuation folded

} // namespace malkoll
