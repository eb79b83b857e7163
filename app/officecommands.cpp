// malkoll-cli commands for office files and Kolada: import-outcomes, kolada link|fetch|import|list.
#include "clicommands.h"
#include "clisupport.h"
#include "xlsxreader.h"

#include "import/outcomeimport.h"
#include "kolada/koladaclient.h"
#include "store/indicatorrepository.h"
#include "store/koladarepository.h"
#include "text/fold.h"
#include "store/goalrepository.h"
#include "store/organisationrepository.h"
#include "store/periodrepository.h"

#include <QFile>
#include <QFileInfo>

namespace malkoll::cli {

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
    const auto chosen = committeeYear(p, *store, *wantedYear, "import-outcomes", io);
    if (!chosen) return 1;
    const Committee *committee = &chosen->committee;
    const int year = chosen->year;
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
    for (const OutcomeChange &c : preview.changes)
        io.out << table->where(c.line, 0) << '\t' << c.indicator << '\t' << periodCode(c.period) << '\t' << OutcomeImport::describe(c)
               << '\n';
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

namespace malkoll::cli {

namespace {
// Does `name` name the indicator (as written, or alike once case and accents are folded)?
bool names(const Indicator &indicator, const QString &name) { return indicator.name == name || fold(indicator.name) == fold(name); }

// The indicator of the committee's year named `name`: written exactly so first, else folded.
const Indicator *namedIndicator(const std::vector<Indicator> &indicators, const QString &name)
{
    for (const Indicator &i : indicators)
        if (i.name == name) return &i;
    for (const Indicator &i : indicators)
        if (names(i, name)) return &i;
    return nullptr;
}

struct KoladaScope
{
    std::unique_ptr<Store> store;
    CommitteeYear chosen;
    int year = 0;
};

// Opens the store and finds the committee and year the kolada subcommands work on.
std::optional<KoladaScope> koladaScope(const QCommandLineParser &p, const QString &path, Io io)
{
    KoladaScope scope;
    const auto wantedYear = yearOption(p, "kolada", io);
    if (!wantedYear) return std::nullopt;
    scope.store = openExisting(path, io);
    if (!scope.store) return std::nullopt;
    auto chosen = committeeYear(p, *scope.store, *wantedYear, "kolada", io);
    if (!chosen) return std::nullopt;
    scope.chosen = std::move(*chosen);
    scope.year = scope.chosen.year;
    return scope;
}
} // namespace

int kolada(const QStringList &args, Io io)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("store"), Cli::tr("The store file."));
    p.addOption({QStringLiteral("committee"), Cli::tr("The committee (name, short name or id; default: the first)."), Cli::tr("NAME")});
    p.addOption({QStringLiteral("year"), Cli::tr("The year (default: the latest in the store)."), Cli::tr("YEAR")});
    if (sub == u"link") {
        p.setApplicationDescription(Cli::tr("Link an indicator (all its years) to a Kolada KPI and the municipalities or the unit "
                                            "to compare with."));
        p.addOption({QStringLiteral("indicator"), Cli::tr("The indicator's name in the year."), Cli::tr("NAME")});
        p.addOption({QStringLiteral("kpi"), Cli::tr("The KPI id, such as N15033; empty removes the link."), Cli::tr("ID")});
        p.addOption({QStringLiteral("municipality"), Cli::tr("A municipality id (0180 Stockholm, 0000 riket); may be repeated."),
                     Cli::tr("ID")});
        p.addOption({QStringLiteral("ou"), Cli::tr("A Kolada unit id."), Cli::tr("ID")});
    } else if (sub == u"fetch") {
        p.setApplicationDescription(Cli::tr("Fetch every linked indicator's Kolada series and keep it in the store with the "
                                            "fetch date (--year: that year only; default: every year of the series)."));
        p.addOption({QStringLiteral("api"), Cli::tr("Kolada's address (default %1).").arg(QLatin1String(Kolada::kDefaultApi)), Cli::tr("URL"),
                     QString::fromLatin1(Kolada::kDefaultApi)});
        p.addOption({QStringLiteral("timeout"), Cli::tr("Seconds to wait for an answer (default 30)."), Cli::tr("SECONDS"), QStringLiteral("30")});
        p.addOption({QStringLiteral("indicator"), Cli::tr("Only this indicator."), Cli::tr("NAME")});
    } else if (sub == u"import") {
        p.setApplicationDescription(Cli::tr("Keep the values of a saved Kolada answer (JSON) in the store, for work offline."));
        p.addPositionalArgument(QStringLiteral("file"), Cli::tr("The JSON file."));
    } else if (sub == u"list") {
        p.setApplicationDescription(Cli::tr("The stored Kolada values of the linked indicators, as TSV."));
        p.addOption({QStringLiteral("indicator"), Cli::tr("Only this indicator."), Cli::tr("NAME")});
    } else {
        io.err << Cli::tr("kolada: give link, fetch, import or list, not “%1”.").arg(sub) << '\n';
        return 2;
    }
    if (!parse(p, QStringLiteral("kolada ") + sub, rest, io)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const int positional = sub == u"import" ? 2 : 1;
    if (p.positionalArguments().size() != positional) {
        io.err << (sub == u"import" ? Cli::tr("kolada import: give a store file and a JSON file.")
                                    : Cli::tr("kolada %1: give one store file.").arg(sub))
               << '\n';
        return 2;
    }
    auto scope = koladaScope(p, p.positionalArguments().first(), io);
    if (!scope) return 1;
    Store &store = *scope->store;
    KoladaRepository kolada(store);

    if (sub == u"import") {
        const QString file = p.positionalArguments().at(1);
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            io.err << Cli::tr("kolada import: cannot read “%1”: %2").arg(file, f.errorString()) << '\n';
            return 1;
        }
        auto page = Kolada::parse(f.read(64LL * 1024 * 1024), QFileInfo(file).fileName());
        if (!page) {
            io.err << Cli::tr("kolada import: %1 Nothing was stored.").arg(page.error()) << '\n';
            return 1;
        }
        if (page->values.empty() && !page->groups.empty()) { // Kolada's municipality groups: their titles
            auto named = kolada.saveGroupTitles(page->groups);
            if (!named) {
                io.err << Cli::tr("kolada import: %1").arg(named.error()) << '\n';
                return 1;
            }
            io.out << Cli::tr("Stored the titles of %1 municipality groups from %2 (%3 new or changed).")
                          .arg(page->groups.size())
                          .arg(QFileInfo(file).fileName())
                          .arg(*named)
                   << '\n';
            return 0;
        }
        if (page->values.empty() && !page->kpis.empty()) { // a list of KPIs, municipalities or units
            io.err << Cli::tr("kolada import: “%1” is a list of %2 KPIs, municipalities or units, not an answer with values. "
                              "Nothing was stored.")
                          .arg(QFileInfo(file).fileName())
                          .arg(page->kpis.size())
                   << '\n';
            return 1;
        }
        auto saved = kolada.save(page->values, QFileInfo(file).lastModified()); // when the answer was saved
        if (!saved) {
            io.err << Cli::tr("kolada import: %1").arg(saved.error()) << '\n';
            return 1;
        }
        io.out << Cli::tr("Stored %1 Kolada values from %2: %3 new, %4 revised, %5 as before.")
                      .arg(page->values.size())
                      .arg(QFileInfo(file).fileName())
                      .arg(saved->added)
                      .arg(saved->revised)
                      .arg(saved->unchanged)
               << '\n';
        return 0;
    }

