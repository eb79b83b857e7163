#pragma once
// What SnapshotReader keeps of a committee's year between recomputations: the plan's structure
// (the committee, its units, the year's goals, indicators, activities and target decisions, and
// which earlier indicators belong to the same series) and the earlier years' values the engine
// compares with. This year's values, reports, assessments and period texts are always read.
// Held by the Store; the structure is dropped when the store's structure generation or structure
// counter moves, the history when its value generation or history counter does, so a change made
// through this store or by anyone else is never hidden, and someone else's save of a value costs a
// re-read of the values and history only.
#include "domain/activity.h"
#include "domain/goal.h"
#include "domain/indicator.h"
#include "domain/organisation.h"
#include "domain/targetchange.h"
#include "domain/yearsnapshot.h"

#include <QHash>
#include <map>
#include <tuple>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace malkoll {

struct YearStructure
{
    Committee committee;
    std::vector<Unit> units;
    std::vector<Goal> goals;
    std::vector<Indicator> indicators;
    std::vector<Activity> activities;
    std::vector<TargetChange> targetChanges;
    QHash<qint64, qint64> earlier; // an earlier year's indicator of the same series → this year's
};

// Earlier years' values of one committee's indicators, by this year's indicator id.
struct YearHistory
{
    QHash<qint64, std::vector<HistoryPoint>> history;
    QHash<qint64, double> previousVb;
};

struct StructureCache
{
    quint64 generation = 0;
    quint64 valueGeneration = 0;
    int historyVersion = -1;   // the store's history counter when the histories were read
    int structureVersion = -1; // its structure counter when the years were read
    std::map<std::pair<qint64, int>, std::shared_ptr<const YearStructure>> years; // (committee, year)
    // (committee, year, period, history years)
    std::map<std::tuple<qint64, int, Period, int>, std::shared_ptr<const YearHistory>> histories;
    std::optional<double> defaultTolerance; // the store's setting (a write to it moves the structure counter)
    void clear()
    {
        years.clear();
        histories.clear();
        defaultTolerance.reset();
    }
};

} // namespace malkoll
