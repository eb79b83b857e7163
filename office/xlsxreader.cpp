#include "xlsxreader.h"
#include "ziparchive.h"

#include <QDate>
#include <algorithm>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <cmath>
#include <map>

namespace malkoll {

namespace {

constexpr int kMaxColumn = 16384;                  // XFD, Excel's last column
constexpr int kMaxRow = 1048576;

// Every XML part of the zip, by name; nothing else (pictures, binary parts) is read.
Result<QHash<QString, QByteArray>> readParts(const QString &path)
{
    {   // An encrypted workbook is an OLE compound file (D0 CF 11 E0), not a zip.
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.read(4) == QByteArray::fromHex("d0cf11e0"))
            return fail(XlsxReader::tr("“%1” is password-protected (or an old .xls file): open it in Excel, remove the "
                                       "password, save it as .xlsx and import that.")
                            .arg(QFileInfo(path).fileName()));
    }
    auto entries = Zip::read(path, [](const QString &name) {
        return name.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive) || name.endsWith(QLatin1String(".rels"), Qt::CaseInsensitive);
    });
    if (!entries) {
        if (!QFileInfo::exists(path)) return Error{entries.error()};
        const QString name = QFileInfo(path).fileName();
        // The zip's message names the file already: it is said once.
        if (entries.error().contains(name))
            return fail(XlsxReader::tr("%1 An Excel workbook (.xlsx) is a zip file of XML parts.").arg(entries.error()));
        return fail(XlsxReader::tr("“%1” is not an Excel workbook (.xlsx): %2").arg(name, entries.error()));
    }
    QHash<QString, QByteArray> parts;
    const QString name = QFileInfo(path).fileName();
    for (ZipEntry &e : entries.value()) {
        // A workbook part never needs a DTD; entity declarations are how XML bombs are made.
        if (e.data.contains("<!ENTITY") || e.data.contains("<!DOCTYPE"))
            return fail(XlsxReader::tr("“%1” is refused: its part “%2” declares a DTD or entities, which no workbook needs.").arg(name, e.name));
        parts.insert(e.name.toLower(), std::move(e.data)); // OPC part names are case-insensitive
    }
    return parts;
}

// Excel's escape of a character XML cannot hold: "_x000D_" is a carriage return, "_x005F_" a "_"
// (so "_x005F_x000D_" is the text "_x000D_").
QString unescapeOoxml(const QString &text)
{
    if (!text.contains(QLatin1String("_x"))) return text;
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype at = 0;
    for (auto it = escape.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(at, m.capturedStart() - at);
        out += QChar(char16_t(m.captured(1).toUShort(nullptr, 16)));
        at = m.capturedEnd();
    }
    out += QStringView(text).mid(at);
    out.remove(u'\r'); // a Windows line break is one break
    return out;
}

// A relationship target relative to the folder of the part that names it.
QString resolve(const QString &base, const QString &target)
{
    if (target.startsWith(u'/')) return target.mid(1);
    QStringList path = base.split(u'/');
    path.removeLast();
    for (const QString &piece : target.split(u'/')) {
        if (piece == QLatin1String("..")) {
            if (!path.isEmpty()) path.removeLast();
        } else if (piece != QLatin1String(".")) {
            path << piece;
        }
    }
    return path.join(u'/');
}

// The text of an <si> or <is> element: its <t>, or its runs' <t>s; phonetic runs left out.
QString stringItem(QXmlStreamReader &xml)
{
    const QString end = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh") ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0) text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh") --phonetic;
            else if (xml.name() == end) break;
        }
    }
    return unescapeOoxml(text);
}

