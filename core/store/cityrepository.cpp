#include "cityrepository.h"

#include "auditlog.h"
#include "store.h"
#include "text/fold.h"
#include "text/textdecode.h"

#include <QSqlQuery>
#include <map>

namespace malkoll {

namespace {

const char *kKfIndicatorColumns = "id, year, goal_id, name, unit, decimals, direction, periodicity, gender_split, series_key, "
                                  "sort_order, kf_target_kind, kf_target_value, kf_target_value2, kf_target_year, kf_target_text";

KfIndicator readKfIndicator(const QSqlQuery &q)
{
    KfIndicator i;
    i.id = q.value(0).toLongLong();
    i.year = q.value(1).toInt();
    i.goalId = q.value(2).toLongLong();
    i.name = q.value(3).toString();
    i.unit = q.value(4).toString();
    i.decimals = q.value(5).toInt();
    i.direction = directionFromCode(q.value(6).toString());
    i.periodicity = periodicityFromCode(q.value(7).toString());
    i.genderSplit = q.value(8).toBool();
    i.seriesKey = q.value(9).toString();
    i.sortOrder = q.value(10).toInt();
    i.kfTarget.kind = targetKindFromCode(q.value(11).toString()).value_or(TargetKind::None);
    i.kfTarget.value = q.value(12).toDouble();
    i.kfTarget.value2 = q.value(13).toDouble();
    i.kfTarget.year = q.value(14).toInt();
    i.kfTarget.text = q.value(15).toString();
    return i;
}

// A goal's number and title as compared: "1.2" and "1.2." alike; case, spaces and dashes folded.
QString goalKey(const QString &number, const QString &title) { return fold(number).remove(u'.') + u'|' + fold(title); }

// Committee → (its row → the city's row it refers to), for one committee or (committeeId 0) all.
QHash<qint64, QHash<qint64, qint64>> links(Store &store, const char *table, const char *column, int year, qint64 committeeId = 0)
{
    QHash<qint64, QHash<qint64, qint64>> out;
    auto q = store.exec(QStringLiteral("SELECT committee_id, id, %2 FROM %1 WHERE year = ? AND %2 IS NOT NULL%3")
                            .arg(QLatin1String(table), QLatin1String(column),
                                 committeeId ? QStringLiteral(" AND committee_id = %1").arg(committeeId) : QString()),
                        {year});
    while (q && q.value().next())
        out[q.value().value(0).toLongLong()].insert(q.value().value(1).toLongLong(), q.value().value(2).toLongLong());
    return out;
}

} // namespace

bool CityRepository::mayWriteCity() const
{
    if (!m_store.isServer()) return true;
    auto q = m_store.exec(QStringLiteral("SELECT malkoll_writes_city()"));
    return q && q.value().next() && q.value().value(0).toBool();
}

std::vector<int> CityRepository::years() const
{
    std::vector<int> out;
    auto q = m_store.exec(QStringLiteral("SELECT DISTINCT year FROM kf_goal ORDER BY year"));
    while (q && q.value().next()) out.push_back(q.value().value(0).toInt());
    return out;
}

bool CityRepository::hasYear(int year) const
{
    auto q = m_store.exec(QStringLiteral("SELECT 1 FROM kf_goal WHERE year = ? LIMIT 1"), {year});
    return q && q.value().next();
}

std::vector<KfGoal> CityRepository::goals(int year) const
{
    std::vector<KfGoal> out;
    auto q = m_store.exec(QStringLiteral("SELECT id, year, parent_id, level, number, title, description, sort_order FROM kf_goal "
                                         "WHERE year = ? ORDER BY sort_order, level, id"),
                          {year});
    while (q && q.value().next()) {
        const QSqlQuery &r = q.value();
        out.push_back({r.value(0).toLongLong(), r.value(1).toInt(), r.value(2).toLongLong(), r.value(3).toInt(),
                       r.value(4).toString(), r.value(5).toString(), r.value(6).toString(), r.value(7).toInt()});
    }
    return out;
}

std::vector<KfIndicator> CityRepository::indicators(int year) const
{
    std::vector<KfIndicator> out;
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM kf_indicator WHERE year = ? ORDER BY sort_order, id").arg(QLatin1String(kKfIndicatorColumns)),
                          {year});
    while (q && q.value().next()) out.push_back(readKfIndicator(q.value()));
    return out;
}

