#pragma once
// Indicator status against a target (måluppfyllelse): met / partly met / not met / not
// assessable, for every target kind and direction, with the signed gap (negative = worse).
#include "domain/indicator.h"
#include "domain/target.h"
#include "domain/yearsnapshot.h"

#include <QCoreApplication>
#include <optional>

namespace malkoll {

enum class IndicatorStatus { NotAssessable = 0, Met = 1, PartlyMet = 2, NotMet = 3 };
enum class Trend { Unknown = 0, Better = 1, Unchanged = 2, Worse = 3 };
enum class Language { Swedish, English };

// What a status is judged from besides the value and the target.
struct StatusContext
{
    Direction direction = Direction::HigherIsBetter;
    double tolerancePercent = 5.0;       // "partly met" band, percent of the target's magnitude
    std::optional<double> previousVb;    // for Öka/Minska
    std::optional<double> baselineValue; // VB outcome of the baseline year, for "relativt ÅÅÅÅ"
};

struct StatusResult
{
    IndicatorStatus status = IndicatorStatus::NotAssessable;
    std::optional<double> level;      // the level the value is compared with (target, last year, …)
    std::optional<double> gap;        // in the indicator's unit; negative = worse than the target
    std::optional<double> gapPercent; // gap as percent of the level's magnitude
    enum class Why { Judged, NoValue, NoTarget, SetLater, SetByCommittee, NoPreviousYear, NoBaseline };
    Why why = Why::NoTarget;
};

class StatusRule
{
    Q_DECLARE_TR_FUNCTIONS(StatusRule)

public:
    static StatusResult evaluate(std::optional<double> value, const Target &target, const StatusContext &context);
    // The rule in words, for tooltips, the report and the README.
    static QString describe(double tolerancePercent, Language language);
    static QString statusCode(IndicatorStatus status);                    // "met", "partly", "not", "na"

    // Better/unchanged/worse than the previous measurement, judged with the direction;
    // "unchanged" when equal at the indicator's decimals.
    static Trend trend(std::optional<double> current, std::optional<double> previous, Direction direction,
                       int decimals);
    static QString trendArrow(Trend trend); // ↑ → ↓ (better is always up)
};

} // namespace malkoll
