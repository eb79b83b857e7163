// CSV: the three dialects Swedish users have, quoting, and the outcome import on top of it:
// preview names every bad cell by line and column, apply writes all rows in one transaction
// or none, and a locked period or a change behind the preview's back leaves the store as it was.
// Also the CSV export of the store, read back by the same reader.
#include "io/csv.h"
#include "export/csvexport.h"
#include "sample/demoloader.h"
#include "import/outcomeimport.h"
#include "store/indicatorrepository.h"
#include "store/measurementrepository.h"
#include "store/organisationrepository.h"
#include "store/periodrepository.h"
#include "tempstore.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace malkoll;
using malkoll::test::TempStore;

namespace {

const QString kStaff = QStringLiteral("Antal barn per anställd i förskolan (årsarbetare)");
const QString kLegit = QStringLiteral("Andel legitimerade förskollärare av totalt antal anställda (årsarbetare)");

class OutcomeCsv : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto loaded = test::loadDemo(store);
        ASSERT_TRUE(loaded) << loaded.error().toStdString();
        committee = loaded->committeeId;
        for (const Indicator &i : IndicatorRepository(*store).indicators(committee, 2024)) {
            if (i.name == kStaff) staff = i;
            if (i.name == kLegit) legit = i;
        }
        ASSERT_NE(staff.id, 0);
        ASSERT_NE(legit.id, 0);
        ASSERT_TRUE(legit.genderSplit);
        ASSERT_FALSE(staff.genderSplit);
    }
    OutcomePreview previewOf(const QByteArray &bytes, Period period = Period::T2)
    {
        auto table = Csv::read(bytes);
        EXPECT_TRUE(table) << table.error().toStdString();
        if (!table) return {};
        return OutcomeImport::preview(*store, committee, 2024, period, table.value(),
                                      OutcomeMapping::guess(table->header));
    }
    std::optional<Measurement> value(const Indicator &i, Period p)
    {
        return MeasurementRepository(*store).measurement(i.id, p);
    }

    TempStore store;
    qint64 committee = 0;
    Indicator staff, legit;
};

} // namespace

TEST(Csv, ExcelDialectWithBomQuotesAndLineBreaks)
{
    const QByteArray bytes = "\xEF\xBB\xBFIndikator;Utfall;Analys\r\n"
                             "\"Antal; med semikolon\";5,2;\"Två\r\nrader och \"\"citat\"\"\"\r\n"
                             "\r\n"
                             "Sista;1 320,5 st;\r\n";
    const CsvDialect d = Csv::detect(bytes);
    EXPECT_EQ(d, CsvDialect::excel());
    auto t = Csv::read(bytes);
    ASSERT_TRUE(t) << t.error().toStdString();
    EXPECT_EQ(t->header, (QStringList{QStringLiteral("Indikator"), QStringLiteral("Utfall"), QStringLiteral("Analys")}));
    ASSERT_EQ(t->rows.size(), 2u);
    EXPECT_EQ(t->rows[0][0], QStringLiteral("Antal; med semikolon"));
    EXPECT_EQ(t->rows[0][2], QStringLiteral("Två\r\nrader och \"citat\""));
    EXPECT_EQ(t->lines[0], 2);
    EXPECT_EQ(t->lines[1], 5) << "the quoted line break and the blank line count";
    EXPECT_EQ(t->rows[1][1], QStringLiteral("1 320,5 st"));
}

TEST(Csv, Windows1252AndCommaDialectsAreDetected)
{
    const QByteArray cp1252 = "Indikator;Utfall\nAndel f\xf6rskoll\xe4rare;34,9\n";
    const CsvDialect d = Csv::detect(cp1252);
    EXPECT_EQ(d.encoding, CsvDialect::Encoding::Windows1252);
    EXPECT_EQ(d.separator, u';');
    auto t = Csv::read(cp1252);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->rows[0][0], QStringLiteral("Andel förskollärare"));

    const QByteArray comma = "Indicator,Outcome\n\"Andel, med komma\",34.9\n";
    EXPECT_EQ(Csv::detect(comma), CsvDialect::comma());
    auto c = Csv::read(comma);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->rows[0][0], QStringLiteral("Andel, med komma"));
    EXPECT_EQ(c->rows[0][1], QStringLiteral("34.9"));
}

