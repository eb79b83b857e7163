#pragma once
// Committees and their units.
#include "domain/organisation.h"
#include "committeeids.h"
#include "result.h"

#include <optional>
#include <vector>
#include <QCoreApplication>

namespace malkoll {

class Store;

class OrganisationRepository
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationRepository)

public:
    explicit OrganisationRepository(Store &store) : m_store(store) {}

    Result<qint64> addCommittee(Committee &committee);
    std::vector<Committee> committees() const;
    std::optional<Committee> committee(qint64 id) const;

    Result<qint64> addUnit(Unit &unit);
    Result<void> updateUnit(const Unit &unit);
    std::vector<Unit> units(const CommitteeIds &committees) const;
    std::vector<Unit> units(qint64 committeeId) const { return units(CommitteeIds{committeeId}); }
    std::optional<Unit> unitByName(qint64 committeeId, const QString &name) const;

private:
    Store &m_store;
};

} // namespace malkoll
