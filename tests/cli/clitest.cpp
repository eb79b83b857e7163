// malkoll-cli end to end: the real executable, run as a user would.
#include "clirun.h"
#include "qtprinters.h"
#include "tempstore.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {
using malkoll::test::CliRun;
using malkoll::test::cli;
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
    EXPECT_TRUE(info.out.contains(QStringLiteral("Schema version: 9"))) << info.out.toStdString();
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

TEST(Cli, StatusPrintsIndicatorsGoalsFindingsAndEconomyAsTsv)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("demo.malkoll"));
    ASSERT_TRUE(malkoll::test::writeDemoStore(store));
    const CliRun r = cli({QStringLiteral("status"), store, QStringLiteral("--year"), QStringLiteral("2024"),
                          QStringLiteral("--period"), QStringLiteral("T1"), QStringLiteral("--format"),
                          QStringLiteral("tsv")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    // 003:331: Antal barn per anställd 5,2 against 4,9 → Årsmålet nås inte, 0,3 worse.
    const auto row = std::find_if(lines.begin(), lines.end(), [](const QString &l) {
        return l.contains(QStringLiteral("Antal barn per anställd i förskolan"));
    });
    ASSERT_NE(row, lines.end());
    const QStringList cells = row->split(QLatin1Char('\t'));
    ASSERT_GE(cells.size(), 15);
    EXPECT_EQ(cells[1], QStringLiteral("1.2"));
    EXPECT_EQ(cells[4], QStringLiteral("5,2"));
    EXPECT_EQ(cells[9], QStringLiteral("Årsmålet nås inte"));
    EXPECT_EQ(cells[12], QStringLiteral("-0,3"));
    EXPECT_TRUE(r.out.contains(QStringLiteral("# Mål")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("# Iakttagelser")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Totalt\t1424,3\t0,0\t8,8\t1433,1\t0,0")));
    // Every goal row carries an assessment, a suggestion or "no basis", and reasons.
    EXPECT_TRUE(r.out.contains(QStringLiteral("5 av 5 verksamhetsområdesmål uppfylls helt")));
}

TEST(Cli, StatusRefusesABadPeriodAndNamesIt)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("demo.malkoll"));
    ASSERT_TRUE(malkoll::test::writeDemoStore(store));
    const CliRun r = cli({QStringLiteral("status"), store, QStringLiteral("--period"), QStringLiteral("T4")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("T4")));
}

TEST(Cli, GenerateWritesAStoreThatStatusReads)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("city.malkoll"));
    const CliRun g = cli({QStringLiteral("generate"), QStringLiteral("--out"), store, QStringLiteral("--committees"),
                          QStringLiteral("2"), QStringLiteral("--years"), QStringLiteral("2")});
    ASSERT_EQ(g.code, 0) << g.err.toStdString();
    EXPECT_TRUE(g.out.contains(QStringLiteral("2 committees"))) << g.out.toStdString();
    EXPECT_TRUE(g.out.contains(QStringLiteral("600 indicators"))) << g.out.toStdString(); // 2 × 2 × 150
    const CliRun s = cli({QStringLiteral("status"), store, QStringLiteral("--period"), QStringLiteral("T2"),
                          QStringLiteral("--format"), QStringLiteral("tsv"), QStringLiteral("--lang"),
                          QStringLiteral("en")});
    ASSERT_EQ(s.code, 0) << s.err.toStdString();
    EXPECT_TRUE(s.out.contains(QStringLiteral("# Indicators")));
    EXPECT_GT(s.out.count(QStringLiteral("Target met")), 10);
    const CliRun bad = cli({QStringLiteral("generate"), QStringLiteral("--out"), dir.filePath(QStringLiteral("x")),
                            QStringLiteral("--committees"), QStringLiteral("many")});
    EXPECT_EQ(bad.code, 2);
}

