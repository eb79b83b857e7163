#include "snapshotreader.h"

#include "activityrepository.h"
#include "goalrepository.h"
#include "indicatorrepository.h"
#include "measurementrepository.h"
#include "organisationrepository.h"
#include "periodrepository.h"
#include "store.h"

#include <QCoreApplication>

namespace malkoll {

Result<YearSnapshot> SnapshotReader::read(qint64 committeeId, int year, Period period) const
{
    YearSnapshot s;
    const auto committee = OrganisationRepository(m_store).committee(committeeId);
    if (!committee)
        return fail(QCoreApplication::translate("SnapshotReader", "There is no committee with id %1 in the store.")
                        .arg(committeeId));
    s.committee = *committee;
    s.year = year;
    s.period = period;
    s.units = OrganisationRepository(m_store).units(committeeId);
    s.goals = GoalRepository(m_store).goals(committeeId, year);
    s.indicators = IndicatorRepository(m_store).indicators(committeeId, year);
    s.activities = ActivityRepository(m_store).activities(committeeId, year);
    s.targetChanges = IndicatorRepository(m_store).targetChanges(committeeId, year);
    for (const Measurement &m : MeasurementRepository(m_store).forYear(committeeId, year)) {
        s.allPeriods[m.indicatorId][m.period] = m;
        if (m.period == period) s.measurements.insert(m.indicatorId, m);
    }
    // Earlier years of the same series: one query, matched on series key.
    auto q = m_store.exec(QStringLiteral("SELECT i.id, pi.year, pm.period, pm.outcome, pm.prognosis FROM indicator i "
                                         "JOIN indicator pi ON pi.committee_id = i.committee_id AND pi.series_key = "
                                         "i.series_key AND pi.year < i.year JOIN measurement pm ON pm.indicator_id = "
                                         "pi.id WHERE i.committee_id = ? AND i.year = ? ORDER BY pi.year, pm.period"),
                          {committeeId, year});
    if (!q) return Error{q.error()};
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        HistoryPoint h;
        const qint64 id = r.value(0).toLongLong();
        h.year = r.value(1).toInt();
        h.period = periodFromCode(r.value(2).toString()).value_or(Period::T1);
        h.outcome = toOptional(r.value(3));
        h.prognosis = toOptional(r.value(4));
        if (h.year == year - 1 && h.period == Period::VB && h.outcome) s.previousVb.insert(id, *h.outcome);
        s.history[id].push_back(h);
    }
    for (const ActivityReport &r : ActivityRepository(m_store).reports(committeeId, year, period))
        s.activityReports.insert(r.activityId, r);
    for (const GoalAssessment &a : GoalRepository(m_store).assessments(committeeId, year, period))
        if (a.unitId == 0) s.assessments.insert(a.goalId, a);
    s.periodInfo = PeriodRepository(m_store).info(committeeId, year, period);
    s.defaultTolerance = m_store.defaultTolerance();
    s.buildIndex();
    return s;
}

} // namespace malkoll
