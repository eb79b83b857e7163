// Kolada without the internet: a stand-in for Kolada's API v3 on 127.0.0.1 (tests/data/kolada/
// server.py, started here) serves JSON files in Kolada's shape — two pages, a gender split, a
// missing value, a revision, an unknown KPI, a 404, a 500 and a slow answer — and malkoll-cli
// kolada link / fetch / import / list is run against it as a user would.
#include "clirun.h"
#include "koladaserver.h"
#include "qtprinters.h"
#include "tempstore.h"
#include "report/committeereport.h"
#include "store/koladarepository.h"
#include "store/store.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace malkoll;
using malkoll::test::CliRun;
using malkoll::test::cli;
using malkoll::test::kTeachers;

namespace {

class KoladaCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = dir.filePath(QStringLiteral("demo.malkoll"));
        ASSERT_TRUE(malkoll::test::writeDemoStore(store));
        server = std::make_unique<test::KoladaServer>(dir.path());
        api = server->api();
    }
    CliRun kolada(const QString &sub, const QStringList &more = {})
    {
        return cli(QStringList{QStringLiteral("kolada"), sub, store} + more);
    }
    CliRun link(const QString &kpi)
    {
        return kolada(QStringLiteral("link"), {QStringLiteral("--indicator"), kTeachers, QStringLiteral("--kpi"), kpi, QStringLiteral("--municipality"),
                                               QStringLiteral("0180"), QStringLiteral("--municipality"), QStringLiteral("0000")});
    }
    CliRun fetch(const QStringList &more = {})
    {
        return kolada(QStringLiteral("fetch"), QStringList{QStringLiteral("--api"), api, QStringLiteral("--timeout"), QStringLiteral("2")} + more);
    }
    QString asked() const { return server->asked(); }
    QTemporaryDir dir;
    QString store;
    std::unique_ptr<test::KoladaServer> server;
    QString api;
};
} // namespace

TEST_F(KoladaCli, FetchFollowsThePagesKeepsGenderAndMissingValuesAndShowsARevision)
{
    const CliRun linked = link(QStringLiteral("N15033"));
    ASSERT_EQ(linked.code, 0) << linked.err.toStdString();
    const CliRun first = fetch();
    ASSERT_EQ(first.code, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("8 values of N15033 (8 new, 0 revised, 0 as before)"))) << first.out.toStdString();
    EXPECT_TRUE(asked().contains(QStringLiteral("page=2"))) << "the next page was asked for: " << asked().toStdString();
    EXPECT_TRUE(asked().contains(QStringLiteral("/v3/data/kpi/N15033/municipality/0180,0000/year/"))) << asked().toStdString();
    EXPECT_TRUE(asked().contains(QStringLiteral("per_page=5000")));

    const CliRun list = kolada(QStringLiteral("list"));
    ASSERT_EQ(list.code, 0) << list.err.toStdString();
    const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 9) << list.out.toStdString();
    EXPECT_EQ(lines[0], QStringLiteral("indikator\tkpi\tområde\tår\tkön\tvärde\thämtat"));
    EXPECT_TRUE(list.out.contains(kTeachers + QStringLiteral("\tN15033\t0180\t2023\tK\t44\t"))) << list.out.toStdString();
    EXPECT_TRUE(list.out.contains(kTeachers + QStringLiteral("\tN15033\t0180\t2024\tT\t\t"))) << "a missing value stays missing";
    EXPECT_TRUE(list.out.contains(kTeachers + QStringLiteral("\tN15033\t0000\t2023\tT\t38\t")));

    const CliRun second = fetch();
    ASSERT_EQ(second.code, 0) << second.err.toStdString();
    EXPECT_TRUE(second.out.contains(QStringLiteral("(0 new, 2 revised, 6 as before)"))) << second.out.toStdString();
    const CliRun revised = kolada(QStringLiteral("list"));
    EXPECT_TRUE(revised.out.contains(QStringLiteral("\t0000\t2023\tT\t38.4\t"))) << revised.out.toStdString();
    EXPECT_TRUE(revised.out.contains(QStringLiteral("(tidigare 38)"))) << "what Kolada revised is shown";
    EXPECT_TRUE(revised.out.contains(QStringLiteral("\t0180\t2024\tT\t43\t")));

    // The report's chart of the indicator carries Kolada's series beside the committee's own.
    auto s = Store::open(store);
    ASSERT_TRUE(s);
    CommitteeReport::Options options;
    options.charts = true;
    auto report = CommitteeReport::fromStore(*s.value(), 1, 2024, Period::T1, options);
    ASSERT_TRUE(report);
    const ReportIndicatorRow *row = nullptr;
    for (const ReportGoalSection &g : report->goals)
        for (const ReportIndicatorRow &r : g.indicators)
            if (r.cells.value(0) == kTeachers) row = &r;
    ASSERT_NE(row, nullptr);
    QStringList names;
    for (const KoladaLine &l : row->trend.kolada) names << l.name;
    EXPECT_TRUE(names.contains(QStringLiteral("Stockholm"))) << names.join(u',').toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("Riket")));
    EXPECT_TRUE(names.contains(QStringLiteral("Stockholm – kvinnor"))) << "split by gender as the indicator is";
}

