#include "periodsession.h"

#include "commands/editcommand.h"
#include "edit/edits.h"
#include "store/activityrepository.h"
#include "store/goalrepository.h"
#include "store/measurementrepository.h"
#include "store/periodrepository.h"
#include "store/snapshotreader.h"
#include "store/store.h"

#include <QDateTime>
#include <QSqlDriver>
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
    disconnect(m_announced);
    m_store = store;
    m_access = store ? Server::access(*store) : Access::Owner;
    // A server announces every commit (LISTEN/NOTIFY): look at once instead of at the next poll.
    if (store && store->isServer())
        m_announced = connect(store->database().driver(), &QSqlDriver::notification, this,
                              [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                                  if (source == QSqlDriver::OtherSource) checkForExternalChanges();
                              });
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
    readRules();
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
    if (!preview.errors.empty())
        return fail(tr("The file has %n error(s); correct them and read it again.", nullptr, int(preview.errors.size())));
    if (isLocked()) return fail(lockText());
    for (const OutcomeChange &c : preview.changes)
        if (const Indicator *ind = m_snapshot->indicator(c.indicatorId))
            if (const QString held = heldText(ind->responsibleUnitId); !held.isEmpty()) return fail(held);
    std::vector<Measurement> after, before;
    for (const OutcomeChange &c : preview.changes) {
        after.push_back(c.after);
        Measurement b = c.before.value_or(Measurement{});
        b.indicatorId = c.indicatorId;
        b.period = c.period;
        before.push_back(b); // with the version the preview saw
    }
    // The first redo writes the import; a value changed behind the preview refuses all of it.
    QString refused;
    auto failed = connect(this, &PeriodSession::editFailed, this, [&refused](const QString &m) { refused = m; });
    const bool pushed = push(valueEdit(tr("Import %n value(s) from CSV", nullptr, int(after.size())), before, after));
    disconnect(failed);
    if (!pushed) return fail(refused);
    return {};
}

void PeriodSession::reevaluate()
{
    m_evaluation = Evaluator::evaluate(*m_snapshot);
}

bool PeriodSession::isLocked() const
{
    return m_snapshot && (m_snapshot->periodInfo.locked || (m_store && m_store->isReadOnly()) || (m_access == Access::Reader || m_access == Access::Stad));
}

void PeriodSession::readRules()
{
    m_ownUnits.clear();
    m_roundStates.clear();
    if (m_access != Access::Enhetschef || !m_snapshot) return;
    m_ownUnits = Server::ownUnits(*m_store);
    const auto states = RoundRepository(*m_store).states(m_snapshot->committee.id, m_snapshot->year, m_snapshot->period);
    for (const UnitRoundRecord &r : states) m_roundStates.insert(r.unitId, r.state);
}

void PeriodSession::reloadRound()
{
    if (!m_store || !m_snapshot) return;
    readRules();
    emit changed();
}

QString PeriodSession::heldText(qint64 unitId) const
{
    if (m_access != Access::Enhetschef || !m_snapshot) return {};
    const Unit *unit = m_snapshot->unit(unitId);
    const QString name = unit ? unit->name : tr("The committee's shared row");
    if (!m_ownUnits.contains(unitId))
        return tr("%1 is not one of your units (logged in as %2): its own enhetschef or a controller enters it.")
            .arg(name, m_store->user());
    const RoundState state = m_roundStates.value(unitId, RoundState::Open);
    if (state == RoundState::Submitted || state == RoundState::Approved)
        return tr("%1 is “%2” for %3 %4: read-only until a controller returns it.")
            .arg(name, roundStateName(state), periodCode(m_snapshot->period), QString::number(m_snapshot->year));
    return {};
}

QString PeriodSession::committeeHeldText() const
{
    if (m_access != Access::Enhetschef) return {};
    return tr("The committee's goal assessments and texts are written by a controller; as enhetschef (%1) you write "
              "your units' values, activities and analyses.")
        .arg(m_store->user());
}

QStringList PeriodSession::heldOwnUnits() const
{
    QStringList out;
    if (m_access != Access::Enhetschef || !m_snapshot) return out;
    for (const Unit &u : m_snapshot->units)
        if (m_ownUnits.contains(u.id))
            if (const QString held = heldText(u.id); !held.isEmpty()) out << held;
    return out;
}

