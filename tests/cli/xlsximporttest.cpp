// malkoll-cli import-outcomes from workbooks written by openpyxl inside the test run (and from
// CSV), and export --format xlsx read back with openpyxl.
#include "clirun.h"
#include "qtprinters.h"
#include "tempstore.h"
#include "store/auditlog.h"
#include "store/indicatorrepository.h"
#include "store/measurementrepository.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace malkoll;
using malkoll::test::CliRun;
using malkoll::test::cli;
using malkoll::test::kPython;
using malkoll::test::kTeachers;
using malkoll::test::runProgram;

namespace {
const QString kGroup = QStringLiteral("Antal barn per grupp");
const QString kSummerJobs = QStringLiteral("Antal tillhandahållna platser för feriejobb");

class ImportOutcomes : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = dir.filePath(QStringLiteral("demo.malkoll"));
        ASSERT_TRUE(malkoll::test::writeDemoStore(store));
        const auto made = runProgram(kPython, {QStringLiteral(MALKOLL_TEST_DATA "/office/make_workbooks.py"), dir.path()});
        ASSERT_EQ(made.code, 0) << made.err.toStdString();
    }
    QString file(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }
    // The stored T1/T2 2024 value of an indicator of the demo committee.
    Measurement value(const QString &indicator, Period period = Period::T1)
    {
        auto s = Store::open(store);
        EXPECT_TRUE(s) << s.error().toStdString();
        for (const Indicator &i : IndicatorRepository(*s.value()).indicators(1, 2024))
            if (i.name == indicator) return MeasurementRepository(*s.value()).measurement(i.id, period).value_or(Measurement{});
        ADD_FAILURE() << "no indicator " << indicator.toStdString();
        return {};
    }
    // Every stored value and the audit log, to show that nothing changed.
    QString everything()
    {
        const CliRun status = cli({QStringLiteral("status"), store, QStringLiteral("--format"), QStringLiteral("tsv"),
                                   QStringLiteral("--period"), QStringLiteral("T1")});
        auto s = Store::open(store);
        return status.out + QString::number(AuditLog(*s.value()).count());
    }
    CliRun import(const QStringList &more)
    {
        return cli(QStringList{QStringLiteral("import-outcomes"), store} + more + QStringList{QStringLiteral("--year"), QStringLiteral("2024")});
    }
    QTemporaryDir dir;
    QString store;
};
} // namespace

TEST_F(ImportOutcomes, AWorkbookIsImportedPercentTextNumbersAndTheFormulasCachedValue)
{
    const CliRun r = import({file("outcomes.xlsx")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Imported 4 value row(s)"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("sheet T1, row 6\tAntal barn per anställd i förskolan (årsarbetare)\tT1"))) << r.out.toStdString();
    const Measurement teachers = value(kTeachers);
    EXPECT_DOUBLE_EQ(teachers.outcome.value_or(-1), 36.2) << "0.362 formatted as percent is 36,2 %";
    EXPECT_DOUBLE_EQ(teachers.women.value_or(-1), 37.1);
    EXPECT_DOUBLE_EQ(teachers.men.value_or(-1), 20.0);
    EXPECT_DOUBLE_EQ(teachers.prognosis.value_or(-1), 36.5) << "the text “36,5 %”";
    EXPECT_EQ(teachers.analysis, QStringLiteral("Fler legitimerade än i fjol."));
    EXPECT_DOUBLE_EQ(value(QStringLiteral("Antal barn per anställd i förskolan (årsarbetare)")).prognosis.value_or(-1), 5.1)
        << "=B6 by its cached value";
    EXPECT_DOUBLE_EQ(value(kGroup).outcome.value_or(-1), 16.4) << "the text “16,4”";
    EXPECT_DOUBLE_EQ(value(kSummerJobs).outcome.value_or(-1), 1320) << "the text “1 320”";

    const CliRun again = import({file("outcomes.xlsx")});
    ASSERT_EQ(again.code, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("Imported 0 value row(s)"))) << again.out.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("4 already as in the file"))) << again.out.toStdString();
}