TEST_F(KoladaCli, ErrorsAndSlowAnswersAreToldAndChangeNothing)
{
    ASSERT_EQ(link(QStringLiteral("N15033")).code, 0);
    ASSERT_EQ(fetch().code, 0);
    const QString before = kolada(QStringLiteral("list")).out;

    ASSERT_EQ(link(QStringLiteral("N00500")).code, 0);
    const CliRun error500 = fetch();
    EXPECT_EQ(error500.code, 1);
    EXPECT_TRUE(error500.err.contains(QStringLiteral("Kolada answered with an error (500"))) << error500.err.toStdString();

    ASSERT_EQ(link(QStringLiteral("N00404")).code, 0);
    const CliRun error404 = fetch();
    EXPECT_EQ(error404.code, 1);
    EXPECT_TRUE(error404.err.contains(QStringLiteral("(404)"))) << error404.err.toStdString();

    ASSERT_EQ(link(QStringLiteral("N99999")).code, 0);
    const CliRun unknown = fetch();
    EXPECT_EQ(unknown.code, 0) << unknown.err.toStdString();
    EXPECT_TRUE(unknown.out.contains(QStringLiteral("Kolada has no values of N99999"))) << unknown.out.toStdString();

    ASSERT_EQ(link(QStringLiteral("N00777")).code, 0);
    const CliRun slow = kolada(QStringLiteral("fetch"), {QStringLiteral("--api"), api, QStringLiteral("--timeout"), QStringLiteral("1")});
    EXPECT_EQ(slow.code, 1);
    EXPECT_TRUE(slow.err.contains(QStringLiteral("did not answer within 1 seconds"))) << slow.err.toStdString();

    ASSERT_EQ(link(QStringLiteral("N15033")).code, 0);
    EXPECT_EQ(kolada(QStringLiteral("list")).out, before) << "no failed fetch changed a stored value";

    const CliRun badKpi = link(QStringLiteral("15033"));
    EXPECT_EQ(badKpi.code, 1);
    EXPECT_TRUE(badKpi.err.contains(QStringLiteral("is not a Kolada KPI id"))) << badKpi.err.toStdString();
    const CliRun badArea = kolada(QStringLiteral("link"), {QStringLiteral("--indicator"), kTeachers, QStringLiteral("--kpi"),
                                                          QStringLiteral("N15033"), QStringLiteral("--municipality"), QStringLiteral("180")});
    EXPECT_EQ(badArea.code, 1);
    EXPECT_TRUE(badArea.err.contains(QStringLiteral("“180” is not a municipality id"))) << badArea.err.toStdString();
}

TEST_F(KoladaCli, ASavedAnswerIsImportedForWorkOffline)
{
    ASSERT_EQ(link(QStringLiteral("N15033")).code, 0);
    const CliRun imported = kolada(QStringLiteral("import"), {QStringLiteral(MALKOLL_TEST_DATA "/kolada/n15033_page1.json")});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("Stored 6 Kolada values from n15033_page1.json: 6 new"))) << imported.out.toStdString();
    EXPECT_TRUE(kolada(QStringLiteral("list")).out.contains(QStringLiteral("\t0180\t2022\tM\t40.1\t")));

    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile f(broken);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{\"values\": [{\"kpi\": \"N15033\", \"municipality\": \"0180\", \"period\": 2021, \"values\": [{\"gender\": \"T\", \"value\": 1");
    f.close();
    const QString before = kolada(QStringLiteral("list")).out;
    const CliRun bad = kolada(QStringLiteral("import"), {broken});
    EXPECT_EQ(bad.code, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("broken.json is not a Kolada answer"))) << bad.err.toStdString();
    EXPECT_EQ(kolada(QStringLiteral("list")).out, before);
}

