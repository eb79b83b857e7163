// The indicator table's reader: columns by meaning, rows aligned when the extraction lost a cell,
// Analys rows (on the row, alone with its text below, or in markup), names wrapped onto the next row.
#include "indicatorreader.h"

#include "text/fold.h"
#include "text/swedishnumber.h"
#include "text/targettext.h"

#include <QRegularExpression>
#include <algorithm>

namespace malkoll::reportreading {

namespace {

bool isValueColumn(Column c)
{
    return c == Column::Outcome || c == Column::Men || c == Column::Women || c == Column::PreviousVb || c == Column::Prognosis;
}

QString columnName(Column c)
{
    switch (c) {
    case Column::Outcome: return QStringLiteral("Periodens utfall");
    case Column::Men: return QStringLiteral("Utfall män/pojkar");
    case Column::Women: return QStringLiteral("Utfall kvinnor/flickor");
    case Column::PreviousVb: return QStringLiteral("Utfall VB");
    case Column::Prognosis: return QStringLiteral("Prognos helår");
    case Column::Target: return QStringLiteral("Årsmål");
    case Column::KfTarget: return QStringLiteral("KF:s årsmål");
    case Column::Period: return QStringLiteral("Period");
    default: return QStringLiteral("Indikator");
    }
}

} // namespace

// A column of an indicator table by its meaning, whatever the year's wording or the PDF's breaks:
// "Periodens utfall", "Perioden s utfall", "Utfall kvinn or/ flickor", "Arsmål", "Årsmål 2020".
// A header naming a VB and a year ("Utfall VB 2023", "Periodens utfall VB 2019") is that year's
// VB outcome: `vbYear` gets the year (the report's own VB is settled once its year is known).
Column indicatorColumn(const QString &header, int *vbYear)
{
    const QString f = fold(header);
    static const QRegularExpression digits(QStringLiteral("((?:19|20)\\d{2})"));
    const auto year = digits.match(header);
    if (f.startsWith(u"indikator")) return Column::Name;
    if (f.startsWith(u"utfallman") || f.startsWith(u"utfallpojk") || f == u"man" || f.startsWith(u"manpojk") ||
        f.startsWith(u"pojkar"))
        return Column::Men;
    if (f.startsWith(u"utfallkvinn") || f.startsWith(u"utfallflick") || f.startsWith(u"kvinn") || f.startsWith(u"flickor"))
        return Column::Women;
    const bool outcome = f.startsWith(u"utfall") || f.startsWith(u"periodensutfall");
    if ((outcome && f.contains(u"vb") && year.hasMatch()) || f.startsWith(u"vb")) {
        if (year.hasMatch() && vbYear) *vbYear = year.captured(1).toInt();
        return Column::PreviousVb;
    }
    if (outcome) return Column::Outcome;
    if (f.startsWith(u"prognos")) return Column::Prognosis;
    if (f.startsWith(u"kfsarsmal") || f.startsWith(u"kfarsmal")) return Column::KfTarget;
    if (f.startsWith(u"arsmal") || f.startsWith(u"namndensarsmal") || f.startsWith(u"malvarde")) return Column::Target;
    if (f.startsWith(u"period")) return Column::Period;
    return Column::Unknown;
}

// Once the year and period are known: a column "Periodens utfall VB 2019" in the VB of 2019 is
// the report's own outcome, not last year's (after parsing, and again after the person's year).
void settleOwnVb(ParsedReport &r)
{
    if (r.previousVbYear == 0 || r.previousVbYear != r.year || r.period != Period::VB) return;
    for (ParsedIndicator &i : r.indicators)
        if (!i.outcome && i.previousVb) i.outcome = i.previousVb, i.previousVb.reset();
    r.previousVbYear = 0;
}

bool IndicatorReader::starts(int n, const QStringList &cells, int first)
{
    if (!fold(clean(cells.at(first))).startsWith(u"indikator") || cells.size() - first < 3) return false;
    m_columns.clear();
    int vbYear = 0;
    for (int i = first + 1; i < cells.size(); ++i) m_columns.push_back(indicatorColumn(clean(cells.at(i)), &vbYear));
    while (!m_columns.empty() && m_columns.back() == Column::Unknown && isBlank(cells.at(first + int(m_columns.size()))))
        m_columns.pop_back();
    if (vbYear) {
        m_c.r.previousVbYear = vbYear;
        for (size_t i = 0; i < m_columns.size(); ++i)
            if (m_columns[i] == Column::PreviousVb && !m_c.evidence.vbHeader)
                m_c.evidence.vbHeader = ReportLine{n, QString::number(vbYear), clean(cells.at(first + 1 + int(i))), LineKind::Other};
    }
    for (size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i] == Column::Unknown && !isBlank(cells.at(first + 1 + int(i))))
            m_c.note(m_c.r.skipped, n, ReportParser::tr("column “%1” of the indicator table has no place in Målkoll; not imported")
                                           .arg(clean(cells.at(first + 1 + int(i)))));
    return true;
}

