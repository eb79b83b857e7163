// The controller's gap view: filters, sorting, findings and the CSV that Swedish Excel opens.
#include "sample/demoloader.h"
#include "mainwindow.h"
#include "models/gaptablemodel.h"
#include "models/goaltreemodel.h"
#include "periodsession.h"
#include "qtprinters.h"
#include "store/economyrepository.h"
#include "store/organisationrepository.h"
#include "store/store.h"
#include "tempstore.h"
#include "widgets/gapview.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include "xlsxexport.h"
#include "widgets/planview.h"
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeView>
#include <QStandardItemModel>
#include <QTreeWidget>
#include <QComboBox>
#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>
#include "widgets/economyview.h"
#include "widgets/overviewview.h"
#include <gtest/gtest.h>
#include <set>

using namespace malkoll;

class Gaps : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        path = dir.filePath(QStringLiteral("demo.malkoll"));
        ASSERT_TRUE(malkoll::test::writeDemoStore(path));
        ASSERT_TRUE(window.openStore(path).ok());
        filter = window.gapView()->filterModel();
    }
    int expectedCount(const std::function<bool(const IndicatorEvaluation &)> &pred) const
    {
        int n = 0;
        for (const IndicatorEvaluation &e : window.session()->evaluation()->indicators) n += pred(e) ? 1 : 0;
        return n;
    }
    QTemporaryDir dir;
    QString path;
    MainWindow window;
    GapFilterModel *filter = nullptr;
};

TEST_F(Gaps, EveryIndicatorOfThePeriodIsARow)
{
    EXPECT_EQ(filter->rowCount(), 88);
}

TEST_F(Gaps, FiltersByStatusKindUnitGoalAndText)
{
    filter->setStatus(IndicatorStatus::NotMet);
    const int notMet = expectedCount([](const IndicatorEvaluation &e) { return e.expected == IndicatorStatus::NotMet; });
    ASSERT_GT(notMet, 0);
    EXPECT_EQ(filter->rowCount(), notMet);
    filter->setStatus(std::nullopt);
    filter->setOrigin(Origin::KF);
    EXPECT_EQ(filter->rowCount(), expectedCount([](const IndicatorEvaluation &e) { return e.indicator->origin == Origin::KF; }));
    filter->setOrigin(std::nullopt);
    const auto snap = window.snapshot();
    qint64 preschool = 0;
    for (const Unit &u : snap->units)
        if (u.name == QStringLiteral("Förskoleavdelningen")) preschool = u.id;
    filter->setUnit(preschool);
    EXPECT_EQ(filter->rowCount(), expectedCount([&](const IndicatorEvaluation &e) { return e.indicator->responsibleUnitId == preschool; }));
    filter->setUnit(0);
    std::vector<qint64> goals;
    for (const Goal &g : snap->goals)
        if (g.number == QLatin1String("1.2")) goals = {g.id};
    for (const Goal *g : snap->subtree(goals.front())) goals.push_back(g->id);
    filter->setGoal(goals);
    EXPECT_EQ(filter->rowCount(), 11); // 1.2 itself 6, 1.2.1 3, 1.2.2 2
    filter->setGoal({});
    filter->setFilterFixedString(QStringLiteral("barn per grupp"));
    ASSERT_EQ(filter->rowCount(), 1);
    EXPECT_EQ(filter->index(0, GapTableModel::IndicatorColumn).data().toString(), QStringLiteral("Antal barn per grupp"));
}

TEST_F(Gaps, OnlyWithFindingsAndTheFindingsTree)
{
    std::set<qint64> withFindings;
    std::set<int> kinds;
    for (const Finding &f : window.session()->evaluation()->findings) {
        if (f.indicatorId) withFindings.insert(f.indicatorId);
        kinds.insert(int(f.kind));
    }
    filter->setOnlyWithFindings(true);
    EXPECT_EQ(filter->rowCount(), int(withFindings.size()));
    QTreeWidget *tree = window.gapView()->findingsTree();
    EXPECT_EQ(tree->topLevelItemCount(), int(kinds.size()));
    // Jumping to a finding's goal selects it in the goal tree.
    QTreeWidgetItem *first = tree->topLevelItem(0)->child(0);
    const qint64 goal = first->data(0, Qt::UserRole).toLongLong();
    emit window.gapView()->goToGoal(goal);
    EXPECT_EQ(window.goalModel()->data(window.findChild<QTreeView *>(QStringLiteral("goalTree"))->currentIndex(),
                                       GoalTreeModel::GoalIdRole)
                  .toLongLong(),
              goal);
}