TEST(Csv, AnUnclosedQuoteNamesItsLine)
{
    auto t = Csv::read("a;b\n1;2\n3;\"open\n4;5\n");
    ASSERT_FALSE(t);
    EXPECT_TRUE(t.error().contains(QStringLiteral("Line 3"))) << t.error().toStdString();
    EXPECT_FALSE(Csv::read(QByteArray()));
}

TEST(Csv, WriteThenReadGivesTheSameCells)
{
    const QStringList cells{QStringLiteral("a;b"), QStringLiteral("\"q\""), QStringLiteral("rad\nrad"), QStringLiteral(" lead"),
                            QStringLiteral("åäö – ♀")};
    for (const CsvDialect &d : {CsvDialect::excel(), CsvDialect::comma()}) {
        const QByteArray bytes = Csv::encode(Csv::line({QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"),
                                                        QStringLiteral("h4"), QStringLiteral("h5")},
                                                       d) +
                                                 Csv::line(cells, d),
                                             d);
        auto t = Csv::read(bytes, d);
        ASSERT_TRUE(t) << t.error().toStdString();
        ASSERT_EQ(t->rows.size(), 1u);
        EXPECT_EQ(t->rows[0], cells);
    }
}

TEST_F(OutcomeCsv, ExcelDialectPreviewThenApplyInOneTransaction)
{
    const QByteArray file = ("Indikator;Period;Utfall;Män;Kvinnor;Prognos helår;Analys\n" + kStaff.toUtf8() +
                             ";T2;5,1 st;;;5,0;Färre barn per anställd efter sommarens rekryteringar.\n" + kLegit.toUtf8() +
                             ";T2;35,5 %;4 %;31,5 %;;\n")
                                ;
    const OutcomePreview p = previewOf(file);
    ASSERT_TRUE(p.errors.empty()) << p.errors.front().message.toStdString();
    ASSERT_EQ(p.changes.size(), 2u);
    EXPECT_EQ(p.changes[0].line, 2);
    const auto beforeApply = value(staff, Period::T2);
    EXPECT_TRUE(!beforeApply || beforeApply->outcome != std::optional<double>(5.1)) << "preview writes nothing";

    auto applied = OutcomeImport::apply(*store, p);
    ASSERT_TRUE(applied) << applied.error().toStdString();
    EXPECT_EQ(applied.value(), 2);
    EXPECT_DOUBLE_EQ(*value(staff, Period::T2)->outcome, 5.1);
    EXPECT_DOUBLE_EQ(*value(staff, Period::T2)->prognosis, 5.0);
    EXPECT_TRUE(value(staff, Period::T2)->analysis.startsWith(u"Färre barn"));
    EXPECT_DOUBLE_EQ(*value(legit, Period::T2)->men, 4);
    EXPECT_DOUBLE_EQ(*value(legit, Period::T2)->women, 31.5);

    const OutcomePreview again = previewOf(file);
    EXPECT_TRUE(again.changes.empty());
    EXPECT_EQ(again.unchanged, 2);
}

TEST_F(OutcomeCsv, Windows1252AndCommaDialectsGiveTheSameValues)
{
    QStringEncoder cp1252("Windows-1252");
    ASSERT_TRUE(cp1252.isValid());
    const QByteArray excel = cp1252(QStringLiteral("Indikator;Utfall\n%1;5,3\n").arg(kStaff));
    const OutcomePreview a = previewOf(excel);
    ASSERT_TRUE(a.errors.empty()) << a.errors.front().message.toStdString();
    ASSERT_EQ(a.changes.size(), 1u);
    EXPECT_DOUBLE_EQ(*a.changes[0].after.outcome, 5.3);

    const QByteArray comma = QStringLiteral("Indikator,Period,Utfall\n\"%1\",VB,5.3\n").arg(kStaff).toUtf8();
    const OutcomePreview b = previewOf(comma);
    ASSERT_TRUE(b.errors.empty()) << b.errors.front().message.toStdString();
    ASSERT_EQ(b.changes.size(), 1u);
    EXPECT_EQ(b.changes[0].period, Period::VB);
    EXPECT_DOUBLE_EQ(*b.changes[0].after.outcome, 5.3);
}

