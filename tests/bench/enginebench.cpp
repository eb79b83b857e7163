// Recomputes every indicator status, goal suggestion and finding of one year for every
// committee of a city-scale store, store reads included. The store is generated once per run
// (MALKOLL_BENCH_COMMITTEES, MALKOLL_BENCH_YEARS; default 30 × 10) or taken from MALKOLL_BENCH_STORE.
//
// The baseline in the same run, BM_RawScanCityYear*, reads every column of every row the
// recompute may need through SQLite's C API and nothing else: the engine's figure is reported as a
// ratio to it (counter x_raw_scan), which stays comparable across machines. The product keeps QtSql;
// sqlite3 is used here only.
#include "calc/evaluator.h"
#include "report/cityview.h"
#include "sample/generator.h"
#include "store/goalrepository.h"
#include "store/organisationrepository.h"
#include "store/snapshotreader.h"
#include "store/store.h"
#include "store/structurecache.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <sqlite3.h>
#include <algorithm>
#include <chrono>
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

// Every column of every row a recompute of the year may need, read through the C API: the
// committees and units, the year's goals, indicators, activities and target decisions, earlier
// indicators (their series), this period's values, the history the engine compares with, the
// activity reports, assessments and period texts. Returns a checksum of what was read.
double rawScan(const QString &path, const std::vector<qint64> &committees, int year, Period period)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) std::abort();
    QString ids;
    for (qint64 c : committees) ids += (ids.isEmpty() ? QString() : QStringLiteral(",")) + QString::number(c);
    const QString y = QString::number(year), p = QStringLiteral("'%1'").arg(periodCode(period));
    const QStringList sql{
        QStringLiteral("SELECT * FROM committee"),
        QStringLiteral("SELECT * FROM unit WHERE committee_id IN (%1)").arg(ids),
        QStringLiteral("SELECT * FROM goal WHERE committee_id IN (%1) AND year = %2").arg(ids, y),
        QStringLiteral("SELECT * FROM indicator WHERE committee_id IN (%1) AND year = %2").arg(ids, y),
        QStringLiteral("SELECT * FROM activity WHERE committee_id IN (%1) AND year = %2").arg(ids, y),
        QStringLiteral("SELECT c.* FROM target_change c JOIN indicator i ON i.id = c.indicator_id WHERE i.committee_id IN (%1) AND i.year = %2").arg(ids, y),
        QStringLiteral("SELECT id, committee_id, series_key FROM indicator WHERE committee_id IN (%1) AND year < %2").arg(ids, y),
        QStringLiteral("SELECT m.* FROM measurement m JOIN indicator i ON i.id = m.indicator_id WHERE i.committee_id IN (%1) AND i.year = %2 AND m.period = %3").arg(ids, y, p),
        QStringLiteral("SELECT pm.indicator_id, pi.year, pm.period, pm.outcome, pm.prognosis FROM indicator pi JOIN measurement pm ON pm.indicator_id = pi.id "
                       "WHERE pi.committee_id IN (%1) AND pi.year < %2 AND pi.year >= %3 AND pm.period IN (%4, 'VB')").arg(ids, y, QString::number(year - 4), p),
        QStringLiteral("SELECT r.* FROM activity_report r JOIN activity a ON a.id = r.activity_id WHERE a.committee_id IN (%1) AND a.year = %2 AND r.period = %3").arg(ids, y, p),
        QStringLiteral("SELECT a.* FROM goal_assessment a JOIN goal g ON g.id = a.goal_id WHERE g.committee_id IN (%1) AND g.year = %2 AND a.period = %3").arg(ids, y, p),
        QStringLiteral("SELECT * FROM period_info WHERE committee_id IN (%1) AND year = %2 AND period = %3").arg(ids, y, p),
    };
    double sum = 0;
    for (const QString &text : sql) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, text.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK) std::abort();
        while (sqlite3_step(st) == SQLITE_ROW)
            for (int c = 0, n = sqlite3_column_count(st); c < n; ++c)
                switch (sqlite3_column_type(st, c)) {
                case SQLITE_INTEGER: sum += double(sqlite3_column_int64(st, c)); break;
                case SQLITE_FLOAT: sum += sqlite3_column_double(st, c); break;
                case SQLITE_TEXT: sum += double(sqlite3_column_bytes(st, c) + (sqlite3_column_text(st, c) ? 1 : 0)); break;
                case SQLITE_BLOB: sum += double(sqlite3_column_bytes(st, c)); break;
                default: break;
                }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return sum;
}

