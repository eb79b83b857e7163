#pragma once
// A section of a committee document that Målkoll does not compute — systematiskt kvalitetsarbete,
// Agenda 2030, intern kontroll, a handläggare's closing words — written by the controller as rich
// text for one period (VP, T1, T2 or VB) and placed where the city's structure puts it.
#include "domain/period.h"

#include <QString>
#include <optional>

namespace malkoll {

enum class SectionPlacement {
    AfterSummary, // after the summary (Inledning in the VP), before the goals
    AfterGoals,   // after the goals, before the economy
    End,          // last, after the economy
    Economy,      // the economy's analysis, under the table or verksamhetsområde its title names
};

QString sectionPlacementCode(SectionPlacement p); // "after_summary", "after_goals", "end"
std::optional<SectionPlacement> sectionPlacementFromCode(const QString &code);

struct ReportSection
{
    qint64 id = 0; // 0 until stored
    qint64 committeeId = 0;
    int year = 0;
    Period period = Period::T1;
    SectionPlacement placement = SectionPlacement::End;
    QString title;
    QString body; // rich text as HTML (headings, paragraphs, lists, bold, italic, tables)

    bool operator==(const ReportSection &) const = default;
};

} // namespace malkoll
