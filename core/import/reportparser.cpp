// Over 400 lines: one parser of one text form, its table kinds (indicators, activities, the
// economy tables) sharing its line loop and state; the parts are small functions of the one class.
#include "reportparser.h"

#include "text/swedishnumber.h"
#include "text/targettext.h"
#include "text/labels.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
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

// A column of an operating-budget or investment table by its meaning.
enum class Money { Budget, Adjustments, Performance, ForecastBefore, ForecastAfter, Forecast, Deviation, Unknown };

Money moneyColumn(const QString &header)
{
    const QString f = fold(header);
    if (f.contains(u"begard") || f.contains(u"budgetjuster")) return Money::Adjustments;
    if (f.startsWith(u"prestation")) return Money::Performance;
    if (f.startsWith(u"prognos")) {
        if (f.contains(u"efter")) return Money::ForecastAfter;
        if (f.contains(u"fore")) return Money::ForecastBefore;
        return Money::Forecast;
    }
    if (f.contains(u"budget")) return Money::Budget;
    if (f.startsWith(u"avvikelse") || f.startsWith(u"differens")) return Money::Deviation;
    return Money::Unknown;
}

// A cell of column `m` into a line's figures; a plain "Prognos" is the prognosis before and after.
void setMoney(ParsedBudgetLine &l, Money m, double a)
{
    switch (m) {
    case Money::Budget: l.budget = a; break;
    case Money::Adjustments: l.adjustments = a; break;
    case Money::Performance: l.performance = a; break;
    case Money::ForecastBefore: l.forecastBefore = a; break;
    case Money::ForecastAfter: l.forecastAfter = a; break;
    case Money::Forecast: l.forecastBefore = l.forecastAfter = a; break;
    case Money::Deviation:
    case Money::Unknown: break;
    }
}

class Parser
{
public:
    explicit Parser(const QString &text) : m_lines(text.split(u'\n')) {}
    ParsedReport run();

private:
    enum class Table { None, Indicators, Activities, Operating, AreaDetail, PlanBudget, ResultUnits, Investments, Skipped };

