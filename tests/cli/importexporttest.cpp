// malkoll-cli import-report, backup and export, run as a user would.
#include "clirun.h"
#include "qtprinters.h"
#include "tempstore.h"
#include "store/measurementrepository.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace malkoll;

namespace {
using malkoll::test::CliRun;
using malkoll::test::cli;

const QString kSeed003 = QStringLiteral(MALKOLL_TEST_DATA "/reports/reference_t1_2024_kungsholmen.txt");
const QString kSeed001 = QStringLiteral(MALKOLL_TEST_DATA "/reports/reference_vp2021_hasselby.txt");
} // namespace

TEST(CliImport, ReportSummaryThenNothingChangedTheSecondTime)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("k.malkoll"));
    const CliRun first = cli({QStringLiteral("import-report"), kSeed003, QStringLiteral("--store"), store});
    ASSERT_EQ(first.code, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("Kungsholmens stadsdelsnämnd, Tertialrapport 1 2024"))) << first.out.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("goals:            44 (44 new, 0 changed)")));
    EXPECT_TRUE(first.out.contains(QStringLiteral("indicators:       88 (88 new, 0 changed)")));
    EXPECT_TRUE(first.out.contains(QStringLiteral("values:           42 (42 new, 0 changed)")));
    EXPECT_TRUE(first.out.contains(QStringLiteral("activities:       100 (100 new, 0 changed)")));
    EXPECT_TRUE(first.out.contains(QStringLiteral("17 (17 new, 0 changed) verksamhetsområden, 12 (12 new, 0 changed) "
                                                  "resultatenheter, 7 (7 new, 0 changed) investments")));
    EXPECT_TRUE(first.out.contains(QStringLiteral("rejected lines:   0")));

    const CliRun second = cli({QStringLiteral("import-report"), kSeed003, QStringLiteral("--store"), store});
    ASSERT_EQ(second.code, 0) << second.err.toStdString();
    EXPECT_TRUE(second.out.contains(QStringLiteral("nothing changed"))) << second.out.toStdString();

    // Another committee into a store that has one: refused, named, until --new-committee says so.
    const CliRun refused = cli({QStringLiteral("import-report"), kSeed001, QStringLiteral("--store"), store});
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Hässelby-Vällingby stadsdelsnämnd"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--new-committee"))) << refused.err.toStdString();
    const CliRun plan = cli({QStringLiteral("import-report"), kSeed001, QStringLiteral("--store"), store, QStringLiteral("--new-committee")});
    ASSERT_EQ(plan.code, 0) << plan.err.toStdString();
    EXPECT_TRUE(plan.out.contains(QStringLiteral("new committee:    Hässelby-Vällingby stadsdelsnämnd"))) << plan.out.toStdString();
    EXPECT_TRUE(plan.out.contains(QStringLiteral("Hässelby-Vällingby stadsdelsnämnd, Verksamhetsplan 2021")));
    EXPECT_TRUE(plan.out.contains(QStringLiteral("indicators:       84 (84 new, 0 changed)")));

    const CliRun info = cli({QStringLiteral("info"), store});
    EXPECT_TRUE(info.out.contains(QStringLiteral("goal\t100"))) << "44 + 33 + 23 goals of 2023 carrying Utfall VB 2023: "
                                                                << info.out.toStdString();
}