    const std::vector<Indicator> indicators = IndicatorRepository(store).indicators(scope->chosen.committee.id, scope->year);
    if (sub == u"link") {
        const Indicator *ind = namedIndicator(indicators, p.value(QStringLiteral("indicator")));
        if (!ind) {
            io.err << Cli::tr("kolada link: %1 has no indicator “%2” in %3.")
                          .arg(scope->chosen.committee.name, p.value(QStringLiteral("indicator")))
                          .arg(scope->year)
                   << '\n';
            return 1;
        }
        KoladaLink link{scope->chosen.committee.id, ind->seriesKey, p.value(QStringLiteral("kpi")).trimmed().toUpper(),
                        p.values(QStringLiteral("municipality")), p.value(QStringLiteral("ou")).trimmed()};
        if (auto r = kolada.setLink(link); !r) {
            io.err << Cli::tr("kolada link: %1").arg(r.error()) << '\n';
            return 1;
        }
        io.out << (link.kpi.isEmpty() ? Cli::tr("“%1” is no longer linked to Kolada.").arg(ind->name)
                                      : Cli::tr("“%1” is linked to %2.").arg(ind->name, link.kpi))
               << '\n';
        return 0;
    }

    // The linked indicators of the year, with the years of their series.
    std::vector<std::pair<const Indicator *, KoladaLink>> linked;
    for (const KoladaLink &l : kolada.links(scope->chosen.committee.id))
        for (const Indicator &i : indicators)
            if (i.seriesKey == l.seriesKey && (!p.isSet(QStringLiteral("indicator")) || names(i, p.value(QStringLiteral("indicator")))))
                linked.push_back({&i, l});
    if (sub == u"list") {
        io.out << "indikator\tkpi\tområde\tår\tkön\tvärde\thämtat\n";
        for (const auto &[ind, link] : linked)
            for (const KoladaValue &v : kolada.values(link))
                io.out << ind->name << '\t' << v.kpi << '\t' << v.area << '\t' << v.year << '\t' << v.gender << '\t'
                       << (v.value ? QString::number(*v.value, 'g', 12) : QString()) << '\t' << v.fetchedAt.toString(Qt::ISODate)
                       << (v.previous ? QStringLiteral("\t(tidigare %1)").arg(QString::number(*v.previous, 'g', 12)) : QString()) << '\n';
        return 0;
    }
    // fetch
    if (linked.empty()) {
        io.err << Cli::tr("kolada fetch: no indicator of %1 %2 is linked to Kolada.").arg(scope->chosen.committee.name).arg(scope->year) << '\n';
        return 1;
    }
    bool ok = false;
    const double seconds = p.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || seconds <= 0) {
        io.err << Cli::tr("kolada fetch: --timeout must be a number of seconds.") << '\n';
        return 2;
    }
    KoladaClient client(p.value(QStringLiteral("api")), int(seconds * 1000));
    int failures = 0;
    for (const auto &[ind, link] : linked) {
        std::vector<int> years;
        if (p.isSet(QStringLiteral("year"))) years = {scope->year};
        else
            for (const Indicator &y : IndicatorRepository(store).series(ind->committeeId, ind->seriesKey)) years.push_back(y.year);
        std::sort(years.begin(), years.end());
        years.erase(std::unique(years.begin(), years.end()), years.end());
        auto values = client.fetch(link, years);
        if (!values) {
            io.err << ind->name << ": " << values.error() << '\n';
            ++failures;
            continue;
        }
        auto saved = kolada.save(values.value(), QDateTime::currentDateTimeUtc(), client.groupTitles(link));
        if (!saved) {
            io.err << ind->name << ": " << saved.error() << '\n';
            ++failures;
            continue;
        }
        if (values->empty())
            io.out << Cli::tr("%1: Kolada has no values of %2 for these years.").arg(ind->name, link.kpi) << '\n';
        else
            io.out << Cli::tr("%1: %2 values of %3 (%4 new, %5 revised, %6 as before).")
                          .arg(ind->name)
                          .arg(values->size())
                          .arg(link.kpi)
                          .arg(saved->added)
                          .arg(saved->revised)
                          .arg(saved->unchanged)
                   << '\n';
    }
    return failures ? 1 : 0;
}

} // namespace malkoll::cli