double rawScanSeconds(Period period)
{
    BenchStore &b = benchStore();
    std::vector<double> times;
    for (int i = 0; i < 5; ++i) {
        const auto start = std::chrono::steady_clock::now();
        benchmark::DoNotOptimize(rawScan(b.store->path(), b.committees, b.year, period));
        times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// cold: the structure cache emptied before each recompute, as after a change to the plan.
void evaluateCity(benchmark::State &state, Period period, bool cold)
{
    BenchStore &b = benchStore();
    const CommitteeIds committees(b.committees.begin(), b.committees.end());
    const double raw = rawScanSeconds(period);
    size_t indicators = 0, findings = 0;
    double seconds = 0;
    for (auto _ : state) {
        if (cold) b.store->structureCache().clear();
        const auto start = std::chrono::steady_clock::now();
        indicators = findings = 0;
        auto snapshots = SnapshotReader(*b.store).read(committees, b.year, period, PrognosisRule::historyYears);
        if (!snapshots) {
            state.SkipWithError(qPrintable(snapshots.error()));
            return;
        }
        for (const YearSnapshot &snapshot : snapshots.value()) {
            const YearEvaluation ev = Evaluator::evaluate(snapshot);
            indicators += ev.indicators.size();
            findings += ev.findings.size();
            benchmark::DoNotOptimize(ev);
        }
        seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }
    state.counters["committees"] = double(b.committees.size());
    state.counters["indicators"] = double(indicators);
    state.counters["findings"] = double(findings);
    state.counters["raw_scan_ms"] = raw * 1000;
    state.counters["x_raw_scan"] = seconds / double(state.iterations()) / raw;
    state.counters["peak_rss_MB"] = peakRssMb();
}

void BM_EvaluateCityYearT2(benchmark::State &state) { evaluateCity(state, Period::T2, false); }
void BM_EvaluateCityYearVB(benchmark::State &state) { evaluateCity(state, Period::VB, false); }
void BM_EvaluateCityYearT2Cold(benchmark::State &state) { evaluateCity(state, Period::T2, true); }

void rawScanCity(benchmark::State &state, Period period)
{
    BenchStore &b = benchStore();
    for (auto _ : state) benchmark::DoNotOptimize(rawScan(b.store->path(), b.committees, b.year, period));
}
void BM_RawScanCityYearT2(benchmark::State &state) { rawScanCity(state, Period::T2); }
void BM_RawScanCityYearVB(benchmark::State &state) { rawScanCity(state, Period::VB); }

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
// The city's view of a period (issue 30): every committee against the city's KF structure, read
// and computed as the Staden tab and `malkoll-cli city` do. Its baseline in the same run is the
// engine's recompute of the same committees and period (counter x_evaluate).
void BM_CityViewT2(benchmark::State &state)
{
    BenchStore &b = benchStore();
    const CommitteeIds committees(b.committees.begin(), b.committees.end());
    const auto evaluate = [&] {
        const auto start = std::chrono::steady_clock::now();
        auto snapshots = SnapshotReader(*b.store).read(committees, b.year, Period::T2);
        for (const YearSnapshot &snapshot : snapshots.value()) benchmark::DoNotOptimize(Evaluator::evaluate(snapshot));
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    std::vector<double> baseline;
    for (int i = 0; i < 5; ++i) baseline.push_back(evaluate());
    std::sort(baseline.begin(), baseline.end());
    double seconds = 0;
    size_t rows = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        auto view = CityView::fromStore(*b.store, b.year, Period::T2, QDate(b.year, 9, 15));
        if (!view) {
            state.SkipWithError(qPrintable(view.error()));
            return;
        }
        rows = 0;
        for (const CityIndicator &i : view->indicators) rows += i.entries.size();
        benchmark::DoNotOptimize(view->tables(Language::Swedish));
        seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }
    state.counters["committees"] = double(b.committees.size());
    state.counters["kf_indicator_rows"] = double(rows);
    state.counters["evaluate_ms"] = baseline[baseline.size() / 2] * 1000;
    state.counters["x_evaluate"] = seconds / double(state.iterations()) / baseline[baseline.size() / 2];
}
} // namespace

BENCHMARK(BM_CityViewT2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RawScanCityYearT2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EvaluateCityYearT2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EvaluateCityYearT2Cold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RawScanCityYearVB)->Unit(benchmark::kMillisecond);
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