TEST_F(ImportOutcomes, TheChosenSheetWithItsPeriodColumn)
{
    const CliRun r = import({file("outcomes.xlsx"), QStringLiteral("--sheet"), QStringLiteral("T2")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_DOUBLE_EQ(value(kGroup, Period::T2).outcome.value_or(-1), 16.0);
    EXPECT_DOUBLE_EQ(value(kGroup, Period::T1).outcome.value_or(-1), 16.7) << "T1 as it was";
    const CliRun missing = import({file("outcomes.xlsx"), QStringLiteral("--sheet"), QStringLiteral("VB")});
    EXPECT_EQ(missing.code, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("has no sheet “VB”; its sheets are “T1”, “T2”"))) << missing.err.toStdString();
}

TEST_F(ImportOutcomes, ARefusedCellIsNamedBySheetRowAndColumnAndNothingIsWritten)
{
    const QString before = everything();
    const CliRun r = import({file("refused.xlsx")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("refused.xlsx, sheet T1, row 7, column B: Outcome: “mycket” is not a number")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("nothing was written"))) << r.err.toStdString();
    EXPECT_EQ(everything(), before);

    const CliRun dry = import({file("outcomes.xlsx"), QStringLiteral("--dry-run")});
    EXPECT_EQ(dry.code, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("4 value row(s) would change"))) << dry.out.toStdString();
    EXPECT_EQ(everything(), before) << "a dry run writes nothing";

    for (const char *bad : {"notzip.xlsx", "truncated.xlsx", "badxml.xlsx"}) {
        const CliRun b = import({file(bad)});
        EXPECT_EQ(b.code, 1) << bad;
        EXPECT_TRUE(b.err.contains(QString::fromLatin1(bad))) << b.err.toStdString();
    }
    EXPECT_EQ(everything(), before);
}

TEST_F(ImportOutcomes, SkipBadWritesTheGoodRowsOnly)
{
    const CliRun r = import({file("refused.xlsx"), QStringLiteral("--skip-bad")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Imported 3 value row(s)"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("1 row(s) refused and left out"))) << r.out.toStdString();
    EXPECT_DOUBLE_EQ(value(kTeachers).outcome.value_or(-1), 36.2);
    EXPECT_DOUBLE_EQ(value(kGroup).outcome.value_or(-1), 16.7) << "the refused row as it was";
}

TEST_F(ImportOutcomes, ACsvFileTheSameWay)
{
    const QString csv = file("t1.csv");
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("Indikator;Period;Utfall\n%1;T1;17,1\n").arg(kGroup).toUtf8());
    f.close();
    const CliRun r = import({csv});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_DOUBLE_EQ(value(kGroup).outcome.value_or(-1), 17.1);
    const CliRun sheet = import({csv, QStringLiteral("--sheet"), QStringLiteral("T1")});
    EXPECT_EQ(sheet.code, 1);
    EXPECT_TRUE(sheet.err.contains(QStringLiteral("--sheet is for an Excel workbook"))) << sheet.err.toStdString();
}

TEST_F(ImportOutcomes, ExportAsAWorkbookOneSheetPerTableNumbersAsNumbers)
{
    const QString xlsx = file("store.xlsx");
    const CliRun r = cli({QStringLiteral("export"), store, QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx,
                          QStringLiteral("--year"), QStringLiteral("2024")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString script = QStringLiteral(R"(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["measurement"]
head = [c.value for c in ws[1]]
row = [c.value for c in ws[2]]
print(json.dumps({"sheets": wb.sheetnames, "head": head, "row": row, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
                  "types": [type(v).__name__ for v in row]}))
)");
    const auto back = runProgram(kPython, {QStringLiteral("-c"), script, xlsx});
    ASSERT_EQ(back.code, 0) << back.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(back.out.toUtf8()).object();
    const QJsonArray sheets = o.value(QStringLiteral("sheets")).toArray();
    EXPECT_TRUE(sheets.contains(QStringLiteral("indicator")));
    EXPECT_TRUE(sheets.contains(QStringLiteral("goal")));
    EXPECT_EQ(o.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
    const QJsonArray head = o.value(QStringLiteral("head")).toArray();
    const QJsonArray types = o.value(QStringLiteral("types")).toArray();
    const qsizetype outcome = head.toVariantList().indexOf(QStringLiteral("outcome"));
    ASSERT_GE(outcome, 0);
    EXPECT_TRUE(types.at(outcome).toString() == u"float" || types.at(outcome).toString() == u"int") << back.out.toStdString();

    const CliRun again = cli({QStringLiteral("export"), store, QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx});
    EXPECT_EQ(again.code, 1) << "an existing workbook is kept without --force";
    EXPECT_TRUE(again.err.contains(QStringLiteral("exists"))) << again.err.toStdString();
}
