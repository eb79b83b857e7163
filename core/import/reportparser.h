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
#include "domain/reportsection.h"
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

// A paragraph of a report's text, or a sub-heading between its paragraphs ("Fritidsgård").
struct TextBlock
{
    QString text;
    bool heading = false;
    bool operator==(const TextBlock &) const = default;
};

// Paragraphs as plain text, a blank line between them (as the goal panel holds an analysis).
QString plainText(const std::vector<TextBlock> &blocks);
// Paragraphs and sub-headings as rich text (as the sections dialog writes a section).
QString richText(const std::vector<TextBlock> &blocks);

struct ParsedGoal
{
    int line = 0;
    GoalLevel level = GoalLevel::Direction;
    QString number;
    bool numberGuessed = false; // an older layout's goal without a number: numbered by position
    QString title;
    std::optional<Assessment> assessment;
    QStringList expectedResults;
    std::vector<TextBlock> analysis; // the goal's Analys, its paragraphs and sub-headings
    int analysisLine = 0;
    std::vector<TextBlock> description; // its Beskrivning (and a plan's Agenda 2030 under it)
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
    bool unreconciled = false; // its table does not add up to its own total: stored only when the person says so
};

struct ParsedResultUnit
{
    int line = 0;
    QString name;
    double grossBudget = 0, carriedIn = 0, result = 0;
    bool unreconciled = false;
};

struct ParsedInvestment
{
    int line = 0;
    QString name;
    double budget = 0, adjustments = 0, forecast = 0;
    bool unreconciled = false;
};

// A section of text: a free section (Systematiskt kvalitetsarbete, Intern kontroll, …) at its
// place, or the economy's analysis of one table or verksamhetsområde (placement Economy, titled
// by the area or table).
struct ParsedSection
{
    int line = 0;
    QString title;
    SectionPlacement placement = SectionPlacement::End;
    std::vector<TextBlock> body;
};

// What a listed line was: a whole row of a kind that was not read, or one cell (a value) of a
// row that was.
enum class LineKind { Other, Goal, Indicator, Value, Activity, Economy, Row };

struct ReportLine
{
    int line = 0;
    QString reason;
    QString text; // the line as read, shortened
    LineKind kind = LineKind::Other;
};

// What the person says the report is, over what its text says or lets Målkoll guess
// (malkoll-cli import-report --committee/--year/--period/--unit, the GUI's question).
struct ReportIdentity
{
    QString committee;
    int year = 0;
    std::optional<Period> period;
    QString unit;
};

struct FidelityCount
{
    int read = 0;
    int notRead = 0; // listed with its line and reason
};

// How much of the text's tables was read: "fidelity: 98,2 % of 312 table lines read; …".
struct ReportFidelity
{
    int tableLines = 0;     // data rows of the tables Målkoll reads, and rows outside any table
    int tableLinesRead = 0; // of those, not listed as not read
    FidelityCount goals, indicators, values, activities, economy, analyses;
};

struct ParsedReport
{
    Period period = Period::VP;
    int year = 0;
    QString committee;     // "Kungsholmens stadsdelsnämnd"
    QString unit;          // a unit's own report ("… för Stöd- och aktivitetsenheten"); empty for the committee's
    bool titleFound = false; // the text names itself ("Tertialrapport 1 2024 för …")
    bool periodFound = false; // from the title, a guess or the person
    // What the title did not say and was guessed from the text; each guess with its evidence
    // (line and what it says) in `guesses`.
    bool committeeGuessed = false, yearGuessed = false, periodGuessed = false;
    std::vector<ReportLine> guesses;
    int previousVbYear = 0; // the year of the "Utfall VB" column
    QStringList proposals;  // förslag till beslut
    std::vector<TextBlock> summary; // Sammanfattande analys (Inledning in a plan)
    std::vector<ParsedSection> sections;
    // The title block: who wrote the report, their telephone, the report's date.
    QString handlaggare, phone;
    QDate date;
    std::vector<ParsedGoal> goals;
    std::vector<ParsedIndicator> indicators;
    std::vector<ParsedActivity> activities;
    std::vector<ParsedBudgetLine> budget;
    std::vector<ParsedResultUnit> resultUnits;
    std::vector<ParsedInvestment> investments;
    std::vector<ReportLine> rejected; // table lines (or cells) that could not be read
    std::vector<ReportLine> skipped;  // tables Målkoll does not hold (nyckeltal, per-area budgets)
    std::vector<ReportLine> warnings; // read, but a check failed (a stated Avvikelse that does not add up)
    std::vector<ReportLine> decisions;    // how the sums decided a reading the words left open
    std::vector<ReportLine> unreconciled; // economy tables that do not add up to their own total: not stored
    int lines = 0;
    int tableLines = 0; // rows met in tables Målkoll reads (and rows of figures outside any table)

    // Whether the committee, year or period is neither in the title nor given by the person.
    bool identityComplete() const { return !committee.isEmpty() && year > 0 && periodFound; }
    bool identityGuessed() const { return committeeGuessed || yearGuessed || periodGuessed; }
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

    // The file's bytes read and parsed; the message names the file when it cannot be read.
    static Result<ParsedReport> readFile(const QString &path);

    // What the person said wins over the title and the guesses (a field left empty keeps them).
    static void applyIdentity(ParsedReport &report, const ReportIdentity &identity);

    // The person says the economy tables that do not add up are to be stored as read
    // (import-report --accept-unreconciled).
    static void acceptUnreconciled(ParsedReport &report);

    static ReportFidelity fidelity(const ParsedReport &report);
    // "fidelity: 96,2 % of 260 table lines read; goals 44 read, 0 not read; indicators …".
    static QString fidelityLine(const ReportFidelity &fidelity);

    // Everything read, a line each with its line number (for "import-report --list").
    static QString listing(const ParsedReport &report);
    // A committee's short name: "Kungsholmens stadsdelsnämnd" → "Kungsholmen".
    static QString shortName(const QString &committee);
};


} // namespace malkoll
