#pragma once
// What every reader of a report's text shares: the lines, the report being filled, the goal the
// text is under, and how a line is noted, rejected or read as a number. The readers (title block,
// goals and their texts, indicator table, activity table, economy tables, free sections) each
// take one kind of text; ReportParser's line loop hands each line to the reader whose it is.
#include "import/reportparser.h"

#include <QHash>
#include <QStringList>
#include <optional>

namespace malkoll::reportreading {

// Cell and line helpers, shared by every reader.
QString clean(const QString &cell);          // a cell without stray symbols and markup, spaces folded
bool isBlank(const QString &cell);
bool looksLikeHeader(const QStringList &cells); // three or more cells of words, none of figures
bool looksLikeDataRow(const QStringList &cells); // a name and at least two numbers
QString shorten(const QString &line);
bool isDate(const QString &cell, QDate *date = nullptr);
QString withoutMarkup(const QString &line); // "## **…**", "<b>…</b>" taken away
// Verksamhetsområden as the city names them, a name damaged by the extraction repaired
// ("Arbetsmarknad såtgärder"); whether a name is one (of any year's list).
const QStringList &knownAreas();
QString repairAreaName(const QString &name);
bool looksLikeArea(const QString &name);
int firstFilled(const QStringList &cells);  // the first cell with text, or cells.size()

// A cell of a Period column in any of the forms the city has written: "Tertial", "År", "2024",
// "Tertial 1 2024", "T2 2019", "VB 2020", "Helår 2020", "År 2021".
struct PeriodCell
{
    Periodicity periodicity = Periodicity::Tertial;
    std::optional<Period> period; // when the cell names one
    int year = 0;                 // when the cell names one
};
std::optional<PeriodCell> periodCell(const QString &cell);

struct ReaderContext
{
    explicit ReaderContext(const QString &text) : lines(text.split(u'\n')) {}

    QStringList lines;
    ParsedReport r;
    // What says what a report without its title is, the first of each kind with its line (the
    // Period column, "Prognos per april 2017", a date, "Utfall VB 2023", the committee alone).
    struct Evidence
    {
        std::optional<ReportLine> periodCell, yearCell, prognosisLine, dateLine, vbHeader, committeeLine;
    } evidence;
    LineKind kind = LineKind::Other; // what a rejected line is, by the table it is in

    // A line of the text (1-based) into one of the report's lists, with its text shortened.
    void note(std::vector<ReportLine> &list, int n, const QString &reason);
    void reject(int n, const QString &reason) { reject(n, reason, kind); }
    void reject(int n, const QString &reason, LineKind k);
    // A cell longer than `max` is refused with its line and column.
    bool tooLong(int n, const QString &text, int max, const QString &column);
    // Whether an Analys row on line n belongs to the row above: there is one, and it was read;
    // otherwise the line is listed with the reason that fits.
    bool analysisBelongs(int n, bool rowAbove, bool rowRead, const QString &belowUnread, const QString &beforeAny);
    std::optional<double> number(int n, const QString &cell, const QString &column, QString *unit = nullptr,
                                 int *decimals = nullptr);
    ParsedGoal *currentGoal() { return r.goals.empty() ? nullptr : &r.goals.back(); }
    QString currentGoalNumber() { return r.goals.empty() ? QString() : r.goals.back().number; }
};

// A reader of one kind of table: it knows its header, reads its rows and closes the table.
class TableReader
{
public:
    explicit TableReader(ReaderContext &c) : m_c(c) {}
    virtual ~TableReader() = default;
    TableReader(const TableReader &) = delete;
    TableReader &operator=(const TableReader &) = delete;

    // Whether the header row n (its first filled cell at `first`) starts a table of this kind;
    // when it does, the reader has taken the header.
    virtual bool starts(int n, const QStringList &cells, int first) = 0;
    // A row of the table (tab-separated), or a line of text inside it.
    virtual void row(int n, const QStringList &cells) = 0;
    virtual void end() {}
    virtual LineKind kind() const = 0;

protected:
    ReaderContext &m_c;
};

} // namespace malkoll::reportreading
