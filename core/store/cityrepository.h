#pragma once
// The city's KF structure in the store, once per year (migration 9): KF's goals and KF-indikatorer
// with KF:s årsmål, which every committee's goals and KF-indikatorer refer to. What KF decides is
// written here once; the store's triggers carry it to every committee's rows in the same statement.
#include "domain/city.h"
#include "domain/targetchange.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <optional>
#include <vector>

namespace malkoll {

class Store;

// What attaching a committee's plan to the city's KF structure did.
struct CityAttachSummary
{
    bool cityCreated = false; // the city had no KF structure for the year: the committee's became it
    int goals = 0;            // KF goals of the committee now referring to the city's
    int indicators = 0;       // KF-indikatorer now referring to the city's
    QStringList unmatched;    // the committee's KF goals and KF-indikatorer the city has not
    QStringList differences;  // KF:s årsmål the committee had otherwise: the city's now holds
    int attachedNow = 0;      // goals and indicators that did not refer to the city's before
};

class CityRepository
{
    Q_DECLARE_TR_FUNCTIONS(CityRepository)

public:
    explicit CityRepository(Store &store) : m_store(store) {}

    std::vector<int> years() const;
    // Whether the person logged in may write the city's KF structure (a file: always; a server:
    // the owner, stad, and a controller of a store of one committee).
    bool mayWriteCity() const;
    bool hasYear(int year) const;
    std::vector<KfGoal> goals(int year) const; // parents first
    std::vector<KfIndicator> indicators(int year) const;
    std::optional<KfIndicator> indicator(qint64 id) const;
    // Finds a KF-indikator of the year by its name (case, spaces and punctuation folded) or id.
    std::optional<KfIndicator> findIndicator(int year, const QString &nameOrId) const;

    // A committee's rows and the city's row each refers to: committee goal/indicator id → KF id.
    QHash<qint64, qint64> goalLinks(qint64 committeeId, int year) const;
    QHash<qint64, qint64> indicatorLinks(qint64 committeeId, int year) const;
    // Every committee's at once (the city's view): committee → (its row → the city's); one query each.
    QHash<qint64, QHash<qint64, qint64>> goalLinks(int year) const;
    QHash<qint64, QHash<qint64, qint64>> indicatorLinks(int year) const;
    // How many committees' KF-indikatorer follow the city's.
    qsizetype followers(qint64 kfIndicatorId) const;

    // Attaches the committee's KF goals (inriktningsmål, mål för verksamhetsområdet) and
    // KF-indikatorer of the year to the city's by number and title (goals) and by name
    // (indicators). A year the city has no structure for takes the committee's as the city's. One
    // transaction, audited; what could not be matched is listed, not guessed.
    Result<CityAttachSummary> attach(qint64 committeeId, int year);

    // KF:s årsmål of a KF-indikator, set once for every committee. Refused while any committee has
    // locked a period of the year: a change then is a decision from a later period (addDecision).
    Result<void> setKfTarget(qint64 kfIndicatorId, const Target &target);
    // A KF decision during the year: from `fromPeriod` on, in every committee. Refused when a
    // committee has locked that period.
    Result<qint64> addDecision(TargetChange &decision);
    Result<void> removeDecision(qint64 decisionId);
    std::vector<TargetChange> decisions(int year) const;

private:
    Result<void> ensureOpen(int year, const std::optional<Period> &from) const;
    Store &m_store;
};

} // namespace malkoll
