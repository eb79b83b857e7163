// The enhetschef's workflow: editing values in place, undo/redo through the store, refused
// input, gender split, keyboard entry, locked periods, and everything still there after reopening.
#include "sample/demoloader.h"
#include "mainwindow.h"
#include "models/activitytablemodel.h"
#include "models/goaltreemodel.h"
#include "models/indicatortablemodel.h"
#include "periodsession.h"
#include "store/activityrepository.h"
#include "store/auditlog.h"
#include "store/backups.h"
#include "store/measurementrepository.h"
#include "store/periodrepository.h"
#include "tempstore.h"
#include "charts/trendchart.h"
#include "charts/trendpanel.h"
#include "widgets/entrytableview.h"
#include "widgets/goalpanel.h"

#include <QApplication>
#include <QComboBox>
#include <QChart>
#include <QFileInfo>
#include <QImage>
#include <QXYSeries>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace malkoll;

class Entry : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        path = dir.filePath(QStringLiteral("demo.malkoll"));
        ASSERT_TRUE(malkoll::test::writeDemoStore(path));
        window = std::make_unique<MainWindow>();
        ASSERT_TRUE(window->openStore(path).ok());
        window->setIncludeSubGoals(false);
        window->show();
        window->activateWindow();
        (void)QTest::qWaitForWindowActive(window.get());
        selectGoal("1.2");
    }
    void TearDown() override { window.reset(); }

    void selectGoal(const char *number)
    {
        for (const Goal &g : window->snapshot()->goals)
            if (g.number == QLatin1String(number)) window->selectGoal(g.id);
    }
    int rowOf(const QString &name) const
    {
        IndicatorTableModel *m = window->indicatorModel();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->indicatorAt(r)->name == name) return r;
        return -1;
    }
    QModelIndex cell(const QString &name, int column) const
    {
        return window->indicatorModel()->index(rowOf(name), column);
    }
    // What the store holds now, read through a second connection.
    std::optional<Measurement> stored(qint64 indicatorId, Period period = Period::T1) const
    {
        auto store = Store::open(path);
        EXPECT_TRUE(store.ok());
        return MeasurementRepository(*store.value()).measurement(indicatorId, period);
    }
    qint64 idOf(const QModelIndex &index) const
    {
        return index.data(IndicatorTableModel::IndicatorIdRole).toLongLong();
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<MainWindow> window;
    const QString group = QStringLiteral("Antal barn per grupp");
    const QString teachers = QStringLiteral("Andel legitimerade förskollärare av totalt antal anställda (årsarbetare)");
};

TEST_F(Entry, EditUndoRedoGoThroughTheStore)
{
    const QModelIndex outcome = cell(group, IndicatorTableModel::OutcomeColumn);
    ASSERT_TRUE(outcome.isValid());
    EXPECT_EQ(outcome.data().toString(), QStringLiteral("16,7 barn/avd."));
    ASSERT_TRUE(window->indicatorModel()->setData(outcome, QStringLiteral("15,2")));
    EXPECT_EQ(outcome.data().toString(), QStringLiteral("15,2 barn/avd."));
    EXPECT_EQ(stored(idOf(outcome))->outcome, 15.2);
    // The status follows: 15,2 against 15 (lower is better) is within 5 %: partly met.
    EXPECT_EQ(outcome.siblingAtColumn(IndicatorTableModel::StatusColumn).data(IndicatorTableModel::StatusRole).toInt(),
              int(IndicatorStatus::NotMet)) << "status is by prognosis (16,2), which is still not met";
    ASSERT_EQ(window->undoStack()->count(), 1);
    window->undoStack()->undo();
    EXPECT_EQ(outcome.data().toString(), QStringLiteral("16,7 barn/avd."));
    EXPECT_EQ(stored(idOf(outcome))->outcome, 16.7);
    window->undoStack()->redo();
    EXPECT_EQ(stored(idOf(outcome))->outcome, 15.2);
}

