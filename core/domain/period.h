#pragma once
// The documents of a year: the plan (VP) and the three follow-ups (T1, T2, VB).
#include <QString>
#include <array>
#include <optional>

namespace malkoll {

enum class Period { VP = 0, T1 = 1, T2 = 2, VB = 3 };

inline constexpr std::array<Period, 3> followUpPeriods{Period::T1, Period::T2, Period::VB};

QString periodCode(Period p);                              // "T1"
std::optional<Period> periodFromCode(const QString &code); // "T1", "t1", "Tertial 1", "VB"
int periodMonths(Period p);                                // months covered: 0, 4, 8, 12
QString periodTitle(Period p);                             // "Tertialrapport 1" (Swedish document name)

} // namespace malkoll
