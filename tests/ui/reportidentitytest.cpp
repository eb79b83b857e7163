// The GUI's report import asks what the title does not say (issue 16): the guesses filled in with
// the lines they come from, the Import button only with a committee and a period, and what the
// person confirms is what gets imported.
#include "dialogs/reportidentitydialog.h"
#include "mainwindow.h"
#include "storeactions.h"
#include "store/economyrepository.h"
#include "store/goalrepository.h"
#include "store/organisationrepository.h"
#include "tempstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <gtest/gtest.h>

using namespace malkoll;

namespace {
const QString kExcerpt = QStringLiteral(MALKOLL_TEST_DATA "/reports/variants/t2_2019_excerpt_without_title.txt");

QPushButton *okButton(QDialog &d) { return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok); }
} // namespace

TEST(ReportIdentityDialog, TheGuessesAreFilledInWithTheirLines)
{
    auto read = ReportParser::readFile(kExcerpt);
    ASSERT_TRUE(read) << read.error().toStdString();
    ASSERT_TRUE(ReportIdentityDialog::needed(read.value()));
    ReportIdentityDialog dialog(read.value(), kExcerpt, {QStringLiteral("Kungsholmens stadsdelsnämnd"), QStringLiteral("Bromma stadsdelsnämnd")});
    EXPECT_EQ(dialog.yearBox()->value(), 2019);
    EXPECT_EQ(Period(dialog.periodBox()->currentData().toInt()), Period::T2);
    EXPECT_TRUE(dialog.committeeBox()->currentText().isEmpty()) << "two committees: nothing to guess from";
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    bool evidence = false;
    for (const QLabel *l : dialog.findChildren<QLabel *>()) evidence = evidence || l->text().contains(QStringLiteral("line 9"));
    EXPECT_TRUE(evidence) << "the Period cell the guess comes from";
    dialog.committeeBox()->setCurrentText(QStringLiteral("Bromma stadsdelsnämnd"));
    EXPECT_TRUE(okButton(dialog)->isEnabled());
    dialog.yearBox()->setValue(2020);
    const ReportIdentity id = dialog.identity();
    EXPECT_EQ(id.committee, QStringLiteral("Bromma stadsdelsnämnd"));
    EXPECT_EQ(id.year, 2020);
    EXPECT_EQ(id.period, Period::T2);
    EXPECT_TRUE(id.unit.isEmpty());

    // A report with its whole title is not asked about.
    const ParsedReport titled = ReportParser::parse(QStringLiteral("Tertialrapport 1 2024 för Kungsholmens stadsdelsnämnd\n"));
    EXPECT_FALSE(ReportIdentityDialog::needed(titled));
}

TEST(ReportIdentityDialog, TheWindowAsksAndImportsWhatThePersonConfirms)
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.malkoll"));
    ASSERT_TRUE(malkoll::test::writeDemoStore(path));
    MainWindow window;
    ASSERT_TRUE(window.openStore(path));
    auto *actions = window.findChild<StoreActions *>();
    ASSERT_NE(actions, nullptr);
    int asked = 0, told = 0;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        if (auto *ask = qobject_cast<ReportIdentityDialog *>(QApplication::activeModalWidget())) {
            ++asked;
            EXPECT_EQ(ask->committeeBox()->currentText(), QStringLiteral("Kungsholmens stadsdelsnämnd")) << "the only committee";
            EXPECT_EQ(ask->yearBox()->value(), 2019);
            ask->unitEdit()->setText(QStringLiteral("Hemtjänsten"));
            okButton(*ask)->click();
        } else if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            ++told;
            box->accept();
        }
    });
    answer.start(20);
    actions->importReportFrom(kExcerpt);
    answer.stop();
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(told, 1);
    auto store = Store::open(path);
    ASSERT_TRUE(store);
    const Committee c = OrganisationRepository(*store.value()).committees().front();
    EXPECT_EQ(GoalRepository(*store.value()).goals(c.id, 2019).size(), 3u) << "1 (implied), 1.4 and 1.4.1 in 2019";
    EXPECT_TRUE(OrganisationRepository(*store.value()).unitByName(c.id, QStringLiteral("Hemtjänsten")).has_value());
}

// An economy table that does not add up to its own Totalt is not stored unless the person says so:
// the window asks, showing the difference (issue 28).
TEST(ReportIdentityDialog, TheWindowAsksBeforeStoringATableThatDoesNotAddUp)
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.malkoll"));
    ASSERT_TRUE(malkoll::test::writeDemoStore(path));
    const QString report = dir.filePath(QStringLiteral("t1_2019.txt"));
    {
        QFile f(report);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("Tertialrapport 1 2019 för Kungsholmens stadsdelsnämnd\n\nMnkr\tBudget\tPrognos\tAvvikelse\n"
                               "Nämnd och administration\t50,0\t50,0\t0,0\nÄldreomsorg\t200,0\t198,0\t2,0\n"
                               "Totalt\t260,0\t248,0\t2,0\n")
                    .toUtf8());
    }
    MainWindow window;
    ASSERT_TRUE(window.openStore(path));
    auto *actions = window.findChild<StoreActions *>();
    ASSERT_NE(actions, nullptr);
    auto lines = [&] {
        auto store = Store::open(path);
        EXPECT_TRUE(store);
        const qint64 c = OrganisationRepository(*store.value()).committees().front().id;
        return EconomyRepository(*store.value()).budgetLines(c, 2019, Period::T1).size();
    };
    for (const char *answerName : {"withoutUnreconciled", "acceptUnreconciled"}) {
        int asked = 0;
        QString shown;
        QTimer answer;
        QObject::connect(&answer, &QTimer::timeout, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) return;
            if (box->objectName() == QStringLiteral("unreconciledQuestion")) {
                ++asked;
                shown = box->informativeText();
                box->findChild<QPushButton *>(QString::fromLatin1(answerName))->click();
            } else {
                box->accept();
            }
        });
        answer.start(20);
        actions->importReportFrom(report);
        answer.stop();
        EXPECT_EQ(asked, 1) << answerName;
        EXPECT_TRUE(shown.contains(QStringLiteral("250,0")) && shown.contains(QStringLiteral("260,0"))) << shown.toStdString();
        if (QString::fromLatin1(answerName) == QStringLiteral("withoutUnreconciled")) {
            EXPECT_EQ(lines(), 0u) << "lines that do not add up are not stored";
        } else {
            EXPECT_EQ(lines(), 2u) << "stored as read when the person says so";
        }
    }
}
