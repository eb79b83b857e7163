#pragma once
// Tables as an Excel workbook (.xlsx, written with libxlsxwriter): one sheet per table, the header
// row bold and frozen, an auto-filter over the table, columns as wide as their text. In a column of
// Swedish numbers ("34,9 %", "1 320 st", "−5,0", "2024") — at least half of its cells; text such
// as "Öka" or "Fastställs 2024" among them stays text — the numbers are written as numbers with a
// real number format: percent as a percentage, the decimals each cell was written with,
// the unit as a suffix of the format — so a spreadsheet can compute with them.
#include "export/statusreport.h"
#include "result.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace malkoll {

class Store;

class XlsxExport
{
    Q_DECLARE_TR_FUNCTIONS(XlsxExport)

public:
    // Written to a temporary file beside `path` and renamed when complete. An existing file of
    // that name is refused unless `replace` (the caller has asked).
    static Result<void> write(const std::vector<ReportTable> &tables, const QString &path, bool replace);
    // The sheet name Excel accepts for a title: at most 31 characters, none of []:*?/\ .
    // The store (or one year of it) as a workbook, one sheet per table, columns as stored and
    // numbers as numbers (CsvExport's counterpart). Returns the number of rows written.
    static Result<int> writeStore(const Store &store, const QString &path, std::optional<int> year, bool replace);
    static QString sheetName(const QString &title);
};

} // namespace malkoll
