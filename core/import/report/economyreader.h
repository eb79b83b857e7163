#pragma once
// The economy's tables: the operating budget by verksamhetsområde, an area broken into its parts
// (ending in Summa), the plan's budget, resultatenheter, investments, and the summary table.
// Each table is collected whole and read at its end so that its lines add up to its own Totalt
// or Summa (see reconcile.h); what cannot be reconciled is marked and listed, not stored.
#include "readercontext.h"

#include <vector>

namespace malkoll::reportreading {

enum class Money { Budget, Adjustments, Performance, ForecastBefore, ForecastAfter, Forecast, Deviation, Unknown };

enum class MoneyTable { Operating, AreaDetail, PlanBudget, ResultUnits, Investments, Summary, Skipped };

class EconomyReader final : public TableReader
{
public:
    using TableReader::TableReader;
    bool starts(int n, const QStringList &cells, int first) override;
    void row(int n, const QStringList &cells) override;
    void end() override;
    LineKind kind() const override { return LineKind::Economy; }

    // A heading of prose between the tables ("Investeringar", "Uppföljning av driftbudget"):
    // what the next table is likely to be.
    void heading(const QString &line);
    // After the last line: area tables go under their areas, the lists are filled.
    void finish();
    bool skipping() const { return m_current.kind == MoneyTable::Skipped; }
    // Whether the table above was an indicator table (a row "Budgetföljsamhet | 0,2 % | …" is no header).
    void setAfterIndicators(bool after) { m_afterIndicators = after; }

private:
    struct Row
    {
        int line = 0;
        QString name;
        std::vector<double> amounts; // per column
        bool deviationStated = false;
        double deviation = 0;
    };
    struct Table
    {
        MoneyTable kind = MoneyTable::Skipped;
        int line = 0;
        QString area; // an AreaDetail table's area by its header
        std::vector<Money> money;
        QStringList headers;
        std::vector<Row> rows;
        std::optional<Row> total;
        bool summa = false; // closed by Summa rather than Totalt
    };

    MoneyTable classify(int n, const QStringList &cells, int first, QString *area);
    void close(Table &t);
    void readOperating(Table &t, bool area);
    void readInvestments(Table &t);
    void readResultUnits(Table &t);
    void readPlanBudget(Table &t);
    void placeArea(Table &t);
    std::vector<std::optional<double>> totals(const Table &t) const;
    ParsedBudgetLine budgetLine(const Table &t, const Row &row) const;

    Table m_current;
    std::vector<Table> m_areaTables; // read when the whole text is read
    QString m_section;               // the heading above: "investering", "drift", "resultatenhet"
    bool m_planBudgetRead = false;
    bool m_afterIndicators = false;
    std::vector<ParsedBudgetLine> m_areaLines; // an area table's lines while it is placed
};

} // namespace malkoll::reportreading
