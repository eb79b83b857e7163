// The shared store over a real network (issue 30): a person at a unit sits some milliseconds from
// the server. A loopback TCP proxy in this process delays each direction by MALKOLL_BENCH_DELAY_MS
// (default 2.5 ms, so a round trip takes 5 ms) on its way to the throwaway cluster's socket. Each
// operation is measured over the proxy, and — its baseline in the same run — over the socket
// directly (counter x_socket); the counter round_trips estimates how many round trips it took.
//   malkoll_latency_bench --socket DIR  (run by scripts/bench.sh --server; scripts/pgtest.sh starts the cluster)
#include "calc/evaluator.h"
#include "report/cityview.h"
#include "sample/generator.h"
#include "store/indicatorrepository.h"
#include "store/measurementrepository.h"
#include "store/organisationrepository.h"
#include "store/snapshotreader.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <arpa/inet.h>
#include <atomic>
#include <benchmark/benchmark.h>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <optional>
#include <mutex>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

using namespace malkoll;
using Clock = std::chrono::steady_clock;

namespace {

QString g_socket; // the cluster's socket folder
double g_delayMs = 2.5;

// One direction of a proxied connection: what arrives is written on after the delay.
void pump(int from, int to, std::chrono::microseconds delay)
{
    std::deque<std::pair<Clock::time_point, std::string>> queue;
    std::mutex m;
    std::condition_variable cv;
    bool closed = false;
    std::thread writer([&] {
        for (;;) {
            std::unique_lock lock(m);
            cv.wait(lock, [&] { return closed || !queue.empty(); });
            if (queue.empty()) return;
            auto [at, bytes] = std::move(queue.front());
            queue.pop_front();
            lock.unlock();
            std::this_thread::sleep_until(at + delay);
            for (size_t sent = 0; sent < bytes.size();) {
                const ssize_t n = ::send(to, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
                if (n <= 0) return;
                sent += size_t(n);
            }
        }
    });
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::recv(from, buffer, sizeof buffer, 0);
        if (n <= 0) break;
        std::lock_guard lock(m);
        queue.emplace_back(Clock::now(), std::string(buffer, size_t(n)));
        cv.notify_one();
    }
    {
        std::lock_guard lock(m);
        closed = true;
    }
    cv.notify_one();
    writer.join();
    ::shutdown(to, SHUT_WR);
}

// Listens on 127.0.0.1; every connection is carried to the cluster's socket, each way delayed.
class DelayProxy
{
public:
    explicit DelayProxy(double delayMs) : m_delay(std::chrono::microseconds(qint64(delayMs * 1000)))
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::bind(m_listen, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || ::listen(m_listen, 64) != 0) std::abort();
        socklen_t len = sizeof a;
        ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &len);
        m_port = ntohs(a.sin_port);
        std::thread([this] { accept(); }).detach();
    }
    int port() const { return m_port; }

private:
    void accept()
    {
        for (;;) {
            const int client = ::accept(m_listen, nullptr, nullptr);
            if (client < 0) return;
            const int one = 1;
            ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            const int server = ::socket(AF_UNIX, SOCK_STREAM, 0);
            sockaddr_un u{};
            u.sun_family = AF_UNIX;
            const QByteArray path = (g_socket + QStringLiteral("/.s.PGSQL.5432")).toLocal8Bit();
            std::strncpy(u.sun_path, path.constData(), sizeof u.sun_path - 1);
            if (::connect(server, reinterpret_cast<sockaddr *>(&u), sizeof u) != 0) {
                ::close(client);
                ::close(server);
                continue;
            }
            std::thread([=, this] {
                std::thread back([=, this] { pump(server, client, m_delay); });
                pump(client, server, m_delay);
                back.join();
                ::close(client);
                ::close(server);
            }).detach();
        }
    }
    std::chrono::microseconds m_delay;
    int m_listen = -1;
    int m_port = 0;
};

struct Setup
{
    QString database;
    std::unique_ptr<DelayProxy> proxy;
    std::unique_ptr<Store> direct, remote; // the owner over the socket, and over the delayed link
    std::vector<qint64> committees;
    int year = 2024;
    qint64 indicator = 0;
};

QString urlOver(const QString &database, int port)
{
    const QString socket = QString::fromUtf8(QUrl::toPercentEncoding(g_socket));
    return port ? QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2?sslmode=disable").arg(port).arg(database)
                : QStringLiteral("postgresql://postgres@%1/%2").arg(socket, database);
}

Setup &setup()
{
    static Setup s = [] {
        Setup out;
        out.database = QStringLiteral("malkoll_latency_%1").arg(QCoreApplication::applicationPid());
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            admin.setHostName(g_socket);
            admin.setUserName(QStringLiteral("postgres"));
            admin.setPassword(QStringLiteral("malkoll-test"));
            admin.setDatabaseName(QStringLiteral("postgres"));
            if (!admin.open() || !QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(out.database))) {
                std::fprintf(stderr, "latency bench: %s\n", qPrintable(admin.lastError().text()));
                std::abort();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        auto direct = Store::open(urlOver(out.database, 0));
        if (!direct) std::abort();
        out.direct = std::move(direct).value();
        Generator::Options o;
        o.committees = qEnvironmentVariableIntValue("MALKOLL_BENCH_COMMITTEES") > 0 ? qEnvironmentVariableIntValue("MALKOLL_BENCH_COMMITTEES") : 30;
        o.years = 2;
        o.lastYear = out.year;
        if (auto g = Generator::generate(*out.direct, o); !g) {
            std::fprintf(stderr, "latency bench: %s\n", qPrintable(g.error()));
            std::abort();
        }
        for (const Committee &c : OrganisationRepository(*out.direct).committees()) out.committees.push_back(c.id);
        out.indicator = IndicatorRepository(*out.direct).indicators(out.committees.front(), out.year).front().id;
        // The baseline on a session of its own, as the link's is: the generating session has planned
        // its statements against tables that were still filling up.
        auto fresh = Store::open(urlOver(out.database, 0));
        if (!fresh) std::abort();
        out.direct = std::move(fresh).value();
        QSqlQuery(out.direct->database()).exec(QStringLiteral("ANALYZE"));
        out.proxy = std::make_unique<DelayProxy>(g_delayMs);
        auto remote = Store::open(urlOver(out.database, out.proxy->port()));
        if (!remote) {
            std::fprintf(stderr, "latency bench: %s\n", qPrintable(remote.error()));
            std::abort();
        }
        out.remote = std::move(remote).value();
        return out;
    }();
    return s;
}

