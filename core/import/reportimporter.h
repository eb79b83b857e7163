#pragma once
// Writes a parsed plan or follow-up report into the store, in one transaction.
// Importing the same report again changes nothing; a report of another year links its
// indicators to earlier years by name (the series key), so trends continue; a plan (VP)
// followed by its T1 report fills one year. A locked period refuses the whole import.
#include "import/reportparser.h"
#include "result.h"

#include <QCoreApplication>

namespace malkoll {

class Store;

struct ImportCount
{
    int read = 0;    // in the report
    int added = 0;   // new in the store
    int changed = 0; // already there, with other values now
};

struct ReportImportSummary
{
    qint64 committeeId = 0;
    QString committee;
    int year = 0;
    Period period = Period::VP;
    ImportCount goals, assessments, indicators, values, activities, activityReports, budgetLines, resultUnits,
        investments;
    // The texts: goal analyses, the period's texts (summary, proposals, title block), sections.
    ImportCount goalAnalyses, periodTexts, sections;
    int previousYearValues = 0; // "Utfall VB" of the year before, stored in that year
    bool newCommittee = false; // the import created the report's committee
    qint64 unitId = 0;         // a unit's own report: its unit (made when the store lacked it)
    QString unit;
    bool newUnit = false;
    QStringList impliedGoals;  // goals the report does not name but its numbers imply ("3" above "3.4")
    QStringList matchedByTitle; // unnumbered goals matched to the store's by title: "title → number"
    bool economySkipped = false; // a unit's economy lines are not the committee's
    QStringList guesses;         // what the title did not say, as guessed, with the evidence
    int rejected = 0;
    int skippedTables = 0;
    int warnings = 0;
    // The city's KF structure the plan now refers to (by number and title), what it did not match,
    // and KF:s årsmål the report gave otherwise than the city's (the city's holds).
    int cityAttached = 0;
    bool cityCreated = false;
    QStringList cityUnmatched, cityDifferences;
    bool unchanged() const;
};

class ReportImporter
{
    Q_DECLARE_TR_FUNCTIONS(ReportImporter)

public:
    // The parsed report into the store. Fails (store unchanged) when the report has no
    // document title, or a period it writes to is locked.
    struct Options
    {
        // A store that holds committees gets a new one only when the user has confirmed it
        // (CLI --new-committee, the GUI's question): a damaged title must not make a second one.
        bool allowNewCommittee = false;
    };
    static Result<ReportImportSummary> import(Store &store, const ParsedReport &report, const QString &source,
                                              Options options);
    static Result<ReportImportSummary> import(Store &store, const ParsedReport &report, const QString &source = {})
    {
        return import(store, report, source, Options{});
    }
    // The committee the report names when the store does not have it and has others (a new
    // committee that needs confirming); empty otherwise.
    static QString unconfirmedCommittee(Store &store, const ParsedReport &report);
    // The summary in words, one line per table, then the rejected lines with their numbers.
    static QString describe(const ReportImportSummary &summary, const ParsedReport &report);
};

} // namespace malkoll