    void readTitle(int n, const QString &line);
    bool readTitleName(int n, const QString &line);
    void setName(int n, QString name);
    void noteEvidence(int n, const QString &line);
    void guessIdentity();
    QString numberByPosition(GoalLevel level);
    Table economyTable(int n, const QStringList &cells, int first);
    void mapMoneyColumns(int n, const QStringList &cells, int first);
    void checkTotal(int n, const QStringList &cells);
    void finishArea(int n, const ParsedBudgetLine *total);
    // A table with only one prognosis column (before or after resultatöverföringar): it is both.
    void completeForecasts(ParsedBudgetLine &l) const
    {
        auto has = [&](Money m) { return std::find(m_money.begin(), m_money.end(), m) != m_money.end(); };
        const bool before = has(Money::ForecastBefore) || has(Money::Forecast);
        const bool after = has(Money::ForecastAfter) || has(Money::Forecast);
        if (before && !after) l.forecastAfter = l.forecastBefore;
        if (after && !before) l.forecastBefore = l.forecastAfter;
    }
    bool alignRow(int n, QStringList &values);
    bool readHeading(int n, const QString &line);
    bool startTable(int n, const QStringList &cells);
    void indicatorRow(int n, const QStringList &cells);
    void activityRow(int n, const QStringList &cells);
    void economyRow(int n, const QStringList &cells);
    void endTable();
    // A line of the text (1-based) into one of the report's lists, with its text shortened.
    void note(std::vector<ReportLine> &list, int n, const QString &reason) { list.push_back({n, reason, shorten(m_lines.at(n - 1))}); }
    void reject(int n, const QString &reason) { reject(n, reason, m_kind); }
    void reject(int n, const QString &reason, LineKind kind)
    {
        note(m_r.rejected, n, reason);
        m_r.rejected.back().kind = kind;
    }
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
    std::vector<Money> m_money;    // per cell after the name, in an operating-budget or investment table
    QStringList m_moneyHeaders;
    std::vector<double> m_sums; // per column, the lines of this table that its Totalt adds up
    int m_sumCount = 0;
    LineKind m_kind = LineKind::Other; // what a rejected line is, by the table it is in
    QString m_area;                // the verksamhetsområde of an AreaDetail table
    size_t m_tableStart = 0;       // where the table's lines begin in the report's list of them
    int m_titleLine = 0;           // a title's kind and year read, its committee or unit awaited below
    // Evidence for a report that does not name itself: the first of each kind, with its line.
    std::optional<ReportLine> m_tertialCell, m_yearCell, m_prognosisLine, m_dateLine, m_vbHeader, m_committeeLine;
    QHash<QString, int> m_children; // goal number → the highest child number seen under it
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

void Parser::readTitle(int n, const QString &line)
{
    const QString text = withoutMarkup(line);
    if (m_titleLine) { // the kind and year were on a line above: the name may follow
        if (text.isEmpty()) return;
        const int above = m_titleLine;
        m_titleLine = 0;
        if (n - above <= 3 && readTitleName(n, text)) m_r.titleFound = true;
        return;
    }
    // "Tertialrapport 1 2024 för …", "Tertialrapport 1 år 2020 för …", "Tertialrapport Tertial 1 2024",
    // "Tertialrapport T2 2022", "Tertialrapport 2, 2018", "Verksamhetsberättelse VB 2020", "Verksamhetsplan 2021".
    static const QRegularExpression re(
        QStringLiteral("^(Verksamhetsplan|Tertialrapport|Verksamhetsberättelse)[\\s,]+(?:(?:Tertial\\s*|T)?([123])\\b)?"
                       "[\\s,]*(?:(?:år|VB|VP)\\b)?[\\s,]*((?:19|20)\\d{2})\\b\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch()) return;
    const QString rest = m.captured(4).trimmed();
    if (!rest.isEmpty() && !rest.startsWith(QStringLiteral("för "), Qt::CaseInsensitive)) return; // prose that begins so
    const QString kind = m.captured(1).toLower();
    if (kind.startsWith(u"verksamhetsplan")) m_r.period = Period::VP;
    else if (kind.startsWith(u"verksamhetsber")) m_r.period = Period::VB;
    else m_r.period = m.captured(2) == u"2" ? Period::T2 : m.captured(2) == u"3" ? Period::VB : Period::T1;
    m_r.year = m.captured(3).toInt();
    m_r.periodFound = true;
    if (rest.isEmpty()) { // "Verksamhetsberättelse 2017" / "för Enskede-Årsta-Vantörs stadsdelsnämnd"
        m_titleLine = n; // the kind and year; the name is looked for on the lines below
        return;
    }
    if (readTitleName(n, rest)) m_r.titleFound = true;
    else m_r.year = 0, m_r.periodFound = false;
}

// The committee or unit a title names: "för Kungsholmens stadsdelsnämnd", or a name alone on the
// line below the title ("Älvsjö stadsdelsnämnd").
bool Parser::readTitleName(int n, const QString &text)
{
    QString name = text;
    const bool forWord = name.startsWith(QStringLiteral("för "), Qt::CaseInsensitive);
    if (forWord) name = name.mid(4).trimmed();
    else if (!fold(name).endsWith(u"namnd") && !fold(name).endsWith(u"namnden")) return false;
    static const QRegularExpression brokenHyphen(QStringLiteral("(\\w)- (\\p{Lu})"));
    name.replace(brokenHyphen, QStringLiteral("\\1-\\2"));
    if (name.endsWith(u'.')) name.chop(1);
    // A committee's or unit's name is a name: a sentence of the summary that begins like a title
    // ("Tertialrapport 1 2024 för Kungsholmens stadsdelsnämnd visar att …") is not the title.
    static const QRegularExpression sentence(QStringLiteral("[.:;!?]\\s|\\s(är|visar|har|att|och därmed)\\s"));
    if (name.isEmpty() || name.size() > limits::kCommitteeName || name.count(u' ') >= 10 || sentence.match(name).hasMatch()) {
        note(m_r.warnings, n,
             ReportParser::tr("a line that begins like a document title but names no committee (%1 characters after “för”)")
                 .arg(name.size()));
        return false;
    }
    setName(n, name);
    return true;
}

// A name that ends in "nämnd" is the committee's; any other (an enhet, a förskoleområde) is a
// unit's own report under its committee.
void Parser::setName(int, QString name)
{
    const QString f = fold(name);
    if (f.endsWith(u"namnd") || f.endsWith(u"namnden") || f.endsWith(u"forvaltning") || f.endsWith(u"forvaltningen"))
        m_r.committee = name;
    else m_r.unit = name;
}

// Lines that say what a report without its title is: the Period column ("Tertial 1 2020",
// "2017"), "Prognos per april 2017", a date, a header "Utfall VB 2023", the committee's or the
// förvaltning's name alone on a line.
void Parser::noteEvidence(int n, const QString &line)
{
    const QString t = line.simplified();
    auto keep = [&](std::optional<ReportLine> &slot, const QString &what) {
        if (!slot) slot = ReportLine{n, what, shorten(t), LineKind::Other};
    };
    static const QRegularExpression prognosis(QStringLiteral("^Prognos(?:en)? per (april|augusti|december)\\s+((?:19|20)\\d{2})"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (auto m = prognosis.match(t); m.hasMatch()) keep(m_prognosisLine, m.captured(1).toLower() + u' ' + m.captured(2));
    static const QRegularExpression date(QStringLiteral("^((?:19|20)\\d{2})-(\\d{2})-(\\d{2})$"));
    if (auto m = date.match(t); m.hasMatch() && QDate::fromString(t, Qt::ISODate).isValid()) keep(m_dateLine, t);
    static const QRegularExpression committee(
        QStringLiteral("^\\p{Lu}[\\p{L}-]*(?: [\\p{L}-]+){0,3} (stadsdelsnämnd|stadsdelsförvaltning)$"));
    if (t.size() <= 80 && !line.contains(u'\t'))
        if (auto m = committee.match(t); m.hasMatch()) keep(m_committeeLine, t);
}

void Parser::guessIdentity()
{
    auto guess = [&](const ReportLine &from, const QString &what) {
        m_r.guesses.push_back({from.line, what, from.text, LineKind::Other});
    };
    if (m_r.committee.isEmpty() && m_committeeLine) {
        QString name = m_committeeLine->text;
        name.replace(QStringLiteral("stadsdelsförvaltning"), QStringLiteral("stadsdelsnämnd"));
        m_r.committee = name;
        m_r.committeeGuessed = true;
        guess(*m_committeeLine, ReportParser::tr("committee “%1” from “%2”").arg(name, m_committeeLine->text));
    }
    if (m_r.year > 0 && m_r.periodFound) return;
    static const QRegularExpression tertial(QStringLiteral("Tertial\\s*([123])\\s+((?:19|20)\\d{2})"));
    if (m_tertialCell) {
        const auto m = tertial.match(m_tertialCell->reason);
        const Period p = m.captured(1) == u"1" ? Period::T1 : m.captured(1) == u"2" ? Period::T2 : Period::VB;
        if (m_r.year == 0) {
            m_r.year = m.captured(2).toInt();
            m_r.yearGuessed = true;
        }
        if (!m_r.periodFound) {
            m_r.period = p;
            m_r.periodFound = m_r.periodGuessed = true;
        }
        guess(*m_tertialCell, ReportParser::tr("%1 %2 from the Period column “%3”")
                                  .arg(periodCode(p))
                                  .arg(m.captured(2))
                                  .arg(m_tertialCell->reason));
    }
    if ((m_r.year == 0 || !m_r.periodFound) && m_prognosisLine) {
        const QString month = m_prognosisLine->reason.section(u' ', 0, 0);
        const Period p = month == u"april" ? Period::T1 : month == u"augusti" ? Period::T2 : Period::VB;
        if (m_r.year == 0) {
            m_r.year = m_prognosisLine->reason.section(u' ', 1, 1).toInt();
            m_r.yearGuessed = true;
        }
        if (!m_r.periodFound) {
            m_r.period = p;
            m_r.periodFound = m_r.periodGuessed = true;
        }
        guess(*m_prognosisLine, ReportParser::tr("%1 from “%2”").arg(periodCode(p), m_prognosisLine->text));
    }
    if (m_r.year == 0 && m_yearCell) {
        m_r.year = m_yearCell->reason.toInt();
        m_r.yearGuessed = true;
        guess(*m_yearCell, ReportParser::tr("year %1 from the Period column").arg(m_r.year));
    }
    if (m_r.year == 0 && m_vbHeader) {
        m_r.year = m_vbHeader->reason.toInt() + 1;
        m_r.yearGuessed = true;
        guess(*m_vbHeader, ReportParser::tr("year %1 from the column of last year's outcome “%2”").arg(m_r.year).arg(m_vbHeader->text));
    }
    if (m_dateLine && (m_r.year == 0 || !m_r.periodFound)) {
        // A report's date: in May or June a T1, in September or October a T2, in January to March
        // the VB of the year before.
        const QDate d = QDate::fromString(m_dateLine->text, Qt::ISODate);
        std::optional<Period> p;
        int year = d.year();
        if (d.month() >= 5 && d.month() <= 6) p = Period::T1;
        else if (d.month() >= 9 && d.month() <= 10) p = Period::T2;
        else if (d.month() <= 3) p = Period::VB, year -= 1;
        if (p && (m_r.year == 0 || m_r.year == year)) {
            if (m_r.year == 0) m_r.year = year, m_r.yearGuessed = true;
            if (!m_r.periodFound) m_r.period = *p, m_r.periodFound = m_r.periodGuessed = true;
            guess(*m_dateLine, ReportParser::tr("%1 %2 from the date %3").arg(periodCode(*p)).arg(year).arg(m_dateLine->text));
        }
    }
}

// The number an older layout's unnumbered goal gets from its place: the next child of the
// nearest goal one level up ("1.1" after "1"), or the next inriktningsmål.
QString Parser::numberByPosition(GoalLevel level)
{
    QString parent;
    if (level != GoalLevel::Direction) {
        for (auto g = m_r.goals.rbegin(); g != m_r.goals.rend(); ++g)
            if (int(g->level) == int(level) - 1) {
                parent = g->number;
                break;
            }
        if (parent.isEmpty()) { // no goal one level up in the text: its place is implied as the first
            parent = QStringLiteral("1");
            for (int d = 2; d < int(level); ++d) parent += QStringLiteral(".1");
        }
    }
    const int next = m_children.value(parent) + 1;
    return parent.isEmpty() ? QString::number(next) : parent + u'.' + QString::number(next);
}

bool Parser::readHeading(int n, const QString &line)
{
    // The labels of every year: "KF:s inriktningsmål:", "Inriktningsmål:", "KF:s mål för
    // verksamhetsområdet:", "Mål för verksamhetsområdet:", "Nämndmål:", "Nämndens mål:", "Enhetens mål:".
    static const QRegularExpression head(
        QStringLiteral("^(KF:s inriktningsmål|Kommunfullmäktiges inriktningsmål|Inriktningsmål|"
                       "KF:s mål för verksamhetsområdet|KF:s mål för verksamhetsområde|Mål för verksamhetsområdet|"
                       "KF:s verksamhetsområdesmål|Verksamhetsområdesmål|Nämndmål|Nämndens mål|Enhetsmål|Enhetens mål)"
                       "\\s*:\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression numbered(QStringLiteral("^(\\d+(?:\\.\\d+)*)\\.?\\s+(.+)$"));
    static const QRegularExpression toc(QStringLiteral("(\\.{4,}|\\t\\s*\\d+\\s*$)"));
    const QString trimmed = withoutMarkup(line);
    QString rest;
    GoalLevel level;
    if (auto m = head.match(trimmed); m.hasMatch()) {
        if (toc.match(line).hasMatch()) return true; // a table of contents entry: not the goal itself
        const QString kind = fold(m.captured(1));
        level = kind.contains(u"inriktning") ? GoalLevel::Direction
                : kind.contains(u"verksamhetsomrade") ? GoalLevel::KfArea
                : kind.startsWith(u"enhet")           ? GoalLevel::Unit
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
    m_pendingLevel.reset();
    endTable();
    ParsedGoal g;
    g.line = n;
    g.level = level;
    if (const auto m = numbered.match(rest); m.hasMatch()) {
        g.number = m.captured(1);
        g.title = m.captured(2).simplified();
        const int depth = int(g.number.count(u'.')) + 1;
        if (depth != int(level)) {
            reject(n, ReportParser::tr("goal number %1 does not fit the level “%2”").arg(g.number, goalLevelName(level)),
                   LineKind::Goal);
            return true;
        }
    } else {
        // An older layout names the goal without a number: numbered by its place, and matched
        // by its title when imported.
        g.number = numberByPosition(level);
        g.numberGuessed = true;
        g.title = rest.simplified();
    }
    if (g.title.isEmpty()) {
        reject(n, ReportParser::tr("a goal heading without a title"), LineKind::Goal);
        return true;
    }
    if (tooLong(n, g.title, limits::kTitle, ReportParser::tr("goal title"))) {
        m_r.rejected.back().kind = LineKind::Goal;
        return true;
    }
    const QString parent = g.number.section(u'.', 0, -2);
    m_children[parent] = std::max(m_children.value(parent), g.number.section(u'.', -1).toInt());
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
    auto has = [&](const char16_t *part) {
        return std::any_of(rest.begin(), rest.end(), [&](const QString &c) { return c.contains(QStringView(part)); });
    };
    const Table before = m_table;
    if (head.startsWith(u"indikator") && rest.size() >= 2) {
        m_table = Table::Indicators;
        m_columns.clear();
        int vbYear = 0;
        for (int i = first + 1; i < cells.size(); ++i) m_columns.push_back(indicatorColumn(cells.at(i), &vbYear));
        while (!m_columns.empty() && m_columns.back() == Column::Unknown && isBlank(cells.at(first + int(m_columns.size()))))
            m_columns.pop_back();
        if (vbYear) {
            m_r.previousVbYear = vbYear;
            for (size_t i = 0; i < m_columns.size(); ++i)
                if (m_columns[i] == Column::PreviousVb && !m_vbHeader)
                    m_vbHeader = ReportLine{n, QString::number(vbYear), clean(cells.at(first + 1 + int(i))), LineKind::Other};
        }
        for (size_t i = 0; i < m_columns.size(); ++i)
            if (m_columns[i] == Column::Unknown && !isBlank(cells.at(first + 1 + int(i))))
                note(m_r.skipped, n, ReportParser::tr("column “%1” of the indicator table has no place in Målkoll; not imported")
                                         .arg(clean(cells.at(first + 1 + int(i)))));
    } else if (head.startsWith(u"aktivitet") && has(u"start")) {
        m_table = Table::Activities;
    } else if (head.startsWith(u"budget") && head.contains(u"mnkr") && has(u"kostnader") && !m_planBudgetRead) {
        m_table = Table::PlanBudget;
        m_lastParentLine = nullptr;
    } else if (head.startsWith(u"resultatenhetensnamn") || (head.startsWith(u"resultatenhet") && has(u"brutto"))) {
        m_table = Table::ResultUnits;
    } else if (const Table t = economyTable(n, cells, first); t != Table::None) {
        m_table = t;
        m_lastParentLine = nullptr;
        if (t == Table::Skipped) note(m_r.skipped, n, ReportParser::tr("a table Målkoll does not hold: %1").arg(clean(cells.at(first))));
        else mapMoneyColumns(n, cells, first);
    } else if ((head.startsWith(u"nyckeltal") || head.startsWith(u"budget") || head.startsWith(u"mnkr") || has(u"kostnader") ||
                has(u"budget")) &&
               (looksLikeHeader(cells) || m_table != Table::Indicators)) { // not a row "Budgetföljsamhet | 0,2 % | …"
        m_table = Table::Skipped;
        note(m_r.skipped, n, ReportParser::tr("a table Målkoll does not hold: %1").arg(clean(cells.at(first))));
    } else {
        return false;
    }
    if (before == Table::Activities && m_table != Table::Activities) endTable();
    m_tableLine = n;
    m_tableStart = m_table == Table::Investments ? m_r.investments.size() : m_table == Table::ResultUnits ? m_r.resultUnits.size() : m_r.budget.size();
    m_sums.assign(std::max<size_t>(m_money.size(), 3), 0.0);
    m_sumCount = 0;
    if (m_table == Table::Indicators || m_table == Table::Activities) m_goalHasTable = true;
    m_inExpected = false;
    return true;
}

// What an economy table is, by its header and by the lines below it: verksamhetsområden with
// their budget and prognosis (Operating, whatever the year's columns), one area's own lines
// ending in its Summa (AreaDetail), investments, or a table Målkoll does not hold.
Parser::Table Parser::economyTable(int n, const QStringList &cells, int first)
{
    const QString head = fold(cells.at(first));
    bool budget = false, forecast = false, performance = false;
    for (int i = first + 1; i < cells.size(); ++i) {
        const Money m = moneyColumn(cells.at(i));
        budget = budget || m == Money::Budget;
        forecast = forecast || m == Money::Forecast || m == Money::ForecastBefore || m == Money::ForecastAfter;
        performance = performance || m == Money::Performance;
    }
    if (!budget || !forecast) return Table::None;
    const QString name = clean(cells.at(first)).section(u'(', 0, 0).trimmed();
    const bool economyHead = head.contains(u"mnkr") || head.startsWith(u"verksamhet") || head.startsWith(u"netto");
    if (!economyHead) return Table::None;
    // The lines below, up to the table's end.
    int areas = 0, lines = 0;
    for (int i = n; i < m_lines.size() && lines < 60; ++i) {
        const QString l = m_lines.at(i);
        if (!l.contains(u'\t')) {
            if (clean(l).isEmpty()) continue;
            break;
        }
        const QString rowName = clean(l.section(u'\t', 0, 0));
        const QString f = fold(rowName);
        if (f.startsWith(u"totalt") || f.startsWith(u"summa")) break;
        ++lines;
        if (looksLikeArea(repairAreaName(rowName))) ++areas;
    }
    if (areas >= 2) return Table::Operating;
    if (looksLikeArea(name) && fold(name) != u"verksamhetsomrade") {
        m_area = repairAreaName(name);
        return Table::AreaDetail;
    }
    if (cells.size() - first <= 6 && !performance) return Table::Investments;
    return Table::Skipped;
}

void Parser::mapMoneyColumns(int n, const QStringList &cells, int first)
{
    m_money.clear();
    m_moneyHeaders.clear();
    for (int i = first + 1; i < cells.size(); ++i) {
        const Money m = moneyColumn(cells.at(i));
        m_money.push_back(m);
        m_moneyHeaders << clean(cells.at(i));
        if (m == Money::Unknown && !isBlank(cells.at(i)))
            note(m_r.skipped, n, ReportParser::tr("column “%1” of the economy table has no place in Målkoll; not imported")
                                     .arg(clean(cells.at(i))));
    }
}

void Parser::endTable()
{
    if (!m_activityPrefix.isEmpty()) {
        m_r.rejected.push_back({m_activityPrefixLine, ReportParser::tr("an activity without Startdatum and Slutdatum"),
                                shorten(m_activityPrefix)});
        m_activityPrefix.clear();
    }
    if (m_table == Table::PlanBudget) m_planBudgetRead = true;
    if (m_table == Table::AreaDetail) finishArea(m_tableLine, nullptr);
    m_table = Table::None;
}

std::optional<double> Parser::number(int n, const QString &cell, const QString &column, QString *unit, int *decimals)
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
    if (values.size() != want && !alignRow(n, values)) {
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
                reject(n, ReportParser::tr("column “%1”: %2").arg(columnName(c), target.error()), LineKind::Value);
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
        static const QRegularExpression tertialYear(QStringLiteral("^Tertial\\s*[123]\\s+(?:19|20)\\d{2}$"));
        static const QRegularExpression bareYear(QStringLiteral("^(?:19|20)\\d{2}$"));
        if (!m_tertialCell && tertialYear.match(period).hasMatch()) m_tertialCell = ReportLine{n, period, shorten(m_lines.at(n - 1)), LineKind::Other};
        if (!m_yearCell && bareYear.match(period).hasMatch()) m_yearCell = ReportLine{n, period, shorten(m_lines.at(n - 1)), LineKind::Other};
        const QString f = fold(period);
        static const QRegularExpression yearOnly(QStringLiteral("^\\d{4}$"));
        if (f.startsWith(u"tertial")) ind.periodicity = Periodicity::Tertial;
        else if (f == u"ar" || yearOnly.match(period).hasMatch()) ind.periodicity = Periodicity::Year;
        else reject(n, ReportParser::tr("column “Period”: “%1” is neither Tertial nor År").arg(period), LineKind::Value);
    }
    m_r.indicators.push_back(ind);
    m_lastIndicatorRead = true;
}

// A row with one cell fewer (or more) than its header: the extraction lost (or split off) an
// empty cell. Every way of putting the cells back in order is tried; a way is possible when each cell
// fits its column (a Period cell only under Period, target words only under a target, "Tas fram
// av nämnd" only under KF:s årsmål, numbers under values or targets, and men or women never
// without the outcome). A cell that lands in the same column in every possible way is kept;
// one that does not is listed and not stored. No possible way: the row is refused as before.
bool Parser::alignRow(int n, QStringList &values)
{
    const int want = int(m_columns.size());
    const int have = int(values.size());
    const int k = want - have;
    if (std::abs(k) != 1 || want > 16) return false; // one lost (or split-off) empty cell; more is too uncertain
    static const QRegularExpression periodLike(QStringLiteral("^(?:Tertial\\s*\\d\\s+)?(?:19|20)\\d{2}$|^Tertial$|^År$"));
    auto fits = [&](const QString &cell, Column c) {
        const QString t = clean(cell);
        if (t.isEmpty()) return true;
        const bool period = periodLike.match(t).hasMatch();
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
        note(m_r.warnings, n, ReportParser::tr("%1 cells for %2 columns: a lost empty cell inferred, every value in its one possible column")
                                  .arg(have)
                                  .arg(want));
    else
        note(m_r.warnings, n, ReportParser::tr("%1 cells for %2 columns: the row is read on the cells that can be placed; the "
                                               "column of %3 is uncertain, so they are not stored")
                                  .arg(have)
                                  .arg(want)
                                  .arg(uncertain.join(QStringLiteral(", "))));
    values = aligned;
    return true;
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
    if (f.startsWith(u"total") || f.startsWith(u"summa")) { // the table's total: computed, not stored, but checked
        checkTotal(n, cells);
        endTable();
        m_afterTotal = true; // its varav lines below it are the total's too
        return;
    }
    switch (m_table) {
    case Table::Operating:
    case Table::AreaDetail:
    case Table::Investments: {
        // Each cell by its column's meaning; a plain "Prognos" is the prognosis before and after.
        ParsedBudgetLine l;
        l.line = n;
        l.name = name;
        double stated = 0;
        bool hasStated = false;
        // "varav …", or a line that begins in lower case under an area: part of the line above.
        l.varav = m_table == Table::AreaDetail || f.startsWith(u"varav") ||
                  (!name.isEmpty() && name.at(0).isLower() && m_r.budget.size() > m_tableStart);
        const bool adds = m_table != Table::Operating || !l.varav; // what the table's Totalt adds up
        if (adds) ++m_sumCount;
        for (size_t i = 0; i < m_money.size(); ++i) {
            const double a = m_money[i] == Money::Unknown ? 0 : amount(int(i), m_moneyHeaders.value(int(i)), &ok);
            if (adds && i < m_sums.size()) m_sums[i] += a;
            setMoney(l, m_money[i], a);
            if (m_money[i] == Money::Deviation) stated = a, hasStated = !clean(v.value(int(i))).isEmpty();
        }
        if (!ok) return;
        completeForecasts(l);
        const double budget = l.budget, adjustments = l.adjustments, after = l.forecastAfter;
        const double computed = budget + adjustments + l.performance - after;
        if (m_table == Table::Investments) {
            ParsedInvestment i;
            i.line = n;
            i.name = name;
            i.budget = budget;
            i.adjustments = adjustments;
            i.forecast = after;
            if (std::all_of(v.begin(), v.end(), isBlank)) {
                // A group row ("Parkinvesteringar (centrala medel)") above its projects: this table breaks
                // an investment area down by project, which Målkoll does not hold. Take back its rows.
                while (!m_r.investments.empty() && m_r.investments.back().line > m_tableLine) m_r.investments.pop_back();
                note(m_r.skipped, m_tableLine, ReportParser::tr("a table Målkoll does not hold: investments by project"));
                m_table = Table::Skipped;
                return;
            }
            // The same line in a second table (an area shown alone, then in the total table).
            for (const ParsedInvestment &e : m_r.investments)
                if (fold(e.name) == f && e.budget == i.budget && e.adjustments == i.adjustments && e.forecast == i.forecast)
                    return;
            m_r.investments.push_back(i);
            return;
        }
        if (hasStated && std::abs(computed - stated) > 0.051)
            note(m_r.warnings, n,
                 ReportParser::tr("Avvikelse %1 in the report, %2 from the line's figures")
                     .arg(SwedishNumber::format(stated, 1), SwedishNumber::format(computed, 1)));
        if (l.varav && m_r.budget.empty() && m_table == Table::Operating) {
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
        if (!ok) return;
        m_r.resultUnits.push_back(u);
        m_sums[1] += u.carriedIn;
        ++m_sumCount;
        return;
    }
    default: return;
    }
}

// A table's Totalt or Summa line against the sum of the lines above it (varav lines counted
// once, in their area); a difference is listed. An area's own table gets its area line here.
void Parser::checkTotal(int n, const QStringList &cells)
{
    const QStringList v = cells.mid(1);
    auto stated = [&](int i) -> std::optional<double> {
        const QString t = clean(v.value(i));
        if (t.isEmpty()) return std::nullopt;
        auto p = SwedishNumber::parse(t);
        if (!p || !p->unit.isEmpty()) return std::nullopt;
        return p->value;
    };
    auto compare = [&](const QString &column, double sum, std::optional<double> total, int count) {
        if (!total || count == 0) return;
        if (std::abs(sum - *total) > std::max(0.051, 0.05 * count))
            note(m_r.warnings, n,
                 ReportParser::tr("%1: %2 in the report's %3, %4 from the %5 lines above")
                     .arg(column, SwedishNumber::format(*total, 1), clean(cells.value(0)), SwedishNumber::format(sum, 1))
                     .arg(count));
    };
    if (m_table == Table::Operating || m_table == Table::AreaDetail || m_table == Table::Investments) {
        for (size_t i = 0; i < m_money.size(); ++i)
            if (m_money[i] != Money::Unknown && m_money[i] != Money::Deviation)
                compare(m_moneyHeaders.value(int(i)), m_sums[i], stated(int(i)), m_sumCount);
        if (m_table == Table::AreaDetail) {
            ParsedBudgetLine total;
            total.line = n;
            for (size_t i = 0; i < m_money.size(); ++i) setMoney(total, m_money[i], stated(int(i)).value_or(0));
            completeForecasts(total);
            finishArea(n, &total);
        }
    } else if (m_table == Table::ResultUnits) {
        compare(QStringLiteral("Resultatöverföring"), m_sums[1], stated(1), m_sumCount);
    }
}

// An area's own table ("Äldreomsorg (Mnkr) | Budget 2020 Netto | Prognos 2020 | Differens"): its
// lines are the area's varav lines, the area line is its Summa (or their sum). Where the area
// line was read already (from the table of all areas), its lines go under it, once.
void Parser::finishArea(int n, const ParsedBudgetLine *total)
{
    if (m_area.isEmpty()) return;
    const QString area = m_area;
    m_area.clear();
    const size_t start = std::min(m_tableStart, m_r.budget.size());
    std::vector<ParsedBudgetLine> lines(m_r.budget.begin() + qsizetype(start), m_r.budget.end());
    m_r.budget.erase(m_r.budget.begin() + qsizetype(start), m_r.budget.end());
    ParsedBudgetLine line;
    if (total) line = *total;
    else
        for (const ParsedBudgetLine &l : lines) {
            line.budget += l.budget, line.adjustments += l.adjustments, line.performance += l.performance;
            line.forecastBefore += l.forecastBefore, line.forecastAfter += l.forecastAfter;
        }
    line.line = total ? n : m_tableLine;
    line.name = area;
    line.varav = false;
    for (size_t i = 0; i < m_r.budget.size(); ++i) {
        if (m_r.budget[i].varav || fold(m_r.budget[i].name) != fold(area)) continue;
        if (i + 1 < m_r.budget.size() && m_r.budget[i + 1].varav) {
            note(m_r.skipped, m_tableLine, ReportParser::tr("the lines of “%1” are read already as its varav lines").arg(area));
            return;
        }
        m_r.budget.insert(m_r.budget.begin() + qsizetype(i) + 1, lines.begin(), lines.end());
        return;
    }
    m_r.budget.push_back(line);
    m_r.budget.insert(m_r.budget.end(), lines.begin(), lines.end());
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
        if (!m_r.titleFound) readTitle(n, line);
        if ((!m_r.titleFound || m_r.committee.isEmpty()) && !line.contains(u'\t')) noteEvidence(n, line);
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
            if (m_table == Table::Operating || m_table == Table::AreaDetail || m_table == Table::PlanBudget ||
                m_table == Table::ResultUnits || m_table == Table::Investments || m_table == Table::Skipped)
                endTable();
            if (m_table == Table::Activities) {
                m_kind = LineKind::Activity;
                ++m_r.tableLines;
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
        m_kind = m_table == Table::Indicators ? LineKind::Indicator
                 : m_table == Table::Activities ? LineKind::Activity
                 : m_table == Table::None       ? LineKind::Row
                                                : LineKind::Economy;
        if (m_table != Table::Skipped && m_table != Table::None) ++m_r.tableLines;
        switch (m_table) {
        case Table::Indicators: indicatorRow(n, cells); break;
        case Table::Activities: activityRow(n, cells); break;
        case Table::Operating:
        case Table::AreaDetail:
        case Table::PlanBudget:
        case Table::ResultUnits:
        case Table::Investments: economyRow(n, cells); break;
        case Table::Skipped: break;
        case Table::None:
            if (m_analysisPending && std::all_of(cells.begin() + 1, cells.end(), isBlank)) {
                m_kind = LineKind::Indicator;
                ++m_r.tableLines;
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
            if (looksLikeDataRow(cells)) {
                ++m_r.tableLines;
                reject(n, ReportParser::tr("a table row with no table header above it that Målkoll reads"));
            }
            break;
        }
    }
    endTable();
    if (m_pendingLevel)
        reject(m_pendingLine, ReportParser::tr("a goal heading without a goal after it"), LineKind::Goal);
    guessIdentity();
    settleOwnVb(m_r);
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
    settleOwnVb(r);
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
    f.economy.read = int(r.budget.size() + r.resultUnits.size() + r.investments.size());
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
    return tr("fidelity: %1 % of %2 table lines read; %3; %4; %5; %6; %7")
        .arg(percent)
        .arg(f.tableLines)
        .arg(kind(tr("goals"), f.goals), kind(tr("indicators"), f.indicators), kind(tr("values"), f.values),
             kind(tr("activities"), f.activities), kind(tr("economy lines"), f.economy));
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
