#include "indicatorrepository.h"

#include "auditlog.h"
#include "cityrepository.h"
#include "periodrepository.h"
#include "store.h"
#include "text/textdecode.h"

#include <QCoreApplication>
#include <tuple>

namespace malkoll {

namespace {

const char *kIndicatorColumns =
    "i.id, i.committee_id, i.year, i.goal_id, i.origin, i.name, i.unit, i.decimals, i.direction, i.periodicity, "
    "i.gender_split, i.gender_flag, i.responsible_unit_id, i.tolerance, i.series_key, i.sort_order, "
    "i.target_kind, i.target_value, i.target_value2, i.target_year, i.target_text, "
    "i.kf_target_kind, i.kf_target_value, i.kf_target_value2, i.kf_target_year, i.kf_target_text, i.target_review";

Target readTarget(const QSqlQuery &q, int at)
{
    Target t;
    t.kind = targetKindFromCode(q.value(at).toString()).value_or(TargetKind::None);
    t.value = q.value(at + 1).toDouble();
    t.value2 = q.value(at + 2).toDouble();
    t.year = q.value(at + 3).toInt();
    t.text = q.value(at + 4).toString();
    return t;
}

Indicator readIndicator(const QSqlQuery &q)
{
    Indicator i;
    i.id = q.value(0).toLongLong();
    i.committeeId = q.value(1).toLongLong();
    i.year = q.value(2).toInt();
    i.goalId = q.value(3).toLongLong();
    i.origin = q.value(4).toString() == u"KF" ? Origin::KF : Origin::Committee;
    i.name = q.value(5).toString();
    i.unit = q.value(6).toString();
    i.decimals = q.value(7).toInt();
    i.direction = directionFromCode(q.value(8).toString());
    i.periodicity = periodicityFromCode(q.value(9).toString());
    i.genderSplit = q.value(10).toBool();
    i.genderFlag = q.value(11).toBool();
    i.responsibleUnitId = q.value(12).toLongLong();
    i.tolerance = toOptional(q.value(13));
    i.seriesKey = q.value(14).toString();
    i.sortOrder = q.value(15).toInt();
    i.target = readTarget(q, 16);
    i.kfTarget = readTarget(q, 21);
    i.targetToReview = q.value(26).toBool();
    return i;
}

QVariantList binds(const Indicator &i)
{
    return {i.committeeId, i.year, i.goalId, i.origin == Origin::KF ? QStringLiteral("KF") : QStringLiteral("N"),
            i.name, i.unit, i.decimals, directionCode(i.direction),
            periodicityCode(i.periodicity),
            i.genderSplit ? 1 : 0, i.genderFlag ? 1 : 0, idOrNull(i.responsibleUnitId), toVariant(i.tolerance),
            i.seriesKey.isEmpty() ? seriesKeyFor(i.name) : i.seriesKey, i.sortOrder,
            targetKindCode(i.target.kind), i.target.value, i.target.value2, i.target.year, i.target.text,
            targetKindCode(i.kfTarget.kind), i.kfTarget.value, i.kfTarget.value2, i.kfTarget.year, i.kfTarget.text,
            i.targetToReview ? 1 : 0};
}

Result<void> validate(const Indicator &i)
{
    if (i.name.trimmed().isEmpty()) return fail(IndicatorRepository::tr("An indicator needs a name."));
    if (auto r = TextCheck::check({{i.name, limits::kName, IndicatorRepository::tr("The indicator's name")},
                                   {i.unit, limits::kName, IndicatorRepository::tr("Indicator “%1”: the unit").arg(i.name)},
                                   {i.target.text, limits::kName, IndicatorRepository::tr("Indicator “%1”: Årsmål").arg(i.name)},
                                   {i.kfTarget.text, limits::kName, IndicatorRepository::tr("Indicator “%1”: KF:s årsmål").arg(i.name)}});
        !r)
        return r;
    for (const Target *t : {&i.target, &i.kfTarget})
        for (double v : {t->value, t->value2})
            if (auto r = TextCheck::checkNumber(v, IndicatorRepository::tr("Indicator “%1”: the target").arg(i.name)); !r) return r;
    if (i.decimals < 0 || i.decimals > 6)
        return fail(IndicatorRepository::tr("Indicator “%1”: decimals must be between 0 and 6.").arg(i.name));
    if (i.tolerance && (*i.tolerance < 0 || *i.tolerance > 100))
        return fail(IndicatorRepository::tr("Indicator “%1”: the tolerance must be between 0 and 100 %.").arg(i.name));
    return {};
}
} // namespace

Result<qint64> IndicatorRepository::add(Indicator &i)
{
    // A plan adopted and locked (VP) keeps its structure until it is unlocked.
    if (auto lock = PeriodRepository(m_store).ensureUnlocked(i.committeeId, i.year, Period::VP); !lock) return Error{lock.error()};
    if (auto v = validate(i); !v) return Error{v.error()};
    qint64 id = 0;
    auto r = m_store.transaction([&]() -> Result<void> {
        auto q = m_store.exec(
            QStringLiteral("INSERT INTO indicator (committee_id, year, goal_id, origin, name, unit, decimals, "
                           "direction, periodicity, gender_split, gender_flag, responsible_unit_id, tolerance, "
                           "series_key, sort_order, target_kind, target_value, target_value2, target_year, "
                           "target_text, kf_target_kind, kf_target_value, kf_target_value2, kf_target_year, "
                           "kf_target_text, target_review) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            binds(i), tr("the indicator “%1”").arg(i.name));
        if (!q) return Error{q.error()};
        q.value().next();
        id = q.value().value(0).toLongLong();
        return AuditLog(m_store).record(QStringLiteral("indicator"), id, QStringLiteral("created"), {}, i.name);
    });
    if (!r) return Error{r.error()};
    i.id = id;
    if (i.seriesKey.isEmpty()) i.seriesKey = seriesKeyFor(i.name);
    return id;
}

Result<void> IndicatorRepository::update(const Indicator &i)
{
    // A plan adopted and locked (VP) keeps its structure until it is unlocked.
    if (auto lock = PeriodRepository(m_store).ensureUnlocked(i.committeeId, i.year, Period::VP); !lock) return Error{lock.error()};
    if (auto v = validate(i); !v) return v;
    const auto before = indicator(i.id);
    if (!before) return fail(tr("The indicator “%1” no longer exists.").arg(i.name));
    return m_store.transaction([&]() -> Result<void> {
        // A KF-indikator that follows the city's: what is KF's (name, unit, direction, KF:s årsmål) is
        // changed once, in the city's, and reaches every committee; the rest is the committee's own.
        auto linked = m_store.exec(QStringLiteral("SELECT kf_indicator_id FROM indicator WHERE id = ? AND kf_indicator_id IS NOT NULL"), {i.id});
        if (!linked) return Error{linked.error()};
        if (linked.value().next()) {
            const qint64 kf = linked.value().value(0).toLongLong();
            CityRepository city(m_store);
            if (!(before->kfTarget == i.kfTarget))
                if (auto r = city.setKfTarget(kf, i.kfTarget); !r) return r;
            if (before->name != i.name || before->unit != i.unit || before->decimals != i.decimals || before->direction != i.direction ||
                before->periodicity != i.periodicity || before->genderSplit != i.genderSplit) {
                auto up = m_store.exec(QStringLiteral("UPDATE kf_indicator SET name = ?, unit = ?, decimals = ?, direction = ?, "
                                                      "periodicity = ?, gender_split = ? WHERE id = ?"),
                                       {i.name, i.unit, i.decimals, directionCode(i.direction),
                                        periodicityCode(i.periodicity),
                                        i.genderSplit ? 1 : 0, kf},
                                       tr("the city's KF-indikator “%1”").arg(i.name));
                if (!up) return Error{up.error()};
                // Logged as the indicator's own fields are, each that changed.
                for (const auto &[field, was, now] : {std::tuple{"name", QVariant(before->name), QVariant(i.name)},
                                                      std::tuple{"unit", QVariant(before->unit), QVariant(i.unit)},
                                                      std::tuple{"direction", QVariant(directionCode(before->direction)), QVariant(directionCode(i.direction))}})
                    if (was != now)
                        if (auto r = AuditLog(m_store).record(QStringLiteral("kf_indicator"), kf, QString::fromLatin1(field), was, now); !r) return r;
            }
        }
        QVariantList b = binds(i);
        // A target copied into a new year is reviewed once someone sets either target.
        if (before->targetToReview && (!(before->target == i.target) || !(before->kfTarget == i.kfTarget))) b.last() = 0;
        b.append(i.id);
        auto q = m_store.exec(
            QStringLiteral("UPDATE indicator SET committee_id = ?, year = ?, goal_id = ?, origin = ?, name = ?, "
                           "unit = ?, decimals = ?, direction = ?, periodicity = ?, gender_split = ?, gender_flag = "
                           "?, responsible_unit_id = ?, tolerance = ?, series_key = ?, sort_order = ?, target_kind = "
                           "?, target_value = ?, target_value2 = ?, target_year = ?, target_text = ?, kf_target_kind "
                           "= ?, kf_target_value = ?, kf_target_value2 = ?, kf_target_year = ?, kf_target_text = ?, "
                           "target_review = ? WHERE id = ?"),
            b, tr("the indicator “%1”").arg(i.name));
        if (!q) return Error{q.error()};
        AuditLog log(m_store);
        auto note = [&](const char *field, const QVariant &o, const QVariant &n) -> Result<void> {
            if (o == n) return {};
            return log.record(QStringLiteral("indicator"), i.id, QString::fromLatin1(field), o, n);
        };
        if (auto r = note("name", before->name, i.name); !r) return r;
        if (auto r = note("unit", before->unit, i.unit); !r) return r;
        if (auto r = note("direction", directionCode(before->direction), directionCode(i.direction)); !r) return r;
        if (auto r = note("target", before->target.text, i.target.text); !r) return r;
        if (auto r = note("kf_target", before->kfTarget.text, i.kfTarget.text); !r) return r;
        if (auto r = note("tolerance", toVariant(before->tolerance), toVariant(i.tolerance)); !r) return r;
        return {};
    });
}

std::vector<Indicator> IndicatorRepository::indicators(const CommitteeIds &committees, int year) const
{
    std::vector<Indicator> out;
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM indicator i WHERE i.committee_id IN %2 AND i.year = ? ORDER "
                                         "BY i.goal_id, i.sort_order, i.id")
                              .arg(QLatin1String(kIndicatorColumns), inList(committees)),
                          {year});
    if (!q) return out;
    while (q.value().next()) out.push_back(readIndicator(q.value()));
    return out;
}

std::vector<Indicator> IndicatorRepository::allIndicators() const
{
    std::vector<Indicator> out;
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM indicator i ORDER BY i.committee_id, i.year, i.goal_id, "
                                         "i.sort_order, i.id")
                              .arg(QLatin1String(kIndicatorColumns)));
    if (!q) return out;
    while (q.value().next()) out.push_back(readIndicator(q.value()));
    return out;
}

