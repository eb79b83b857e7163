// The helpers every reader of a report's text shares, and the context's ways of noting a line.
#include "readercontext.h"

#include "text/fold.h"
#include "text/swedishnumber.h"

#include <QRegularExpression>
#include <algorithm>

namespace malkoll::reportreading {

namespace {

// Symbols the PDF extraction leaves where icons were: status dots, arrows, ticks, dashes, ♀.
bool isStraySymbol(QChar c)
{
    switch (c.unicode()) {
    case 0x2640: // ♀
    case 0x25CF: // ●
    case 0x25B6: // ▶
    case 0x2713: // ✓
    case 0x2714: // ✔
    case 0x2014: // —
    case 0x2013: // –
    case 0x25CB: // ○
    case 0x25A0: // ■
    case 0x25A1: // □
    case 0x23F8: // ⏸ (not started yet)
    case 0x23F9: // ⏹
    case 0x23F5: // ⏵
    case 0x2717: // ✗
    case 0x2718: // ✘
    case 0x26A0: // ⚠
    case 0x00A0: // no-break space
    case 0xFFFD: // replacement character
        return true;
    default:
        return c.isSpace() || c == u'-' || c == u'*' || c == u'•';
    }
}

} // namespace

// A cell without the symbols around it, inner spaces folded.
QString clean(const QString &cell)
{
    qsizetype a = 0, b = cell.size();
    auto isMinus = [&](qsizetype i) {
        const QChar c = cell.at(i);
        return (c == u'-' || c == QChar(0x2013) || c == QChar(0x2212)) && i + 1 < b && cell.at(i + 1).isDigit();
    };
    while (a < b && isStraySymbol(cell.at(a)) && !isMinus(a)) ++a;
    while (b > a && isStraySymbol(cell.at(b - 1)) && cell.at(b - 1) != u'*') --b;
    QString s = cell.mid(a, b - a);
    static const QRegularExpression tags(QStringLiteral("</?[ib]>"));
    s.remove(tags);
    return s.simplified();
}

bool isBlank(const QString &cell) { return clean(cell).isEmpty(); }

// Three or more cells of words and none of figures: the header of a table.
bool looksLikeHeader(const QStringList &cells)
{
    int words = 0;
    for (const QString &cell : cells) {
        const QString c = clean(cell);
        if (c.isEmpty()) continue;
        if (SwedishNumber::parse(c) || !c.at(0).isLetter()) return false;
        ++words;
    }
    return words >= 3;
}

// A name followed by at least two cells that read as numbers: a row of an indicator or economy
// table, whatever table it has lost.
bool looksLikeDataRow(const QStringList &cells)
{
    int first = 0;
    while (first < cells.size() && isBlank(cells.at(first))) ++first;
    if (first >= cells.size() || SwedishNumber::parse(clean(cells.at(first)))) return false;
    int numbers = 0;
    for (int i = first + 1; i < cells.size(); ++i)
        if (const QString c = clean(cells.at(i)); !c.isEmpty() && SwedishNumber::parse(c)) ++numbers;
    return numbers >= 2;
}

QString shorten(const QString &line)
{
    QString s = line;
    s.replace(u'\t', QStringLiteral(" | "));
    s = s.simplified();
    return s.size() > 120 ? s.left(117) + QStringLiteral("…") : s;
}

bool isDate(const QString &cell, QDate *date)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString t = cell.trimmed();
    if (!re.match(t).hasMatch()) return false;
    if (date) *date = QDate::fromString(t, Qt::ISODate);
    return true;
}

// Markdown and HTML around a title ("## **…**", "<b>…</b>") taken away.
QString withoutMarkup(const QString &line)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]{1,20}>"));
    static const QRegularExpression marks(QStringLiteral("^[#>\\s]+|[*_]{2,}"));
    QString s = line;
    s.remove(tags);
    s.remove(marks);
    return s.simplified();
}

int firstFilled(const QStringList &cells)
{
    int first = 0;
    while (first < cells.size() && isBlank(cells.at(first))) ++first;
    return first;
}

// Verksamhetsområden as the city names them; a name damaged by the extraction
// ("Arbetsmarknad såtgärder") is matched without its spaces.
const QStringList &knownAreas()
{
    static const QStringList areas{
        QStringLiteral("Nämnd och administration"), QStringLiteral("Individ- och familjeomsorg"),
        QStringLiteral("Stadsmiljöverksamhet"), QStringLiteral("Förskoleverksamhet"), QStringLiteral("Äldreomsorg"),
        QStringLiteral("Stöd och service till personer med funktionsnedsättning"),
        QStringLiteral("Barn, kultur och fritid"), QStringLiteral("Arbetsmarknadsåtgärder"),
        QStringLiteral("Ekonomiskt bistånd"), QStringLiteral("Övrig verksamhet")};
    return areas;
}

