// What a hostile tester found losing or misplacing data (issue "Nothing lost, ever"), each
// case as it was tried: a rejected cell, an odd line in a table, a rejected row's analysis, a
// damaged title, a store missing a table, runaway text and numbers, UTF-16, formulas in CSV.
#include "io/csv.h"
#include "export/csvexport.h"
#include "import/reportimporter.h"
#include "import/reportparser.h"
#include "store/auditlog.h"
#include "store/economyrepository.h"
#include "store/goalrepository.h"
#include "store/indicatorrepository.h"
#include "store/measurementrepository.h"
#include "store/organisationrepository.h"
#include "tempstore.h"
#include "text/swedishnumber.h"
#include "text/targettext.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <cmath>
#include <gtest/gtest.h>

using namespace malkoll;
using malkoll::test::TempStore;

namespace {

// A small tertial report in the city's layout: one goal path, three indicators with analyses.
QString report(const QString &rows, const QString &title = QStringLiteral("Tertialrapport 1 2024 för Provnämndens stadsdelsnämnd"))
{
    return title + QStringLiteral("\n\n"
                                  "KF:s inriktningsmål: 1. Ett mål för hela staden\n\n"
                                  "KF:s mål för verksamhetsområdet: 1.1 Ett mål för verksamhetsområdet\n\n"
                                  "Indikator\tPeriodens utfall\tPrognos helår\tÅrsmål\tKF:s årsmål\tPeriod\n") +
           rows;
}

QString row(const QString &name, const QString &outcome)
{
    return QStringLiteral("  %1\t%2\t6 %\t6 %\t6 %\tTertial 1 2024\n").arg(name, outcome);
}

QString analysis(const QString &text) { return QStringLiteral("Analys %1\t\t\t\t\t\n").arg(text); }

const QString kBrukare = QStringLiteral("Andel nöjda brukare");
const QString kGrupp = QStringLiteral("Antal barn per grupp");
const QString kElever = QStringLiteral("Andel elever med betyg");

QString goodRows()
{
    return row(kBrukare, QStringLiteral("5,2 %")) + analysis(QStringLiteral("Brukarna är nöjda.")) +
           row(kGrupp, QStringLiteral("15,5 %")) + analysis(QStringLiteral("Gruppstorlekarna har minskat.")) +
           row(kElever, QStringLiteral("80 %")) + analysis(QStringLiteral("Fler elever når målen."));
}

const ParsedIndicator *parsed(const ParsedReport &r, const QString &name)
{
    for (const ParsedIndicator &i : r.indicators)
        if (i.name == name) return &i;
    return nullptr;
}

// The stored value of the indicator `name` in T1 2024, or nullopt.
std::optional<Measurement> stored(Store &store, const QString &name)
{
    for (const Indicator &i : IndicatorRepository(store).allIndicators())
        if (i.name == name && i.year == 2024) return MeasurementRepository(store).measurement(i.id, Period::T1);
    return std::nullopt;
}

Result<ReportImportSummary> importText(Store &store, const QString &text)
{
    return ReportImporter::import(store, ReportParser::parse(text), QStringLiteral("prov.txt"));
}

bool anyReason(const std::vector<ReportLine> &lines, const QString &part)
{
    return std::any_of(lines.begin(), lines.end(), [&](const ReportLine &l) { return l.reason.contains(part); });
}

} // namespace

