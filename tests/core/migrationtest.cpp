// Stores written by an older Målkoll open in this one with their data intact.
#include "store/measurementrepository.h"
#include "store/migrations.h"
#include "store/organisationrepository.h"
#include "tempstore.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace malkoll;
using malkoll::test::TempStore;

namespace {
// Opening `path` fails with a message naming it, and the file is byte for byte as it was.
void expectRefusedAndUntouched(const QString &path)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    Store::Options options;
    options.create = false;
    auto opened = Store::open(path, options);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(path)) << opened.error().toStdString();
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);
}

void sql(Store &store, const QString &statement)
{
    auto r = store.exec(statement);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
}
} // namespace

TEST(Migration, LatestIsTheHighestNumberedMigrationAndNumbersAreConsecutive)
{
    int expected = 1;
    for (const Migration &m : migrations()) EXPECT_EQ(m.version, expected++);
    EXPECT_EQ(latestSchemaVersion(), expected - 1);
}

TEST(Migration, NewStoreIsAtTheLatestSchema)
{
    TempStore db;
    EXPECT_EQ(db->schemaVersion(), latestSchemaVersion());
}

TEST(Migration, StoreCreatedAtMigrationOneIsUpgradedWithItsDataKept)
{
    Store::Options v1;
    v1.migrateTo = 1;
    TempStore db(v1);
    ASSERT_EQ(db->schemaVersion(), 1);
    // What Målkoll schema 1 wrote: no row versions, no settings table.
    sql(*db, QStringLiteral("INSERT INTO committee (id, name, short_name) VALUES (1, 'Kungsholmens "
                            "stadsdelsnämnd', 'Kungsholmen')"));
    sql(*db, QStringLiteral("INSERT INTO goal (id, committee_id, year, level, number, title) VALUES (1, 1, 2023, 3, "
                            "'1.1.1', 'Alla barn erbjuds fritid')"));
    sql(*db, QStringLiteral("INSERT INTO indicator (id, committee_id, year, goal_id, origin, name, unit, series_key, "
                            "target_kind, target_value, target_text) VALUES (7, 1, 2023, 1, 'kf', 'Andel nöjda', '%', "
                            "'andel nöjda', 'value', 80, '80 %')"));
    sql(*db, QStringLiteral("INSERT INTO measurement (indicator_id, period, outcome, analysis) VALUES (7, 'T1', 78.5, "
                            "'Före uppgraderingen')"));

    db.reopen(); // latest
    EXPECT_EQ(db->schemaVersion(), latestSchemaVersion());
    // The old store was copied aside first, still at schema 1.
    ASSERT_FALSE(db->lastBackup().isEmpty());
    {
        Store::Options look;
        look.create = false;
        look.migrateTo = 0;
        auto backup = Store::open(db->lastBackup(), look);
        ASSERT_TRUE(backup.ok()) << backup.error().toStdString();
        EXPECT_EQ(backup.value()->schemaVersion(), 1);
    }
    ASSERT_EQ(OrganisationRepository(*db).committees().size(), 1u);
    EXPECT_EQ(OrganisationRepository(*db).committees().front().shortName, QStringLiteral("Kungsholmen"));
    MeasurementRepository values(*db);
    const auto m = values.measurement(7, Period::T1);
    ASSERT_TRUE(m.has_value());
    EXPECT_EQ(m->outcome, 78.5);
    EXPECT_EQ(m->analysis, QStringLiteral("Före uppgraderingen"));
    EXPECT_EQ(m->version, 0); // migration 2 added the column with 0
    EXPECT_DOUBLE_EQ(db->defaultTolerance(), 5.0);

    // The upgraded store takes edits with the new conflict check.
    Measurement edit = *m;
    edit.outcome = 81;
    auto saved = values.save(edit, 0);
    ASSERT_TRUE(saved.ok()) << saved.error().toStdString();
    EXPECT_EQ(saved.value(), 1);
}