TEST_F(OutcomeCsv, BadRowsAreReportedByLineAndColumnAndNothingIsWritten)
{
    ASSERT_TRUE(PeriodRepository(*store).lock(committee, 2024, Period::VB, QStringLiteral("klar")));
    const QByteArray file = ("Indikator;Period;Utfall;Män\n" +                       // line 1
                             kStaff.toUtf8() + ";T2;5,1;\n" +                       // 2: fine
                             "Ingen sådan indikator;T2;1;\n" +                       // 3: unknown
                             kStaff.toUtf8() + ";T3;1;\n" +                          // 4: bad period
                             kLegit.toUtf8() + ";T2;fem;\n" +                        // 5: not a number
                             kStaff.toUtf8() + ";T1;5;2\n" +                         // 6: men on a total-only indicator
                             kStaff.toUtf8() + ";VB;5;\n" +                          // 7: locked
                             kStaff.toUtf8() + ";T2;5,2;\n" +                        // 8: same as line 2
                             kLegit.toUtf8() + ";T1;34,9 st;\n");                    // 9: another unit
    const auto counts = store->counts();
    const auto before = value(staff, Period::T2);
    const OutcomePreview p = previewOf(file);
    std::vector<std::pair<int, int>> where;
    for (const CsvIssue &e : p.errors) where.emplace_back(e.line, e.column);
    const std::vector<std::pair<int, int>> expected{{3, 1}, {4, 2}, {5, 3}, {6, 4}, {7, 0}, {8, 0}, {9, 3}};
    EXPECT_EQ(where, expected);
    for (const CsvIssue &e : p.errors) EXPECT_FALSE(e.message.isEmpty());
    EXPECT_TRUE(p.errors[0].message.contains(QStringLiteral("Ingen sådan indikator")));
    EXPECT_TRUE(p.errors[4].message.contains(QStringLiteral("locked")));

    auto applied = OutcomeImport::apply(*store, p);
    ASSERT_FALSE(applied) << "a preview with errors is refused whole";
    EXPECT_EQ(store->counts(), counts);
    EXPECT_EQ(value(staff, Period::T2).has_value(), before.has_value());
}

TEST_F(OutcomeCsv, AChangeBehindThePreviewRollsBackEveryRow)
{
    const QByteArray file = ("Indikator;Period;Utfall\n" + kLegit.toUtf8() + ";T2;36\n" + kStaff.toUtf8() + ";T2;5,1\n");
    const OutcomePreview p = previewOf(file);
    ASSERT_EQ(p.changes.size(), 2u);
    // Someone saves the second indicator's T2 value after the preview was made.
    Measurement other = value(staff, Period::T2).value_or(Measurement{});
    other.indicatorId = staff.id;
    other.period = Period::T2;
    other.outcome = 4.8;
    ASSERT_TRUE(MeasurementRepository(*store).save(other));
    const auto legitBefore = value(legit, Period::T2);

    auto applied = OutcomeImport::apply(*store, p);
    ASSERT_FALSE(applied);
    EXPECT_TRUE(applied.error().contains(QStringLiteral("Line 3"))) << applied.error().toStdString();
    EXPECT_DOUBLE_EQ(*value(staff, Period::T2)->outcome, 4.8) << "the other person's value stands";
    EXPECT_EQ(value(legit, Period::T2).has_value() ? value(legit, Period::T2)->outcome : std::nullopt,
              legitBefore ? legitBefore->outcome : std::nullopt)
        << "the first row was rolled back with the second";
}

