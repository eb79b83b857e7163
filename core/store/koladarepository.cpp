#include "koladarepository.h"

#include "auditlog.h"
#include "store.h"

#include <QHash>
#include <QRegularExpression>
#include <map>

namespace malkoll {

namespace {
KoladaLink linkFrom(const QSqlQuery &q)
{
    KoladaLink l;
    l.committeeId = q.value(0).toLongLong();
    l.seriesKey = q.value(1).toString();
    l.kpi = q.value(2).toString();
    l.municipalities = q.value(3).toString().split(u',', Qt::SkipEmptyParts);
    l.ou = q.value(4).toString();
    return l;
}
QString groupKey(const QString &group) { return QStringLiteral("kolada/group/") + group; }
qint64 linkEntityId(const KoladaLink &l) { return l.committeeId * 1000000 + (qHash(l.seriesKey) % 1000000); }
} // namespace

std::vector<KoladaLink> KoladaRepository::links(qint64 committeeId) const
{
    std::vector<KoladaLink> out;
    auto q = m_store.exec(QStringLiteral("SELECT committee_id, series_key, kpi, municipalities, ou FROM kolada_link WHERE "
                                         "committee_id = ? ORDER BY series_key"),
                          {committeeId});
    while (q && q.value().next()) out.push_back(linkFrom(q.value()));
    return out;
}

std::optional<KoladaLink> KoladaRepository::link(qint64 committeeId, const QString &seriesKey) const
{
    auto q = m_store.exec(QStringLiteral("SELECT committee_id, series_key, kpi, municipalities, ou FROM kolada_link WHERE "
                                         "committee_id = ? AND series_key = ?"),
                          {committeeId, seriesKey});
    if (q && q.value().next()) return linkFrom(q.value());
    return std::nullopt;
}

Result<void> KoladaRepository::setLink(const KoladaLink &l)
{
    // A municipality (0180), or a group of municipalities (G33612, "Liknande kommuner").
    static const QRegularExpression municipality(QStringLiteral("^(\\d{4}|G\\d{1,8})$"));
    static const QRegularExpression ou(QStringLiteral("^[A-Za-z0-9]{1,40}$"));
    if (!l.kpi.isEmpty() && !Kolada::isKpiId(l.kpi))
        return fail(tr("“%1” is not a Kolada KPI id: a capital letter and five digits, such as N15033.").arg(l.kpi));
    for (const QString &m : l.municipalities)
        if (!municipality.match(m).hasMatch())
            return fail(tr("“%1” is not a municipality id: four digits, such as 0180 (Stockholm) or 0000 (riket), or a group such as G33612.").arg(m));
    if (!l.ou.isEmpty() && !ou.match(l.ou).hasMatch()) return fail(tr("“%1” is not a Kolada unit id.").arg(l.ou));
    if (!l.kpi.isEmpty() && l.municipalities.isEmpty() && l.ou.isEmpty())
        return fail(tr("Name a municipality (such as 0180) or a unit to compare with."));
    const std::optional<KoladaLink> before = link(l.committeeId, l.seriesKey);
    const QString describe = l.kpi.isEmpty() ? QString() : QStringLiteral("%1 %2 %3").arg(l.kpi, l.municipalities.join(u','), l.ou).trimmed();
    const QString was = before ? QStringLiteral("%1 %2 %3").arg(before->kpi, before->municipalities.join(u','), before->ou).trimmed() : QString();
    if (describe == was) return {};
    return m_store.transaction([&]() -> Result<void> {
        auto q = l.kpi.isEmpty()
                     ? m_store.exec(QStringLiteral("DELETE FROM kolada_link WHERE committee_id = ? AND series_key = ?"), {l.committeeId, l.seriesKey})
                     : m_store.exec(QStringLiteral("INSERT INTO kolada_link (committee_id, series_key, kpi, municipalities, ou) VALUES "
                                                   "(?, ?, ?, ?, ?) ON CONFLICT (committee_id, series_key) DO UPDATE SET kpi = "
                                                   "excluded.kpi, municipalities = excluded.municipalities, ou = excluded.ou"),
                                    {l.committeeId, l.seriesKey, l.kpi, l.municipalities.join(u','), l.ou}, tr("the Kolada link"));
        if (!q) return Error{q.error()};
        return AuditLog(m_store).record(QStringLiteral("kolada_link"), linkEntityId(l), l.seriesKey, was, describe);
    });
}

Result<KoladaSaveSummary> KoladaRepository::save(const std::vector<KoladaValue> &values, const QDateTime &fetchedAt,
                                                 const std::vector<KoladaKpi> &groups)
{
    KoladaSaveSummary summary;
    const QString at = fetchedAt.toUTC().toString(Qt::ISODate);
    auto written = m_store.transaction([&]() -> Result<void> {
        for (const KoladaValue &v : values) {
            auto q = m_store.exec(QStringLiteral("SELECT value FROM kolada_value WHERE kpi = ? AND area_kind = ? AND area = ? AND "
                                                 "year = ? AND gender = ?"),
                                  {v.kpi, v.areaKind, v.area, v.year, v.gender});
            if (!q) return Error{q.error()};
            const QVariant value = v.value ? QVariant(*v.value) : QVariant();
            if (!q.value().next()) {
                auto ins = m_store.exec(QStringLiteral("INSERT INTO kolada_value (kpi, area_kind, area, year, gender, value, fetched_at) "
                                                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                        {v.kpi, v.areaKind, v.area, v.year, v.gender, value, at}, tr("a Kolada value"));
                if (!ins) return Error{ins.error()};
                ++summary.added;
                continue;
            }
            const QVariant old = q.value().value(0);
            const bool same = old.isNull() ? !v.value : (v.value && qFuzzyCompare(1.0 + old.toDouble(), 1.0 + *v.value));
            auto up = same ? m_store.exec(QStringLiteral("UPDATE kolada_value SET fetched_at = ? WHERE kpi = ? AND area_kind = ? AND "
                                                         "area = ? AND year = ? AND gender = ?"),
                                          {at, v.kpi, v.areaKind, v.area, v.year, v.gender})
                           : m_store.exec(QStringLiteral("UPDATE kolada_value SET value = ?, previous_value = ?, revised_at = ?, "
                                                         "fetched_at = ? WHERE kpi = ? AND area_kind = ? AND area = ? AND year = ? AND "
                                                         "gender = ?"),
                                          {value, old, at, at, v.kpi, v.areaKind, v.area, v.year, v.gender});
            if (!up) return Error{up.error()};
            ++(same ? summary.unchanged : summary.revised);
        }
        auto named = saveGroupTitles(groups);
        if (!named) return Error{named.error()};
        return {};
    });
    if (!written) return Error{written.error()};
    return summary;
}

Result<int> KoladaRepository::saveGroupTitles(const std::vector<KoladaKpi> &groups)
{
    int changed = 0;
    auto written = m_store.transaction([&]() -> Result<void> {
        for (const KoladaKpi &g : groups) {
            const QString title = g.title.simplified().left(500);
            if (!Kolada::isGroupId(g.id) || g.id.size() > 12 || title.isEmpty() || groupTitle(g.id) == title) continue;
            auto q = m_store.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                                                 "value = excluded.value"),
                                  {groupKey(g.id), title}, tr("a Kolada group's title"));
            if (!q) return Error{q.error()};
            ++changed;
        }
        return {};
    });
    if (!written) return Error{written.error()};
    return changed;
}

