// Where people wait in the window, on a city-scale store (30 committees × 10 years, or the store
// MALKOLL_BENCH_STORE names; the benchmark works on a copy): a keystroke's value saved with the
// goal's statuses, suggestion and findings updated and the window repainted; switching goal and
// period; opening the store to a usable window; memory after visiting every tab.
// `bash scripts/bench.sh --benchmark_filter=Entry` runs it in a Release build, offscreen.
#include "mainwindow.h"
#include "models/indicatortablemodel.h"
#include "widgets/entrytableview.h"
#include "periodsession.h"
#include "sample/generator.h"
#include "store/store.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <fstream>
#include <string>

using namespace malkoll;

namespace {
QTemporaryDir &tempDir()
{
    static QTemporaryDir dir;
    return dir;
}

// A copy of the city store: the benchmarks write values into it.
QString cityStore()
{
    static const QString path = [] {
        const QString copy = tempDir().filePath(QStringLiteral("city.malkoll"));
        const QString given = qEnvironmentVariable("MALKOLL_BENCH_STORE");
        if (!given.isEmpty()) {
            if (!QFile::copy(given, copy)) std::abort();
            return copy;
        }
        auto store = Store::open(copy);
        if (!store) std::abort();
        Generator::Options o;
        o.committees = qEnvironmentVariableIntValue("MALKOLL_BENCH_COMMITTEES");
        o.years = qEnvironmentVariableIntValue("MALKOLL_BENCH_YEARS");
        if (o.committees <= 0) o.committees = 30;
        if (o.years <= 0) o.years = 10;
        if (!Generator::generate(*store.value(), o)) std::abort();
        return copy;
    }();
    return path;
}

double rssMb(const char *field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind(field, 0) == 0) return std::stod(line.substr(std::string(field).size())) / 1024.0; // kB
    return 0;
}

void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

QTabWidget *tabsOf(MainWindow &w) { return w.findChild<QTabWidget *>(QStringLiteral("mainTabs")); }

// The window open on the city store, at the latest year's first open period.
struct Window
{
    std::unique_ptr<MainWindow> window;
    int year = 0;
    Period period = Period::T1;
    qint64 bigGoal = 0;   // an inriktningsmål with at least 30 indicators under it (or the most)
    qint64 otherGoal = 0; // another one, to switch to
    int bigGoalIndicators = 0;
};

std::unique_ptr<Window> &theWindow()
{
    static std::unique_ptr<Window> w; // closed in main, before the application goes
    return w;
}

Window &window()
{
    std::unique_ptr<Window> &w = theWindow();
    if (!w) w = std::make_unique<Window>([] {
        Window f;
        f.window = std::make_unique<MainWindow>();
        if (!f.window->openStore(cityStore())) std::abort();
        f.window->show();
        settle();
        const auto snap = f.window->snapshot();
        f.year = snap->year;
        for (Period p : followUpPeriods) {
            f.window->setPeriod(f.year, p);
            if (!f.window->session()->isLocked()) {
                f.period = p;
                break;
            }
        }
        f.window->setPeriod(f.year, f.period);
        const auto s = f.window->snapshot();
        int best = -1;
        for (const Goal &g : s->goals) {
            if (g.parentId != 0) continue;
            int n = 0;
            for (const Goal *sub : s->subtree(g.id)) n += int(s->indicatorsOf(sub->id).size());
            if (best < 0 || (n >= 30 && (best < 30 || n < best)) || (best < 30 && n > best)) {
                if (f.bigGoal) f.otherGoal = f.bigGoal;
                f.bigGoal = g.id;
                best = n;
            } else if (!f.otherGoal) {
                f.otherGoal = g.id;
            }
        }
        f.bigGoalIndicators = best;
        f.window->setIncludeSubGoals(true);
        settle();
        return f;
    }());
    return *w;
}

void BM_MemoryAfterEveryTab(benchmark::State &state)
{
    Window &f = window();
    QTabWidget *tabs = tabsOf(*f.window);
    for (auto _ : state) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            settle();
        }
        tabs->setCurrentIndex(0);
        settle();
    }
    state.counters["rss_MB"] = rssMb("VmRSS:");
    state.counters["peak_rss_MB"] = rssMb("VmHWM:");
    state.counters["tabs"] = tabs->count();
}

void BM_EntryKeystroke(benchmark::State &state)
{
    Window &f = window();
    tabsOf(*f.window)->setCurrentIndex(0);
    f.window->selectGoal(f.bigGoal);
    settle();
    IndicatorTableModel *m = f.window->indicatorModel();
    QAbstractItemView *view = f.window->indicatorView();
    const int rows = m->rowCount();
    int k = 0, refused = 0;
    for (auto _ : state) {
        // A value typed into the current row's outcome cell and committed: saved in its own
        // transaction, the goal's statuses, suggestion and findings recomputed, the window
        // repainted. (Its trend chart follows once typing pauses.)
        const QModelIndex cell = m->index(k % rows, IndicatorTableModel::OutcomeColumn);
        state.PauseTiming();
        view->setCurrentIndex(cell);
        settle();
        state.ResumeTiming();
        if (!m->setData(cell, QStringLiteral("%1,%2").arg(10 + k % 70).arg(k % 10))) ++refused;
        settle();
        ++k;
    }
    if (refused == k) state.SkipWithError("every value was refused");
    state.counters["indicators_shown"] = rows;
    state.counters["refused"] = refused;
}

void BM_EntrySwitchGoal(benchmark::State &state)
{
    Window &f = window();
    tabsOf(*f.window)->setCurrentIndex(0);
    bool big = false;
    for (auto _ : state) {
        big = !big;
        f.window->selectGoal(big ? f.bigGoal : f.otherGoal);
        settle();
    }
}

void BM_EntrySwitchPeriod(benchmark::State &state)
{
    Window &f = window();
    tabsOf(*f.window)->setCurrentIndex(0);
    bool first = false;
    for (auto _ : state) {
        first = !first;
        f.window->setPeriod(f.year, first ? Period::T1 : Period::T2);
        settle();
    }
    f.window->setPeriod(f.year, f.period);
    settle();
}

void BM_OpenCityStore(benchmark::State &state)
{
    const QString path = cityStore();
    for (auto _ : state) {
        // From nothing to a window showing the first committee's goals and values.
        auto w = std::make_unique<MainWindow>();
        if (!w->openStore(path)) {
            state.SkipWithError("cannot open the store");
            return;
        }
        w->show();
        settle();
        state.PauseTiming();
        w.reset();
        settle();
        state.ResumeTiming();
    }
}
} // namespace

// Memory first, before the other benchmarks' undo stacks grow.
BENCHMARK(BM_MemoryAfterEveryTab)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_EntryKeystroke)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EntrySwitchGoal)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EntrySwitchPeriod)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenCityStore)->Unit(benchmark::kMillisecond)->Iterations(5);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir settingsDir; // the benchmark neither reads nor changes the user's settings
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(settingsDir.path()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(settingsDir.path()));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MalkollBench"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    theWindow().reset();
    return 0;
}