std::optional<Indicator> IndicatorRepository::indicator(qint64 id) const
{
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM indicator i WHERE i.id = ?").arg(QLatin1String(kIndicatorColumns)),
                          {id});
    if (q && q.value().next()) return readIndicator(q.value());
    return std::nullopt;
}

std::vector<Indicator> IndicatorRepository::series(qint64 committeeId, const QString &seriesKey) const
{
    std::vector<Indicator> out;
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM indicator i WHERE i.committee_id = ? AND i.series_key = ? "
                                         "ORDER BY i.year, i.id")
                              .arg(QLatin1String(kIndicatorColumns)),
                          {committeeId, seriesKey});
    if (!q) return out;
    while (q.value().next()) out.push_back(readIndicator(q.value()));
    return out;
}

static TargetChange readChange(const QSqlQuery &q)
{
    TargetChange c;
    c.id = q.value(0).toLongLong();
    c.indicatorId = q.value(1).toLongLong();
    c.kf = q.value(2).toBool();
    c.target.kind = targetKindFromCode(q.value(3).toString()).value_or(TargetKind::None);
    c.target.value = q.value(4).toDouble();
    c.target.value2 = q.value(5).toDouble();
    c.target.year = q.value(6).toInt();
    c.target.text = q.value(7).toString();
    c.decided = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    c.fromPeriod = storedPeriodOrUnknown(q.value(9).toString(), "target_change");
    c.reason = q.value(10).toString();
    return c;
}