std::optional<KfIndicator> CityRepository::indicator(qint64 id) const
{
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM kf_indicator WHERE id = ?").arg(QLatin1String(kKfIndicatorColumns)), {id});
    if (q && q.value().next()) return readKfIndicator(q.value());
    return std::nullopt;
}

std::optional<KfIndicator> CityRepository::findIndicator(int year, const QString &nameOrId) const
{
    const QString key = seriesKeyFor(nameOrId);
    for (const KfIndicator &i : indicators(year))
        if (QString::number(i.id) == nameOrId.trimmed() || i.seriesKey == key || seriesKeyFor(i.name) == key) return i;
    return std::nullopt;
}

QHash<qint64, qint64> CityRepository::goalLinks(qint64 committeeId, int year) const
{
    return links(m_store, "goal", "kf_goal_id", year, committeeId).value(committeeId);
}

QHash<qint64, qint64> CityRepository::indicatorLinks(qint64 committeeId, int year) const
{
    return links(m_store, "indicator", "kf_indicator_id", year, committeeId).value(committeeId);
}


QHash<qint64, QHash<qint64, qint64>> CityRepository::goalLinks(int year) const { return links(m_store, "goal", "kf_goal_id", year); }

QHash<qint64, QHash<qint64, qint64>> CityRepository::indicatorLinks(int year) const
{
    return links(m_store, "indicator", "kf_indicator_id", year);
}

qsizetype CityRepository::followers(qint64 kfIndicatorId) const
{
    auto q = m_store.exec(QStringLiteral("SELECT count(*) FROM indicator WHERE kf_indicator_id = ?"), {kfIndicatorId});
    return q && q.value().next() ? q.value().value(0).toLongLong() : 0;
}

