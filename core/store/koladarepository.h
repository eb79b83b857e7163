#pragma once
// Kolada in the store: the links of a committee's indicator series to KPIs, and the values
// fetched, each with its fetch date and, when Kolada revised it, the value before.
#include "kolada/kolada.h"
#include "result.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace malkoll {

class Store;

struct KoladaSaveSummary
{
    int added = 0;
    int revised = 0; // Kolada gives another value than it gave before
    int unchanged = 0;
};

class KoladaRepository
{
    Q_DECLARE_TR_FUNCTIONS(KoladaRepository)

public:
    explicit KoladaRepository(Store &store) : m_store(store) {}

    std::vector<KoladaLink> links(qint64 committeeId) const;
    std::optional<KoladaLink> link(qint64 committeeId, const QString &seriesKey) const;
    // Links the series (a KPI id such as N15033, municipality ids of four digits, an ou id), or
    // removes the link when the KPI is empty. Audited.
    Result<void> setLink(const KoladaLink &link);
    // Stores what Kolada answered, and the titles of the groups among its areas, in one transaction.
    Result<KoladaSaveSummary> save(const std::vector<KoladaValue> &values, const QDateTime &fetchedAt,
                                   const std::vector<KoladaKpi> &groups = {});
    // Kolada's titles of municipality groups ("G33612" → "Liknande kommuner, …"), kept with the store
    // so that charts name a group offline too. Returns how many titles were new or changed.
    Result<int> saveGroupTitles(const std::vector<KoladaKpi> &groups);
    QString groupTitle(const QString &group) const;
    // The stored values of the link's KPI and areas, by area, gender and year.
    std::vector<KoladaValue> values(const KoladaLink &link) const;
    // The lines a trend chart draws beside the committee's own: each area's total, and women and
    // men where `bySex`, over the years firstYear…lastYear.
    std::vector<KoladaLine> lines(const KoladaLink &link, bool bySex, int firstYear, int lastYear) const;

private:
    Store &m_store;
};

} // namespace malkoll
