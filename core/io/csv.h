#pragma once
// CSV as Swedish users have it: Excel's semicolon with decimal comma (UTF-8 or
// Windows-1252), or comma-separated UTF-8 with decimal point. RFC 4180 quoting (quoted
// separators, doubled quotes, line breaks inside quotes). Every row keeps the line of the
// file it starts on, so that messages can name it.
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace malkoll {

struct CsvDialect
{
    enum class Encoding { Utf8, Windows1252, Utf16 }; // UTF-16 is found by its byte-order mark
    QChar separator = u';';
    QChar decimal = u',';
    Encoding encoding = Encoding::Utf8;

    static CsvDialect excel() { return {}; }                                  // ; and decimal comma, UTF-8
    static CsvDialect comma() { return {u',', u'.', Encoding::Utf8}; }          // , and decimal point
    QString describe() const;                                                 // for the dialog and messages
    bool operator==(const CsvDialect &) const = default;
};

struct CsvTable
{
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<int> lines; // the file line each row starts on (header is line 1)
    CsvDialect dialect;
    int headerLine = 1; // a workbook's header may sit below title rows
    QString sheet;      // the worksheet, for a table read from a workbook; empty for CSV

    // Where a message points: "line 5, column 3" in a CSV file, "sheet Utfall, row 5, column C"
    // in a workbook; column 0 is the whole row.
    QString where(int line, int column) const;
};

class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    // Encoding (UTF-8 unless the bytes are not valid UTF-8), separator (the most frequent of
    // ; , and tab in the first line outside quotes) and decimal mark (comma with ; or tab).
    static CsvDialect detect(const QByteArray &bytes);
    // Reads the table; the first row is the header. Fails on an unterminated quote, naming its line.
    static Result<CsvTable> read(const QByteArray &bytes);
    static Result<CsvTable> read(const QByteArray &bytes, const CsvDialect &dialect);

    // A number as text for the dialect ("4,35" or "4.35"); empty for no value.
    // A spreadsheet column's letters: 1 → "A", 27 → "AA".
    static QString columnLetters(int column);
    static QString number(double value, int decimals, const CsvDialect &dialect);
    // A text cell a spreadsheet will not run as a formula: text starting with = + - @, a tab or a
    // carriage return gets a leading apostrophe (OWASP's advice for CSV injection). Numbers are
    // written with number() and never pass through here.
    static QString safeText(const QString &text);
    // One line (with the line break) of quoted-as-needed cells.
    static QString line(const QStringList &cells, const CsvDialect &dialect);
    // The bytes of a whole file: a UTF-8 BOM for Excel's dialect so that Excel reads å ä ö.
    static QByteArray encode(const QString &text, const CsvDialect &dialect);
    // Writes `text` to `path` through a temporary file renamed when complete; an existing file
    // is replaced only with `overwrite` (the caller has asked).
    static Result<void> writeFile(const QString &path, const QString &text, const CsvDialect &dialect, bool overwrite);
};

} // namespace malkoll
