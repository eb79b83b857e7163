// The CSV import dialog as a user meets it: the mapping guessed from the header, the preview
// with errors by line and column, the Import button only for a clean file, and the mapping
// remembered for the next file.
#include "sample/demoloader.h"
#include "periodsession.h"
#include "store/indicatorrepository.h"
#include "store/measurementrepository.h"
#include "tempstore.h"
#include "widgets/outcomeimportdialog.h"

#include <QComboBox>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace malkoll;

namespace {
const QString kStaff = QStringLiteral("Antal barn per anställd i förskolan (årsarbetare)");

class ImportDialog : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().remove(QStringLiteral("csvImport"));
        auto loaded = test::loadDemo(store);
        ASSERT_TRUE(loaded) << loaded.error().toStdString();
        committee = loaded->committeeId;
        for (const Indicator &i : IndicatorRepository(*store).indicators(committee, 2024))
            if (i.name == kStaff) staff = i;
        ASSERT_NE(staff.id, 0);
    }
    QString write(const QByteArray &bytes)
    {
        const QString path = dir.filePath(QStringLiteral("utfall%1.csv").arg(++files));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    test::TempStore store;
    QTemporaryDir dir;
    qint64 committee = 0;
    Indicator staff;
    int files = 0;
};
} // namespace

TEST_F(ImportDialog, CleanFileImportsAndTheMappingIsRemembered)
{
    // "Siffra" is not a name the guess knows: the user maps it to Outcome by hand.
    const QString file = write(("Indikator;Siffra;Kommentar\n" + kStaff.toUtf8() + ";5,1;Rekrytering klar.\n"));
    {
        OutcomeImportDialog dialog(*store, committee, 2024, Period::T2, file);
        ASSERT_EQ(dialog.fieldBoxCount(), 3);
        EXPECT_EQ(dialog.fieldBox(0)->currentData().toString(), QStringLiteral("indicator"));
        EXPECT_EQ(dialog.fieldBox(2)->currentData().toString(), QStringLiteral("analysis"));
        EXPECT_EQ(dialog.fieldBox(1)->currentData().toString(), QStringLiteral("ignore"));
        dialog.fieldBox(1)->setCurrentIndex(dialog.fieldBox(1)->findData(QStringLiteral("outcome")));
        EXPECT_TRUE(dialog.dialectBox()->itemText(0).contains(QStringLiteral("UTF-8")));
        ASSERT_EQ(dialog.previewTable()->rowCount(), 1);
        EXPECT_EQ(dialog.previewTable()->item(0, 0)->text(), QStringLiteral("2"));
        EXPECT_TRUE(dialog.previewTable()->item(0, 3)->text().contains(QStringLiteral("5,10"))) << dialog.previewTable()->item(0, 3)->text().toStdString();
        ASSERT_TRUE(dialog.importButton()->isEnabled());
        dialog.importButton()->click();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        EXPECT_EQ(dialog.imported(), 1);
    }
    const auto m = MeasurementRepository(*store).measurement(staff.id, Period::T2);
    ASSERT_TRUE(m);
    EXPECT_DOUBLE_EQ(*m->outcome, 5.1);
    EXPECT_EQ(m->analysis, QStringLiteral("Rekrytering klar."));

    // The next file with the same column names opens with the user's mapping.
    const QString next = write(("Indikator;Siffra\n" + kStaff.toUtf8() + ";5,0\n"));
    OutcomeImportDialog again(*store, committee, 2024, Period::T2, next);
    EXPECT_EQ(again.fieldBox(1)->currentData().toString(), QStringLiteral("outcome"));
    EXPECT_EQ(again.previewTable()->rowCount(), 1);
}

TEST_F(ImportDialog, ErrorsAreListedAndImportIsDisabled)
{
    const QString file = write(("Indikator;Utfall\n" + kStaff.toUtf8() + ";5,1\nOkänd indikator;3\n" + kStaff.toUtf8() + "X;abc\n"));
    OutcomeImportDialog dialog(*store, committee, 2024, Period::T2, file);
    QTableWidget *t = dialog.previewTable();
    ASSERT_EQ(t->rowCount(), 3) << "two errors first, then the one good change";
    EXPECT_EQ(t->item(0, 0)->text(), QStringLiteral("3"));
    EXPECT_EQ(t->item(0, 1)->text(), QStringLiteral("1"));
    EXPECT_TRUE(t->item(0, 3)->text().contains(QStringLiteral("Okänd indikator")));
    EXPECT_EQ(t->item(1, 0)->text(), QStringLiteral("4"));
    EXPECT_FALSE(dialog.importButton()->isEnabled());
    EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("2")));
    const auto before = MeasurementRepository(*store).measurement(staff.id, Period::T2);
    dialog.accept(); // even forced, a preview with errors writes nothing
    const auto after = MeasurementRepository(*store).measurement(staff.id, Period::T2);
    EXPECT_EQ(before.has_value(), after.has_value());
    if (before && after) {
        EXPECT_EQ(before->outcome, after->outcome);
    }
}

TEST_F(ImportDialog, ChoosingWindows1252ReadsOldExcelFiles)
{
    const QString file = write(QByteArray("Indikator;Utfall\nAntal barn per anst\xe4lld i f\xf6rskolan (\xe5rsarbetare);5,2\n"));
    OutcomeImportDialog dialog(*store, committee, 2024, Period::T2, file);
    EXPECT_TRUE(dialog.dialectBox()->itemText(0).contains(QStringLiteral("Windows-1252")));
    EXPECT_EQ(dialog.previewTable()->rowCount(), 1);
    EXPECT_TRUE(dialog.importButton()->isEnabled());
    dialog.dialectBox()->setCurrentIndex(1); // forced UTF-8: the file says it is not
    EXPECT_FALSE(dialog.importButton()->isEnabled());
}

