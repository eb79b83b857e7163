#pragma once
// The city's view of one period (stadsledningskontoret's): every committee against the same KF
// goals and KF-indikatorer. Per KF-indikator each committee's outcome, prognos helår, Årsmål,
// KF:s årsmål and status, with the count meeting it and the spread; per KF goal each committee's
// assessment beside the engine's suggestion, with the counts; the reporting round of every
// committee. The figures are each committee's own, computed by the same engine as its report.
#include "calc/status.h"
#include "domain/assessment.h"
#include "domain/city.h"
#include "domain/period.h"
#include "export/statusreport.h"
#include "kolada/kolada.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>
#include <vector>

namespace malkoll {

class Store;

struct CityIndicatorEntry
{
    qint64 committeeId = 0;
    QString committee;
    std::optional<double> outcome, women, men, prognosis;
    bool notReported = false;
    QString target;   // the committee's Årsmål in force
    QString kfTarget; // KF:s årsmål in force
    IndicatorStatus status = IndicatorStatus::NotAssessable;   // against the Årsmål (by prognosis, else outcome)
    IndicatorStatus kfStatus = IndicatorStatus::NotAssessable; // against KF:s årsmål
};

struct CityIndicator
{
    KfIndicator kf;
    QString goal; // "1.2 Mål för verksamhetsområdet …"
    std::vector<CityIndicatorEntry> entries;
    int meeting = 0; // committees whose status is "uppfylls"
    std::optional<double> lowest, median, highest; // of the outcomes
};

struct CityGoalEntry
{
    qint64 committeeId = 0;
    QString committee;
    Assessment assessment = Assessment::NotSet;
    Assessment suggestion = Assessment::NotSet;
};

struct CityGoal
{
    KfGoal kf;
    std::vector<CityGoalEntry> entries;
    int full = 0, partly = 0, notMet = 0, notSet = 0;
};

struct CityRound
{
    qint64 committeeId = 0;
    QString committee;
    int units = 0, approved = 0, submitted = 0, overdue = 0;
    QDate deadline;
};

struct CityView
{
    Q_DECLARE_TR_FUNCTIONS(CityView)

public:
    int year = 0;
    Period period = Period::T1;
    std::vector<CityIndicator> indicators;
    std::vector<CityGoal> goals;
    std::vector<CityRound> rounds;

    // Every committee of the store whose plan refers to the city's KF structure of the year.
    static Result<CityView> fromStore(Store &store, int year, Period period, const QDate &today);
    // The sections KF-indikatorer, KF-mål and Inlämning (with their summaries), for TSV, text and xlsx.
    std::vector<ReportTable> tables(Language language) const;
    // One KF-indikator over the years: each committee's full-year outcome (x = the year), and
    // Kolada's Stockholm series where a committee has linked the indicator to Kolada.
    static std::vector<KoladaLine> trend(Store &store, const KfIndicator &indicator);
};

} // namespace malkoll
