// The committee report as the committee reads it: the CLI writes a PDF of the demo store, and
// pdftotext shows the headings, every indicator, Swedish figures and computed deviations in order.
#include "calc/evaluator.h"
#include "clirun.h"
#include "qtprinters.h"
#include "tempstore.h"
#include "import/reportparser.h"
#include "report/committeereport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {
using Output = malkoll::test::CliRun;
Output run(const QString &program, const QStringList &args) { return malkoll::test::runProgram(program, args); }

// The text of every page, as pdftotext gives it.
QStringList pagesOf(const QString &pdf)
{
    // -raw keeps the drawing order: a table cell's lines stay together.
    const Output o = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    EXPECT_EQ(o.code, 0) << o.err.toStdString();
    // NFKC folds the typographic ligatures (ﬂ, ﬁ) of the PDF's text layer back into letters.
    QStringList pages = o.out.normalized(QString::NormalizationForm_KC).split(QChar(u'\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty()) pages.removeLast();
    return pages;
}

QString squash(QString s) { return s.remove(QRegularExpression(QStringLiteral("\\s+"))); }

class Report : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        dir = new QTemporaryDir;
        store = dir->filePath(QStringLiteral("demo.malkoll"));
        ASSERT_TRUE(malkoll::test::writeDemoStore(store));
    }
    static void TearDownTestSuite() { delete dir; }
    static QTemporaryDir *dir;
    static QString store;
};
QTemporaryDir *Report::dir = nullptr;
QString Report::store;
} // namespace

TEST_F(Report, DemoReportHasHeadingsIndicatorsFiguresAndDeviationsInOrder)
{
    const QString pdf = dir->filePath(QStringLiteral("rapport.pdf"));
    const Output o = run(QStringLiteral(MALKOLL_CLI), {QStringLiteral("report"), store, QStringLiteral("--year"),
                                                       QStringLiteral("2024"), QStringLiteral("--period"),
                                                       QStringLiteral("T1"), QStringLiteral("--out"), pdf});
    ASSERT_EQ(o.code, 0) << o.err.toStdString();
    const QStringList pages = pagesOf(pdf);
    ASSERT_GT(pages.size(), 10);
    const QString all = pages.join(QString());
    const QString flat = squash(all);
    // Every page: header with the committee, footer "sida x (y)".
    for (qsizetype i = 0; i < pages.size(); ++i) {
        EXPECT_TRUE(squash(pages[i]).contains(QStringLiteral("Kungsholmensstadsdelsnämnd–Tertialrapport12024"))) << "page " << i + 1;
        EXPECT_TRUE(pages[i].contains(QStringLiteral("sida %1 (%2)").arg(i + 1).arg(pages.size()))) << "page " << i + 1;
    }
    // The structure in order.
    const QStringList order{QStringLiteral("Förslagtillbeslut"), QStringLiteral("Innehåll"),
                            QStringLiteral("Sammanfattandeanalys"), QStringLiteral("KF:sinriktningsmål:1."),
                            QStringLiteral("KF:smålförverksamhetsområdet:1.1"), QStringLiteral("Nämndmål:1.1.1"),
                            QStringLiteral("KF:smålförverksamhetsområdet:1.2"), QStringLiteral("KF:sinriktningsmål:2."),
                            QStringLiteral("KF:sinriktningsmål:3."), QStringLiteral("Nämndmål:3.7.1"),
                            QStringLiteral("Ekonomi"), QStringLiteral("Resultatenheter(tkr)")};
    qsizetype at = 0;
    for (const QString &h : order) {
        const qsizetype found = flat.indexOf(h, at);
        EXPECT_GE(found, 0) << h.toStdString() << " missing or out of order";
        if (found >= 0) at = found;
    }
    // Every indicator of the report (88), by name.
    const Output tsv = run(QStringLiteral(MALKOLL_CLI), {QStringLiteral("status"), store, QStringLiteral("--format"),
                                                         QStringLiteral("tsv"), QStringLiteral("--year"), QStringLiteral("2024")});
    int indicators = 0;
    bool inIndicators = false;
    for (const QString &line : tsv.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("# "))) inIndicators = line == QLatin1String("# Indikatorer");
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (!inIndicators || cells.size() < 3 || cells[0] == QStringLiteral("Nämnd") || cells[2].isEmpty()) continue;
        ++indicators;
        EXPECT_TRUE(flat.contains(squash(cells[2]))) << cells[2].toStdString();
    }
    EXPECT_EQ(indicators, 88);
    // Swedish figures and computed values.
    EXPECT_TRUE(all.contains(QStringLiteral("34,9 %")));
    EXPECT_TRUE(all.contains(QStringLiteral("16,7 barn/avd.")) || flat.contains(QStringLiteral("16,7barn/avd.")));
    EXPECT_TRUE(all.contains(QStringLiteral("−5,0"))) << "Ekonomiskt bistånd's computed deviation";
    EXPECT_TRUE(flat.contains(QStringLiteral("Totalt1424,30,08,81433,11433,10,0")));
    EXPECT_TRUE(all.contains(QStringLiteral("Årsmålet nås inte")) || flat.contains(QStringLiteral("Årsmåletnåsinte")));
    EXPECT_TRUE(flat.contains(QStringLiteral("av28KF-indikatorerbedömsnååremålet")) ||
                QRegularExpression(QStringLiteral("\\d+avd+KF-indikatorerbedömsnååremålet")).match(flat).hasMatch() ||
                flat.contains(QStringLiteral("KF-indikatorerbedömsnåårsmålet")));
}

