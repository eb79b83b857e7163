#include "economyrepository.h"

#include "auditlog.h"
#include "text/textdecode.h"
#include "periodrepository.h"
#include "store.h"

#include <QCoreApplication>

namespace malkoll {

namespace {

// An economy line's bound values: its name within limits, every amount finite and plausible.
Result<void> checkBinds(const QVariantList &binds, const QString &what)
{
    for (const QVariant &v : binds) {
        if (v.typeId() == QMetaType::QString) {
            if (auto r = TextCheck::check({{v.toString(), limits::kName, what}}); !r) return r;
        } else if (v.typeId() == QMetaType::Double) {
            if (auto r = TextCheck::checkNumber(v.toDouble(), what); !r) return r;
        }
    }
    return {};
}

Result<qint64> insertReturningId(Store &store, const QString &sql, const QVariantList &binds, const QString &what,
                                 const QString &entity, const QString &name)
{
    if (auto c = checkBinds(binds, what); !c) return Error{c.error()};
    qint64 id = 0;
    auto r = store.transaction([&]() -> Result<void> {
        auto q = store.exec(sql, binds, what);
        if (!q) return Error{q.error()};
        q.value().next();
        id = q.value().value(0).toLongLong();
        return AuditLog(store).record(entity, id, QStringLiteral("created"), {}, name);
    });
    if (!r) return Error{r.error()};
    return id;
}
} // namespace

Result<qint64> EconomyRepository::addBudgetLine(BudgetLine &l)
{
    if (l.name.trimmed().isEmpty()) return fail(tr("A budget line needs the name of its verksamhetsområde."));
    if (auto lock = PeriodRepository(m_store).ensureUnlocked(l.committeeId, l.year, l.period); !lock)
        return Error{lock.error()};
    auto id = insertReturningId(
        m_store,
        QStringLiteral("INSERT INTO budget_line (committee_id, year, period, parent_id, name, sort_order, budget, "
                       "adjustments, performance, forecast_before, forecast_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?) RETURNING id"),
        {l.committeeId, l.year, periodCode(l.period), idOrNull(l.parentId), l.name, l.sortOrder, l.budget,
         l.adjustments, l.performance, l.forecastBefore, l.forecastAfter},
        tr("the budget line “%1”").arg(l.name), QStringLiteral("budget_line"), l.name);
    if (id) l.id = id.value();
    return id;
}

Result<void> EconomyRepository::updateLine(qint64 committeeId, int year, Period period, const QString &sql,
                                           const QVariantList &binds, const QString &what, const QString &entity,
                                           qint64 id, const QString &newValue)
{
    if (auto c = checkBinds(binds, what); !c) return c;
    if (auto lock = PeriodRepository(m_store).ensureUnlocked(committeeId, year, period); !lock) return lock;
    return m_store.transaction([&]() -> Result<void> {
        auto q = m_store.exec(sql, binds, what);
        if (!q) return Error{q.error()};
        return AuditLog(m_store).record(entity, id, QStringLiteral("updated"), {}, newValue);
    });
}

Result<void> EconomyRepository::updateBudgetLine(const BudgetLine &l)
{
    return updateLine(l.committeeId, l.year, l.period,
                      QStringLiteral("UPDATE budget_line SET name = ?, budget = ?, adjustments = ?, performance = ?, "
                                     "forecast_before = ?, forecast_after = ?, sort_order = ? WHERE id = ?"),
                      {l.name, l.budget, l.adjustments, l.performance, l.forecastBefore, l.forecastAfter, l.sortOrder, l.id},
                      tr("the budget line “%1”").arg(l.name), QStringLiteral("budget_line"), l.id,
                      QStringLiteral("%1/%2/%3/%4/%5")
                          .arg(l.budget)
                          .arg(l.adjustments)
                          .arg(l.performance)
                          .arg(l.forecastBefore)
                          .arg(l.forecastAfter));
}

std::vector<BudgetLine> EconomyRepository::budgetLines(qint64 committeeId, int year, Period period) const
{
    return budgetLines(CommitteeIds{committeeId}, year, period).value(committeeId);
}

QHash<qint64, std::vector<BudgetLine>> EconomyRepository::budgetLines(const CommitteeIds &committees, int year, Period period) const
{
    QHash<qint64, std::vector<BudgetLine>> read;
    auto q = m_store.exec(QStringLiteral("SELECT id, parent_id, name, sort_order, budget, adjustments, performance, "
                                         "forecast_before, forecast_after, committee_id FROM budget_line WHERE committee_id IN %1 AND "
                                         "year = ? AND period = ? ORDER BY sort_order, id")
                              .arg(inList(committees)),
                          {year, periodCode(period)});
    if (!q) return read;
    auto &s = q.value();
    while (s.next()) {
        BudgetLine l;
        l.id = s.value(0).toLongLong();
        l.committeeId = s.value(9).toLongLong();
        l.year = year;
        l.period = period;
        l.parentId = s.value(1).toLongLong();
        l.name = s.value(2).toString();
        l.sortOrder = s.value(3).toInt();
        l.budget = s.value(4).toDouble();
        l.adjustments = s.value(5).toDouble();
        l.performance = s.value(6).toDouble();
        l.forecastBefore = s.value(7).toDouble();
        l.forecastAfter = s.value(8).toDouble();
        read[l.committeeId].push_back(l);
    }
    QHash<qint64, std::vector<BudgetLine>> out;
    for (auto it = read.cbegin(); it != read.cend(); ++it) {
        // Each area followed by its varav lines, whatever their sort orders.
        const std::vector<BudgetLine> &lines = it.value();
        std::vector<BudgetLine> grouped;
        grouped.reserve(lines.size());
        for (const BudgetLine &area : lines) {
            if (area.parentId) continue;
            grouped.push_back(area);
            for (const BudgetLine &part : lines)
                if (part.parentId == area.id) grouped.push_back(part);
        }
        out.insert(it.key(), grouped.size() == lines.size() ? grouped : lines); // a varav line without its area: as read
    }
    return out;
}

Result<qint64> EconomyRepository::addResultUnit(ResultUnitLine &l)
{
    if (l.name.trimmed().isEmpty()) return fail(tr("A resultatenhet line needs a name."));
    if (l.grossBudget < 0) return fail(tr("Resultatenhet “%1”: bruttobudget cannot be negative.").arg(l.name));
    if (auto lock = PeriodRepository(m_store).ensureUnlocked(l.committeeId, l.year, l.period); !lock)
        return Error{lock.error()};
    auto id = insertReturningId(
        m_store,
        QStringLiteral("INSERT INTO result_unit_line (committee_id, year, period, unit_id, name, gross_budget, "
                       "carried_in, result, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {l.committeeId, l.year, periodCode(l.period), idOrNull(l.unitId), l.name, l.grossBudget, l.carriedIn, l.result,
         l.sortOrder},
        tr("the resultatenhet “%1”").arg(l.name), QStringLiteral("result_unit_line"), l.name);
    if (id) l.id = id.value();
    return id;
}

Result<void> EconomyRepository::updateResultUnit(const ResultUnitLine &l)
{
    if (l.grossBudget < 0) return fail(tr("Resultatenhet “%1”: bruttobudget cannot be negative.").arg(l.name));
    return updateLine(l.committeeId, l.year, l.period,
                      QStringLiteral("UPDATE result_unit_line SET name = ?, unit_id = ?, gross_budget = ?, carried_in = "
                                     "?, result = ? WHERE id = ?"),
                      {l.name, idOrNull(l.unitId), l.grossBudget, l.carriedIn, l.result, l.id},
                      tr("the resultatenhet “%1”").arg(l.name), QStringLiteral("result_unit_line"), l.id,
                      QStringLiteral("%1/%2/%3").arg(l.grossBudget).arg(l.carriedIn).arg(l.result));
}

std::vector<ResultUnitLine> EconomyRepository::resultUnits(qint64 committeeId, int year, Period period) const
{
    std::vector<ResultUnitLine> out;
    auto q = m_store.exec(QStringLiteral("SELECT id, unit_id, name, gross_budget, carried_in, result, sort_order FROM "
                                         "result_unit_line WHERE committee_id = ? AND year = ? AND period = ? ORDER "
                                         "BY sort_order, id"),
                          {committeeId, year, periodCode(period)});
    if (!q) return out;
    auto &s = q.value();
    while (s.next()) {
        ResultUnitLine l;
        l.id = s.value(0).toLongLong();
        l.committeeId = committeeId;
        l.year = year;
        l.period = period;
        l.unitId = s.value(1).toLongLong();
        l.name = s.value(2).toString();
        l.grossBudget = s.value(3).toDouble();
        l.carriedIn = s.value(4).toDouble();
        l.result = s.value(5).toDouble();
        l.sortOrder = s.value(6).toInt();
        out.push_back(l);
    }
    return out;
}

Result<qint64> EconomyRepository::addInvestment(InvestmentLine &l)
{
    if (l.name.trimmed().isEmpty()) return fail(tr("An investment line needs a name."));
    if (auto lock = PeriodRepository(m_store).ensureUnlocked(l.committeeId, l.year, l.period); !lock)
        return Error{lock.error()};
    auto id = insertReturningId(
        m_store,
        QStringLiteral("INSERT INTO investment_line (committee_id, year, period, name, budget, adjustments, forecast, "
                       "sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {l.committeeId, l.year, periodCode(l.period), l.name, l.budget, l.adjustments, l.forecast, l.sortOrder},
        tr("the investment “%1”").arg(l.name), QStringLiteral("investment_line"), l.name);
    if (id) l.id = id.value();
    return id;
}

Result<void> EconomyRepository::updateInvestment(const InvestmentLine &l)
{
    return updateLine(l.committeeId, l.year, l.period,
                      QStringLiteral("UPDATE investment_line SET name = ?, budget = ?, adjustments = ?, forecast = ? "
                                     "WHERE id = ?"),
                      {l.name, l.budget, l.adjustments, l.forecast, l.id}, tr("the investment “%1”").arg(l.name),
                      QStringLiteral("investment_line"), l.id,
                      QStringLiteral("%1/%2/%3").arg(l.budget).arg(l.adjustments).arg(l.forecast));
}

std::vector<InvestmentLine> EconomyRepository::investments(qint64 committeeId, int year, Period period) const
{
    std::vector<InvestmentLine> out;
    auto q = m_store.exec(QStringLiteral("SELECT id, name, budget, adjustments, forecast, sort_order FROM "
                                         "investment_line WHERE committee_id = ? AND year = ? AND period = ? ORDER BY "
                                         "sort_order, id"),
                          {committeeId, year, periodCode(period)});
    if (!q) return out;
    auto &s = q.value();
    while (s.next()) {
        InvestmentLine l;
        l.id = s.value(0).toLongLong();
        l.committeeId = committeeId;
        l.year = year;
        l.period = period;
        l.name = s.value(1).toString();
        l.budget = s.value(2).toDouble();
        l.adjustments = s.value(3).toDouble();
        l.forecast = s.value(4).toDouble();
        l.sortOrder = s.value(5).toInt();
        out.push_back(l);
    }
    return out;
}

} // namespace malkoll
