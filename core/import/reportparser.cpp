// Over 400 lines: one parser of one text form, its table kinds (indicators, activities, the
// economy tables) sharing its line loop and state; the parts are small functions of the one class.
#include "reportparser.h"

#include "text/swedishnumber.h"
#include "text/targettext.h"
#include "text/labels.h"

#include <QRegularExpression>
#include <algorithm>

namespace malkoll {

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

bool isDate(const QString &cell, QDate *date = nullptr)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString t = cell.trimmed();
    if (!re.match(t).hasMatch()) return false;
    if (date) *date = QDate::fromString(t, Qt::ISODate);
    return true;
}

// What is wrong with an activity row's dates, naming the date at fault.
QString dateProblem(const QStringList &cells)
{
    QStringList found;
    for (const QString &cell : cells)
        if (isDate(cell)) found << cell.trimmed();
    if (found.size() == 1)
        return ReportParser::tr("one date (“%1”) where Startdatum and Slutdatum are expected: Slutdatum is missing").arg(found.first());
    if (found.size() > 2)
        return ReportParser::tr("%1 dates (%2) where Startdatum and Slutdatum are expected").arg(found.size()).arg(found.join(QStringLiteral(", ")));
    const QStringList names{QStringLiteral("Startdatum"), QStringLiteral("Slutdatum")};
    for (int i = 0; i < found.size(); ++i)
        if (!QDate::fromString(found.at(i), Qt::ISODate).isValid())
            return ReportParser::tr("%1 “%2” is not a date (ÅÅÅÅ-MM-DD)").arg(names.at(i), found.at(i));
    return ReportParser::tr("Startdatum and Slutdatum must be two dates (ÅÅÅÅ-MM-DD)");
}

enum class Column { Name, Outcome, Men, Women, PreviousVb, Prognosis, Target, KfTarget, Period, Unknown };

