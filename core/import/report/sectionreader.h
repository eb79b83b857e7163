#pragma once
// The report's texts outside the goals: the Sammanfattande analys, the free sections
// (Systematiskt kvalitetsarbete, Intern kontroll, Agenda 2030, the chapter Övrigt, …) at their
// place, and the economy's analysis of each table and verksamhetsområde.
#include "readercontext.h"
#include "textcollector.h"

namespace malkoll::reportreading {

class SectionReader
{
public:
    explicit SectionReader(ReaderContext &c) : m_c(c) {}
    // Whether a line of prose begins a text of this reader's (or ends one: the goals begin).
    bool heading(int n, const QString &line, bool inGoal);
    // A line of the open text: whether there is one.
    bool prose(int n, const QString &line);
    // A table begins: the summary and free sections end, the economy's text goes on under it.
    void table();
    void goalBegins(); // the goals' text: whatever was open ends
    void finish();

private:
    void open(int n, const QString &title, SectionPlacement placement);
    bool economyHeading(const QString &text) const;

    ReaderContext &m_c;
    TextCollector m_text;
    bool m_goalsSeen = false;
    bool m_economy = false; // inside Uppföljning av ekonomi
    bool m_other = false;   // inside the chapter Övrigt: a heading below it begins a section
};

} // namespace malkoll::reportreading
