#include "sample/demoloader.h"
#include "store/backups.h"
#include "store/organisationrepository.h"
#include "tempstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <gtest/gtest.h>

using namespace malkoll;
using malkoll::test::TempStore;

TEST(Backups, RotationKeepsTheNewestN)
{
    TempStore db;
    for (int i = 0; i < 5; ++i) {
        auto made = Backups::make(*db, 3);
        ASSERT_TRUE(made.ok()) << made.error().toStdString();
        QThread::msleep(5);
    }
    const QStringList all = Backups::list(db.path());
    ASSERT_EQ(all.size(), 3);
    EXPECT_GT(all[0], all[1]); // newest first
    // Not due again within a day.
    auto again = Backups::makeIfDue(*db, 3);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again.value().isEmpty());
}

TEST(Backups, RestoreBringsBackTheOldContentAndKeepsTheCurrentAside)
{
    TempStore db;
    Committee first{0, QStringLiteral("Första nämnden"), {}};
    ASSERT_TRUE(OrganisationRepository(*db).addCommittee(first).ok());
    auto backup = Backups::make(*db, 5);
    ASSERT_TRUE(backup.ok());
    Committee second{0, QStringLiteral("Andra nämnden"), {}};
    ASSERT_TRUE(OrganisationRepository(*db).addCommittee(second).ok());
    db.close();
    ASSERT_TRUE(Backups::restore(db.path(), backup.value()).ok());
    db.reopen();
    const auto committees = OrganisationRepository(*db).committees();
    ASSERT_EQ(committees.size(), 1u);
    EXPECT_EQ(committees.front().name, QStringLiteral("Första nämnden"));
    QDir dir(QFileInfo(db.path()).absolutePath());
    EXPECT_EQ(dir.entryList({QStringLiteral("*.before-restore-*")}).size(), 1);
}

TEST(Backups, AFileThatIsNotAStoreIsNotRestored)
{
    TempStore db;
    const QString bogus = db.dir() + QStringLiteral("/bogus.malkoll");
    QFile f(bogus);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("nej");
    f.close();
    const QString path = db.path();
    db.close();
    auto r = Backups::restore(path, bogus);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(bogus));
    db.reopen(); // the store is still there and opens
}
