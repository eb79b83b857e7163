#pragma once
// Reads a YearSnapshot from the store with a handful of set-wise queries (one per table),
// so that a whole committee's year loads fast enough to recompute on every edit.
#include "domain/yearsnapshot.h"
#include "result.h"

namespace malkoll {

class Store;

class SnapshotReader
{
public:
    explicit SnapshotReader(Store &store) : m_store(store) {}
    // historyYears: 0 reads every earlier year and period (trend charts). The engine needs only
    // the last four years, at this period and at VB, plus the baseline years of "relativt ÅÅÅÅ"
    // targets: pass PrognosisRule-sized depth (4) for that leaner read.
    Result<YearSnapshot> read(qint64 committeeId, int year, Period period, int historyYears = 0) const;

private:
    Store &m_store;
};

} // namespace malkoll
