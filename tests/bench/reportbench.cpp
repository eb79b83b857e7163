// Renders committee reports to PDF: the demo report with charts, and one city-scale committee
// (about 150 indicators, from the generator). `bash scripts/bench.sh --benchmark_filter=Report`.
#include "sample/demoloader.h"
#include "sample/generator.h"
#include "report/committeereport.h"
#include "report/reportrenderer.h"
#include "store/organisationrepository.h"
#include "store/store.h"

#include <QApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdio>

using namespace malkoll;

namespace {
std::unique_ptr<Store> openNew(const QString &path)
{
    auto s = Store::open(path);
    if (!s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        std::abort();
    }
    return std::move(s).value();
}

QTemporaryDir &tempDir()
{
    static QTemporaryDir dir;
    return dir;
}

void renderReport(benchmark::State &state, Store &store, qint64 committee, int year, bool charts)
{
    CommitteeReport::Options options;
    options.charts = charts;
    int pages = 0;
    for (auto _ : state) {
        auto content = CommitteeReport::fromStore(store, committee, year, Period::T2, options);
        auto written = ReportRenderer::writePdf(content.value(), tempDir().filePath(QStringLiteral("bench.pdf")));
        if (!written) {
            state.SkipWithError(qPrintable(written.error()));
            return;
        }
        pages = written.value();
    }
    state.counters["pages"] = pages;
}

void BM_ReportDemoWithCharts(benchmark::State &state)
{
    static std::unique_ptr<Store> store = [] {
        auto s = openNew(tempDir().filePath(QStringLiteral("demo.malkoll")));
        (void)DemoLoader::load(*s);
        return s;
    }();
    const qint64 committee = OrganisationRepository(*store).committees().front().id;
    renderReport(state, *store, committee, 2024, true);
}

void BM_ReportCityCommittee(benchmark::State &state)
{
    static std::unique_ptr<Store> store = [] {
        auto s = openNew(tempDir().filePath(QStringLiteral("city.malkoll")));
        Generator::Options o;
        o.committees = 1;
        o.years = 5;
        (void)Generator::generate(*s, o);
        return s;
    }();
    const qint64 committee = OrganisationRepository(*store).committees().front().id;
    renderReport(state, *store, committee, 2024, state.range(0) != 0);
}
} // namespace

BENCHMARK(BM_ReportDemoWithCharts)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_ReportCityCommittee)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(2);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // charts are graphics widgets
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
