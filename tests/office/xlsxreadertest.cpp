// The .xlsx reader against workbooks written inside the test run: by openpyxl (a spreadsheet
// library of its own) and part by part the way other programs write them (make_workbooks.py).
#include "xlsxexport.h"
#include "xlsxreader.h"

#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace malkoll;

namespace {
class XlsxRead : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        folder = new QTemporaryDir;
        QProcess python;
        // Debian's python3 with python3-openpyxl (scripts/deps.sh), whatever python3 is first on PATH.
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral(MALKOLL_TEST_DATA "/office/make_workbooks.py"), folder->path()});
        ASSERT_TRUE(python.waitForFinished(60000));
        ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    }
    static void TearDownTestSuite() { delete folder; }
    static QString file(const char *name) { return folder->filePath(QString::fromLatin1(name)); }
    static inline QTemporaryDir *folder = nullptr;
};
} // namespace

TEST_F(XlsxRead, OpenpyxlWorkbookTitleRowsNumbersPercentTextNumbersDatesAndAFormulasCachedValue)
{
    auto book = XlsxReader::open(file("outcomes.xlsx"));
    ASSERT_TRUE(book) << book.error().toStdString();
    EXPECT_EQ(book->sheetNames(), (QStringList{QStringLiteral("T1"), QStringLiteral("T2")}));
    auto t = book->table();
    ASSERT_TRUE(t) << t.error().toStdString();
    EXPECT_EQ(t->sheet, QStringLiteral("T1"));
    // The title is the first row with text; the outcome import finds the real header below it.
    EXPECT_EQ(t->header, QStringList{QStringLiteral("Utfall T1 2024 – Kungsholmen, förskola")});
    EXPECT_EQ(t->headerLine, 1);
    ASSERT_EQ(t->rows.size(), 5u) << "rows 3, 4, 6, 7, 8: the missing rows 2 and 5 are not rows";
    EXPECT_EQ(t->lines, (std::vector<int>{3, 4, 6, 7, 8}));
    EXPECT_EQ(t->rows[0].at(6), QStringLiteral("Uppdaterad"));
    const QStringList &teachers = t->rows[1];
    EXPECT_EQ(teachers.at(1), QStringLiteral("36,2 %")) << "0.362 formatted 0.0% is 36,2 %";
    EXPECT_EQ(teachers.at(3), QStringLiteral("20 %"));
    EXPECT_EQ(teachers.at(4), QStringLiteral("36,5 %")) << "text stays text";
    EXPECT_EQ(teachers.at(6), QStringLiteral("2024-04-30")) << "a date cell reads as its date";
    EXPECT_EQ(t->rows[2].at(4), QStringLiteral("5,1")) << "the formula =B6 by its cached value";
    EXPECT_EQ(t->rows[2].size(), 5) << "no empty cells after the last one";
    EXPECT_EQ(t->rows[4], (QStringList{QStringLiteral("Antal tillhandahållna platser för feriejobb"), QStringLiteral("1 320")}));
    EXPECT_EQ(t->where(7, 2), QStringLiteral("sheet T1, row 7, column B"));

    auto t2 = book->table(QStringLiteral("T2"));
    ASSERT_TRUE(t2);
    EXPECT_EQ(t2->header, (QStringList{QStringLiteral("Indikator"), QStringLiteral("Period"), QStringLiteral("Utfall")}));
    ASSERT_EQ(t2->rows.size(), 1u);
    EXPECT_EQ(t2->rows[0].at(2), QStringLiteral("16"));
    auto missing = book->table(QStringLiteral("T3"));
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().contains(QStringLiteral("T3"))) << missing.error().toStdString();
    EXPECT_TRUE(missing.error().contains(QStringLiteral("“T1”, “T2”"))) << missing.error().toStdString();
}

