#pragma once
// Load on the shared store: N simulated enhetschefer — separate connections, each logged in as
// their own role with their own unit — enter a whole T1 at the same time (every value of their
// unit, then submit the unit's part). Afterwards the store is checked: every value stored once and
// as entered, the audit log holding each value under the right login.
#include <QString>
#include <QStringList>
#include <functional>

namespace malkoll::load {

struct LoadResult
{
    int users = 0;
    int committees = 1;
    double paceSeconds = 0; // each user's mean time between saves (0: as fast as it can)
    int valuesPerUser = 0;
    int saves = 0;          // values saved (each one transaction, audited)
    int refused = 0;        // saves or submits the store refused
    int submitted = 0;      // units whose part was submitted
    double seconds = 0;     // from the start to the last save, all users together (the submits follow)
    double savesPerSecond = 0;
    double p50Ms = 0, p95Ms = 0, maxMs = 0; // one save's latency
    // The same run's baseline: the same sessions, just before the saves, each sending as many
    // `SELECT 1` as it then saves values, all at once: what this machine manages in plain round
    // trips that moment (the VM's speed varies from day to day; the ratio does much less).
    double baselinePerSecond = 0;
    int stored = 0;         // value rows for T1 afterwards
    int wrong = 0;          // rows whose value is not what its enhetschef entered
    int missing = 0;        // values entered but not stored
    int duplicated = 0;     // (indicator, period) stored more than once
    int auditMissing = 0;   // values without their audit row under the right login
    QStringList errors;     // the first few refusals, for the report
    QString describe() const;
};

// ownerUrl: an empty database the caller may own; urlFor(login): the same database as that login.
// The users are spread over `committees` committees of one city store; with `paceSeconds` > 0 each
// saves once every paceSeconds on average, at random moments (a person's pace: exponential gaps).
LoadResult run(const QString &ownerUrl, const std::function<QString(const QString &)> &urlFor, const QString &loginPrefix,
               int users, int valuesPerUser, int committees = 1, double paceSeconds = 0);

} // namespace malkoll::load
