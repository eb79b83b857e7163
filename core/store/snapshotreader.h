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
    Result<YearSnapshot> read(qint64 committeeId, int year, Period period) const;

private:
    Store &m_store;
};

} // namespace malkoll