static const char *kChangeColumns =
    "c.id, c.indicator_id, c.kf, c.kind, c.value, c.value2, c.year, c.text, c.decided, c.from_period, c.reason";

Result<qint64> IndicatorRepository::addTargetChange(TargetChange &c)
{
    if (!c.decided.isValid()) return fail(tr("An årsmål change needs the date of the decision."));
    if (c.reason.trimmed().isEmpty()) return fail(tr("An årsmål change needs a reason."));
    const auto ind = indicator(c.indicatorId);
    if (!ind) return fail(tr("The indicator of this årsmål change no longer exists."));
    if (auto v = TextCheck::check({{c.target.text, limits::kName, tr("The decided årsmål")},
                                   {c.reason, limits::kText, tr("The reason of the årsmål change")}});
        !v)
        return Error{v.error()};
    if (auto v = TextCheck::checkNumber(c.target.value, tr("The decided årsmål")); !v) return Error{v.error()};
    qint64 id = 0;
    auto r = m_store.transaction([&]() -> Result<void> {
        // A decision for a period that is locked changes a report already decided: refused.
        if (auto open = PeriodRepository(m_store).ensureUnlocked(ind->committeeId, ind->year, c.fromPeriod); !open) return open;
        auto q = m_store.exec(QStringLiteral("INSERT INTO target_change (indicator_id, kf, kind, value, value2, year, "
                                             "text, decided, from_period, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                             "?) RETURNING id"),
                              {c.indicatorId, c.kf ? 1 : 0, targetKindCode(c.target.kind), c.target.value,
                               c.target.value2, c.target.year, c.target.text, c.decided.toString(Qt::ISODate),
                               periodCode(c.fromPeriod), c.reason},
                              tr("the årsmål change of “%1”").arg(ind->name));
        if (!q) return Error{q.error()};
        q.value().next();
        id = q.value().value(0).toLongLong();
        return AuditLog(m_store).record(QStringLiteral("indicator"), c.indicatorId,
                                        c.kf ? QStringLiteral("kf_target_change") : QStringLiteral("target_change"),
                                        c.kf ? ind->kfTarget.text : ind->target.text, c.target.text);
    });
    if (!r) return Error{r.error()};
    c.id = id;
    return id;
}