// 1. A rejected cell leaves the stored value exactly as it was.
TEST(NothingLost, ARejectedCellLeavesTheStoredValue)
{
    const QString zeros = QStringLiteral("1") + QString(308, u'0'); // 10³⁰⁸
    for (const QString &bad : {QStringLiteral("abc"), QStringLiteral("NaN"), QStringLiteral("1e308"), zeros}) {
        TempStore store;
        ASSERT_TRUE(importText(*store, report(goodRows())));
        const auto auditBefore = AuditLog(*store).latest(100000).size();
        const QString text = report(row(kBrukare, bad) + analysis(QStringLiteral("Brukarna är nöjda.")) +
                                    row(kGrupp, QStringLiteral("15,5 %")) + analysis(QStringLiteral("Gruppstorlekarna har minskat.")) +
                                    row(kElever, QStringLiteral("80 %")) + analysis(QStringLiteral("Fler elever når målen.")));
        const ParsedReport r = ReportParser::parse(text);
        ASSERT_EQ(r.rejected.size(), 1u) << bad.left(20).toStdString();
        EXPECT_EQ(r.rejected.front().line, 8);
        EXPECT_TRUE(r.rejected.front().reason.contains(QStringLiteral("Periodens utfall"))) << r.rejected.front().reason.toStdString();
        auto summary = ReportImporter::import(*store, r);
        ASSERT_TRUE(summary) << summary.error().toStdString();
        EXPECT_EQ(summary->values.changed, 0) << bad.left(20).toStdString();
        const auto m = stored(*store, kBrukare);
        ASSERT_TRUE(m && m->outcome);
        EXPECT_DOUBLE_EQ(*m->outcome, 5.2) << "the rejected “" << bad.left(20).toStdString() << "” erased the stored value";
        EXPECT_EQ(m->analysis, QStringLiteral("Brukarna är nöjda."));
        EXPECT_EQ(AuditLog(*store).latest(100000).size(), auditBefore);
    }
}

// 1 (NUL). A NUL byte inside a cell is taken out and said where; the value stands.
TEST(NothingLost, ANulByteInACellIsRemovedAndNamed)
{
    TempStore store;
    ASSERT_TRUE(importText(*store, report(goodRows())));
    QString text = report(goodRows());
    text.replace(QStringLiteral("5,2 %"), QStringLiteral("5,2") + QChar(0) + QStringLiteral(" %"));
    const ParsedReport r = ReportParser::parse(text);
    ASSERT_TRUE(anyReason(r.warnings, QStringLiteral("U+0000")));
    EXPECT_EQ(r.warnings.front().line, 8);
    auto summary = ReportImporter::import(*store, r);
    ASSERT_TRUE(summary);
    EXPECT_TRUE(summary->unchanged());
    EXPECT_DOUBLE_EQ(*stored(*store, kBrukare)->outcome, 5.2);
}

// 2. A line of tabs inside an indicator table: the rows below it are read, nothing is erased.
TEST(NothingLost, ALineOfTabsInsideATableKeepsTheRowsBelowIt)
{
    for (const QString &odd : {QStringLiteral("\t\t\t\n"), QString(20000, u'\t') + u'\n', QStringLiteral(" \t \t\n")}) {
        TempStore store;
        ASSERT_TRUE(importText(*store, report(goodRows())));
        const QString text = report(row(kBrukare, QStringLiteral("5,2 %")) + odd + analysis(QStringLiteral("Brukarna är nöjda.")) +
                                    row(kGrupp, QStringLiteral("15,5 %")) + odd +
                                    analysis(QStringLiteral("Gruppstorlekarna har minskat.")) + row(kElever, QStringLiteral("80 %")) +
                                    analysis(QStringLiteral("Fler elever når målen.")));
        const ParsedReport r = ReportParser::parse(text);
        EXPECT_EQ(r.indicators.size(), 3u) << odd.size() << " tabs";
        EXPECT_TRUE(r.rejected.empty()) << r.rejected.front().reason.toStdString();
        ASSERT_NE(parsed(r, kElever), nullptr);
        EXPECT_EQ(parsed(r, kGrupp)->analysis, QStringLiteral("Gruppstorlekarna har minskat."));
        auto summary = ReportImporter::import(*store, r);
        ASSERT_TRUE(summary);
        EXPECT_TRUE(summary->unchanged());
        EXPECT_EQ(stored(*store, kGrupp)->analysis, QStringLiteral("Gruppstorlekarna har minskat."));
    }
}

