#pragma once
// Reads the cells of an Excel workbook (.xlsx) as a table of text, the way the outcome import reads
// a CSV file: the zip container opened with minizip, each part read with QXmlStreamReader. Shared
// and inline strings, formulas by their cached value, booleans and error values, sparse rows and
// cells. Numbers become Swedish number text ("87,5"); a cell formatted as percent gets its
// percentage and "%" ("87,5 %"), a cell formatted as a date its ISO date ("2024-04-30").
// Never runs anything the file contains, and never reads more than a sane amount from it.
#include "io/csv.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace malkoll {

class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    // Reads the workbook's structure: its sheets, shared strings and number formats.
    static Result<XlsxReader> open(const QString &path);

    QStringList sheetNames() const;
    // The sheet's used cells as a table: the first row with any text is the header, every later
    // row keeps its row number in `lines`, `sheet` names the sheet. An empty name: the first
    // visible worksheet, as Excel opens the workbook.
    Result<CsvTable> table(const QString &sheetName = {}) const;

private:
    struct Sheet
    {
        QString name;
        QString part; // "xl/worksheets/sheet1.xml", lower case
        bool hidden = false;
        bool chart = false; // a chart sheet (or a dialog sheet): no cells
    };
    QString quotedSheetNames() const; // “T1”, “T2”
    QString m_path;
    QHash<QString, QByteArray> m_parts; // the zip's XML parts by name
    std::vector<Sheet> m_sheets;
    QStringList m_sharedStrings;
    std::vector<int> m_styleKind; // per cellXfs index: 0 general, 1 date, 2 percent, 3 elapsed time, 10+n a time with n decimals of a second
    bool m_date1904 = false;
};

} // namespace malkoll
