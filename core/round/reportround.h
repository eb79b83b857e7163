#pragma once
// The reporting round of a period: each unit's part goes Pågår → Klar för granskning (the
// enhetschef submits, after Målkoll has checked that every value is entered or has a reason and
// every deviation has its analysis) → Godkänd or Återremitterad with a comment (the controller).
// The progress board is computed here; the states are kept by RoundRepository.
#include "domain/yearsnapshot.h"
#include "result.h"
#include "store/roundrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <vector>

namespace malkoll {

class Store;
struct YearEvaluation;

QString roundStateName(RoundState s); // "Pågår", "Klar för granskning", … (translated)

// One row of the controller's board.
struct UnitProgress
{
    qint64 unitId = 0;
    QString unitName;
    UnitRoundRecord record;
    int expected = 0;        // indicators due this period
    int entered = 0;         // of them: a value, or "not reported" with its reason
    int missingAnalyses = 0; // deviations (indicators and activities) without an analysis
    bool overdue = false;    // past the deadline and not yet submitted
    QStringList problems;    // what keeps the unit from submitting, one line each
};

class ReportRound
{
    Q_DECLARE_TR_FUNCTIONS(ReportRound)

public:
    // Every unit responsible for an indicator or activity of the year, in the plan's order.
    static std::vector<UnitProgress> board(const YearSnapshot &snapshot, const YearEvaluation &evaluation,
                                           const QHash<qint64, UnitRoundRecord> &states, const QDate &deadline,
                                           const QDate &today);
    static std::vector<UnitProgress> board(Store &store, qint64 committeeId, int year, Period period, const QDate &today);

    // The transitions, each one transaction; refused (store unchanged) when the step is not allowed,
    // the unit's part is incomplete (submit), or someone else acted meanwhile.
    static Result<void> submit(Store &store, qint64 committeeId, int year, Period period, qint64 unitId);
    static Result<void> approve(Store &store, qint64 committeeId, int year, Period period, qint64 unitId);
    static Result<void> sendBack(Store &store, qint64 committeeId, int year, Period period, qint64 unitId,
                                 const QString &comment);

    // The units not yet approved (names), for the report's warning; empty when all are.
    static QStringList notApproved(Store &store, qint64 committeeId, int year, Period period);
};

} // namespace malkoll
