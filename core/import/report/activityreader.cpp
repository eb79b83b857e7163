// The activity table's reader.
#include "activityreader.h"

#include "text/fold.h"

#include <QRegularExpression>
#include <algorithm>

namespace malkoll::reportreading {

namespace {

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

} // namespace

bool ActivityReader::starts(int, const QStringList &cells, int first)
{
    if (!fold(clean(cells.at(first))).startsWith(u"aktivitet") || cells.size() - first < 3) return false;
    return std::any_of(cells.begin() + first + 1, cells.end(), [](const QString &c) { return fold(clean(c)).contains(u"start"); });
}

bool ActivityReader::analysisBelongs(int n, const ParsedActivity *row)
{
    return m_c.analysisBelongs(n, row, m_lastRead,
                               ReportParser::tr("an Analys row below the activity row on line %1, which was not read").arg(m_lastLine),
                               ReportParser::tr("an Analys row before any activity"));
}

void ActivityReader::end()
{
    if (m_prefix.isEmpty()) return;
    m_c.r.rejected.push_back({m_prefixLine, ReportParser::tr("an activity without Startdatum and Slutdatum"), shorten(m_prefix)});
    m_c.r.rejected.back().kind = LineKind::Activity;
    m_prefix.clear();
}

void ActivityReader::row(int n, const QStringList &cells)
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
    static const QRegularExpression analys(QStringLiteral("^\\s*Analys\\b:?\\s*(.*)$"));
    ParsedActivity *last = nullptr;
    if (!m_c.r.activities.empty() && m_c.currentGoal() && m_c.r.activities.back().goalNumber == m_c.currentGoal()->number)
        last = &m_c.r.activities.back();
    if (dates.empty()) {
        const QString joined = clean(text.join(u' '));
        if (auto m = analys.match(joined); m.hasMatch()) {
            m_analysisPending = nullptr;
            if (!analysisBelongs(n, last)) return;
            if (m_c.tooLong(n, m.captured(1).simplified(), limits::kText, QStringLiteral("Analys"))) return;
            last->analysis = m.captured(1).simplified();
            last->deviation = true;
            m_analysisPending = last->analysis.isEmpty() ? last : nullptr; // its text on the next line
            return;
        }
        if (m_analysisPending && !joined.isEmpty()) {
            ParsedActivity *target = m_analysisPending;
            m_analysisPending = nullptr;
            if (m_c.tooLong(n, joined, limits::kText, QStringLiteral("Analys"))) return;
            target->analysis = joined;
            return;
        }
        if (!joined.isEmpty() && joined.at(0).isLower() && last && m_lastRead && m_prefix.isEmpty()) {
            last->title += u' ' + joined;
            return;
        }
        if (!m_prefix.isEmpty()) m_prefix += u' ';
        else m_prefixLine = n;
        m_prefix += joined;
        return;
    }
    m_analysisPending = nullptr;
    m_lastRead = false; // until the row is read whole
    m_lastLine = n;
    if (dates.size() != 2 || badDate) {
        m_c.reject(n, dateProblem(cells));
        m_prefix.clear();
        return;
    }
    if (!m_c.currentGoal()) {
        m_c.reject(n, ReportParser::tr("an activity before any goal heading"));
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
    a.line = m_prefix.isEmpty() ? n : m_prefixLine;
    a.goalNumber = m_c.currentGoal()->number;
    a.title = clean((m_prefix.isEmpty() ? QString() : m_prefix + u' ') + before.join(u' '));
    m_prefix.clear();
    a.start = dates[0];
    a.end = dates[1];
    a.completed = tick;
    a.deviation = !after.isEmpty();
    if (a.title.isEmpty()) {
        m_c.reject(n, ReportParser::tr("an activity without a title"));
        return;
    }
    if (a.end < a.start) {
        m_c.reject(n, ReportParser::tr("Slutdatum %1 is before Startdatum %2").arg(a.end.toString(Qt::ISODate), a.start.toString(Qt::ISODate)));
        return;
    }
    if (m_c.tooLong(n, a.title, limits::kTitle, QStringLiteral("Aktivitet"))) return;
    m_c.r.activities.push_back(a);
    m_lastRead = true;
}

} // namespace malkoll::reportreading
