// Recomputes every indicator status, goal suggestion and finding of one year for every
// committee of a city-scale store, store reads included. The store is generated once per run
// (MALKOLL_BENCH_COMMITTEES, MALKOLL_BENCH_YEARS; default 30 × 10) or taken from MALKOLL_BENCH_STORE.
#include "calc/evaluator.h"
#include "sample/generator.h"
#include "store/goalrepository.h"
#include "store/organisationrepository.h"
#include "store/snapshotreader.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>
#include <sys/resource.h>

using namespace malkoll;

namespace {
struct BenchStore
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::vector<qint64> committees;
    int year = 0;
};

BenchStore &benchStore()
{
    static BenchStore b = [] {
        BenchStore s;
        QString path = qEnvironmentVariable("MALKOLL_BENCH_STORE");
        const bool generate = path.isEmpty();
        if (generate) path = s.dir.filePath(QStringLiteral("city.malkoll"));
        auto opened = Store::open(path);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
            std::abort();
        }
        s.store = std::move(opened).value();
        if (generate) {
            Generator::Options o;
            o.committees = qEnvironmentVariableIntValue("MALKOLL_BENCH_COMMITTEES");
            o.years = qEnvironmentVariableIntValue("MALKOLL_BENCH_YEARS");
            if (o.committees <= 0) o.committees = 30;
            if (o.years <= 0) o.years = 10;
            auto g = Generator::generate(*s.store, o);
            if (!g) {
                std::fprintf(stderr, "%s\n", qPrintable(g.error()));
                std::abort();
            }
        }
        for (const Committee &c : OrganisationRepository(*s.store).committees()) s.committees.push_back(c.id);
        const auto years = GoalRepository(*s.store).years(s.committees.front());
        s.year = years.back();
        return s;
    }();
    return b;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kB on Linux
}

void evaluateCity(benchmark::State &state, Period period)
{
    BenchStore &b = benchStore();
    size_t indicators = 0, findings = 0;
    for (auto _ : state) {
        indicators = findings = 0;
        for (qint64 committee : b.committees) {
            auto snapshot = SnapshotReader(*b.store).read(committee, b.year, period, PrognosisRule::historyYears);
            if (!snapshot) {
                state.SkipWithError(qPrintable(snapshot.error()));
                return;
            }
            const YearEvaluation ev = Evaluator::evaluate(snapshot.value());
            indicators += ev.indicators.size();
            findings += ev.findings.size();
            benchmark::DoNotOptimize(ev);
        }
    }
    state.counters["committees"] = double(b.committees.size());
    state.counters["indicators"] = double(indicators);
    state.counters["findings"] = double(findings);
    state.counters["peak_rss_MB"] = peakRssMb();
}

void BM_EvaluateCityYearT2(benchmark::State &state) { evaluateCity(state, Period::T2); }
void BM_EvaluateCityYearVB(benchmark::State &state) { evaluateCity(state, Period::VB); }

// The engine alone, on snapshots already read: what recomputing after an edit costs.
void BM_EvaluateOnlyCityYear(benchmark::State &state)
{
    BenchStore &b = benchStore();
    std::vector<YearSnapshot> snapshots;
    for (qint64 committee : b.committees) snapshots.push_back(SnapshotReader(*b.store).read(committee, b.year, Period::T2).value());
    for (auto _ : state)
        for (const YearSnapshot &s : snapshots) benchmark::DoNotOptimize(Evaluator::evaluate(s));
    state.counters["peak_rss_MB"] = peakRssMb();
}
} // namespace

BENCHMARK(BM_EvaluateCityYearT2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EvaluateCityYearVB)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EvaluateOnlyCityYear)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // SQL drivers load through it
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
