#pragma once
// The small committee the round, server and permission tests share: Provnämnden 2024 with two
// units (Förskoleområde Öst, Äldreboendet Ängen), one goal, and one indicator per unit that the
// unit is responsible for (%, årsmål at least 80 %). Test fixtures take RoundCommittee as a base,
// so what makeRoundCommittee made is their own committee, goal, units and indicators.
#include "domain/goal.h"
#include "store/store.h"

#include <gtest/gtest.h>
#include <vector>

namespace malkoll::test {

struct RoundCommittee
{
    qint64 committee = 0;
    qint64 goal = 0;
    std::vector<qint64> units;
    std::vector<qint64> indicators;
};

::testing::AssertionResult makeRoundCommittee(Store &store, RoundCommittee &out);

// An inriktningsmål of 2024 in `committee`, not yet stored.
Goal directionGoal2024(qint64 committee, const QString &number, const QString &title);

} // namespace malkoll::test
