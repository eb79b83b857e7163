// The goal reader: headings and the text under each goal.
#include "goalreader.h"

#include "text/fold.h"

#include <QRegularExpression>

namespace malkoll::reportreading {

// The number an older layout's unnumbered goal gets from its place: the next child of the
// nearest goal one level up ("1.1" after "1"), or the next inriktningsmål.
QString GoalReader::numberByPosition(GoalLevel level)
{
    QString parent;
    if (level != GoalLevel::Direction) {
        for (auto g = m_c.r.goals.rbegin(); g != m_c.r.goals.rend(); ++g)
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

bool GoalReader::heading(int n, const QString &line, bool *newGoal)
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
    ParsedGoal g;
    g.line = n;
    g.level = level;
    if (const auto m = numbered.match(rest); m.hasMatch()) {
        g.number = m.captured(1);
        g.title = m.captured(2).simplified();
        const int depth = int(g.number.count(u'.')) + 1;
        if (depth != int(level)) {
            m_c.reject(n, ReportParser::tr("goal number %1 does not fit the level “%2”").arg(g.number, goalLevelName(level)),
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
        m_c.reject(n, ReportParser::tr("a goal heading without a title"), LineKind::Goal);
        return true;
    }
    if (m_c.tooLong(n, g.title, limits::kTitle, ReportParser::tr("goal title"))) {
        m_c.r.rejected.back().kind = LineKind::Goal;
        return true;
    }
    const QString parent = g.number.section(u'.', 0, -2);
    m_children[parent] = std::max(m_children.value(parent), g.number.section(u'.', -1).toInt());
    m_text.stop();
    m_c.r.goals.push_back(g);
    m_inExpected = false;
    m_hasTable = false;
    m_inGoal = true;
    m_described = false;
    *newGoal = true;
    return true;
}

void GoalReader::table()
{
    m_text.stop();
    m_hasTable = true;
    m_inExpected = false;
}

void GoalReader::leave()
{
    m_text.stop();
    m_inGoal = false;
    m_inExpected = false;
}

void GoalReader::finish()
{
    m_text.stop();
    if (m_pendingLevel) m_c.reject(m_pendingLine, ReportParser::tr("a goal heading without a goal after it"), LineKind::Goal);
}

bool GoalReader::prose(int n, const QString &line)
{
    ParsedGoal *g = m_c.currentGoal();
    if (!g || !m_inGoal) return false;
    const QString text = clean(line);
    if (text.isEmpty()) return true;
    // Förväntat resultat lists the goal's expected results, a line each; Analys begins its analysis.
    if (text == u"Förväntat resultat") {
        m_text.stop();
        m_inExpected = true;
        return true;
    }
    if (text == u"Analys" || text == u"Analys:" || text == u"Kommentar") {
        m_inExpected = false;
        if (g->analysisLine == 0) g->analysisLine = n;
        m_text.start(&g->analysis);
        return true;
    }
    if (text == u"Beskrivning" || text.startsWith(u"Agenda 2030")) {
        m_text.stop();
        m_described = true;
        m_inExpected = false;
        // The goal's description: its Beskrivning, and Agenda 2030 as a sub-heading of it.
        if (text != u"Beskrivning") g->description.push_back({text, true});
        m_text.start(&g->description);
        return true;
    }
    if (!g->assessment && !m_hasTable && !m_text.active()) {
        if (auto a = assessmentFromText(text); a && *a != Assessment::NotSet) {
            g->assessment = a;
            return true;
        }
    }
    if (m_inExpected && !m_hasTable) {
        if (!m_c.tooLong(n, text, limits::kText, ReportParser::tr("expected result"))) g->expectedResults << text;
        return true;
    }
    if (m_text.active()) {
        m_text.line(text);
        return true;
    }
    // A report's goal whose analysis follows its assessment without the word Analys (older layouts).
    if (!m_hasTable && !m_described && m_c.r.periodFound && m_c.r.period != Period::VP) {
        if (g->analysisLine == 0) g->analysisLine = n;
        m_text.start(&g->analysis);
        m_text.line(text);
    }
    return true; // the goal's other prose (its description in the plan): not held for a report
}

} // namespace malkoll::reportreading