// Is a number format a date or time? Quoted text, escaped characters and [colour] or [$-sv-SE]
// sections are not format letters.
bool isDateFormat(const QString &code)
{
    QString bare;
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u'"') quoted = !quoted;
        else if (quoted) continue;
        else if (c == u'\\' || c == u'_' || c == u'*') ++i;
        else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i);
            const QString inner = code.mid(i + 1, close - i - 1).toLower();
            if (inner == u"h" || inner == u"hh" || inner == u"m" || inner == u"mm" || inner == u"s" || inner == u"ss")
                bare += u'h'; // an elapsed time
            i = close < 0 ? code.size() : close;
        } else {
            bare += c.toLower();
        }
    }
    if (bare.contains(u'0') && !bare.contains(u'y') && !bare.contains(u'd')) return false;
    static const QRegularExpression letters(QStringLiteral("[ydmhs]"));
    return bare.contains(letters) && !bare.contains(u'#');
}

// A number as Swedish number text with up to 15 significant digits, as Excel shows it.
QString swedishNumberText(double v)
{
    if (!std::isfinite(v)) return QString();
    QString s = QString::number(v, 'g', 15);
    if (s.contains(u'e') && (std::fabs(v) < 1e-15 || std::fabs(v) >= 1e21)) {
        // As Excel's General format shows them: "1E-31", "1,5E+21" — not a run of zeros.
        s = s.toUpper();
        s.replace(u'.', u',');
        s.replace(u'-', QChar(0x2212));
        return s;
    }
    if (s.contains(u'e')) {
        v = s.toDouble(); // rounded to 15 significant digits
        const int before = v == 0 ? 1 : int(std::floor(std::log10(std::fabs(v)))) + 1;
        s = QString::number(v, 'f', std::clamp(15 - before, 0, 30));
        if (s.contains(u'.')) {
            while (s.endsWith(u'0')) s.chop(1);
            if (s.endsWith(u'.')) s.chop(1);
        }
    }
    s.replace(u'-', QChar(0x2212));
    s.replace(u'.', u',');
    return s;
}

