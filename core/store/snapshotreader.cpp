#include "snapshotreader.h"

#include "activityrepository.h"
#include "goalrepository.h"
#include "indicatorrepository.h"
#include "measurementrepository.h"
#include "organisationrepository.h"
#include "periodrepository.h"
#include "sectionrepository.h"
#include "economyrepository.h"
#include "store.h"
#include "structurecache.h"

#include <QCoreApplication>
#include <algorithm>

namespace malkoll {

namespace {
// Rows of several committees to each committee's own list, in the order read.
template <typename T, typename Key>
void distribute(const std::vector<T> &rows, const QHash<qint64, size_t> &byCommittee, Key committeeOf,
                std::vector<std::shared_ptr<YearStructure>> &out, std::vector<T> YearStructure::*field)
{
    for (const T &row : rows) {
        const auto it = byCommittee.constFind(committeeOf(row));
        if (it != byCommittee.cend()) ((*out[*it]).*field).push_back(row);
    }
}
} // namespace

Result<std::vector<std::shared_ptr<const YearStructure>>> SnapshotReader::structures(const CommitteeIds &committees, int year) const
{
    StructureCache &cache = m_store.structureCache();
    // Someone else's save of a value leaves the structure as it was: only what moved is read again.
    const Store::ChangeVersions versions = m_store.changeVersions();
    if (cache.generation != m_store.structureGeneration() || cache.structureVersion != versions.structure || versions.structure < 0) {
        cache.clear();
        cache.generation = m_store.structureGeneration();
        cache.structureVersion = versions.structure;
    }
    if (cache.valueGeneration != m_store.valueGeneration() || cache.historyVersion != versions.history || versions.history < 0) {
        cache.histories.clear();
        cache.valueGeneration = m_store.valueGeneration();
        cache.historyVersion = versions.history;
    }
    CommitteeIds missing;
    for (qint64 id : committees)
        if (!cache.years.count({id, year}) && !missing.contains(id)) missing << id;
    if (!missing.isEmpty()) {
        // Every missing committee's year with one query per table.
        std::vector<std::shared_ptr<YearStructure>> fresh;
        QHash<qint64, size_t> at;
        QHash<qint64, Committee> known;
        for (const Committee &c : OrganisationRepository(m_store).committees()) known.insert(c.id, c);
        for (qint64 id : missing) {
            if (!known.contains(id))
                return fail(QCoreApplication::translate("SnapshotReader", "There is no committee with id %1 in the store.").arg(id));
            auto s = std::make_shared<YearStructure>();
            s->committee = known.value(id);
            at.insert(id, fresh.size());
            fresh.push_back(s);
        }
        distribute(OrganisationRepository(m_store).units(missing), at, [](const Unit &u) { return u.committeeId; }, fresh,
                   &YearStructure::units);
        distribute(GoalRepository(m_store).goals(missing, year), at, [](const Goal &g) { return g.committeeId; }, fresh,
                   &YearStructure::goals);
        const std::vector<Indicator> indicators = IndicatorRepository(m_store).indicators(missing, year);
        distribute(indicators, at, [](const Indicator &i) { return i.committeeId; }, fresh, &YearStructure::indicators);
        distribute(ActivityRepository(m_store).activities(missing, year), at, [](const Activity &a) { return a.committeeId; },
                   fresh, &YearStructure::activities);
        QHash<qint64, qint64> committeeOfIndicator;
        for (const Indicator &i : indicators) committeeOfIndicator.insert(i.id, i.committeeId);
        distribute(IndicatorRepository(m_store).targetChanges(missing, year), at,
                   [&](const TargetChange &c) { return committeeOfIndicator.value(c.indicatorId); }, fresh,
                   &YearStructure::targetChanges);
        // Earlier years' indicators of the same series: their values are this year's history.
        QHash<std::pair<qint64, QString>, qint64> bySeries;
        for (const Indicator &i : indicators) bySeries.insert({i.committeeId, i.seriesKey}, i.id);
        auto q = m_store.exec(QStringLiteral("SELECT id, committee_id, series_key FROM indicator WHERE committee_id IN %1 "
                                             "AND year < ?")
                                  .arg(inList(missing)),
                              {year});
        if (!q) return Error{q.error()};
        while (q.value().next()) {
            const qint64 committee = q.value().value(1).toLongLong();
            const auto it = bySeries.constFind({committee, q.value().value(2).toString()});
            if (it != bySeries.cend()) fresh[at.value(committee)]->earlier.insert(q.value().value(0).toLongLong(), *it);
        }
        for (qint64 id : missing) cache.years[{id, year}] = fresh[at.value(id)];
    }
    std::vector<std::shared_ptr<const YearStructure>> out;
    for (qint64 id : committees) out.push_back(cache.years.at({id, year}));
    return out;
}

Result<std::vector<std::shared_ptr<const YearHistory>>>
SnapshotReader::history(const CommitteeIds &committees, const std::vector<std::shared_ptr<const YearStructure>> &structure,
                        int year, Period period, int historyYears) const
{
    StructureCache &cache = m_store.structureCache();
    CommitteeIds missing;
    QHash<qint64, const YearStructure *> structureOf;
    for (qsizetype k = 0; k < committees.size(); ++k) {
        structureOf.insert(committees[k], structure[size_t(k)].get());
        if (!cache.histories.count({committees[k], year, period, historyYears}) && !missing.contains(committees[k])) missing << committees[k];
    }
    if (!missing.isEmpty()) {
        // Earlier years of the same series, paired with this year's indicators through the cached
        // series map: one range scan of the committees' earlier indicators, no text compared per row.
        QHash<qint64, std::shared_ptr<YearHistory>> fresh;
        for (qint64 id : missing) fresh.insert(id, std::make_shared<YearHistory>());
        QString sql = QStringLiteral("SELECT pi.committee_id, pm.indicator_id, pi.year, pm.period, pm.outcome, pm.prognosis "
                                     "FROM indicator pi JOIN measurement pm ON pm.indicator_id = pi.id WHERE "
                                     "pi.committee_id IN %1 AND pi.year < ?")
                          .arg(inList(missing));
        QVariantList binds{year};
        if (historyYears > 0) {
            // Baseline years come from stored integers, never from text typed by a user.
            QStringList baselines;
            for (qint64 id : missing)
                for (const Indicator &i : structureOf.value(id)->indicators)
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
            const qint64 committee = r.value(0).toLongLong();
            const YearStructure *st = structureOf.value(committee);
            const auto it = st ? st->earlier.constFind(r.value(1).toLongLong()) : QHash<qint64, qint64>::const_iterator();
            if (!st || it == st->earlier.cend()) continue; // a discontinued indicator
            YearHistory &h = *fresh.value(committee);
            const qint64 id = *it;
            HistoryPoint p;
            p.year = r.value(2).toInt();
            p.period = storedPeriodOrUnknown(r.value(3).toString(), "measurement");
            if (p.period == kUnknownPeriod) continue;
            p.outcome = toOptional(r.value(4));
            p.prognosis = toOptional(r.value(5));
            if (p.year == year - 1 && p.period == Period::VB && p.outcome) h.previousVb.insert(id, *p.outcome);
            h.history[id].push_back(p);
        }
        for (auto it = fresh.begin(); it != fresh.end(); ++it) {
            // Oldest first, as trends and charts read them.
            for (auto &points : it.value()->history)
                std::sort(points.begin(), points.end(), [](const HistoryPoint &a, const HistoryPoint &b) {
                    return a.year != b.year ? a.year < b.year : int(a.period) < int(b.period);
                });
            cache.histories[{it.key(), year, period, historyYears}] = it.value();
        }
    }
    std::vector<std::shared_ptr<const YearHistory>> out;
    for (qint64 id : committees) out.push_back(cache.histories.at({id, year, period, historyYears}));
    return out;
}

Result<YearSnapshot> SnapshotReader::read(qint64 committeeId, int year, Period period, int historyYears) const
{
    auto all = read(CommitteeIds{committeeId}, year, period, historyYears);
    if (!all) return Error{all.error()};
    return std::move(all.value().front());
}

Result<std::vector<YearSnapshot>> SnapshotReader::read(const CommitteeIds &committees, int year, Period period, int historyYears) const
{
    auto structure = structures(committees, year);
    if (!structure) return Error{structure.error()};
    std::vector<YearSnapshot> out(size_t(committees.size()));
    // Where each row goes: a committee's snapshot by its indicators, activities and goals.
    QHash<qint64, size_t> byIndicator, byActivity, byGoal;
    for (size_t k = 0; k < out.size(); ++k) {
        const YearStructure &st = *structure.value()[k];
        YearSnapshot &s = out[k];
        s.committee = st.committee;
        s.year = year;
        s.period = period;
        s.units = st.units;
        s.goals = st.goals;
        s.indicators = st.indicators;
        s.activities = st.activities;
        s.targetChanges = st.targetChanges;
        for (const Indicator &i : st.indicators) byIndicator.insert(i.id, k);
        for (const Activity &a : st.activities) byActivity.insert(a.id, k);
        for (const Goal &g : st.goals) byGoal.insert(g.id, k);
    }

    if (historyYears > 0) {
        // The engine's lean read: this period's values only.
        const QHash<qint64, Measurement> values = MeasurementRepository(m_store).forPeriod(committees, year, period);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            if (const auto at = byIndicator.constFind(it.key()); at != byIndicator.cend()) out[*at].measurements.insert(it.key(), it.value());
    } else {
        for (const Measurement &m : MeasurementRepository(m_store).forYear(committees, year)) {
            const auto at = byIndicator.constFind(m.indicatorId);
            if (at == byIndicator.cend()) continue;
            out[*at].allPeriods[m.indicatorId][m.period] = m;
            if (m.period == period) out[*at].measurements.insert(m.indicatorId, m);
        }
    }

    auto histories = history(committees, *structure, year, period, historyYears);
    if (!histories) return Error{histories.error()};
    for (size_t k = 0; k < out.size(); ++k) {
        out[k].history = histories.value()[k]->history; // implicitly shared: no copy until changed
        out[k].previousVb = histories.value()[k]->previousVb;
    }
    const QHash<qint64, ActivityReport> reports = ActivityRepository(m_store).reports(committees, year, period);
    for (auto it = reports.cbegin(); it != reports.cend(); ++it)
        if (const auto at = byActivity.constFind(it.key()); at != byActivity.cend()) out[*at].activityReports.insert(it.key(), it.value());
    for (const GoalAssessment &a : GoalRepository(m_store).assessments(committees, year, period))
        if (const auto at = byGoal.constFind(a.goalId); a.unitId == 0 && at != byGoal.cend()) out[*at].assessments.insert(a.goalId, a);
    const std::vector<PeriodInfo> infos = PeriodRepository(m_store).infos(committees, year, period);
    StructureCache &cache = m_store.structureCache();
    if (!cache.defaultTolerance) cache.defaultTolerance = m_store.defaultTolerance();
    const double tolerance = *cache.defaultTolerance;
    const QHash<qint64, std::vector<BudgetLine>> budget = EconomyRepository(m_store).budgetLines(committees, year, period);
    const QHash<qint64, std::vector<ReportSection>> sections = SectionRepository(m_store).sections(committees, year, period);
    for (size_t k = 0; k < out.size(); ++k) {
        YearSnapshot &s = out[k];
        s.periodInfo = infos[k];
        s.budget = budget.value(s.committee.id);
        s.sections = sections.value(s.committee.id);
        s.defaultTolerance = tolerance;
        s.buildIndex();
    }
    return out;
}

} // namespace malkoll
