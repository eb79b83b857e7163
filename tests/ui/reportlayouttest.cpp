// Report layout: a long table repeats its header row on every page and never splits a row; the
// table of contents gives the page each heading is printed on; a heading never ends a page; every
// line is in the PDF's text layer once; the small-multiple charts draw their marks.
#include "charts/trendchart.h"
#include "qtprinters.h"
#include "report/pdfoutline.h"
#include "report/reportrenderer.h"

#include <QImage>
#include <QPainter>
#include <cstdlib>

#include <QProcess>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace malkoll;

namespace {
// The text of each page of a PDF, as pdftotext -raw gives it (drawing order), ligatures folded.
QStringList pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000)) return {};
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).split(QChar(u'\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty()) pages.removeLast();
    return pages;
}

// A T1 report of "Testnämnden" with the follow-up's indicator columns and no goals yet.
CommitteeReport emptyReport()
{
    CommitteeReport report;
    report.committee = QStringLiteral("Testnämnden");
    report.title = QStringLiteral("Tertialrapport 1");
    report.year = 2024;
    report.date = QDate(2024, 5, 20);
    report.indicatorHeader = {QStringLiteral("Indikator"), QStringLiteral("Periodens utfall"), QStringLiteral("Män"),
                              QStringLiteral("Kvinnor"), QStringLiteral("VB"), QStringLiteral("Prognos"),
                              QStringLiteral("Årsmål"), QStringLiteral("KF"), QStringLiteral("Period"),
                              QStringLiteral("Bedömning")};
    return report;
}

CommitteeReport reportWithGoals(int goals, int rowsPerGoal)
{
    CommitteeReport report = emptyReport();
    for (int g = 1; g <= goals; ++g) {
        ReportGoalSection section;
        section.goal.id = g;
        section.goal.level = GoalLevel::KfArea;
        section.goal.number = QStringLiteral("1.%1").arg(g);
        section.heading = QStringLiteral("Mål %1 för åldrandet och förskolan").arg(g);
        section.analysis = QStringLiteral("Analysen av mål %1 med å, ä och ö.").arg(g);
        for (int i = 1; i <= rowsPerGoal; ++i) {
            ReportIndicatorRow row;
            row.cells = {QStringLiteral("Indikator %1–%2 med ett namn som bryts över två rader i tabellen").arg(g).arg(i),
                         QStringLiteral("%1,5 %").arg(i), {}, {}, {}, {}, QStringLiteral("80 %"), {}, QStringLiteral("2024"),
                         QStringLiteral("Årsmålet nås")};
            if (i % 5 == 0) row.analysis = QStringLiteral("Analys av rad %1–%2.").arg(g).arg(i);
            row.status = IndicatorStatus::Met;
            section.indicators.push_back(row);
        }
        report.goals.push_back(section);
    }
    return report;
}
} // namespace