// An elapsed time ([h]:mm:ss): hours past 24 as Excel shows them, "36:00:00".
QString elapsedText(double serial)
{
    const qint64 seconds = std::llround(std::fabs(serial) * 86400.0);
    return QStringLiteral("%1%2:%3:%4")
        .arg(serial < 0 ? QStringLiteral("−") : QString())
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// A time with fractions of a second ("mm:ss.0"): "00:01:00,5"; past a day, the days as hours.
QString fractionTimeText(double serial, int decimals)
{
    const double seconds = std::fabs(serial) * 86400.0;
    const qint64 whole = qint64(std::floor(seconds + 0.5 * std::pow(10.0, -decimals)));
    const double fraction = seconds - double(whole);
    QString rest = QString::number(std::max(0.0, fraction), 'f', decimals).mid(1); // ".5"
    rest.replace(u'.', u',');
    return QStringLiteral("%1%2:%3:%4%5")
        .arg(serial < 0 ? QStringLiteral("−") : QString())
        .arg(whole / 3600, 2, 10, QLatin1Char('0'))
        .arg((whole / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(whole % 60, 2, 10, QLatin1Char('0'))
        .arg(rest);
}

QString dateText(double serial, bool date1904)
{
    if (serial < 0) return swedishNumberText(serial); // before the epoch: Excel shows no date (####), the number is kept
    const QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    double days = std::floor(serial);
    if (!date1904 && serial < 61) days += 1; // Excel's 1900 leap-year bug lies before 1 March 1900
    const QDate date = base.addDays(qint64(days));
    const int seconds = int(std::lround((serial - std::floor(serial)) * 86400.0));
    if (seconds == 0 || seconds == 86400) return date.toString(Qt::ISODate);
    if (serial < 1) return QTime(0, 0).addSecs(seconds).toString(QStringLiteral("HH:mm:ss"));
    return QDateTime(date, QTime(0, 0).addSecs(seconds)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// "C12" → column 3 (1-based) and row 12; 0 where missing or out of range.
std::pair<int, int> cellReference(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref.at(i).isLetter(); ++i) {
        column = column * 26 + (ref.at(i).toUpper().unicode() - u'A' + 1);
        if (column > kMaxColumn) return {0, 0};
    }
    bool ok = false;
    const int row = ref.mid(i).toInt(&ok);
    return {column, ok && row >= 1 && row <= kMaxRow ? row : 0};
}

QString xmlProblem(const QString &file, const QString &part, const QXmlStreamReader &xml)
{
    return XlsxReader::tr("“%1” cannot be read: its part “%2” is not valid XML (line %3: %4).")
        .arg(file, part)
        .arg(xml.lineNumber())
        .arg(xml.errorString());
}

} // namespace

QString XlsxReader::quotedSheetNames() const
{
    QStringList names;
    for (const Sheet &s : m_sheets) names << QStringLiteral("“%1”").arg(s.name);
    return names.join(QStringLiteral(", "));
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Sheet &s : m_sheets) names << s.name;
    return names;
}

Result<XlsxReader> XlsxReader::open(const QString &path)
{
    auto parts = readParts(path);
    if (!parts) return Error{parts.error()};
    XlsxReader reader;
    reader.m_path = path;
    reader.m_parts = std::move(parts.value());
    const QString file = QFileInfo(path).fileName();

    // The workbook part, named by the package's relationships.
    QString workbook = QStringLiteral("xl/workbook.xml");
    {
        QXmlStreamReader xml(reader.m_parts.value(QStringLiteral("_rels/.rels")));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"Relationship" &&
                xml.attributes().value(QLatin1String("Type")).endsWith(u"/officeDocument"))
                workbook = resolve(QString(), xml.attributes().value(QLatin1String("Target")).toString());
        }
    }
    if (!reader.m_parts.contains(workbook.toLower()))
        return fail(tr("“%1” is not an Excel workbook (.xlsx): it has no workbook part.").arg(file));

    // The workbook's relationships: sheets, shared strings, styles.
    const QString relsPart = resolve(workbook, QStringLiteral("_rels/") + workbook.section(u'/', -1) + QStringLiteral(".rels"));
    QHash<QString, QString> targets;
    QSet<QString> worksheets; // not chart sheets or dialog sheets
    QString sharedStrings = QStringLiteral("xl/sharedStrings.xml"), styles = QStringLiteral("xl/styles.xml");
    {
        QXmlStreamReader xml(reader.m_parts.value(relsPart.toLower()));
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement() || xml.name() != u"Relationship") continue;
            const auto a = xml.attributes();
            const QString target = resolve(workbook, a.value(QLatin1String("Target")).toString());
            targets.insert(a.value(QLatin1String("Id")).toString(), target);
            if (a.value(QLatin1String("Type")).endsWith(u"/worksheet")) worksheets.insert(target);
            if (a.value(QLatin1String("Type")).endsWith(u"/sharedStrings")) sharedStrings = target;
            if (a.value(QLatin1String("Type")).endsWith(u"/styles")) styles = target;
        }
        if (xml.hasError()) return fail(xmlProblem(file, relsPart, xml));
    }
    {
        QXmlStreamReader xml(reader.m_parts.value(workbook.toLower()));
        int extensions = 0; // inside extLst: other namespaces' elements (x15:workbookPr) are not the workbook's
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == u"extLst") --extensions;
            if (!xml.isStartElement()) continue;
            const auto a = xml.attributes();
            if (xml.name() == u"extLst") ++extensions;
            if (extensions > 0) continue;
            if (xml.name() == u"workbookPr") {
                const auto v = a.value(QLatin1String("date1904"));
                reader.m_date1904 = v == u"1" || v == u"true";
            } else if (xml.name() == u"sheet") {
                QString id;
                for (const QXmlStreamAttribute &attribute : a)
                    if (attribute.name() == u"id") id = attribute.value().toString(); // r:id, whatever the prefix
                const QString part = targets.value(id);
                const QStringView state = a.value(QLatin1String("state"));
                if (reader.m_parts.contains(part.toLower()))
                    reader.m_sheets.push_back({a.value(QLatin1String("name")).toString(), part.toLower(),
                                               state == u"hidden" || state == u"veryHidden", !worksheets.contains(part)});
            }
        }
        if (xml.hasError()) return fail(xmlProblem(file, workbook, xml));
    }
    if (reader.m_sheets.empty()) return fail(tr("“%1” has no worksheet.").arg(file));

    sharedStrings = sharedStrings.toLower();
    styles = styles.toLower();
    if (reader.m_parts.contains(sharedStrings)) {
        QXmlStreamReader xml(reader.m_parts.value(sharedStrings));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"si") reader.m_sharedStrings << stringItem(xml);
        }
        if (xml.hasError()) return fail(xmlProblem(file, sharedStrings, xml));
    }

    if (reader.m_parts.contains(styles)) {
        // Built-in date formats 14–22 and 45–47; custom ones by their code.
        std::map<int, int> kindOfFormat;
        for (int id = 14; id <= 22; ++id) kindOfFormat[id] = 1;
        for (int id = 45; id <= 47; ++id) kindOfFormat[id] = 1;
        kindOfFormat[9] = kindOfFormat[10] = 2;
        kindOfFormat[46] = 3;  // [h]:mm:ss
        kindOfFormat[47] = 11; // mm:ss.0
        QXmlStreamReader xml(reader.m_parts.value(styles));
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == u"cellXfs") inCellXfs = false;
            if (!xml.isStartElement()) continue;
            const auto a = xml.attributes();
            if (xml.name() == u"numFmt") {
                const QString code = a.value(QLatin1String("formatCode")).toString();
                static const QRegularExpression elapsed(QStringLiteral("\\[(h+|m+|s+)\\]"), QRegularExpression::CaseInsensitiveOption);
                static const QRegularExpression tenths(QStringLiteral("s\\.0+"), QRegularExpression::CaseInsensitiveOption);
                const int id = a.value(QLatin1String("numFmtId")).toInt();
                kindOfFormat[id] = elapsed.match(code).hasMatch() ? 3 : isDateFormat(code) ? 1 : code.contains(u'%') ? 2 : 0;
                if (const auto t = tenths.match(code); t.hasMatch() && kindOfFormat[id] != 3 && !code.contains(u'#'))
                    kindOfFormat[id] = 10 + int(t.capturedLength() - 2); // "mm:ss.0": seconds with their fraction
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == u"xf") {
                const auto found = kindOfFormat.find(a.value(QLatin1String("numFmtId")).toInt());
                reader.m_styleKind.push_back(found == kindOfFormat.end() ? 0 : found->second);
            }
        }
        if (xml.hasError()) return fail(xmlProblem(file, styles, xml));
    }
    return reader;
}

