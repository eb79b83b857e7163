#pragma once
// Kolada's open API v3 over the network (Qt Network): the linked series of an indicator, every
// page followed (at most 5 000 values a page), and a search for KPIs by title. Blocking calls
// with a time limit, for the command line and for a dialog with its own progress; every failure
// (no answer, an HTTP error, an answer that is not Kolada's) comes back as a message that names it.
#include "kolada/kolada.h"
#include "result.h"

#include <QCoreApplication>
#include <vector>

class QNetworkAccessManager;

namespace malkoll {

class KoladaClient
{
    Q_DECLARE_TR_FUNCTIONS(KoladaClient)

public:
    explicit KoladaClient(QString api = QString::fromLatin1(Kolada::kDefaultApi), int timeoutMs = 30000);
    ~KoladaClient();

    Result<std::vector<KoladaValue>> fetch(const KoladaLink &link, const std::vector<int> &years);
    Result<std::vector<KoladaKpi>> searchKpis(const QString &title);
    // The titles of the municipality groups among the link's areas ("G33612"); a group Kolada
    // does not name is left out (its id stays its name), so a failure here never stops a fetch.
    std::vector<KoladaKpi> groupTitles(const KoladaLink &link);
    QString api() const { return m_api; }

private:
    Result<KoladaPage> get(const QString &url);
    // Every page from `url` on.
    Result<KoladaPage> getAll(const QString &url);
    QString m_api;
    int m_timeoutMs;
    QNetworkAccessManager *m_network;
};

} // namespace malkoll
