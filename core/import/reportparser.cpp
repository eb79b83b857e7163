// The report reader's line loop: each line handed to the reader whose it is — the title block,
// the goals and their texts, the indicator, activity and economy tables, the free sections.
// The readers are in core/import/report/, one per kind of text.
#include "reportparser.h"

#include "report/activityreader.h"
#include "report/economyreader.h"
#include "report/goalreader.h"
#include "report/indicatorreader.h"
#include "report/sectionreader.h"
#include "report/titlereader.h"
#include "text/labels.h"
#include "text/swedishnumber.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace malkoll {

namespace reportreading {

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_c(text), m_title(m_c), m_goals(m_c), m_sections(m_c), m_indicators(m_c), m_activities(m_c), m_economy(m_c)
    {
    }
    ParsedReport run();

private:
    bool startTable(int n, const QStringList &cells);
    void endTable();
    bool proposal(int n, const QString &line);
    void tableRow(int n, const QStringList &cells, bool afterTotal);

    ReaderContext m_c;
    TitleReader m_title;
    GoalReader m_goals;
    SectionReader m_sections;
    IndicatorReader m_indicators;
    ActivityReader m_activities;
    EconomyReader m_economy;
    TableReader *m_table = nullptr; // the table being read
    bool m_skipping = false;        // inside a table Målkoll does not know
    bool m_afterTotal = false;      // the line above was a table's Totalt (or one of its varav lines)
    bool m_inProposals = false;
};

bool Parser::startTable(int n, const QStringList &cells)
{
    const int first = firstFilled(cells);
    if (first >= cells.size() || cells.size() - first < 3) return false;
    TableReader *before = m_table;
    m_economy.setAfterIndicators(m_table == &m_indicators);
    if (m_indicators.starts(n, cells, first)) m_table = &m_indicators;
    else if (m_activities.starts(n, cells, first)) m_table = &m_activities;
    else if (m_economy.starts(n, cells, first)) m_table = &m_economy;
    else return false;
    if (before == &m_activities && m_table != &m_activities) m_activities.end();
    if (m_table == &m_indicators || m_table == &m_activities) m_goals.table();
    m_sections.table();
    m_skipping = false;
    return true;
}

void Parser::endTable()
{
    if (m_table) m_table->end();
    m_table = nullptr;
    m_skipping = false;
}

// Förslag till beslut: the numbered proposals below the heading.
bool Parser::proposal(int n, const QString &line)
{
    static const QRegularExpression numbered(QStringLiteral("^[-•\\s]*(\\d{1,2})\\.\\s*(\\S.*)$"));
    const QString trimmed = line.trimmed();
    if (trimmed == u"Förslag till beslut") {
        m_inProposals = true;
        return true;
    }
    if (!m_inProposals) return false;
    if (trimmed.isEmpty()) return true;
    if (auto m = numbered.match(trimmed); m.hasMatch() && !line.contains(u'\t')) {
        if (!m_c.tooLong(n, m.captured(2).simplified(), limits::kText, ReportParser::tr("proposal")))
            m_c.r.proposals << m.captured(2).simplified();
        return true;
    }
    m_inProposals = false;
    return false;
}

void Parser::tableRow(int n, const QStringList &cells, bool afterTotal)
{
    m_c.kind = m_table == &m_indicators   ? LineKind::Indicator
               : m_table == &m_activities ? LineKind::Activity
               : m_table == &m_economy    ? LineKind::Economy
                                          : LineKind::Row;
    if (m_table && !(m_table == &m_economy && m_economy.skipping())) ++m_c.r.tableLines;
    if (m_table == &m_economy) {
        const QString f = fold(clean(cells.value(0)));
        const bool skipping = m_economy.skipping();
        m_economy.row(n, cells);
        if (!skipping && (f.startsWith(u"total") || f.startsWith(u"summa"))) { // the table's total closes it
            m_table = nullptr;
            m_afterTotal = true; // its varav lines below it are the total's too
        }
        return;
    }
    if (m_table) {
        m_table->row(n, cells);
        return;
    }
    if (m_skipping) return;
    if (m_indicators.analysisPending() && std::all_of(cells.begin() + 1, cells.end(), isBlank)) {
        m_c.kind = LineKind::Indicator;
        ++m_c.r.tableLines;
        m_indicators.row(n, cells);
        return;
    }
    // A tab-separated line outside any table Målkoll reads: layout of prose, unless it looks like
    // a row of figures (a name and numbers), which is listed, never dropped.
    if (afterTotal && fold(clean(cells.value(0))).startsWith(u"varav")) {
        m_afterTotal = true; // part of the total above, as the next varav line may be
        return;
    }
    if (looksLikeHeader(cells)) { // the header of a table Målkoll does not know: its rows are listed as one
        m_c.note(m_c.r.skipped, n, ReportParser::tr("a table Målkoll does not hold: %1").arg(clean(cells.at(firstFilled(cells)))));
        m_skipping = true;
        return;
    }
    if (looksLikeDataRow(cells)) {
        ++m_c.r.tableLines;
        m_c.reject(n, ReportParser::tr("a table row with no table header above it that Målkoll reads"));
    }
}

