#pragma once
// A goal at one of the four levels of the hierarchy, for one committee and year.
#include <QString>
#include <QStringList>

namespace malkoll {

enum class GoalLevel { Direction = 1, KfArea = 2, Committee = 3, Unit = 4 };
// Direction: KF:s inriktningsmål; KfArea: KF:s mål för verksamhetsområdet;
// Committee: nämndmål; Unit: enhetens mål

struct Goal
{
    qint64 id = 0;
    qint64 committeeId = 0;
    int year = 0;
    qint64 parentId = 0; // 0 for inriktningsmål
    GoalLevel level = GoalLevel::Direction;
    QString number; // "1", "1.2", "1.2.3"
    QString title;
    QString description;
    QStringList expectedResults; // förväntat resultat
    qint64 unitId = 0;           // unit goals only
    int sortOrder = 0;

    bool operator==(const Goal &) const = default;
};

QString goalLevelName(GoalLevel level); // Swedish: "KF:s inriktningsmål", ...

} // namespace malkoll
