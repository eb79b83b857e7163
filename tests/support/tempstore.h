#pragma once
// A store in a fresh temporary folder, removed after the test — or, when the tests run against
// the server (MALKOLL_TEST_BACKEND=postgresql, MALKOLL_TEST_PG=socket folder of scripts/pgtest.sh),
// a fresh database on the throwaway cluster, dropped after the test. The same store suite runs on both.
#include "qtprinters.h"
#include "sample/demoloader.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace malkoll::test {

// The throwaway cluster's socket folder, or empty when the tests were not given one.
QString testServerSocket();
// The one password of every role on the throwaway cluster (scripts/pgtest.sh).
inline constexpr const char *kTestPassword = "malkoll-test";
// True when this test run puts TempStore on the server.
bool onServerBackend();
// Who a row and its audit entry name when the client calls itself `name`: on a server, its login
// (TempStore logs in as postgres) — the server stamps rows, the client does not.
inline QString storedWho(const QString &name) { return onServerBackend() ? QStringLiteral("postgres") : name; }

// A fresh database on the throwaway cluster, dropped (connections and all) when it goes.
class TempDatabase
{
public:
    TempDatabase();
    ~TempDatabase();
    TempDatabase(const TempDatabase &) = delete;
    TempDatabase &operator=(const TempDatabase &) = delete;
    QString name() const { return m_name; }
    // postgresql://LOGIN@socket/name (the cluster trusts its socket: any role logs in).
    QString url(const QString &login = QStringLiteral("postgres")) const;
    // Runs SQL as the cluster's superuser in this database; fails the test if it cannot.
    ::testing::AssertionResult admin(const QString &sql) const;
    // Gives a login the cluster's test password (scram-sha-256; libpq reads it from PGPASSFILE).
    ::testing::AssertionResult setPassword(const QString &login) const;

private:
    QString m_name;
};

class TempStore
{
public:
    explicit TempStore(Store::Options options = {});
    Store &operator*() { return *m_store; }
    Store *operator->() { return m_store.get(); }
    Store &store() { return *m_store; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Closes and opens the file again, so that a test sees what is on disk.
    void reopen(Store::Options options = {});
    void close() { m_store.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TempDatabase> m_database;
    QString m_path;
    std::unique_ptr<Store> m_store;
};

// Writes the demo store to `path` (a fresh file), for tests that open it as a user would: a copy
// of the one this test program loaded first.
::testing::AssertionResult writeDemoStore(const QString &path);
// The demo store in `db` (a fresh one): on a file a copy as above, reopened; on the server loaded.
Result<DemoSummary> loadDemo(TempStore &db);

} // namespace malkoll::test
