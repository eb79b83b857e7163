// The search behind reconcile(): every reading of the lines whose words are uncertain, the
// fewest changes from the words first.
#include "reconcile.h"

#include <cmath>

namespace malkoll::reportreading {

double sumTolerance(int count) { return 0.051 + 0.01 * count; }

namespace {

Reconciliation evaluate(const std::vector<ReconcileLine> &lines, const std::vector<std::optional<double>> &totals,
                        const std::vector<bool> &part)
{
    Reconciliation r;
    r.part = part;
    r.sums.assign(totals.size(), 0.0);
    int counted = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (part[i]) continue;
        ++counted;
        for (size_t c = 0; c < totals.size() && c < lines[i].amounts.size(); ++c) r.sums[c] += lines[i].amounts[c];
    }
    r.reconciled = true;
    for (size_t c = 0; c < totals.size(); ++c)
        if (totals[c] && std::abs(r.sums[c] - *totals[c]) > sumTolerance(counted)) {
            r.reconciled = false;
            r.column = int(c);
            break;
        }
    return r;
}

} // namespace

Reconciliation reconcile(const std::vector<ReconcileLine> &lines, const std::vector<std::optional<double>> &totals)
{
    std::vector<bool> words(lines.size());
    for (size_t i = 0; i < lines.size(); ++i) words[i] = i > 0 && lines[i].hintPart;
    Reconciliation best = evaluate(lines, totals, words);
    if (best.reconciled || lines.empty()) return best;
    // The lines whose reading may change: not fixed, not the first (a part needs a line above).
    std::vector<size_t> open;
    for (size_t i = 1; i < lines.size(); ++i)
        if (!lines[i].fixed) open.push_back(i);
    if (open.size() > 16) return best; // too many to try: the words' reading stands
    const unsigned combinations = 1u << open.size();
    int bestChanges = 1 << 30;
    for (unsigned mask = 1; mask < combinations; ++mask) {
        const int changes = __builtin_popcount(mask);
        if (changes >= bestChanges) continue;
        std::vector<bool> part = words;
        for (size_t b = 0; b < open.size(); ++b)
            if (mask & (1u << b)) part[open[b]] = !part[open[b]];
        Reconciliation r = evaluate(lines, totals, part);
        if (r.reconciled) {
            best = r;
            bestChanges = changes;
        }
    }
    return best;
}

} // namespace malkoll::reportreading
