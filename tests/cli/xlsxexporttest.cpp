// Excel out: `status --format xlsx` writes one sheet per table with numbers as numbers in real
// formats (percent, the decimals written, the unit as a suffix), a frozen bold header, an
// auto-filter and widths that fit — read back with openpyxl, a spreadsheet library of its own.
#include "clirun.h"
#include "qtprinters.h"
#include "tempstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>

using malkoll::test::cli;
using malkoll::test::kPython;
using malkoll::test::runProgram;

namespace {
// Debian's python3 with python3-openpyxl (scripts/deps.sh), whatever python3 is first on PATH.

QJsonObject readBack(const QString &xlsx)
{
    const QString script = QStringLiteral(R"(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames}
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows(min_row=1, max_row=min(ws.max_row, 12)):
        rows.append([{"v": c.value, "f": c.number_format, "bold": bool(c.font and c.font.b)} for c in row])
    widths = {k: v.width for k, v in ws.column_dimensions.items()}
    out[ws.title] = {"freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "rows": rows, "widths": widths,
                     "max_row": ws.max_row}
print(json.dumps(out))
)");
    const auto r = runProgram(kPython, {QStringLiteral("-c"), script, xlsx});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

class XlsxExport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = dir.filePath(QStringLiteral("demo.malkoll"));
        ASSERT_TRUE(malkoll::test::writeDemoStore(store));
    }
    QTemporaryDir dir;
    QString store;
};
} // namespace

TEST_F(XlsxExport, TheStatusTableAsAWorkbookWithRealNumbers)
{
    const QString xlsx = dir.filePath(QStringLiteral("status.xlsx"));
    const auto o = cli({QStringLiteral("status"), store, QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--period"),
                        QStringLiteral("T1"), QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx});
    ASSERT_EQ(o.code, 0) << o.err.toStdString();
    const QJsonObject book = readBack(xlsx);
    const QJsonArray sheets = book.value(QStringLiteral("sheets")).toArray();
    ASSERT_EQ(sheets.size(), 4);
    EXPECT_EQ(sheets[0].toString(), QStringLiteral("Indikatorer"));
    EXPECT_EQ(sheets[3].toString(), QStringLiteral("Ekonomi (mnkr)"));

    const QJsonObject indicators = book.value(QStringLiteral("Indikatorer")).toObject();
    EXPECT_EQ(indicators.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2")) << "the header row is frozen";
    EXPECT_EQ(indicators.value(QStringLiteral("filter")).toString(), QStringLiteral("A1:O89")) << "88 indicators under the header";
    const QJsonArray rows = indicators.value(QStringLiteral("rows")).toArray();
    const QJsonArray header = rows[0].toArray();
    EXPECT_EQ(header[2].toObject().value(QStringLiteral("v")).toString(), QStringLiteral("Indikator"));
    EXPECT_TRUE(header[2].toObject().value(QStringLiteral("bold")).toBool());
    // The goal's number is text: "1.1" is not the number 1,1 (nor 1,1 % in a row of percent).
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QJsonValue goal = rows[r].toArray()[1].toObject().value(QStringLiteral("v"));
        EXPECT_TRUE(goal.isString()) << "row " << r << ": " << goal.toDouble();
    }
    EXPECT_EQ(rows[1].toArray()[1].toObject().value(QStringLiteral("v")).toString(), QStringLiteral("1.1"));
    // The name column is wide, the committee column narrow: widths follow the text.
    const QJsonObject widths = indicators.value(QStringLiteral("widths")).toObject();
    EXPECT_GT(widths.value(QStringLiteral("C")).toDouble(), 40);
    EXPECT_LT(widths.value(QStringLiteral("A")).toDouble(), 15);

    // "Andel legitimerade förskollärare": 34,9 % is the number 0.349 shown as a percentage with
    // one decimal; "Antal barn per anställd": 5,2 st is 5.2 with "st" in its format.
    bool percent = false, suffix = false;
    for (const QJsonValue &v : rows) {
        const QJsonArray row = v.toArray();
        const QString name = row[2].toObject().value(QStringLiteral("v")).toString();
        const QJsonObject outcome = row[4].toObject();
        if (name.startsWith(QStringLiteral("Andel legitimerade förskollärare"))) {
            EXPECT_DOUBLE_EQ(outcome.value(QStringLiteral("v")).toDouble(), 0.349);
            EXPECT_EQ(outcome.value(QStringLiteral("f")).toString(), QStringLiteral("0.0%"));
            percent = true;
        }
        if (name.startsWith(QStringLiteral("Antal barn per anställd"))) {
            EXPECT_DOUBLE_EQ(outcome.value(QStringLiteral("v")).toDouble(), 5.2);
            EXPECT_EQ(outcome.value(QStringLiteral("f")).toString(), QStringLiteral("#,##0.0 \"st\""));
            suffix = true;
        }
    }
    EXPECT_TRUE(percent && suffix) << "both indicators among the first rows";

    // The economy: amounts as numbers with one decimal, text stays text.
    const QJsonArray economy = book.value(QStringLiteral("Ekonomi (mnkr)")).toObject().value(QStringLiteral("rows")).toArray();
    const QJsonObject budget = economy[1].toArray()[2].toObject();
    EXPECT_TRUE(budget.value(QStringLiteral("v")).isDouble());
    EXPECT_EQ(budget.value(QStringLiteral("f")).toString(), QStringLiteral("#,##0.0"));
    EXPECT_TRUE(economy[1].toArray()[1].toObject().value(QStringLiteral("v")).isString());
}

TEST_F(XlsxExport, AnExistingFileIsKeptUnlessForcedAndXlsxNeedsAFile)
{
    const QString xlsx = dir.filePath(QStringLiteral("finns.xlsx"));
    {
        QFile f(xlsx);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("redan här");
    }
    const QStringList args{QStringLiteral("status"), store, QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx};
    const auto refused = cli(args);
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--force"))) << refused.err.toStdString();
    QFile f(xlsx);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("redan här"));
    f.close();
    EXPECT_EQ(cli(args + QStringList{QStringLiteral("--force")}).code, 0);
    EXPECT_EQ(readBack(xlsx).value(QStringLiteral("sheets")).toArray().size(), 4);
    // The workbook gets what the umask gives (the test process's umask is the CLI's), not 0600.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    struct stat written{};
    ASSERT_EQ(::stat(QFile::encodeName(xlsx).constData(), &written), 0);
    EXPECT_EQ(written.st_mode & 0777, 0666 & ~mask) << std::oct << (written.st_mode & 0777);
    const auto noFile = cli({QStringLiteral("status"), store, QStringLiteral("--format"), QStringLiteral("xlsx")});
    EXPECT_EQ(noFile.code, 2);
    EXPECT_TRUE(noFile.err.contains(QStringLiteral("--out"))) << noFile.err.toStdString();
    // No temporary file is left beside it.
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral(".*xlsx*")}, QDir::Files | QDir::Hidden).size(), 0);
}
