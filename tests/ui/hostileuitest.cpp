// The window and the report renderer as a hostile tester used them (issue "Nothing lost, ever"):
// an interrupted report, a file that is not a store, a read-only store, formulas in the gap CSV.
#include "mainwindow.h"
#include "models/gaptablemodel.h"
#include "periodsession.h"
#include "report/committeereport.h"
#include "report/reportrenderer.h"
#include "store/indicatorrepository.h"
#include "store/measurementrepository.h"
#include "store/organisationrepository.h"
#include "tempstore.h"
#include "widgets/gapview.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace malkoll;

namespace {
QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class WindowNothingLost : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        path = dir.filePath(QStringLiteral("demo.malkoll"));
        ASSERT_TRUE(malkoll::test::writeDemoStore(path));
    }
    QTemporaryDir dir;
    QString path;
};

// 5. A report that is cancelled halfway leaves the earlier PDF of that name whole.
TEST_F(WindowNothingLost, AnInterruptedReportLeavesTheEarlierFile)
{
    auto store = Store::open(path);
    ASSERT_TRUE(store);
    const qint64 committee = OrganisationRepository(*store.value()).committees().front().id;
    auto content = CommitteeReport::fromStore(*store.value(), committee, 2024, Period::T1, {});
    ASSERT_TRUE(content) << content.error().toStdString();
    const QString pdf = dir.filePath(QStringLiteral("rapport.pdf"));
    ASSERT_TRUE(ReportRenderer::writePdf(content.value(), pdf));
    const QByteArray earlier = contents(pdf);
    ASSERT_TRUE(earlier.startsWith("%PDF"));
    int calls = 0;
    auto cancelled = ReportRenderer::writePdf(content.value(), pdf, [&](int, int) { return ++calls < 3; });
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(contents(pdf), earlier) << "the cancelled report replaced or emptied the earlier one";
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("rapport*")}, QDir::Files).size(), 1);
}

// 6. File → Open on an empty file: refused, the file left at 0 bytes, the open store kept.
TEST_F(WindowNothingLost, OpeningAnEmptyFileLeavesItAndKeepsTheStore)
{
    MainWindow window;
    ASSERT_TRUE(window.openStore(path));
    const QString empty = dir.filePath(QStringLiteral("tom.malkoll"));
    QFile(empty).open(QIODevice::WriteOnly);
    auto opened = window.openStore(empty);
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().contains(QStringLiteral("empty"))) << opened.error().toStdString();
    EXPECT_EQ(QFileInfo(empty).size(), 0);
    EXPECT_EQ(window.snapshot()->committee.name, QStringLiteral("Kungsholmens stadsdelsnämnd"));
}

// 9. A read-only store is shown with the read-only banner; edits are refused; the file is unchanged.
TEST_F(WindowNothingLost, AReadOnlyStoreIsShownReadOnlyAndLeftUnchanged)
{
    const QByteArray before = contents(path);
    {
        MainWindow window;
        ASSERT_TRUE(window.openStore(path, false, true));
        EXPECT_TRUE(window.session()->isLocked());
        EXPECT_TRUE(window.session()->lockText().contains(QStringLiteral("read-only"))) << window.session()->lockText().toStdString();
        EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("read-only")));
        const IndicatorEvaluation &first = window.session()->evaluation()->indicators.front();
        Measurement m;
        m.indicatorId = first.indicator->id;
        m.period = Period::T1;
        m.outcome = 1;
        auto store = Store::open(path, Store::Options{false, -1, true});
        ASSERT_TRUE(store);
        auto saved = MeasurementRepository(*store.value()).save(m);
        ASSERT_FALSE(saved);
        EXPECT_TRUE(saved.error().contains(QStringLiteral("read-only"))) << saved.error().toStdString();
    }
    EXPECT_EQ(contents(path), before);
    EXPECT_FALSE(QDir(dir.path()).exists(QStringLiteral("demo-backups"))) << "no backup written beside a read-only store";
}

// 10. The gap view's CSV does not hand a spreadsheet a formula in a name; numbers stay numbers.
TEST_F(WindowNothingLost, TheGapCsvNeutralisesFormulas)
{
    {
        auto store = Store::open(path);
        ASSERT_TRUE(store);
        Indicator i = IndicatorRepository(*store.value()).indicators(OrganisationRepository(*store.value()).committees().front().id, 2024).front();
        i.name = QStringLiteral("=HYPERLINK(\"http://x\")");
        ASSERT_TRUE(IndicatorRepository(*store.value()).update(i));
    }
    MainWindow window;
    ASSERT_TRUE(window.openStore(path));
    window.setPeriod(2024, Period::T1);
    const QString csv = dir.filePath(QStringLiteral("gap.csv"));
    QString error;
    ASSERT_TRUE(window.gapView()->exportCsv(csv, &error)) << error.toStdString();
    const QString text = QString::fromUtf8(contents(csv));
    EXPECT_TRUE(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""))) << text.left(600).toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral(";=HYPERLINK")));
    EXPECT_TRUE(text.contains(QStringLiteral(";-0,3;"))) << "a negative deviation is a number, not neutralised";
}
