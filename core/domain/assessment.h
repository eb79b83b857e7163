#pragma once
// A person's assessment of a goal for a period, and the vocabulary it uses.
#include "period.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace malkoll {

enum class Assessment { NotSet = 0, Full = 1, Partly = 2, NotMet = 3, NotAssessed = 4 };
// Full: "Uppfylls helt", Partly: "Uppfylls delvis", NotMet: "Uppfylls inte", NotAssessed: "Ingen"

struct GoalAssessment
{
    qint64 goalId = 0;
    Period period = Period::T1;
    qint64 unitId = 0; // 0: the committee's own assessment; else a unit's
    Assessment assessment = Assessment::NotSet;
    QString analysis;
    QString author;
    QDateTime updatedAt;

    bool operator==(const GoalAssessment &) const = default;
};

QString assessmentCode(Assessment a);                     // "helt", "delvis", "inte", "ingen", ""
std::optional<Assessment> assessmentFromText(const QString &text); // code or "Uppfylls helt"

} // namespace malkoll