Result<void> IndicatorRepository::removeTargetChange(const TargetChange &c)
{
    const auto ind = indicator(c.indicatorId);
    if (!ind) return fail(tr("The indicator of this årsmål change no longer exists."));
    return m_store.transaction([&]() -> Result<void> {
        if (auto open = PeriodRepository(m_store).ensureUnlocked(ind->committeeId, ind->year, c.fromPeriod); !open) return open;
        auto q = m_store.exec(QStringLiteral("DELETE FROM target_change WHERE id = ?"), {c.id},
                              tr("the årsmål change of “%1”").arg(ind->name));
        if (!q) return Error{q.error()};
        if (q.value().numRowsAffected() != 1) return fail(tr("The årsmål change of “%1” no longer exists.").arg(ind->name));
        return AuditLog(m_store).record(QStringLiteral("indicator"), c.indicatorId,
                                        c.kf ? QStringLiteral("kf_target_change") : QStringLiteral("target_change"),
                                        c.target.text, c.kf ? ind->kfTarget.text : ind->target.text);
    });
}

std::vector<TargetChange> IndicatorRepository::targetChanges(const CommitteeIds &committees, int year) const
{
    std::vector<TargetChange> out;
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM target_change c JOIN indicator i ON i.id = c.indicator_id "
                                         "WHERE i.committee_id IN %2 AND i.year = ? ORDER BY c.decided, c.id")
                              .arg(QLatin1String(kChangeColumns), inList(committees)),
                          {year});
    if (!q) return out;
    while (q.value().next())
        if (TargetChange c = readChange(q.value()); c.fromPeriod != kUnknownPeriod) out.push_back(c);
    return out;
}

std::vector<TargetChange> IndicatorRepository::allTargetChanges() const
{
    std::vector<TargetChange> out;
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM target_change c ORDER BY c.decided, c.id")
                              .arg(QLatin1String(kChangeColumns)));
    if (!q) return out;
    while (q.value().next())
        if (TargetChange c = readChange(q.value()); c.fromPeriod != kUnknownPeriod) out.push_back(c);
    return out;
}

} // namespace malkoll