TEST_F(OutcomeCsv, MappingNeedsAnIndicatorAndAValue)
{
    auto t = Csv::read("Namn;Något\nX;1\n");
    ASSERT_TRUE(t);
    OutcomeMapping m = OutcomeMapping::guess(t->header);
    EXPECT_EQ(m.columns, (std::vector<OutcomeField>{OutcomeField::Indicator, OutcomeField::Ignore}));
    const OutcomePreview p = OutcomeImport::preview(*store, committee, 2024, Period::T1, t.value(), m);
    ASSERT_EQ(p.errors.size(), 1u);
    EXPECT_EQ(p.errors[0].line, 1);
}

TEST_F(OutcomeCsv, ExportWholeStoreAndOneYearReadsBack)
{
    QTemporaryDir dir;
    auto all = CsvExport::write(*store, dir.filePath(QStringLiteral("all")), std::nullopt);
    ASSERT_TRUE(all) << all.error().toStdString();
    EXPECT_EQ(all->files.size(), Store::exportTables().size());
    int total = 0;
    for (const auto &[table, n] : store->counts()) total += n;
    EXPECT_EQ(all->rows, total) << "every row of every table";

    auto year = CsvExport::write(*store, dir.filePath(QStringLiteral("2024")), 2024, CsvDialect::comma());
    ASSERT_TRUE(year) << year.error().toStdString();
    QFile f(dir.filePath(QStringLiteral("2024/indicator.csv")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    auto t = Csv::read(f.readAll());
    ASSERT_TRUE(t) << t.error().toStdString();
    EXPECT_EQ(t->dialect, CsvDialect::comma());
    EXPECT_EQ(t->rows.size(), IndicatorRepository(*store).indicators(committee, 2024).size());
    const qsizetype nameColumn = t->header.indexOf(QStringLiteral("name"));
    const qsizetype yearColumn = t->header.indexOf(QStringLiteral("year"));
    ASSERT_GE(nameColumn, 0);
    EXPECT_TRUE(std::any_of(t->rows.begin(), t->rows.end(), [&](const QStringList &r) { return r[nameColumn] == kStaff; }));
    EXPECT_TRUE(std::all_of(t->rows.begin(), t->rows.end(), [&](const QStringList &r) { return r[yearColumn] == u"2024"; }));

    auto again = CsvExport::write(*store, dir.filePath(QStringLiteral("2024")), 2024);
    EXPECT_FALSE(again) << "existing files are not overwritten";
}

// Issue "Nothing lost, ever" 11–13: a runaway analysis and an absurd value are errors with their
// line and column, and a UTF-16 file (Excel's "Unicode text") is read, not garbled into
// "No column is mapped to Indicator".
TEST_F(OutcomeCsv, RunawayTextAbsurdValuesAndUtf16)
{
    const QString zeros = QStringLiteral("1") + QString(308, u'0');
    const QByteArray file = ("Indikator;Period;Utfall;Analys\n" + kStaff.toUtf8() + ";T2;" + zeros.toUtf8() + ";\n" +
                             kLegit.toUtf8() + ";T2;35;" + QByteArray(6000, 'a') + "\n");
    const OutcomePreview p = previewOf(file);
    std::vector<std::pair<int, int>> where;
    for (const CsvIssue &e : p.errors) where.emplace_back(e.line, e.column);
    EXPECT_EQ(where, (std::vector<std::pair<int, int>>{{2, 3}, {3, 4}}));
    ASSERT_EQ(p.errors.size(), 2u);
    EXPECT_TRUE(p.errors[0].message.contains(QStringLiteral("too large"))) << p.errors[0].message.toStdString();
    EXPECT_TRUE(p.errors[1].message.contains(QStringLiteral("at most 5000"))) << p.errors[1].message.toStdString();

    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray unicode = utf16(QStringLiteral("Indikator;Period;Utfall\r\n%1;T2;5,4\r\n").arg(kStaff));
    const OutcomePreview u = previewOf(unicode);
    ASSERT_TRUE(u.errors.empty()) << u.errors.front().message.toStdString();
    ASSERT_EQ(u.changes.size(), 1u);
    EXPECT_DOUBLE_EQ(*u.changes[0].after.outcome, 5.4);
}
