#include "tempstore.h"

#include "sample/demoloader.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <gtest/gtest.h>
#include <stdexcept>

namespace malkoll::test {

QString testServerSocket() { return qEnvironmentVariable("MALKOLL_TEST_PG"); }
bool onServerBackend() { return qEnvironmentVariable("MALKOLL_TEST_BACKEND") == QLatin1String("postgresql"); }

namespace {
QAtomicInteger<int> databaseCounter;

// Runs statements as the superuser in `database` on the throwaway cluster.
QString runAdmin(const QString &database, const QStringList &statements)
{
    const QString connection = QStringLiteral("malkoll-test-admin-%1").arg(databaseCounter.fetchAndAddRelaxed(1));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(testServerSocket());
        db.setUserName(QStringLiteral("postgres"));
        db.setPassword(QLatin1String(kTestPassword));
        db.setDatabaseName(database);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                if (!q.exec(sql)) {
                    error = sql + QStringLiteral(": ") + q.lastError().text();
                    break;
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}
} // namespace

TempDatabase::TempDatabase()
{
    if (testServerSocket().isEmpty())
        throw std::runtime_error("no test server: run under ctest (fixture pg_cluster) or set MALKOLL_TEST_PG");
    m_name = QStringLiteral("malkoll_t%1_%2").arg(QCoreApplication::applicationPid()).arg(databaseCounter.fetchAndAddRelaxed(1));
    // From template0, which no one can connect to: CREATE DATABASE copies its template and fails
    // ("source database is being accessed by other users") while any session is in it — and the
    // hostile tests try to log in to template1 while other suites make their databases.
    const QString e = runAdmin(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(m_name)});
    if (!e.isEmpty()) throw std::runtime_error(e.toStdString());
}

TempDatabase::~TempDatabase()
{
    runAdmin(QStringLiteral("postgres"), {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)});
}

QString TempDatabase::url(const QString &login) const
{
    return QStringLiteral("postgresql://%1@%2/%3")
        .arg(login, QString::fromUtf8(QUrl::toPercentEncoding(testServerSocket())), m_name);
}

::testing::AssertionResult TempDatabase::setPassword(const QString &login) const
{
    return admin(QStringLiteral("ALTER ROLE \"%1\" PASSWORD '%2'").arg(login, QLatin1String(kTestPassword)));
}

::testing::AssertionResult TempDatabase::admin(const QString &sql) const
{
    const QString e = runAdmin(m_name, {sql});
    if (e.isEmpty()) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << e.toStdString();
}

TempStore::TempStore(Store::Options options)
{
    if (onServerBackend()) {
        m_database = std::make_unique<TempDatabase>();
        m_path = m_database->url();
    } else {
        m_path = m_dir.filePath(QStringLiteral("test.malkoll"));
    }
    reopen(options);
}

void TempStore::reopen(Store::Options options)
{
    m_store.reset();
    auto opened = Store::open(m_path, options);
    if (!opened) throw std::runtime_error(opened.error().toStdString());
    m_store = std::move(opened).value();
}

::testing::AssertionResult writeDemoStore(const QString &path)
{
    auto store = Store::open(path);
    if (!store) return ::testing::AssertionFailure() << store.error().toStdString();
    if (auto loaded = DemoLoader::load(*store.value()); !loaded) return ::testing::AssertionFailure() << loaded.error().toStdString();
    return ::testing::AssertionSuccess();
}

} // namespace malkoll::test