TEST_F(Entry, PrognosisEditChangesTheStatusAndTheGoalSuggestion)
{
    const QModelIndex prognosis = cell(group, IndicatorTableModel::PrognosisColumn);
    const QModelIndex status = prognosis.siblingAtColumn(IndicatorTableModel::StatusColumn);
    EXPECT_EQ(status.data(IndicatorTableModel::StatusRole).toInt(), int(IndicatorStatus::NotMet));
    ASSERT_TRUE(window->indicatorModel()->setData(prognosis, QStringLiteral("14,8")));
    EXPECT_EQ(status.data(IndicatorTableModel::StatusRole).toInt(), int(IndicatorStatus::Met));
    EXPECT_FALSE(status.data(Qt::DisplayRole).toString().isEmpty()); // text, never colour alone
    EXPECT_FALSE(status.data(Qt::DecorationRole).isNull());
    EXPECT_TRUE(window->goalPanel()->suggestionText().contains(QStringLiteral("3 av 5")) ||
                window->goalPanel()->suggestionText().contains(QStringLiteral("3 of 5")))
        << window->goalPanel()->suggestionText().toStdString();
}

TEST_F(Entry, StatusAndSuggestionFollowWhatIsBeingTyped)
{
    const QModelIndex prognosis = cell(group, IndicatorTableModel::PrognosisColumn);
    const QModelIndex status = prognosis.siblingAtColumn(IndicatorTableModel::StatusColumn);
    window->indicatorModel()->setPreview(prognosis, QStringLiteral("14,9"));
    EXPECT_EQ(status.data(IndicatorTableModel::StatusRole).toInt(), int(IndicatorStatus::Met));
    window->indicatorModel()->setPreview(prognosis, QStringLiteral("15,5"));
    EXPECT_EQ(status.data(IndicatorTableModel::StatusRole).toInt(), int(IndicatorStatus::PartlyMet));
    const QModelIndex outcome = cell(group, IndicatorTableModel::OutcomeColumn);
    window->indicatorModel()->setPreview(outcome, QStringLiteral("12"));
    EXPECT_TRUE(outcome.siblingAtColumn(IndicatorTableModel::SuggestionColumn).data().toString().startsWith(QStringLiteral("12")));
    window->indicatorModel()->setPreview(outcome, QString()); // editor closed
    EXPECT_EQ(status.data(IndicatorTableModel::StatusRole).toInt(), int(IndicatorStatus::NotMet));
    EXPECT_EQ(stored(idOf(prognosis))->prognosis, 16.2) << "a preview never reaches the store";
}

TEST_F(Entry, InvalidNumberIsRefusedAndTheStoreIsUnchanged)
{
    const QModelIndex outcome = cell(group, IndicatorTableModel::OutcomeColumn);
    const auto before = stored(idOf(outcome));
    EXPECT_FALSE(window->indicatorModel()->setData(outcome, QStringLiteral("16,7,2")));
    EXPECT_TRUE(window->messageText().contains(QStringLiteral("16,7,2"))) << window->messageText().toStdString();
    EXPECT_FALSE(window->indicatorModel()->setData(outcome, QStringLiteral("12 %")));
    EXPECT_TRUE(window->messageText().contains(QStringLiteral("barn/avd."))) << window->messageText().toStdString();
    EXPECT_EQ(stored(idOf(outcome))->outcome, before->outcome);
    EXPECT_EQ(stored(idOf(outcome))->version, before->version);
    EXPECT_EQ(window->undoStack()->count(), 0);
}

TEST_F(Entry, InvalidNumberTypedInTheEditorKeepsTheEditorOpen)
{
    EntryTableView *view = window->indicatorView();
    const QModelIndex outcome = cell(group, IndicatorTableModel::OutcomeColumn);
    const auto before = stored(idOf(outcome));
    view->setFocus();
    view->setCurrentIndex(outcome);
    view->edit(outcome);
    QPointer<QLineEdit> line = view->viewport()->findChild<QLineEdit *>();
    ASSERT_NE(line, nullptr);
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("tolv"));
    QTest::keyClick(line, Qt::Key_Return);
    EXPECT_FALSE(line.isNull()) << "the editor stays open on a refused value";
    EXPECT_TRUE(view->isEditing());
    EXPECT_TRUE(window->messageText().contains(QStringLiteral("tolv")));
    QTest::keyClick(line, Qt::Key_Escape);
    EXPECT_EQ(stored(idOf(outcome))->outcome, before->outcome);
}