QString KoladaRepository::groupTitle(const QString &group) const
{
    auto q = m_store.exec(QStringLiteral("SELECT value FROM setting WHERE key = ?"), {groupKey(group)});
    return q && q.value().next() ? q.value().value(0).toString() : QString();
}

std::vector<KoladaValue> KoladaRepository::values(const KoladaLink &l) const
{
    std::vector<KoladaValue> out;
    auto read = [&](const QString &kind, const QStringList &areas) {
        for (const QString &area : areas) {
            auto q = m_store.exec(QStringLiteral("SELECT year, gender, value, fetched_at, previous_value, revised_at FROM kolada_value "
                                                 "WHERE kpi = ? AND area_kind = ? AND area = ? ORDER BY gender DESC, year"),
                                  {l.kpi, kind, area});
            while (q && q.value().next()) {
                KoladaValue v;
                v.kpi = l.kpi;
                v.areaKind = kind;
                v.area = area;
                v.year = q.value().value(0).toInt();
                v.gender = q.value().value(1).toString();
                if (!q.value().value(2).isNull()) v.value = q.value().value(2).toDouble();
                v.fetchedAt = QDateTime::fromString(q.value().value(3).toString(), Qt::ISODate);
                if (!q.value().value(4).isNull()) v.previous = q.value().value(4).toDouble();
                v.revisedAt = QDateTime::fromString(q.value().value(5).toString(), Qt::ISODate);
                out.push_back(v);
            }
        }
    };
    read(QStringLiteral("municipality"), l.municipalities);
    if (!l.ou.isEmpty()) read(QStringLiteral("ou"), {l.ou});
    return out;
}

std::vector<KoladaLine> KoladaRepository::lines(const KoladaLink &l, bool bySex, int firstYear, int lastYear) const
{
    std::vector<KoladaLine> out;
    std::map<std::pair<QString, QString>, size_t> at; // (area, gender) → line
    for (const KoladaValue &v : values(l)) {
        if (!v.value || v.year < firstYear || v.year > lastYear) continue;
        if (v.gender != u"T" && !bySex) continue;
        const auto key = std::make_pair(v.areaKind + v.area, v.gender);
        auto it = at.find(key);
        if (it == at.end()) {
            QString name = Kolada::areaName(v.areaKind, v.area, v.areaKind == u"municipality" && Kolada::isGroupId(v.area) ? groupTitle(v.area) : QString());
            if (v.gender == u"K") name += QStringLiteral(" – kvinnor");
            if (v.gender == u"M") name += QStringLiteral(" – män");
            it = at.emplace(key, out.size()).first;
            out.push_back({name, {}});
        }
        out[it->second].points.push_back(QPointF(v.year + 1.0, *v.value));
    }
    return out;
}

} // namespace malkoll
