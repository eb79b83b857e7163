#include "xlsxexport.h"

#include "filebeside.h"

#include "store/store.h"
#include "text/swedishnumber.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <optional>
#include <xlsxwriter.h>

namespace malkoll {

namespace {
// A cell's text as a Swedish number, when it is one. "2024-01-01" reads as 2024 followed by
// "-01-01": a "unit" that goes on with the number is not a unit, so a date stays text.
std::optional<ParsedNumber> number(const QString &text)
{
    if (text.trimmed().isEmpty()) return std::nullopt;
    // "1.1" is a goal's number, "2024-04-30" a date: a Swedish number has no point between digits.
    static const QRegularExpression pointBetweenDigits(QStringLiteral("\\d\\.\\d"));
    if (pointBetweenDigits.match(text).hasMatch()) return std::nullopt;
    auto parsed = SwedishNumber::parse(text);
    if (!parsed) return std::nullopt;
    const QString unit = parsed->unit;
    if (!unit.isEmpty() && (unit.front().isDigit() || QStringLiteral("-−–/:.,").contains(unit.front()))) return std::nullopt;
    // A unit is short ("kg CO2 per kg livsmedel" is 23 characters): "1 av 1 nämndmål uppfylls
    // helt; 2 indikatorer …" is a sentence that begins with a number.
    if (unit.size() > 25 || unit.contains(u';')) return std::nullopt;
    return parsed.value();
}

// The value Excel stores and its number format. `impliedUnit`: the unit of a number written
// without one — the row's Enhet, or "%" under a header such as "Avvikelse %".
std::pair<double, QString> excelNumber(const ParsedNumber &n, const QString &impliedUnit)
{
    const QString unit = n.unit.isEmpty() ? impliedUnit.trimmed() : n.unit;
    const QString decimals = n.decimals > 0 ? QStringLiteral(".") + QString(n.decimals, u'0') : QString();
    if (unit == u"%") return {n.value / 100.0, QStringLiteral("0%1%").arg(decimals)};
    QString format = QStringLiteral("#,##0") + decimals;
    if (!unit.isEmpty()) format += QStringLiteral(" \"%1\"").arg(QString(unit).replace(u'"', QStringLiteral("\"\"")));
    return {n.value, format};
}
} // namespace

QString XlsxExport::sheetName(const QString &title)
{
    QString name = title;
    for (QChar c : QStringLiteral("[]:*?/\\")) name.replace(c, u' ');
    name = name.simplified().left(31).trimmed();
    return name.isEmpty() ? QStringLiteral("Blad") : name;
}

namespace {
// One cell as written: a number with its format (empty: General), or text.
struct Cell
{
    QString text;
    std::optional<double> number;
    QString format;
};
struct Sheet
{
    QString title;
    QStringList header;
    std::vector<std::vector<Cell>> rows;
};

// The cells of a table of display text: a column is numbers when every cell in it that is not
// empty is one.
Sheet sheetOf(const ReportTable &table)
{
    Sheet sheet{table.title, table.header, {}};
    const int columns = int(table.header.size());
    // Numbers in a table of indicators are in the row's unit (its Enhet column).
    qsizetype unitColumn = table.header.indexOf(QStringLiteral("Enhet"));
    if (unitColumn < 0) unitColumn = table.header.indexOf(QStringLiteral("Unit"));
    auto impliedUnit = [&](const QStringList &row, int c) {
        if (table.header[c].endsWith(QStringLiteral(" %"))) return QStringLiteral("%");
        if (table.unitless.contains(c)) return QString();
        return unitColumn >= 0 && unitColumn < row.size() && c != unitColumn ? row[unitColumn] : QString();
    };
    std::vector<std::vector<std::optional<ParsedNumber>>> numbers; // each cell read once
    std::vector<int> numberCells(size_t(columns), 0), filledCells(size_t(columns), 0);
    for (const QStringList &row : table.rows) {
        auto &cells = numbers.emplace_back(size_t(columns));
        for (int c = 0; c < columns && c < row.size(); ++c) {
            cells[size_t(c)] = number(row[c]);
            if (cells[size_t(c)]) ++numberCells[size_t(c)];
            if (!row[c].trimmed().isEmpty()) ++filledCells[size_t(c)];
        }
    }
    // A column of numbers: at least half of its cells are. Text among them ("Öka" beside "80 %",
    // "Fastställs 2024", "redovisas ej") stays text; a column of goal numbers or names stays text.
    std::vector<bool> numeric(static_cast<size_t>(columns));
    for (size_t c = 0; c < size_t(columns); ++c) numeric[c] = numberCells[c] > 0 && 2 * numberCells[c] >= filledCells[c];
    for (size_t r = 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows[r];
        auto &cells = sheet.rows.emplace_back();
        for (int c = 0; c < columns && c < row.size(); ++c) {
            const std::optional<ParsedNumber> &n = numbers[r][size_t(c)];
            if (numeric[size_t(c)] && n) {
                const auto [value, format] = excelNumber(*n, impliedUnit(row, c));
                cells.push_back({row[c], value, format});
            } else {
                cells.push_back({row[c], std::nullopt, {}});
            }
        }
    }
    return sheet;
}

Sheet sheetOf(const QString &title, const Store::TableRows &table)
{
    Sheet sheet{title, table.columns, {}};
    for (const QVariantList &row : table.rows) {
        auto &cells = sheet.rows.emplace_back();
        for (const QVariant &v : row) {
            const int type = v.typeId();
            if (v.isNull()) cells.push_back({});
            else if (type == QMetaType::Double || type == QMetaType::Int || type == QMetaType::LongLong)
                cells.push_back({v.toString(), v.toDouble(), {}});
            else cells.push_back({v.toString(), std::nullopt, {}});
        }
    }
    return sheet;
}

// Writes the workbook `part` (a temporary file; `path` names it in messages).
Result<void> writeSheets(const std::vector<Sheet> &sheets, const QString &part, const QString &path)
{
    lxw_workbook *book = workbook_new(QFile::encodeName(part).constData());
    if (!book) return fail(XlsxExport::tr("Cannot write “%1”.").arg(path));
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0xE8EAF0);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    QHash<QString, lxw_format *> formats;
    auto formatFor = [&](const QString &code) -> lxw_format * {
        if (code.isEmpty()) return nullptr;
        auto it = formats.find(code);
        if (it == formats.end()) {
            lxw_format *f = workbook_add_format(book);
            format_set_num_format(f, code.toUtf8().constData());
            it = formats.insert(code, f);
        }
        return *it;
    };
    QSet<QString> used;
    for (const Sheet &table : sheets) {
        QString name = XlsxExport::sheetName(table.title);
        for (int n = 2; used.contains(name.toLower()); ++n)
            name = XlsxExport::sheetName(table.title).left(27) + QStringLiteral(" (%1)").arg(n);
        used.insert(name.toLower());
        lxw_worksheet *sheet = workbook_add_worksheet(book, name.toUtf8().constData());
        if (!sheet) {
            workbook_close(book);
            return fail(XlsxExport::tr("Cannot add the sheet “%1” to “%2”.").arg(name, path));
        }
        const int columns = int(table.header.size());
        std::vector<int> widths(size_t(columns), 0);
        for (int c = 0; c < columns; ++c) widths[size_t(c)] = int(table.header[c].size());
        for (size_t r = 0; r < table.rows.size(); ++r) {
            const auto &row = table.rows[r];
            for (int c = 0; c < columns && c < int(row.size()); ++c) {
                const Cell &cell = row[size_t(c)];
                widths[size_t(c)] = std::max(widths[size_t(c)], int(cell.text.size()));
                if (cell.number)
                    worksheet_write_number(sheet, lxw_row_t(r + 1), lxw_col_t(c), *cell.number, formatFor(cell.format));
                else if (!cell.text.isEmpty())
                    worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c), cell.text.toUtf8().constData(), nullptr);
            }
        }
        for (int c = 0; c < columns; ++c) {
            worksheet_write_string(sheet, 0, lxw_col_t(c), table.header[c].toUtf8().constData(), header);
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::clamp(widths[size_t(c)] + 2, 8, 60), nullptr);
        }
        worksheet_freeze_panes(sheet, 1, 0);
        if (columns > 0) worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(columns - 1));
    }
    if (sheets.empty()) workbook_add_worksheet(book, nullptr); // a workbook has at least one sheet
    if (const lxw_error e = workbook_close(book); e != LXW_NO_ERROR)
        return fail(XlsxExport::tr("Cannot write “%1”: %2").arg(path, QString::fromUtf8(lxw_strerror(e))));
    return {};
}

// Written to a temporary file beside `path` and renamed when complete.
Result<void> writeSheets(const std::vector<Sheet> &sheets, const QString &path, bool replace)
{
    return FileBeside::write(path, replace, [&](const QString &part) { return writeSheets(sheets, part, path); });
}
} // namespace

Result<void> XlsxExport::write(const std::vector<ReportTable> &tables, const QString &path, bool replace)
{
    std::vector<Sheet> sheets;
    for (const ReportTable &t : tables) sheets.push_back(sheetOf(t));
    return writeSheets(sheets, path, replace);
}

Result<int> XlsxExport::writeStore(const Store &store, const QString &path, std::optional<int> year, bool replace)
{
    std::vector<Sheet> sheets;
    int rows = 0;
    for (const QString &t : Store::exportTables()) {
        auto table = store.tableRows(t, year);
        if (!table) return fail(tr("Nothing was exported: %1").arg(table.error()));
        rows += int(table->rows.size());
        sheets.push_back(sheetOf(t, table.value()));
    }
    if (auto written = writeSheets(sheets, path, replace); !written) return Error{written.error()};
    return rows;
}

} // namespace malkoll
