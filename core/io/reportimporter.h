#pragma once
// Writes a parsed plan or follow-up report into the store, in one transaction.
// Importing the same report again changes nothing; a report of another year links its
// indicators to earlier years by name (the series key), so trends continue; a plan (VP)
// followed by its T1 report fills one year. A locked period refuses the whole import.
#include "io/reportparser.h"
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
    int previousYearValues = 0; // "Utfall VB" of the year before, stored in that year
    int rejected = 0;
    int skippedTables = 0;
    int warnings = 0;
    bool unchanged() const;
};

class ReportImporter
{
    Q_DECLARE_TR_FUNCTIONS(ReportImporter)

public:
    // The parsed report into the store. Fails (store unchanged) when the report has no
    // document title, or a period it writes to is locked.
    static Result<ReportImportSummary> import(Store &store, const ParsedReport &report, const QString &source = {});
    // The summary in words, one line per table, then the rejected lines with their numbers.
    static QString describe(const ReportImportSummary &summary, const ParsedReport &report);
};

} // namespace malkoll
