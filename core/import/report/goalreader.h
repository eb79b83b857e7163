#pragma once
// Goal headings of every level and year ("KF:s inriktningsmål: 1. …", "Nämndmål:" on a line of
// its own, an older layout's goals without numbers) and the text under each: its assessment,
// Förväntat resultat and its Analys with paragraphs and sub-headings.
#include "readercontext.h"
#include "textcollector.h"

namespace malkoll::reportreading {

class GoalReader
{
public:
    explicit GoalReader(ReaderContext &c) : m_c(c) {}
    // Whether the line is (or announces) a goal heading; a new goal is in the report when it is.
    bool heading(int n, const QString &line, bool *newGoal);
    // A line of prose under the current goal: whether it was the goal's.
    bool prose(int n, const QString &line);
    // A table of the goal begins: its text stops until a new Analys.
    void table();
    // Something else's text begins (a free section, the economy): the goal's ends.
    void leave();
    void finish(); // a heading announced but no goal after it
    bool inGoal() const { return m_inGoal; }

private:
    QString numberByPosition(GoalLevel level);

    ReaderContext &m_c;
    TextCollector m_text;
    QHash<QString, int> m_children; // goal number → the highest child number seen under it
    std::optional<GoalLevel> m_pendingLevel; // "KF:s inriktningsmål:" on a line of its own
    int m_pendingLine = 0;
    bool m_inExpected = false;
    bool m_hasTable = false;
    bool m_described = false; // a Beskrivning (the plan's text) stands under the goal
    bool m_inGoal = false; // prose below a goal heading is the goal's until something else begins
};

} // namespace malkoll::reportreading
