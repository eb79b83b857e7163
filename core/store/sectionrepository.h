#pragma once
// The free sections of a committee's period: read in order, and the whole list of a period
// written at once (the state an edit and its undo move between), audited section by section.
#include "domain/reportsection.h"
#include "committeeids.h"
#include "result.h"

#include <QHash>

#include <QCoreApplication>
#include <vector>

namespace malkoll {

class Store;

class SectionRepository
{
    Q_DECLARE_TR_FUNCTIONS(SectionRepository)

public:
    explicit SectionRepository(Store &store) : m_store(store) {}

    std::vector<ReportSection> sections(qint64 committeeId, int year, Period period) const;
    QHash<qint64, std::vector<ReportSection>> sections(const CommitteeIds &committees, int year, Period period) const; // by committee
    // Makes `sections` the period's list, in their order, in one transaction: sections with an id
    // keep it (a section undone and redone comes back as itself), new ones get one. Refused in a
    // locked period and for a title or text over its length. Returns the list as stored.
    Result<std::vector<ReportSection>> replace(qint64 committeeId, int year, Period period,
                                               std::vector<ReportSection> sections);

private:
    Store &m_store;
};

} // namespace malkoll
