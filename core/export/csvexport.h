#pragma once
// Export of the store as CSV, one file per table (committee.csv, goal.csv, measurement.csv, …),
// the whole store or one year. Columns as stored, with their database names, so that a
// spreadsheet or another system can read them back; numbers in the dialect's decimal mark.
#include "io/csv.h"
#include "result.h"

#include <QCoreApplication>
#include <optional>

namespace malkoll {

class Store;

struct CsvExportSummary
{
    QStringList files;
    int rows = 0;
};

class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)

public:
    // Writes into `folder` (created if missing); refuses to overwrite files already there.
    static Result<CsvExportSummary> write(const Store &store, const QString &folder, std::optional<int> year,
                                          const CsvDialect &dialect = CsvDialect::excel());
};

} // namespace malkoll