// Kolada as it really answers (issue 29): page 2 named by its full address on the public host is
// asked of the API in use; more than 25 municipalities or years go in batches; a municipality
// group is a place to compare with; a KPI list is no answer with values; no warning on any run.
TEST_F(KoladaCli, PagesFollowTheApiInUseIdsGoInBatchesAndGroupsAreAccepted)
{
    ASSERT_EQ(link(QStringLiteral("N15033")).code, 0);
    const CliRun first = fetch();
    ASSERT_EQ(first.code, 0) << first.err.toStdString();
    EXPECT_FALSE(first.err.contains(QStringLiteral("option not defined"))) << first.err.toStdString();
    EXPECT_TRUE(asked().contains(QStringLiteral("page=2"))) << "page 2 asked of the stand-in, not of api.kolada.se: " << asked().toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("8 values of N15033"))) << first.out.toStdString();

    QStringList many{QStringLiteral("--indicator"), kTeachers, QStringLiteral("--kpi"), QStringLiteral("N15033")};
    for (int m = 0; m < 30; ++m) many << QStringLiteral("--municipality") << QStringLiteral("%1").arg(100 + m, 4, 10, QLatin1Char('0'));
    ASSERT_EQ(kolada(QStringLiteral("link"), many).code, 0);
    const CliRun batched = fetch();
    EXPECT_EQ(batched.code, 0) << batched.err.toStdString();
    int requests = 0;
    for (const QString &line : asked().split(u'\n'))
        if (line.contains(QStringLiteral("/municipality/0100,"))) {
            ++requests;
            EXPECT_EQ(line.section(QStringLiteral("/municipality/"), 1).section(u'/', 0, 0).split(u',').size(), 25) << line.toStdString();
        }
    EXPECT_EQ(requests, 1) << asked().toStdString();
    EXPECT_TRUE(asked().contains(QStringLiteral("/municipality/0125,0126,0127,0128,0129/"))) << "the rest in a second request";

    const CliRun group = kolada(QStringLiteral("link"), {QStringLiteral("--indicator"), kTeachers, QStringLiteral("--kpi"),
                                                        QStringLiteral("N15033"), QStringLiteral("--municipality"), QStringLiteral("G33612")});
    ASSERT_EQ(group.code, 0) << group.err.toStdString();
    const CliRun groupFetch = fetch({QStringLiteral("--indicator"), kTeachers});
    ASSERT_EQ(groupFetch.code, 0) << groupFetch.err.toStdString();
    EXPECT_TRUE(kolada(QStringLiteral("list")).out.contains(QStringLiteral("\tN15033\tG33612\t2023\tT\t39.5\t")));
    EXPECT_TRUE(asked().contains(QStringLiteral("/v3/municipality_groups/G33612"))) << "the group's title asked for: " << asked().toStdString();
    {
        auto s = Store::open(store);
        ASSERT_TRUE(s) << s.error().toStdString();
        KoladaRepository repo(*s.value());
        EXPECT_EQ(repo.groupTitle(QStringLiteral("G33612")), QStringLiteral("Liknande kommuner, grundskola, Stockholm, 2023"));
        const std::vector<KoladaLink> links = repo.links(1);
        const auto groupLink = std::find_if(links.begin(), links.end(), [](const KoladaLink &l) { return l.municipalities.contains(QStringLiteral("G33612")); });
        ASSERT_NE(groupLink, links.end());
        const std::vector<KoladaLine> chart = repo.lines(*groupLink, false, 2000, 2030);
        ASSERT_EQ(chart.size(), 1u);
        EXPECT_EQ(chart[0].name, QStringLiteral("Liknande kommuner, grundskola, Stockholm, 2023")) << "the chart names the group as Kolada does";
    }
    // A group Kolada does not name keeps its id; the values are stored all the same.
    ASSERT_EQ(kolada(QStringLiteral("link"), {QStringLiteral("--indicator"), kTeachers, QStringLiteral("--kpi"), QStringLiteral("N15033"),
                                              QStringLiteral("--municipality"), QStringLiteral("G99999")})
                  .code,
              0);
    EXPECT_EQ(fetch({QStringLiteral("--indicator"), kTeachers}).code, 0);
    EXPECT_EQ(Kolada::areaName(QStringLiteral("municipality"), QStringLiteral("G99999")), QStringLiteral("Kommungrupp G99999"));

    // Kolada's list of municipality groups, saved from the API, names them offline.
    const CliRun groups = kolada(QStringLiteral("import"), {QStringLiteral(MALKOLL_TEST_DATA "/kolada/municipality_groups_v2.json")});
    EXPECT_EQ(groups.code, 0) << groups.err.toStdString();
    EXPECT_TRUE(groups.out.contains(QStringLiteral("titles of 2 municipality groups"))) << groups.out.toStdString();
    EXPECT_TRUE(groups.out.contains(QStringLiteral("(1 new or changed)"))) << groups.out.toStdString();
    {
        auto s = Store::open(store);
        ASSERT_TRUE(s) << s.error().toStdString();
        EXPECT_EQ(KoladaRepository(*s.value()).groupTitle(QStringLiteral("G124026")), QStringLiteral("Storstäder"));
    }

    const CliRun kpis = kolada(QStringLiteral("import"), {QStringLiteral(MALKOLL_TEST_DATA "/kolada/kpi_search.json")});
    EXPECT_EQ(kpis.code, 1);
    EXPECT_TRUE(kpis.err.contains(QStringLiteral("kpi_search.json")) && kpis.err.contains(QStringLiteral("not an answer with values")))
        << kpis.err.toStdString();
}