TEST(ReportLayout, ThreeHundredRowTableRepeatsItsHeaderOnEveryPage)
{
    Goal goal;
    goal.id = 1;
    goal.level = GoalLevel::KfArea;
    goal.number = QStringLiteral("1.1");
    goal.title = QStringLiteral("Långt mål");
    CommitteeReport report = emptyReport();
    ReportGoalSection section;
    section.goal = goal;
    section.heading = QStringLiteral("KF:s mål för verksamhetsområdet: 1.1 Långt mål");
    for (int i = 1; i <= 300; ++i) {
        ReportIndicatorRow row;
        // Every seventh name wraps over several lines, to tempt a split.
        const QString name = i % 7 == 0 ? QStringLiteral("Rad %1 med ett långt namn som bryts över flera rader i tabellen så att raden blir hög").arg(i)
                                        : QStringLiteral("Rad %1").arg(i);
        row.cells = {name, QStringLiteral("%1,5 %").arg(i), {}, {}, {}, {}, QStringLiteral("80 %"), {}, QStringLiteral("2024"),
                     QStringLiteral("Årsmålet nås")};
        row.status = IndicatorStatus::Met;
        section.indicators.push_back(row);
    }
    report.goals.push_back(section);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("lang.pdf"));
    auto pages = ReportRenderer::writePdf(report, pdf);
    ASSERT_TRUE(pages.ok()) << pages.error().toStdString();
    ASSERT_GE(pages.value(), 5);
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(60000));
    // NFKC folds the typographic ligatures (ﬂ, ﬁ) the PDF's text layer uses back into letters.
    const QStringList texts = QString::fromUtf8(p.readAllStandardOutput())
                                  .normalized(QString::NormalizationForm_KC)
                                  .split(QChar(u'\f'));
    int pagesWithRows = 0;
    for (const QString &page : texts) {
        if (!page.contains(QStringLiteral("Rad "))) continue;
        ++pagesWithRows;
        QString flat = page;
        flat.remove(QRegularExpression(QStringLiteral("\\s+")));
        // A header word may be hyphenated at a syllable ("Perio-dens"), never broken elsewhere.
        EXPECT_TRUE(QString(flat).remove(u'-').contains(QStringLiteral("Periodensutfall"))) << "header missing on a page";
        EXPECT_FALSE(flat.contains(QStringLiteral("Periodensutfall")) == false && !flat.contains(QStringLiteral("Perio-densutfall")))
            << "a header word broken outside its syllables";
    }
    EXPECT_EQ(pagesWithRows, pages.value() - 1 + (texts.first().contains(QStringLiteral("Rad ")) ? 1 : 0));
    // Every long name is whole on one page.
    const QString all = texts.join(QString());
    for (int i = 7; i <= 300; i += 7) {
        const QString name = QStringLiteral("Rad %1 med ett långt namn som bryts över flera rader i tabellen så att raden blir hög").arg(i);
        bool whole = false;
        for (const QString &page : texts) {
            QString flat = page;
            flat.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
            whole = whole || flat.contains(name);
        }
        EXPECT_TRUE(whole) << "row " << i << " is split across pages";
    }
}

TEST(ReportLayout, ContentsGiveThePageEachHeadingIsPrintedOnAndNoHeadingEndsAPage)
{
    const CommitteeReport report = reportWithGoals(7, 23);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("mål.pdf"));
    auto written = ReportRenderer::writePdf(report, pdf);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    const QStringList pages = pdfPages(pdf);
    ASSERT_EQ(pages.size(), written.value());
    ASSERT_GE(pages.size(), 6);
    const QStringList contents = pages.first().split(QLatin1Char('\n'));
    for (int g = 1; g <= 7; ++g) {
        const QString heading = QStringLiteral("Mål %1 för åldrandet och förskolan").arg(g);
        // The contents line: "<heading> <page>".
        int listed = 0;
        for (const QString &line : contents)
            if (line.startsWith(heading + QLatin1Char(' '))) listed = line.mid(heading.size() + 1).trimmed().toInt();
        ASSERT_GE(listed, 1) << heading.toStdString();
        // Printed on that page, as a heading: a line of its own, with something after it on the page.
        int printedOn = 0;
        for (qsizetype p = 0; p < pages.size(); ++p) {
            const QStringList lines = pages[p].trimmed().split(QLatin1Char('\n'));
            const qsizetype at = lines.indexOf(heading);
            if (at < 0) continue;
            EXPECT_EQ(printedOn, 0) << heading.toStdString() << " printed twice";
            printedOn = int(p) + 1;
            EXPECT_LT(at + 1, lines.size()) << heading.toStdString() << " ends page " << printedOn;
        }
        EXPECT_EQ(printedOn, listed) << heading.toStdString();
    }
}

TEST(ReportLayout, EveryLineIsInTheTextLayerOnce)
{
    // Qt draws a block that touches the clip even when it is clipped away; the text of a row cut
    // off at a page's foot would then be found on two pages.
    const CommitteeReport report = reportWithGoals(4, 31);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("en.pdf"));
    ASSERT_TRUE(ReportRenderer::writePdf(report, pdf).ok());
    const QString all = pdfPages(pdf).join(QLatin1Char('\n'));
    for (int g = 1; g <= 4; ++g)
        for (int i = 1; i <= 31; ++i) {
            const QString name = QStringLiteral("Indikator %1–%2 med").arg(g).arg(i);
            EXPECT_EQ(all.count(name), 1) << name.toStdString();
            if (i % 5 == 0) {
                EXPECT_EQ(all.count(QStringLiteral("rad %1–%2.").arg(g).arg(i)), 1) << "analysis " << g << "–" << i;
            }
        }
    EXPECT_EQ(all.count(QStringLiteral("Analysen av mål 3 med å, ä och ö.")), 1);
}