// Issue 16: the fidelity line, and --committee/--year/--period/--unit over what the title says.
TEST(CliImport, FidelityLineAndWhatThePersonSaysOverTheGuesses)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("r.malkoll"));
    const QString variants = QStringLiteral(MALKOLL_TEST_DATA "/reports/variants/");
    const CliRun t1 = cli({QStringLiteral("import-report"), variants + QStringLiteral("t1_2020_rinkeby_kista.txt"), QStringLiteral("--store"), store});
    ASSERT_EQ(t1.code, 0) << t1.err.toStdString();
    EXPECT_TRUE(t1.out.contains(QStringLiteral(
        "fidelity: 100 % of 17 table lines read; goals 5 read, 0 not read; indicators 6 read, 0 not read; values 17 read, "
        "0 not read; activities 1 read, 0 not read; economy lines 8 read, 0 not read")))
        << t1.out.toStdString();
    EXPECT_TRUE(t1.out.contains(QStringLiteral("Utfall VB 2019:     6 stored in 2019"))) << t1.out.toStdString();

    // Pages without a title: the guesses are printed with their lines; a bad --period is refused.
    const QString excerpt = variants + QStringLiteral("t2_2019_excerpt_without_title.txt");
    const CliRun bad = cli({QStringLiteral("import-report"), excerpt, QStringLiteral("--store"), store, QStringLiteral("--period"), QStringLiteral("T7")});
    EXPECT_EQ(bad.code, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("“T7”"))) << bad.err.toStdString();
    const CliRun guessed = cli({QStringLiteral("import-report"), excerpt, QStringLiteral("--store"), store});
    ASSERT_EQ(guessed.code, 0) << guessed.err.toStdString();
    EXPECT_TRUE(guessed.out.contains(QStringLiteral("Rinkeby-Kista stadsdelsnämnd, Tertialrapport 2 2019"))) << guessed.out.toStdString();
    EXPECT_TRUE(guessed.out.contains(QStringLiteral("guessed:          T2 2019 from the Period column “Tertial 2 2019” (line 9)")))
        << guessed.out.toStdString();
    EXPECT_TRUE(guessed.out.contains(QStringLiteral("committee “Rinkeby-Kista stadsdelsnämnd”: the only one in the store")));

    // A unit's report, given a unit and a period over its title.
    const CliRun unit = cli({QStringLiteral("import-report"), variants + QStringLiteral("vb_2020_unit_stod_och_aktivitet.txt"),
                             QStringLiteral("--store"), store, QStringLiteral("--unit"), QStringLiteral("Aktivitetshuset"),
                             QStringLiteral("--period"), QStringLiteral("T2")});
    ASSERT_EQ(unit.code, 0) << unit.err.toStdString();
    EXPECT_TRUE(unit.out.contains(QStringLiteral("Rinkeby-Kista stadsdelsnämnd, Tertialrapport 2 2020"))) << unit.out.toStdString();
    EXPECT_TRUE(unit.out.contains(QStringLiteral("unit's report:    Aktivitetshuset (new unit)"))) << unit.out.toStdString();
}

TEST(CliImport, RejectedLinesAreListedWithTheirNumbers)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("t1.txt"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("Tertialrapport 1 2025 för Provnämnden stadsdelsnämnd\n\n"
            "KF:s inriktningsmål: 1. Ett mål\n\n"
            "KF:s mål för verksamhetsområdet: 1.1 Ett delmål\n\n"
            "Indikator\tÅrsmål\tKF:s årsmål\tPeriodicitet\n"
            "Andel nöjda\tmånga\t80 %\tTertial\n"
            "Antal besök\t10 st\t\tVarannan vecka\n");
    f.close();
    const QString store = dir.filePath(QStringLiteral("p.malkoll"));
    const CliRun r = cli({QStringLiteral("import-report"), file, QStringLiteral("--store"), store});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("rejected lines:   2"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("line 8: column “Årsmål”"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("line 9: column “Period”")));

    const CliRun bad = cli({QStringLiteral("import-report"), dir.filePath(QStringLiteral("saknas.txt")), QStringLiteral("--store"), store});
    EXPECT_EQ(bad.code, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("saknas.txt")));
}

TEST(CliBackup, ConsistentCopyWhileAnotherConnectionIsWriting)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.malkoll"));
    ASSERT_EQ(cli({QStringLiteral("import-report"), kSeed003, QStringLiteral("--store"), path}).code, 0);
    auto store = Store::open(path);
    ASSERT_TRUE(store) << store.error().toStdString();
    const int measurements = [&] {
        for (const auto &[t, n] : store.value()->counts())
            if (t == u"measurement") return n;
        return -1;
    }();
    // The GUI holds the store open with a write under way; the backup must neither wait for it
    // nor copy its uncommitted rows.
    const QString copy = dir.filePath(QStringLiteral("kopia.malkoll"));
    CliRun backup;
    auto r = store.value()->transaction([&]() -> Result<void> {
        auto q = store.value()->exec(QStringLiteral("DELETE FROM measurement"));
        if (!q) return Error{q.error()};
        backup = cli({QStringLiteral("backup"), path, copy});
        return fail(QStringLiteral("roll back"));
    });
    EXPECT_FALSE(r);
    ASSERT_EQ(backup.code, 0) << backup.err.toStdString();
    const CliRun info = cli({QStringLiteral("info"), copy});
    EXPECT_TRUE(info.out.contains(QStringLiteral("measurement\t%1").arg(measurements))) << info.out.toStdString();

    const CliRun again = cli({QStringLiteral("backup"), path, copy});
    EXPECT_EQ(again.code, 1) << "an existing file is not overwritten";
}

