#pragma once
// Findings a controller must see before a period is locked.
#include <QCoreApplication>
#include <QString>
#include <vector>

namespace malkoll {

struct YearSnapshot;
struct YearEvaluation;

enum class FindingKind {
    AssessmentContradicts, // the person's assessment differs from the suggestion
    MissingAnalysis,       // an indicator not (or not forecast to be) fully met without analysis
    MissingValue,          // no outcome and no reason where one is due
    ActivityPastEnd,       // past its Slutdatum and still "on track"
    KfTargetSetLater,      // KF:s årsmål still "set later" from T2 on
    DeviationWithoutAnalysis, // a deviating activity without analysis
    QuotedFigure,          // a figure quoted in an analysis disagrees with its table
};

struct Finding
{
    FindingKind kind = FindingKind::MissingValue;
    qint64 goalId = 0;
    qint64 indicatorId = 0;
    qint64 activityId = 0;
    QString goalNumber;
    QString message;
    QString inReport; // QuotedFigure: the quote and its place in Swedish, for the printed report's draft warning
};

class Findings
{
    Q_DECLARE_TR_FUNCTIONS(Findings)

public:
    static QString kindCode(FindingKind kind);
    static QString kindText(FindingKind kind);
    // Every finding of an evaluated year, in goal order.
    static std::vector<Finding> collect(const YearSnapshot &snapshot, const YearEvaluation &evaluation);
};

} // namespace malkoll