TEST_F(Entry, GenderSplitIsEnteredOnlyWhereAsked)
{
    const QModelIndex men = cell(teachers, IndicatorTableModel::MenColumn);
    const QModelIndex women = cell(teachers, IndicatorTableModel::WomenColumn);
    ASSERT_TRUE(men.flags() & Qt::ItemIsEditable);
    ASSERT_TRUE(window->indicatorModel()->setData(men, QStringLiteral("4,1")));
    ASSERT_TRUE(window->indicatorModel()->setData(women, QStringLiteral("30,8 %")));
    const auto m = stored(idOf(men));
    EXPECT_EQ(m->men, 4.1);
    EXPECT_EQ(m->women, 30.8);
    EXPECT_EQ(m->outcome, 34.9);
    EXPECT_FALSE(cell(group, IndicatorTableModel::MenColumn).flags() & Qt::ItemIsEditable);
}

TEST_F(Entry, NotReportedNeedsAReasonAndIsNotZero)
{
    const QString yearly = QStringLiteral("Inskrivningsgrad i förskola");
    const QModelIndex outcome = cell(yearly, IndicatorTableModel::OutcomeColumn);
    const QModelIndex reason = outcome.siblingAtColumn(IndicatorTableModel::NotReportedColumn);
    // It has an outcome: marking it not reported is refused until the outcome is removed.
    EXPECT_FALSE(window->indicatorModel()->setData(reason, QStringLiteral("Mätningen är försenad")));
    ASSERT_TRUE(window->indicatorModel()->setData(outcome, QString()));
    ASSERT_TRUE(window->indicatorModel()->setData(reason, QStringLiteral("Mätningen är försenad")));
    const auto m = stored(idOf(outcome));
    EXPECT_TRUE(m->notReported);
    EXPECT_FALSE(m->outcome.has_value());
    EXPECT_EQ(outcome.data().toString(), QStringLiteral("not reported"));
}

TEST_F(Entry, KeyboardWalksTheEditableCellsInReadingOrderAndEntersValues)
{
    EntryTableView *view = window->indicatorView();
    view->setFocus();
    const QModelIndex first = view->nextEditable(QModelIndex(), true);
    ASSERT_TRUE(first.isValid());
    view->setCurrentIndex(first);
    std::vector<std::pair<int, int>> visited{{first.row(), first.column()}};
    for (int i = 0; i < 8; ++i) {
        QTest::keyClick(view, Qt::Key_Tab);
        visited.emplace_back(view->currentIndex().row(), view->currentIndex().column());
    }
    for (size_t i = 1; i < visited.size(); ++i) {
        const auto [r0, c0] = visited[i - 1];
        const auto [r1, c1] = visited[i];
        EXPECT_TRUE(r1 > r0 || (r1 == r0 && c1 > c0)) << "reading order at step " << i;
        EXPECT_TRUE(window->indicatorModel()->index(r1, c1).flags() & Qt::ItemIsEditable);
    }
    // Enter a prognosis without the mouse: go to the cell, type, Enter.
    const QModelIndex prognosis = cell(group, IndicatorTableModel::PrognosisColumn);
    view->setCurrentIndex(prognosis);
    EXPECT_EQ(view->viewport()->findChildren<QLineEdit *>().size(), 0) << "before Return";
    EXPECT_FALSE(view->isEditing());
    QTest::keyClick(view, Qt::Key_Return); // opens the editor
    EXPECT_EQ(view->viewport()->findChildren<QLineEdit *>().size(), 1) << "after Return";
    QLineEdit *editor = view->viewport()->findChild<QLineEdit *>();
    ASSERT_NE(editor, nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("15,5"));
    EXPECT_EQ(editor->text(), QStringLiteral("15,5"));
    QTest::keyClick(editor, Qt::Key_Return); // saves and moves on
    EXPECT_EQ(window->messageText(), QString());
    EXPECT_EQ(window->undoStack()->count(), 1);
    EXPECT_EQ(prognosis.data().toString(), QStringLiteral("15,5 barn/avd."));
    EXPECT_EQ(stored(idOf(prognosis))->prognosis, 15.5);
    // Enter moved on to the next cell to fill in, already open for typing.
    EXPECT_EQ(view->currentIndex().column(), int(IndicatorTableModel::NotReportedColumn));
    EXPECT_TRUE(view->isEditing());
}

