#pragma once
// Reads YearSnapshots from the store: one committee's year, or every committee's at once for a
// city-wide recompute, with one query per table whatever the number of committees. The year's
// structure (goals, indicators, activities, units, target decisions) and the earlier years' values
// it is compared with are kept in the store's StructureCache between reads, and read again after
// any change to them, here or by another connection; this year's values, reports, assessments and
// period texts are read every time.
#include "domain/yearsnapshot.h"
#include "result.h"
#include "store/committeeids.h"

#include <memory>
#include <vector>

namespace malkoll {

class Store;
struct YearStructure;
struct YearHistory;

class SnapshotReader
{
public:
    explicit SnapshotReader(Store &store) : m_store(store) {}
    // historyYears: 0 reads every earlier year and period (trend charts). The engine needs only
    // the last four years, at this period and at VB, plus the baseline years of "relativt ÅÅÅÅ"
    // targets: pass PrognosisRule-sized depth (4) for that leaner read.
    Result<YearSnapshot> read(qint64 committeeId, int year, Period period, int historyYears = 0) const;
    // The same for several committees, in the order given.
    Result<std::vector<YearSnapshot>> read(const CommitteeIds &committees, int year, Period period, int historyYears = 0) const;

private:
    Result<std::vector<std::shared_ptr<const YearStructure>>> structures(const CommitteeIds &committees, int year) const;
    Result<std::vector<std::shared_ptr<const YearHistory>>> history(const CommitteeIds &committees,
                                                                      const std::vector<std::shared_ptr<const YearStructure>> &structure,
                                                                      int year, Period period, int historyYears) const;
    Store &m_store;
};

} // namespace malkoll
