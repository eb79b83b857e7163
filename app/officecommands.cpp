// malkoll-cli commands for office files and Kolada: import-outcomes.
#include "clicommands.h"
#include "clisupport.h"
#include "xlsxreader.h"

#include "import/outcomeimport.h"
#include "store/goalrepository.h"
#include "store/organisationrepository.h"
#include "store/periodrepository.h"
#include "text/swedishnumber.h"

#include <QFile>
#include <QFileInfo>

namespace malkoll::cli {

namespace {
QString valueText(const std::optional<double> &v) { return v ? SwedishNumber::format(*v, 2) : QStringLiteral("–"); }
} // namespace

// Reads a CSV file or an Excel workbook's sheet as a table; prints the reason and returns
// nullopt when it cannot.
std::optional<CsvTable> readTable(const QString &path, const QString &sheet, const char *command, Io io)
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        auto book = XlsxReader::open(path);
        if (!book) {
            io.err << QLatin1String(command) << ": " << book.error() << '\n';
            return std::nullopt;
        }
        auto table = book->table(sheet);
        if (!table) {
            io.err << QLatin1String(command) << ": " << table.error() << '\n';
            return std::nullopt;
        }
        return table.value();
    }
    if (!sheet.isEmpty()) {
        io.err << Cli::tr("%1: --sheet is for an Excel workbook (.xlsx), and “%2” is not one.").arg(QLatin1String(command), path) << '\n';
        return std::nullopt;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        io.err << Cli::tr("%1: cannot read “%2”: %3").arg(QLatin1String(command), path, f.errorString()) << '\n';
        return std::nullopt;
    }
    auto table = Csv::read(f.readAll());
    if (!table) {
        io.err << Cli::tr("%1: “%2”: %3").arg(QLatin1String(command), QFileInfo(path).fileName(), table.error()) << '\n';
        return std::nullopt;
    }
    return table.value();
}