// 2. A row that has lost its table (a blank line above it) is listed, never passed over.
TEST(NothingLost, ARowOutsideAnyTableIsListed)
{
    const QString text = report(row(kBrukare, QStringLiteral("5,2 %")) + QStringLiteral("\n") + row(kGrupp, QStringLiteral("15,5 %")));
    const ParsedReport r = ReportParser::parse(text);
    ASSERT_EQ(r.rejected.size(), 1u);
    EXPECT_EQ(r.rejected.front().line, 10);
    EXPECT_TRUE(r.rejected.front().text.contains(kGrupp));
}

// 3. The Analys line of a rejected row is not the analysis of the row above it.
TEST(NothingLost, ARejectedRowsAnalysisStaysWithNoOtherRow)
{
    TempStore store;
    ASSERT_TRUE(importText(*store, report(goodRows())));
    const QString broken = QStringLiteral("  %1\t15,5 %\t6 %\tTertial 1 2024\n").arg(kGrupp); // two cells short
    const QString text = report(row(kBrukare, QStringLiteral("5,2 %")) + analysis(QStringLiteral("Brukarna är nöjda.")) + broken +
                                analysis(QStringLiteral("Gruppstorlekarna har minskat, skriver enheten.")) +
                                row(kElever, QStringLiteral("80 %")) + analysis(QStringLiteral("Fler elever når målen.")));
    const ParsedReport r = ReportParser::parse(text);
    ASSERT_EQ(r.rejected.size(), 2u);
    EXPECT_EQ(r.rejected[0].line, 10);
    EXPECT_EQ(r.rejected[1].line, 11);
    EXPECT_TRUE(r.rejected[1].reason.contains(QStringLiteral("line 10"))) << r.rejected[1].reason.toStdString();
    EXPECT_EQ(parsed(r, kBrukare)->analysis, QStringLiteral("Brukarna är nöjda."));
    ASSERT_TRUE(ReportImporter::import(*store, r));
    EXPECT_EQ(stored(*store, kBrukare)->analysis, QStringLiteral("Brukarna är nöjda."));
    EXPECT_EQ(stored(*store, kGrupp)->analysis, QStringLiteral("Gruppstorlekarna har minskat."));
}

// 3 (activities). The same for an activity row whose dates are wrong.
TEST(NothingLost, ARejectedActivitysAnalysisStaysWithNoOtherActivity)
{
    const QString text = report(row(kBrukare, QStringLiteral("5,2 %")) +
                                QStringLiteral("\nAktivitet\tStartdatum\tSlutdatum\tAvvikelse\n"
                                               "  Förskolorna följer upp likvärdigheten\t2024-01-01\t2024-12-31\t\n"
                                               "  Förskolorna utvecklar måltiden\t2024-01-01\t2024-02-30\t\n"
                                               "Analys Måltiden är försenad.\t\t\t\n"));
    const ParsedReport r = ReportParser::parse(text);
    ASSERT_EQ(r.activities.size(), 1u);
    EXPECT_TRUE(r.activities.front().analysis.isEmpty());
    EXPECT_FALSE(r.activities.front().deviation);
    ASSERT_EQ(r.rejected.size(), 2u);
    EXPECT_TRUE(r.rejected[0].reason.contains(QStringLiteral("Slutdatum “2024-02-30” is not a date"))) << r.rejected[0].reason.toStdString();
    EXPECT_TRUE(r.rejected[1].reason.contains(QStringLiteral("line 12"))) << r.rejected[1].reason.toStdString();
}