Result<CsvTable> XlsxReader::table(const QString &sheetName) const
{
    const Sheet *sheet = nullptr;
    const QString file = QFileInfo(m_path).fileName();
    if (sheetName.isEmpty()) { // the sheet Excel shows first: the first visible worksheet
        for (const Sheet &s : m_sheets)
            if (!sheet && !s.hidden && !s.chart) sheet = &s;
        if (!sheet) return fail(tr("“%1” has no visible worksheet; choose one of its sheets: %2.").arg(file, quotedSheetNames()));
    }
    for (const Sheet &s : m_sheets)
        if (!sheet && s.name == sheetName) sheet = &s;
    if (sheet && sheet->chart) return fail(tr("“%1”: the sheet “%2” is a chart, not a worksheet.").arg(file, sheet->name));
    if (!sheet) return fail(tr("“%1” has no sheet “%2”; its sheets are %3.").arg(file, sheetName, quotedSheetNames()));

    CsvTable table;
    table.dialect = CsvDialect::excel(); // numbers are written with a decimal comma
    table.sheet = sheet->name;
    QXmlStreamReader xml(m_parts.value(sheet->part));
    int rowNumber = 0;
    QStringList row;
    int column = 0;
    auto finishRow = [&] {
        while (!row.isEmpty() && row.last().isEmpty()) row.removeLast();
        if (row.isEmpty()) return;
        if (table.lines.empty() && table.header.isEmpty()) {
            table.header = row;
            table.headerLine = rowNumber;
        } else {
            table.rows.push_back(row);
            table.lines.push_back(rowNumber);
        }
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"row") finishRow();
        if (!xml.isStartElement()) continue;
        if (xml.name() == u"row") {
            const int r = xml.attributes().value(QLatin1String("r")).toInt();
            if (r > 0 && r <= rowNumber) return fail(tr("“%1”, sheet “%2”: row %3 comes after row %4.").arg(file, sheet->name).arg(r).arg(rowNumber));
            rowNumber = r > 0 && r <= kMaxRow ? r : rowNumber + 1;
            row.clear();
            column = 0;
        } else if (xml.name() == u"c") {
            const auto a = xml.attributes();
            const auto [c, r] = cellReference(a.value(QLatin1String("r")));
            if (!a.value(QLatin1String("r")).isEmpty() && (c == 0 || r != rowNumber))
                return fail(tr("“%1”, sheet “%2”, row %3: the cell reference “%4” is not in the row.")
                                .arg(file, sheet->name)
                                .arg(rowNumber)
                                .arg(a.value(QLatin1String("r")).toString()));
            column = c > 0 ? c : column + 1;
            if (column > kMaxColumn) return fail(tr("“%1”, sheet “%2”, row %3: more than %4 columns.").arg(file, sheet->name).arg(rowNumber).arg(kMaxColumn));
            const QString type = a.value(QLatin1String("t")).toString();
            const int style = a.value(QLatin1String("s")).toInt();
            QString value, inlineText;
            bool hasInline = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == u"c") break;
                if (!xml.isStartElement()) continue;
                if (xml.name() == u"v") value = xml.readElementText();
                else if (xml.name() == u"is") {
                    inlineText = stringItem(xml);
                    hasInline = true;
                } else if (xml.name() == u"f") xml.skipCurrentElement(); // the cached value is in <v>
            }
            QString text;
            if (type == u"s" && value.isEmpty()) {
                text.clear(); // no value: an empty cell (.NET's OpenXML SDK writes filler cells so)
            } else if (type == u"s") {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= m_sharedStrings.size())
                    return fail(tr("“%1”, sheet “%2”, cell %3%4: the shared string %5 does not exist.")
                                    .arg(file, sheet->name, Csv::columnLetters(column))
                                    .arg(rowNumber)
                                    .arg(value));
                text = m_sharedStrings.at(index);
            } else if (type == u"inlineStr") {
                text = hasInline ? inlineText : value;
            } else if (type == u"str" || type == u"e") {
                text = unescapeOoxml(value); // a formula's text result, or an error value such as #DIV/0!
            } else if (type == u"d") { // an ISO 8601 date (strict OOXML, some .NET writers)
                const QDateTime when = QDateTime::fromString(value, Qt::ISODate);
                text = !when.isValid() ? value
                       : when.time() == QTime(0, 0) ? when.date().toString(Qt::ISODate)
                                                    : when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            } else if (type == u"b") {
                text = value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (!value.isEmpty()) {
                bool ok = false;
                const double number = value.toDouble(&ok);
                const int kind = style >= 0 && size_t(style) < m_styleKind.size() ? m_styleKind[size_t(style)] : 0;
                if (!ok) text = value;
                else if (kind == 1) text = dateText(number, m_date1904);
                else if (kind == 3) text = elapsedText(number);
                else if (kind >= 11) text = fractionTimeText(number, kind - 10);
                else if (kind == 2) text = swedishNumberText(number * 100.0) + QStringLiteral(" %");
                else text = swedishNumberText(number);
            }
            while (row.size() < column - 1) row << QString();
            if (row.size() >= column) row[column - 1] = text; // a repeated reference: the last wins
            else row << text;
        }
    }
    if (xml.hasError()) return fail(xmlProblem(file, sheet->part, xml));
    return table;
}

} // namespace malkoll