TEST_F(Gaps, SortsByDeviationWorstFirst)
{
    filter->sort(GapTableModel::DeviationPercentColumn, Qt::AscendingOrder);
    double previous = -1e300;
    int numbered = 0;
    for (int r = 0; r < filter->rowCount(); ++r) {
        const QVariant v = filter->index(r, GapTableModel::DeviationPercentColumn).data(GapTableModel::SortRole);
        if (!v.isValid() || v.isNull()) continue;
        EXPECT_GE(v.toDouble(), previous);
        previous = v.toDouble();
        ++numbered;
    }
    EXPECT_GT(numbered, 10);
}

TEST_F(Gaps, CsvOpensInSwedishExcel)
{
    const QString csv = dir.filePath(QStringLiteral("avvikelser.csv"));
    QString error;
    ASSERT_TRUE(window.gapView()->exportCsv(csv, &error)) << error.toStdString();
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "UTF-8 with BOM";
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 89); // header + 88
    const QStringList header = lines.first().split(QLatin1Char(';'));
    EXPECT_EQ(header.size(), int(GapTableModel::ColumnCount));
    bool found = false;
    for (const QString &line : lines) {
        if (!line.contains(QStringLiteral("Antal barn per anställd i förskolan"))) continue;
        const QStringList cells = line.split(QLatin1Char(';'));
        ASSERT_EQ(cells.size(), int(GapTableModel::ColumnCount));
        EXPECT_EQ(cells[GapTableModel::OutcomeColumn], QStringLiteral("5,2"));
        EXPECT_EQ(cells[GapTableModel::DeviationColumn], QStringLiteral("-0,3"));
        found = true;
    }
    EXPECT_TRUE(found);
}

TEST_F(Gaps, EconomyViewComputesDeviationsAndTheTotalFromItsLines)
{
    QStandardItemModel *budget = window.economyView()->budgetModel();
    ASSERT_EQ(budget->rowCount(), 18); // 12 lines + 5 varav + Totalt
    const int last = budget->rowCount() - 1;
    EXPECT_FALSE(budget->item(last, 0)->text().isEmpty());
    EXPECT_EQ(budget->item(last, 1)->text(), QStringLiteral("1 424,3"));
    EXPECT_EQ(budget->item(last, 5)->text(), QStringLiteral("1 433,1"));
    EXPECT_EQ(budget->item(last, 6)->text(), QStringLiteral("0,0"));
    bool assistance = false;
    for (int r = 0; r < budget->rowCount(); ++r) {
        if (budget->item(r, 0)->text() == QStringLiteral("Ekonomiskt bistånd")) {
            EXPECT_EQ(budget->item(r, 6)->text(), QString(QChar(0x2212)) + QStringLiteral("5,0"));
            assistance = true;
        }
        if (budget->item(r, 0)->text().contains(QStringLiteral("varav"))) {
            EXPECT_TRUE(budget->item(r, 0)->text().startsWith(QStringLiteral("    "))) << "varav rows are indented";
        }
    }
    EXPECT_TRUE(assistance);
    EXPECT_EQ(window.economyView()->chartBarCount(), 12);
    QStandardItemModel *units = window.economyView()->resultUnitModel();
    EXPECT_EQ(units->rowCount(), 12);
}

TEST_F(Gaps, OverviewCountsStatusesPerGoalAndComparesAssessmentsWithSuggestions)
{
    OverviewView *o = window.overviewView();
    const auto totals = o->totals();
    EXPECT_EQ(totals[0] + totals[1] + totals[2] + totals[3], 88);
    QTreeWidget *tree = o->tree();
    ASSERT_EQ(tree->topLevelItemCount(), 3);
    int sum = 0;
    for (int i = 0; i < 3; ++i)
        for (int c = 1; c <= 4; ++c) sum += tree->topLevelItem(i)->text(c).toInt();
    EXPECT_EQ(sum, 88) << "the inriktningsmål together hold every indicator";
    QTreeWidgetItem *one = tree->topLevelItem(0);
    EXPECT_EQ(one->childCount(), 5);
    QTreeWidgetItem *g12 = one->child(1);
    EXPECT_TRUE(g12->text(0).startsWith(QStringLiteral("1.2 ")));
    EXPECT_EQ(g12->text(1).toInt() + g12->text(2).toInt() + g12->text(3).toInt() + g12->text(4).toInt(), 11);
    EXPECT_NE(g12->text(5), g12->text(6)) << "1.2 is assessed helt but suggested delvis";
}

