#include "kolada.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace malkoll {

bool Kolada::isKpiId(const QString &id)
{
    static const QRegularExpression kpi(QStringLiteral("^[A-Z]\\d{5}$"));
    return kpi.match(id).hasMatch();
}

QString Kolada::areaName(const QString &areaKind, const QString &area, const QString &groupTitle)
{
    // Chart labels are Swedish, like the committee documents they end up in.
    if (areaKind == u"ou") return QStringLiteral("Enhet %1").arg(area);
    if (isGroupId(area)) // Kolada's municipality groups
        return groupTitle.trimmed().isEmpty() ? QStringLiteral("Kommungrupp %1").arg(area) : groupTitle.trimmed();
    static const QHash<QString, QString> names{
        {QStringLiteral("0000"), QStringLiteral("Riket")},    {QStringLiteral("0180"), QStringLiteral("Stockholm")},
        {QStringLiteral("1480"), QStringLiteral("Göteborg")}, {QStringLiteral("1280"), QStringLiteral("Malmö")},
        {QStringLiteral("0380"), QStringLiteral("Uppsala")},  {QStringLiteral("0580"), QStringLiteral("Linköping")},
        {QStringLiteral("1880"), QStringLiteral("Örebro")},   {QStringLiteral("1980"), QStringLiteral("Västerås")},
        {QStringLiteral("0162"), QStringLiteral("Danderyd")}, {QStringLiteral("0184"), QStringLiteral("Solna")},
        {QStringLiteral("0136"), QStringLiteral("Haninge")},  {QStringLiteral("0126"), QStringLiteral("Huddinge")},
        {QStringLiteral("0182"), QStringLiteral("Nacka")},    {QStringLiteral("0183"), QStringLiteral("Sundbyberg")},
        {QStringLiteral("0001"), QStringLiteral("Region Stockholm")},
    };
    return names.value(area, QStringLiteral("Kommun %1").arg(area));
}

QStringList Kolada::dataUrls(const QString &api, const KoladaLink &link, const std::vector<int> &years)
{
    auto batches = [](const QStringList &ids) {
        std::vector<QStringList> out;
        for (qsizetype i = 0; i < ids.size(); i += kMaxIds) out.push_back(ids.mid(i, kMaxIds));
        return out;
    };
    QStringList yearList;
    for (int y : years) yearList << QString::number(y);
    const QString base = api.endsWith(u'/') ? api.chopped(1) : api;
    QStringList urls;
    for (const QStringList &y : batches(yearList)) {
        const QString tail = QStringLiteral("/year/%1?per_page=%2").arg(y.join(u',')).arg(kPageSize);
        for (const QStringList &m : batches(link.municipalities))
            urls << base + QStringLiteral("/data/kpi/%1/municipality/%2").arg(link.kpi, m.join(u',')) + tail;
        for (const QStringList &o : batches(link.ou.split(u',', Qt::SkipEmptyParts)))
            urls << base + QStringLiteral("/oudata/kpi/%1/ou/%2").arg(link.kpi, o.join(u',')) + tail;
    }
    return urls;
}

QString Kolada::nextPageUrl(const QString &api, const QString &current, const QString &next)
{
    const QUrl apiUrl(api);
    QUrl url = QUrl(current).resolved(QUrl(next));
    if (url.host() == apiUrl.host() && url.port() == apiUrl.port() && url.scheme() == apiUrl.scheme()) return url.toString();
    // Kolada's own address: its path from the API's version on ("/v3/data/…") goes after the API in use.
    QString apiPath = apiUrl.path();
    while (apiPath.endsWith(u'/')) apiPath.chop(1);
    const QString version = apiPath.section(u'/', -1); // "v3"
    const QString path = url.path();
    const qsizetype at = version.isEmpty() ? -1 : path.indexOf(u'/' + version + u'/');
    const QString rest = at < 0 ? path : path.mid(at + version.size() + 1); // "/data/kpi/…"
    url.setScheme(apiUrl.scheme());
    url.setHost(apiUrl.host());
    url.setPort(apiUrl.port());
    url.setPath(at < 0 ? path : apiPath + rest);
    return url.toString();
}