TEST_F(Report, UnitReportHasOnlyTheUnitsIndicators)
{
    const QString pdf = dir->filePath(QStringLiteral("enhet.pdf"));
    const Output o = run(QStringLiteral(MALKOLL_CLI), {QStringLiteral("report"), store, QStringLiteral("--unit"),
                                                       QStringLiteral("Förskoleavdelningen"), QStringLiteral("--out"), pdf});
    ASSERT_EQ(o.code, 0) << o.err.toStdString();
    const QString flat = squash(pagesOf(pdf).join(QString()));
    EXPECT_TRUE(flat.contains(QStringLiteral("Enhet:Förskoleavdelningen")));
    EXPECT_TRUE(flat.contains(QStringLiteral("Antalbarnpergrupp")));      // a preschool indicator
    EXPECT_FALSE(flat.contains(QStringLiteral("Sjukfrånvarodag1-14")));   // another unit's
    EXPECT_FALSE(flat.contains(QStringLiteral("Driftbudget")));           // the economy is the committee's
    EXPECT_TRUE(flat.contains(QStringLiteral("Ingen")));                   // goals the unit does not assess
}

TEST_F(Report, ChartsAddATrendChartPerIndicator)
{
    const QString pdf = dir->filePath(QStringLiteral("diagram.pdf"));
    const Output o = run(QStringLiteral(MALKOLL_CLI), {QStringLiteral("report"), store, QStringLiteral("--goal"),
                                                       QStringLiteral("1"), QStringLiteral("--charts"),
                                                       QStringLiteral("--out"), pdf});
    ASSERT_EQ(o.code, 0) << o.err.toStdString();
    // The charts are vector graphics, not images: no image in the PDF, and each chart's year axis
    // ("2021 2022 2023 2024 2025", ending with the year after the report's) in the text layer —
    // one per indicator of inriktningsmål 1 (2 + 3 + 6 + 3 + 2 + 10 + 5 + 6 + 7 + 4 + 5 = 53).
    const Output images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    ASSERT_EQ(images.code, 0);
    EXPECT_EQ(images.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2) << "only pdfimages' header lines";
    const QRegularExpression yearAxis(QStringLiteral("^(\\d{4} )*2025$"));
    int charts = 0;
    for (const QString &line : pagesOf(pdf).join(QLatin1Char('\n')).split(QLatin1Char('\n')))
        if (yearAxis.match(line.trimmed()).hasMatch()) ++charts;
    EXPECT_EQ(charts, 53);
    const QString flat = squash(pagesOf(pdf).join(QString()));
    EXPECT_TRUE(flat.contains(QStringLiteral("KF:sinriktningsmål:1.")));
    EXPECT_FALSE(flat.contains(QStringLiteral("KF:sinriktningsmål:2."))) << "--goal 1 prints only inriktningsmål 1";
}

