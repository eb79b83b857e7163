#pragma once
// A typed target (Årsmål or KF:s årsmål). Reports write targets as text ("80 %", "Ökning",
// "Max 10 personer", "+/- 1 %", "Tas fram av nämnd"); Målkoll keeps what the text means.
#include <QString>
#include <optional>

namespace malkoll {

enum class TargetKind {
    None = 0,           // no target given
    Value = 1,          // reach this level, judged with the indicator's direction
    Increase = 2,       // "Öka"/"Ökning": better than the previous year's VB outcome
    Decrease = 3,       // "Minska"/"Minskning": below the previous year's VB outcome
    AtMost = 4,         // "Max 10": an upper bound
    AtLeast = 5,        // "Minst 60 %": a lower bound
    Band = 6,           // "+/- 1 %": within value2 ± value
    RelativeToBaseline = 7, // "2 % energieffektivisering relativt 2018": value % better than baselineYear
    SetByCommittee = 8, // "Tas fram av nämnd": the committee's own årsmål applies
    SetLater = 9,       // "Fastställs 2024": not known yet
};

struct Target
{
    TargetKind kind = TargetKind::None;
    double value = 0;       // level, bound, band half-width or relative percent
    double value2 = 0;      // band centre
    int year = 0;           // baseline year (relative) or the year it is set (SetLater)
    QString text;           // as written, kept for display and audit

    bool isNumeric() const
    {
        return kind == TargetKind::Value || kind == TargetKind::AtMost || kind == TargetKind::AtLeast ||
               kind == TargetKind::Band;
    }
    bool operator==(const Target &) const = default;
};

QString targetKindCode(TargetKind kind);
std::optional<TargetKind> targetKindFromCode(const QString &code);

} // namespace malkoll
