#pragma once
// The indicator table: "Indikator | Periodens utfall | … | Årsmål | KF:s årsmål | Period", its
// columns mapped by meaning whatever the year's wording, its rows with their Analys rows.
#include "readercontext.h"

#include <vector>

namespace malkoll::reportreading {

enum class Column { Name, Outcome, Men, Women, PreviousVb, Prognosis, Target, KfTarget, Period, Unknown };

// A column of an indicator table by its meaning ("Periodens utfall", "Perioden s utfall",
// "Arsmål", "Årsmål 2020"); a header naming a VB and a year is that year's VB (`vbYear`).
Column indicatorColumn(const QString &header, int *vbYear);

// Once the year and period are known: "Periodens utfall VB 2019" in the VB of 2019 is the
// report's own outcome, not last year's.
void settleOwnVb(ParsedReport &r);

class IndicatorReader final : public TableReader
{
public:
    using TableReader::TableReader;
    bool starts(int n, const QStringList &cells, int first) override;
    void row(int n, const QStringList &cells) override;
    void end() override {}
    LineKind kind() const override { return LineKind::Indicator; }

    // An Analys row whose text is still to come (the loop hands such a line over even outside the table).
    bool analysisPending() const { return m_analysisPending != nullptr; }
    // A new goal: nothing above it is continued.
    void newGoal() { m_analysisPending = nullptr; }

private:
    bool alignRow(int n, QStringList &values);
    bool analysisBelongs(int n, const ParsedIndicator *row);
    void readPeriod(int n, ParsedIndicator &ind, const QString &period);

    std::vector<Column> m_columns; // per cell after the name
    ParsedIndicator *m_analysisPending = nullptr;
    // Whether the last indicator row was read: an Analys line below a row that was rejected is
    // not the analysis of the row above that.
    bool m_lastRead = false;
    int m_lastLine = 0;
};

} // namespace malkoll::reportreading