// Runs `op` on the delayed link (the benchmark's figure) and, as the baseline, on the socket.
// `untimed` runs before each timed `op` (someone else's save, say).
void overTheLink(benchmark::State &state, const std::function<void(Store &)> &op, const std::function<void()> &untimed = {})
{
    Setup &s = setup();
    // Each session's first calls compile and plan the server's functions: not what is measured.
    for (Store *st : {s.direct.get(), s.remote.get()})
        for (int i = 0; i < 2; ++i) {
            if (untimed) untimed();
            op(*st);
        }
    std::vector<double> direct;
    for (int i = 0; i < 5; ++i) {
        if (untimed) untimed();
        const auto start = Clock::now();
        op(*s.direct);
        direct.push_back(std::chrono::duration<double>(Clock::now() - start).count());
    }
    std::sort(direct.begin(), direct.end());
    double seconds = 0;
    for (auto _ : state) {
        if (untimed) untimed();
        const auto start = Clock::now();
        op(*s.remote);
        seconds += std::chrono::duration<double>(Clock::now() - start).count();
    }
    const double each = seconds / double(state.iterations());
    const double socket = direct[direct.size() / 2];
    state.counters["socket_ms"] = socket * 1000;
    state.counters["x_socket"] = each / socket;
    state.counters["round_trips"] = (each - socket) * 1000 / (2 * g_delayMs);
}

void BM_SaveOneValue(benchmark::State &state)
{
    // As the window saves: the value and its row version are on screen already; the save checks that
    // version (no silent lost update) and returns the next. (The two stores take turns on one row.)
    int n = 0;
    std::optional<int> version;
    overTheLink(state, [&](Store &store) {
        MeasurementRepository repo(store);
        if (!version) version = repo.measurement(setup().indicator, Period::T1).value_or(Measurement{}).version;
        Measurement m;
        m.indicatorId = setup().indicator;
        m.period = Period::T1;
        m.outcome = 100 + (++n % 50);
        auto r = repo.save(m, version);
        if (!r) std::abort();
        version = r.value();
    });
}

void BM_OpenACommitteesPeriod(benchmark::State &state)
{
    overTheLink(state, [](Store &store) {
        auto s = SnapshotReader(store).read(setup().committees.front(), setup().year, Period::T2, 4);
        if (!s) std::abort();
        benchmark::DoNotOptimize(Evaluator::evaluate(s.value()));
    });
}

// The window's look after someone else saved a value: the values and history are read again, the
// plan's structure stays cached (compare BM_OpenACommitteesPeriod, which reads it all).
void BM_ReReadAfterSomeoneElsesSave(benchmark::State &state)
{
    static std::unique_ptr<Store> other = [] {
        auto o = Store::open(urlOver(setup().database, 0));
        if (!o) std::abort();
        return std::move(o).value();
    }();
    // Each store has read the period once (its structure cached), as an open window has.
    for (Store *st : {setup().direct.get(), setup().remote.get()})
        if (!SnapshotReader(*st).read(setup().committees.front(), setup().year, Period::T2, 4)) std::abort();
    int n = 0;
    overTheLink(
        state,
        [](Store &store) {
            auto s = SnapshotReader(store).read(setup().committees.front(), setup().year, Period::T2, 4);
            if (!s) std::abort();
            benchmark::DoNotOptimize(Evaluator::evaluate(s.value()));
        },
        [&] {
            Measurement m;
            m.indicatorId = setup().indicator;
            m.period = Period::T1;
            m.outcome = 200 + (++n % 50);
            if (!MeasurementRepository(*other).save(m)) std::abort();
        });
}

void BM_CityView(benchmark::State &state)
{
    overTheLink(state, [](Store &store) {
        auto v = CityView::fromStore(store, setup().year, Period::T2, QDate(setup().year, 9, 15));
        if (!v) std::abort();
        benchmark::DoNotOptimize(v->tables(Language::Swedish));
    });
    state.counters["committees"] = double(setup().committees.size());
}

} // namespace

BENCHMARK(BM_SaveOneValue)->Unit(benchmark::kMillisecond)->Iterations(40);
BENCHMARK(BM_OpenACommitteesPeriod)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_ReReadAfterSomeoneElsesSave)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_CityView)->Unit(benchmark::kMillisecond)->Iterations(3);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::vector<char *> rest;
    for (int i = 0; i < argc; ++i) {
        if (std::strcmp(argv[i], "--socket") == 0 && i + 1 < argc) {
            g_socket = QString::fromLocal8Bit(argv[++i]);
            continue;
        }
        rest.push_back(argv[i]);
    }
    if (g_socket.isEmpty()) {
        std::fprintf(stderr, "usage: malkoll_latency_bench --socket DIR [benchmark options]\n");
        return 2;
    }
    if (const double d = qEnvironmentVariable("MALKOLL_BENCH_DELAY_MS").toDouble(); d > 0) g_delayMs = d;
    int count = int(rest.size());
    benchmark::Initialize(&count, rest.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