TEST_F(Entry, ActivityStatusAndAnalysis)
{
    ActivityTableModel *m = window->activityModel();
    ASSERT_EQ(m->rowCount(), 1);
    const QModelIndex status = m->index(0, ActivityTableModel::StatusColumn);
    const QModelIndex analysis = m->index(0, ActivityTableModel::AnalysisColumn);
    ASSERT_TRUE(m->setData(status, QStringLiteral("delayed")));
    EXPECT_EQ(analysis.data().toString(), QStringLiteral("Analysis required for a deviation"));
    ASSERT_TRUE(m->setData(analysis, QStringLiteral("Upphandlingen drog ut på tiden.")));
    auto store = Store::open(path);
    const auto report = ActivityRepository(*store.value()).report(status.data(ActivityTableModel::ActivityIdRole).toLongLong(), Period::T1);
    ASSERT_TRUE(report.has_value());
    EXPECT_EQ(report->status, ActivityStatus::Delayed);
    EXPECT_EQ(report->analysis, QStringLiteral("Upphandlingen drog ut på tiden."));
}

TEST_F(Entry, AssessmentAgainstTheSuggestionWarnsButIsSaved)
{
    GoalPanel *panel = window->goalPanel();
    // 1.2 is suggested "delvis" (2 of 5 indicators): choosing "inte" differs and warns.
    panel->assessmentBox()->setCurrentIndex(panel->assessmentBox()->findData(int(Assessment::NotMet)));
    EXPECT_TRUE(panel->warningShown());
    EXPECT_EQ(window->snapshot()->assessments.value(panel->goalId()).assessment, Assessment::NotMet);
    panel->assessmentBox()->setCurrentIndex(panel->assessmentBox()->findData(int(Assessment::Partly)));
    EXPECT_FALSE(panel->warningShown());
    window->undoStack()->undo();
    EXPECT_EQ(panel->assessmentBox()->currentData().toInt(), int(Assessment::NotMet));
}

TEST_F(Entry, EveryEditIsThereAfterReopening)
{
    ASSERT_TRUE(window->indicatorModel()->setData(cell(group, IndicatorTableModel::OutcomeColumn), QStringLiteral("15,9")));
    ASSERT_TRUE(window->indicatorModel()->setData(cell(group, IndicatorTableModel::AnalysisColumn),
                                                  QStringLiteral("Exempeltext: färre barn per grupp.\nAndra raden.")));
    window->goalPanel()->analysisEdit()->setPlainText(QStringLiteral("Exempeltext: ny bedömningsanalys."));
    window->goalPanel()->saveAnalysis();
    window->close();
    window = std::make_unique<MainWindow>();
    ASSERT_TRUE(window->openStore(path).ok());
    selectGoal("1.2");
    EXPECT_EQ(cell(group, IndicatorTableModel::OutcomeColumn).data().toString(), QStringLiteral("15,9 barn/avd."));
    EXPECT_EQ(cell(group, IndicatorTableModel::AnalysisColumn).data(Qt::EditRole).toString(),
              QStringLiteral("Exempeltext: färre barn per grupp.\nAndra raden."));
    EXPECT_EQ(window->goalPanel()->analysisEdit()->toPlainText(), QStringLiteral("Exempeltext: ny bedömningsanalys."));
}