int importOutcomes(const QStringList &args, Io io)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Import outcomes from a CSV file or an Excel workbook, as the import dialog does: "
                                        "columns found by their headers (Indikator, Period, Utfall, Män, Kvinnor, Prognos, "
                                        "Analys), every row checked first, then all rows written in one transaction or none."));
    p.addPositionalArgument(QStringLiteral("store"), Cli::tr("The store file."));
    p.addPositionalArgument(QStringLiteral("file"), Cli::tr("The CSV file or .xlsx workbook."));
    p.addOption({QStringLiteral("sheet"), Cli::tr("The workbook's sheet (default: the first)."), Cli::tr("NAME")});
    p.addOption({QStringLiteral("year"), Cli::tr("The year (default: the latest in the store)."), Cli::tr("YEAR")});
    p.addOption({QStringLiteral("period"), Cli::tr("T1, T2 or VB for rows without a Period column (default: the first open period)."),
                 Cli::tr("PERIOD")});
    p.addOption({QStringLiteral("committee"), Cli::tr("The committee (name, short name or id; default: the first)."), Cli::tr("NAME")});
    p.addOption({QStringLiteral("dry-run"), Cli::tr("Check and show the changes; write nothing.")});
    p.addOption({QStringLiteral("skip-bad"), Cli::tr("Write the good rows and leave the refused ones (default: nothing is written "
                                                     "while any row is refused).")});
    if (!parse(p, QStringLiteral("import-outcomes"), args, io)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (p.positionalArguments().size() != 2) {
        io.err << Cli::tr("import-outcomes: give a store file and a CSV or .xlsx file.") << '\n';
        return 2;
    }
    std::optional<Period> wantedPeriod;
    if (p.isSet(QStringLiteral("period"))) {
        wantedPeriod = followUpPeriod(p, "import-outcomes", io);
        if (!wantedPeriod) return 2;
    }
    const auto wantedYear = yearOption(p, "import-outcomes", io);
    if (!wantedYear) return 2;
    const QString file = p.positionalArguments().at(1);
    auto table = readTable(file, p.value(QStringLiteral("sheet")), "import-outcomes", io);
    if (!table) return 1;
    OutcomeMapping::findHeader(*table);

    auto store = openExisting(p.positionalArguments().first(), io);
    if (!store) return 1;
    const auto committees = OrganisationRepository(*store).committees();
    const Committee *committee = chosenCommittee(p, committees, committees.empty() ? nullptr : &committees.front());
    if (!committee) {
        io.err << Cli::tr("import-outcomes: no such committee in the store.") << '\n';
        return 1;
    }
    const auto years = GoalRepository(*store).years(committee->id);
    const int year = wantedYear->value_or(years.empty() ? 0 : years.back());
    if (std::find(years.begin(), years.end(), year) == years.end()) {
        io.err << Cli::tr("import-outcomes: %1 has no goals for %2.").arg(committee->name).arg(year) << '\n';
        return 1;
    }
    Period period = Period::T1;
    if (wantedPeriod) {
        period = *wantedPeriod;
    } else {
        for (auto it = followUpPeriods.rbegin(); it != followUpPeriods.rend(); ++it)
            if (!PeriodRepository(*store).isLocked(committee->id, year, *it)) period = *it;
    }

    OutcomePreview preview =
        OutcomeImport::preview(*store, committee->id, year, period, *table, OutcomeMapping::guess(table->header));
    const QString name = QFileInfo(file).fileName();
    for (const CsvIssue &e : preview.errors) io.err << name << ", " << table->where(e.line, e.column) << ": " << e.message << '\n';
    const int errors = int(preview.errors.size());
    const bool skipBad = p.isSet(QStringLiteral("skip-bad"));
    if (errors > 0 && !skipBad) {
        io.err << Cli::tr("import-outcomes: %n row(s) refused; nothing was written (--skip-bad writes the good rows).", nullptr, errors)
               << '\n';
        return 1;
    }
    for (const OutcomeChange &c : preview.changes) {
        const Measurement before = c.before.value_or(Measurement{});
        QStringList parts;
        auto field = [&](OutcomeField f, const std::optional<double> &o, const std::optional<double> &n) {
            if (o != n) parts << Cli::tr("%1 %2 → %3").arg(outcomeFieldTitle(f), valueText(o), valueText(n));
        };
        field(OutcomeField::Outcome, before.outcome, c.after.outcome);
        field(OutcomeField::Men, before.men, c.after.men);
        field(OutcomeField::Women, before.women, c.after.women);
        field(OutcomeField::Prognosis, before.prognosis, c.after.prognosis);
        if (before.analysis != c.after.analysis) parts << Cli::tr("new analysis");
        io.out << table->where(c.line, 0) << '\t' << c.indicator << '\t' << periodCode(c.period) << '\t'
               << parts.join(QStringLiteral("; ")) << '\n';
    }
    if (p.isSet(QStringLiteral("dry-run"))) {
        io.out << Cli::tr("Dry run: %n value row(s) would change, %1 already as in the file; nothing was written.", nullptr,
                          int(preview.changes.size()))
                      .arg(preview.unchanged)
               << '\n';
        return errors > 0 ? 1 : 0;
    }
    preview.errors.clear(); // --skip-bad: the refused rows have no changes in the preview
    auto applied = OutcomeImport::apply(*store, preview);
    if (!applied) {
        io.err << Cli::tr("import-outcomes: nothing was written: %1").arg(applied.error()) << '\n';
        return 1;
    }
    io.out << Cli::tr("Imported %n value row(s) into %1 %2 (%3 already as in the file).", nullptr, applied.value())
                  .arg(committee->name)
                  .arg(year)
                  .arg(preview.unchanged)
           << '\n';
    if (errors > 0) io.out << Cli::tr("%n row(s) refused and left out.", nullptr, errors) << '\n';
    return 0;
}

} // namespace malkoll::cli
