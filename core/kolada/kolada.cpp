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

QString Kolada::areaName(const QString &areaKind, const QString &area)
{
    // Chart labels are Swedish, like the committee documents they end up in.
    if (areaKind == u"ou") return QStringLiteral("Enhet %1").arg(area);
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
    QStringList yearList;
    for (int y : years) yearList << QString::number(y);
    const QString base = api.endsWith(u'/') ? api.chopped(1) : api;
    const QString tail = QStringLiteral("/year/%1?per_page=%2").arg(yearList.join(u',')).arg(kPageSize);
    QStringList urls;
    if (!link.municipalities.isEmpty())
        urls << base + QStringLiteral("/data/kpi/%1/municipality/%2").arg(link.kpi, link.municipalities.join(u',')) + tail;
    if (!link.ou.isEmpty()) urls << base + QStringLiteral("/oudata/kpi/%1/ou/%2").arg(link.kpi, link.ou) + tail;
    return urls;
}

QString Kolada::kpiSearchUrl(const QString &api, const QString &title)
{
    QUrl url((api.endsWith(u'/') ? api.chopped(1) : api) + QStringLiteral("/kpi"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("title"), title);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
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
        if (item.contains(QStringLiteral("id")) && item.contains(QStringLiteral("title"))) { // a KPI list
            page.kpis.push_back({item.value(QStringLiteral("id")).toString(), item.value(QStringLiteral("title")).toString()});
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
        for (const QJsonValue &g : item.value(QStringLiteral("values")).toArray()) {
            const QJsonObject o = g.toObject();
            KoladaValue v = base;
            v.gender = o.value(QStringLiteral("gender")).toString(QStringLiteral("T")).toUpper();
            if (v.gender != u"T" && v.gender != u"K" && v.gender != u"M")
                return fail(tr("%1: value %2 has the gender “%3”, not T, K or M.").arg(source).arg(i + 1).arg(v.gender));
            const QJsonValue number = o.value(QStringLiteral("value"));
            if (number.isDouble()) v.value = number.toDouble();
            else if (!number.isNull() && !number.isUndefined())
                return fail(tr("%1: value %2 is not a number.").arg(source).arg(i + 1));
            page.values.push_back(v);
        }
    }
    return page;
}

} // namespace malkoll