TEST_F(ImportDialog, AnImportIsOneUndoStep)
{
    PeriodSession session;
    session.setStore(&*store);
    ASSERT_TRUE(session.load(committee, 2024, Period::T1));
    MeasurementRepository values(*store);
    const auto before = values.measurement(staff.id, Period::T1);
    ASSERT_TRUE(before && before->outcome);
    auto table = Csv::read(("Indikator;Period;Utfall\n" + kStaff.toUtf8() + ";T1;4,4\n" + kStaff.toUtf8() + ";T2;4,5\n"));
    ASSERT_TRUE(table);
    const OutcomePreview preview =
        OutcomeImport::preview(*store, committee, 2024, Period::T1, table.value(), OutcomeMapping::guess(table->header));
    ASSERT_EQ(preview.changes.size(), 2u);

    ASSERT_TRUE(session.importValues(preview));
    EXPECT_EQ(session.undoStack()->count(), 1);
    EXPECT_DOUBLE_EQ(*values.measurement(staff.id, Period::T1)->outcome, 4.4);
    EXPECT_DOUBLE_EQ(*values.measurement(staff.id, Period::T2)->outcome, 4.5);
    ASSERT_NE(session.snapshot()->measurement(staff.id), nullptr);
    EXPECT_DOUBLE_EQ(*session.snapshot()->measurement(staff.id)->outcome, 4.4) << "the window shows the imported value";

    session.undoStack()->undo();
    EXPECT_EQ(values.measurement(staff.id, Period::T1)->outcome, before->outcome);
    const auto t2 = values.measurement(staff.id, Period::T2);
    EXPECT_TRUE(!t2 || !t2->outcome) << "a value the import created is gone again";
    EXPECT_EQ(session.snapshot()->measurement(staff.id)->outcome, before->outcome);

    session.undoStack()->redo();
    EXPECT_DOUBLE_EQ(*values.measurement(staff.id, Period::T2)->outcome, 4.5);
}

// A workbook written by openpyxl (make_workbooks.py): the sheet is chosen in the dialog, the
// header found below the title, errors named by row and column letter, and the import is one
// undo step like a CSV file's.
TEST_F(ImportDialog, AWorkbooksSheetIsChosenAndImportedAsOneUndoStep)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(MALKOLL_TEST_DATA "/office/make_workbooks.py"), dir.path()});
    ASSERT_TRUE(python.waitForFinished(60000));
    ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    PeriodSession session;
    session.setStore(&*store);
    ASSERT_TRUE(session.load(committee, 2024, Period::T1));
    MeasurementRepository values(*store);
    const auto before = values.measurement(staff.id, Period::T1);
    ASSERT_TRUE(before);

    {
        OutcomeImportDialog refused(*store, committee, 2024, Period::T1, dir.filePath(QStringLiteral("refused.xlsx")));
        EXPECT_EQ(refused.previewTable()->horizontalHeaderItem(0)->text(), QStringLiteral("Row"));
        ASSERT_GE(refused.previewTable()->rowCount(), 1);
        EXPECT_EQ(refused.previewTable()->item(0, 0)->text(), QStringLiteral("7"));
        EXPECT_EQ(refused.previewTable()->item(0, 1)->text(), QStringLiteral("B"));
        EXPECT_FALSE(refused.importButton()->isEnabled());
    }

    OutcomeImportDialog dialog(*store, committee, 2024, Period::T1, dir.filePath(QStringLiteral("outcomes.xlsx")));
    dialog.setApply([&](const OutcomePreview &p) { return session.importValues(p); });
    EXPECT_TRUE(dialog.windowTitle().contains(QStringLiteral("Excel")));
    ASSERT_EQ(dialog.sheetBox()->count(), 2);
    EXPECT_EQ(dialog.sheetBox()->currentText(), QStringLiteral("T1"));
    ASSERT_EQ(dialog.fieldBoxCount(), 7) << "the header is row 3, under the title";
    EXPECT_EQ(dialog.fieldBox(1)->currentData().toString(), QStringLiteral("outcome"));
    EXPECT_EQ(dialog.preview().changes.size(), 4u);
    dialog.sheetBox()->setCurrentIndex(1); // T2: one row with its Period column
    ASSERT_EQ(dialog.fieldBoxCount(), 3);
    ASSERT_EQ(dialog.preview().changes.size(), 1u);
    dialog.sheetBox()->setCurrentIndex(0);
    ASSERT_EQ(dialog.preview().changes.size(), 4u);
    ASSERT_TRUE(dialog.importButton()->isEnabled());
    dialog.importButton()->click();
    EXPECT_EQ(dialog.imported(), 4);
    EXPECT_EQ(session.undoStack()->count(), 1);
    EXPECT_DOUBLE_EQ(values.measurement(staff.id, Period::T1)->outcome.value_or(-1), 5.1);
    EXPECT_DOUBLE_EQ(values.measurement(staff.id, Period::T1)->prognosis.value_or(-1), 5.1) << "the formula's cached value";
    session.undoStack()->undo();
    EXPECT_EQ(values.measurement(staff.id, Period::T1)->outcome, before->outcome);
    EXPECT_EQ(values.measurement(staff.id, Period::T1)->prognosis, before->prognosis);
}
