// The plan and the economy entered through the widgets (issue 15): a nämndmål added in the goal
// tree, an indicator with the årsmål "Max 10" (its meaning shown as an upper bound in words, text
// that cannot be read refused with a quote), an activity, and a budget line whose avvikelse and
// total follow as it is typed; each one undo step.
#include "appsettings.h"
#include "mainwindow.h"
#include "periodsession.h"
#include "storeactions.h"
#include "store/economyrepository.h"
#include "store/indicatorrepository.h"
#include "tempstore.h"
#include "text/swedishnumber.h"
#include "widgets/economyview.h"
#include "widgets/planview.h"

#include <QApplication>
#include <QFile>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace malkoll;

namespace {
// Answers the modal dialogs that come up while `action` runs.
void answering(const std::function<void(QWidget *)> &answer, const std::function<void()> &action)
{
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (QWidget *modal = QApplication::activeModalWidget()) answer(modal);
    });
    timer.start(20);
    action();
    timer.stop();
}

QTreeWidgetItem *itemStarting(QTreeWidget *tree, const QString &start)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->text(0).startsWith(start)) return *it;
    return nullptr;
}
} // namespace

TEST(PlanView, ANamndmalAnIndicatorWithMax10AnActivityAndABudgetLine)
{
    QSettings().clear();
    AppSettings::setRole(AppSettings::Role::Controller);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.malkoll"));
    ASSERT_TRUE(malkoll::test::writeDemoStore(path));
    MainWindow window;
    ASSERT_TRUE(window.openStore(path));
    PlanView *plan = window.planView();
    ASSERT_NE(plan, nullptr);

    // A nämndmål under KF:s mål 1.1, through the goal dialog.
    QTreeWidgetItem *kf = itemStarting(plan->goalTree(), QStringLiteral("1.1 "));
    ASSERT_NE(kf, nullptr);
    plan->goalTree()->setCurrentItem(kf);
    answering(
        [](QWidget *modal) {
            auto *title = modal->findChild<QLineEdit *>(QStringLiteral("title"));
            if (!title) return;
            EXPECT_EQ(modal->findChild<QLineEdit *>(QStringLiteral("number"))->text(), QStringLiteral("1.1.2"));
            title->setText(QStringLiteral("Fler barn och unga deltar i föreningslivet"));
            modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        },
        [&] { plan->newGoal(); });
    // A new inriktningsmål at the top of the tree, numbered after the last.
    const int tops = plan->goalTree()->topLevelItemCount();
    answering(
        [](QWidget *modal) {
            auto *title = modal->findChild<QLineEdit *>(QStringLiteral("title"));
            if (!title) return;
            EXPECT_EQ(modal->findChild<QLineEdit *>(QStringLiteral("number"))->text(), QStringLiteral("4"));
            title->setText(QStringLiteral("Ett Stockholm för alla åldrar"));
            modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        },
        [&] { plan->newTopGoal(); });
    EXPECT_EQ(plan->goalTree()->topLevelItemCount(), tops + 1);

    QTreeWidgetItem *goal = itemStarting(plan->goalTree(), QStringLiteral("1.1.2 Fler barn"));
    ASSERT_NE(goal, nullptr) << "the new nämndmål in the tree";
    plan->goalTree()->setCurrentItem(goal);

    // An indicator, its name and årsmål typed in place; "Max 10" is an upper bound, in words.
    plan->newIndicator();
    QTableWidget *indicators = plan->indicatorTable();
    ASSERT_EQ(indicators->rowCount(), 1);
    indicators->item(0, PlanView::ColName)->setText(QStringLiteral("Antal unga i föreningar"));
    indicators->item(0, PlanView::ColTarget)->setText(QStringLiteral("Max 10"));
    ASSERT_EQ(indicators->rowCount(), 1);
    EXPECT_EQ(indicators->item(0, PlanView::ColTarget)->text(), QStringLiteral("Max 10"));
    const QString meaning = indicators->item(0, PlanView::ColMeaning)->text();
    // In the UI's language (an earlier test may have switched it): an upper bound, in words.
    EXPECT_TRUE((meaning.contains(QStringLiteral("at most 10")) && meaning.contains(QStringLiteral("upper bound"))) ||
                (meaning.contains(QStringLiteral("högst 10")) && meaning.contains(QStringLiteral("övre gräns"))))
        << meaning.toStdString();
    // Text that cannot be read is refused, quoted; the årsmål stays.
    indicators->item(0, PlanView::ColTarget)->setText(QStringLiteral("ungefär som i fjol"));
    EXPECT_TRUE(plan->messageLabel()->text().contains(QStringLiteral("ungefär som i fjol"))) << plan->messageLabel()->text().toStdString();
    EXPECT_EQ(indicators->item(0, PlanView::ColTarget)->text(), QStringLiteral("Max 10"));

    // Ändrat årsmål…: the decided value with its meaning, the date, the period and the reason.
    indicators->setCurrentCell(0, PlanView::ColName);
    const size_t decisions = window.session()->snapshot()->targetChanges.size();
    bool decided = false;
    answering(
        [&](QWidget *modal) {
            auto *target = modal->findChild<QLineEdit *>(QStringLiteral("target"));
            if (!target || decided) return;
            target->setText(QStringLiteral("Max 8"));
            modal->findChild<QLineEdit *>(QStringLiteral("reason"))->setText(QStringLiteral("Nämnden skärpte målet i juni."));
            const QString shown = modal->findChild<QLabel *>(QStringLiteral("meaning"))->text();
            EXPECT_TRUE(shown.contains(QStringLiteral("8"))) << shown.toStdString();
            if (const QString dir = qEnvironmentVariable("MALKOLL_SCREENSHOT_DIR"); !dir.isEmpty())
                modal->grab().save(dir + QStringLiteral("/target-editor.png"));
            decided = true;
            modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        },
        [&] { plan->decideTarget(); });
    ASSERT_TRUE(decided);
    ASSERT_EQ(window.session()->snapshot()->targetChanges.size(), decisions + 1);

    // An activity.
    plan->newActivity();
    ASSERT_EQ(plan->activityTable()->rowCount(), 1);
    plan->activityTable()->item(0, PlanView::ActTitle)->setText(QStringLiteral("Föreningsmässa i Rålambshovsparken"));
    EXPECT_EQ(plan->activityTable()->item(0, PlanView::ActTitle)->text(), QStringLiteral("Föreningsmässa i Rålambshovsparken"));

    // A budget line in the economy: avvikelse and the total follow the figures.
    EconomyView *economy = window.economyView();
    QStandardItemModel *budget = economy->budgetModel();
    const int rowsBefore = budget->rowCount();
    answering(
        [](QWidget *modal) {
            if (auto *input = qobject_cast<QInputDialog *>(modal)) {
                input->setTextValue(QStringLiteral("Föreningsbidrag"));
                input->accept();
            }
        },
        [&] { economy->addArea(); });
    ASSERT_EQ(budget->rowCount(), rowsBefore + 1);
    const int row = rowsBefore - 1; // before the Totalt row
    ASSERT_EQ(budget->item(row, 0)->text(), QStringLiteral("Föreningsbidrag"));
    budget->item(row, 1)->setText(QStringLiteral("10,0"));
    budget->item(row, 5)->setText(QStringLiteral("12,5"));
    EXPECT_EQ(budget->item(row, 6)->text(), SwedishNumber::format(-2.5, 1)) << "avvikelse = budget − prognos";
    budget->item(row, 5)->setText(QStringLiteral("tolv"));
    EXPECT_TRUE(economy->messageLabel()->text().contains(QStringLiteral("tolv")));
    EXPECT_EQ(budget->item(row, 5)->text(), SwedishNumber::format(12.5, 1));

    // Each was one undo step: undo the last figure, and the avvikelse follows back.
    window.session()->undoStack()->undo();
    EXPECT_EQ(budget->item(row, 6)->text(), SwedishNumber::format(10.0, 1));

    // Reordered: the new area moves above the one before it, in one undo step.
    auto rowOf = [&](const QString &name) {
        for (int r = 0; r < budget->rowCount(); ++r)
            if (budget->item(r, 0)->text() == name) return r;
        return -1;
    };
    economy->budgetView()->setCurrentIndex(budget->index(rowOf(QStringLiteral("Föreningsbidrag")), 0));
    economy->moveLine(true);
    EXPECT_LT(rowOf(QStringLiteral("Föreningsbidrag")), row);
    window.session()->undoStack()->undo();
    EXPECT_EQ(rowOf(QStringLiteral("Föreningsbidrag")), row);
}

// Arkiv → Exportera verksamhetsplan writes the chosen year's plan as a PDF.
TEST(PlanView, TheVerksamhetsplanIsExportedFromTheWindow)
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.malkoll"));
    ASSERT_TRUE(malkoll::test::writeDemoStore(path));
    MainWindow window;
    ASSERT_TRUE(window.openStore(path));
    auto *actions = window.findChild<StoreActions *>();
    ASSERT_NE(actions, nullptr);
    const QString pdf = dir.filePath(QStringLiteral("vp.pdf"));
    auto pages = actions->writePlan(pdf);
    ASSERT_TRUE(pages) << pages.error().toStdString();
    EXPECT_GT(pages.value(), 3);
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(4).startsWith("%PDF"));
}