// 4. A NUL byte in the title line is taken out; the title is read, not a sentence further down.
TEST(NothingLost, ANulInTheTitleLineIsCleanedAndASentenceIsNoTitle)
{
    const QString sentence = QStringLiteral("\nTertialrapport 1 2024 för Provnämndens stadsdelsnämnd visar att nämnden når de "
                                            "flesta av sina mål och att ekonomin är i balans.\n");
    const QString title = QStringLiteral("Tertialrapport") + QChar(0) + QStringLiteral(" 1 2024 för Provnämndens stadsdelsnämnd");
    const ParsedReport r = ReportParser::parse(report(goodRows() + sentence, title));
    EXPECT_EQ(r.committee, QStringLiteral("Provnämndens stadsdelsnämnd"));
    EXPECT_EQ(r.year, 2024);
    ASSERT_FALSE(r.warnings.empty());
    EXPECT_EQ(r.warnings.front().line, 1);
    EXPECT_TRUE(r.warnings.front().reason.contains(QStringLiteral("column 15"))) << r.warnings.front().reason.toStdString();

    // Without a title, the sentence is not taken for one: the import is refused, not a new committee.
    const ParsedReport untitled = ReportParser::parse(report(goodRows() + sentence, QStringLiteral("Rapport")));
    EXPECT_FALSE(untitled.titleFound);
    EXPECT_TRUE(untitled.yearGuessed) << "the year and period are guessed from the Period column, and said";
    EXPECT_TRUE(untitled.committee.isEmpty()) << untitled.committee.toStdString();
    TempStore store;
    EXPECT_FALSE(ReportImporter::import(*store, untitled));
    EXPECT_TRUE(OrganisationRepository(*store).committees().empty());
}

// 4. A committee's name is a name: one of hundreds of characters is no title.
TEST(NothingLost, ACommitteeNameHasALengthLimit)
{
    const ParsedReport r = ReportParser::parse(
        report(goodRows(), QStringLiteral("Tertialrapport 1 2024 för ") + QString(200, u'x') + QStringLiteral(" stadsdelsnämnd")));
    EXPECT_FALSE(r.titleFound);
    EXPECT_TRUE(r.committee.isEmpty());
    EXPECT_TRUE(anyReason(r.warnings, QStringLiteral("names no committee")));
    Committee c{0, QString(500, u'k'), QStringLiteral("k")};
    TempStore store;
    auto added = OrganisationRepository(*store).addCommittee(c);
    ASSERT_FALSE(added);
    EXPECT_TRUE(added.error().contains(QStringLiteral("at most 120"))) << added.error().toStdString();
}

// 4. A report of another committee into a store that has one: named, and refused unless confirmed.
TEST(NothingLost, ANewCommitteeIsNeverMadeSilently)
{
    TempStore store;
    ASSERT_TRUE(importText(*store, report(goodRows())));
    const QString other = report(goodRows(), QStringLiteral("Tertialrapport 1 2024 för Andra stadsdelsnämnden"));
    const auto before = store->counts();
    EXPECT_EQ(ReportImporter::unconfirmedCommittee(*store, ReportParser::parse(other)), QStringLiteral("Andra stadsdelsnämnden"));
    auto refused = importText(*store, other);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(QStringLiteral("Andra stadsdelsnämnden")));
    EXPECT_EQ(store->counts(), before);
    ReportImporter::Options yes;
    yes.allowNewCommittee = true;
    auto added = ReportImporter::import(*store, ReportParser::parse(other), {}, yes);
    ASSERT_TRUE(added);
    EXPECT_TRUE(added->newCommittee);
    EXPECT_EQ(OrganisationRepository(*store).committees().size(), 2u);
}

// 6. Opening a file that is not a store leaves it as it was: empty, text, an empty database.
TEST(NothingLost, OpeningAFileThatIsNotAStoreLeavesItUntouched)
{
    QTemporaryDir dir;
    Store::Options existing;
    existing.create = false;
    const QString empty = dir.filePath(QStringLiteral("tom.malkoll"));
    QFile(empty).open(QIODevice::WriteOnly);
    auto opened = Store::open(empty, existing);
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().contains(QStringLiteral("empty"))) << opened.error().toStdString();
    EXPECT_EQ(QFileInfo(empty).size(), 0);
    EXPECT_FALSE(QFile::exists(empty + QStringLiteral("-wal")));

    // An SQLite file of another program is not changed either (no WAL switch, no schema).
    const QString foreign = dir.filePath(QStringLiteral("annan.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(foreign);
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE notes (t TEXT)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    QFile f(foreign);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    ASSERT_FALSE(Store::open(foreign, existing));
    ASSERT_FALSE(Store::open(foreign)); // not even when creating is allowed
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);
}

