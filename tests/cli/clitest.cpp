// malkoll-cli end to end: the real executable, run as a user would.
#include "qtprinters.h"

#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(MALKOLL_CLI), args);
    EXPECT_TRUE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

TEST(Cli, HelpListsTheCommands)
{
    const CliRun r = cli({QStringLiteral("--help")});
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("demo")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("info")));
}

TEST(Cli, UnknownCommandFailsWithUsage)
{
    const CliRun r = cli({QStringLiteral("frobnicate")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("frobnicate")));
}

TEST(Cli, DemoThenInfoShowsSchemaAndCounts)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("demo.malkoll"));
    const CliRun demo = cli({QStringLiteral("demo"), QStringLiteral("--out"), store});
    ASSERT_EQ(demo.code, 0) << demo.err.toStdString();
    EXPECT_TRUE(demo.out.contains(QStringLiteral("4 years"))) << demo.out.toStdString();

    const CliRun again = cli({QStringLiteral("demo"), QStringLiteral("--out"), store});
    EXPECT_EQ(again.code, 1) << "an existing store is not overwritten without --force";

    const CliRun info = cli({QStringLiteral("info"), store});
    ASSERT_EQ(info.code, 0) << info.err.toStdString();
    EXPECT_TRUE(info.out.contains(QStringLiteral("Schema version: 2"))) << info.out.toStdString();
    EXPECT_TRUE(info.out.contains(QStringLiteral("Kungsholmens stadsdelsnämnd")));
    EXPECT_TRUE(info.out.contains(QStringLiteral("goal\t176")));
    EXPECT_TRUE(info.out.contains(QStringLiteral("indicator\t352")));
}

TEST(Cli, InfoOnAMissingFileFailsAndCreatesNothing)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("saknas.malkoll"));
    const CliRun r = cli({QStringLiteral("info"), missing});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(missing));
    EXPECT_FALSE(QFile::exists(missing));
}
