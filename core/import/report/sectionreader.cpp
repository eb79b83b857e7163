// The section reader: where each text of the report begins, by the headings the city uses.
#include "sectionreader.h"

#include "text/fold.h"

#include <QRegularExpression>

namespace malkoll::reportreading {

namespace {

// Free sections by the beginning of their heading, as the city's reports of every year title them.
bool isFreeSection(const QString &folded)
{
    static const char16_t *const keys[] = {
        u"systematisktkvalitetsarbete", u"internkontroll", u"agenda2030", u"systematisktbrandskydd",
        u"systematisktinformationssakerhet", u"systematisktarbetsmiljo", u"namndensarbeteunder", u"namndensarbeteutifran",
        u"arbetetutifrandirektiv", u"barnrattsperspektiv", u"jamstalldhetsintegrering", u"medarbetareocharbetsmiljo",
        u"sjukfranvaro", u"personalochkompetens", u"kompetensforsorjning", u"miljoprogram", u"klimatbudget"};
    return std::any_of(std::begin(keys), std::end(keys), [&](const char16_t *k) { return folded.startsWith(QStringView(k)); });
}

bool isToc(const QString &line)
{
    static const QRegularExpression toc(QStringLiteral("\\.{4,}|\\t\\s*\\d+\\s*$"));
    return toc.match(line).hasMatch();
}

} // namespace

void SectionReader::open(int n, const QString &title, SectionPlacement placement)
{
    m_text.stop(); // before the list grows: the text open is written where it belongs
    ParsedSection s;
    s.line = n;
    s.title = title.left(limits::kTitle);
    s.placement = placement;
    m_c.r.sections.push_back(s);
    m_text.start(&m_c.r.sections.back().body);
}

// An economy text of its own: a verksamhetsområde (by the main table's lines or the city's
// list), resultatenheter, investments, sales, budget adjustments.
bool SectionReader::economyHeading(const QString &text) const
{
    if (!looksLikeSubHeading(text)) return false;
    const QString f = fold(text);
    if (f.startsWith(u"resultatenhet") || f.startsWith(u"investering") || f.startsWith(u"forsaljning") || f.startsWith(u"budgetjuster") ||
        f.contains(u"driftbudget") || f == u"forskola" || f == u"namndochforvaltningsadministration")
        return true;
    for (const QString &area : knownAreas())
        if (fold(area) == f) return true;
    for (const ParsedBudgetLine &l : m_c.r.budget)
        if (!l.varav && fold(l.name) == f) return true;
    return false;
}

bool SectionReader::heading(int n, const QString &line, bool inGoal)
{
    if (line.contains(u'\t') || isToc(line)) return false;
    const QString text = withoutMarkup(line);
    if (text.isEmpty() || text.size() > 120) return false;
    const QString f = fold(text);
    if (f == u"sammanfattandeanalys" || f == u"sammanfattandeanalysochbedomning") {
        m_text.stop();
        m_c.r.summary.clear();
        m_text.start(&m_c.r.summary);
        return true;
    }
    if (f.startsWith(u"uppfoljningavkommunfullmaktigesinriktningsmal") || f.startsWith(u"uppfoljningavkfsinriktningsmal") ||
        f.startsWith(u"uppfoljningavinriktningsmal") || f == u"bilagor" || f == u"attesteratav") {
        m_text.stop();
        return true;
    }
    if (f == u"uppfoljningavekonomi" || f == u"ekonomi" || f == u"ekonomiskuppfoljning") {
        m_economy = true;
        m_other = false;
        open(n, text, SectionPlacement::Economy); // the economy's opening words, before any area's
        return true;
    }
    if (f == u"ovrigt") {
        m_economy = false;
        m_other = true;
        m_text.stop();
        return true;
    }
    if (isFreeSection(f) && !(inGoal && f.startsWith(u"agenda2030"))) { // a plan's goal has its own Agenda 2030
        m_economy = false;
        open(n, text, !m_goalsSeen ? SectionPlacement::AfterSummary : m_other || !m_c.r.budget.empty() ? SectionPlacement::End
                                                                                                       : SectionPlacement::AfterGoals);
        return true;
    }
    if (m_economy && economyHeading(text)) {
        open(n, text, SectionPlacement::Economy);
        return true;
    }
    if (m_other && looksLikeSubHeading(text) && !m_text.active()) { // a section of Övrigt not in the list
        open(n, text, SectionPlacement::End);
        return true;
    }
    return false;
}

bool SectionReader::prose(int, const QString &line)
{
    if (!m_text.active()) return false;
    m_text.line(clean(line));
    return true;
}

void SectionReader::table()
{
    if (!m_economy) m_text.stop();
}

void SectionReader::goalBegins()
{
    m_goalsSeen = true;
    m_economy = m_other = false;
    m_text.stop();
}

void SectionReader::finish()
{
    m_text.stop();
    // A section without text (a heading alone) is not a section.
    std::erase_if(m_c.r.sections, [](const ParsedSection &s) { return s.body.empty(); });
    for (ParsedSection &s : m_c.r.sections)
        while (!s.body.empty() && s.body.back().text.isEmpty()) s.body.pop_back();
}

} // namespace malkoll::reportreading