bool IndicatorReader::analysisBelongs(int n, const ParsedIndicator *row)
{
    return m_c.analysisBelongs(n, row, m_lastRead,
                               ReportParser::tr("an Analys row below the indicator row on line %1, which was not read").arg(m_lastLine),
                               ReportParser::tr("an Analys row before any indicator"));
}

void IndicatorReader::row(int n, const QStringList &cells)
{
    // Where the name is: the first cell with text (a leading empty or symbol-only cell happens).
    const int nameAt = firstFilled(cells);
    if (nameAt >= cells.size()) return;
    const QString first = cells.at(nameAt);
    QStringList values = cells.mid(nameAt + 1);
    const bool onlyText = std::all_of(values.begin(), values.end(), isBlank);
    ParsedIndicator *last = m_c.r.indicators.empty() || m_c.r.indicators.back().goalNumber != m_c.currentGoalNumber()
                                ? nullptr
                                : &m_c.r.indicators.back();
    // "Analys …", "Kommentar …", "<b>Analys</b>" with its text on the row below.
    static const QRegularExpression analys(QStringLiteral("^(?:Analys|Kommentar)\\b:?\\s*(.*)$"));
    // "Analys" in the name column with its text in the next cells (no figure among them).
    static const QRegularExpression figure(QStringLiteral("^[-−]?\\d[\\d\\s]*(?:,\\d+)?\\s*%?$"));
    QString besideText;
    if (const auto m = analys.match(clean(first)); m.hasMatch() && m.captured(1).isEmpty() && !onlyText) {
        QStringList words;
        for (const QString &v : values)
            if (!isBlank(v)) words << clean(v);
        if (std::none_of(words.begin(), words.end(), [](const QString &w) { return figure.match(w).hasMatch(); }))
            besideText = words.join(u' ');
    }
    if (auto m = analys.match(clean(first)); m.hasMatch() && (onlyText || !besideText.isEmpty())) {
        m_analysisPending = nullptr;
        if (!analysisBelongs(n, last)) return;
        const QString text = besideText.isEmpty() ? m.captured(1).simplified() : besideText;
        if (m_c.tooLong(n, text, limits::kText, QStringLiteral("Analys"))) return;
        last->hasAnalysisRow = true;
        if (text.isEmpty()) m_analysisPending = last;
        else last->analysis = text;
        return;
    }
    if (onlyText) {
        const QString text = clean(first);
        if (m_analysisPending) { // the text of an "Analys" row, pushed onto a row of its own
            ParsedIndicator *target = m_analysisPending;
            m_analysisPending = nullptr;
            if (m_c.tooLong(n, text, limits::kText, QStringLiteral("Analys"))) return;
            target->analysis = text;
            return;
        }
        // A wrapped name: in lower case, or its parenthesis ("(enkät)") after a page break.
        if (last && m_lastRead && !text.isEmpty() && (text.at(0).isLower() || text.at(0) == u'(')) {
            if (m_c.tooLong(n, last->name + u' ' + text, limits::kName, QStringLiteral("Indikator"))) {
                m_c.r.indicators.pop_back(); // a name that runs on without end is not read
                m_lastRead = false;
                return;
            }
            last->name += u' ' + text;
            return;
        }
        m_c.reject(n, ReportParser::tr("a line of text in an indicator table that is neither an indicator nor its analysis"));
        return;
    }
    m_analysisPending = nullptr;
    m_lastRead = false; // until the row below is read whole
    m_lastLine = n;
    ParsedIndicator ind;
    ind.line = n;
    ind.goalNumber = m_c.currentGoalNumber();
    ind.genderFlag = first.contains(QChar(0x2640));
    ind.name = clean(first);
    if (!m_c.currentGoal()) {
        m_c.reject(n, ReportParser::tr("an indicator before any goal heading"));
        return;
    }
    if (m_c.tooLong(n, ind.name, limits::kName, QStringLiteral("Indikator"))) return;
    const int want = int(m_columns.size());
    while (values.size() > want && isBlank(values.last())) values.removeLast();
    const bool periodLast = !m_columns.empty() && m_columns.back() == Column::Period;
    if (values.size() == want - 1 && periodLast && periodCell(values.last()) && isBlank(values.first())) {
        values.prepend(QString()); // a lost empty cell at the front: the row is aligned on its Period
    } else if (values.size() == want - 1 && periodLast) {
        // A merged last cell: "Tas fram av nämnd Tertial 1 2024" holds KF:s årsmål and Period.
        static const QRegularExpression merged(
            QStringLiteral("^(.*?)\\s*((?:(?:Tertial\\s*\\d|T\\d|VB|Helår|År)\\s+)?(?:19|20)\\d{2}|Tertial|År)$"));
        const auto m = merged.match(clean(values.last()));
        if (m.hasMatch() && !m.captured(1).isEmpty()) {
            values.last() = m.captured(1);
            values << m.captured(2);
        }
    }
    if (values.size() != want && !alignRow(n, values)) {
        m_c.reject(n, ReportParser::tr("%1 cells after the indicator name, the table has %2 columns").arg(values.size()).arg(want));
        return;
    }
    QString period;
    for (int i = 0; i < want; ++i) {
        const QString &cell = values.at(i);
        const Column c = m_columns.at(size_t(i));
        switch (c) {
        case Column::Outcome: ind.outcome = m_c.number(n, cell, columnName(c), &ind.unit, &ind.decimals); break;
        case Column::Men: ind.men = m_c.number(n, cell, columnName(c), &ind.unit, &ind.decimals); break;
        case Column::Women: ind.women = m_c.number(n, cell, columnName(c), &ind.unit, &ind.decimals); break;
        case Column::PreviousVb: ind.previousVb = m_c.number(n, cell, columnName(c), &ind.unit, &ind.decimals); break;
        case Column::Prognosis: ind.prognosis = m_c.number(n, cell, columnName(c), &ind.unit, &ind.decimals); break;
        case Column::Target:
        case Column::KfTarget: {
            const QString t = clean(cell);
            auto target = TargetText::parse(t);
            if (!target) {
                m_c.reject(n, ReportParser::tr("column “%1”: %2").arg(columnName(c), target.error()), LineKind::Value);
                break;
            }
            (c == Column::Target ? ind.target : ind.kfTarget) = target.value();
            if (target->isNumeric() && c == Column::Target) {
                if (auto p = SwedishNumber::parse(t); p) {
                    if (ind.unit.isEmpty() && !p->unit.isEmpty() && p->unit.size() <= 12) ind.unit = p->unit;
                    ind.decimals = std::max(ind.decimals, std::min(p->decimals, 2));
                }
            }
            break;
        }
        case Column::Period: period = clean(cell); break;
        default: break;
        }
    }
    if (!period.isEmpty()) readPeriod(n, ind, period);
    m_c.r.indicators.push_back(ind);
    m_lastRead = true;
}