TEST(KoladaAddresses, TheNextPageIsAskedOfTheApiInUse)
{
    const QString next = QStringLiteral("https://api.kolada.se/v3/data/kpi/N15033/municipality/0180/year/2024?page=2&per_page=5000");
    EXPECT_EQ(Kolada::nextPageUrl(QStringLiteral("http://proxy.example:8080/kolada/v3"),
                                  QStringLiteral("http://proxy.example:8080/kolada/v3/data/kpi/N15033/municipality/0180/year/2024"), next),
              QStringLiteral("http://proxy.example:8080/kolada/v3/data/kpi/N15033/municipality/0180/year/2024?page=2&per_page=5000"));
    EXPECT_EQ(Kolada::nextPageUrl(QStringLiteral("https://api.kolada.se/v3"), QStringLiteral("https://api.kolada.se/v3/data/x"), next), next);
    EXPECT_EQ(Kolada::nextPageUrl(QStringLiteral("http://127.0.0.1:9/v3"), QStringLiteral("http://127.0.0.1:9/v3/data/x"),
                                  QStringLiteral("/v3/data/x?page=2")),
              QStringLiteral("http://127.0.0.1:9/v3/data/x?page=2"));
    KoladaLink link;
    link.kpi = QStringLiteral("N15033");
    for (int m = 0; m < 26; ++m) link.municipalities << QStringLiteral("%1").arg(m, 4, 10, QLatin1Char('0'));
    std::vector<int> years;
    for (int y = 1990; y < 2020; ++y) years.push_back(y);
    EXPECT_EQ(Kolada::dataUrls(QStringLiteral("http://x/v3"), link, years).size(), 4) << "2 batches of municipalities × 2 of years";
}

// A value Kolada withdraws is a revision to missing, never a removal: the earlier value is kept
// as what it was before.
TEST_F(KoladaCli, AWithdrawnValueIsARevisionToMissing)
{
    ASSERT_EQ(link(QStringLiteral("N15033")).code, 0);
    ASSERT_EQ(kolada(QStringLiteral("import"), {QStringLiteral(MALKOLL_TEST_DATA "/kolada/n15033_page1.json")}).code, 0);
    const QString withdrawn = dir.filePath(QStringLiteral("withdrawn.json"));
    QFile f(withdrawn);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"values": [{"kpi": "N15033", "municipality": "0180", "period": 2022, "isdeleted": true, "values": []}]})");
    f.close();
    const CliRun imported = kolada(QStringLiteral("import"), {withdrawn});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    const QString list = kolada(QStringLiteral("list")).out;
    EXPECT_TRUE(list.contains(QStringLiteral("\tN15033\t0180\t2022\tT\t\t"))) << list.toStdString();
    EXPECT_TRUE(list.contains(QStringLiteral("(tidigare 41.5)"))) << list.toStdString();
    EXPECT_TRUE(list.contains(QStringLiteral("\t0180\t2022\tK\t43\t"))) << "the other genders stay";
}

// A fetch of one year stores that year only, whatever else the answer holds.
TEST_F(KoladaCli, AFetchStoresOnlyTheYearsAskedFor)
{
    ASSERT_EQ(link(QStringLiteral("N15033")).code, 0);
    const CliRun one = fetch({QStringLiteral("--year"), QStringLiteral("2024")});
    ASSERT_EQ(one.code, 0) << one.err.toStdString();
    const QString list = kolada(QStringLiteral("list")).out;
    EXPECT_TRUE(list.contains(QStringLiteral("\t2024\t"))) << list.toStdString();
    EXPECT_FALSE(list.contains(QStringLiteral("\t2022\t"))) << "the answer's 2022 was not asked for: " << list.toStdString();
    EXPECT_FALSE(list.contains(QStringLiteral("\t2023\t"))) << list.toStdString();
}
