#pragma once
// Reading an economy table so that its lines add up to its own Totalt or Summa: which lines
// are parts ("varav") of the line above and which count towards the total is decided by the
// sums, the words ("varav", lower case) only choosing between ways that add up equally well.
#include <QString>
#include <optional>
#include <vector>

namespace malkoll::reportreading {

struct ReconcileLine
{
    std::vector<double> amounts; // per checked column
    bool hintPart = false;       // the words say: part of the line above
    bool fixed = false;          // the reading may not change (a verksamhetsområde by its name)
};

struct Reconciliation
{
    bool reconciled = false;
    std::vector<bool> part;      // per line: a part of the line above, not counted in the total
    std::vector<double> sums;    // per column: the sum of the counted lines under this reading
    int column = -1;             // the first column that does not add up (when not reconciled)
};

// The reading closest to the words under which every column with a stated total adds up
// (within what rounding each line to one decimal allows). Not reconciled: the words' reading,
// with its sums and the first column that differs.
Reconciliation reconcile(const std::vector<ReconcileLine> &lines, const std::vector<std::optional<double>> &totals);

// The tolerance of a sum of `count` amounts each rounded to one decimal.
double sumTolerance(int count);

} // namespace malkoll::reportreading