TEST_F(Entry, LockedPeriodIsReadOnlyWithItsReason)
{
    {
        auto store = Store::open(path);
        ASSERT_TRUE(PeriodRepository(*store.value()).lock(window->snapshot()->committee.id, 2024, Period::T1,
                                                          QStringLiteral("Beslutad i nämnden")).ok());
    }
    window->setPeriod(2024, Period::T1);
    selectGoal("1.2");
    const QModelIndex outcome = cell(group, IndicatorTableModel::OutcomeColumn);
    EXPECT_FALSE(outcome.flags() & Qt::ItemIsEditable);
    EXPECT_FALSE(window->indicatorModel()->setData(outcome, QStringLiteral("1")));
    EXPECT_TRUE(window->session()->lockText().contains(QStringLiteral("Beslutad i nämnden")));
    EXPECT_FALSE(window->goalPanel()->assessmentBox()->isEnabled());
}

TEST_F(Entry, EditThatFailsToSaveIsRevertedWithTheError)
{
    // Someone locks the period behind the window's back: the store refuses the save.
    {
        auto store = Store::open(path);
        ASSERT_TRUE(PeriodRepository(*store.value()).lock(window->snapshot()->committee.id, 2024, Period::T1,
                                                          QStringLiteral("Låst av controller")).ok());
    }
    const QModelIndex outcome = cell(group, IndicatorTableModel::OutcomeColumn);
    EXPECT_FALSE(window->indicatorModel()->setData(outcome, QStringLiteral("14")));
    EXPECT_EQ(outcome.data().toString(), QStringLiteral("16,7 barn/avd."));
    EXPECT_TRUE(window->messageText().contains(QStringLiteral("Låst av controller"))) << window->messageText().toStdString();
    EXPECT_EQ(window->undoStack()->count(), 0);
    EXPECT_EQ(stored(idOf(outcome))->outcome, 16.7);
}

TEST_F(Entry, MyUnitFilterAndProgress)
{
    window->setIncludeSubGoals(true);
    selectGoal("1");
    const int all = window->indicatorModel()->rowCount();
    const QString progressAll = window->progressText();
    EXPECT_TRUE(progressAll.contains(QStringLiteral("25 of 27")) || progressAll.contains(QStringLiteral("25 av 27"))) << progressAll.toStdString();
    window->setMyUnit(QStringLiteral("Förskoleavdelningen"));
    window->setMyUnitOnly(true);
    const int mine = window->indicatorModel()->rowCount();
    EXPECT_GT(mine, 0);
    EXPECT_LT(mine, all);
    EXPECT_NE(window->progressText(), progressAll);
}

TEST_F(Entry, ExportedReportCarriesWhatWasJustEntered)
{
    ASSERT_TRUE(window->indicatorModel()->setData(cell(group, IndicatorTableModel::OutcomeColumn), QStringLiteral("15,1")));
    const QString pdf = dir.filePath(QStringLiteral("rapport.pdf"));
    auto pages = window->writeReport(pdf);
    ASSERT_TRUE(pages.ok()) << pages.error().toStdString();
    EXPECT_GT(pages.value(), 10);
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(60000));
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" ")); // a narrow cell wraps the unit
    EXPECT_TRUE(text.contains(QStringLiteral("Antal barn per grupp 15,1 barn/"))) << text.mid(text.indexOf(QStringLiteral("Antal barn per grupp")), 120).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Tertialrapport 1 2024")));
    window->setMyUnit(QStringLiteral("Förskoleavdelningen"));
    const QString unitPdf = dir.filePath(QStringLiteral("enhet.pdf"));
    ASSERT_TRUE(window->writeReport(unitPdf, true).ok());
    QProcess u;
    u.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), unitPdf, QStringLiteral("-")});
    ASSERT_TRUE(u.waitForFinished(60000));
    EXPECT_TRUE(QString::fromUtf8(u.readAllStandardOutput()).contains(QStringLiteral("Enhet: Förskoleavdelningen")));
}

