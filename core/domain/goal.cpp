#include "goal.h"

namespace malkoll {

QString goalLevelName(GoalLevel level)
{
    switch (level) {
    case GoalLevel::Direction: return QStringLiteral("KF:s inriktningsmål");
    case GoalLevel::KfArea: return QStringLiteral("KF:s mål för verksamhetsområdet");
    case GoalLevel::Committee: return QStringLiteral("Nämndmål");
    case GoalLevel::Unit: return QStringLiteral("Enhetsmål");
    }
    return {};
}

} // namespace malkoll
