#include "snapshotreader.h"

#include "activityrepository.h"
#include "goalrepository.h"
#include "indicatorrepository.h"
#include "measurementrepository.h"
#include "organisationrepository.h"
#include "periodrepository.h"
#include "store.h"

#include <QCoreApplication>
#include <algorithm>

namespace malkoll {

Result<YearSnapshot> SnapshotReader::read(qint64 committeeId, int year, Period period, int historyYears) const
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
    if (historyYears > 0) {
        // The engine's lean read: this period's values only.
        s.measurements = MeasurementRepository(m_store).forPeriod(committeeId, year, period);
    } else {
        for (const Measurement &m : MeasurementRepository(m_store).forYear(committeeId, year)) {
            s.allPeriods[m.indicatorId][m.period] = m;
            if (m.period == period) s.measurements.insert(m.indicatorId, m);
        }
    }
    // Earlier years of the same series, matched on series key through the (committee, series,
    // year) index: each earlier row is paired with this year's indicator directly.
    // Every earlier measurement of the committee, matched to this year's indicators on series key
    // here rather than in SQL: one range scan, no second index probe per row.
    QHash<QString, qint64> bySeries;
    for (const Indicator &i : s.indicators) bySeries.insert(i.seriesKey, i.id);
    QString sql = QStringLiteral("SELECT pi.series_key, pi.year, pm.period, pm.outcome, pm.prognosis FROM indicator pi "
                                 "JOIN measurement pm ON pm.indicator_id = pi.id WHERE pi.committee_id = ? AND "
                                 "pi.year < ?");
    QVariantList binds{committeeId, year};
    if (historyYears > 0) {
        // Baseline years come from stored integers, never from text typed by a user.
        QStringList baselines;
        for (const Indicator &i : s.indicators)
            for (const Target &t : {i.target, i.kfTarget})
                if (t.kind == TargetKind::RelativeToBaseline && !baselines.contains(QString::number(t.year)))
                    baselines << QString::number(t.year);
        sql += QStringLiteral(" AND (pi.year >= ?%1) AND pm.period IN (?, 'VB')")
                   .arg(baselines.isEmpty() ? QString() : QStringLiteral(" OR pi.year IN (%1)").arg(baselines.join(u',')));
        // The engine compares with the same period and with VB of earlier years, nothing else.
        binds << year - historyYears << periodCode(period);
    }
    auto q = m_store.exec(sql, binds);
    if (!q) return Error{q.error()};
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        const auto it = bySeries.constFind(r.value(0).toString());
        if (it == bySeries.cend()) continue; // a discontinued indicator
        const qint64 id = *it;
        HistoryPoint h;
        h.year = r.value(1).toInt();
        h.period = periodFromCode(r.value(2).toString()).value_or(Period::T1);
        h.outcome = toOptional(r.value(3));
        h.prognosis = toOptional(r.value(4));
        if (h.year == year - 1 && h.period == Period::VB && h.outcome) s.previousVb.insert(id, *h.outcome);
        s.history[id].push_back(h);
    }
    // Oldest first, as trends and charts read them.
    for (auto &points : s.history)
        std::sort(points.begin(), points.end(), [](const HistoryPoint &a, const HistoryPoint &b) {
            return a.year != b.year ? a.year < b.year : int(a.period) < int(b.period);
        });
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