TEST_F(Entry, ProposalsAndSummaryAreEditedWithUndoAndReachTheReport)
{
    ASSERT_TRUE(window->session()->editPeriodTexts({QStringLiteral("Nämnden godkänner rapporten.")},
                                                   QStringLiteral("Exempeltext: en kort sammanfattning.")));
    {
        auto store = Store::open(path);
        const PeriodInfo info = PeriodRepository(*store.value()).info(window->snapshot()->committee.id, 2024, Period::T1);
        EXPECT_EQ(info.proposals, QStringList{QStringLiteral("Nämnden godkänner rapporten.")});
        EXPECT_EQ(info.summary, QStringLiteral("Exempeltext: en kort sammanfattning."));
    }
    const QString pdf = dir.filePath(QStringLiteral("texter.pdf"));
    ASSERT_TRUE(window->writeReport(pdf).ok());
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("1. Nämnden godkänner rapporten.")));
    EXPECT_TRUE(text.contains(QStringLiteral("Handläggare:")));
    window->undoStack()->undo();
    auto store = Store::open(path);
    EXPECT_GT(PeriodRepository(*store.value()).info(window->snapshot()->committee.id, 2024, Period::T1).proposals.size(), 1);
}

TEST_F(Entry, ASecondWindowSeesTheFirstWindowsEditAndAStaleEditIsRefused)
{
    MainWindow other;
    ASSERT_TRUE(other.openStore(path).ok());
    for (const Goal &g : other.snapshot()->goals)
        if (g.number == QLatin1String("1.2")) other.selectGoal(g.id);
    // This window saves; the other one notices on its next poll and shows the new value.
    ASSERT_TRUE(window->indicatorModel()->setData(cell(group, IndicatorTableModel::OutcomeColumn), QStringLiteral("15,3")));
    IndicatorTableModel *m = other.indicatorModel();
    int row = -1;
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->indicatorAt(r)->name == group) row = r;
    ASSERT_GE(row, 0);
    EXPECT_EQ(m->index(row, IndicatorTableModel::OutcomeColumn).data().toString(), QStringLiteral("16,7 barn/avd."));
    // An edit from the stale view is refused by the row version, not written over.
    EXPECT_FALSE(m->setData(m->index(row, IndicatorTableModel::PrognosisColumn), QStringLiteral("14")));
    EXPECT_TRUE(other.messageText().contains(QStringLiteral("Reload")) || other.messageText().contains(QStringLiteral("Läs in")))
        << other.messageText().toStdString();
    EXPECT_EQ(stored(idOf(cell(group, IndicatorTableModel::OutcomeColumn)))->outcome, 15.3);
    ASSERT_TRUE(other.session()->checkForExternalChanges());
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->indicatorAt(r)->name == group) row = r;
    EXPECT_EQ(m->index(row, IndicatorTableModel::OutcomeColumn).data().toString(), QStringLiteral("15,3 barn/avd."));
    EXPECT_FALSE(other.session()->checkForExternalChanges()); // nothing new since
}

TEST_F(Entry, OpeningAStoreRemembersItAndMakesTheDailyBackup)
{
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    ASSERT_FALSE(recent.isEmpty());
    EXPECT_EQ(recent.first(), QFileInfo(path).absoluteFilePath());
    EXPECT_EQ(QSettings().value(QStringLiteral("lastStore")).toString(), QFileInfo(path).absoluteFilePath());
    EXPECT_EQ(Backups::list(path).size(), 1);
    MainWindow again;
    ASSERT_TRUE(again.openStore(path).ok());
    EXPECT_EQ(Backups::list(path).size(), 1) << "one backup a day, not one per opening";
}

