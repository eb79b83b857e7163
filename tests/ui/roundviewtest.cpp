// The reporting round in the window, on whichever backend the run puts TempStore on: the board
// shows each unit's state as the part is submitted, returned with a comment, submitted again and
// approved; an overdue unit is red; a refused step says why and changes nothing.
#include "mainwindow.h"
#include "periodsession.h"
#include "store/goalrepository.h"
#include "store/indicatorrepository.h"
#include "store/measurementrepository.h"
#include "store/organisationrepository.h"
#include "store/server.h"
#include "roundcommittee.h"
#include "tempstore.h"
#include "widgets/roundview.h"

#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <gtest/gtest.h>

using namespace malkoll;

namespace {

class RoundUi : public ::testing::Test, protected test::RoundCommittee
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(test::makeRoundCommittee(*store, *this));
        Measurement m;
        m.indicatorId = indicators[0];
        m.period = Period::T1;
        m.outcome = 70;
        m.prognosis = 75;
        m.analysis = QStringLiteral("Färre svar än väntat – en ny enkät görs i maj.");
        ASSERT_TRUE(MeasurementRepository(*store).save(m));
        session.setStore(&*store);
        ASSERT_TRUE(session.load(committee, 2024, Period::T1));
    }
    QString cell(RoundView &view, qint64 unit, int column)
    {
        const auto *model = view.table()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data(Qt::UserRole).toLongLong() == unit) return model->index(r, column).data().toString();
        return QStringLiteral("(no row)");
    }

    test::TempStore store;
    PeriodSession session;
};

} // namespace

TEST_F(RoundUi, SubmitReturnWithACommentResubmitApproveAndTheBoardShowsEachState)
{
    RoundView view(&session);
    view.resize(1200, 500);
    view.show();
    ASSERT_EQ(view.progress().size(), 2u);
    EXPECT_EQ(cell(view, units[0], RoundView::StateColumn), roundStateName(RoundState::Open));
    EXPECT_EQ(cell(view, units[0], RoundView::ValuesColumn), QStringLiteral("1 of 1"));
    EXPECT_EQ(cell(view, units[1], RoundView::ValuesColumn), QStringLiteral("0 of 1"));

    view.selectUnit(units[0]);
    auto *submit = view.findChild<QPushButton *>(QStringLiteral("submitButton"));
    auto *approve = view.findChild<QPushButton *>(QStringLiteral("approveButton"));
    ASSERT_TRUE(submit && approve);
    EXPECT_TRUE(submit->isEnabled());
    EXPECT_FALSE(approve->isEnabled()); // nothing submitted yet
    submit->click();
    EXPECT_EQ(cell(view, units[0], RoundView::StateColumn), roundStateName(RoundState::Submitted)) << view.lastMessage().toStdString();
    EXPECT_TRUE(cell(view, units[0], RoundView::SubmittedColumn).contains(store->user()));
    EXPECT_TRUE(approve->isEnabled());

    ASSERT_TRUE(view.returnSelected(QStringLiteral("Lägg till när enkäten görs.")));
    EXPECT_EQ(cell(view, units[0], RoundView::StateColumn), roundStateName(RoundState::Returned));
    EXPECT_TRUE(cell(view, units[0], RoundView::CommentColumn).contains(QStringLiteral("Lägg till när enkäten görs.")));

    ASSERT_TRUE(view.submitSelected()) << view.lastMessage().toStdString();
    EXPECT_EQ(cell(view, units[0], RoundView::StateColumn), roundStateName(RoundState::Submitted));
    approve->click();
    EXPECT_EQ(cell(view, units[0], RoundView::StateColumn), roundStateName(RoundState::Approved));
    EXPECT_TRUE(cell(view, units[0], RoundView::CommentColumn).startsWith(QStringLiteral("Approved")));

    // The other unit has no value: refused with the reason, nothing changes.
    view.selectUnit(units[1]);
    EXPECT_FALSE(view.submitSelected());
    EXPECT_TRUE(view.lastMessage().contains(QStringLiteral("Andel nöjda brukare"))) << view.lastMessage().toStdString();
    EXPECT_EQ(cell(view, units[1], RoundView::StateColumn), roundStateName(RoundState::Open));
    EXPECT_FALSE(view.findChild<QLabel *>(QStringLiteral("roundProblems"))->text().isEmpty());
}

TEST_F(RoundUi, AnOverdueUnitIsRedAndTheMainWindowHasTheTab)
{
    RoundView view(&session);
    view.show();
    ASSERT_TRUE(view.setDeadline(QDate(2024, 5, 10)));
    const auto &progress = view.progress();
    ASSERT_EQ(progress.size(), 2u);
    EXPECT_TRUE(progress[1].overdue);
    const auto *model = view.table()->model();
    EXPECT_EQ(model->index(1, 0).data(Qt::ForegroundRole).value<QColor>(), QColor(0xb3, 0x26, 0x1e));
    EXPECT_EQ(cell(view, units[1], RoundView::SubmittedColumn), QStringLiteral("overdue"));

    MainWindow window;
    ASSERT_TRUE(window.openStore(store.path()));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    ASSERT_TRUE(tabs);
    QStringList names;
    for (int i = 0; i < tabs->count(); ++i) names << tabs->tabText(i);
    EXPECT_TRUE(names.contains(QStringLiteral("Reporting round"))) << names.join(u',').toStdString();
    EXPECT_EQ(window.roundView()->progress().size(), 2u);
}