// The Period cell: the indicator's periodicity, and evidence of the report's own period and year.
void IndicatorReader::readPeriod(int n, ParsedIndicator &ind, const QString &period)
{
    const auto p = periodCell(period);
    if (!p) {
        m_c.reject(n, ReportParser::tr("column “Period”: “%1” is neither Tertial nor År").arg(period), LineKind::Value);
        return;
    }
    ind.periodicity = p->periodicity;
    auto &ev = m_c.evidence;
    if (!ev.periodCell && p->period && p->year) ev.periodCell = ReportLine{n, period, shorten(m_c.lines.at(n - 1)), LineKind::Other};
    if (!ev.yearCell && !p->period && p->year) ev.yearCell = ReportLine{n, QString::number(p->year), shorten(m_c.lines.at(n - 1)), LineKind::Other};
}

// A row with one cell fewer (or more) than its header: the extraction lost (or split off) an
// empty cell. Every way of putting the cells back in order is tried; a way is possible when each cell
// fits its column (a Period cell only under Period, target words only under a target, "Tas fram
// av nämnd" only under KF:s årsmål, numbers under values or targets, and men or women never
// without the outcome). A cell that lands in the same column in every possible way is kept;
// one that does not is listed and not stored. No possible way: the row is refused as before.
bool IndicatorReader::alignRow(int n, QStringList &values)
{
    const int want = int(m_columns.size());
    const int have = int(values.size());
    const int k = want - have;
    if (std::abs(k) != 1 || want > 16) return false; // one lost (or split-off) empty cell; more is too uncertain
    auto fits = [&](const QString &cell, Column c) {
        const QString t = clean(cell);
        if (t.isEmpty()) return true;
        const bool period = periodCell(t).has_value();
        if (c == Column::Period) return period;
        if (period) return false;
        if (isValueColumn(c)) return bool(SwedishNumber::parse(t));
        if (c == Column::Target || c == Column::KfTarget) {
            auto target = TargetText::parse(t);
            return target && !(c == Column::Target && target->kind == TargetKind::SetByCommittee);
        }
        return true;
    };
    std::vector<QStringList> possible;
    auto consider = [&](const QStringList &row) {
        int outcome = -1;
        bool split = false;
        for (int i = 0; i < want; ++i) {
            if (!fits(row.at(i), m_columns[size_t(i)])) return;
            if (m_columns[size_t(i)] == Column::Outcome) outcome = i;
            if ((m_columns[size_t(i)] == Column::Men || m_columns[size_t(i)] == Column::Women) && !isBlank(row.at(i))) split = true;
        }
        if (split && outcome >= 0 && isBlank(row.at(outcome))) return;
        QStringList cleaned;
        for (const QString &c : row) cleaned << clean(c);
        if (std::find(possible.begin(), possible.end(), cleaned) == possible.end()) possible.push_back(cleaned);
    };
    for (int a = 0; a < std::max(want, have); ++a) {
        QStringList row;
        if (k > 0) { // the lost empty cell goes back in at slot a
            int next = 0;
            for (int i = 0; i < want; ++i) row << (i == a ? QString() : values.value(next++));
        } else { // the empty cell a is one too many
            if (a >= have || !isBlank(values.at(a))) continue;
            row = values;
            row.removeAt(a);
        }
        consider(row);
    }
    if (possible.empty()) return false;
    QStringList aligned, uncertain;
    for (int i = 0; i < want; ++i) {
        const QString first = possible.front().at(i);
        const bool same = std::all_of(possible.begin(), possible.end(), [&](const QStringList &p) { return p.at(i) == first; });
        aligned << (same ? first : QString());
    }
    for (const QString &cell : values) {
        const QString t = clean(cell);
        if (!t.isEmpty() && !aligned.contains(t)) uncertain << QStringLiteral("“%1”").arg(t);
    }
    if (uncertain.isEmpty())
        m_c.note(m_c.r.warnings, n, ReportParser::tr("%1 cells for %2 columns: a lost empty cell inferred, every value in its one possible column")
                                  .arg(have)
                                  .arg(want));
    else
        m_c.note(m_c.r.warnings, n, ReportParser::tr("%1 cells for %2 columns: the row is read on the cells that can be placed; the "
                                               "column of %3 is uncertain, so they are not stored")
                                  .arg(have)
                                  .arg(want)
                                  .arg(uncertain.join(QStringLiteral(", "))));
    values = aligned;
    return true;
}

} // namespace malkoll::reportreading
