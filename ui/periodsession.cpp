#include "periodsession.h"

#include "commands/applycommand.h"
#include "store/activityrepository.h"
#include "store/goalrepository.h"
#include "store/measurementrepository.h"
#include "store/periodrepository.h"
#include "store/snapshotreader.h"
#include "store/store.h"

#include <QDateTime>
#include <QTimer>
#include <QUndoStack>

namespace malkoll {

PeriodSession::PeriodSession(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    auto *poll = new QTimer(this);
    poll->setInterval(2000);
    connect(poll, &QTimer::timeout, this, &PeriodSession::checkForExternalChanges);
    poll->start();
}

bool PeriodSession::checkForExternalChanges()
{
    if (!m_store || !m_snapshot) return false;
    const int version = m_store->dataVersion();
    if (version == m_dataVersion) return false;
    m_dataVersion = version;
    emit externalChange();
    return true;
}

PeriodSession::~PeriodSession() = default;

void PeriodSession::setStore(Store *store)
{
    m_store = store;
    clear();
}

void PeriodSession::clear()
{
    m_undo->clear();
    m_snapshot.reset();
    m_evaluation = {};
    emit loaded();
}

Result<void> PeriodSession::load(qint64 committeeId, int year, Period period)
{
    // Edits of another period are saved already; undoing them from here would surprise.
    return read(committeeId, year, period, /*keepUndo=*/false);
}

Result<void> PeriodSession::read(qint64 committeeId, int year, Period period, bool keepUndo)
{
    if (!m_store) return fail(tr("No store is open."));
    auto snap = SnapshotReader(*m_store).read(committeeId, year, period);
    if (!snap) return Error{snap.error()};
    if (!keepUndo) m_undo->clear();
    m_snapshot = std::make_shared<YearSnapshot>(std::move(snap).value());
    m_dataVersion = m_store->dataVersion();
    reevaluate();
    emit loaded();
    return {};
}

Result<void> PeriodSession::refresh()
{
    if (!m_store || !m_snapshot) return {};
    return read(m_snapshot->committee.id, m_snapshot->year, m_snapshot->period, /*keepUndo=*/true);
}

Result<void> PeriodSession::importValues(const OutcomePreview &preview)
{
    if (!m_store || !m_snapshot) return fail(tr("No store is open."));
    auto applied = OutcomeImport::apply(*m_store, preview);
    if (!applied) return Error{applied.error()};
    std::vector<Measurement> after, before;
    for (const OutcomeChange &c : preview.changes) {
        after.push_back(c.after);
        Measurement b = c.before.value_or(Measurement{});
        b.indicatorId = c.indicatorId;
        b.period = c.period;
        before.push_back(b);
    }
    auto write = [this](const std::vector<Measurement> &values) -> Result<void> {
        MeasurementRepository repo(*m_store);
        auto r = m_store->transaction([&]() -> Result<void> {
            for (const Measurement &m : values)
                if (auto saved = repo.save(m); !saved) return Error{saved.error()};
            return {};
        });
        if (auto again = refresh(); !again && r) return again;
        return r;
    };
    auto first = std::make_shared<bool>(true); // the import is written already: the first redo only shows it
    pushEdit(tr("Import %n value(s) from CSV", nullptr, int(after.size())),
             [this, after, write, first]() -> Result<void> {
                 if (*first) {
                     *first = false;
                     return refresh();
                 }
                 return write(after);
             },
             [before, write] { return write(before); });
    return {};
}

void PeriodSession::reevaluate()
{
    m_evaluation = Evaluator::evaluate(*m_snapshot);
}

bool PeriodSession::isLocked() const
{
    return m_snapshot && (m_snapshot->periodInfo.locked || (m_store && m_store->isReadOnly()));
}

QString PeriodSession::lockText() const
{
    if (!isLocked()) return {};
    if (m_store && m_store->isReadOnly()) return tr("The store “%1” is read-only for you.").arg(m_store->path());
    const PeriodInfo &p = m_snapshot->periodInfo;
    return tr("%1 %2 is locked by %3: %4")
        .arg(periodCode(p.period))
        .arg(p.year)
        .arg(p.lockedBy.isEmpty() ? tr("a controller") : p.lockedBy,
             p.lockReason.isEmpty() ? tr("no reason given") : p.lockReason);
}

bool PeriodSession::canEdit()
{
    if (!m_snapshot) return false;
    if (isLocked()) {
        emit editFailed(lockText());
        return false;
    }
    return true;
}

bool PeriodSession::pushEdit(const QString &text, std::function<Result<void>()> redo, std::function<Result<void>()> undo)
{
    const int indexBefore = m_undo->index();
    m_undo->push(new ApplyCommand(this, text, std::move(redo), std::move(undo))); // runs redo()
    return m_undo->index() > indexBefore; // a failed save leaves nothing on the stack
}

bool PeriodSession::editMeasurement(const Measurement &after)
{
    if (!canEdit()) return false;
    const Indicator *ind = m_snapshot->indicator(after.indicatorId);
    if (!ind) return false;
    Measurement before;
    before.indicatorId = after.indicatorId;
    before.period = m_snapshot->period;
    if (const Measurement *m = m_snapshot->measurement(after.indicatorId)) before = *m;
    if (before.sameContent(after)) return true;
    return pushEdit(tr("Edit “%1”").arg(ind->name), [this, after] { return applyMeasurement(after); },
                    [this, before] { return applyMeasurement(before); });
}

bool PeriodSession::editActivityReport(const ActivityReport &after)
{
    if (!canEdit()) return false;
    ActivityReport before;
    before.activityId = after.activityId;
    before.period = m_snapshot->period;
    if (const auto it = m_snapshot->activityReports.constFind(after.activityId); it != m_snapshot->activityReports.cend())
        before = *it;
    if (before.status == after.status && before.analysis == after.analysis) return true;
    QString title;
    for (const Activity &a : m_snapshot->activities)
        if (a.id == after.activityId) title = a.title;
    return pushEdit(tr("Edit “%1”").arg(title.left(60)), [this, after] { return applyActivityReport(after); },
                    [this, before] { return applyActivityReport(before); });
}

bool PeriodSession::editAssessment(const GoalAssessment &after)
{
    if (!canEdit()) return false;
    GoalAssessment before;
    before.goalId = after.goalId;
    before.period = m_snapshot->period;
    if (const auto it = m_snapshot->assessments.constFind(after.goalId); it != m_snapshot->assessments.cend())
        before = *it;
    if (before.assessment == after.assessment && before.analysis == after.analysis) return true;
    const Goal *g = m_snapshot->goal(after.goalId);
    return pushEdit(tr("Assess goal %1").arg(g ? g->number : QString()), [this, after] { return applyAssessment(after); },
                    [this, before] { return applyAssessment(before); });
}

bool PeriodSession::editPeriodTexts(const QStringList &proposals, const QString &summary)
{
    if (!canEdit()) return false;
    const PeriodInfo before = m_snapshot->periodInfo;
    if (before.proposals == proposals && before.summary == summary) return true;
    return pushEdit(tr("Edit the proposals and summary"),
                    [this, proposals, summary] { return applyPeriodTexts(proposals, summary); },
                    [this, before] { return applyPeriodTexts(before.proposals, before.summary); });
}

Result<void> PeriodSession::applyPeriodTexts(const QStringList &proposals, const QString &summary)
{
    if (!m_store || !m_snapshot) return fail(tr("No store is open."));
    PeriodInfo info = m_snapshot->periodInfo;
    info.committeeId = m_snapshot->committee.id;
    info.year = m_snapshot->year;
    info.period = m_snapshot->period;
    info.proposals = proposals;
    info.summary = summary;
    if (auto r = PeriodRepository(*m_store).saveTexts(info); !r) return r;
    m_snapshot->periodInfo = info;
    emit changed();
    return {};
}

Result<void> PeriodSession::setLocked(bool locked, const QString &reason)
{
    if (!m_store || !m_snapshot) return fail(tr("No store is open."));
    PeriodRepository periods(*m_store);
    const qint64 committee = m_snapshot->committee.id;
    auto r = locked ? periods.lock(committee, m_snapshot->year, m_snapshot->period, reason)
                    : periods.unlock(committee, m_snapshot->year, m_snapshot->period, reason);
    if (!r) return r;
    m_undo->clear(); // edits before the lock are not undone across it
    m_snapshot->periodInfo = periods.info(committee, m_snapshot->year, m_snapshot->period);
    emit loaded();
    return {};
}

Result<void> PeriodSession::applyMeasurement(const Measurement &m)
{
    if (!m_store || !m_snapshot) return fail(tr("No store is open."));
    Measurement value = m;
    value.period = m_snapshot->period;
    const Measurement *current = m_snapshot->measurement(m.indicatorId);
    auto saved = MeasurementRepository(*m_store).save(value, current ? current->version : 0);
    if (!saved) return Error{saved.error()};
    value.version = saved.value();
    value.updatedBy = m_store->user();
    value.updatedAt = QDateTime::currentDateTimeUtc();
    m_snapshot->measurements.insert(value.indicatorId, value);
    m_snapshot->allPeriods[value.indicatorId][value.period] = value;
    reevaluate();
    emit changed();
    return {};
}

Result<void> PeriodSession::applyActivityReport(const ActivityReport &r)
{
    if (!m_store || !m_snapshot) return fail(tr("No store is open."));
    ActivityReport value = r;
    value.period = m_snapshot->period;
    const auto it = m_snapshot->activityReports.constFind(r.activityId);
    const int version = it == m_snapshot->activityReports.cend() ? 0 : it->version;
    auto saved = ActivityRepository(*m_store).saveReport(value, version);
    if (!saved) return Error{saved.error()};
    value.version = saved.value();
    value.updatedBy = m_store->user();
    value.updatedAt = QDateTime::currentDateTimeUtc();
    m_snapshot->activityReports.insert(value.activityId, value);
    reevaluate();
    emit changed();
    return {};
}

Result<void> PeriodSession::applyAssessment(const GoalAssessment &a)
{
    if (!m_store || !m_snapshot) return fail(tr("No store is open."));
    GoalAssessment value = a;
    value.period = m_snapshot->period;
    value.unitId = 0;
    value.author.clear(); // the store writes who is editing now
    if (auto r = GoalRepository(*m_store).setAssessment(value); !r) return r;
    value.author = m_store->user();
    value.updatedAt = QDateTime::currentDateTimeUtc();
    m_snapshot->assessments.insert(value.goalId, value);
    reevaluate();
    emit changed();
    return {};
}

} // namespace malkoll