TEST_F(Report, BadArgumentsAreRefusedAndNoFileIsLeft)
{
    const QString pdf = dir->filePath(QStringLiteral("x.pdf"));
    EXPECT_EQ(run(QStringLiteral(MALKOLL_CLI), {QStringLiteral("report"), store, QStringLiteral("--unit"),
                                                QStringLiteral("Finns inte"), QStringLiteral("--out"), pdf}).code, 1);
    EXPECT_EQ(run(QStringLiteral(MALKOLL_CLI), {QStringLiteral("report"), store, QStringLiteral("--period"),
                                                QStringLiteral("T5"), QStringLiteral("--out"), pdf}).code, 2);
    EXPECT_FALSE(QFile::exists(pdf));
}

// Issue 15: the plan as a document. The Hässelby-Vällingby plan of 2021 read in, then printed as
// the Verksamhetsplan: every goal and indicator name whole, the plan's columns, activities with
// their dates, the budget per verksamhetsområde; and a new year's plan from the demo.
TEST_F(Report, ThePlanAsADocument)
{
    const QString reference = QStringLiteral(MALKOLL_TEST_DATA "/reports/reference_vp2021_hasselby.txt");
    const QString planStore = dir->filePath(QStringLiteral("plan.malkoll"));
    ASSERT_EQ(run(QStringLiteral(MALKOLL_CLI), {QStringLiteral("import-report"), reference, QStringLiteral("--store"), planStore}).code, 0);
    const QString pdf = dir->filePath(QStringLiteral("vp2021.pdf"));
    const Output o = run(QStringLiteral(MALKOLL_CLI), {QStringLiteral("report"), planStore, QStringLiteral("--year"), QStringLiteral("2021"),
                                                       QStringLiteral("--period"), QStringLiteral("VP"), QStringLiteral("--out"), pdf});
    ASSERT_EQ(o.code, 0) << o.err.toStdString();
    const QStringList pages = pagesOf(pdf);
    const QString flat = squash(pages.join(QString()));
    EXPECT_TRUE(squash(pages.first()).contains(QStringLiteral("Hässelby-Vällingbystadsdelsnämnd–Verksamhetsplan2021")));
    for (const QString &column : {QStringLiteral("Indikator"), QStringLiteral("Årsmål"), QStringLiteral("KF:sårsmål"),
                                  QStringLiteral("Periodicitet"), QStringLiteral("Startdatum"), QStringLiteral("Slutdatum"),
                                  QStringLiteral("Förväntatresultat"), QStringLiteral("Budget2021perverksamhetsområde(mnkrnetto)")})
        EXPECT_TRUE(flat.contains(column)) << column.toStdString();
    EXPECT_FALSE(flat.contains(QStringLiteral("Periodensutfall"))) << "a plan has no outcomes";
    QFile f(reference);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const malkoll::ParsedReport plan = malkoll::ReportParser::parse(f.readAll());
    for (const malkoll::ParsedGoal &g : plan.goals)
        EXPECT_TRUE(flat.contains(squash(g.title).normalized(QString::NormalizationForm_KC))) << g.title.toStdString();
    for (const malkoll::ParsedIndicator &i : plan.indicators)
        EXPECT_TRUE(flat.contains(squash(i.name).normalized(QString::NormalizationForm_KC))) << i.name.toStdString();
    EXPECT_TRUE(flat.contains(QStringLiteral("2021-01-01"))) << "activities with their dates";

    // Next year's plan from the demo: "Verksamhetsplan 2025" on every page.
    const QString demo = dir->filePath(QStringLiteral("demo2025.malkoll"));
    ASSERT_TRUE(malkoll::test::writeDemoStore(demo));
    ASSERT_EQ(run(QStringLiteral(MALKOLL_CLI), {QStringLiteral("new-year"), demo, QStringLiteral("--from"), QStringLiteral("2024"),
                                               QStringLiteral("--to"), QStringLiteral("2025")})
                  .code,
              0);
    const QString vp = dir->filePath(QStringLiteral("vp2025.pdf"));
    ASSERT_EQ(run(QStringLiteral(MALKOLL_CLI), {QStringLiteral("report"), demo, QStringLiteral("--year"), QStringLiteral("2025"),
                                               QStringLiteral("--period"), QStringLiteral("VP"), QStringLiteral("--out"), vp})
                  .code,
              0);
    for (const QString &page : pagesOf(vp)) EXPECT_TRUE(squash(page).contains(QStringLiteral("Verksamhetsplan2025")));
}

