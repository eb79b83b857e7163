#include "target.h"

#include <array>
#include <utility>

namespace malkoll {

namespace {
constexpr std::array<std::pair<TargetKind, const char *>, 10> kCodes{{
    {TargetKind::None, "none"},
    {TargetKind::Value, "value"},
    {TargetKind::Increase, "increase"},
    {TargetKind::Decrease, "decrease"},
    {TargetKind::AtMost, "atmost"},
    {TargetKind::AtLeast, "atleast"},
    {TargetKind::Band, "band"},
    {TargetKind::RelativeToBaseline, "relative"},
    {TargetKind::SetByCommittee, "committee"},
    {TargetKind::SetLater, "later"},
}};
}

QString targetKindCode(TargetKind kind)
{
    for (const auto &[k, c] : kCodes)
        if (k == kind) return QString::fromLatin1(c);
    return QStringLiteral("none");
}

std::optional<TargetKind> targetKindFromCode(const QString &code)
{
    for (const auto &[k, c] : kCodes)
        if (code == QLatin1String(c)) return k;
    return std::nullopt;
}

} // namespace malkoll
