#include "reportround.h"

#include "calc/evaluator.h"
#include "store/periodrepository.h"
#include "store/server.h"
#include "store/snapshotreader.h"
#include "store/store.h"

#include <QDateTime>
#include <QSet>

namespace malkoll {

QString roundStateName(RoundState s)
{
    switch (s) {
    case RoundState::Open: return ReportRound::tr("In progress");
    case RoundState::Submitted: return ReportRound::tr("Ready for review");
    case RoundState::Approved: return ReportRound::tr("Approved");
    case RoundState::Returned: return ReportRound::tr("Returned");
    }
    return {};
}

std::vector<UnitProgress> ReportRound::board(const YearSnapshot &s, const YearEvaluation &ev,
                                             const QHash<qint64, UnitRoundRecord> &states, const QDate &deadline,
                                             const QDate &today)
{
    QHash<qint64, size_t> at;
    std::vector<UnitProgress> rows;
    const auto row = [&](qint64 unitId) -> UnitProgress & {
        if (auto it = at.constFind(unitId); it != at.cend()) return rows[*it];
        UnitProgress p;
        p.unitId = unitId;
        const Unit *u = s.unit(unitId);
        p.unitName = u ? u->name : QString::number(unitId);
        p.record = states.value(unitId, UnitRoundRecord{unitId, RoundState::Open, {}, {}, {}, {}, {}, -1});
        at.insert(unitId, rows.size());
        rows.push_back(p);
        return rows.back();
    };
    for (const Unit &u : s.units) { // the plan's order first, then those with something to report
        bool responsible = false;
        for (const Indicator &i : s.indicators) responsible = responsible || i.responsibleUnitId == u.id;
        for (const Activity &a : s.activities) responsible = responsible || a.responsibleUnitId == u.id;
        if (responsible) row(u.id);
    }
    const bool vb = s.period == Period::VB;
    for (const Indicator &i : s.indicators) {
        if (!i.responsibleUnitId) continue;
        UnitProgress &p = row(i.responsibleUnitId);
        const IndicatorEvaluation *e = ev.indicator(i.id);
        const bool due = vb || i.periodicity == Periodicity::Tertial;
        if (!due || !e) continue;
        ++p.expected;
        const Measurement *m = s.measurement(i.id);
        const bool reason = m && m->notReported && !m->notReportedReason.trimmed().isEmpty();
        if (e->outcome || reason) ++p.entered;
        if (m && m->notReported && !reason)
            p.problems << tr("“%1” is marked not reported but has no reason.").arg(i.name);
    }
    for (const Finding &f : ev.findings) {
        qint64 unitId = 0;
        if (f.indicatorId) {
            const Indicator *i = s.indicator(f.indicatorId);
            unitId = i ? i->responsibleUnitId : 0;
        } else if (f.activityId) {
            const Activity *a = s.activity(f.activityId);
            unitId = a ? a->responsibleUnitId : 0;
        }
        if (!unitId) continue;
        const bool analysis = f.kind == FindingKind::MissingAnalysis || f.kind == FindingKind::DeviationWithoutAnalysis;
        if (!analysis && f.kind != FindingKind::MissingValue) continue;
        UnitProgress &p = row(unitId);
        if (analysis) ++p.missingAnalyses;
        p.problems << f.message;
    }
    for (UnitProgress &p : rows) {
        const bool handedIn = p.record.state == RoundState::Submitted || p.record.state == RoundState::Approved;
        p.overdue = deadline.isValid() && today > deadline && !handedIn;
    }
    return rows;
}

std::vector<UnitProgress> ReportRound::board(Store &store, qint64 committeeId, int year, Period period, const QDate &today)
{
    auto snap = SnapshotReader(store).read(committeeId, year, period);
    if (!snap) return {};
    const YearEvaluation ev = Evaluator::evaluate(snap.value());
    const RoundRepository repo(store);
    return board(snap.value(), ev, repo.states(committeeId, year, period), repo.deadline(committeeId, year, period), today);
}

namespace {
QString nowUtc() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

// One step of the round: the unit's record now, checked by `allowed`, changed by `change`.
Result<void> step(Store &store, qint64 committeeId, int year, Period period, qint64 unitId,
                  const std::function<Result<void>(const UnitRoundRecord &)> &allowed,
                  const std::function<void(UnitRoundRecord &)> &change)
{
    return store.transaction([&]() -> Result<void> {
        if (auto open = PeriodRepository(store).ensureUnlocked(committeeId, year, period); !open) return open;
        if (const Access a = Server::access(store); a == Access::Reader || a == Access::Stad)
            return fail(ReportRound::tr("You may only read this store."));
        RoundRepository repo(store);
        const UnitRoundRecord now = repo.state(committeeId, year, period, unitId);
        if (auto ok = allowed(now); !ok) return ok;
        UnitRoundRecord next = now;
        change(next);
        return repo.write(committeeId, year, period, next, now.version);
    });
}
} // namespace

Result<void> ReportRound::submit(Store &store, qint64 committeeId, int year, Period period, qint64 unitId)
{
    const auto progress = board(store, committeeId, year, period, QDate::currentDate());
    const UnitProgress *p = nullptr;
    for (const UnitProgress &r : progress)
        if (r.unitId == unitId) p = &r;
    if (!p) return fail(tr("The unit has nothing to report for %1 %2.").arg(periodCode(period)).arg(year));
    if (!p->problems.isEmpty())
        return fail(tr("%1 cannot be submitted yet:\n• %2").arg(p->unitName, p->problems.join(QStringLiteral("\n• "))));
    const QString name = p->unitName;
    return step(
        store, committeeId, year, period, unitId,
        [&](const UnitRoundRecord &now) -> Result<void> {
            if (now.state == RoundState::Submitted || now.state == RoundState::Approved)
                return fail(tr("%1 is already %2.").arg(name, roundStateName(now.state).toLower()));
            return {};
        },
        [&](UnitRoundRecord &r) {
            r.state = RoundState::Submitted;
            r.submittedBy = store.user();
            r.submittedAt = nowUtc();
        });
}

namespace {
// Approving and returning are the controller's (the server refuses them too).
Result<void> controllerOnly(const Store &store)
{
    const Access a = Server::access(store);
    if (a == Access::Owner || a == Access::Controller) return {};
    return fail(ReportRound::tr("Only a controller approves or returns a unit's part."));
}
} // namespace

Result<void> ReportRound::approve(Store &store, qint64 committeeId, int year, Period period, qint64 unitId)
{
    if (auto ok = controllerOnly(store); !ok) return ok;
    return step(
        store, committeeId, year, period, unitId,
        [&](const UnitRoundRecord &now) -> Result<void> {
            if (now.state != RoundState::Submitted)
                return fail(tr("Only a submitted part can be approved (this one is “%1”).").arg(roundStateName(now.state)));
            return {};
        },
        [&](UnitRoundRecord &r) {
            r.state = RoundState::Approved;
            r.decidedBy = store.user();
            r.decidedAt = nowUtc();
        });
}

Result<void> ReportRound::sendBack(Store &store, qint64 committeeId, int year, Period period, qint64 unitId,
                                   const QString &comment)
{
    if (auto ok = controllerOnly(store); !ok) return ok;
    if (comment.trimmed().isEmpty()) return fail(tr("Say what is to be done: a returned part needs a comment."));
    return step(
        store, committeeId, year, period, unitId,
        [&](const UnitRoundRecord &now) -> Result<void> {
            if (now.state != RoundState::Submitted && now.state != RoundState::Approved)
                return fail(tr("Only a submitted or approved part can be returned (this one is “%1”).").arg(roundStateName(now.state)));
            return {};
        },
        [&](UnitRoundRecord &r) {
            r.state = RoundState::Returned;
            r.comment = comment.trimmed();
            r.decidedBy = store.user();
            r.decidedAt = nowUtc();
        });
}

QStringList ReportRound::notApproved(Store &store, qint64 committeeId, int year, Period period)
{
    QStringList out;
    for (const UnitProgress &p : board(store, committeeId, year, period, QDate::currentDate()))
        if (p.record.state != RoundState::Approved) out << p.unitName;
    return out;
}

} // namespace malkoll