Column indicatorColumn(const QString &header, int *year)
{
    const QString f = fold(header);
    static const QRegularExpression digits(QStringLiteral("(\\d{4})"));
    if (f.startsWith(u"indikator")) return Column::Name;
    if (f.startsWith(u"periodensutfall") || f == u"utfall") return Column::Outcome;
    if (f.startsWith(u"utfallman") || f.startsWith(u"utfallpojk")) return Column::Men;
    if (f.startsWith(u"utfallkvinn") || f.startsWith(u"utfallflick")) return Column::Women;
    if (f.startsWith(u"utfallvb") || f.startsWith(u"vb")) {
        if (auto m = digits.match(header); m.hasMatch() && year) *year = m.captured(1).toInt();
        return Column::PreviousVb;
    }
    if (f.startsWith(u"prognos")) return Column::Prognosis;
    if (f == u"arsmal" || f.startsWith(u"namndensarsmal")) return Column::Target;
    if (f.startsWith(u"kfsarsmal") || f.startsWith(u"kfarsmal")) return Column::KfTarget;
    if (f.startsWith(u"period")) return Column::Period;
    return Column::Unknown;
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

class Parser
{
public:
    explicit Parser(const QString &text) : m_lines(text.split(u'\n')) {}
    ParsedReport run();

private:
    enum class Table { None, Indicators, Activities, Operating, PlanBudget, ResultUnits, Investments, Skipped };

    void readTitle(const QString &line);
    bool readHeading(int n, const QString &line);
    bool startTable(int n, const QStringList &cells);
    void indicatorRow(int n, const QStringList &cells);
    void activityRow(int n, const QStringList &cells);
    void economyRow(int n, const QStringList &cells);
    void endTable();
    // A line of the text (1-based) into one of the report's lists, with its text shortened.
    void note(std::vector<ReportLine> &list, int n, const QString &reason) { list.push_back({n, reason, shorten(m_lines.at(n - 1))}); }
    void reject(int n, const QString &reason) { note(m_r.rejected, n, reason); }
    std::optional<double> number(int n, const QString &cell, const QString &column, QString *unit = nullptr,
                                 int *decimals = nullptr);
    ParsedGoal *currentGoal() { return m_r.goals.empty() ? nullptr : &m_r.goals.back(); }

    QStringList m_lines;
    ParsedReport m_r;
    int m_currentLine = 0;
    bool m_afterTotal = false; // the line above was a table's Totalt (or one of its varav lines)
    Table m_table = Table::None;
    int m_tableLine = 0;
    std::vector<Column> m_columns; // per cell after the name
    std::optional<GoalLevel> m_pendingLevel; // "KF:s inriktningsmål:" on a line of its own
    int m_pendingLine = 0;
    bool m_inProposals = false;
    bool m_inExpected = false;
    bool m_goalHasTable = false;
    ParsedIndicator *m_analysisPending = nullptr; // an "Analys" row whose text comes on a later line
    ParsedActivity *m_activityAnalysisPending = nullptr;
    QString m_activityPrefix;                    // a wrapped activity title waiting for its dates
    int m_activityPrefixLine = 0;
    bool m_planBudgetRead = false;
    ParsedBudgetLine *m_lastParentLine = nullptr;
    // Whether the last indicator or activity row was read: an Analys line below a row that was
    // rejected is not the analysis of the row above that.
    bool m_lastIndicatorRead = false;
    int m_lastIndicatorLine = 0;
    bool m_lastActivityRead = false;
    int m_lastActivityLine = 0;
    // A cell longer than `max` is refused with its line and column.
    bool tooLong(int n, const QString &text, int max, const QString &column);
    // Whether the Analys line n belongs to the row above it (there is one under this goal, and
    // it was read); else it is rejected with the reason.
    bool analysisBelongs(int n, const void *row, bool rowRead, int rowLine, bool indicator);
};

bool Parser::analysisBelongs(int n, const void *row, bool rowRead, int rowLine, bool indicator)
{
    if (row && !rowRead)
        reject(n, indicator ? ReportParser::tr("an Analys row below the indicator row on line %1, which was not read").arg(rowLine)
                            : ReportParser::tr("an Analys row below the activity row on line %1, which was not read").arg(rowLine));
    else if (!row)
        reject(n, indicator ? ReportParser::tr("an Analys row before any indicator") : ReportParser::tr("an Analys row before any activity"));
    return row && rowRead;
}

bool Parser::tooLong(int n, const QString &text, int max, const QString &column)
{
    if (text.size() <= max) return false;
    reject(n, ReportParser::tr("column “%1”: %2 characters, at most %3 are read").arg(column).arg(text.size()).arg(max));
    return true;
}

void Parser::readTitle(const QString &line)
{
    static const QRegularExpression re(
        QStringLiteral("^(Verksamhetsplan|Tertialrapport|Verksamhetsberättelse)\\s+(?:Tertial\\s*)?(?:([12])\\s+)?(\\d{4})"
                       "\\s+för\\s+(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(line.simplified());
    if (!m.hasMatch()) return;
    const QString kind = m.captured(1).toLower();
    if (kind.startsWith(u"verksamhetsplan")) m_r.period = Period::VP;
    else if (kind.startsWith(u"verksamhetsber")) m_r.period = Period::VB;
    else m_r.period = m.captured(2) == u"2" ? Period::T2 : Period::T1;
    m_r.year = m.captured(3).toInt();
    QString committee = m.captured(4).trimmed();
    static const QRegularExpression brokenHyphen(QStringLiteral("(\\w)- (\\p{Lu})"));
    committee.replace(brokenHyphen, QStringLiteral("\\1-\\2"));
    if (committee.endsWith(u'.')) committee.chop(1);
    // A committee's or unit's name is a name: a sentence of the summary that begins like a title
    // ("Tertialrapport 1 2024 för Kungsholmens stadsdelsnämnd visar att …") is not the title.
    static const QRegularExpression sentence(QStringLiteral("[.:;!?]\\s|\\s(är|visar|har|att|och därmed)\\s"));
    if (committee.size() > limits::kCommitteeName || committee.count(u' ') >= 10 || sentence.match(committee).hasMatch()) {
        note(m_r.warnings, m_currentLine,
             ReportParser::tr("a line that begins like a document title but names no committee (%1 characters after “för”)")
                 .arg(committee.size()));
        m_r.year = 0;
        return;
    }
    m_r.committee = committee;
}

bool Parser::readHeading(int n, const QString &line)
{
    static const QRegularExpression head(
        QStringLiteral("^(KF:s inriktningsmål|KF:s mål för verksamhetsområdet|Nämndmål)\\s*:\\s*(.*)$"));
    static const QRegularExpression numbered(QStringLiteral("^(\\d+(?:\\.\\d+)*)\\.?\\s+(.+)$"));
    static const QRegularExpression toc(QStringLiteral("(\\.{4,}|\\t\\s*\\d+\\s*$)"));
    const QString trimmed = line.trimmed();
    QString rest;
    GoalLevel level;
    if (auto m = head.match(trimmed); m.hasMatch()) {
        if (toc.match(line).hasMatch()) return true; // a table of contents entry: not the goal itself
        const QString kind = m.captured(1);
        level = kind.startsWith(u"KF:s inr") ? GoalLevel::Direction
                : kind.startsWith(u"KF:s") ? GoalLevel::KfArea
                                            : GoalLevel::Committee;
        rest = m.captured(2).trimmed();
        if (rest.isEmpty()) {
            m_pendingLevel = level;
            m_pendingLine = n;
            return true;
        }
    } else if (m_pendingLevel) {
        if (trimmed.isEmpty()) return true;
        level = *m_pendingLevel;
        rest = trimmed;
    } else {
        return false;
    }
    const int headingLine = m_pendingLevel ? m_pendingLine : n;
    m_pendingLevel.reset();
    endTable();
    const auto m = numbered.match(rest);
    if (!m.hasMatch()) {
        reject(headingLine, ReportParser::tr("a goal heading without a number (expected “1.2 Title”)"));
        return true;
    }
    const QString number = m.captured(1);
    const int depth = int(number.count(u'.')) + 1;
    if (depth != int(level)) {
        reject(n, ReportParser::tr("goal number %1 does not fit the level “%2”").arg(number, goalLevelName(level)));
        return true;
    }
    ParsedGoal g;
    g.line = n;
    g.level = level;
    g.number = number;
    g.title = m.captured(2).simplified();
    if (tooLong(n, g.title, limits::kTitle, ReportParser::tr("goal title"))) return true;
    m_r.goals.push_back(g);
    m_inExpected = false;
    m_goalHasTable = false;
    m_analysisPending = nullptr;
    m_activityAnalysisPending = nullptr;
    return true;
}

bool Parser::startTable(int n, const QStringList &cells)
{
    int first = 0;
    while (first < cells.size() && isBlank(cells.at(first))) ++first;
    if (first >= cells.size() || cells.size() - first < 3) return false;
    const QString head = fold(cells.at(first));
    QStringList rest;
    for (int i = first + 1; i < cells.size(); ++i) rest << fold(cells.at(i));
    auto has = [&](const char16_t *prefix) {
        return std::any_of(rest.begin(), rest.end(), [&](const QString &c) { return c.startsWith(prefix); });
    };
    const Table before = m_table;
    if (head == u"indikator") {
        m_table = Table::Indicators;
        m_columns.clear();
        for (int i = first + 1; i < cells.size(); ++i) m_columns.push_back(indicatorColumn(cells.at(i), &m_r.previousVbYear));
        while (!m_columns.empty() && m_columns.back() == Column::Unknown && isBlank(cells.at(first + int(m_columns.size()))))
            m_columns.pop_back();
    } else if (head == u"aktivitet" && has(u"startdatum")) {
        m_table = Table::Activities;
    } else if (head.startsWith(u"mnkr") && has(u"prestationsforandringar") && has(u"prognosefter")) {
        m_table = Table::Operating;
        m_lastParentLine = nullptr;
    } else if (head.startsWith(u"budget") && head.contains(u"mnkr") && has(u"kostnader") && !m_planBudgetRead) {
        m_table = Table::PlanBudget;
        m_lastParentLine = nullptr;
    } else if (head.startsWith(u"resultatenhetensnamn")) {
        m_table = Table::ResultUnits;
    } else if (head.startsWith(u"mnkr") && has(u"budget") && has(u"prognos") && !has(u"prestations") && cells.size() - first <= 6) {
        m_table = Table::Investments;
    } else if (head.startsWith(u"nyckeltal") || head.startsWith(u"budget") || head.startsWith(u"mnkr") ||
               has(u"kostnader") || has(u"budget")) {
        m_table = Table::Skipped;
        note(m_r.skipped, n, ReportParser::tr("a table Målkoll does not hold: %1").arg(clean(cells.at(first))));
    } else {
        return false;
    }
    if (before == Table::Activities && m_table != Table::Activities) endTable();
    m_tableLine = n;
    if (m_table == Table::Indicators || m_table == Table::Activities) m_goalHasTable = true;
    m_inExpected = false;
    return true;
}

void Parser::endTable()
{
    if (!m_activityPrefix.isEmpty()) {
        m_r.rejected.push_back({m_activityPrefixLine, ReportParser::tr("an activity without Startdatum and Slutdatum"),
                                shorten(m_activityPrefix)});
        m_activityPrefix.clear();
    }
    if (m_table == Table::PlanBudget) m_planBudgetRead = true;
    m_table = Table::None;
}

std::optional<double> Parser::number(int n, const QString &cell, const QString &column, QString *unit, int *decimals)
{
    const QString t = clean(cell);
    if (t.isEmpty()) return std::nullopt;
    auto parsed = SwedishNumber::parse(t);
    if (!parsed) {
        reject(n, ReportParser::tr("column “%1”: %2").arg(column, parsed.error()));
        return std::nullopt;
    }
    if (unit && unit->isEmpty() && !parsed->unit.isEmpty()) *unit = parsed->unit;
    if (decimals) *decimals = std::max(*decimals, std::min(parsed->decimals, 2));
    return parsed->value;
}

void Parser::indicatorRow(int n, const QStringList &cells)
{
    // Where the name is: the first cell with text (a leading empty or symbol-only cell happens).
    int nameAt = 0;
    while (nameAt < cells.size() && isBlank(cells.at(nameAt))) ++nameAt;
    if (nameAt >= cells.size()) return;
    const QString first = cells.at(nameAt);
    QStringList values = cells.mid(nameAt + 1);
    const bool onlyText = std::all_of(values.begin(), values.end(), isBlank);
    ParsedIndicator *last = m_r.indicators.empty() || m_r.indicators.back().goalNumber != (currentGoal() ? currentGoal()->number : QString())
                                ? nullptr
                                : &m_r.indicators.back();
    static const QRegularExpression analys(QStringLiteral("^\\s*(?:Analys|Kommentar)\\b\\s*(.*)$"));
    if (auto m = analys.match(first); m.hasMatch() && onlyText) {
        m_analysisPending = nullptr;
        if (!analysisBelongs(n, last, m_lastIndicatorRead, m_lastIndicatorLine, true)) return;
        const QString text = m.captured(1).simplified();
        if (tooLong(n, text, limits::kText, QStringLiteral("Analys"))) return;
        last->hasAnalysisRow = true;
        if (text.isEmpty()) m_analysisPending = last;
        else last->analysis = text;
        return;
    }
    if (onlyText) {
        const QString text = clean(first);
        if (m_analysisPending) { // the text of an "Analys" row, pushed onto a line of its own
            ParsedIndicator *target = m_analysisPending;
            m_analysisPending = nullptr;
            if (tooLong(n, text, limits::kText, QStringLiteral("Analys"))) return;
            target->analysis = text;
            return;
        }
        if (last && m_lastIndicatorRead && !text.isEmpty() && text.at(0).isLower()) { // a wrapped name
            if (tooLong(n, last->name + u' ' + text, limits::kName, QStringLiteral("Indikator"))) {
                m_r.indicators.pop_back(); // a name that runs on without end is not read
                m_lastIndicatorRead = false;
                return;
            }
            last->name += u' ' + text;
            return;
        }
        reject(n, ReportParser::tr("a line of text in an indicator table that is neither an indicator nor its analysis"));
        return;
    }
    m_analysisPending = nullptr;
    m_lastIndicatorRead = false; // until the row below is read whole
    m_lastIndicatorLine = n;
    ParsedIndicator ind;
    ind.line = n;
    ind.goalNumber = currentGoal() ? currentGoal()->number : QString();
    ind.genderFlag = first.contains(QChar(0x2640));
    ind.name = clean(first);
    if (!currentGoal()) {
        reject(n, ReportParser::tr("an indicator before any goal heading"));
        return;
    }
    if (tooLong(n, ind.name, limits::kName, QStringLiteral("Indikator"))) return;
    const int want = int(m_columns.size());
    while (values.size() > want && isBlank(values.last())) values.removeLast();
    static const QRegularExpression periodOnly(QStringLiteral("^((?:Tertial\\s*\\d\\s+)?\\d{4}|Tertial|År)$"));
    if (values.size() == want - 1 && !m_columns.empty() && m_columns.back() == Column::Period &&
        periodOnly.match(clean(values.last())).hasMatch() && isBlank(values.first())) {
        values.prepend(QString()); // a lost empty cell at the front: the row is aligned on its Period
    } else if (values.size() == want - 1 && !m_columns.empty() && m_columns.back() == Column::Period) {
        // A merged last cell: "Tas fram av nämnd Tertial 1 2024" holds KF:s årsmål and Period.
        static const QRegularExpression merged(QStringLiteral("^(.*?)\\s*((?:Tertial\\s*\\d\\s+)?\\d{4}|Tertial|År)$"));
        const auto m = merged.match(clean(values.last()));
        if (m.hasMatch() && !m.captured(1).isEmpty()) {
            values.last() = m.captured(1);
            values << m.captured(2);
        }
    }
    if (values.size() != want) {
        reject(n, ReportParser::tr("%1 cells after the indicator name, the table has %2 columns").arg(values.size()).arg(want));
        return;
    }
    QString period;
    for (int i = 0; i < want; ++i) {
        const QString &cell = values.at(i);
        const Column c = m_columns.at(size_t(i));
        switch (c) {
        case Column::Outcome: ind.outcome = number(n, cell, columnName(c), &ind.unit, &ind.decimals); break;
        case Column::Men: ind.men = number(n, cell, columnName(c), &ind.unit, &ind.decimals); break;
        case Column::Women: ind.women = number(n, cell, columnName(c), &ind.unit, &ind.decimals); break;
        case Column::PreviousVb: ind.previousVb = number(n, cell, columnName(c), &ind.unit, &ind.decimals); break;
        case Column::Prognosis: ind.prognosis = number(n, cell, columnName(c), &ind.unit, &ind.decimals); break;
        case Column::Target:
        case Column::KfTarget: {
            const QString t = clean(cell);
            auto target = TargetText::parse(t);
            if (!target) {
                reject(n, ReportParser::tr("column “%1”: %2").arg(columnName(c), target.error()));
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
    if (!period.isEmpty()) {
        const QString f = fold(period);
        static const QRegularExpression yearOnly(QStringLiteral("^\\d{4}$"));
        if (f.startsWith(u"tertial")) ind.periodicity = Periodicity::Tertial;
        else if (f == u"ar" || yearOnly.match(period).hasMatch()) ind.periodicity = Periodicity::Year;
        else reject(n, ReportParser::tr("column “Period”: “%1” is neither Tertial nor År").arg(period));
    }
    m_r.indicators.push_back(ind);
    m_lastIndicatorRead = true;
}

void Parser::activityRow(int n, const QStringList &cells)
{
    QStringList text;
    std::vector<QDate> dates;
    int badDate = 0;
    for (const QString &cell : cells) {
        QDate d;
        if (isDate(cell, &d)) {
            if (!d.isValid()) ++badDate;
            dates.push_back(d);
        } else if (!isBlank(cell) || cell.contains(QChar(0x2713))) {
            text << cell;
        }
    }
    const bool tick = std::any_of(cells.begin(), cells.end(), [](const QString &c) { return c.contains(QChar(0x2713)); });
    static const QRegularExpression analys(QStringLiteral("^\\s*Analys\\b\\s*(.*)$"));
    ParsedActivity *last = nullptr;
    if (!m_r.activities.empty() && currentGoal() && m_r.activities.back().goalNumber == currentGoal()->number)
        last = &m_r.activities.back();
    if (dates.empty()) {
        const QString joined = clean(text.join(u' '));
        if (auto m = analys.match(joined); m.hasMatch()) {
            m_activityAnalysisPending = nullptr;
            if (!analysisBelongs(n, last, m_lastActivityRead, m_lastActivityLine, false)) return;
            if (tooLong(n, m.captured(1).simplified(), limits::kText, QStringLiteral("Analys"))) return;
            last->analysis = m.captured(1).simplified();
            last->deviation = true;
            m_activityAnalysisPending = last->analysis.isEmpty() ? last : nullptr; // its text on the next line
            return;
        }
        if (m_activityAnalysisPending && !joined.isEmpty()) {
            ParsedActivity *target = m_activityAnalysisPending;
            m_activityAnalysisPending = nullptr;
            if (tooLong(n, joined, limits::kText, QStringLiteral("Analys"))) return;
            target->analysis = joined;
            return;
        }
        if (!joined.isEmpty() && joined.at(0).isLower() && last && m_lastActivityRead && m_activityPrefix.isEmpty()) {
            last->title += u' ' + joined;
            return;
        }
        if (!m_activityPrefix.isEmpty()) m_activityPrefix += u' ';
        else m_activityPrefixLine = n;
        m_activityPrefix += joined;
        return;
    }
    m_activityAnalysisPending = nullptr;
    m_lastActivityRead = false; // until the row is read whole
    m_lastActivityLine = n;
    if (dates.size() != 2 || badDate) {
        reject(n, dateProblem(cells));
        m_activityPrefix.clear();
        return;
    }
    if (!currentGoal()) {
        reject(n, ReportParser::tr("an activity before any goal heading"));
        return;
    }
    // Title: the text before the dates; anything after them is the Avvikelse column.
    QStringList before, after;
    bool seenDate = false;
    for (const QString &cell : cells) {
        if (isDate(cell)) seenDate = true;
        else if (!isBlank(cell)) (seenDate ? after : before) << clean(cell);
    }
    ParsedActivity a;
    a.line = m_activityPrefix.isEmpty() ? n : m_activityPrefixLine;
    a.goalNumber = currentGoal()->number;
    a.title = clean((m_activityPrefix.isEmpty() ? QString() : m_activityPrefix + u' ') + before.join(u' '));
    m_activityPrefix.clear();
    a.start = dates[0];
    a.end = dates[1];
    a.completed = tick;
    a.deviation = !after.isEmpty();
    if (a.title.isEmpty()) {
        reject(n, ReportParser::tr("an activity without a title"));
        return;
    }
    if (a.end < a.start) {
        reject(n, ReportParser::tr("Slutdatum %1 is before Startdatum %2").arg(a.end.toString(Qt::ISODate), a.start.toString(Qt::ISODate)));
        return;
    }
    if (tooLong(n, a.title, limits::kTitle, QStringLiteral("Aktivitet"))) return;
    m_r.activities.push_back(a);
    m_lastActivityRead = true;
}

void Parser::economyRow(int n, const QStringList &cells)
{
    const QString name = repairAreaName(clean(cells.value(0)));
    if (tooLong(n, name, limits::kName, QStringLiteral("Verksamhetsområde"))) return;
    const QString f = fold(name);
    QStringList v = cells.mid(1);
    auto amount = [&](int i, const QString &column, bool *ok) -> double {
        const QString t = clean(v.value(i));
        if (t.isEmpty()) return 0;
        auto p = SwedishNumber::parse(t);
        if (!p || !p->unit.isEmpty()) {
            reject(n, ReportParser::tr("column “%1”: “%2” is not an amount").arg(column, t));
            *ok = false;
            return 0;
        }
        return p->value;
    };
    bool ok = true;
    if (f.startsWith(u"total") || f.startsWith(u"summa")) { // the table's total: computed, not stored
        endTable();
        m_afterTotal = true; // its varav lines below it are the total's too
        return;
    }
    switch (m_table) {
    case Table::Operating: {
        ParsedBudgetLine l;
        l.line = n;
        l.name = name;
        l.varav = f.startsWith(u"varav");
        l.budget = amount(0, QStringLiteral("Budget"), &ok);
        l.adjustments = amount(1, QStringLiteral("Begärda budgetjusteringar"), &ok);
        l.performance = amount(2, QStringLiteral("Prestationsförändringar"), &ok);
        l.forecastBefore = amount(3, QStringLiteral("Prognos (före resultatöverföringar)"), &ok);
        l.forecastAfter = amount(4, QStringLiteral("Prognos (efter resultatöverföringar)"), &ok);
        const double stated = amount(5, QStringLiteral("Avvikelse"), &ok);
        if (!ok) return;
        const double computed = l.budget + l.adjustments + l.performance - l.forecastAfter;
        if (!clean(v.value(5)).isEmpty() && std::abs(computed - stated) > 0.051)
            note(m_r.warnings, n,
                 ReportParser::tr("Avvikelse %1 in the report, %2 from the line's figures")
                     .arg(SwedishNumber::format(stated, 1), SwedishNumber::format(computed, 1)));
        if (l.varav && m_r.budget.empty()) {
            reject(n, ReportParser::tr("a “varav” line with no line above it"));
            return;
        }
        m_r.budget.push_back(l);
        return;
    }
    case Table::PlanBudget: {
        ParsedBudgetLine l;
        l.line = n;
        l.name = name;
        l.varav = f.startsWith(u"varav");
        const double costs = amount(0, QStringLiteral("Kostnader"), &ok);
        const double income = amount(1, QStringLiteral("Intäkter"), &ok);
        l.budget = amount(2, QStringLiteral("Netto"), &ok);
        if (!ok) return;
        if (std::abs(costs + income - l.budget) > 0.051)
            note(m_r.warnings, n,
                 ReportParser::tr("Netto %1 in the plan, %2 from Kostnader and Intäkter")
                     .arg(SwedishNumber::format(l.budget, 1), SwedishNumber::format(costs + income, 1)));
        m_r.budget.push_back(l);
        return;
    }
    case Table::ResultUnits: {
        ParsedResultUnit u;
        u.line = n;
        u.name = name;
        u.grossBudget = std::abs(amount(0, QStringLiteral("Bruttobudget"), &ok));
        u.carriedIn = amount(1, QStringLiteral("Resultatöverföring"), &ok);
        u.result = amount(2, QStringLiteral("Resultat"), &ok);
        if (ok) m_r.resultUnits.push_back(u);
        return;
    }
    case Table::Investments: {
        if (std::all_of(v.begin(), v.end(), isBlank)) {
            // A group row ("Parkinvesteringar (centrala medel)") above its projects: this table breaks
            // an investment area down by project, which Målkoll does not hold. Take back its rows.
            while (!m_r.investments.empty() && m_r.investments.back().line > m_tableLine) m_r.investments.pop_back();
            note(m_r.skipped, m_tableLine, ReportParser::tr("a table Målkoll does not hold: investments by project"));
            m_table = Table::Skipped;
            return;
        }
        ParsedInvestment i;
        i.line = n;
        i.name = name;
        i.budget = amount(0, QStringLiteral("Budget"), &ok);
        i.adjustments = amount(1, QStringLiteral("Begärda budgetjusteringar"), &ok);
        i.forecast = amount(2, QStringLiteral("Prognos"), &ok);
        if (!ok) return;
        // The same line in a second table (an area shown alone, then in the total table).
        for (const ParsedInvestment &e : m_r.investments)
            if (fold(e.name) == f && e.budget == i.budget && e.adjustments == i.adjustments &&
                e.forecast == i.forecast)
                return;
        m_r.investments.push_back(i);
        return;
    }
    default: return;
    }
}

ParsedReport Parser::run()
{
    m_r.lines = int(m_lines.size());
    static const QRegularExpression proposal(QStringLiteral("^[-•\\s]*(\\d{1,2})\\.\\s*(\\S.*)$"));
    for (int i = 0; i < m_lines.size(); ++i) {
        const int n = i + 1;
        QString line = m_lines.at(i);
        if (line.endsWith(u'\r')) line.chop(1);
        m_currentLine = n;
        const bool afterTotal = m_afterTotal;
        m_afterTotal = false;
        // Control characters (a NUL from a damaged extraction) are taken out, and said where.
        std::vector<ControlCharacter> controls;
        line = TextCheck::removeControlCharacters(line, &controls);
        m_lines[i] = line;
        for (const ControlCharacter &c : controls)
            note(m_r.warnings, n,
                 ReportParser::tr("column %1: the control character U+%2 was removed")
                     .arg(c.column)
                     .arg(int(c.code), 4, 16, QLatin1Char('0')));
        const QString trimmed = line.trimmed();
        if (m_r.year == 0) readTitle(line);
        if (trimmed == u"Förslag till beslut") {
            m_inProposals = true;
            continue;
        }
        if (m_inProposals) {
            if (trimmed.isEmpty()) continue;
            if (auto m = proposal.match(trimmed); m.hasMatch() && !line.contains(u'\t')) {
                if (!tooLong(n, m.captured(2).simplified(), limits::kText, ReportParser::tr("proposal")))
                    m_r.proposals << m.captured(2).simplified();
                continue;
            }
            m_inProposals = false;
        }
        if (!line.contains(u'\t') || m_table == Table::None || clean(line).isEmpty()) {
            if (readHeading(n, line)) continue;
        }
        const QStringList cells = line.split(u'\t');
        if (cells.size() >= 3 && startTable(n, cells)) continue;
        if (line.contains(u'\t') && clean(line).isEmpty() && (m_table == Table::Indicators || m_table == Table::Activities))
            continue; // a row of empty cells: the table goes on below it
        if (trimmed.isEmpty() || clean(line).isEmpty()) {
            // Tables run on across blank lines only where the extraction broke a page; tables of
            // goals end at a blank line but keep an Analys whose text follows after the next header.
            if (m_table == Table::Activities && !m_activityPrefix.isEmpty()) endTable();
            if (m_table == Table::Indicators || m_table == Table::Activities) m_table = Table::None;
            continue;
        }
        if (!line.contains(u'\t')) {
            if (m_table == Table::Operating || m_table == Table::PlanBudget || m_table == Table::ResultUnits ||
                m_table == Table::Investments || m_table == Table::Skipped)
                endTable();
            if (m_table == Table::Activities) {
                activityRow(n, cells);
                continue;
            }
            // Prose. Förväntat resultat lists the goal's expected results, a line each.
            if (trimmed == u"Förväntat resultat") {
                m_inExpected = true;
                continue;
            }
            if (trimmed == u"Analys" || trimmed == u"Beskrivning" || trimmed.startsWith(u"Agenda 2030")) m_inExpected = false;
            if (ParsedGoal *g = currentGoal(); g) {
                if (!g->assessment && !m_goalHasTable) {
                    if (auto a = assessmentFromText(clean(line)); a && *a != Assessment::NotSet) {
                        g->assessment = a;
                        continue;
                    }
                }
                if (m_inExpected && !m_goalHasTable && !tooLong(n, clean(line), limits::kText, ReportParser::tr("expected result")))
                    g->expectedResults << clean(line);
            }
            continue;
        }
        switch (m_table) {
        case Table::Indicators: indicatorRow(n, cells); break;
        case Table::Activities: activityRow(n, cells); break;
        case Table::Operating:
        case Table::PlanBudget:
        case Table::ResultUnits:
        case Table::Investments: economyRow(n, cells); break;
        case Table::Skipped: break;
        case Table::None:
            if (m_analysisPending && std::all_of(cells.begin() + 1, cells.end(), isBlank)) {
                indicatorRow(n, cells);
                break;
            }
            // A tab-separated line outside any table Målkoll reads: layout of prose, unless it
            // looks like a row of figures (a name and numbers), which is listed, never dropped.
            if (afterTotal && fold(clean(cells.value(0))).startsWith(u"varav")) {
                m_afterTotal = true; // part of the total above, as the next varav line may be
                break;
            }
            if (looksLikeHeader(cells)) { // the header of a table Målkoll does not know: its rows are listed as one
                int first = 0;
                while (isBlank(cells.at(first))) ++first;
                note(m_r.skipped, n, ReportParser::tr("a table Målkoll does not hold: %1").arg(clean(cells.at(first))));
                m_table = Table::Skipped;
                break;
            }
            if (looksLikeDataRow(cells))
                reject(n, ReportParser::tr("a table row with no table header above it that Målkoll reads"));
            break;
        }
    }
    endTable();
    if (m_pendingLevel)
        reject(m_pendingLine, ReportParser::tr("a goal heading without a goal after it"));
    return std::move(m_r);
}

} // namespace

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

ParsedReport ReportParser::parse(const QString &text) { return Parser(text).run(); }

ParsedReport ReportParser::parse(const QByteArray &bytes) { return parse(decodeText(bytes)); }

Result<ParsedReport> ReportParser::read(const QByteArray &bytes, const QString &fileName)
{
    auto text = TextCheck::readText(bytes, fileName, kMaxBytes);
    if (!text) return Error{text.error()};
    return parse(text.value());
}

} // namespace malkoll