TEST_F(XlsxRead, HandWrittenPartsSharedAndInlineStringsBooleansErrorsAnd1904Dates)
{
    auto book = XlsxReader::open(file("handmade.xlsx"));
    ASSERT_TRUE(book) << book.error().toStdString();
    EXPECT_EQ(book->sheetNames(), QStringList{QStringLiteral("Blad 1")});
    auto t = book->table(QStringLiteral("Blad 1"));
    ASSERT_TRUE(t) << t.error().toStdString();
    EXPECT_EQ(t->header, (QStringList{QStringLiteral("Indikator"), QStringLiteral("Utfall"), QStringLiteral("Klar"),
                                      QStringLiteral("Datum"), QStringLiteral("Andel"), QStringLiteral("Text")}))
        << "cells without references follow each other";
    ASSERT_EQ(t->rows.size(), 3u);
    const QStringList &row = t->rows[0];
    EXPECT_EQ(row.at(0), QStringLiteral("Antal barn per grupp")) << "rich runs joined, the phonetic run left out";
    EXPECT_EQ(row.at(1), QStringLiteral("1320,5"));
    EXPECT_EQ(row.at(2), QStringLiteral("TRUE"));
    EXPECT_EQ(row.at(3), QStringLiteral("2022-04-30")) << "43219 days after 1 January 1904, a custom [$-41D] date format";
    EXPECT_EQ(row.at(4), QStringLiteral("87,65 %"));
    EXPECT_EQ(row.at(5), QStringLiteral("Ok")) << "a formula's text result";
    EXPECT_EQ(t->rows[1], (QStringList{QStringLiteral("Fel"), QStringLiteral("#DIV/0!"), QString(), QString(), QString(),
                                       QStringLiteral("sist")}))
        << "an error value as its text; the cells between are empty";
    EXPECT_EQ(t->rows[2].at(0), QStringLiteral("−0,000001")) << "a small number without an exponent";
    EXPECT_EQ(t->rows[2].at(1), QStringLiteral("12345678901234600")) << "15 significant digits, as Excel shows them";
    EXPECT_EQ(t->lines, (std::vector<int>{4, 5, 6}));
}

TEST_F(XlsxRead, AFileThatIsNotAWorkbookIsRefusedByName)
{
    for (const char *name : {"notzip.xlsx", "truncated.xlsx", "badxml.xlsx", "nosuchfile.xlsx"}) {
        auto book = XlsxReader::open(file(name));
        QString message = book ? QString() : book.error();
        if (book) {
            auto t = book->table();
            ASSERT_FALSE(t) << name;
            message = t.error();
        }
        EXPECT_TRUE(message.contains(QString::fromLatin1(name))) << name << ": " << message.toStdString();
        EXPECT_EQ(message.count(QString::fromLatin1(name)), 1) << "the file is named once: " << message.toStdString();
    }
    auto bad = XlsxReader::open(file("badxml.xlsx"));
    ASSERT_TRUE(bad);
    const QString message = bad->table().error();
    EXPECT_TRUE(message.contains(QStringLiteral("xl/sheets/data.xml"))) << message.toStdString();
}

TEST(XlsxColumns, LettersOfAColumn)
{
    EXPECT_EQ(Csv::columnLetters(1), QStringLiteral("A"));
    EXPECT_EQ(Csv::columnLetters(26), QStringLiteral("Z"));
    EXPECT_EQ(Csv::columnLetters(27), QStringLiteral("AA"));
    EXPECT_EQ(Csv::columnLetters(16384), QStringLiteral("XFD"));
}

// What the writer takes for a number: a unit with a digit is still a unit, a sentence that begins
// with a number is text, and words among numbers stay words — read back with openpyxl.
TEST_F(XlsxRead, TheWriterKnowsAUnitFromASentence)
{
    ReportTable t;
    t.title = QStringLiteral("Mål");
    t.header = {QStringLiteral("Indikator"), QStringLiteral("Utfall"), QStringLiteral("Skäl")};
    t.rows = {{QStringLiteral("Klimatpåverkan"), QStringLiteral("1,6 kg CO2 per kg livsmedel"),
               QStringLiteral("1 av 1 nämndmål uppfylls helt; 2 indikatorer kan inte bedömas")},
              {QStringLiteral("Nöjdhet"), QStringLiteral("Öka"), QStringLiteral("3 indikatorer kan inte bedömas")},
              {QStringLiteral("Andel"), QStringLiteral("87,5 %"), QStringLiteral("2 av 2 aktiviteter enligt plan")}};
    const QString path = folder->filePath(QStringLiteral("written.xlsx"));
    ASSERT_TRUE(XlsxExport::write({t}, path, true));
    // Read back by our own reader and by openpyxl.
    auto book = XlsxReader::open(path);
    ASSERT_TRUE(book) << book.error().toStdString();
    auto back = book->table();
    ASSERT_TRUE(back);
    ASSERT_EQ(back->rows.size(), 3u);
    EXPECT_EQ(back->rows[2].at(1), QStringLiteral("87,5 %"));
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, openpyxl\nws = openpyxl.load_workbook(sys.argv[1]).active\n"
                                 "for r in ws.iter_rows(min_row=2):\n    print(repr(r[1].value), r[1].number_format, type(r[2].value).__name__)\n"),
                  path});
    ASSERT_TRUE(python.waitForFinished(60000));
    ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    const QStringList lines = QString::fromUtf8(python.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[0], QStringLiteral("1.6 #,##0.0 \"kg CO2 per kg livsmedel\" str"));
    EXPECT_EQ(lines[1], QStringLiteral("'Öka' General str"));
    EXPECT_EQ(lines[2], QStringLiteral("0.875 0.0% str"));
}