ParsedReport Parser::run()
{
    m_c.r.lines = int(m_c.lines.size());
    for (int i = 0; i < m_c.lines.size(); ++i) {
        const int n = i + 1;
        QString line = m_c.lines.at(i);
        if (line.endsWith(u'\r')) line.chop(1);
        const bool afterTotal = m_afterTotal;
        m_afterTotal = false;
        // Control characters (a NUL from a damaged extraction) are taken out, and said where.
        std::vector<ControlCharacter> controls;
        line = TextCheck::removeControlCharacters(line, &controls);
        m_c.lines[i] = line;
        for (const ControlCharacter &c : controls)
            m_c.note(m_c.r.warnings, n,
                     ReportParser::tr("column %1: the control character U+%2 was removed").arg(c.column).arg(int(c.code), 4, 16, QLatin1Char('0')));
        const QString trimmed = line.trimmed();
        const bool tab = line.contains(u'\t');
        m_title.line(n, line);
        if (proposal(n, line)) continue;
        if (!tab || !m_table || clean(line).isEmpty()) {
            bool newGoal = false;
            if (m_goals.heading(n, line, &newGoal)) {
                if (newGoal) {
                    endTable();
                    m_sections.goalBegins();
                    m_indicators.newGoal();
                    m_activities.newGoal();
                }
                continue;
            }
        }
        const QStringList cells = line.split(u'\t');
        if (cells.size() >= 3 && startTable(n, cells)) continue;
        if (tab && clean(line).isEmpty() && (m_table == &m_indicators || m_table == &m_activities))
            continue; // a row of empty cells: the table goes on below it
        if (trimmed.isEmpty() || clean(line).isEmpty()) {
            // Tables run on across blank lines only where the extraction broke a page; tables of
            // goals end at a blank line but keep an Analys whose text follows after the next header.
            if (m_table == &m_activities && m_activities.waitingForDates()) endTable();
            if (m_table == &m_indicators || m_table == &m_activities) m_table = nullptr;
            continue;
        }
        if (!tab) {
            if (m_table == &m_economy || m_skipping) endTable();
            m_economy.heading(line);
            if (m_table == &m_activities) {
                m_c.kind = LineKind::Activity;
                ++m_c.r.tableLines;
                m_activities.row(n, cells);
                continue;
            }
            if (m_sections.heading(n, line, m_goals.inGoal())) {
                m_goals.leave();
                continue;
            }
            if (!m_sections.prose(n, line)) m_goals.prose(n, line);
            continue;
        }
        tableRow(n, cells, afterTotal);
    }
    endTable();
    m_economy.finish();
    m_goals.finish();
    m_sections.finish();
    m_title.guessIdentity();
    settleOwnVb(m_c.r);
    return std::move(m_c.r);
}

} // namespace reportreading

QString ReportParser::shortName(const QString &committee)
{
    QString s = committee.simplified();
    static const QRegularExpression suffix(QStringLiteral("\\s+(stadsdelsnämnd|nämnd)$"), QRegularExpression::CaseInsensitiveOption);
    s.remove(suffix);
    if (s.endsWith(u's') && s.size() > 4 && !s.endsWith(u"ss")) s.chop(1);
    return s;
}

QString ReportParser::listing(const ParsedReport &r)
{
    QString out;
    auto num = [](const std::optional<double> &v) { return v ? SwedishNumber::format(*v, 2) : QStringLiteral("–"); };
    for (const ParsedGoal &g : r.goals)
        out += QStringLiteral("%1 goal %2 %3 [%4]\n")
                   .arg(g.line)
                   .arg(g.number, g.title, g.assessment ? labels::assessment(*g.assessment, Language::Swedish) : QString());
    for (const ParsedIndicator &i : r.indicators)
        out += QStringLiteral("%1 indicator %2 “%3” %4/%5/%6 vb %7 prognos %8 årsmål “%9” KF “%10” %11 unit “%12”%13\n")
                   .arg(i.line)
                   .arg(i.goalNumber, i.name, num(i.outcome), num(i.men), num(i.women), num(i.previousVb),
                        num(i.prognosis), i.target.text)
                   .arg(i.kfTarget.text, i.periodicity == Periodicity::Year ? QStringLiteral("År") : QStringLiteral("Tertial"),
                        i.unit, i.analysis.isEmpty() ? QString() : QStringLiteral(" +analys"));
    for (const ParsedActivity &a : r.activities)
        out += QStringLiteral("%1 activity %2 “%3” %4–%5%6\n")
                   .arg(a.line)
                   .arg(a.goalNumber, a.title, a.start.toString(Qt::ISODate), a.end.toString(Qt::ISODate),
                        a.deviation ? QStringLiteral(" avvikelse") : QString());
    for (const ParsedBudgetLine &b : r.budget)
        out += QStringLiteral("%1 budget %2%3 %4 %5 %6 %7 %8\n")
                   .arg(b.line)
                   .arg(b.varav ? QStringLiteral("  ") : QString(), b.name)
                   .arg(b.budget)
                   .arg(b.adjustments)
                   .arg(b.performance)
                   .arg(b.forecastBefore)
                   .arg(b.forecastAfter);
    for (const ParsedResultUnit &u : r.resultUnits)
        out += QStringLiteral("%1 resultatenhet %2 %3 %4 %5\n").arg(u.line).arg(u.name).arg(u.grossBudget).arg(u.carriedIn).arg(u.result);
    for (const ParsedInvestment &i : r.investments)
        out += QStringLiteral("%1 investment %2 %3 %4 %5\n").arg(i.line).arg(i.name).arg(i.budget).arg(i.adjustments).arg(i.forecast);
    return out;
}