TEST(Migration, InfoModeDoesNotUpgrade)
{
    Store::Options v1;
    v1.migrateTo = 1;
    TempStore db(v1);
    Store::Options look;
    look.create = false;
    look.migrateTo = 0;
    db.reopen(look);
    EXPECT_EQ(db->schemaVersion(), 1);
}

TEST(Migration, StoreFromANewerMalkollIsRefusedAndLeftAlone)
{
    TempStore db;
    sql(*db, QStringLiteral("UPDATE schema_info SET version = %1").arg(latestSchemaVersion() + 1));
    const QString path = db.path();
    db.close();
    auto opened = Store::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QStringLiteral("newer"))) << opened.error().toStdString();
    // Still the newer schema: nothing was downgraded or rewritten.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-check"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT version FROM schema_info")) && q.next());
        EXPECT_EQ(q.value(0).toInt(), latestSchemaVersion() + 1);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-check"));
}

TEST(Migration, TruncatedStoreIsRefusedAndLeftAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trasig.malkoll"));
    {
        auto store = Store::open(path);
        ASSERT_TRUE(store.ok());
    }
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    const QByteArray whole = f.readAll();
    ASSERT_GT(whole.size(), 4096);
    f.resize(1500); // cut inside the first page after the header
    f.close();
    expectRefusedAndUntouched(path);
}

TEST(Migration, CorruptedStoreIsRefusedAndLeftAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("skadad.malkoll"));
    {
        auto store = Store::open(path);
        ASSERT_TRUE(store.ok());
        for (int i = 0; i < 200; ++i) {
            auto r = store.value()->exec(QStringLiteral("INSERT INTO committee (name) VALUES (?)"),
                                         {QStringLiteral("Nämnd %1 med ett långt namn för att fylla sidor").arg(i)});
            ASSERT_TRUE(r.ok());
        }
        ASSERT_TRUE(store.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_GT(f.size(), 8 * 4096);
    // Scribble over the middle of the file, as a failing disk would.
    f.seek(f.size() / 2);
    f.write(QByteArray(3000, '\x5a'));
    f.close();
    expectRefusedAndUntouched(path);
}

TEST(Migration, FileThatIsNotAStoreIsRefusedWithItsName)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("anteckningar.txt"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    const QByteArray text = "Det här är ingen databas, bara text.\n";
    f.write(text);
    f.close();
    auto opened = Store::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(path)) << opened.error().toStdString();
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), text);
}

TEST(Migration, MissingFileIsNotCreatedWhenNotAsked)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saknas.malkoll"));
    Store::Options options;
    options.create = false;
    auto opened = Store::open(path, options);
    ASSERT_FALSE(opened.ok());
    EXPECT_FALSE(QFile::exists(path));
}

TEST(Migration, ReadOnlyStoreOpensForReadingAndRefusesWritesWithAMessage)
{
    // An immutable file cannot be written even by root (who ignores permission bits).
    QTemporaryDir dir(QStringLiteral(MALKOLL_BUILD_TMP "/readonly-XXXXXX"));
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lasbar.malkoll"));
    {
        auto store = Store::open(path);
        ASSERT_TRUE(store.ok());
        Committee c{0, QStringLiteral("Kungsholmens stadsdelsnämnd"), {}};
        ASSERT_TRUE(OrganisationRepository(*store.value()).addCommittee(c).ok());
        ASSERT_TRUE(store.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        ASSERT_TRUE(store.value()->exec(QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    ASSERT_EQ(QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}), 0)
        << "chattr +i must work on the build folder's file system";
    {
        auto store = Store::open(path);
        ASSERT_TRUE(store.ok()) << store.error().toStdString();
        EXPECT_TRUE(store.value()->isReadOnly());
        ASSERT_EQ(OrganisationRepository(*store.value()).committees().size(), 1u);
        Committee c{0, QStringLiteral("Ny"), {}};
        auto added = OrganisationRepository(*store.value()).addCommittee(c);
        EXPECT_FALSE(added.ok());
        EXPECT_FALSE(added.error().isEmpty());
    }
    QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);
}
