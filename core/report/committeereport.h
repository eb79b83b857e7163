#pragma once
// The committee's report (tertialrapport or verksamhetsberättelse) as content: title block,
// förslag till beslut, sammanfattande analys with computed counts, every goal with its
// assessment, indicator and activity tables, and the economy tables — computed here, laid out
// and printed by ui/report.
#include "calc/evaluator.h"
#include "domain/reportsection.h"
#include "domain/economy.h"
#include "domain/trendseries.h"
#include "export/statusreport.h"
#include "result.h"

#include <QDate>
#include <QPointF>
#include <optional>
#include <vector>

namespace malkoll {

class Store;

struct ReportIndicatorRow
{
    QStringList cells;      // the follow-up columns, formatted in Swedish
    IndicatorStatus status = IndicatorStatus::NotAssessable;
    qint64 indicatorId = 0;
    QString analysis;       // printed as a row under the indicator
    bool genderFlag = false;
    TrendSeries trend;
};

struct ReportActivityRow
{
    QStringList cells; // Aktivitet, Startdatum, Slutdatum, Avvikelse (status text)
    bool deviates = false;
    QString analysis;
};

struct ReportGoalSection
{
    Goal goal; // a copy: the report outlives the snapshot it was built from
    QString heading;            // "KF:s inriktningsmål: 1. Ett Stockholm som …"
    Assessment assessment = Assessment::NotSet;
    QString analysis;
    QString suggestionReasons;  // the engine's counts behind the assessment
    std::vector<ReportIndicatorRow> indicators;
    std::vector<ReportActivityRow> activities;
};

// The report is a Swedish committee document whatever the UI language, so its texts are Swedish.
struct CommitteeReport
{
    struct Options
    {
        qint64 unitId = 0;          // a unit report: only its indicators and activities, its assessments
        qint64 directionGoalId = 0; // one inriktningsmål only
        bool appendixNotMet = false;
        bool charts = false;        // a trend chart per indicator, small multiples under its table
    };

    QString committee;
    QString title; // "Tertialrapport 1", "Verksamhetsplan"
    bool plan = false; // the verksamhetsplan (period VP): targets and periodicity, no outcomes
    int year = 0;
    Period period = Period::T1;
    QDate date;
    // The title block: the period's own (an imported report's, or as the controller wrote it), else
    // the store's user and the day of printing.
    QString handlaggare;
    QString phone;
    QString unitName; // set for a unit report
    bool charts = false;
    QStringList proposals;
    QString summary;
    QStringList summaryCounts; // "7 av 9 KF-indikatorer bedöms nå årsmålet", …
    QStringList indicatorHeader;
    QStringList activityHeader;
    std::vector<ReportGoalSection> goals;
    std::vector<ReportIndicatorRow> notMetAppendix; // sorted by deviation, worst first
    ReportTable economy;
    ReportTable resultUnits;
    ReportTable investments;
    std::vector<ReportSection> sections; // the free sections, each at its placement
    // While the reporting round has begun and units are not approved: the draft's warning
    // (Swedish, as the document), e.g. "Utkast: 2 av 6 enheter är ännu inte godkända (…)".
    QString draftWarning;

    // Reads what the report needs from the store (snapshot, economy, the unit's own assessments).
    static Result<CommitteeReport> fromStore(Store &store, qint64 committeeId, int year, Period period,
                                             const Options &options);
    static CommitteeReport build(const YearSnapshot &snapshot, const YearEvaluation &evaluation,
                                 const std::vector<BudgetLine> &budget, const std::vector<ResultUnitLine> &resultUnits,
                                 const std::vector<InvestmentLine> &investments, const Options &options,
                                 const QHash<qint64, GoalAssessment> &unitAssessments = {});
};

} // namespace malkoll