TEST(ReportCharts, ASmallMultipleDrawsItsLineVbPointsTargetAndPrognosis)
{
    TrendSeries t;
    t.name = QStringLiteral("Nöjda brukare");
    t.unit = QStringLiteral("%");
    t.firstYear = 2021;
    t.lastYear = 2024;
    t.outcomes = {{2021.33, 60}, {2022.33, 70}, {2023.33, 80}, {2024.33, 75}};
    t.vbOutcomes = {{2021.99, 62}, {2022.99, 72}};
    t.targetsByYear = {{2024, 90}};
    t.prognosis = QPointF(2024.99, 85);
    QImage image(354, 240, QImage::Format_RGB32);
    image.fill(Qt::black);
    {
        QPainter painter(&image);
        TrendChart::paint(painter, QRectF(0, 0, 354, 240), t);
    }
    auto count = [&](QColor c, int tolerance) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor p = image.pixelColor(x, y);
                if (std::abs(p.red() - c.red()) <= tolerance && std::abs(p.green() - c.green()) <= tolerance &&
                    std::abs(p.blue() - c.blue()) <= tolerance)
                    ++n;
            }
        return n;
    };
    EXPECT_EQ(count(Qt::black, 0), 0) << "the chart fills its rectangle";
    EXPECT_GT(count(QColor(0x1f, 0x5f, 0xa8), 12), 150) << "the outcome line";
    EXPECT_GT(count(QColor(0x99, 0xca, 0x53), 12), 40) << "the VB points";
    EXPECT_GT(count(QColor(0x2e, 0x7d, 0x32), 12), 40) << "the Årsmål";
    EXPECT_GT(count(QColor(0xef, 0x9a, 0x00), 12), 40) << "the prognosis";
    // The target (90) lies above the last outcome (75): its line is higher in the picture.
    auto topmost = [&](QColor c) {
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor p = image.pixelColor(x, y);
                if (std::abs(p.red() - c.red()) <= 12 && std::abs(p.green() - c.green()) <= 12 && std::abs(p.blue() - c.blue()) <= 12)
                    return y;
            }
        return -1;
    };
    EXPECT_LT(topmost(QColor(0x2e, 0x7d, 0x32)), topmost(QColor(0x1f, 0x5f, 0xa8)));
}

TEST(ReportCharts, TheValueScaleHoldsTheValuesOrIsEmpty)
{
    TrendSeries t;
    t.firstYear = t.lastYear = 2024;
    const TrendChart::Scale s = TrendChart::valueScale(t, 4);
    EXPECT_TRUE(s.empty);
    t.outcomes = {{2024.33, 3.25}};
    t.decimals = 1;
    const TrendChart::Scale v = TrendChart::valueScale(t, 4);
    EXPECT_FALSE(v.empty);
    EXPECT_LT(v.bottom, 3.25);
    EXPECT_GT(v.top, 3.25);
}

