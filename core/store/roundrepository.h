#pragma once
// The reporting round, as stored: per committee, year, period and unit a state — Pågår, Klar för
// granskning, Godkänd, Återremitterad — with the controller's comment, who submitted and decided
// and when; and the period's deadline. The rules of the round are in round/reportround.
#include "domain/period.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

namespace malkoll {

class Store;

enum class RoundState { Open, Submitted, Approved, Returned };
QString roundStateCode(RoundState s); // "open", "submitted", "approved", "returned"
RoundState roundStateFromCode(const QString &code);

struct UnitRoundRecord
{
    qint64 unitId = 0;
    RoundState state = RoundState::Open;
    QString comment; // the controller's, when returned
    QString submittedBy;
    QString submittedAt; // ISO, UTC
    QString decidedBy;
    QString decidedAt;
    int version = 0; // -1: no row yet
};

class RoundRepository
{
    Q_DECLARE_TR_FUNCTIONS(RoundRepository)

public:
    explicit RoundRepository(Store &store) : m_store(store) {}

    // Every unit's stored state (units without a row are Pågår).
    QHash<qint64, UnitRoundRecord> states(qint64 committeeId, int year, Period period) const;
    // Every committee's at once (the city's view), by committee and unit: one query.
    QHash<qint64, QHash<qint64, UnitRoundRecord>> states(int year, Period period) const;
    UnitRoundRecord state(qint64 committeeId, int year, Period period, qint64 unitId) const;
    // Writes the new state if the stored one is still `expectedVersion` (someone else may have
    // acted meanwhile), audited. Run inside a transaction.
    Result<void> write(qint64 committeeId, int year, Period period, const UnitRoundRecord &record, int expectedVersion);

    QDate deadline(qint64 committeeId, int year, Period period) const; // invalid: none set
    QHash<qint64, QDate> deadlines(int year, Period period) const;    // every committee's that has one
    Result<void> setDeadline(qint64 committeeId, int year, Period period, const QDate &deadline);

private:
    Store &m_store;
};

} // namespace malkoll
