#pragma once
// Reads a verksamhetsplan or a follow-up report in the text form the city's PDFs extract to
// (tab-separated table rows, see shared/seeds): goals of every level, indicators with typed
// targets and values, activities with dates, and the economy tables. Pure text work, no
// store: ReportImporter writes the result. Every table line it cannot read is kept in
// `rejected` with its line number; nothing in a table is dropped silently.
#include "domain/assessment.h"
#include "domain/goal.h"
#include "domain/indicator.h"
#include "domain/period.h"
#include "domain/target.h"
#include "text/fold.h"
#include "text/textdecode.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace malkoll {

struct ParsedGoal
{
    int line = 0;
    GoalLevel level = GoalLevel::Direction;
    QString number;
    QString title;
    std::optional<Assessment> assessment;
    QStringList expectedResults;
};

struct ParsedIndicator
{
    int line = 0;
    QString goalNumber;
    QString name;
    bool genderFlag = false; // ♀ before the name
    std::optional<double> outcome, men, women, previousVb, prognosis;
    Target target;
    Target kfTarget;
    Periodicity periodicity = Periodicity::Tertial;
    QString unit;
    int decimals = 0;
    QString analysis;
    bool hasAnalysisRow = false;
};

struct ParsedActivity
{
    int line = 0;
    QString goalNumber;
    QString title;
    QDate start;
    QDate end;
    bool deviation = false; // an Avvikelse mark or an Analys row
    bool completed = false; // ✓
    QString analysis;
};

struct ParsedBudgetLine
{
    int line = 0;
    QString name;
    bool varav = false; // part of the line above
    double budget = 0, adjustments = 0, performance = 0, forecastBefore = 0, forecastAfter = 0;
};

struct ParsedResultUnit
{
    int line = 0;
    QString name;
    double grossBudget = 0, carriedIn = 0, result = 0;
};

struct ParsedInvestment
{
    int line = 0;
    QString name;
    double budget = 0, adjustments = 0, forecast = 0;
};

struct ReportLine
{
    int line = 0;
    QString reason;
    QString text; // the line as read, shortened
};

struct ParsedReport
{
    Period period = Period::VP;
    int year = 0;
    QString committee;     // "Kungsholmens stadsdelsnämnd"
    int previousVbYear = 0; // the year of the "Utfall VB" column
    QStringList proposals;  // förslag till beslut
    std::vector<ParsedGoal> goals;
    std::vector<ParsedIndicator> indicators;
    std::vector<ParsedActivity> activities;
    std::vector<ParsedBudgetLine> budget;
    std::vector<ParsedResultUnit> resultUnits;
    std::vector<ParsedInvestment> investments;
    std::vector<ReportLine> rejected; // table lines (or cells) that could not be read
    std::vector<ReportLine> skipped;  // tables Målkoll does not hold (nyckeltal, per-area budgets)
    std::vector<ReportLine> warnings; // read, but a check failed (a stated Avvikelse that does not add up)
    int lines = 0;
};

class ReportParser
{
    Q_DECLARE_TR_FUNCTIONS(ReportParser)

public:
    // Never fails: what it cannot read is in `rejected`. A text with no document title
    // (Verksamhetsplan/Tertialrapport/Verksamhetsberättelse YEAR för …) has year 0; the
    // importer refuses it.
    static ParsedReport parse(const QString &text);
    // Bytes from a file: UTF-8, or Windows-1252 when the bytes are not valid UTF-8.
    static ParsedReport parse(const QByteArray &bytes);
    // A file's bytes, refused early when they cannot be a report's text: larger than
    // kMaxBytes, or not text at all (the message names the file, line and column).
    static Result<ParsedReport> read(const QByteArray &bytes, const QString &fileName);
    static constexpr qsizetype kMaxBytes = 20 << 20;

    // Everything read, a line each with its line number (for "import-report --list").
    static QString listing(const ParsedReport &report);
    // A committee's short name: "Kungsholmens stadsdelsnämnd" → "Kungsholmen".
    static QString shortName(const QString &committee);
};


} // namespace malkoll
