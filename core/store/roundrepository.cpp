#include "roundrepository.h"
#include "upsert.h"

#include "auditlog.h"
#include "periodrepository.h"
#include "store.h"

namespace malkoll {

QString roundStateCode(RoundState s)
{
    switch (s) {
    case RoundState::Open: return QStringLiteral("open");
    case RoundState::Submitted: return QStringLiteral("submitted");
    case RoundState::Approved: return QStringLiteral("approved");
    case RoundState::Returned: return QStringLiteral("returned");
    }
    return {};
}

RoundState roundStateFromCode(const QString &code)
{
    for (RoundState s : {RoundState::Submitted, RoundState::Approved, RoundState::Returned})
        if (code == roundStateCode(s)) return s;
    return RoundState::Open;
}

namespace {
const char *const kRoundColumns = "unit_id, state, comment, submitted_by, submitted_at, decided_by, decided_at, version";

UnitRoundRecord readRecord(const QSqlQuery &q)
{
    UnitRoundRecord r;
    r.unitId = q.value(0).toLongLong();
    r.state = roundStateFromCode(q.value(1).toString());
    r.comment = q.value(2).toString();
    r.submittedBy = q.value(3).toString();
    r.submittedAt = q.value(4).toString();
    r.decidedBy = q.value(5).toString();
    r.decidedAt = q.value(6).toString();
    r.version = q.value(7).toInt();
    return r;
}
} // namespace

QHash<qint64, UnitRoundRecord> RoundRepository::states(qint64 committeeId, int year, Period period) const
{
    QHash<qint64, UnitRoundRecord> out;
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM report_round WHERE committee_id = ? AND year = ? AND period = ?")
                              .arg(QLatin1String(kRoundColumns)),
                          {committeeId, year, periodCode(period)});
    while (q && q.value().next()) {
        const UnitRoundRecord r = readRecord(q.value());
        out.insert(r.unitId, r);
    }
    return out;
}

QHash<qint64, QHash<qint64, UnitRoundRecord>> RoundRepository::states(int year, Period period) const
{
    QHash<qint64, QHash<qint64, UnitRoundRecord>> out;
    auto q = m_store.exec(QStringLiteral("SELECT %1, committee_id FROM report_round WHERE year = ? AND period = ?").arg(QLatin1String(kRoundColumns)),
                          {year, periodCode(period)});
    while (q && q.value().next()) {
        const UnitRoundRecord r = readRecord(q.value());
        out[q.value().value(8).toLongLong()].insert(r.unitId, r);
    }
    return out;
}

UnitRoundRecord RoundRepository::state(qint64 committeeId, int year, Period period, qint64 unitId) const
{
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM report_round WHERE committee_id = ? AND year = ? AND period = ? "
                                         "AND unit_id = ?")
                              .arg(QLatin1String(kRoundColumns)),
                          {committeeId, year, periodCode(period), unitId});
    if (q && q.value().next()) return readRecord(q.value());
    UnitRoundRecord none;
    none.unitId = unitId;
    none.version = -1;
    return none;
}

Result<void> RoundRepository::write(qint64 committeeId, int year, Period period, const UnitRoundRecord &r, int expectedVersion)
{
    const UnitRoundRecord now = state(committeeId, year, period, r.unitId);
    if (now.version != expectedVersion)
        return fail(tr("Someone else changed this unit's round meanwhile (it is now “%1”); nothing was saved.")
                        .arg(roundStateCode(now.state)));
    if (m_store.isServer()) // the server takes the step, checks it, stamps it and audits it
        return writeServerUpsert(m_store, QStringLiteral("report_round"),
                                 {QStringLiteral("committee_id"), QStringLiteral("year"), QStringLiteral("period"), QStringLiteral("unit_id")},
                                 {committeeId, year, periodCode(period), r.unitId},
                                 {QStringLiteral("state"), QStringLiteral("comment"), QStringLiteral("version")},
                                 {roundStateCode(r.state), r.comment, 0}, tr("the round"));
    auto q = m_store.exec(
        QStringLiteral("INSERT INTO report_round (committee_id, year, period, unit_id, state, comment, submitted_by, "
                       "submitted_at, decided_by, decided_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT "
                       "(committee_id, year, period, unit_id) DO UPDATE SET state = excluded.state, comment = "
                       "excluded.comment, submitted_by = excluded.submitted_by, submitted_at = excluded.submitted_at, "
                       "decided_by = excluded.decided_by, decided_at = excluded.decided_at, version = report_round.version + 1"),
        {committeeId, year, periodCode(period), r.unitId, roundStateCode(r.state), r.comment, r.submittedBy, r.submittedAt,
         r.decidedBy, r.decidedAt},
        tr("the round"));
    if (!q) return Error{q.error()};
    AuditLog log(m_store);
    const QString field = QStringLiteral("round %1 %2").arg(periodCode(period)).arg(year);
    if (auto a = log.record(QStringLiteral("unit"), r.unitId, field, roundStateCode(now.state), roundStateCode(r.state)); !a) return a;
    if (r.comment != now.comment && !r.comment.isEmpty())
        if (auto a = log.record(QStringLiteral("unit"), r.unitId, field + QStringLiteral(" comment"), now.comment, r.comment); !a) return a;
    return {};
}

QDate RoundRepository::deadline(qint64 committeeId, int year, Period period) const
{
    auto q = m_store.exec(QStringLiteral("SELECT deadline FROM period_info WHERE committee_id = ? AND year = ? AND period = ?"),
                          {committeeId, year, periodCode(period)});
    if (q && q.value().next()) return QDate::fromString(q.value().value(0).toString(), Qt::ISODate);
    return {};
}

QHash<qint64, QDate> RoundRepository::deadlines(int year, Period period) const
{
    QHash<qint64, QDate> out;
    auto q = m_store.exec(QStringLiteral("SELECT committee_id, deadline FROM period_info WHERE year = ? AND period = ? AND deadline <> ''"),
                          {year, periodCode(period)});
    while (q && q.value().next()) out.insert(q.value().value(0).toLongLong(), QDate::fromString(q.value().value(1).toString(), Qt::ISODate));
    return out;
}

Result<void> RoundRepository::setDeadline(qint64 committeeId, int year, Period period, const QDate &deadline)
{
    return m_store.transaction([&]() -> Result<void> {
        const QDate before = this->deadline(committeeId, year, period);
        const QString text = deadline.isValid() ? deadline.toString(Qt::ISODate) : QString();
        auto q = m_store.exec(QStringLiteral("INSERT INTO period_info (committee_id, year, period, deadline) VALUES (?, ?, ?, ?) "
                                             "ON CONFLICT (committee_id, year, period) DO UPDATE SET deadline = excluded.deadline"),
                              {committeeId, year, periodCode(period), text}, tr("the deadline"));
        if (!q) return Error{q.error()};
        return AuditLog(m_store).record(QStringLiteral("committee"), committeeId,
                                        QStringLiteral("deadline %1 %2").arg(periodCode(period)).arg(year),
                                        before.isValid() ? before.toString(Qt::ISODate) : QString(), text);
    });
}

} // namespace malkoll