// Workbooks as current Excel and .NET tools write them (issue 29).
TEST_F(XlsxRead, ExcelsOwn1904WorkbookKeepsItsDateSystem)
{
    auto book = XlsxReader::open(file("excel1904.xlsx"));
    ASSERT_TRUE(book) << book.error().toStdString();
    auto t = book->table();
    ASSERT_TRUE(t) << t.error().toStdString();
    ASSERT_EQ(t->rows.size(), 1u);
    EXPECT_EQ(t->rows[0].at(1), QStringLiteral("2022-04-30")) << "x15:workbookPr in extLst does not reset date1904";
}

TEST_F(XlsxRead, DotNetFillerCellsPartNamesInAnyCaseAndExcelsEscapes)
{
    auto book = XlsxReader::open(file("dotnet.xlsx"));
    ASSERT_TRUE(book) << book.error().toStdString();
    auto t = book->table();
    ASSERT_TRUE(t) << t.error().toStdString();
    EXPECT_EQ(t->header, (QStringList{QStringLiteral("Indikator"), QStringLiteral("Datum")})) << "xl/SharedStrings.xml found";
    ASSERT_EQ(t->rows.size(), 1u);
    const QStringList &row = t->rows[0];
    ASSERT_EQ(row.size(), 5);
    EXPECT_EQ(row.at(4), QStringLiteral("2024-04-30")) << "a t=\"d\" cell by its date";
    EXPECT_EQ(row.at(0), QStringLiteral("Rad ett\nrad två")) << "_x000D_ and the line break are one break";
    EXPECT_EQ(row.at(1), QStringLiteral("2018-04-29")) << "the 1900 date system; the styles part found in other case";
    EXPECT_EQ(row.at(2), QString()) << "<c t=\"s\"/> is an empty cell";
    EXPECT_EQ(row.at(3), QStringLiteral("kod_x0041_")) << "_x005F_ is the underscore itself";
}

TEST_F(XlsxRead, WithNoSheetChosenTheFirstVisibleWorksheetIsRead)
{
    auto book = XlsxReader::open(file("sheets.xlsx"));
    ASSERT_TRUE(book) << book.error().toStdString();
    auto t = book->table();
    ASSERT_TRUE(t) << t.error().toStdString();
    EXPECT_EQ(t->sheet, QStringLiteral("Data"));
    EXPECT_EQ(t->header, QStringList{QStringLiteral("synlig")});
    auto hidden = book->table(QStringLiteral("Dold"));
    ASSERT_TRUE(hidden) << "a hidden sheet is read when it is named";
    EXPECT_EQ(hidden->header, QStringList{QStringLiteral("dold")});
    auto chart = book->table(QStringLiteral("Diagram"));
    ASSERT_FALSE(chart);
    EXPECT_TRUE(chart.error().contains(QStringLiteral("“Diagram”"))) << chart.error().toStdString();
    auto missing = book->table(QStringLiteral("T9"));
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().contains(QStringLiteral("“Diagram”, “Dold”, “Data”"))) << missing.error().toStdString();
}

TEST_F(XlsxRead, APartTwiceAndDeclaredEntitiesAreRefusedByName)
{
    auto twice = XlsxReader::open(file("twice.xlsx"));
    ASSERT_FALSE(twice);
    EXPECT_TRUE(twice.error().contains(QStringLiteral("twice.xlsx")) && twice.error().contains(QStringLiteral("xl/worksheets/sheet1.xml")))
        << twice.error().toStdString();
    auto encrypted = XlsxReader::open(file("encrypted.xlsx"));
    ASSERT_FALSE(encrypted);
    EXPECT_TRUE(encrypted.error().contains(QStringLiteral("encrypted.xlsx")) && encrypted.error().contains(QStringLiteral("password")))
        << encrypted.error().toStdString();
    auto bomb = XlsxReader::open(file("bomb.xlsx"));
    ASSERT_FALSE(bomb);
    EXPECT_TRUE(bomb.error().contains(QStringLiteral("bomb.xlsx")) && bomb.error().contains(QStringLiteral("xl/worksheets/sheet1.xml")))
        << bomb.error().toStdString();
}

TEST_F(XlsxRead, ElapsedTimesAndNumbersBeyondFixedNotationReadAsExcelShowsThem)
{
    auto book = XlsxReader::open(file("numbers.xlsx"));
    ASSERT_TRUE(book) << book.error().toStdString();
    auto t = book->table();
    ASSERT_TRUE(t) << t.error().toStdString();
    ASSERT_EQ(t->rows.size(), 1u);
    EXPECT_EQ(t->rows[0], (QStringList{QStringLiteral("36:00:00"), QStringLiteral("1E−31"), QStringLiteral("1,5E+21"),
                                       QStringLiteral("−5"), QStringLiteral("54:00:00"), QStringLiteral("00:01:00,5")}))
        << "[h]:mm:ss past 24 h; 1E-31 is not 0; a negative serial is no date; mm:ss.0 keeps its tenth";
}