Result<ParsedReport> ReportParser::readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return fail(tr("Cannot read “%1”: %2").arg(path, f.errorString()));
    return read(f.readAll(), QFileInfo(path).fileName());
}

void ReportParser::applyIdentity(ParsedReport &r, const ReportIdentity &id)
{
    if (!id.committee.trimmed().isEmpty()) {
        r.committee = id.committee.simplified();
        r.committeeGuessed = false;
    }
    if (id.year > 0) {
        r.year = id.year;
        r.yearGuessed = false;
    }
    if (id.period) {
        r.period = *id.period;
        r.periodFound = true;
        r.periodGuessed = false;
    }
    if (!id.unit.trimmed().isEmpty()) r.unit = id.unit.simplified();
    reportreading::settleOwnVb(r);
}

void ReportParser::acceptUnreconciled(ParsedReport &r)
{
    for (ParsedBudgetLine &b : r.budget) b.unreconciled = false;
    for (ParsedResultUnit &u : r.resultUnits) u.unreconciled = false;
    for (ParsedInvestment &i : r.investments) i.unreconciled = false;
    r.unreconciled.clear();
}

ReportFidelity ReportParser::fidelity(const ParsedReport &r)
{
    ReportFidelity f;
    f.tableLines = r.tableLines;
    QSet<int> rowsNotRead;
    for (const ReportLine &l : r.rejected) {
        switch (l.kind) {
        case LineKind::Goal: ++f.goals.notRead; break;
        case LineKind::Indicator: ++f.indicators.notRead, rowsNotRead.insert(l.line); break;
        case LineKind::Value: ++f.values.notRead; break;
        case LineKind::Activity: ++f.activities.notRead, rowsNotRead.insert(l.line); break;
        case LineKind::Economy: ++f.economy.notRead, rowsNotRead.insert(l.line); break;
        case LineKind::Row: rowsNotRead.insert(l.line); break;
        case LineKind::Other: break;
        }
    }
    f.tableLinesRead = std::max(0, f.tableLines - int(rowsNotRead.size()));
    f.goals.read = int(r.goals.size());
    f.indicators.read = int(r.indicators.size());
    for (const ParsedIndicator &i : r.indicators)
        for (const auto *v : {&i.outcome, &i.men, &i.women, &i.previousVb, &i.prognosis})
            if (v->has_value()) ++f.values.read;
    f.activities.read = int(r.activities.size());
    for (const ParsedBudgetLine &b : r.budget) ++(b.unreconciled ? f.economy.notRead : f.economy.read);
    for (const ParsedResultUnit &u : r.resultUnits) ++(u.unreconciled ? f.economy.notRead : f.economy.read);
    for (const ParsedInvestment &i : r.investments) ++(i.unreconciled ? f.economy.notRead : f.economy.read);
    for (const ParsedGoal &g : r.goals) {
        if (!g.analysis.empty()) ++f.analyses.read;
        else if (g.analysisLine) ++f.analyses.notRead;
    }
    return f;
}

QString ReportParser::fidelityLine(const ReportFidelity &f)
{
    const double share = f.tableLines ? 100.0 * f.tableLinesRead / f.tableLines : 100.0;
    QString percent = share >= 99.95 && f.tableLinesRead == f.tableLines ? QStringLiteral("100") : SwedishNumber::format(share, 1);
    if (f.tableLinesRead < f.tableLines && percent == u"100,0") percent = QStringLiteral("99,9");
    auto kind = [](const QString &name, const FidelityCount &c) {
        return tr("%1 %2 read, %3 not read").arg(name).arg(c.read).arg(c.notRead);
    };
    return tr("fidelity: %1 % of %2 table lines read; %3; %4; %5; %6; %7; %8")
        .arg(percent)
        .arg(f.tableLines)
        .arg(kind(tr("goals"), f.goals), kind(tr("indicators"), f.indicators), kind(tr("values"), f.values),
             kind(tr("activities"), f.activities), kind(tr("economy lines"), f.economy), kind(tr("analyses"), f.analyses));
}

ParsedReport ReportParser::parse(const QString &text) { return reportreading::Parser(text).run(); }

ParsedReport ReportParser::parse(const QByteArray &bytes) { return parse(decodeText(bytes)); }

Result<ParsedReport> ReportParser::read(const QByteArray &bytes, const QString &fileName)
{
    auto text = TextCheck::readText(bytes, fileName, kMaxBytes);
    if (!text) return Error{text.error()};
    return parse(text.value());
}

} // namespace malkoll
