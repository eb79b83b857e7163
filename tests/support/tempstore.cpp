#include "tempstore.h"

#include "sample/demoloader.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <filesystem>
#include <gtest/gtest.h>
#include <optional>
#include <stdexcept>
#include <unistd.h>

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

namespace {
// The demo store is loaded once per test program and build and copied for each test: loading it
// takes seconds under the sanitizers, and most widget and edit tests start from it. The copy sits
// beside the program with a note naming the program's build (time and size) and the loader's
// summary; another build, or no note, and it is loaded again. Tests of the loader itself load it.
struct DemoTemplate
{
    QString path;
    DemoSummary summary;
};

QString programBuild()
{
    const QFileInfo program(QCoreApplication::applicationFilePath());
    return QStringLiteral("%1 %2").arg(program.lastModified().toMSecsSinceEpoch()).arg(program.size());
}

std::optional<DemoTemplate> readTemplate(const QString &path, const QString &build)
{
    QFile note(path + QStringLiteral(".json"));
    if (!note.open(QIODevice::ReadOnly)) return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(note.readAll()).object();
    if (o.value(QStringLiteral("program")).toString() != build || !QFileInfo::exists(path)) return std::nullopt;
    DemoSummary s;
    s.committeeId = o.value(QStringLiteral("committee")).toInteger();
    s.years = o.value(QStringLiteral("years")).toInt();
    s.goals = o.value(QStringLiteral("goals")).toInt();
    s.indicators = o.value(QStringLiteral("indicators")).toInt();
    s.measurements = o.value(QStringLiteral("measurements")).toInt();
    s.activities = o.value(QStringLiteral("activities")).toInt();
    return DemoTemplate{path, s};
}

// Into place by rename (atomic): a test program running beside this one sees the old file or the new.
bool placeFile(const QString &from, const QString &to)
{
    std::error_code e;
    std::filesystem::rename(from.toStdString(), to.toStdString(), e);
    return !e;
}

Result<DemoTemplate> demoTemplate()
{
    static std::optional<DemoTemplate> made;
    if (made) return *made;
    const QString path = QCoreApplication::applicationFilePath() + QStringLiteral(".demo.malkoll");
    const QString build = programBuild();
    if (auto found = readTemplate(path, build)) return *(made = found);
    // Loaded into a folder of this program's own, which stays while it runs: where the copy beside the
    // program cannot be written (a read-only build folder, say), this one is the template.
    static QTemporaryDir own;
    const QString fresh = own.filePath(QStringLiteral("demo.malkoll"));
    DemoSummary summary;
    {
        auto store = Store::open(fresh);
        if (!store) return fail(store.error());
        auto loaded = DemoLoader::load(*store.value());
        if (!loaded) return fail(loaded.error());
        summary = loaded.value();
    }
    const QJsonObject o{{QStringLiteral("program"), build},
                        {QStringLiteral("committee"), summary.committeeId},
                        {QStringLiteral("years"), summary.years},
                        {QStringLiteral("goals"), summary.goals},
                        {QStringLiteral("indicators"), summary.indicators},
                        {QStringLiteral("measurements"), summary.measurements},
                        {QStringLiteral("activities"), summary.activities}};
    // The store first, then the note: whoever finds the note finds the store it describes.
    const QString mine = QStringLiteral(".%1").arg(::getpid());
    QFile note(path + QStringLiteral(".json") + mine);
    const bool placed = QFile::copy(fresh, path + mine) && placeFile(path + mine, path) && note.open(QIODevice::WriteOnly)
                        && note.write(QJsonDocument(o).toJson()) > 0 && note.flush();
    note.close();
    const bool noted = placed && placeFile(note.fileName(), path + QStringLiteral(".json"));
    return *(made = DemoTemplate{noted ? path : fresh, summary});
}

// A copy of the template at `to` (a fresh file), and the loader's summary of it.
Result<DemoSummary> copyDemoTo(const QString &to)
{
    auto t = demoTemplate();
    if (!t) return fail(t.error());
    if (!QFile::copy(t->path, to)) return fail(QStringLiteral("cannot copy the demo store to ") + to);
    QFile(to).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return t->summary;
}
} // namespace

::testing::AssertionResult writeDemoStore(const QString &path)
{
    if (auto copied = copyDemoTo(path); !copied) return ::testing::AssertionFailure() << copied.error().toStdString();
    return ::testing::AssertionSuccess();
}

Result<DemoSummary> loadDemo(TempStore &db)
{
    if (onServerBackend()) return DemoLoader::load(db.store());
    db.close();
    for (const char *suffix : {"", "-wal", "-shm"}) QFile::remove(db.path() + QLatin1String(suffix));
    auto copied = copyDemoTo(db.path());
    db.reopen();
    return copied;
}

} // namespace malkoll::test
