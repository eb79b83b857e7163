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
// A period code as a store holds it: exactly "VP", "T1", "T2" or "VB". Rows read from a store with
// any other spelling are refused (skipped with a warning naming them), never guessed at.
std::optional<Period> storedPeriod(const QString &code);
// What a reader sets on a row whose stored code is not one of the four; the row is then left out.
inline constexpr Period kUnknownPeriod = Period(-1);
Period storedPeriodOrUnknown(const QString &code, const char *table);
int periodMonths(Period p);                                // months covered: 0, 4, 8, 12
QString periodTitle(Period p);                             // "Tertialrapport 1" (Swedish document name)

} // namespace malkoll