// The city from the command line (issue 30): the city view's sections, KF:s årsmål set once for
// every committee, one committee out into a file and back.
TEST(CliCity, CityViewKfTargetAndACommitteeOutAndBack)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("stad.malkoll"));
    ASSERT_EQ(cli({QStringLiteral("generate"), QStringLiteral("--out"), store, QStringLiteral("--committees"), QStringLiteral("3"),
                   QStringLiteral("--years"), QStringLiteral("1")})
                  .code,
              0);
    const CliRun view = cli({QStringLiteral("city"), store, QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--period"),
                             QStringLiteral("T2"), QStringLiteral("--format"), QStringLiteral("tsv")});
    ASSERT_EQ(view.code, 0) << view.err.toStdString();
    EXPECT_TRUE(view.out.contains(QStringLiteral("# KF-indikatorer\nMål\tIndikator\tNämnd\tUtfall\tKvinnor\tMän\tPrognos helår\tÅrsmål\tKF:s årsmål\tStatus")))
        << view.out.left(400).toStdString();
    EXPECT_TRUE(view.out.contains(QStringLiteral("# KF-mål\nMål\tNämnd\tBedömning\tFörslag\n")));
    EXPECT_TRUE(view.out.contains(QStringLiteral("# Inlämning\n")));
    for (const char *committee : {"\tKungsholmen\t", "\tNorrmalm\t", "\tÖstermalm\t"})
        EXPECT_TRUE(view.out.contains(QString::fromUtf8(committee))) << committee;

    // The first KF indicator of the view: KF:s årsmål set once reaches all three committees.
    const QString row = view.out.section(u'\n', 2, 2);
    const QString indicator = row.section(u'\t', 1, 1);
    ASSERT_FALSE(indicator.isEmpty());
    const CliRun set = cli({QStringLiteral("kf-target"), store, QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--indicator"),
                            indicator, QStringLiteral("--target"), QStringLiteral("Minst 42")});
    ASSERT_EQ(set.code, 0) << set.err.toStdString();
    EXPECT_TRUE(set.out.contains(QStringLiteral("3 committee"))) << set.out.toStdString();
    const CliRun after = cli({QStringLiteral("city"), store, QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--format"),
                              QStringLiteral("tsv")});
    int withNewTarget = 0;
    for (const QString &line : after.out.split(u'\n'))
        if (line.section(u'\t', 1, 1) == indicator && line.section(u'\t', 8, 8).startsWith(QStringLiteral("Minst 42"))) ++withNewTarget;
    EXPECT_EQ(withNewTarget, 3);
    const CliRun badDecision = cli({QStringLiteral("kf-target"), store, QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--indicator"),
                                    indicator, QStringLiteral("--target"), QStringLiteral("Minst 43"), QStringLiteral("--from"), QStringLiteral("T2")});
    EXPECT_EQ(badDecision.code, 2) << "a decision needs its date and reason";

    // Norrmalm out into a file of its own, and back: the city as it was.
    const QString offline = dir.filePath(QStringLiteral("norrmalm.malkoll"));
    const CliRun out = cli({QStringLiteral("copy-store"), store, offline, QStringLiteral("--committee"), QStringLiteral("Norrmalm")});
    ASSERT_EQ(out.code, 0) << out.err.toStdString();
    const CliRun info = cli({QStringLiteral("info"), offline});
    EXPECT_TRUE(info.out.contains(QStringLiteral("committee\t1\n"))) << info.out.toStdString();
    const CliRun back = cli({QStringLiteral("copy-store"), offline, store, QStringLiteral("--committee"), QStringLiteral("Norrmalm")});
    ASSERT_EQ(back.code, 0) << back.err.toStdString();
    EXPECT_TRUE(back.out.contains(QStringLiteral("is back in"))) << back.out.toStdString();
    const CliRun again = cli({QStringLiteral("city"), store, QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--format"),
                              QStringLiteral("tsv")});
    EXPECT_EQ(again.out, after.out) << "the city's view as before";
    const CliRun unknown = cli({QStringLiteral("copy-store"), store, dir.filePath(QStringLiteral("x.malkoll")), QStringLiteral("--committee"),
                                QStringLiteral("Finns inte")});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.malkoll")))) << "no file left behind";
}
