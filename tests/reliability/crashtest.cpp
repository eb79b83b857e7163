// Crash safety, proven: malkoll-cli makes a stream of edits and is killed with SIGKILL at a
// random moment, again and again. After every kill the store must pass PRAGMA integrity_check,
// every edit reported as committed must be there, and no edit may be half there.
// MALKOLL_CRASH_KILLS sets the number of kills (ctest runs 20; scripts/crashtest.sh runs 100).
#include "qtprinters.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>
#include <iostream>
#include <map>

using namespace malkoll;

TEST(CrashSafety, KilledMidStreamLosesNothingCommitted)
{
    const int kills = std::max(1, qEnvironmentVariableIntValue("MALKOLL_CRASH_KILLS") ? qEnvironmentVariableIntValue("MALKOLL_CRASH_KILLS") : 20);
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("crash.malkoll"));
    QProcess demo;
    demo.start(QStringLiteral(MALKOLL_CLI), {QStringLiteral("demo"), QStringLiteral("--out"), store});
    ASSERT_TRUE(demo.waitForFinished(120000));
    ASSERT_EQ(demo.exitCode(), 0);

    // (indicator, period) -> the last value reported committed; values only grow.
    std::map<std::pair<qint64, QString>, qint64> committed;
    qint64 next = 1;
    int totalCommitted = 0, killedMidWrite = 0;
    QRandomGenerator random(20241);
    for (int k = 0; k < kills; ++k) {
        QProcess writer;
        writer.start(QStringLiteral(MALKOLL_CLI), {QStringLiteral("stress"), store, QStringLiteral("--edits"),
                                                   QStringLiteral("1000000"), QStringLiteral("--start"),
                                                   QString::number(next)});
        ASSERT_TRUE(writer.waitForStarted());
        // Kill it at a random moment after it got going: its first commit is the event waited for
        // (a loaded machine starts the writer slowly), then a random stretch of its work.
        ASSERT_TRUE(writer.waitForReadyRead(120000)) << "kill " << k << ": the writer reported no commit";
        QThread::msleep(random.bounded(400));
        writer.kill(); // SIGKILL
        writer.waitForFinished();
        if (writer.exitStatus() == QProcess::CrashExit) ++killedMidWrite;
        for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 4 || parts[0] != "committed") continue;
            const qint64 v = parts[3].toLongLong();
            committed[{parts[1].toLongLong(), QString::fromLatin1(parts[2])}] = v;
            next = std::max(next, v + 1);
            ++totalCommitted;
        }
        next += 1000; // the next run's values never repeat one a killed run may have written unreported

        auto opened = Store::open(store);
        ASSERT_TRUE(opened.ok()) << "kill " << k << ": " << opened.error().toStdString();
        Store &s = *opened.value();
        auto check = s.exec(QStringLiteral("PRAGMA integrity_check"));
        ASSERT_TRUE(check.ok() && check.value().next());
        ASSERT_EQ(check.value().value(0).toString(), QStringLiteral("ok")) << "kill " << k;
        for (const auto &[key, value] : committed) {
            auto q = s.exec(QStringLiteral("SELECT outcome, analysis FROM measurement WHERE indicator_id = ? AND period = ?"),
                            {key.first, key.second});
            ASSERT_TRUE(q.ok() && q.value().next()) << "kill " << k << ": a committed edit is gone";
            const qint64 stored = qint64(q.value().value(0).toDouble());
            EXPECT_GE(stored, value) << "kill " << k << ": committed value " << value << " lost";
            EXPECT_EQ(q.value().value(1).toString(), QStringLiteral("edit %1").arg(stored))
                << "kill " << k << ": value and analysis of one edit disagree (half written)";
        }
    }
    std::cout << "[crash] kills=" << kills << " killed-while-running=" << killedMidWrite
              << " edits-reported-committed=" << totalCommitted << " keys=" << committed.size() << '\n';
    EXPECT_GT(totalCommitted, kills); // the writer did get work done between kills
}

TEST(DiskFull, AFullDiskRefusesTheEditAndTheStoreStaysWhole)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("full.malkoll"));
    QProcess demo;
    demo.start(QStringLiteral(MALKOLL_CLI), {QStringLiteral("demo"), QStringLiteral("--out"), store});
    ASSERT_TRUE(demo.waitForFinished(120000));
    ASSERT_EQ(demo.exitCode(), 0);
    // A file-size limit stands in for a full disk: writes that grow a file past it fail (the
    // signal that would kill the process is ignored, as a disk-full error does not kill either).
    const qint64 limitKb = QFileInfo(store).size() / 1024 + 64;
    QProcess writer;
    writer.start(QStringLiteral("/bin/sh"),
                 {QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" stress \"$1\" --edits 200000")
                                            .arg(limitKb * 2), // dash counts 512-byte blocks
                  QStringLiteral(MALKOLL_CLI), store});
    ASSERT_TRUE(writer.waitForFinished(300000));
    EXPECT_EQ(writer.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(writer.exitCode(), 1) << "the writer stops with an error when the disk is full";
    const QString err = QString::fromUtf8(writer.readAllStandardError());
    EXPECT_FALSE(err.trimmed().isEmpty());
    std::map<std::pair<qint64, QString>, qint64> committed;
    for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 4 && parts[0] == "committed")
            committed[{parts[1].toLongLong(), QString::fromLatin1(parts[2])}] = parts[3].toLongLong();
    }
    EXPECT_GT(committed.size(), 0u);
    auto opened = Store::open(store);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    auto check = opened.value()->exec(QStringLiteral("PRAGMA integrity_check"));
    ASSERT_TRUE(check.ok() && check.value().next());
    EXPECT_EQ(check.value().value(0).toString(), QStringLiteral("ok"));
    for (const auto &[key, value] : committed) {
        auto q = opened.value()->exec(QStringLiteral("SELECT outcome FROM measurement WHERE indicator_id = ? AND period = ?"),
                                      {key.first, key.second});
        ASSERT_TRUE(q.ok() && q.value().next());
        EXPECT_GE(qint64(q.value().value(0).toDouble()), value);
    }
    std::cout << "[diskfull] committed before full: " << committed.size() << " keys; error: "
              << err.trimmed().left(160).toStdString() << '\n';
}