// Excel out from the window: the gap view as filtered, the economy tables and the year's
// indicator list, each read back with openpyxl (Debian's python3-openpyxl).
TEST_F(Gaps, TheGapViewEconomyAndIndicatorListAsWorkbooksReadBackWithOpenpyxl)
{
    filter->setStatus(IndicatorStatus::NotMet);
    const int notMet = filter->rowCount();
    ASSERT_GT(notMet, 0);
    const QString gaps = dir.filePath(QStringLiteral("gaps.xlsx"));
    const QString economy = dir.filePath(QStringLiteral("economy.xlsx"));
    const QString plan = dir.filePath(QStringLiteral("plan.xlsx"));
    ASSERT_TRUE(XlsxExport::write(window.gapView()->exportTables(), gaps, false));
    ASSERT_TRUE(XlsxExport::write(window.economyView()->exportTables(), economy, false));
    ASSERT_TRUE(XlsxExport::write(window.planView()->exportTables(), plan, false));
    EXPECT_FALSE(XlsxExport::write(window.planView()->exportTables(), plan, false)) << "an existing file is kept";

    const QString script = QStringLiteral(R"(
import json, sys, openpyxl
out = {}
for path in sys.argv[1:]:
    wb = openpyxl.load_workbook(path)
    out[path] = {ws.title: {"rows": [[{"v": c.value, "f": c.number_format} for c in row] for row in ws.iter_rows()],
                            "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref} for ws in wb.worksheets}
print(json.dumps(out))
)");
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, gaps, economy, plan});
    ASSERT_TRUE(python.waitForFinished(60000));
    ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    const QJsonObject books = QJsonDocument::fromJson(python.readAllStandardOutput()).object();

    const QJsonObject gapBook = books.value(gaps).toObject();
    ASSERT_EQ(gapBook.size(), 1);
    const QJsonObject gapSheet = gapBook.begin().value().toObject();
    EXPECT_EQ(gapBook.begin().key(), QStringLiteral("Gaps T1 2024"));
    const QJsonArray gapRows = gapSheet.value(QStringLiteral("rows")).toArray();
    EXPECT_EQ(gapRows.size(), notMet + 1) << "the filtered rows under the header";
    EXPECT_EQ(gapSheet.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
    // The forecast of a percent indicator is a number shown as a percentage.
    const QJsonArray header = gapRows[0].toArray();
    int outcomeColumn = -1;
    for (int c = 0; c < header.size(); ++c)
        if (header[c].toObject().value(QStringLiteral("v")).toString() == u"Full-year forecast") outcomeColumn = c;
    ASSERT_GE(outcomeColumn, 0);
    bool sawPercent = false;
    for (int r = 1; r < gapRows.size(); ++r) {
        const QJsonObject outcome = gapRows[r].toArray()[outcomeColumn].toObject();
        if (outcome.value(QStringLiteral("v")).isNull()) continue;
        EXPECT_TRUE(outcome.value(QStringLiteral("v")).isDouble()) << "row " << r;
        if (!outcome.value(QStringLiteral("f")).toString().endsWith(u'%')) continue;
        EXPECT_LE(outcome.value(QStringLiteral("v")).toDouble(), 1.0) << "a percentage is stored as a fraction";
        sawPercent = true;
    }
    EXPECT_TRUE(sawPercent);

    const QJsonObject economyBook = books.value(economy).toObject();
    EXPECT_EQ(economyBook.keys(), (QStringList{QStringLiteral("Investments"), QStringLiteral("Result units"), QStringLiteral("Verksamhetsområden")}));
    const QJsonArray budget = economyBook.value(QStringLiteral("Verksamhetsområden")).toObject().value(QStringLiteral("rows")).toArray();
    EXPECT_EQ(budget.size(), window.economyView()->budgetModel()->rowCount() + 1);
    bool sawNumber = false;
    for (const QJsonValue &cell : budget[1].toArray()) sawNumber = sawNumber || cell.toObject().value(QStringLiteral("v")).isDouble();
    EXPECT_TRUE(sawNumber) << "the budget figures are numbers";

    const QJsonObject planBook = books.value(plan).toObject();
    const QJsonArray indicators = planBook.value(QStringLiteral("Indicators 2024")).toObject().value(QStringLiteral("rows")).toArray();
    EXPECT_EQ(indicators.size(), 89) << "88 indicators under the header";
    // KF:s årsmål: "71 %" is the number 0.71 shown as a percentage; "Öka" and "Fastställs 2024"
    // stay text in the same column.
    bool sawTargetNumber = false, sawTargetWord = false;
    for (int r = 1; r < indicators.size(); ++r) {
        const QJsonObject target = indicators[r].toArray()[9].toObject();
        if (target.value(QStringLiteral("v")).toDouble() == 0.71) sawTargetNumber = target.value(QStringLiteral("f")).toString() == u"0%";
        sawTargetWord = sawTargetWord || target.value(QStringLiteral("v")).toString() == u"Öka";
    }
    // The number of decimals is a count, not a percentage.
    EXPECT_FALSE(indicators[1].toArray()[4].toObject().value(QStringLiteral("f")).toString().contains(u'%'));
    EXPECT_TRUE(sawTargetNumber);
    EXPECT_TRUE(sawTargetWord);
}

// Every heading readable and every figure whole (issue: “Full-year forecas…” and “−1,2 barn/av…”
// at 1366×768); a width the user chose for a column is kept when the period is read again.
TEST_F(Gaps, EveryHeadingAndFigureFitsItsColumn)
{
    auto *table = window.gapView()->findChild<QTableView *>(QStringLiteral("gapTable"));
    ASSERT_NE(table, nullptr);
    // On screen, as the controller looks at it (the columns are measured when the table is shown).
    window.resize(1366, 700);
    window.show();
    window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentIndex(1);
    QApplication::processEvents();
    ASSERT_TRUE(table->isVisible());
    QHeaderView *header = table->horizontalHeader();
    for (int c = 0; c < GapTableModel::ColumnCount; ++c) {
        if (c == GapTableModel::IndicatorColumn) continue; // its text wraps
        const std::string name = filter->headerData(c, Qt::Horizontal).toString().toStdString();
        EXPECT_GE(header->sectionSize(c), header->sectionSizeHint(c)) << "the heading “" << name << "” is cut";
    }
    // Sized to its contents, a figure column would not grow: its widest figure fits already.
    for (int c : {int(GapTableModel::OutcomeColumn), int(GapTableModel::PrognosisColumn), int(GapTableModel::DeviationColumn),
                  int(GapTableModel::DeviationPercentColumn)}) {
        const int width = header->sectionSize(c);
        table->resizeColumnToContents(c);
        EXPECT_LE(header->sectionSize(c), width)
            << "a figure of “" << filter->headerData(c, Qt::Horizontal).toString().toStdString() << "” is cut";
    }
    header->resizeSection(GapTableModel::OutcomeColumn, 400);
    auto *period = window.findChild<QComboBox *>(QStringLiteral("periodBox"));
    ASSERT_NE(period, nullptr);
    period->setCurrentIndex(1); // Tertialrapport 2: the period read again
    ASSERT_EQ(window.session()->snapshot()->period, Period::T2);
    EXPECT_EQ(header->sectionSize(GapTableModel::OutcomeColumn), 400);
}

// The economy chart names each area whole (in lines, not cut to 16 characters and “…”), and two
// areas whose names begin alike, or are alike, are two bars: the axis merges equal labels, which
// put the bars under the wrong names.
TEST(EconomyChart, NamesEveryAreaWholeAndKeepsAlikeNamesApart)
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.malkoll"));
    ASSERT_TRUE(malkoll::test::writeDemoStore(path));
    const QStringList added{QStringLiteral("Stöd och service till personer med funktionsnedsättning – boende"),
                            QStringLiteral("Stöd och service till personer med funktionsnedsättning – daglig verksamhet")};
    {
        auto store = Store::open(path);
        ASSERT_TRUE(store.ok());
        const qint64 committee = OrganisationRepository(*store.value()).committees().front().id;
        for (const QString &name : added + QStringList{added.front()}) { // and one name twice
            BudgetLine line;
            line.committeeId = committee;
            line.year = 2024;
            line.period = Period::T1;
            line.name = name;
            line.sortOrder = 100;
            line.budget = 10;
            line.forecastAfter = 10;
            ASSERT_TRUE(EconomyRepository(*store.value()).addBudgetLine(line).ok());
        }
    }
    MainWindow window;
    ASSERT_TRUE(window.openStore(path).ok());
    EconomyView *economy = window.economyView();
    const QStringList labels = economy->chartLabels();
    ASSERT_EQ(economy->chartBarCount(), 15);
    ASSERT_EQ(labels.size(), 15);
    EXPECT_EQ(QSet<QString>(labels.begin(), labels.end()).size(), 15) << "two bars under one label";
    QStringList read;
    for (QString label : labels) read << label.replace(QStringLiteral("<br>"), QStringLiteral(" ")).remove(QChar(0x200B));
    for (const QString &name : added) EXPECT_TRUE(read.contains(name)) << name.toStdString() << " is not named whole";
    EXPECT_TRUE(read.contains(QStringLiteral("Nämnd och administration")));
    for (const QString &label : read) EXPECT_FALSE(label.contains(QChar(0x2026))) << label.toStdString();
}