QString repairAreaName(const QString &name)
{
    QString squeezed = name;
    squeezed.remove(u' ');
    for (const QString &area : knownAreas()) {
        QString a = area;
        a.remove(u' ');
        if (a.compare(squeezed, Qt::CaseInsensitive) == 0) return area;
    }
    return name;
}

// Whether a line of an economy table names a verksamhetsområde (of any year's list), so that a
// table of them can be told from a table of investments or of an area's own activities.
bool looksLikeArea(const QString &name)
{
    static const char16_t *const words[] = {u"namndochadministration", u"namndochforvaltning", u"forvaltningsadministration",
                                            u"individochfamilj", u"stadsmiljo", u"forskol", u"aldreomsorg",
                                            u"funktionsnedsatt", u"barnkulturochfritid", u"kulturochfritid", u"fritidsverksamhet",
                                            u"arbetsmarknad", u"ekonomisktbistand", u"ovrigverksamhet", u"socialpsykiatri",
                                            u"flykting", u"parkverksamhet"};
    const QString f = fold(name);
    return std::any_of(std::begin(words), std::end(words), [&](const char16_t *w) { return f.contains(QStringView(w)); });
}

std::optional<PeriodCell> periodCell(const QString &cell)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(Tertial|T)\\s*([123])?|(VB|VP)|(År|Helår|Ar))?[\\s,]*((?:19|20)\\d{2})?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString t = clean(cell);
    const auto m = re.match(t);
    if (t.isEmpty() || !m.hasMatch()) return std::nullopt;
    PeriodCell p;
    if (!m.captured(5).isEmpty()) p.year = m.captured(5).toInt();
    if (!m.captured(1).isEmpty()) {
        if (m.captured(1).size() == 1 && m.captured(2).isEmpty()) return std::nullopt; // "T" alone is no period
        p.periodicity = Periodicity::Tertial;
        if (const QString k = m.captured(2); !k.isEmpty()) p.period = k == u"1" ? Period::T1 : k == u"2" ? Period::T2 : Period::VB;
    } else if (!m.captured(3).isEmpty()) {
        // "VB 2020": the year's outcome of an indicator followed by tertial (a yearly one says the year alone)
        p.periodicity = Periodicity::Tertial;
        p.period = m.captured(3).compare(u"VP", Qt::CaseInsensitive) == 0 ? Period::VP : Period::VB;
    } else {
        p.periodicity = Periodicity::Year; // "År", "Helår 2020", "2024"
        if (m.captured(4).isEmpty() && p.year == 0) return std::nullopt;
    }
    return p;
}

void ReaderContext::note(std::vector<ReportLine> &list, int n, const QString &reason)
{
    list.push_back({n, reason, shorten(lines.at(n - 1))});
}

void ReaderContext::reject(int n, const QString &reason, LineKind k)
{
    note(r.rejected, n, reason);
    r.rejected.back().kind = k;
}

bool ReaderContext::tooLong(int n, const QString &text, int max, const QString &column)
{
    if (text.size() <= max) return false;
    reject(n, ReportParser::tr("column “%1”: %2 characters, at most %3 are read").arg(column).arg(text.size()).arg(max));
    return true;
}

std::optional<double> ReaderContext::number(int n, const QString &cell, const QString &column, QString *unit, int *decimals)
{
    const QString t = clean(cell);
    if (t.isEmpty()) return std::nullopt;
    auto parsed = SwedishNumber::parse(t);
    if (!parsed) {
        reject(n, ReportParser::tr("column “%1”: %2").arg(column, parsed.error()), LineKind::Value);
        return std::nullopt;
    }
    if (unit && unit->isEmpty() && !parsed->unit.isEmpty()) *unit = parsed->unit;
    if (decimals) *decimals = std::max(*decimals, std::min(parsed->decimals, 2));
    return parsed->value;
}

bool ReaderContext::analysisBelongs(int n, bool rowAbove, bool rowRead, const QString &belowUnread, const QString &beforeAny)
{
    if (rowAbove && !rowRead) reject(n, belowUnread);
    else if (!rowAbove) reject(n, beforeAny);
    return rowAbove && rowRead;
}

} // namespace malkoll::reportreading
