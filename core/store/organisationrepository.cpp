#include "organisationrepository.h"

#include "auditlog.h"
#include "store.h"
#include "text/textdecode.h"

#include <QCoreApplication>

namespace malkoll {

namespace {
Result<void> checkUnitTexts(const Unit &u)
{
    return TextCheck::check({{u.name, limits::kName, OrganisationRepository::tr("The unit's name")},
                             {u.number, 40, OrganisationRepository::tr("The unit's number")},
                             {u.manager, limits::kName, OrganisationRepository::tr("The unit's manager")}});
}

Unit readUnit(const QSqlQuery &q)
{
    Unit u;
    u.id = q.value(0).toLongLong();
    u.committeeId = q.value(1).toLongLong();
    u.parentId = q.value(2).toLongLong();
    u.name = q.value(3).toString();
    u.number = q.value(4).toString();
    u.resultUnit = q.value(5).toBool();
    u.manager = q.value(6).toString();
    return u;
}
const char *kUnitColumns = "id, committee_id, parent_id, name, number, result_unit, manager";
} // namespace

Result<qint64> OrganisationRepository::addCommittee(Committee &c)
{
    if (c.name.trimmed().isEmpty()) return fail(tr("The committee needs a name."));
    if (auto r = TextCheck::check({{c.name, limits::kCommitteeName, tr("The committee's name")},
                                   {c.shortName, limits::kCommitteeName, tr("The committee's short name")}});
        !r)
        return Error{r.error()};
    qint64 id = 0;
    auto r = m_store.transaction([&]() -> Result<void> {
        auto q = m_store.exec(QStringLiteral("INSERT INTO committee (name, short_name) VALUES (?, ?) RETURNING id"),
                              {c.name, c.shortName}, tr("the committee"));
        if (!q) return Error{q.error()};
        q.value().next();
        id = q.value().value(0).toLongLong();
        return AuditLog(m_store).record(QStringLiteral("committee"), id, QStringLiteral("created"), {}, c.name);
    });
    if (!r) return Error{r.error()};
    c.id = id;
    return id;
}

std::vector<Committee> OrganisationRepository::committees() const
{
    std::vector<Committee> out;
    auto q = m_store.exec(QStringLiteral("SELECT id, name, short_name FROM committee ORDER BY id"));
    if (!q) return out;
    while (q.value().next())
        out.push_back({q.value().value(0).toLongLong(), q.value().value(1).toString(), q.value().value(2).toString()});
    return out;
}

std::optional<Committee> OrganisationRepository::committee(qint64 id) const
{
    for (const Committee &c : committees())
        if (c.id == id) return c;
    return std::nullopt;
}

Result<qint64> OrganisationRepository::addUnit(Unit &u)
{
    if (u.name.trimmed().isEmpty()) return fail(tr("The unit needs a name."));
    if (auto r = checkUnitTexts(u); !r) return Error{r.error()};
    qint64 id = 0;
    auto r = m_store.transaction([&]() -> Result<void> {
        auto q = m_store.exec(QStringLiteral("INSERT INTO unit (committee_id, parent_id, name, number, result_unit, "
                                             "manager) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                              {u.committeeId, idOrNull(u.parentId), u.name, u.number, u.resultUnit ? 1 : 0, u.manager},
                              tr("the unit “%1”").arg(u.name));
        if (!q) return Error{q.error()};
        q.value().next();
        id = q.value().value(0).toLongLong();
        return AuditLog(m_store).record(QStringLiteral("unit"), id, QStringLiteral("created"), {}, u.name);
    });
    if (!r) return Error{r.error()};
    u.id = id;
    return id;
}

Result<void> OrganisationRepository::updateUnit(const Unit &u)
{
    if (auto r = checkUnitTexts(u); !r) return r;
    return m_store.transaction([&]() -> Result<void> {
        auto q = m_store.exec(QStringLiteral("UPDATE unit SET parent_id = ?, name = ?, number = ?, result_unit = ?, "
                                             "manager = ? WHERE id = ?"),
                              {idOrNull(u.parentId), u.name, u.number, u.resultUnit ? 1 : 0, u.manager, u.id},
                              tr("the unit “%1”").arg(u.name));
        if (!q) return Error{q.error()};
        return AuditLog(m_store).record(QStringLiteral("unit"), u.id, QStringLiteral("updated"), {}, u.name);
    });
}

std::vector<Unit> OrganisationRepository::units(const CommitteeIds &committees) const
{
    std::vector<Unit> out;
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM unit WHERE committee_id IN %2 ORDER BY number, name")
                              .arg(QLatin1String(kUnitColumns), inList(committees)));
    if (!q) return out;
    while (q.value().next()) out.push_back(readUnit(q.value()));
    return out;
}

std::optional<Unit> OrganisationRepository::unitByName(qint64 committeeId, const QString &name) const
{
    for (const Unit &u : units(committeeId))
        if (u.name.compare(name, Qt::CaseInsensitive) == 0) return u;
    return std::nullopt;
}

} // namespace malkoll