QString Kolada::kpiSearchUrl(const QString &api, const QString &title)
{
    QUrl url((api.endsWith(u'/') ? api.chopped(1) : api) + QStringLiteral("/kpi"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("title"), title);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString Kolada::groupUrl(const QString &api, const QString &group)
{
    return (api.endsWith(u'/') ? api.chopped(1) : api) + QStringLiteral("/municipality_groups/") + QString::fromLatin1(QUrl::toPercentEncoding(group));
}

Result<KoladaPage> Kolada::parse(const QByteArray &json, const QString &source)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(tr("%1 is not a Kolada answer: the JSON is broken at character %2 (%3).")
                        .arg(source)
                        .arg(error.offset)
                        .arg(error.errorString()));
    if (!doc.isObject() || !doc.object().value(QStringLiteral("values")).isArray())
        return fail(tr("%1 is not a Kolada answer: it has no list of values.").arg(source));
    const QJsonObject root = doc.object();
    KoladaPage page;
    for (const char *key : {"next_url", "next_page", "next"}) // v3 names it next_url; older answers next_page
        if (root.value(QLatin1String(key)).isString()) page.next = root.value(QLatin1String(key)).toString();
    const QJsonArray values = root.value(QStringLiteral("values")).toArray();
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QJsonObject item = values.at(i).toObject();
        if (item.contains(QStringLiteral("id")) && item.contains(QStringLiteral("title"))) { // a list of KPIs or groups
            const KoladaKpi named{item.value(QStringLiteral("id")).toString(), item.value(QStringLiteral("title")).toString()};
            if (item.value(QStringLiteral("members")).isArray() && isGroupId(named.id)) page.groups.push_back(named);
            else page.kpis.push_back(named);
            continue;
        }
        KoladaValue base;
        base.kpi = item.value(QStringLiteral("kpi")).toString();
        if (item.contains(QStringLiteral("ou"))) {
            base.areaKind = QStringLiteral("ou");
            base.area = item.value(QStringLiteral("ou")).toString();
        } else {
            base.areaKind = QStringLiteral("municipality");
            base.area = item.value(QStringLiteral("municipality")).toString();
        }
        const QJsonValue period = item.contains(QStringLiteral("period")) ? item.value(QStringLiteral("period")) : item.value(QStringLiteral("year"));
        base.year = period.isString() ? period.toString().toInt() : period.toInt();
        if (base.kpi.isEmpty() || base.area.isEmpty() || base.year < 1900 || base.year > 2200)
            return fail(tr("%1: value %2 has no KPI, area or year.").arg(source).arg(i + 1));
        // A value Kolada has withdrawn ("isdeleted": true) is missing now: stored as a revision to
        // missing, so what was there before is still seen.
        const bool deleted = item.value(QStringLiteral("isdeleted")).toBool();
        QJsonArray genders = item.value(QStringLiteral("values")).toArray();
        if (deleted && genders.isEmpty()) genders.append(QJsonObject{{QStringLiteral("gender"), QStringLiteral("T")}});
        for (const QJsonValue &g : std::as_const(genders)) {
            const QJsonObject o = g.toObject();
            KoladaValue v = base;
            v.gender = o.value(QStringLiteral("gender")).toString(QStringLiteral("T")).toUpper();
            if (v.gender != u"T" && v.gender != u"K" && v.gender != u"M")
                return fail(tr("%1: value %2 has the gender “%3”, not T, K or M.").arg(source).arg(i + 1).arg(v.gender));
            const QJsonValue number = o.value(QStringLiteral("value"));
            if (deleted) v.value.reset();
            else if (number.isDouble()) v.value = number.toDouble();
            else if (!number.isNull() && !number.isUndefined())
                return fail(tr("%1: value %2 is not a number.").arg(source).arg(i + 1));
            page.values.push_back(v);
        }
    }
    return page;
}

} // namespace malkoll
