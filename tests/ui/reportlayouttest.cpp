// Report layout: a long table repeats its header row on every page and never splits a row.
#include "qtprinters.h"
#include "report/reportrenderer.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace malkoll;

TEST(ReportLayout, ThreeHundredRowTableRepeatsItsHeaderOnEveryPage)
{
    Goal goal;
    goal.id = 1;
    goal.level = GoalLevel::KfArea;
    goal.number = QStringLiteral("1.1");
    goal.title = QStringLiteral("Långt mål");
    CommitteeReport report;
    report.committee = QStringLiteral("Testnämnden");
    report.title = QStringLiteral("Tertialrapport 1");
    report.year = 2024;
    report.date = QDate(2024, 5, 20);
    report.indicatorHeader = {QStringLiteral("Indikator"), QStringLiteral("Periodens utfall"), QStringLiteral("Män"),
                              QStringLiteral("Kvinnor"), QStringLiteral("VB"), QStringLiteral("Prognos"),
                              QStringLiteral("Årsmål"), QStringLiteral("KF"), QStringLiteral("Period"),
                              QStringLiteral("Bedömning")};
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