// The city's report (issue 30) as stadsledningskontoret reads it: title, contents with page
// numbers, every KF goal with each committee's assessment, each KF indicator's committees, the
// city's counts — the same figures as `malkoll-cli city`.
TEST(CityReport, EveryKfGoalWithTheCommitteesAndTheCitysCounts)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("stad.malkoll"));
    ASSERT_EQ(run(QStringLiteral(MALKOLL_CLI), {QStringLiteral("generate"), QStringLiteral("--out"), store, QStringLiteral("--committees"),
                                                QStringLiteral("3"), QStringLiteral("--years"), QStringLiteral("1")})
                  .code,
              0);
    const QString pdf = dir.filePath(QStringLiteral("stad.pdf"));
    const Output written = run(QStringLiteral(MALKOLL_CLI), {QStringLiteral("report"), store, QStringLiteral("--city"), QStringLiteral("--year"),
                                                             QStringLiteral("2024"), QStringLiteral("--period"), QStringLiteral("T2"),
                                                             QStringLiteral("--out"), pdf, QStringLiteral("--date"), QStringLiteral("2024-09-15")});
    ASSERT_EQ(written.code, 0) << written.err.toStdString();
    const QStringList pages = pagesOf(pdf);
    ASSERT_GE(pages.size(), 2);
    const QString all = pages.join(u'\n');
    EXPECT_TRUE(pages.front().contains(QStringLiteral("Tertialrapport 2 2024")));
    EXPECT_TRUE(pages.front().contains(QStringLiteral("Innehåll")));
    EXPECT_TRUE(pages.back().contains(QStringLiteral("sida %1 (%1)").arg(pages.size())));
    EXPECT_TRUE(all.contains(QStringLiteral("2024-09-15")));
    // The contents give the page each KF goal is printed on.
    const QRegularExpression tocLine(QStringLiteral("^1\\.2 Mål för verksamhetsområdet 1\\.2 (\\d+)$"), QRegularExpression::MultilineOption);
    const auto toc = tocLine.match(pages.front());
    ASSERT_TRUE(toc.hasMatch()) << pages.front().toStdString();
    const int page = toc.captured(1).toInt();
    ASSERT_LE(page, pages.size());
    EXPECT_TRUE(pages.at(page - 1).contains(QStringLiteral("KF:s mål för verksamhetsområdet: 1.2"))) << page;
    for (const char *committee : {"Kungsholmen", "Norrmalm", "Östermalm"}) EXPECT_GE(all.count(QString::fromUtf8(committee)), 10) << committee;
    // The city's counts are the city view's.
    const Output view = run(QStringLiteral(MALKOLL_CLI), {QStringLiteral("city"), store, QStringLiteral("--year"), QStringLiteral("2024"),
                                                          QStringLiteral("--period"), QStringLiteral("T2"), QStringLiteral("--format"),
                                                          QStringLiteral("tsv")});
    ASSERT_EQ(view.code, 0);
    const QString counts = view.out.section(QStringLiteral("# KF-mål, nämnderna samman\n"), 1).section(u'\n', 1, 1); // the first KF goal
    const QStringList c = counts.split(u'\t');
    ASSERT_EQ(c.size(), 5) << counts.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Uppfylls helt i %1, delvis i %2, inte i %3 nämnder").arg(c[1], c[2], c[3]))) << counts.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Inlämning")));
}
