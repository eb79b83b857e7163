#include "serverload.h"


#include <QSqlError>
#include <QSqlQuery>

#include "round/reportround.h"
#include "store/goalrepository.h"
#include "store/indicatorrepository.h"
#include "store/measurementrepository.h"
#include "store/organisationrepository.h"
#include "store/roundrepository.h"
#include "store/server.h"
#include "store/snapshotreader.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QHash>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <latch>
#include <mutex>
#include <QThread>
#include <memory>
#include <random>
#include <semaphore>
#include <thread>

namespace malkoll::load {

QString LoadResult::describe() const
{
    return QStringLiteral("%1 enhetschefer in %16 committee(s)%17 × %2 values: %3 saves in %4 s = %5 saves/s; latency p50 %6 ms, "
                          "p95 %7 ms, max %8 ms; %9 submitted; %10 refused; stored %11, wrong %12, missing %13, duplicated %14, "
                          "audit rows missing %15; baseline %18 plain statements/s (saves %19 % of it)")
        .arg(users)
        .arg(valuesPerUser)
        .arg(saves)
        .arg(seconds, 0, 'f', 2)
        .arg(savesPerSecond, 0, 'f', 0)
        .arg(p50Ms, 0, 'f', 1)
        .arg(p95Ms, 0, 'f', 1)
        .arg(maxMs, 0, 'f', 1)
        .arg(submitted)
        .arg(refused)
        .arg(stored)
        .arg(wrong)
        .arg(missing)
        .arg(duplicated)
        .arg(auditMissing)
        .arg(committees)
        .arg(paceSeconds > 0 ? QStringLiteral(" at a pace of one save every %1 s").arg(paceSeconds) : QString())
        .arg(baselinePerSecond, 0, 'f', 0)
        .arg(baselinePerSecond > 0 ? 100.0 * savesPerSecond / baselinePerSecond : 0.0, 0, 'f', 1);
}

namespace {
double expectedValue(int user, int k) { return user * 1000 + k + 0.5; }
} // namespace

LoadResult run(const QString &ownerUrl, const std::function<QString(const QString &)> &urlFor, const QString &loginPrefix,
               int users, int valuesPerUser, int committees, double paceSeconds)
{
    LoadResult out;
    out.users = users;
    out.valuesPerUser = valuesPerUser;
    out.committees = committees = std::max(1, committees);
    out.paceSeconds = paceSeconds;
    auto opened = Store::open(ownerUrl);
    if (!opened) {
        out.errors << opened.error();
        return out;
    }
    Store &owner = *opened.value();
    // The committees of one city store: one unit per enhetschef, spread over them, each unit
    // responsible for its indicators.
    std::vector<Committee> city;
    std::vector<qint64> committeeOf(users); // each user's committee
    std::vector<std::vector<qint64>> indicators(users);
    std::vector<qint64> unitIds;
    QStringList logins;
    auto built = owner.transaction([&]() -> Result<void> {
        std::vector<qint64> goals;
        for (int n = 0; n < committees; ++n) {
            Committee c{0, committees == 1 ? QStringLiteral("Lastnämnden") : QStringLiteral("Lastnämnd %1").arg(n + 1),
                        committees == 1 ? QStringLiteral("Last") : QStringLiteral("Last %1").arg(n + 1)};
            if (auto r = OrganisationRepository(owner).addCommittee(c); !r) return Error{r.error()};
            city.push_back(c);
            Goal g;
            g.committeeId = c.id;
            g.year = 2024;
            g.level = GoalLevel::Direction;
            g.number = QStringLiteral("1");
            g.title = QStringLiteral("Ett Stockholm som håller samman");
            if (auto r = GoalRepository(owner).add(g); !r) return Error{r.error()};
            goals.push_back(g.id);
        }
        for (int u = 0; u < users; ++u) {
            const int n = u % committees;
            committeeOf[u] = city[n].id;
            Unit unit{0, city[n].id, 0, QStringLiteral("Enhet %1").arg(u + 1, 3, 10, QLatin1Char('0')), {}, false, {}};
            if (auto r = OrganisationRepository(owner).addUnit(unit); !r) return Error{r.error()};
            unitIds.push_back(unit.id);
            for (int k = 0; k < valuesPerUser; ++k) {
                Indicator i;
                i.committeeId = city[n].id;
                i.year = 2024;
                i.goalId = goals[n];
                i.name = QStringLiteral("Indikator %1 för %2").arg(k + 1).arg(unit.name);
                i.seriesKey = i.name;
                i.responsibleUnitId = unit.id;
                if (auto r = IndicatorRepository(owner).add(i); !r) return Error{r.error()};
                indicators[u].push_back(i.id);
            }
        }
        return {};
    });
    if (!built) {
        out.errors << built.error();
        return out;
    }
    if (auto r = Server::initRoles(owner); !r) {
        out.errors << r.error();
        return out;
    }
    for (int u = 0; u < users; ++u) {
        const QString login = loginPrefix + QStringLiteral("chef%1").arg(u + 1, 3, 10, QLatin1Char('0'));
        auto added = Server::addUser(owner, login, Access::Enhetschef, {QStringLiteral("Enhet %1").arg(u + 1, 3, 10, QLatin1Char('0'))});
        if (!added) {
            out.errors << added.error();
            return out;
        }
        // The throwaway cluster logs in with scram-sha-256 and one test password (scripts/pgtest.sh).
        if (QSqlQuery q(owner.database()); !q.exec(QStringLiteral("ALTER ROLE \"%1\" PASSWORD 'malkoll-test'").arg(login))) {
            out.errors << q.lastError().text();
            return out;
        }
        logins << login;
    }

    // Everyone connects first, then all start together. Windows are opened a few at a time (people
    // open theirs over minutes, not in one instant): 300 logins and period reads at once keep a
    // 2-core server busy past the client's 10 s connect timeout, and the opening is not what is measured.
    std::counting_semaphore<> opening(8);
    std::latch connected(users + 1);
    std::latch go(1);
    std::latch baselineDone(users + 1);
    std::latch savesGo(1);
    std::atomic<int> plain{0};
    std::mutex mutex;
    std::vector<double> latencies;
    std::vector<std::unique_ptr<QThread>> threads; // QThreads: the driver's notifier wants one
    QElapsedTimer wall;
    std::vector<qint64> finished(users, 0);
    for (int u = 0; u < users; ++u) {
        threads.emplace_back(QThread::create([&, u] {
            opening.acquire();
            auto store = Store::open(urlFor(logins[u]));
            // As the window does before anyone can type (PeriodSession::setStore, read, readRules): who
            // the person is, their period, their units and the round's states.
            if (store) {
                (void)Server::access(*store.value());
                (void)SnapshotReader(*store.value()).read(committeeOf[u], 2024, Period::T1);
                (void)Server::ownUnits(*store.value());
                (void)RoundRepository(*store.value()).states(committeeOf[u], 2024, Period::T1);
            }
            opening.release();
            connected.count_down();
            go.wait();
            // The baseline: as many plain round trips as this user then saves, at full speed.
            for (int k = 0; store && k < valuesPerUser; ++k)
                if (store.value()->exec(QStringLiteral("SELECT 1"))) ++plain;
            baselineDone.count_down();
            savesGo.wait();
            if (!store) {
                std::lock_guard lock(mutex);
                out.refused += valuesPerUser;
                out.errors << store.error();
                return;
            }
            std::vector<double> mine;
            int refused = 0;
            QStringList errors;
            MeasurementRepository repo(*store.value());
            // A person's pace: random moments, exponential gaps of mean paceSeconds (own seed each).
            std::mt19937 random(quint32(u) * 7919u + 17u);
            std::exponential_distribution<double> gap(paceSeconds > 0 ? 1.0 / paceSeconds : 1.0);
            for (int k = 0; k < valuesPerUser; ++k) {
                if (paceSeconds > 0) std::this_thread::sleep_for(std::chrono::duration<double>(gap(random)));
                Measurement m;
                m.indicatorId = indicators[u][k];
                m.period = Period::T1;
                m.outcome = expectedValue(u, k);
                m.prognosis = expectedValue(u, k);
                m.analysis = QStringLiteral("Utfallet följer planen för enhet %1.").arg(u + 1);
                QElapsedTimer t;
                t.start();
                auto saved = repo.save(m);
                mine.push_back(double(t.nsecsElapsed()) / 1e6);
                if (!saved) {
                    ++refused;
                    if (errors.size() < 3) errors << saved.error();
                }
            }
            const qint64 lastSave = wall.nsecsElapsed();
            auto submitted = ReportRound::submit(*store.value(), committeeOf[u], 2024, Period::T1, unitIds[u]);
            std::lock_guard lock(mutex);
            finished[u] = lastSave;
            latencies.insert(latencies.end(), mine.begin(), mine.end());
            out.refused += refused + (submitted ? 0 : 1);
            out.submitted += submitted ? 1 : 0;
            if (!submitted && out.errors.size() < 5) out.errors << submitted.error();
            for (const QString &e : errors)
                if (out.errors.size() < 5) out.errors << e;
        }));
        threads.back()->start();
    }
    connected.arrive_and_wait();
    wall.start();
    go.count_down();
    baselineDone.arrive_and_wait();
    const double baselineSeconds = double(wall.nsecsElapsed()) / 1e9;
    out.baselinePerSecond = baselineSeconds > 0 ? plain.load() / baselineSeconds : 0;
    wall.restart();
    savesGo.count_down();
    for (auto &t : threads) t->wait();
    const double lastNs = double(*std::max_element(finished.begin(), finished.end()));
    out.saves = int(latencies.size());
    out.seconds = lastNs / 1e9;
    out.savesPerSecond = out.seconds > 0 ? out.saves / out.seconds : 0;
    std::sort(latencies.begin(), latencies.end());
    if (!latencies.empty()) {
        out.p50Ms = latencies[latencies.size() / 2];
        out.p95Ms = latencies[std::min(latencies.size() - 1, size_t(double(latencies.size()) * 0.95))];
        out.maxMs = latencies.back();
    }

    // What the store holds now, as the owner reads it.
    QHash<qint64, std::pair<int, int>> expected; // indicator → (user, k)
    for (int u = 0; u < users; ++u)
        for (int k = 0; k < valuesPerUser; ++k) expected.insert(indicators[u][k], {u, k});
    auto rows = owner.exec(QStringLiteral("SELECT indicator_id, outcome FROM measurement WHERE period = 'T1'"));
    QHash<qint64, int> seen;
    while (rows && rows.value().next()) {
        const qint64 id = rows.value().value(0).toLongLong();
        ++out.stored;
        if (++seen[id] > 1) ++out.duplicated;
        const auto it = expected.constFind(id);
        if (it == expected.cend() || rows.value().value(1).toDouble() != expectedValue(it->first, it->second)) ++out.wrong;
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        if (!seen.contains(it.key())) ++out.missing;
    // Each value's audit row: its indicator, T1/outcome, the value, the enhetschef's own login.
    auto audit = owner.exec(QStringLiteral("SELECT entity_id, new_value, who FROM audit_log WHERE entity = 'measurement' AND "
                                           "field = 'T1/outcome'"));
    QHash<qint64, int> audited;
    while (audit && audit.value().next()) {
        const qint64 id = audit.value().value(0).toLongLong();
        const auto it = expected.constFind(id);
        if (it == expected.cend()) continue;
        if (audit.value().value(2).toString() == logins[it->first] &&
            audit.value().value(1).toDouble() == expectedValue(it->first, it->second))
            ++audited[id];
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        if (audited.value(it.key()) != 1) ++out.auditMissing;
    return out;
}

} // namespace malkoll::load