TEST(ReportLayout, ARowTallerThanAPageIsCutBetweenLinesOfCharts)
{
    // 48 indicators under one goal: their small multiples (twelve rows of four) are taller than a
    // page, so the charts' row is cut between two rows of charts, never through a chart.
    CommitteeReport report = reportWithGoals(1, 48);
    report.charts = true;
    for (size_t k = 0; k < report.goals[0].indicators.size(); ++k) {
        TrendSeries &t = report.goals[0].indicators[k].trend;
        t.name = QStringLiteral("Diagram %1").arg(k + 1);
        t.firstYear = 2021;
        t.lastYear = 2024;
        t.outcomes = {{2021.33, 10.0 + double(k)}, {2022.33, 12}, {2023.33, 11}, {2024.33, 14}};
    }
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("diagram.pdf"));
    auto written = ReportRenderer::writePdf(report, pdf);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    const QStringList pages = pdfPages(pdf);
    const QString all = pages.join(QLatin1Char('\n'));
    for (int k = 1; k <= 48; ++k) EXPECT_EQ(all.count(QRegularExpression(QStringLiteral("Diagram %1\\b").arg(k))), 1) << k;
    // Every chart whole on its page: its four value labels and its year axis together.
    int axes = 0;
    for (const QString &page : pages)
        for (const QString &line : page.split(QLatin1Char('\n')))
            if (line.trimmed() == QStringLiteral("2021 2022 2023 2024 2025")) ++axes;
    EXPECT_EQ(axes, 48);
    if (const QString shots = qEnvironmentVariable("MALKOLL_SCREENSHOT_DIR"); !shots.isEmpty())
        QFile::copy(pdf, shots + QStringLiteral("/tall-charts.pdf"));
}

// Accessibility of the document (issue 31): the PDF carries its title and language, and its
// headings are its outline (bookmarks), each pointing at the page the heading is printed on.
TEST(ReportAccessibility, ThePdfHasTitleLanguageAndItsHeadingsAsBookmarks)
{
    const CommitteeReport report = reportWithGoals(7, 23);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("mål.pdf"));
    auto written = ReportRenderer::writePdf(report, pdf);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    auto outline = PdfOutline::read(pdf);
    ASSERT_TRUE(outline.ok()) << outline.error().toStdString();
    const QStringList lines = outline.value();
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.first(), QStringLiteral("lang|sv-SE"));
    const QStringList pages = pdfPages(pdf);
    for (int g = 1; g <= 7; ++g) {
        const QString heading = QStringLiteral("Mål %1 för åldrandet och förskolan").arg(g);
        QString bookmark;
        for (const QString &l : lines)
            if (l.endsWith(u'|' + heading)) bookmark = l;
        ASSERT_FALSE(bookmark.isEmpty()) << heading.toStdString() << " is no bookmark:\n" << lines.join(u'\n').toStdString();
        const int page = bookmark.section(u'|', 1, 1).toInt();
        ASSERT_GE(page, 0);
        ASSERT_LT(page, pages.size());
        EXPECT_TRUE(pages[page].split(u'\n').contains(heading)) << heading.toStdString() << " is not on page " << page + 1;
    }
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    ASSERT_TRUE(info.waitForFinished(30000));
    EXPECT_TRUE(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("Title:"))) << "no title";
}

// The .odt's charts carry their text alternative: each picture's frame says in words what it shows.
TEST(ReportAccessibility, TheOdtChartsCarryTheirTextAlternative)
{
    CommitteeReport report = reportWithGoals(2, 3);
    report.charts = true;
    for (ReportGoalSection &s : report.goals)
        for (ReportIndicatorRow &row : s.indicators) {
            row.trend.name = row.cells.front();
            row.trend.unit = QStringLiteral("%");
            row.trend.outcomes = {{2022.0, 70.0}, {2023.0, 74.0}, {2024 + 4 / 12.0, 78.0}};
            row.trend.targetsByYear = {{2024, 80.0}};
        }
    QTemporaryDir dir;
    const QString odt = dir.filePath(QStringLiteral("rapport.odt"));
    auto written = ReportRenderer::writeOdt(report, odt, false);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    QProcess unzip;
    unzip.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"), QStringLiteral("import zipfile,sys; print(zipfile.ZipFile(sys.argv[1]).read('content.xml').decode())"), odt});
    ASSERT_TRUE(unzip.waitForFinished(30000));
    const QString content = QString::fromUtf8(unzip.readAllStandardOutput());
    EXPECT_EQ(content.count(QStringLiteral("<svg:desc>")), 6) << content.left(2000).toStdString();
    EXPECT_TRUE(content.contains(QStringLiteral("3 utfall från 70 % (VB 2021) till 78 % (T1 2024); värdet har ökat."))) << "the words of a chart";
    EXPECT_TRUE(content.contains(QStringLiteral("Årsmål 2024: 80 %.")));
}