// 7. A store missing a table or a column is refused with the name of what is missing.
TEST(NothingLost, AStoreMissingATableOrColumnIsRefusedByName)
{
    for (const auto &[statement, missing] :
         {std::pair{QStringLiteral("DROP TABLE activity_report"), QStringLiteral("“activity_report”")},
          std::pair{QStringLiteral("ALTER TABLE measurement DROP COLUMN analysis"), QStringLiteral("“measurement.analysis”")}}) {
        TempStore store;
        ASSERT_TRUE(importText(*store, report(goodRows())));
        ASSERT_TRUE(store->exec(statement)) << statement.toStdString();
        store.close();
        Store::Options existing;
        existing.create = false;
        auto opened = Store::open(store.path(), existing);
        ASSERT_FALSE(opened) << statement.toStdString();
        EXPECT_TRUE(opened.error().contains(missing)) << opened.error().toStdString();
        EXPECT_TRUE(opened.error().contains(QStringLiteral("damaged"))) << opened.error().toStdString();
        EXPECT_TRUE(opened.error().contains(QStringLiteral("backup"))) << opened.error().toStdString();
    }
}

// 7. An export is written into a temporary folder and moved into place whole.
TEST(NothingLost, AnExportAppearsWholeAndLeavesNoScratchBehind)
{
    TempStore store;
    ASSERT_TRUE(importText(*store, report(goodRows())));
    const QString out = store.dir() + QStringLiteral("/export");
    auto written = CsvExport::write(*store, out, std::nullopt);
    ASSERT_TRUE(written) << written.error().toStdString();
    EXPECT_EQ(QDir(out).entryList(QDir::Files).size(), Store::exportTables().size());
    EXPECT_TRUE(QDir(store.dir()).entryList({QStringLiteral(".malkoll-export-*")}, QDir::Dirs | QDir::Hidden).isEmpty());
    // Again into the same folder: refused before anything is written, the files as they were.
    QFile committee(out + QStringLiteral("/committee.csv"));
    ASSERT_TRUE(committee.open(QIODevice::ReadOnly));
    const QByteArray before = committee.readAll();
    committee.close();
    EXPECT_FALSE(CsvExport::write(*store, out, std::nullopt));
    ASSERT_TRUE(committee.open(QIODevice::ReadOnly));
    EXPECT_EQ(committee.readAll(), before);
    EXPECT_TRUE(QDir(store.dir()).entryList({QStringLiteral(".malkoll-export-*")}, QDir::Dirs | QDir::Hidden).isEmpty());

    // A table that goes missing while the store is open (another program): the export fails
    // at its ninth table, and not one file of it appears.
    ASSERT_TRUE(store->exec(QStringLiteral("DROP TABLE activity_report")));
    const QString broken = store.dir() + QStringLiteral("/broken");
    auto failed = CsvExport::write(*store, broken, std::nullopt);
    ASSERT_FALSE(failed);
    EXPECT_TRUE(failed.error().contains(QStringLiteral("activity_report"))) << failed.error().toStdString();
    EXPECT_FALSE(QDir(broken).exists()) << QDir(broken).entryList(QDir::Files).join(u' ').toStdString();
    EXPECT_TRUE(QDir(store.dir()).entryList({QStringLiteral(".malkoll-export-*")}, QDir::Dirs | QDir::Hidden).isEmpty());
}

