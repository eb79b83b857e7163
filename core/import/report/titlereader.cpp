// The title block's reader.
#include "titlereader.h"

#include "text/fold.h"

#include <QRegularExpression>

namespace malkoll::reportreading {

void TitleReader::line(int n, const QString &line)
{
    if (!m_c.r.titleFound) readTitle(n, line);
    if ((!m_c.r.titleFound || m_c.r.committee.isEmpty()) && !line.contains(u'\t')) noteEvidence(n, line);
    if (n <= 60 || !m_c.r.titleFound) readTitleBlock(n, line);
}

// "Handläggare" with the name on its line or the next, "Telefon: 08-508 08 098", the date alone.
void TitleReader::readTitleBlock(int n, const QString &line)
{
    const QString t = withoutMarkup(line);
    static const QRegularExpression handlaggare(QStringLiteral("^Handläggare\\b:?\\s*(.*)$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression phone(QStringLiteral("^Telefon\\b:?\\s*([0-9][0-9 -]{5,20}[0-9])"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression date(QStringLiteral("^((?:19|20)\\d{2})-(\\d{2})-(\\d{2})$"));
    if (m_handlaggareLine && !t.isEmpty()) {
        m_handlaggareLine = 0;
        if (m_c.r.handlaggare.isEmpty() && t.size() <= 80 && !phone.match(t).hasMatch()) m_c.r.handlaggare = t;
    } else if (const auto m = handlaggare.match(t); m.hasMatch() && m_c.r.handlaggare.isEmpty()) {
        const QString name = m.captured(1).section(QStringLiteral("Telefon"), 0, 0).simplified();
        if (name.isEmpty()) m_handlaggareLine = n;
        else if (name.size() <= 80) m_c.r.handlaggare = name;
    }
    if (const auto m = phone.match(t); m.hasMatch() && m_c.r.phone.isEmpty()) m_c.r.phone = m.captured(1).simplified();
    if (!m_c.r.date.isValid() && date.match(t).hasMatch()) m_c.r.date = QDate::fromString(t, Qt::ISODate);
}

void TitleReader::readTitle(int n, const QString &line)
{
    const QString text = withoutMarkup(line);
    if (m_titleLine) { // the kind and year were on a line above: the name may follow
        if (text.isEmpty()) return;
        const int above = m_titleLine;
        m_titleLine = 0;
        if (n - above <= 3 && readTitleName(n, text)) m_c.r.titleFound = true;
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
    if (kind.startsWith(u"verksamhetsplan")) m_c.r.period = Period::VP;
    else if (kind.startsWith(u"verksamhetsber")) m_c.r.period = Period::VB;
    else m_c.r.period = m.captured(2) == u"2" ? Period::T2 : m.captured(2) == u"3" ? Period::VB : Period::T1;
    m_c.r.year = m.captured(3).toInt();
    m_c.r.periodFound = true;
    if (rest.isEmpty()) { // "Verksamhetsberättelse 2017" / "för Enskede-Årsta-Vantörs stadsdelsnämnd"
        m_titleLine = n; // the kind and year; the name is looked for on the lines below
        return;
    }
    if (readTitleName(n, rest)) m_c.r.titleFound = true;
    else m_c.r.year = 0, m_c.r.periodFound = false;
}

// The committee or unit a title names: "för Kungsholmens stadsdelsnämnd", or a name alone on the
// line below the title ("Älvsjö stadsdelsnämnd").
bool TitleReader::readTitleName(int n, const QString &text)
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
        m_c.note(m_c.r.warnings, n,
             ReportParser::tr("a line that begins like a document title but names no committee (%1 characters after “för”)")
                 .arg(name.size()));
        return false;
    }
    setName(name);
    return true;
}

// A name that ends in "nämnd" is the committee's; any other (an enhet, a förskoleområde) is a
// unit's own report under its committee.
void TitleReader::setName(const QString &name)
{
    const QString f = fold(name);
    if (f.endsWith(u"namnd") || f.endsWith(u"namnden") || f.endsWith(u"forvaltning") || f.endsWith(u"forvaltningen"))
        m_c.r.committee = name;
    else m_c.r.unit = name;
}

// Lines that say what a report without its title is: the Period column ("Tertial 1 2020",
// "2017"), "Prognos per april 2017", a date, a header "Utfall VB 2023", the committee's or the
// förvaltning's name alone on a line.
void TitleReader::noteEvidence(int n, const QString &line)
{
    const QString t = line.simplified();
    auto keep = [&](std::optional<ReportLine> &slot, const QString &what) {
        if (!slot) slot = ReportLine{n, what, shorten(t), LineKind::Other};
    };
    static const QRegularExpression prognosis(QStringLiteral("^Prognos(?:en)? per (april|augusti|december)\\s+((?:19|20)\\d{2})"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (auto m = prognosis.match(t); m.hasMatch()) keep(m_c.evidence.prognosisLine, m.captured(1).toLower() + u' ' + m.captured(2));
    static const QRegularExpression date(QStringLiteral("^((?:19|20)\\d{2})-(\\d{2})-(\\d{2})$"));
    if (auto m = date.match(t); m.hasMatch() && QDate::fromString(t, Qt::ISODate).isValid()) keep(m_c.evidence.dateLine, t);
    static const QRegularExpression committee(
        QStringLiteral("^\\p{Lu}[\\p{L}-]*(?: [\\p{L}-]+){0,3} (stadsdelsnämnd|stadsdelsförvaltning)$"));
    if (t.size() <= 80 && !line.contains(u'\t'))
        if (auto m = committee.match(t); m.hasMatch()) keep(m_c.evidence.committeeLine, t);
}

void TitleReader::guessIdentity()
{
    auto guess = [&](const ReportLine &from, const QString &what) {
        m_c.r.guesses.push_back({from.line, what, from.text, LineKind::Other});
    };
    if (m_c.r.committee.isEmpty() && m_c.evidence.committeeLine) {
        QString name = m_c.evidence.committeeLine->text;
        name.replace(QStringLiteral("stadsdelsförvaltning"), QStringLiteral("stadsdelsnämnd"));
        m_c.r.committee = name;
        m_c.r.committeeGuessed = true;
        guess(*m_c.evidence.committeeLine, ReportParser::tr("committee “%1” from “%2”").arg(name, m_c.evidence.committeeLine->text));
    }
    if (m_c.r.year > 0 && m_c.r.periodFound) return;
    if (const auto &cell = m_c.evidence.periodCell) {
        const auto p = periodCell(cell->reason);
        if (m_c.r.year == 0) {
            m_c.r.year = p->year;
            m_c.r.yearGuessed = true;
        }
        if (!m_c.r.periodFound) {
            m_c.r.period = *p->period;
            m_c.r.periodFound = m_c.r.periodGuessed = true;
        }
        guess(*cell, ReportParser::tr("%1 %2 from the Period column “%3”").arg(periodCode(*p->period)).arg(p->year).arg(cell->reason));
    }
    if ((m_c.r.year == 0 || !m_c.r.periodFound) && m_c.evidence.prognosisLine) {
        const QString month = m_c.evidence.prognosisLine->reason.section(u' ', 0, 0);
        const Period p = month == u"april" ? Period::T1 : month == u"augusti" ? Period::T2 : Period::VB;
        if (m_c.r.year == 0) {
            m_c.r.year = m_c.evidence.prognosisLine->reason.section(u' ', 1, 1).toInt();
            m_c.r.yearGuessed = true;
        }
        if (!m_c.r.periodFound) {
            m_c.r.period = p;
            m_c.r.periodFound = m_c.r.periodGuessed = true;
        }
        guess(*m_c.evidence.prognosisLine, ReportParser::tr("%1 from “%2”").arg(periodCode(p), m_c.evidence.prognosisLine->text));
    }
    if (m_c.r.year == 0 && m_c.evidence.yearCell) {
        m_c.r.year = m_c.evidence.yearCell->reason.toInt();
        m_c.r.yearGuessed = true;
        guess(*m_c.evidence.yearCell, ReportParser::tr("year %1 from the Period column").arg(m_c.r.year));
    }
    if (m_c.r.year == 0 && m_c.evidence.vbHeader) {
        m_c.r.year = m_c.evidence.vbHeader->reason.toInt() + 1;
        m_c.r.yearGuessed = true;
        guess(*m_c.evidence.vbHeader, ReportParser::tr("year %1 from the column of last year's outcome “%2”").arg(m_c.r.year).arg(m_c.evidence.vbHeader->text));
    }
    if (m_c.evidence.dateLine && (m_c.r.year == 0 || !m_c.r.periodFound)) {
        // A report's date: in May or June a T1, in September or October a T2, in January to March
        // the VB of the year before.
        const QDate d = QDate::fromString(m_c.evidence.dateLine->text, Qt::ISODate);
        std::optional<Period> p;
        int year = d.year();
        if (d.month() >= 5 && d.month() <= 6) p = Period::T1;
        else if (d.month() >= 9 && d.month() <= 10) p = Period::T2;
        else if (d.month() <= 3) p = Period::VB, year -= 1;
        if (p && (m_c.r.year == 0 || m_c.r.year == year)) {
            if (m_c.r.year == 0) m_c.r.year = year, m_c.r.yearGuessed = true;
            if (!m_c.r.periodFound) m_c.r.period = *p, m_c.r.periodFound = m_c.r.periodGuessed = true;
            guess(*m_c.evidence.dateLine, ReportParser::tr("%1 %2 from the date %3").arg(periodCode(*p)).arg(year).arg(m_c.evidence.dateLine->text));
        }
    }
}

} // namespace malkoll::reportreading