Result<CityAttachSummary> CityRepository::attach(qint64 committeeId, int year)
{
    CityAttachSummary summary;
    auto done = m_store.transaction([&]() -> Result<void> {
        // The committee's KF goals, parents first, and its KF-indikatorer.
        struct Own
        {
            qint64 id, parent;
            int level;
            QString number, title, description;
            int sort;
        };
        std::vector<Own> own;
        auto g = m_store.exec(QStringLiteral("SELECT id, parent_id, level, number, title, description, sort_order FROM goal WHERE "
                                             "committee_id = ? AND year = ? AND level IN (1, 2) ORDER BY level, sort_order, id"),
                              {committeeId, year});
        if (!g) return Error{g.error()};
        while (g.value().next()) {
            const QSqlQuery &r = g.value();
            own.push_back({r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toInt(), r.value(3).toString(),
                           r.value(4).toString(), r.value(5).toString(), r.value(6).toInt()});
        }
        if (own.empty()) return {};
        QHash<qint64, qint64> goalOf; // committee goal → city goal (for the parents of goals and indicators)
        summary.cityCreated = !hasYear(year);
        if (summary.cityCreated && !mayWriteCity()) {
            // A committee's controller in a city store: the city's structure is stadsledningskontoret's to add.
            for (const Own &o : own) summary.unmatched << tr("goal %1 %2").arg(o.number, o.title);
            summary.cityCreated = false;
            return {};
        }
        if (summary.cityCreated) {
            for (const Own &o : own) {
                auto ins = m_store.exec(QStringLiteral("INSERT INTO kf_goal (year, parent_id, level, number, title, description, sort_order) "
                                                       "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                                        {year, o.parent && goalOf.contains(o.parent) ? QVariant(goalOf.value(o.parent)) : QVariant(),
                                         o.level, o.number, o.title, o.description, o.sort},
                                        tr("the city's goal “%1”").arg(o.title));
                if (!ins) return Error{ins.error()};
                ins.value().next();
                goalOf.insert(o.id, ins.value().value(0).toLongLong());
            }
        } else {
            std::map<QString, qint64> byKey, byTitle;
            for (const KfGoal &c : goals(year)) {
                byKey.emplace(QString::number(c.level) + goalKey(c.number, c.title), c.id);
                byTitle.emplace(QString::number(c.level) + u'|' + fold(c.title), c.id);
            }
            for (const Own &o : own) {
                const auto exact = byKey.find(QString::number(o.level) + goalKey(o.number, o.title));
                const auto renumbered = byTitle.find(QString::number(o.level) + u'|' + fold(o.title));
                if (exact != byKey.end()) goalOf.insert(o.id, exact->second);
                else if (renumbered != byTitle.end()) goalOf.insert(o.id, renumbered->second);
                else summary.unmatched << tr("goal %1 %2").arg(o.number, o.title);
            }
        }
        const QHash<qint64, qint64> goalsBefore = goalLinks(committeeId, year);
        const QHash<qint64, qint64> indicatorsBefore = indicatorLinks(committeeId, year);
        for (auto it = goalOf.cbegin(); it != goalOf.cend(); ++it) {
            ++summary.goals;
            if (goalsBefore.value(it.key()) == it.value()) continue;
            auto up = m_store.exec(QStringLiteral("UPDATE goal SET kf_goal_id = ? WHERE id = ?"), {it.value(), it.key()}, tr("a goal's KF goal"));
            if (!up) return Error{up.error()};
            ++summary.attachedNow;
        }

        // KF-indikatorer: under the nearest KF goal of the committee's goal they hang on.
        QHash<qint64, qint64> parentOf; // every goal of the committee's year → its parent
        auto all = m_store.exec(QStringLiteral("SELECT id, parent_id FROM goal WHERE committee_id = ? AND year = ?"), {committeeId, year});
        if (!all) return Error{all.error()};
        while (all.value().next()) parentOf.insert(all.value().value(0).toLongLong(), all.value().value(1).toLongLong());
        const auto cityGoalOf = [&](qint64 goal) -> qint64 {
            for (int depth = 0; goal && depth < 8; ++depth, goal = parentOf.value(goal))
                if (goalOf.contains(goal)) return goalOf.value(goal);
            return 0;
        };
        std::map<QString, KfIndicator> cityIndicators;
        for (const KfIndicator &k : indicators(year)) cityIndicators.emplace(k.seriesKey, k);
        // The committee's KF-indikatorer, read as the city's are (the columns have the same names).
        auto ind = m_store.exec(QStringLiteral("SELECT %1 FROM indicator WHERE committee_id = ? AND year = ? AND origin = 'KF' "
                                               "ORDER BY sort_order, id")
                                    .arg(QLatin1String(kKfIndicatorColumns)),
                                {committeeId, year});
        if (!ind) return Error{ind.error()};
        struct OwnIndicator
        {
            qint64 id;
            KfIndicator fields; // goalId: the city's goal it comes under
        };
        std::vector<OwnIndicator> ownIndicators;
        while (ind.value().next()) {
            KfIndicator k = readKfIndicator(ind.value());
            const qint64 id = k.id;
            k.id = 0;
            k.goalId = cityGoalOf(k.goalId);
            ownIndicators.push_back({id, k});
        }
        for (OwnIndicator &o : ownIndicators) {
            auto city = cityIndicators.find(o.fields.seriesKey);
            if (city == cityIndicators.end()) {
                if (!summary.cityCreated || !o.fields.goalId) {
                    summary.unmatched << tr("KF-indikator %1").arg(o.fields.name);
                    continue;
                }
                const KfIndicator &k = o.fields;
                auto ins = m_store.exec(QStringLiteral("INSERT INTO kf_indicator (year, goal_id, name, unit, decimals, direction, periodicity, "
                                                       "gender_split, series_key, sort_order, kf_target_kind, kf_target_value, "
                                                       "kf_target_value2, kf_target_year, kf_target_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                                       "?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                                        {year, k.goalId, k.name, k.unit, k.decimals, directionCode(k.direction),
                                         periodicityCode(k.periodicity),
                                         k.genderSplit ? 1 : 0, k.seriesKey, k.sortOrder, targetKindCode(k.kfTarget.kind),
                                         k.kfTarget.value, k.kfTarget.value2, k.kfTarget.year, k.kfTarget.text},
                                        tr("the city's KF-indikator “%1”").arg(k.name));
                if (!ins) return Error{ins.error()};
                ins.value().next();
                KfIndicator made = k;
                made.id = ins.value().value(0).toLongLong();
                city = cityIndicators.emplace(made.seriesKey, made).first;
            } else {
                const KfIndicator &c = city->second;
                if (c.kfTarget.text != o.fields.kfTarget.text)
                    summary.differences << tr("%1: KF:s årsmål “%2” here, “%3” in the city's").arg(o.fields.name, o.fields.kfTarget.text, c.kfTarget.text);
                QStringList fields;
                if (c.unit != o.fields.unit) fields << tr("unit “%1” here, “%2” in the city's").arg(o.fields.unit, c.unit);
                if (c.decimals != o.fields.decimals) fields << tr("%1 decimals here, %2 in the city's").arg(o.fields.decimals).arg(c.decimals);
                if (c.direction != o.fields.direction) fields << tr("another direction than the city's");
                if (!fields.isEmpty()) summary.differences << QStringLiteral("%1: %2").arg(o.fields.name, fields.join(QStringLiteral("; ")));
            }
            const KfIndicator &k = city->second;
            // The committee's row follows the city's from now on: its KF fields are the city's.
            auto up = m_store.exec(QStringLiteral("UPDATE indicator SET kf_indicator_id = ?, name = ?, unit = ?, decimals = ?, direction = ?, "
                                                  "periodicity = ?, gender_split = ?, kf_target_kind = ?, kf_target_value = ?, "
                                                  "kf_target_value2 = ?, kf_target_year = ?, kf_target_text = ? WHERE id = ?"),
                                   {k.id, k.name, k.unit, k.decimals, directionCode(k.direction),
                                    periodicityCode(k.periodicity),
                                    k.genderSplit ? 1 : 0, targetKindCode(k.kfTarget.kind), k.kfTarget.value, k.kfTarget.value2,
                                    k.kfTarget.year, k.kfTarget.text, o.id},
                                   tr("a KF-indikator's reference"));
            if (!up) return Error{up.error()};
            ++summary.indicators;
            if (indicatorsBefore.value(o.id) != k.id) ++summary.attachedNow;
        }
        // KF's decisions during the year reach an indicator that attaches now, as they reached the others.
        auto decided = m_store.exec(QStringLiteral("INSERT INTO target_change (indicator_id, kf, kind, value, value2, year, text, decided, "
                                                   "from_period, reason, kf_decision_id) SELECT i.id, 1, d.kind, d.value, d.value2, d.year, "
                                                   "d.text, d.decided, d.from_period, d.reason, d.id FROM kf_target_decision d JOIN indicator "
                                                   "i ON i.kf_indicator_id = d.kf_indicator_id WHERE i.committee_id = ? AND i.year = ? AND NOT "
                                                   "EXISTS (SELECT 1 FROM target_change t WHERE t.kf_decision_id = d.id AND t.indicator_id = i.id)"),
                                    {committeeId, year}, tr("KF's decisions"));
        if (!decided) return Error{decided.error()};
        if (!summary.attachedNow && summary.differences.isEmpty()) return {}; // as it was: nothing to log
        return AuditLog(m_store).record(QStringLiteral("committee"), committeeId, QStringLiteral("kf_structure %1").arg(year), {},
                                        tr("%1 goals and %2 KF-indikatorer follow the city's; %3 not matched")
                                            .arg(summary.goals)
                                            .arg(summary.indicators)
                                            .arg(summary.unmatched.size()));
    });
    if (!done) return Error{done.error()};
    return summary;
}

Result<void> CityRepository::ensureOpen(int year, const std::optional<Period> &from) const
{
    auto q = m_store.exec(QStringLiteral("SELECT c.name, p.period FROM period_info p JOIN committee c ON c.id = p.committee_id "
                                         "WHERE p.year = ? AND p.locked <> 0 ORDER BY c.name, p.period"),
                          {year});
    QStringList locked;
    while (q && q.value().next()) {
        const std::optional<Period> p = storedPeriod(q.value().value(1).toString());
        if (!p || (from && *p < *from)) continue;
        locked << QStringLiteral("%1 (%2)").arg(q.value().value(0).toString(), periodCode(*p));
    }
    if (locked.isEmpty()) return {};
    return fail(from ? tr("Locked periods would change: %1. Decide from a later period.").arg(locked.join(QStringLiteral(", ")))
                     : tr("Periods of %1 are locked: %2. A change of KF:s årsmål now is a KF decision from a later period "
                          "(give its date, the period and the reason).")
                           .arg(year)
                           .arg(locked.join(QStringLiteral(", "))));
}

Result<void> CityRepository::setKfTarget(qint64 kfIndicatorId, const Target &target)
{
    const std::optional<KfIndicator> before = indicator(kfIndicatorId);
    if (!before) return fail(tr("The city has no such KF-indikator."));
    if (auto v = TextCheck::check({{target.text, limits::kName, tr("KF:s årsmål")}}); !v) return v;
    if (auto v = TextCheck::checkNumber(target.value, tr("KF:s årsmål")); !v) return v;
    if (before->kfTarget == target) return {};
    return m_store.transaction([&]() -> Result<void> {
        if (auto open = ensureOpen(before->year, std::nullopt); !open) return open;
        // The committees' rows before the trigger carries the change to them: each gets its audit row.
        std::vector<qint64> followers;
        auto f = m_store.exec(QStringLiteral("SELECT id FROM indicator WHERE kf_indicator_id = ?"), {kfIndicatorId});
        while (f && f.value().next()) followers.push_back(f.value().value(0).toLongLong());
        auto up = m_store.exec(QStringLiteral("UPDATE kf_indicator SET kf_target_kind = ?, kf_target_value = ?, kf_target_value2 = ?, "
                                              "kf_target_year = ?, kf_target_text = ? WHERE id = ?"),
                               {targetKindCode(target.kind), target.value, target.value2, target.year, target.text, kfIndicatorId},
                               tr("KF:s årsmål of “%1”").arg(before->name));
        if (!up) return Error{up.error()};
        AuditLog log(m_store);
        if (auto r = log.record(QStringLiteral("kf_indicator"), kfIndicatorId, QStringLiteral("kf_target"), before->kfTarget.text, target.text); !r)
            return r;
        for (qint64 id : followers)
            if (auto r = log.record(QStringLiteral("indicator"), id, QStringLiteral("kf_target"), before->kfTarget.text, target.text); !r) return r;
        return {};
    });
}

Result<qint64> CityRepository::addDecision(TargetChange &d)
{
    if (!d.decided.isValid()) return fail(tr("A KF decision needs its date."));
    if (d.reason.trimmed().isEmpty()) return fail(tr("A KF decision needs a reason."));
    const std::optional<KfIndicator> ind = indicator(d.indicatorId);
    if (!ind) return fail(tr("The city has no such KF-indikator."));
    if (auto v = TextCheck::check({{d.target.text, limits::kName, tr("The decided KF:s årsmål")},
                                   {d.reason, limits::kText, tr("The reason of the KF decision")}});
        !v)
        return Error{v.error()};
    if (auto v = TextCheck::checkNumber(d.target.value, tr("The decided KF:s årsmål")); !v) return Error{v.error()};
    qint64 id = 0;
    auto r = m_store.transaction([&]() -> Result<void> {
        if (auto open = ensureOpen(ind->year, d.fromPeriod); !open) return open;
        auto q = m_store.exec(QStringLiteral("INSERT INTO kf_target_decision (kf_indicator_id, kind, value, value2, year, text, decided, "
                                             "from_period, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                              {d.indicatorId, targetKindCode(d.target.kind), d.target.value, d.target.value2, d.target.year,
                               d.target.text, d.decided.toString(Qt::ISODate), periodCode(d.fromPeriod), d.reason},
                              tr("the KF decision on “%1”").arg(ind->name));
        if (!q) return Error{q.error()};
        q.value().next();
        id = q.value().value(0).toLongLong();
        AuditLog log(m_store);
        if (auto a = log.record(QStringLiteral("kf_indicator"), d.indicatorId, QStringLiteral("kf_target_change"), ind->kfTarget.text, d.target.text); !a)
            return a;
        auto f = m_store.exec(QStringLiteral("SELECT indicator_id FROM target_change WHERE kf_decision_id = ?"), {id});
        while (f && f.value().next())
            if (auto a = log.record(QStringLiteral("indicator"), f.value().value(0).toLongLong(), QStringLiteral("kf_target_change"),
                                    ind->kfTarget.text, d.target.text);
                !a)
                return a;
        return {};
    });
    if (!r) return Error{r.error()};
    d.id = id;
    d.kf = true;
    return id;
}

Result<void> CityRepository::removeDecision(qint64 decisionId)
{
    TargetChange d;
    for (int year : years())
        for (const TargetChange &c : decisions(year))
            if (c.id == decisionId) d = c;
    if (!d.id) return fail(tr("The KF decision no longer exists."));
    const std::optional<KfIndicator> ind = indicator(d.indicatorId);
    return m_store.transaction([&]() -> Result<void> {
        if (auto open = ensureOpen(ind ? ind->year : 0, d.fromPeriod); !open) return open;
        std::vector<qint64> followers;
        auto f = m_store.exec(QStringLiteral("SELECT indicator_id FROM target_change WHERE kf_decision_id = ?"), {decisionId});
        while (f && f.value().next()) followers.push_back(f.value().value(0).toLongLong());
        // The committees' copies go with it (ON DELETE CASCADE).
        auto q = m_store.exec(QStringLiteral("DELETE FROM kf_target_decision WHERE id = ?"), {decisionId}, tr("the KF decision"));
        if (!q) return Error{q.error()};
        AuditLog log(m_store);
        if (auto a = log.record(QStringLiteral("kf_indicator"), d.indicatorId, QStringLiteral("kf_target_change"), d.target.text,
                                ind ? ind->kfTarget.text : QString());
            !a)
            return a;
        for (qint64 id : followers)
            if (auto a = log.record(QStringLiteral("indicator"), id, QStringLiteral("kf_target_change"), d.target.text,
                                    ind ? ind->kfTarget.text : QString());
                !a)
                return a;
        return {};
    });
}

std::vector<TargetChange> CityRepository::decisions(int year) const
{
    std::vector<TargetChange> out;
    auto q = m_store.exec(QStringLiteral("SELECT d.id, d.kf_indicator_id, d.kind, d.value, d.value2, d.year, d.text, d.decided, "
                                         "d.from_period, d.reason FROM kf_target_decision d JOIN kf_indicator k ON k.id = "
                                         "d.kf_indicator_id WHERE k.year = ? ORDER BY d.decided, d.id"),
                          {year});
    while (q && q.value().next()) {
        const QSqlQuery &r = q.value();
        TargetChange c;
        c.id = r.value(0).toLongLong();
        c.indicatorId = r.value(1).toLongLong();
        c.kf = true;
        c.target.kind = targetKindFromCode(r.value(2).toString()).value_or(TargetKind::None);
        c.target.value = r.value(3).toDouble();
        c.target.value2 = r.value(4).toDouble();
        c.target.year = r.value(5).toInt();
        c.target.text = r.value(6).toString();
        c.decided = QDate::fromString(r.value(7).toString(), Qt::ISODate);
        c.fromPeriod = storedPeriodOrUnknown(r.value(8).toString(), "kf_target_decision");
        c.reason = r.value(9).toString();
        if (c.fromPeriod != kUnknownPeriod) out.push_back(c);
    }
    return out;
}

} // namespace malkoll