TEST(CliExport, OneYearAsCsvPerTable)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("d.malkoll"));
    ASSERT_TRUE(malkoll::test::writeDemoStore(store));
    const QString out = dir.filePath(QStringLiteral("csv"));
    const CliRun r = cli({QStringLiteral("export"), store, QStringLiteral("--out"), out, QStringLiteral("--year"), QStringLiteral("2024")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Wrote 21 files"))) << r.out.toStdString();
    // The city's KF structure the demo's plan refers to is exported with it.
    for (const char *name : {"kf_goal.csv", "kf_indicator.csv", "kf_target_decision.csv"})
        EXPECT_TRUE(QFile::exists(QDir(out).filePath(QString::fromLatin1(name)))) << name;
    QFile goals(QDir(out).filePath(QStringLiteral("goal.csv")));
    ASSERT_TRUE(goals.open(QIODevice::ReadOnly));
    const QByteArray bytes = goals.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "Excel needs the BOM to read å ä ö";
    const QString text = QString::fromUtf8(bytes);
    EXPECT_EQ(text.count(QStringLiteral("\r\n")), 1 + 44) << "header and the 44 goals of 2024";
    EXPECT_TRUE(text.contains(QStringLiteral("Ett Stockholm som håller samman")));

    const CliRun bad = cli({QStringLiteral("export"), store, QStringLiteral("--out"), out, QStringLiteral("--dialect"), QStringLiteral("tsv")});
    EXPECT_EQ(bad.code, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("tsv")));
}

// Issue 15: new-year on the demo store; every 2024 row is unchanged (export before and after).
TEST(CliPlan, NewYearCopiesThePlanAndLeavesTheOldYear)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("demo.malkoll"));
    ASSERT_TRUE(malkoll::test::writeDemoStore(store));
    auto exported = [&](const QString &name) {
        const QString folder = dir.filePath(name);
        const CliRun run = cli({QStringLiteral("export"), store, QStringLiteral("--out"), folder, QStringLiteral("--year"), QStringLiteral("2024")});
        EXPECT_EQ(run.code, 0) << run.err.toStdString();
        QMap<QString, QByteArray> files;
        for (const QString &f : QDir(folder).entryList(QDir::Files)) {
            if (f.contains(QStringLiteral("audit"))) continue;
            QFile file(QDir(folder).filePath(f));
            EXPECT_TRUE(file.open(QIODevice::ReadOnly));
            files.insert(f, file.readAll());
        }
        return files;
    };
    const auto before = exported(QStringLiteral("before"));
    const CliRun made = cli({QStringLiteral("new-year"), store, QStringLiteral("--from"), QStringLiteral("2024"), QStringLiteral("--to"),
                             QStringLiteral("2025"), QStringLiteral("--committee"), QStringLiteral("Kungsholmen")});
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    EXPECT_TRUE(made.out.contains(QStringLiteral("Kungsholmens stadsdelsnämnd 2025 from 2024:"))) << made.out.toStdString();
    EXPECT_EQ(exported(QStringLiteral("after")), before);
    const CliRun again = cli({QStringLiteral("new-year"), store, QStringLiteral("--from"), QStringLiteral("2024"), QStringLiteral("--to"),
                              QStringLiteral("2025")});
    EXPECT_EQ(again.code, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already has a plan"))) << again.err.toStdString();
    const CliRun info = cli({QStringLiteral("status"), store, QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("tsv")});
    EXPECT_EQ(info.code, 0) << info.err.toStdString();
}