TEST_F(Entry, ControllerLocksAndUnlocksWithReasonsAndTheHistoryShowsWhoChangedWhat)
{
    ASSERT_TRUE(window->indicatorModel()->setData(cell(group, IndicatorTableModel::OutcomeColumn), QStringLiteral("15,8")));
    window->indicatorView()->setCurrentIndex(cell(group, IndicatorTableModel::OutcomeColumn));
    const QStringList history = window->historyOfCurrentIndicator();
    ASSERT_FALSE(history.isEmpty());
    EXPECT_TRUE(history.first().contains(QStringLiteral("T1/outcome"))) << history.first().toStdString();
    EXPECT_TRUE(history.first().contains(QStringLiteral("15.8"))) << history.first().toStdString();

    EXPECT_FALSE(window->session()->setLocked(false, QStringLiteral("x")).ok()) << "not locked yet";
    ASSERT_TRUE(window->session()->setLocked(true, QStringLiteral("Beslutad i nämnden 2024-05-21")).ok());
    EXPECT_FALSE(cell(group, IndicatorTableModel::OutcomeColumn).flags() & Qt::ItemIsEditable);
    EXPECT_FALSE(window->indicatorModel()->setData(cell(group, IndicatorTableModel::OutcomeColumn), QStringLiteral("1")));
    EXPECT_FALSE(window->session()->setLocked(false, QString()).ok()) << "unlocking needs a reason";
    ASSERT_TRUE(window->session()->setLocked(false, QStringLiteral("Rättelse av ett värde")).ok());
    EXPECT_TRUE(cell(group, IndicatorTableModel::OutcomeColumn).flags() & Qt::ItemIsEditable);
    auto store = Store::open(path);
    const auto log = AuditLog(*store.value()).latest(5);
    bool lockedLogged = false, unlockedLogged = false;
    for (const AuditEntry &e : log) {
        lockedLogged = lockedLogged || e.newValue.contains(QStringLiteral("Beslutad i nämnden"));
        unlockedLogged = unlockedLogged || e.newValue.contains(QStringLiteral("Rättelse"));
    }
    EXPECT_TRUE(lockedLogged);
    EXPECT_TRUE(unlockedLogged);
}

TEST_F(Entry, TrendChartOfFourYearsHasValuesTargetStepsAndPrognosis)
{
    window->indicatorView()->setCurrentIndex(cell(group, IndicatorTableModel::OutcomeColumn));
    const TrendSeries &t = window->trendPanel()->series();
    EXPECT_EQ(t.name, group);
    EXPECT_EQ(t.firstYear, 2021);
    EXPECT_EQ(t.lastYear, 2024);
    ASSERT_EQ(t.vbOutcomes.size(), 3u); // VB 2021–2023; 2024 is at T1
    EXPECT_DOUBLE_EQ(t.vbOutcomes.back().x(), 2024.0);
    EXPECT_DOUBLE_EQ(t.vbOutcomes.back().y(), 16.2);
    EXPECT_DOUBLE_EQ(t.outcomes.back().x(), 2024 + 4 / 12.0); // T1 2024
    EXPECT_DOUBLE_EQ(t.outcomes.back().y(), 16.7);
    ASSERT_EQ(t.targetsByYear.size(), 4u);
    for (const auto &[year, value] : t.targetsByYear) {
        EXPECT_DOUBLE_EQ(value, 15.0) << year;
    }
    ASSERT_TRUE(t.prognosis.has_value());
    EXPECT_DOUBLE_EQ(t.prognosis->y(), 16.2);
    auto chart = TrendChart::build(t);
    QStringList names;
    for (QAbstractSeries *s : chart->series()) names << s->name();
    // In the window's language (the tests run in English; the report's charts are Swedish).
    EXPECT_TRUE(names.contains(QStringLiteral("Outcome")));
    EXPECT_TRUE(names.contains(QStringLiteral("Annual target")));
    EXPECT_TRUE(names.contains(QStringLiteral("Full-year forecast")));
    for (QAbstractSeries *s : chart->series())
        if (s->name() == QStringLiteral("Annual target")) {
            EXPECT_EQ(qobject_cast<QXYSeries *>(s)->count(), 8); // a step per year
        }
    const QString png = dir.filePath(QStringLiteral("trend.png"));
    EXPECT_TRUE(window->trendPanel()->savePng(png));
    EXPECT_FALSE(QImage(png).isNull());
    // An indicator split by men and women gets their series.
    window->indicatorView()->setCurrentIndex(cell(teachers, IndicatorTableModel::OutcomeColumn));
    EXPECT_FALSE(window->trendPanel()->series().men.empty());
    EXPECT_FALSE(window->trendPanel()->series().women.empty());
}
