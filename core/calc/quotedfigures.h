#pragma once
// Figures quoted in an analysis, compared with the tables they speak of (issue 28). An analysis
// that says "prognostiserar ett underskott om 3,1 mnkr", "fem av sju indikatorer" or "87 procent"
// about its own line, goal or indicator is checked against the figures Målkoll holds; a quote
// that agrees with none of them is a finding. The phrasings understood are listed in the README
// ("Figures quoted in analyses").
#include <QString>
#include <vector>

namespace malkoll {

enum class QuoteKind {
    Surplus,  // "ett överskott om 11,1 mnkr", "positiv avvikelse på 2 mnkr"
    Deficit,  // "ett underskott om 3,1 mnkr", "negativ avvikelse med 500 tkr"
    Count,    // "fem av sju indikatorer", "3 av 4 aktiviteter"
    Percent,  // "87 procent", "87 %", "87,5 %"
};

struct QuotedFigure
{
    QuoteKind kind = QuoteKind::Percent;
    double value = 0;     // mnkr for Surplus/Deficit (always ≥ 0), the count, the percent
    double of = 0;        // Count: the whole ("sju")
    bool activities = false; // Count: of activities, not indicators
    int decimals = 0;     // as written: how near a figure must be to agree
    // Surplus/Deficit: the sentence speaks of resultatenheter's resultatöverföring ("överförde ett
    // överskott om 0,7 mnkr från 2023"), a figure of units the economy table does not sum.
    bool transfer = false;
    // Percent: a change ("ökade med 5 procent"), not a level.
    bool change = false;
    QString phrase;       // the words as written
};

class QuotedFigures
{
public:
    // Every quote of `text` in the phrasings understood, in order.
    static std::vector<QuotedFigure> find(const QString &text);
    // Whether `quoted` (written with `decimals`) agrees with `actual` as the text would round it.
    static bool agrees(double quoted, int decimals, double actual);
};

} // namespace malkoll
