// Import speed: the seed report parsed, imported into a fresh store, and imported again
// (the idempotent pass that finds nothing to change); a 20 000-row outcome CSV previewed.
// `bash scripts/bench.sh` runs it in a Release build.
#include "io/csv.h"
#include "sample/demoloader.h"
#include "import/outcomeimport.h"
#include "import/reportimporter.h"
#include "import/reportparser.h"
#include "store/indicatorrepository.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace malkoll;

namespace {
QByteArray seed()
{
    QFile f(QStringLiteral(MALKOLL_TEST_DATA "/reports/reference_t1_2024_kungsholmen.txt"));
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll();
}

void BM_ParseSeedReport(benchmark::State &state)
{
    const QByteArray bytes = seed();
    if (bytes.isEmpty()) state.SkipWithError("seed 003 not found");
    for (auto _ : state) benchmark::DoNotOptimize(ReportParser::parse(bytes).indicators.size());
    state.SetBytesProcessed(qint64(state.iterations()) * bytes.size());
}

void BM_ImportSeedReport(benchmark::State &state)
{
    const ParsedReport report = ReportParser::parse(seed());
    const bool again = state.range(0) == 1;
    QTemporaryDir dir;
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto store = Store::open(dir.filePath(QStringLiteral("s%1.malkoll").arg(++n)));
        if (!store) {
            state.SkipWithError("cannot open a store");
            break;
        }
        if (again) (void)ReportImporter::import(*store.value(), report);
        state.ResumeTiming();
        auto r = ReportImporter::import(*store.value(), report);
        if (!r) state.SkipWithError(r.error().toStdString().c_str());
    }
}

void BM_PreviewOutcomeCsv(benchmark::State &state)
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("demo.malkoll")));
    auto loaded = store ? DemoLoader::load(*store.value()) : Result<DemoSummary>(Error{QStringLiteral("no store")});
    if (!loaded) {
        state.SkipWithError("cannot load the demo");
        return;
    }
    const auto indicators = IndicatorRepository(*store.value()).indicators(loaded->committeeId, 2024);
    QString text = QStringLiteral("Indikator;Period;Utfall;Analys\n");
    const int rows = int(state.range(0));
    for (int i = 0; i < rows; ++i) {
        const Indicator &ind = indicators[size_t(i) % indicators.size()];
        // Each indicator and period once; the rest are duplicates the preview must name.
        text += QStringLiteral("\"%1\";%2;%3;Rad %4\n").arg(ind.name, i % 2 ? QStringLiteral("T2") : QStringLiteral("VB")).arg(i % 97).arg(i);
    }
    const QByteArray bytes = text.toUtf8();
    for (auto _ : state) {
        auto table = Csv::read(bytes);
        const OutcomePreview p = OutcomeImport::preview(*store.value(), loaded->committeeId, 2024, Period::T2, table.value(),
                                                        OutcomeMapping::guess(table->header));
        benchmark::DoNotOptimize(p.errors.size());
    }
    state.SetItemsProcessed(qint64(state.iterations()) * rows);
}
} // namespace

BENCHMARK(BM_ParseSeedReport)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ImportSeedReport)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_PreviewOutcomeCsv)->Arg(20000)->Unit(benchmark::kMillisecond)->Iterations(3);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
