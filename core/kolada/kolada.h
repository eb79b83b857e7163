#pragma once
// Kolada, the open database of Swedish municipal key figures (KPIs), beside the committee's own
// figures: an indicator series linked to a KPI and to municipalities or an organisational unit,
// the values fetched (by year and gender T/K/M, a missing value kept as missing), stored with the
// fetch date so that everything works offline and a later fetch shows what Kolada revised.
// Reading Kolada's JSON is here (Qt Core); fetching it over the network is in ui/.
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace malkoll {

struct KoladaLink
{
    qint64 committeeId = 0;
    QString seriesKey;          // the indicator's series: the link holds for every year of it
    QString kpi;                // "N15033"
    QStringList municipalities; // "0180" Stockholm, "0000" riket, …
    QString ou;                 // an organisational unit's id ("V15E018000101"), or empty

    bool operator==(const KoladaLink &) const = default;
};

struct KoladaValue
{
    QString kpi;
    QString areaKind; // "municipality" or "ou"
    QString area;     // the municipality's or unit's id
    int year = 0;
    QString gender = QStringLiteral("T"); // T total, K women, M men
    std::optional<double> value;          // missing in Kolada: missing here
    QDateTime fetchedAt;
    std::optional<double> previous; // the value before Kolada revised it, if it has
    QDateTime revisedAt;

    bool operator==(const KoladaValue &) const = default;
};

struct KoladaKpi
{
    QString id;
    QString title;
};

// One page of an answer from Kolada's API v3 (or a saved answer file).
struct KoladaPage
{
    std::vector<KoladaValue> values;
    std::vector<KoladaKpi> kpis;   // an answer to /v3/kpi?title=
    std::vector<KoladaKpi> groups; // an answer to /v3/municipality_groups: a group's id and title (its members are not kept)
    QString next;                // the next page's address, empty on the last page
};

// A Kolada series beside the committee's own in a trend chart: x = year + 1 (the full year).
struct KoladaLine
{
    QString name; // "Stockholm", "Riket – kvinnor"
    std::vector<QPointF> points;
    bool operator==(const KoladaLine &) const = default;
};

class Kolada
{
    Q_DECLARE_TR_FUNCTIONS(Kolada)

public:
    static constexpr const char *kDefaultApi = "https://api.kolada.se/v3";
    static constexpr int kPageSize = 5000; // Kolada's largest page
    static constexpr int kMaxIds = 25;     // Kolada v3 refuses a list of more municipalities, ous or years

    // Reads an answer: {"values": [{"kpi", "municipality" | "ou", "period", "values": [{"gender",
    // "value"}]}], "next_url" (or "next_page")} or a KPI list. `source` names it in messages.
    static Result<KoladaPage> parse(const QByteArray &json, const QString &source);
    // The addresses of the linked series for `years` (ascending), per area kind, in batches of at
    // most kMaxIds municipalities, ous and years each (as Kolada's own clients ask).
    static QStringList dataUrls(const QString &api, const KoladaLink &link, const std::vector<int> &years);
    // The next page of an answer from `current`, on the API in use: Kolada writes next_url as a
    // full address on its public host (or as a path); behind a mirror or a proxy (`api`) the
    // pages are followed there, never on the public host.
    static QString nextPageUrl(const QString &api, const QString &current, const QString &next);
    static QString kpiSearchUrl(const QString &api, const QString &title);
    // The address of a municipality group's title and members ("G33612").
    static QString groupUrl(const QString &api, const QString &group);
    static bool isGroupId(const QString &area) { return area.size() > 1 && area.startsWith(u'G'); }
    // "0180" → "Stockholm", "0000" → "Riket"; a group by the title Kolada gave it (`groupTitle`,
    // stored at the fetch) or as "Kommungrupp G33612"; others as "Kommun 1234", units as "Enhet …".
    static QString areaName(const QString &areaKind, const QString &area, const QString &groupTitle = {});
    // A KPI id as Kolada writes them: a letter and five digits (N15033, U28116).
    static bool isKpiId(const QString &id);
};

} // namespace malkoll
