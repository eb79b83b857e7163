#pragma once
// One committee's year at one period, open for entry: the snapshot the views show, the engine's
// evaluation of it, and the undo stack of the edits made. Every edit is an Edit (core/edit: its
// state before and after) on the undo stack, written to the store in its own transaction as it is
// made; the snapshot and evaluation follow.
#include "calc/evaluator.h"
#include "domain/yearsnapshot.h"
#include "edit/edit.h"
#include "import/outcomeimport.h"
#include "result.h"
#include "round/reportround.h"
#include "store/roundrepository.h"
#include "store/server.h"

#include <QObject>
#include <memory>

class QUndoStack;

namespace malkoll {

class Store;

class PeriodSession : public QObject
{
    Q_OBJECT
public:
    explicit PeriodSession(QObject *parent = nullptr);
    ~PeriodSession() override;

    void setStore(Store *store);
    Store *store() const { return m_store; }
    Result<void> load(qint64 committeeId, int year, Period period);
    void clear();

    std::shared_ptr<const YearSnapshot> snapshot() const { return m_snapshot; }
    const YearEvaluation *evaluation() const { return m_snapshot ? &m_evaluation : nullptr; }
    QUndoStack *undoStack() const { return m_undo; }

    // Nothing can be written here: the period is locked, the store is read-only, or the login
    // is a reader.
    bool isLocked() const;
    QString lockText() const; // "T1 2024 är låst av …: skäl" in the UI language

    // Beyond the lock, what the server holds an enhetschef to (the client says it before the
    // server refuses): only their own units' rows, and not while their part is submitted or
    // approved in the reporting round; the committee's own assessments and texts not at all.
    // Empty when this login may write the rows of `unitId` now; else why not.
    QString heldText(qint64 unitId) const;
    Access access() const { return m_access; } // the login's, read once when the store is set
    const QList<qint64> &ownUnits() const { return m_ownUnits; } // an enhetschef's, read with each load
    QString committeeHeldText() const;
    bool mayWrite(qint64 unitId) const { return !isLocked() && heldText(unitId).isEmpty(); }
    bool mayWriteCommittee() const { return !isLocked() && committeeHeldText().isEmpty(); }
    // The own units that the round holds, one sentence each (for the entry view's banner).
    QStringList heldOwnUnits() const;
    // Re-reads the round's states after a step taken here, and shows what they allow.
    void reloadRound();

    // Push one edit as an undo command. Refused (false, editFailed emitted) when the period is
    // locked; a save that fails reverts on screen and emits editFailed with the store's message.
    bool editMeasurement(const Measurement &after);
    bool editActivityReport(const ActivityReport &after);
    bool editAssessment(const GoalAssessment &after);
    bool editPeriodTexts(const QStringList &proposals, const QString &summary);
    // Writes a checked CSV import (all rows in one transaction, each against the version the
    // preview saw) as one step on the undo stack: undo puts back what each value was.
    Result<void> importValues(const OutcomePreview &preview);
    // Pushes any edit; true when its first write succeeded and it is on the stack.
    bool push(std::unique_ptr<Edit> edit);
    // A controller's decision, recorded in the audit log with its reason (not an undo step).
    Result<void> setLocked(bool locked, const QString &reason);

    // What the commands run: writes the edit's state after (forward) or before, and shows it.
    Result<void> apply(Edit &edit, bool forward);

    void reportFailure(const QString &message) { emit editFailed(message); }
    // True (and externalChange emitted) when another window or process has committed to the
    // store since this session last read or wrote it. Polled by a timer while a store is open.
    bool checkForExternalChanges();

signals:
    void loaded();
    void changed(); // values and evaluation updated in place
    void editFailed(const QString &message);
    void externalChange();

private:
    void reevaluate();
    Result<void> refresh(); // re-reads the snapshot, keeping the undo stack
    Result<void> read(qint64 committeeId, int year, Period period, bool keepUndo);
    bool canEdit(); // a period is open; else the lock is reported
    bool canEditUnit(qint64 unitId); // canEdit, and the unit is not held from this login
    bool canEditCommittee();         // canEdit, and not an enhetschef
    bool allowed(const QString &held); // no `held` reason; else it is reported
    void readRules();

    Access m_access = Access::Owner;
    QList<qint64> m_ownUnits;                // an enhetschef's, with the units beneath
    QHash<qint64, RoundState> m_roundStates; // this period's, for an enhetschef

    Store *m_store = nullptr;
    std::shared_ptr<YearSnapshot> m_snapshot;
    YearEvaluation m_evaluation;
    QUndoStack *m_undo = nullptr;
    int m_dataVersion = -1;
    QMetaObject::Connection m_announced; // the server's NOTIFY, while a server store is open
};

} // namespace malkoll
