#include "koladaclient.h"

#include <QEventLoop>
#include <algorithm>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTimer>
#include <QUrl>

namespace malkoll {

namespace {
constexpr int kMaxPages = 200;
constexpr qint64 kMaxAnswer = 64LL * 1024 * 1024;
} // namespace

KoladaClient::KoladaClient(QString api, int timeoutMs)
    : m_api(std::move(api)), m_timeoutMs(timeoutMs), m_network(new QNetworkAccessManager)
{
}

KoladaClient::~KoladaClient() { delete m_network; }

Result<KoladaPage> KoladaClient::get(const QString &address)
{
    const QUrl url(address);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return fail(tr("“%1” is not a web address Målkoll can ask.").arg(address));
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Malkoll/" MALKOLL_VERSION));
    QNetworkReply *reply = m_network->get(request);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    if (!reply->isFinished()) loop.exec();
    timer.stop();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QByteArray body = reply->read(kMaxAnswer);
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    reply->deleteLater();
    if (timedOut) return fail(tr("Kolada did not answer within %1 seconds (%2). Try again later, or import a saved answer.")
                                  .arg(m_timeoutMs / 1000.0, 0, 'f', m_timeoutMs % 1000 ? 1 : 0)
                                  .arg(address));
    if (status == 404) return fail(tr("Kolada does not know what was asked for (404): %1").arg(address));
    if (status >= 400) return fail(tr("Kolada answered with an error (%1 %2): %3").arg(status).arg(reason, address));
    if (error != QNetworkReply::NoError) return fail(tr("Kolada could not be reached: %1 (%2)").arg(errorText, address));
    return Kolada::parse(body, tr("Kolada's answer from %1").arg(address));
}

Result<KoladaPage> KoladaClient::getAll(const QString &url)
{
    KoladaPage all;
    QSet<QString> asked;
    for (QString next = url; !next.isEmpty();) {
        if (asked.contains(next) || asked.size() >= kMaxPages) break; // a loop of pages, or no end to them
        asked.insert(next);
        auto page = get(next);
        if (!page) return page;
        all.values.insert(all.values.end(), page->values.begin(), page->values.end());
        all.kpis.insert(all.kpis.end(), page->kpis.begin(), page->kpis.end());
        next = page->next.isEmpty() ? QString() : Kolada::nextPageUrl(m_api, next, page->next);
    }
    return all;
}

Result<std::vector<KoladaValue>> KoladaClient::fetch(const KoladaLink &link, const std::vector<int> &years)
{
    std::vector<KoladaValue> values;
    for (const QString &url : Kolada::dataUrls(m_api, link, years)) {
        auto page = getAll(url);
        if (!page) return Error{page.error()};
        // Only the years asked for: an answer with more (a mirror, a cache) does not change others.
        for (const KoladaValue &v : page->values)
            if (std::find(years.begin(), years.end(), v.year) != years.end()) values.push_back(v);
    }
    return values;
}

Result<std::vector<KoladaKpi>> KoladaClient::searchKpis(const QString &title)
{
    auto page = getAll(Kolada::kpiSearchUrl(m_api, title));
    if (!page) return Error{page.error()};
    return page->kpis;
}

std::vector<KoladaKpi> KoladaClient::groupTitles(const KoladaLink &link)
{
    std::vector<KoladaKpi> titles;
    for (const QString &area : link.municipalities) {
        if (!Kolada::isGroupId(area)) continue;
        auto page = get(Kolada::groupUrl(m_api, area));
        if (!page) continue;
        for (const KoladaKpi &g : page->groups)
            if (g.id == area) titles.push_back(g);
    }
    return titles;
}

} // namespace malkoll