QString PeriodSession::lockText() const
{
    if (!isLocked()) return {};
    if (m_store && m_store->isReadOnly()) return tr("The store “%1” is read-only for you.").arg(m_store->path());
    if (m_access == Access::Reader || m_access == Access::Stad)
        return tr("You are logged in as %1, who may only read this store's committees.").arg(m_store->user());
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

bool PeriodSession::allowed(const QString &held)
{
    if (held.isEmpty()) return true;
    emit editFailed(held);
    return false;
}

bool PeriodSession::canEditUnit(qint64 unitId) { return canEdit() && allowed(heldText(unitId)); }

bool PeriodSession::canEditCommittee() { return canEdit() && allowed(committeeHeldText()); }

bool PeriodSession::push(std::unique_ptr<Edit> edit)
{
    const int indexBefore = m_undo->index();
    m_undo->push(new EditCommand(this, std::move(edit))); // runs its first redo
    return m_undo->index() > indexBefore;                // a refused write leaves nothing on the stack
}

Result<void> PeriodSession::apply(Edit &edit, bool forward)
{
    if (!m_store || !m_snapshot) return fail(tr("No store is open."));
    if (auto r = edit.apply(*m_store, forward); !r) return r;
    if (!edit.show(*m_snapshot, forward)) return refresh();
    reevaluate();
    emit changed();
    return {};
}

bool PeriodSession::editMeasurement(const Measurement &edited)
{
    if (!canEdit()) return false;
    const Indicator *ind = m_snapshot->indicator(edited.indicatorId);
    if (!ind || !canEditUnit(ind->responsibleUnitId)) return false;
    Measurement after = edited;
    after.period = m_snapshot->period;
    Measurement before;
    before.indicatorId = after.indicatorId;
    before.period = m_snapshot->period;
    if (const Measurement *m = m_snapshot->measurement(after.indicatorId)) before = *m;
    if (before.sameContent(after)) return true;
    return push(valueEdit(tr("Edit “%1”").arg(ind->name), {before}, {after}));
}

bool PeriodSession::editActivityReport(const ActivityReport &edited)
{
    if (!canEdit()) return false;
    const Activity *activity = m_snapshot->activity(edited.activityId);
    if (!activity || !canEditUnit(activity->responsibleUnitId)) return false;
    ActivityReport after = edited;
    after.period = m_snapshot->period;
    ActivityReport before;
    before.activityId = after.activityId;
    before.period = m_snapshot->period;
    if (const auto it = m_snapshot->activityReports.constFind(after.activityId); it != m_snapshot->activityReports.cend())
        before = *it;
    if (before.status == after.status && before.analysis == after.analysis) return true;
    return push(activityStatusEdit(tr("Edit “%1”").arg(activity->title.left(60)), before, after));
}

bool PeriodSession::editAssessment(const GoalAssessment &edited)
{
    if (!canEditCommittee()) return false;
    GoalAssessment after = edited;
    after.period = m_snapshot->period;
    after.unitId = 0;
    GoalAssessment before;
    before.goalId = after.goalId;
    before.period = m_snapshot->period;
    if (const auto it = m_snapshot->assessments.constFind(after.goalId); it != m_snapshot->assessments.cend())
        before = *it;
    if (before.assessment == after.assessment && before.analysis == after.analysis) return true;
    const Goal *g = m_snapshot->goal(after.goalId);
    return push(assessmentEdit(tr("Assess goal %1").arg(g ? g->number : QString()), before, after));
}

bool PeriodSession::editPeriodTexts(const QStringList &proposals, const QString &summary)
{
    if (!canEditCommittee()) return false;
    PeriodInfo before = m_snapshot->periodInfo;
    before.committeeId = m_snapshot->committee.id;
    before.year = m_snapshot->year;
    before.period = m_snapshot->period;
    if (before.proposals == proposals && before.summary == summary) return true;
    PeriodInfo after = before;
    after.proposals = proposals;
    after.summary = summary;
    return push(periodTextsEdit(tr("Edit the proposals and summary"), before, after));
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

} // namespace malkoll
