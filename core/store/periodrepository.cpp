#include "periodrepository.h"

#include "auditlog.h"
#include "store.h"
#include "text/textdecode.h"

#include <QCoreApplication>

namespace malkoll {

namespace {
qint64 periodEntityId(qint64 committeeId, int year, Period period)
{
    return committeeId * 100000 + year * 10 + int(period); // stable id for the audit log
}
} // namespace

PeriodInfo PeriodRepository::info(qint64 committeeId, int year, Period period) const
{
    return infos({committeeId}, year, period).front();
}

std::vector<PeriodInfo> PeriodRepository::infos(const CommitteeIds &committees, int year, Period period) const
{
    std::vector<PeriodInfo> out;
    QHash<qint64, size_t> at;
    for (qint64 id : committees) {
        PeriodInfo p;
        p.committeeId = id;
        p.year = year;
        p.period = period;
        at.insert(id, out.size());
        out.push_back(p);
    }
    auto q = m_store.exec(QStringLiteral("SELECT committee_id, proposals, summary, locked, lock_reason, locked_by, "
                                         "handlaggare, phone, document_date FROM "
                                         "period_info WHERE committee_id IN %1 AND year = ? AND period = ?")
                              .arg(inList(committees)),
                          {year, periodCode(period)});
    while (q && q.value().next()) {
        const auto it = at.constFind(q.value().value(0).toLongLong());
        if (it == at.cend()) continue;
        PeriodInfo &p = out[*it];
        const QString proposals = q.value().value(1).toString();
        p.proposals = proposals.isEmpty() ? QStringList() : proposals.split(QLatin1Char('\n'));
        p.summary = q.value().value(2).toString();
        p.locked = q.value().value(3).toBool();
        p.lockReason = q.value().value(4).toString();
        p.lockedBy = q.value().value(5).toString();
        p.handlaggare = q.value().value(6).toString();
        p.phone = q.value().value(7).toString();
        p.documentDate = QDate::fromString(q.value().value(8).toString(), Qt::ISODate);
    }
    return out;
}

Result<void> PeriodRepository::upsert(const PeriodInfo &p)
{
    auto q = m_store.exec(QStringLiteral("INSERT INTO period_info (committee_id, year, period, proposals, summary, "
                                         "locked, lock_reason, locked_by, handlaggare, phone, document_date) VALUES (?, ?, ?, ?, ?, ?, "
                                         "?, ?, ?, ?, ?) ON CONFLICT (committee_id, year, period) DO UPDATE SET "
                                         "proposals = excluded.proposals, summary = excluded.summary, locked = "
                                         "excluded.locked, lock_reason = excluded.lock_reason, locked_by = "
                                         "excluded.locked_by, handlaggare = excluded.handlaggare, phone = "
                                         "excluded.phone, document_date = excluded.document_date"),
                          {p.committeeId, p.year, periodCode(p.period), p.proposals.join(QLatin1Char('\n')),
                           p.summary, p.locked ? 1 : 0, p.lockReason, p.lockedBy, p.handlaggare, p.phone,
                           p.documentDate.isValid() ? p.documentDate.toString(Qt::ISODate) : QString()},
                          tr("the period %1 %2").arg(periodCode(p.period)).arg(p.year));
    if (!q) return Error{q.error()};
    return {};
}

Result<void> PeriodRepository::saveTexts(const PeriodInfo &p)
{
    const QString proposals = p.proposals.join(u'\n');
    if (auto r = TextCheck::check({{proposals, limits::kDocument, tr("Förslag till beslut")},
                                   {p.summary, limits::kDocument, tr("The summary")},
                                   {p.handlaggare, limits::kTitle, tr("Handläggare")},
                                   {p.phone, limits::kTitle, tr("The telephone")}});
        !r)
        return r;
    if (auto r = ensureUnlocked(p.committeeId, p.year, p.period); !r) return r;
    PeriodInfo before = info(p.committeeId, p.year, p.period);
    PeriodInfo next = before;
    next.proposals = p.proposals;
    next.summary = p.summary;
    next.handlaggare = p.handlaggare;
    next.phone = p.phone;
    next.documentDate = p.documentDate;
    return m_store.transaction([&]() -> Result<void> {
        if (auto r = upsert(next); !r) return r;
        AuditLog log(m_store);
        const qint64 id = periodEntityId(p.committeeId, p.year, p.period);
        if (before.proposals != next.proposals)
            if (auto r = log.record(QStringLiteral("period"), id, QStringLiteral("proposals"),
                                    before.proposals.join(QLatin1Char('\n')), next.proposals.join(QLatin1Char('\n')));
                !r)
                return r;
        if (before.summary != next.summary)
            if (auto r = log.record(QStringLiteral("period"), id, QStringLiteral("summary"), before.summary,
                                    next.summary);
                !r)
                return r;
        const QString beforeBlock = QStringList{before.handlaggare, before.phone, before.documentDate.toString(Qt::ISODate)}.join(u'|');
        const QString nextBlock = QStringList{next.handlaggare, next.phone, next.documentDate.toString(Qt::ISODate)}.join(u'|');
        if (beforeBlock != nextBlock)
            if (auto r = log.record(QStringLiteral("period"), id, QStringLiteral("title_block"), beforeBlock, nextBlock); !r)
                return r;
        return {};
    });
}

Result<void> PeriodRepository::lock(qint64 committeeId, int year, Period period, const QString &reason)
{
    PeriodInfo p = info(committeeId, year, period);
    if (p.locked) return fail(tr("%1 %2 is already locked.").arg(periodCode(period)).arg(year));
    if (auto r = TextCheck::check({{reason, limits::kText, tr("The reason")}}); !r) return r;
    p.locked = true;
    p.lockReason = reason;
    p.lockedBy = m_store.user();
    return m_store.transaction([&]() -> Result<void> {
        if (auto r = upsert(p); !r) return r;
        return AuditLog(m_store).record(QStringLiteral("period"), periodEntityId(committeeId, year, period),
                                        QStringLiteral("locked"), QStringLiteral("0"),
                                        QStringLiteral("1: %1").arg(reason));
    });
}

Result<void> PeriodRepository::unlock(qint64 committeeId, int year, Period period, const QString &reason)
{
    if (reason.trimmed().isEmpty()) return fail(tr("Give a reason for unlocking the period."));
    if (auto r = TextCheck::check({{reason, limits::kText, tr("The reason")}}); !r) return r;
    PeriodInfo p = info(committeeId, year, period);
    if (!p.locked) return fail(tr("%1 %2 is not locked.").arg(periodCode(period)).arg(year));
    p.locked = false;
    p.lockReason.clear();
    p.lockedBy.clear();
    return m_store.transaction([&]() -> Result<void> {
        if (auto r = upsert(p); !r) return r;
        return AuditLog(m_store).record(QStringLiteral("period"), periodEntityId(committeeId, year, period),
                                        QStringLiteral("locked"), QStringLiteral("1"),
                                        QStringLiteral("0: %1").arg(reason));
    });
}

bool PeriodRepository::isLocked(qint64 committeeId, int year, Period period) const
{
    return info(committeeId, year, period).locked;
}

Result<void> PeriodRepository::ensureUnlocked(qint64 committeeId, int year, Period period) const
{
    const PeriodInfo p = info(committeeId, year, period);
    if (!p.locked) return {};
    return fail(tr("%1 %2 is locked by %3 (%4); unlock it before changing its values.")
                    .arg(periodCode(period))
                    .arg(year)
                    .arg(p.lockedBy, p.lockReason.isEmpty() ? tr("no reason given") : p.lockReason));
}

} // namespace malkoll
