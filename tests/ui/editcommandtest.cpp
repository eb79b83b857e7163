// The undo stack over the one edit path, without a window: a PeriodSession on a store pushes
// Edits as commands; redo, undo, redo reach the store, and a refused edit leaves the stack and
// the store unchanged.
#include "dialogs/helpdialog.h"
#include "dialogs/historydialog.h"
#include "dialogs/lockdialog.h"
#include "edit/edits.h"
#include "periodsession.h"
#include "presentation/statuspresentation.h"
#include "text/labels.h"
#include "store/measurementrepository.h"
#include "store/organisationrepository.h"
#include "store/periodrepository.h"
#include "tempstore.h"

#include <QDialogButtonBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QDeadlineTimer>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace malkoll;

TEST(EditStack, RedoUndoRedoThroughTheSessionAndARefusedEditIsNotOnTheStack)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.malkoll"));
    ASSERT_TRUE(malkoll::test::writeDemoStore(path));
    auto store = Store::open(path);
    ASSERT_TRUE(store);
    PeriodSession session;
    session.setStore(store.value().get());
    const qint64 committee = OrganisationRepository(*store.value()).committees().front().id;
    ASSERT_TRUE(session.load(committee, 2024, Period::T2));
    const Indicator &ind = session.snapshot()->indicators.front();
    Measurement m;
    m.indicatorId = ind.id;
    m.outcome = 42;
    ASSERT_TRUE(session.editMeasurement(m));
    EXPECT_EQ(session.undoStack()->count(), 1);
    auto stored = [&] { return MeasurementRepository(*store.value()).measurement(ind.id, Period::T2); };
    EXPECT_EQ(stored()->outcome, 42);
    session.undoStack()->undo();
    EXPECT_NE(stored()->outcome, std::optional<double>(42));
    EXPECT_EQ(session.snapshot()->measurement(ind.id) ? session.snapshot()->measurement(ind.id)->outcome : std::nullopt,
              stored()->outcome)
        << "the snapshot follows the store";
    session.undoStack()->redo();
    EXPECT_EQ(stored()->outcome, 42);
    EXPECT_EQ(session.snapshot()->measurement(ind.id)->outcome, 42);

    // Locked behind the session's back: the edit is refused, nothing on the stack, nothing stored.
    ASSERT_TRUE(PeriodRepository(*store.value()).lock(committee, 2024, Period::T2, QStringLiteral("klar")));
    QString message;
    QObject::connect(&session, &PeriodSession::editFailed, [&message](const QString &e) { message = e; });
    const auto counts = store.value()->counts();
    m.outcome = 43;
    EXPECT_FALSE(session.editMeasurement(m));
    EXPECT_EQ(session.undoStack()->count(), 1);
    EXPECT_EQ(store.value()->counts(), counts);
    EXPECT_EQ(stored()->outcome, 42);
    EXPECT_TRUE(message.contains(QStringLiteral("locked"))) << message.toStdString();
}

// One catalogue: the window in Swedish reads a status, an assessment and an activity status in
// the words the committee report and the command line print.
TEST(Labels, TheWindowAndTheReportUseOneWording)
{
    const Language before = labels::uiLanguage();
    labels::setUiLanguage(Language::Swedish);
    EXPECT_EQ(StatusPresentation::statusText(IndicatorStatus::PartlyMet), QStringLiteral("Årsmålet nås delvis"));
    EXPECT_EQ(StatusPresentation::assessmentText(Assessment::Full), labels::assessment(Assessment::Full, Language::Swedish));
    EXPECT_EQ(StatusPresentation::activityStatusText(ActivityStatus::Delayed), QStringLiteral("Försenad"));
    EXPECT_EQ(StatusPresentation::assessmentText(Assessment::NotSet), QStringLiteral("Ej bedömt ännu"));
    EXPECT_TRUE(labels::assessment(Assessment::NotSet, Language::Swedish).isEmpty()) << "the report leaves it blank";
    labels::setUiLanguage(Language::English);
    EXPECT_EQ(StatusPresentation::statusText(IndicatorStatus::PartlyMet), QStringLiteral("Target partly met"));
    labels::setUiLanguage(before);
}

// The manual ships in the resources, in Swedish, with its screenshots, and F1 opens it at the
// section of the view the user stands in.
TEST(Manual, ShipsInSwedishWithScreenshotsAndOpensAtTheViewsSection)
{
    HelpDialog dialog(HelpDialog::sectionForTab(1));
    const QString text = dialog.browser()->toPlainText();
    for (const char *heading : {"Lägga in en period", "Granska avvikelser och iakttagelser", "Nämndens rapport",
                                "Läsa in och exportera", "Planera året"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(heading))) << heading;
    for (const char *image : {"entry.png", "gaps.png", "overview.png", "economy.png"}) {
        const QVariant loaded = dialog.browser()->document()->resource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(image)));
        EXPECT_TRUE(loaded.isValid() && !loaded.value<QImage>().isNull() && loaded.value<QImage>().width() > 500) << image;
    }
    EXPECT_EQ(HelpDialog::sectionForTab(1), QStringLiteral("granskning"));
    dialog.show();
    // Until the dialog has scrolled to its section: events, not a fixed time (a bound only against hanging).
    QDeadlineTimer bound(10000);
    while (dialog.browser()->verticalScrollBar()->value() == 0 && !bound.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    EXPECT_GT(dialog.browser()->verticalScrollBar()->value(), 0) << "opened at the section, not the top";
}

// The lock dialog asks for the reason and cannot be confirmed without one; the history dialog
// lists every change, or says there is none.
TEST(Dialogs, LockNeedsAReasonAndHistoryListsTheChanges)
{
    LockDialog lock(QStringLiteral("T1 2024"), true);
    auto *ok = lock.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    lock.reasonEdit()->setText(QStringLiteral("   "));
    EXPECT_FALSE(ok->isEnabled());
    lock.reasonEdit()->setText(QStringLiteral(" Beslutad i nämnden "));
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_EQ(lock.reason(), QStringLiteral("Beslutad i nämnden"));

    HistoryDialog history(QStringLiteral("Antal barn per grupp"), {QStringLiteral("2024-05-02 10:00 anna: T1/outcome “” → “16,7”")});
    EXPECT_EQ(history.list()->count(), 1);
    EXPECT_TRUE(history.windowTitle().contains(QStringLiteral("Antal barn per grupp")));
    HistoryDialog empty(QStringLiteral("x"), {});
    EXPECT_TRUE(empty.list()->isHidden());
}
