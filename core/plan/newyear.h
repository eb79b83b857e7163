#pragma once
// A new year's plan from the last one (issue 15): the goals with their numbers, beskrivning and
// förväntat resultat, the indicators with their targets as a starting point (marked to review
// until someone sets them), and the activities that continue into the new year. Units belong to
// the committee and carry over as they are. The old year is not changed; all in one transaction,
// audited; refused when the new year already has a plan.
#include "result.h"

#include <QCoreApplication>

namespace malkoll {

class Store;

struct NewYearSummary
{
    int goals = 0;
    int indicators = 0;
    int activities = 0;          // continuing into the new year
    int activitiesEnded = 0;     // ended in the old year: not copied
};

class NewYear
{
    Q_DECLARE_TR_FUNCTIONS(NewYear)

public:
    static Result<NewYearSummary> create(Store &store, qint64 committeeId, int from, int to);
};

} // namespace malkoll
