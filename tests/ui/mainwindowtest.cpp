// The main window opened offscreen on the demo store.
#include "demowindow.h"
#include "sample/demoloader.h"
#include "mainwindow.h"
#include "models/activitytablemodel.h"
#include "models/goaltreemodel.h"
#include "models/indicatortablemodel.h"
#include "tempstore.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace malkoll;

class MainWindowTest : public malkoll::test::DemoWindowTest
{
protected:
    QModelIndex find(const QAbstractItemModel *model, const QString &number, const QModelIndex &parent = {})
    {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, GoalTreeModel::NumberColumn, parent);
            if (i.data().toString() == number) return i;
            if (auto found = find(model, number, i); found.isValid()) return found;
        }
        return {};
    }
};

TEST_F(MainWindowTest, GoalTreeShowsTheThreeInriktningsmalWithTheirGoals)
{
    const GoalTreeModel *model = window.goalModel();
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_EQ(model->index(0, GoalTreeModel::NumberColumn).data().toString(), QStringLiteral("1"));
    EXPECT_TRUE(model->index(0, GoalTreeModel::TitleColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Ett Stockholm som håller samman")));
    EXPECT_EQ(model->rowCount(model->index(0, 0)), 5);
    EXPECT_EQ(model->rowCount(model->index(1, 0)), 4);
    EXPECT_EQ(model->rowCount(model->index(2, 0)), 7);
    const QModelIndex g13 = find(model, QStringLiteral("1.3"));
    ASSERT_TRUE(g13.isValid());
    EXPECT_EQ(model->rowCount(g13), 5);
    // The assessment shows as its icon, its words in the tooltip (the title keeps the width).
    EXPECT_FALSE(g13.siblingAtColumn(GoalTreeModel::AssessmentColumn).data(Qt::ToolTipRole).toString().isEmpty());
    EXPECT_FALSE(g13.siblingAtColumn(GoalTreeModel::AssessmentColumn).data(Qt::DecorationRole).isNull());
}

TEST_F(MainWindowTest, SelectingAGoalShowsItsIndicatorsInSwedishFormat)
{
    const QModelIndex g12 = find(window.goalModel(), QStringLiteral("1.2"));
    ASSERT_TRUE(g12.isValid());
    window.selectGoal(g12.data(GoalTreeModel::GoalIdRole).toLongLong());
    const IndicatorTableModel *ind = window.indicatorModel();
    ASSERT_EQ(ind->rowCount(), 6);
    EXPECT_EQ(window.activityModel()->rowCount(), 1);
    int groupRow = -1;
    for (int r = 0; r < ind->rowCount(); ++r)
        if (ind->index(r, IndicatorTableModel::NameColumn).data().toString() == QStringLiteral("Antal barn per grupp"))
            groupRow = r;
    ASSERT_GE(groupRow, 0);
    EXPECT_EQ(ind->index(groupRow, IndicatorTableModel::OutcomeColumn).data().toString(),
              QStringLiteral("16,7 barn/avd."));
    EXPECT_EQ(ind->index(groupRow, IndicatorTableModel::PreviousVbColumn).data().toString(),
              QStringLiteral("16,2 barn/avd."));
    EXPECT_EQ(ind->index(groupRow, IndicatorTableModel::PeriodColumn).data().toString(),
              QStringLiteral("Tertial 1 2024"));
}

TEST_F(MainWindowTest, IncludeSubGoalsShowsEverythingBelowTheSelectedGoal)
{
    const QModelIndex g12 = find(window.goalModel(), QStringLiteral("1.2"));
    window.setIncludeSubGoals(false);
    window.selectGoal(g12.data(GoalTreeModel::GoalIdRole).toLongLong());
    ASSERT_EQ(window.indicatorModel()->rowCount(), 6);
    window.setIncludeSubGoals(true);
    // 1.2 itself (6, 1), 1.2.1 (3, 5), 1.2.2 (2, 1), 1.2.3 (0, 3)
    EXPECT_EQ(window.indicatorModel()->rowCount(), 11);
    EXPECT_EQ(window.activityModel()->rowCount(), 10);
    const QModelIndex top = find(window.goalModel(), QStringLiteral("2"));
    window.selectGoal(top.data(GoalTreeModel::GoalIdRole).toLongLong());
    EXPECT_EQ(window.indicatorModel()->rowCount(), 4);  // 2.1: 2, 2.2: 1, 2.4: 1
    EXPECT_EQ(window.activityModel()->rowCount(), 13); // 2.1.1: 6, 2.2: 1, 2.2.1: 4, 2.3: 1, 2.4.1: 1
    window.setIncludeSubGoals(false);
}

TEST_F(MainWindowTest, ChangingThePeriodShowsThatPeriodsValues)
{
    window.setPeriod(2023, Period::VB);
    ASSERT_NE(window.snapshot(), nullptr);
    EXPECT_EQ(window.snapshot()->year, 2023);
    EXPECT_EQ(window.snapshot()->period, Period::VB);
    EXPECT_EQ(window.goalModel()->rowCount(), 3);
}

TEST_F(MainWindowTest, OpeningABadFileKeepsTheCurrentStore)
{
    const QString bad = dir.filePath(QStringLiteral("trasig.malkoll"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("inte en databas");
    f.close();
    auto r = window.openStore(bad);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(bad));
    EXPECT_EQ(window.goalModel()->rowCount(), 3);
}

TEST_F(MainWindowTest, TheGoalTreeKeepsItsRoomOnALaptopScreenWhateverTheOtherTabsNeed)
{
    // A 1366×768 screen: the window as the first start makes it. The other tabs' wide filter rows
    // and forms once made the tabs 1100 px at least and left the goal titles as "…".
    window.resize(1297, 706);
    auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    ASSERT_TRUE(splitter);
    splitter->setSizes({window.width() / 3, window.width() * 2 / 3});
    QApplication::processEvents();
    ASSERT_EQ(splitter->sizes().size(), 2);
    EXPECT_GE(splitter->sizes()[0], window.width() / 4) << "goal tree " << splitter->sizes()[0] << " px";
    EXPECT_LE(splitter->widget(1)->minimumSizeHint().width(), window.width() * 2 / 3);
}

// Before a store is open the entry view has no goal to speak of: no hint about a goal's indicators,
// and no year 0 in a heading.
TEST(MainWindowWithoutStore, SaysNothingAboutAGoalOrAYearItDoesNotHave)
{
    QSettings().clear();
    MainWindow window;
    window.show();
    QApplication::processEvents();
    auto *hint = window.findChild<QLabel *>(QStringLiteral("emptyHint"));
    ASSERT_TRUE(hint);
    EXPECT_FALSE(hint->isVisible()) << hint->text().toStdString();
    auto *table = window.findChild<QTableView *>(QStringLiteral("indicatorTable"));
    ASSERT_TRUE(table);
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        const QString heading = table->model()->headerData(c, Qt::Horizontal).toString();
        EXPECT_FALSE(heading.endsWith(QStringLiteral(" 0"))) << heading.toStdString();
    }
}
