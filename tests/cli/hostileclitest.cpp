// The command line as a hostile tester used it (issue "Nothing lost, ever"): files that are not
// stores, damaged and read-only stores, an existing PDF, two writers at once, bad arguments.
#include "clirun.h"
#include "qtprinters.h"
#include "tempstore.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace malkoll;
using malkoll::test::CliRun;
using malkoll::test::cli;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QString demoStore(const QTemporaryDir &dir)
{
    const QString store = dir.filePath(QStringLiteral("demo.malkoll"));
    EXPECT_TRUE(malkoll::test::writeDemoStore(store));
    return store;
}

int count(const QString &store, const QString &sql)
{
    auto opened = Store::open(store);
    if (!opened) return -1;
    auto q = opened.value()->exec(sql);
    return q && q.value().next() ? q.value().value(0).toInt() : -1;
}

} // namespace

// 5. The report never replaces a file without --force, and a failed report leaves it as it was.
TEST(CliNothingLost, ReportRefusesToOverwriteWithoutForce)
{
    QTemporaryDir dir;
    const QString store = demoStore(dir);
    const QString pdf = dir.filePath(QStringLiteral("rapport.pdf"));
    write(pdf, "an earlier report");
    const CliRun refused = cli({QStringLiteral("report"), store, QStringLiteral("--out"), pdf});
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--force"))) << refused.err.toStdString();
    EXPECT_EQ(contents(pdf), QByteArray("an earlier report"));

    // A report that fails (no such year) leaves the file too, and no temporary file beside it.
    const CliRun failed = cli({QStringLiteral("report"), store, QStringLiteral("--out"), pdf, QStringLiteral("--force"),
                               QStringLiteral("--year"), QStringLiteral("1999")});
    EXPECT_EQ(failed.code, 1);
    EXPECT_EQ(contents(pdf), QByteArray("an earlier report"));

    const CliRun forced = cli({QStringLiteral("report"), store, QStringLiteral("--out"), pdf, QStringLiteral("--force")});
    ASSERT_EQ(forced.code, 0) << forced.err.toStdString();
    EXPECT_TRUE(contents(pdf).startsWith("%PDF"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).filter(QStringLiteral("rapport")).size(), 1) << "no temporary file left";
}

// 6. Commands other than demo and import leave a file that is not a store as it was.
TEST(CliNothingLost, AnEmptyFileStaysEmpty)
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("tom.malkoll"));
    write(empty, {});
    const QString out = dir.filePath(QStringLiteral("ut"));
    const QList<QStringList> commands{
        {QStringLiteral("info"), empty},
        {QStringLiteral("status"), empty},
        {QStringLiteral("report"), empty, QStringLiteral("--out"), dir.filePath(QStringLiteral("r.pdf"))},
        {QStringLiteral("export"), empty, QStringLiteral("--out"), out},
        {QStringLiteral("backup"), empty, dir.filePath(QStringLiteral("kopia.malkoll"))},
    };
    for (const QStringList &args : commands) {
        const CliRun run = cli(args);
        EXPECT_EQ(run.code, 1) << args.first().toStdString();
        // status speaks Swedish by default (--lang sv), the others English.
        EXPECT_TRUE(run.err.contains(QStringLiteral("empty file")) || run.err.contains(QStringLiteral("tom fil")))
            << run.err.toStdString();
        EXPECT_EQ(QFileInfo(empty).size(), 0) << args.first().toStdString() << " changed the file";
    }
    EXPECT_FALSE(QFile::exists(empty + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("kopia.malkoll"))));
}

// 7. A store missing a table gives no report and no half export: it is refused by name.
TEST(CliNothingLost, AStoreMissingATableIsRefusedAndNothingIsExported)
{
    QTemporaryDir dir;
    const QString store = demoStore(dir);
    {
        auto opened = Store::open(store);
        ASSERT_TRUE(opened);
        ASSERT_TRUE(opened.value()->exec(QStringLiteral("DROP TABLE activity_report")));
    }
    const QString out = dir.filePath(QStringLiteral("export"));
    const CliRun exported = cli({QStringLiteral("export"), store, QStringLiteral("--out"), out});
    EXPECT_EQ(exported.code, 1);
    EXPECT_TRUE(exported.err.contains(QStringLiteral("activity_report"))) << exported.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
    const CliRun report = cli({QStringLiteral("report"), store, QStringLiteral("--out"), dir.filePath(QStringLiteral("r.pdf"))});
    EXPECT_EQ(report.code, 1);
    EXPECT_TRUE(report.err.contains(QStringLiteral("damaged"))) << report.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("r.pdf"))));
}

// 12. A truncated store is called damaged, with the way back; bad --year values are refused.
TEST(CliNothingLost, ClearMessagesForADamagedStoreAndABadYear)
{
    QTemporaryDir dir;
    const QString store = demoStore(dir);
    for (const QString &command : {QStringLiteral("status"), QStringLiteral("report"), QStringLiteral("export")}) {
        QStringList args{command, store, QStringLiteral("--year"), QStringLiteral("abc")};
        if (command != u"status") args << QStringLiteral("--out") << dir.filePath(QStringLiteral("x"));
        const CliRun run = cli(args);
        EXPECT_EQ(run.code, 2) << command.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("--year must be a year such as 2024, not “abc”"))) << run.err.toStdString();
    }
    QFile f(store);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    f.resize(1500);
    f.close();
    const QByteArray before = contents(store);
    const CliRun info = cli({QStringLiteral("info"), store});
    EXPECT_EQ(info.code, 1);
    EXPECT_TRUE(info.err.contains(QStringLiteral("damaged"))) << info.err.toStdString();
    EXPECT_TRUE(info.err.contains(QStringLiteral("backup"))) << info.err.toStdString();
    EXPECT_EQ(contents(store), before);
}