// 10. Text a spreadsheet would run as a formula is neutralised; numbers are not.
TEST(NothingLost, CsvCellsThatLookLikeFormulasAreNeutralised)
{
    EXPECT_EQ(Csv::safeText(QStringLiteral("=HYPERLINK(\"http://x\")")), QStringLiteral("'=HYPERLINK(\"http://x\")"));
    EXPECT_EQ(Csv::safeText(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    EXPECT_EQ(Csv::safeText(QStringLiteral("+1+1")), QStringLiteral("'+1+1"));
    EXPECT_EQ(Csv::safeText(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
    EXPECT_EQ(Csv::safeText(QStringLiteral("\tcmd")), QStringLiteral("'\tcmd"));
    EXPECT_EQ(Csv::safeText(QStringLiteral("Äldreomsorg")), QStringLiteral("Äldreomsorg"));

    TempStore store;
    Committee c{0, QStringLiteral("=HYPERLINK(\"http://x\";\"klicka\")"), QStringLiteral("@SUM(1)")};
    ASSERT_TRUE(OrganisationRepository(*store).addCommittee(c));
    BudgetLine line;
    line.committeeId = c.id;
    line.year = 2024;
    line.period = Period::T1;
    line.name = QStringLiteral("+Äldreomsorg");
    line.budget = -12.5;
    ASSERT_TRUE(EconomyRepository(*store).addBudgetLine(line));
    const QString out = store.dir() + QStringLiteral("/csv");
    ASSERT_TRUE(CsvExport::write(*store, out, std::nullopt));
    auto text = [&](const char *file) {
        QFile f(out + QLatin1Char('/') + QLatin1String(file));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return QString::fromUtf8(f.readAll());
    };
    EXPECT_TRUE(text("committee.csv").contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\";\"\"klicka\"\")\";'@SUM(1)")))
        << text("committee.csv").toStdString();
    EXPECT_TRUE(text("budget_line.csv").contains(QStringLiteral("'+Äldreomsorg;0;-12,5;"))) << text("budget_line.csv").toStdString();
}

// 11. Runaway text: names, titles and analyses have limits, refused with where they are.
TEST(NothingLost, RunawayTextIsRefusedWithItsPosition)
{
    const QString huge(10 * 1000 * 1000, u'x');
    const ParsedReport r = ReportParser::parse(report(row(huge, QStringLiteral("5 %")) + row(kGrupp, QStringLiteral("15 %"))));
    EXPECT_EQ(r.indicators.size(), 1u);
    ASSERT_EQ(r.rejected.size(), 1u);
    EXPECT_EQ(r.rejected.front().line, 8);
    EXPECT_TRUE(r.rejected.front().reason.contains(QStringLiteral("column “Indikator”: 10000000 characters, at most 300")))
        << r.rejected.front().reason.toStdString();

    TempStore store;
    ASSERT_TRUE(importText(*store, report(goodRows())));
    const qint64 id = IndicatorRepository(*store).allIndicators().front().id;
    Measurement m = *MeasurementRepository(*store).measurement(id, Period::T1);
    const Measurement before = m;
    m.analysis = QString(limits::kText + 1, u'a');
    auto saved = MeasurementRepository(*store).save(m);
    ASSERT_FALSE(saved);
    EXPECT_TRUE(saved.error().contains(QStringLiteral("at most 5000"))) << saved.error().toStdString();
    EXPECT_EQ(MeasurementRepository(*store).measurement(id, Period::T1)->analysis, before.analysis);

    Indicator named = IndicatorRepository(*store).allIndicators().front();
    named.name = QString(limits::kName + 1, u'n');
    EXPECT_FALSE(IndicatorRepository(*store).update(named));
    Goal goal = GoalRepository(*store).goals(named.committeeId, 2024).front();
    goal.title = QStringLiteral("Titel") + QChar(7);
    auto control = GoalRepository(*store).update(goal);
    ASSERT_FALSE(control);
    EXPECT_TRUE(control.error().contains(QStringLiteral("character 6 is a control character"))) << control.error().toStdString();
}

// 11. A file that cannot be a report's text is refused before it is parsed, with the place.
TEST(NothingLost, AFileThatIsNotTextIsRefusedEarly)
{
    QByteArray random(2 << 20, Qt::Uninitialized);
    QRandomGenerator gen(42);
    for (char &c : random) c = char(gen.bounded(256));
    auto binary = ReportParser::read(random, QStringLiteral("slump.bin"));
    ASSERT_FALSE(binary);
    EXPECT_TRUE(binary.error().contains(QStringLiteral("“slump.bin” is not a text file: line"))) << binary.error().toStdString();

    const QByteArray big(ReportParser::kMaxBytes + 1, 'a');
    auto tooBig = ReportParser::read(big, QStringLiteral("stor.txt"));
    ASSERT_FALSE(tooBig);
    EXPECT_TRUE(tooBig.error().contains(QStringLiteral("at most 20 MB"))) << tooBig.error().toStdString();

    auto fine = ReportParser::read(report(goodRows()).toUtf8(), QStringLiteral("prov.txt"));
    ASSERT_TRUE(fine);
    EXPECT_EQ(fine->indicators.size(), 3u);
}

// 12. UTF-16 (with its byte-order mark) is read as UTF-16, not garbled as Windows-1252.
TEST(NothingLost, Utf16FilesAreRead)
{
    const QString csv = QStringLiteral("Indikator;Period;Utfall\r\nAndel nöjda brukare;T1;87,5 %\r\n");
    for (auto encoding : {QStringEncoder::Utf16LE, QStringEncoder::Utf16BE}) {
        QStringEncoder encoder(encoding, QStringEncoder::Flag::WriteBom);
        const QByteArray bytes = encoder(csv);
        const CsvDialect dialect = Csv::detect(bytes);
        EXPECT_EQ(dialect.encoding, CsvDialect::Encoding::Utf16);
        EXPECT_TRUE(dialect.describe().contains(QStringLiteral("UTF-16")));
        auto table = Csv::read(bytes);
        ASSERT_TRUE(table) << table.error().toStdString();
        EXPECT_EQ(table->header, (QStringList{QStringLiteral("Indikator"), QStringLiteral("Period"), QStringLiteral("Utfall")}));
        ASSERT_EQ(table->rows.size(), 1u);
        EXPECT_EQ(table->rows.front().front(), QStringLiteral("Andel nöjda brukare"));
    }
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const ParsedReport r = ReportParser::parse(QByteArray(utf16(report(goodRows()))));
    EXPECT_EQ(r.committee, QStringLiteral("Provnämndens stadsdelsnämnd"));
    EXPECT_EQ(r.indicators.size(), 3u);
}

// 13. Absurd magnitudes are refused where they are typed or read; nothing shows "inf".
TEST(NothingLost, AbsurdMagnitudesAreRefusedAndNothingShowsInf)
{
    const QString zeros = QStringLiteral("1") + QString(308, u'0');
    auto parsedNumber = SwedishNumber::parse(zeros);
    ASSERT_FALSE(parsedNumber);
    EXPECT_TRUE(parsedNumber.error().contains(QStringLiteral("too large")));
    EXPECT_TRUE(SwedishNumber::parse(QStringLiteral("999 999 999 999")));
    EXPECT_FALSE(TargetText::parse(QStringLiteral("Max ") + zeros));
    EXPECT_EQ(SwedishNumber::format(std::numeric_limits<double>::infinity(), 1, QStringLiteral("%")), QStringLiteral("–"));
    EXPECT_EQ(SwedishNumber::format(std::nan(""), 1), QStringLiteral("–"));

    TempStore store;
    ASSERT_TRUE(importText(*store, report(goodRows())));
    const qint64 id = IndicatorRepository(*store).allIndicators().front().id;
    Measurement m = *MeasurementRepository(*store).measurement(id, Period::T1);
    for (double v : {1e308, std::numeric_limits<double>::infinity(), std::nan("")}) {
        m.outcome = v;
        auto saved = MeasurementRepository(*store).save(m);
        EXPECT_FALSE(saved) << v;
    }
    EXPECT_DOUBLE_EQ(*MeasurementRepository(*store).measurement(id, Period::T1)->outcome, 5.2);
}
