#include "csv.h"

#include "text/textdecode.h"

#include <QFile>
#include <QSaveFile>
#include <QStringEncoder>

namespace malkoll {

QString CsvDialect::describe() const
{
    const QString sep = separator == u';' ? Csv::tr("semicolon") : separator == u',' ? Csv::tr("comma") : Csv::tr("tab");
    const QString dec = decimal == u',' ? Csv::tr("decimal comma") : Csv::tr("decimal point");
    const QString enc = encoding == Encoding::Utf8    ? QStringLiteral("UTF-8")
                        : encoding == Encoding::Utf16 ? QStringLiteral("UTF-16")
                                                      : QStringLiteral("Windows-1252");
    return Csv::tr("%1, %2, %3").arg(sep, dec, enc);
}

QString Csv::columnLetters(int column)
{
    QString name;
    for (int c = column; c > 0; c = (c - 1) / 26) name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QString CsvTable::where(int line, int column) const
{
    if (!sheet.isEmpty()) {
        if (column <= 0) return Csv::tr("sheet %1, row %2").arg(sheet).arg(line);
        return Csv::tr("sheet %1, row %2, column %3").arg(sheet).arg(line).arg(Csv::columnLetters(column));
    }
    if (column <= 0) return Csv::tr("line %1").arg(line);
    return Csv::tr("line %1, column %2").arg(line).arg(column);
}

CsvDialect Csv::detect(const QByteArray &bytes)
{
    CsvDialect d;
    bool utf8 = true;
    TextEncoding found = TextEncoding::Utf8;
    const QString text = decodeText(bytes.left(1 << 16), &utf8, &found);
    // A cut in the middle of a UTF-8 sequence is not a reason to call it Windows-1252.
    if (!utf8 && bytes.size() > (1 << 16)) decodeText(bytes, &utf8);
    d.encoding = found == TextEncoding::Utf16LE || found == TextEncoding::Utf16BE ? CsvDialect::Encoding::Utf16
                 : utf8                                                          ? CsvDialect::Encoding::Utf8
                                                                                 : CsvDialect::Encoding::Windows1252;
    int semicolons = 0, commas = 0, tabs = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"') quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r')) break;
        else if (!quoted && c == u';') ++semicolons;
        else if (!quoted && c == u',') ++commas;
        else if (!quoted && c == u'\t') ++tabs;
    }
    if (tabs > semicolons && tabs > commas) d.separator = u'\t';
    else if (commas > semicolons) d.separator = u',';
    else d.separator = u';';
    d.decimal = d.separator == u',' ? u'.' : u',';
    return d;
}

Result<CsvTable> Csv::read(const QByteArray &bytes) { return read(bytes, detect(bytes)); }

Result<CsvTable> Csv::read(const QByteArray &bytes, const CsvDialect &dialect)
{
    QString text;
    if (dialect.encoding != CsvDialect::Encoding::Windows1252) { // UTF-8, or UTF-16 by its byte-order mark
        bool utf8 = true;
        text = decodeText(bytes, &utf8);
        if (!utf8) return fail(tr("The file is not UTF-8: choose Windows-1252."));
    } else {
        QStringDecoder decoder("Windows-1252");
        text = decoder.isValid() ? decoder(bytes) : QString::fromLatin1(bytes);
    }
    CsvTable table;
    table.dialect = dialect;
    QStringList row;
    QString cell;
    int line = 1;
    int rowLine = 1;
    bool quoted = false;
    bool wasQuoted = false;
    bool any = false;
    auto endRow = [&]() {
        row << cell;
        cell.clear();
        const bool blank = row.size() == 1 && row.first().isEmpty() && !wasQuoted;
        if (!blank) {
            if (table.header.isEmpty() && table.rows.empty()) table.header = row;
            else {
                table.rows.push_back(row);
                table.lines.push_back(rowLine);
            }
        }
        row.clear();
        wasQuoted = false;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        any = true;
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n') ++line;
                cell += c;
            }
            continue;
        }
        if (c == u'"' && cell.trimmed().isEmpty()) {
            quoted = true;
            wasQuoted = true;
            cell.clear();
        } else if (c == dialect.separator) {
            row << cell;
            cell.clear();
        } else if (c == u'\r') {
            if (i + 1 < n && text.at(i + 1) == u'\n') continue;
            endRow();
            rowLine = ++line;
        } else if (c == u'\n') {
            endRow();
            rowLine = ++line;
        } else {
            cell += c;
        }
    }
    if (quoted) return fail(tr("Line %1: a quoted cell is never closed (a \" is missing).").arg(rowLine));
    if (any && (!cell.isEmpty() || !row.isEmpty())) endRow();
    if (table.header.isEmpty()) return fail(tr("The file is empty: the first line must name the columns."));
    for (QString &h : table.header) h = h.trimmed();
    return table;
}

QString Csv::number(double value, int decimals, const CsvDialect &dialect)
{
    QString s = QString::number(value, 'f', decimals);
    if (dialect.decimal == u',') s.replace(u'.', u',');
    return s;
}

QString Csv::safeText(const QString &text)
{
    if (text.isEmpty()) return text;
    const QChar c = text.at(0);
    if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r' || c == QChar(0xFF1D) ||
        c == QChar(0xFF0B) || c == QChar(0xFF0D) || c == QChar(0xFF20)) // and their full-width forms
        return QLatin1Char('\'') + text;
    return text;
}

QString Csv::line(const QStringList &cells, const CsvDialect &dialect)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &c : cells) {
        if (c.contains(dialect.separator) || c.contains(u'"') || c.contains(u'\n') || c.contains(u'\r') ||
            c.startsWith(u' ') || c.endsWith(u' ')) {
            QString q = c;
            q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            out << u'"' + q + u'"';
        } else {
            out << c;
        }
    }
    return out.join(dialect.separator) + QStringLiteral("\r\n");
}

QByteArray Csv::encode(const QString &text, const CsvDialect &dialect)
{
    if (dialect.encoding == CsvDialect::Encoding::Windows1252) {
        QStringEncoder encoder("Windows-1252");
        if (encoder.isValid()) return encoder(text);
        return text.toLatin1();
    }
    QByteArray out = dialect.separator == u';' ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return out + text.toUtf8();
}

Result<void> Csv::writeFile(const QString &path, const QString &text, const CsvDialect &dialect, bool overwrite)
{
    if (!overwrite && QFile::exists(path)) return fail(tr("“%1” exists already; it was not replaced.").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return fail(tr("Cannot write “%1”: %2").arg(path, file.errorString()));
    file.write(encode(text, dialect));
    if (!file.commit()) return fail(tr("Cannot write “%1”: %2").arg(path, file.errorString()));
    return {};
}

} // namespace malkoll