// 8. Two writers on one store: both save every edit (BEGIN IMMEDIATE waits for the other).
TEST(CliNothingLost, TwoWritersBothSaveEveryEdit)
{
    QTemporaryDir dir;
    const QString store = demoStore(dir);
    const int before = count(store, QStringLiteral("SELECT count(*) FROM audit_log WHERE field LIKE '%/outcome'"));
    QProcess a, b;
    a.start(malkoll::test::cliPath(), {QStringLiteral("stress"), store, QStringLiteral("--edits"), QStringLiteral("1000"),
                                          QStringLiteral("--start"), QStringLiteral("1")});
    b.start(malkoll::test::cliPath(), {QStringLiteral("stress"), store, QStringLiteral("--edits"), QStringLiteral("1000"),
                                          QStringLiteral("--start"), QStringLiteral("1000001")});
    ASSERT_TRUE(a.waitForFinished(600000));
    ASSERT_TRUE(b.waitForFinished(600000));
    const QString errA = QString::fromUtf8(a.readAllStandardError()), errB = QString::fromUtf8(b.readAllStandardError());
    EXPECT_EQ(a.exitCode(), 0) << errA.toStdString();
    EXPECT_EQ(b.exitCode(), 0) << errB.toStdString();
    EXPECT_EQ(QString::fromUtf8(a.readAllStandardOutput()).count(QStringLiteral("committed")), 1000);
    EXPECT_EQ(QString::fromUtf8(b.readAllStandardOutput()).count(QStringLiteral("committed")), 1000);
    // Every value differs from the one before it, so every edit leaves one audit row.
    EXPECT_EQ(count(store, QStringLiteral("SELECT count(*) FROM audit_log WHERE field LIKE '%/outcome'")) - before, 2000);
}

// 9. A colleague's store on a read-only share opens read-only and is left byte for byte.
TEST(CliNothingLost, AReadOnlyStoreInAReadOnlyFolderOpensForReading)
{
    QTemporaryDir dir;
    const QString store = demoStore(dir);
    ASSERT_FALSE(QFile::exists(store + QStringLiteral("-wal"))) << "closed cleanly";
    const QByteArray before = contents(store);
    QFile::setPermissions(store, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                          QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    // Root ignores permission bits: the commands run as an ordinary user, as a colleague would.
    auto run = [&](const QStringList &args) {
        if (::geteuid() != 0) return cli(args);
        return malkoll::test::runProgram(QStringLiteral("runuser"),
                                         QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                                                     malkoll::test::cliPath()} + args);
    };
    const CliRun info = run({QStringLiteral("info"), store});
    EXPECT_EQ(info.code, 0) << info.err.toStdString();
    EXPECT_TRUE(info.out.contains(QStringLiteral("Kungsholmen"))) << info.out.toStdString();
    const CliRun status = run({QStringLiteral("status"), store, QStringLiteral("--format"), QStringLiteral("tsv")});
    EXPECT_EQ(status.code, 0) << status.err.toStdString();
    EXPECT_GT(status.out.count(u'\n'), 50);
    const CliRun stress = run({QStringLiteral("stress"), store, QStringLiteral("--edits"), QStringLiteral("1")});
    EXPECT_EQ(stress.code, 1);
    EXPECT_TRUE(stress.err.contains(QStringLiteral("read-only"))) << stress.err.toStdString();
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    EXPECT_EQ(contents(store), before);
    EXPECT_FALSE(QFile::exists(store + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(store + QStringLiteral("-shm")));
}

// 11. A huge name in a report is listed and not stored; a random file is refused at once.
TEST(CliNothingLost, RunawayInputIsRefusedWithItsPlace)
{
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("t1.txt"));
    QByteArray text = "Tertialrapport 1 2025 för Provnämnden stadsdelsnämnd\n\n"
                      "KF:s inriktningsmål: 1. Ett mål\n\n"
                      "KF:s mål för verksamhetsområdet: 1.1 Ett delmål\n\n"
                      "Indikator\tPeriodens utfall\tÅrsmål\tPeriod\n";
    text += "  " + QByteArray(10 << 20, 'x') + "\t5 %\t6 %\tTertial 1 2025\n";
    text += "  Andel nöjda\t5 %\t6 %\tTertial 1 2025\n";
    write(report, text);
    const QString store = dir.filePath(QStringLiteral("s.malkoll"));
    const CliRun run = cli({QStringLiteral("import-report"), report, QStringLiteral("--store"), store});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("line 8: column “Indikator”: 10485760 characters, at most 300 are read")))
        << run.out.left(2000).toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("indicators:       1 (1 new, 0 changed)")));
    EXPECT_LT(QFileInfo(store).size() + QFileInfo(store + QStringLiteral("-wal")).size(), 2 << 20);

    const QString random = dir.filePath(QStringLiteral("slump.txt"));
    QByteArray noise(30 << 20, Qt::Uninitialized);
    for (qsizetype i = 0; i < noise.size(); ++i) noise[i] = char((i * 7919 + (i >> 7)) & 0xFF);
    write(random, noise);
    const CliRun refused = cli({QStringLiteral("import-report"), random, QStringLiteral("--store"), store});
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("at most 20 MB"))) << refused.err.toStdString();
}
