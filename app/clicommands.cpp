// Over 400 lines: one function per malkoll-cli command, each its options, checks and output;
// they share the parsing and opening helpers at the top.
#include "clicommands.h"
#include "clisupport.h"
#include "io/csv.h"
#include "xlsxexport.h"

#include "calc/evaluator.h"
#include "sample/demoloader.h"
#include "export/csvexport.h"
#include "sample/generator.h"
#include "import/reportimporter.h"
#include "plan/newyear.h"
#include "import/reportparser.h"
#include "export/statusreport.h"
#include "store/cityrepository.h"
#include "store/economyrepository.h"
#include "report/cityview.h"
#include "store/goalrepository.h"
#include "store/snapshotreader.h"
#include "translator.h"
#include "report/reportrenderer.h"
#include "store/activityrepository.h"
#include "store/indicatorrepository.h"
#include "store/measurementrepository.h"
#include "store/migrations.h"
#include "store/organisationrepository.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>

namespace malkoll::cli {


int demo(const QStringList &args, Io io)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Write the demo store (Kungsholmen 2024 with sample history)."));
    p.addOption({QStringLiteral("out"), Cli::tr("The store file to write."), Cli::tr("FILE")});
    p.addOption({QStringLiteral("force"), Cli::tr("Replace FILE if it exists.")});
    if (!parse(p, QStringLiteral("demo"), args, io)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        io.err << Cli::tr("demo: give the file to write with --out FILE.") << '\n';
        return 2;
    }
    auto store = createStore(out, p.isSet(QStringLiteral("force")), "demo", io);
    if (!store) return 1;
    auto summary = DemoLoader::load(*store);
    if (!summary) {
        io.err << summary.error() << '\n';
        return 1;
    }
    io.out << Cli::tr("Wrote %1: %2 years, %3 goals, %4 indicators, %5 values, %6 activities.")
                  .arg(out)
                  .arg(summary->years)
                  .arg(summary->goals)
                  .arg(summary->indicators)
                  .arg(summary->measurements)
                  .arg(summary->activities)
           << '\n';
    return 0;
}

int info(const QStringList &args, Io io)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Show a store's schema version and how many rows each entity has."));
    p.addPositionalArgument(QStringLiteral("store"), Cli::tr("The store file."));
    if (!parse(p, QStringLiteral("info"), args, io)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (p.positionalArguments().size() != 1) {
        io.err << Cli::tr("info: give one store file.") << '\n';
        return 2;
    }
    Store::Options options;
    options.create = false;
    options.migrateTo = 0; // look, do not upgrade
    auto store = Store::open(p.positionalArguments().first(), options);
    if (!store) {
        io.err << store.error() << '\n';
        return 1;
    }
    const int version = store.value()->schemaVersion();
    io.out << Cli::tr("Store: %1").arg(store.value()->path()) << '\n';
    io.out << Cli::tr("Schema version: %1 (this Målkoll: %2)").arg(version).arg(latestSchemaVersion()) << '\n';
    for (const Committee &c : OrganisationRepository(*store.value()).committees())
        io.out << Cli::tr("Committee: %1").arg(c.name) << '\n';
    for (const auto &[table, count] : store.value()->counts()) io.out << table << '\t' << count << '\n';
    return 0;
}

int status(const QStringList &args, Io io)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Every indicator's status, every goal's assessment beside its suggestion, "
                                        "every finding and the economy, for one year and period."));
    p.addPositionalArgument(QStringLiteral("store"), Cli::tr("The store file."));
    p.addOption({QStringLiteral("year"), Cli::tr("The year (default: the latest in the store)."), Cli::tr("YEAR")});
    p.addOption({QStringLiteral("period"), Cli::tr("T1, T2 or VB (default: T1)."), Cli::tr("PERIOD"), QStringLiteral("T1")});
    p.addOption({QStringLiteral("committee"), Cli::tr("Only this committee (name, short name or id)."), Cli::tr("NAME")});
    p.addOption({QStringLiteral("format"), Cli::tr("tsv, text or xlsx (default: text)."), Cli::tr("FORMAT"), QStringLiteral("text")});
    p.addOption({QStringLiteral("out"), Cli::tr("Write to FILE (needed for xlsx: one sheet per table, numbers as numbers)."),
                 Cli::tr("FILE")});
    p.addOption({QStringLiteral("force"), Cli::tr("Replace FILE if it exists.")});
    p.addOption({QStringLiteral("lang"), Cli::tr("sv or en: the language of statuses and reasons (default: sv)."),
                 Cli::tr("LANG"), QStringLiteral("sv")});
    if (!parse(p, QStringLiteral("status"), args, io)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (p.positionalArguments().size() != 1) {
        io.err << Cli::tr("status: give one store file.") << '\n';
        return 2;
    }
    const auto period = followUpPeriod(p, "status", io);
    if (!period) return 2;
    const auto wantedYear = yearOption(p, "status", io);
    if (!wantedYear) return 2;
    if (const int problem = tableOutputProblem(p, "status", io)) return problem;
    const QString format = p.value(QStringLiteral("format"));
    const QString out = p.value(QStringLiteral("out"));
    const QString langCode = p.value(QStringLiteral("lang"));
    if (langCode != u"sv" && langCode != u"en") {
        io.err << Cli::tr("status: --lang must be sv or en, not “%1”.").arg(langCode) << '\n';
        return 2;
    }
    const Language lang = langCode == u"sv" ? Language::Swedish : Language::English;
    if (lang == Language::Swedish) installTranslations(*QCoreApplication::instance(), QStringLiteral("sv"));
    auto store = openExisting(p.positionalArguments().first(), io);
    if (!store) return 1;

    std::vector<Committee> committees = OrganisationRepository(*store).committees();
    if (p.isSet(QStringLiteral("committee"))) {
        const QString want = p.value(QStringLiteral("committee"));
        std::erase_if(committees, [&](const Committee &c) { return !isCommittee(c, want); });
        if (committees.empty()) {
            io.err << Cli::tr("status: no committee “%1” in the store.").arg(want) << '\n';
            return 1;
        }
    }
    std::vector<ReportTable> tables;
    int reported = 0;
    for (const Committee &c : committees) {
        const std::vector<int> years = GoalRepository(*store).years(c.id);
        if (years.empty()) continue;
        const int year = wantedYear->value_or(years.back());
        if (std::find(years.begin(), years.end(), year) == years.end()) continue;
        auto snapshot = SnapshotReader(*store).read(c.id, year, *period);
        if (!snapshot) {
            io.err << snapshot.error() << '\n';
            return 1;
        }
        const YearEvaluation ev = Evaluator::evaluate(snapshot.value());
        StatusReport::merge(tables, StatusReport::build(snapshot.value(), ev,
                                                        EconomyRepository(*store).budgetLines(c.id, year, *period), lang));
        ++reported;
    }
    if (reported == 0) {
        io.err << Cli::tr("status: the store has no goals for that year.") << '\n';
        return 1;
    }
    return writeTables(tables, format, out, p.isSet(QStringLiteral("force")), "status", io);
}

int generate(const QStringList &args, Io io)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Write a city-scale store for load tests: committees × years with "
                                        "indicators, activities, values and assessments."));
    p.addOption({QStringLiteral("out"), Cli::tr("The store file to write."), Cli::tr("FILE")});
    p.addOption({QStringLiteral("committees"), Cli::tr("Number of committees (default 30)."), Cli::tr("N"), QStringLiteral("30")});
    p.addOption({QStringLiteral("years"), Cli::tr("Number of years up to 2024 (default 10)."), Cli::tr("N"), QStringLiteral("10")});
    p.addOption({QStringLiteral("seed"), Cli::tr("Random seed (default 20241)."), Cli::tr("N"), QStringLiteral("20241")});
    p.addOption({QStringLiteral("force"), Cli::tr("Replace FILE if it exists.")});
    if (!parse(p, QStringLiteral("generate"), args, io)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        io.err << Cli::tr("generate: give the file to write with --out FILE.") << '\n';
        return 2;
    }
    Generator::Options options;
    bool ok1 = false, ok2 = false, ok3 = false;
    options.committees = p.value(QStringLiteral("committees")).toInt(&ok1);
    options.years = p.value(QStringLiteral("years")).toInt(&ok2);
    options.seed = p.value(QStringLiteral("seed")).toUInt(&ok3);
    if (!ok1 || !ok2 || !ok3) {
        io.err << Cli::tr("generate: --committees, --years and --seed take whole numbers.") << '\n';
        return 2;
    }
    auto store = createStore(out, p.isSet(QStringLiteral("force")), "generate", io);
    if (!store) return 1;
    auto summary = Generator::generate(*store, options);
    if (!summary) {
        io.err << summary.error() << '\n';
        return 1;
    }
    io.out << Cli::tr("Wrote %1: %2 committees, %3 goals, %4 indicators, %5 values, %6 activities.")
                  .arg(out)
                  .arg(summary->committees)
                  .arg(summary->goals)
                  .arg(summary->indicators)
                  .arg(summary->measurements)
                  .arg(summary->activities)
           << '\n';
    return 0;
}

namespace {
// report --city: the city's report of a follow-up period, as PDF or OpenDocument text.
int cityReport(Store &store, const std::optional<int> &wantedYear, Period period, const QDate &date, const QString &out, Io io)
{
    if (period == Period::VP) {
        io.err << Cli::tr("report --city: the city's report is of a follow-up period: T1, T2 or VB.") << '\n';
        return 2;
    }
    const std::vector<int> years = CityRepository(store).years();
    if (years.empty()) {
        io.err << Cli::tr("report --city: the store holds no KF structure of the city (see malkoll-cli city --attach).") << '\n';
        return 1;
    }
    auto view = CityView::fromStore(store, wantedYear.value_or(years.back()), period, date);
    if (!view) {
        io.err << view.error() << '\n';
        return 1;
    }
    if (out.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive)) {
        if (auto written = ReportRenderer::writeCityOdt(view.value(), out, date, true); !written) {
            io.err << written.error() << '\n';
            return 1;
        }
        io.out << Cli::tr("Wrote %1 (OpenDocument text).").arg(out) << '\n';
        return 0;
    }
    auto pages = ReportRenderer::writeCityPdf(view.value(), out, date);
    if (!pages) {
        io.err << pages.error() << '\n';
        return 1;
    }
    io.out << Cli::tr("Wrote %1: %2 pages.").arg(out).arg(pages.value()) << '\n';
    return 0;
}
} // namespace

int report(const QStringList &args, Io io)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Write the committee's report (tertialrapport or verksamhetsberättelse) as PDF, or as "
                                        "OpenDocument text when FILE ends in .odt."));
    p.addPositionalArgument(QStringLiteral("store"), Cli::tr("The store file."));
    p.addOption({QStringLiteral("year"), Cli::tr("The year (default: the latest in the store)."), Cli::tr("YEAR")});
    p.addOption({QStringLiteral("period"), Cli::tr("VP (the verksamhetsplan), T1, T2 or VB (default: T1)."), Cli::tr("PERIOD"),
                 QStringLiteral("T1")});
    p.addOption({QStringLiteral("out"), Cli::tr("The file to write: FILE.pdf, or FILE.odt for a document to edit."), Cli::tr("FILE")});
    p.addOption({QStringLiteral("committee"), Cli::tr("The committee (name, short name or id; default: the first)."), Cli::tr("NAME")});
    p.addOption({QStringLiteral("unit"), Cli::tr("A unit report: only this unit's indicators, activities and assessments."), Cli::tr("NAME")});
    p.addOption({QStringLiteral("goal"), Cli::tr("Only this inriktningsmål (its number)."), Cli::tr("NUMBER")});
    p.addOption({QStringLiteral("appendix"), Cli::tr("Add an appendix of the indicators not met, worst first.")});
    p.addOption({QStringLiteral("charts"), Cli::tr("Add a trend chart for every indicator.")});
    p.addOption({QStringLiteral("force"), Cli::tr("Replace FILE if it exists.")});
    p.addOption({QStringLiteral("date"), Cli::tr("The report's date, YYYY-MM-DD (default: the date of the imported report, else today)."), Cli::tr("DATE")});
    p.addOption({QStringLiteral("city"),
                 Cli::tr("The city's report instead (stadsledningskontoret's): every committee against KF's goals and KF-indikatorer.")});
    if (!parse(p, QStringLiteral("report"), args, io)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QDate date = p.isSet(QStringLiteral("date")) ? QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate)
                                                       : QDate::currentDate();
    if (!date.isValid()) {
        io.err << Cli::tr("report: --date must be a date such as 2024-05-20, not “%1”.").arg(p.value(QStringLiteral("date"))) << '\n';
        return 2;
    }
    if (p.positionalArguments().size() != 1 || p.value(QStringLiteral("out")).isEmpty()) {
        io.err << Cli::tr("report: give one store file and --out FILE.") << '\n';
        return 2;
    }
    // The report of a follow-up period, or the verksamhetsplan (VP).
    const auto period = periodFromCode(p.value(QStringLiteral("period")));
    if (!period) {
        io.err << Cli::tr("report: --period must be VP, T1, T2 or VB, not “%1”.").arg(p.value(QStringLiteral("period"))) << '\n';
        return 2;
    }
    const auto wantedYear = yearOption(p, "report", io);
    if (!wantedYear) return 2;
    if (QFileInfo::exists(p.value(QStringLiteral("out"))) && !p.isSet(QStringLiteral("force"))) {
        io.err << Cli::tr("report: “%1” exists; use --force to replace it.").arg(p.value(QStringLiteral("out"))) << '\n';
        return 1;
    }
    auto store = openExisting(p.positionalArguments().first(), io);
    if (!store) return 1;
    if (p.isSet(QStringLiteral("city"))) return cityReport(*store, *wantedYear, *period, date, p.value(QStringLiteral("out")), io);
    const auto chosen = committeeYear(p, *store, *wantedYear, "report", io);
    if (!chosen) return 1;
    const Committee *committee = &chosen->committee;
    const int year = chosen->year;
    auto snapshot = SnapshotReader(*store).read(committee->id, year, *period);
    if (!snapshot) {
        io.err << snapshot.error() << '\n';
        return 1;
    }
    CommitteeReport::Options options;
    options.appendixNotMet = p.isSet(QStringLiteral("appendix"));
    options.charts = p.isSet(QStringLiteral("charts"));
    if (p.isSet(QStringLiteral("unit"))) {
        for (const Unit &u : snapshot->units)
            if (u.name.compare(p.value(QStringLiteral("unit")), Qt::CaseInsensitive) == 0) options.unitId = u.id;
        if (!options.unitId) {
            io.err << Cli::tr("report: no unit “%1” in %2.").arg(p.value(QStringLiteral("unit")), committee->name) << '\n';
            return 1;
        }
    }
    if (p.isSet(QStringLiteral("goal"))) {
        for (const Goal &g : snapshot->goals)
            if (g.level == GoalLevel::Direction && g.number == p.value(QStringLiteral("goal"))) options.directionGoalId = g.id;
        if (!options.directionGoalId) {
            io.err << Cli::tr("report: no inriktningsmål “%1”.").arg(p.value(QStringLiteral("goal"))) << '\n';
            return 1;
        }
    }
    auto content = CommitteeReport::fromStore(*store, committee->id, year, *period, options);
    if (!content) {
        io.err << content.error() << '\n';
        return 1;
    }
    if (p.isSet(QStringLiteral("date"))) content.value().date = date; // else the period's own date, or today
    if (!content->draftWarning.isEmpty()) io.err << Cli::tr("Warning: %1").arg(content->draftWarning) << '\n';
    if (p.value(QStringLiteral("out")).endsWith(QLatin1String(".odt"), Qt::CaseInsensitive)) {
        if (auto written = ReportRenderer::writeOdt(content.value(), p.value(QStringLiteral("out")), true); !written) {
            io.err << written.error() << '\n';
            return 1;
        }
        io.out << Cli::tr("Wrote %1 (OpenDocument text).").arg(p.value(QStringLiteral("out"))) << '\n';
        return 0;
    }
    auto pages = ReportRenderer::writePdf(content.value(), p.value(QStringLiteral("out")));
    if (!pages) {
        io.err << pages.error() << '\n';
        return 1;
    }
    io.out << Cli::tr("Wrote %1: %2 pages.").arg(p.value(QStringLiteral("out"))).arg(pages.value()) << '\n';
    return 0;
}

int stress(const QStringList &args, Io io)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Make a stream of edits for the crash-safety harness: each edit is one transaction "
                                        "and is printed as soon as it is committed."));
    p.addPositionalArgument(QStringLiteral("store"), Cli::tr("The store file."));
    p.addOption({QStringLiteral("edits"), Cli::tr("Number of edits (default 1000)."), Cli::tr("N"), QStringLiteral("1000")});
    p.addOption({QStringLiteral("start"), Cli::tr("First value (default 1)."), Cli::tr("N"), QStringLiteral("1")});
    if (!parse(p, QStringLiteral("stress"), args, io)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (p.positionalArguments().size() != 1) {
        io.err << Cli::tr("stress: give one store file.") << '\n';
        return 2;
    }
    auto store = openExisting(p.positionalArguments().first(), io);
    if (!store) return 1;
    std::vector<Indicator> targets;
    for (const Indicator &i : IndicatorRepository(*store).allIndicators())
        if (i.periodicity == Periodicity::Tertial && !i.genderSplit) targets.push_back(i);
    if (targets.empty()) {
        io.err << Cli::tr("stress: the store has no tertial indicators.") << '\n';
        return 1;
    }
    const qint64 edits = p.value(QStringLiteral("edits")).toLongLong();
    const qint64 start = p.value(QStringLiteral("start")).toLongLong();
    MeasurementRepository values(*store);
    for (qint64 n = 0; n < edits; ++n) {
        const Indicator &ind = targets[size_t(n) % targets.size()];
        const Period period = followUpPeriods[size_t(n / qint64(targets.size())) % 3];
        Measurement m;
        m.indicatorId = ind.id;
        m.period = period;
        const qint64 v = start + n;
        m.outcome = double(v);
        m.analysis = QStringLiteral("edit %1").arg(v); // written with the value, in the same transaction
        if (auto r = values.save(m); !r) {
            io.err << r.error() << '\n';
            return 1;
        }
        io.out << "committed " << ind.id << ' ' << periodCode(period) << ' ' << v << '\n';
        io.out.flush();
    }
    return 0;
}

int importReport(const QStringList &args, Io io)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Read a verksamhetsplan or a follow-up report in text form (tab-separated tables "
                                        "extracted from the PDF) into a store, in one transaction. Importing it again "
                                        "changes nothing."));
    p.addPositionalArgument(QStringLiteral("file"), Cli::tr("The report as text (UTF-8 or Windows-1252)."));
    p.addOption({QStringLiteral("store"), Cli::tr("The store file (created if it does not exist)."), Cli::tr("STORE")});
    p.addOption({QStringLiteral("dry-run"), Cli::tr("Read and report, but write nothing.")});
    p.addOption({QStringLiteral("list"), Cli::tr("Also list everything read, with its line number.")});
    p.addOption({QStringLiteral("accept-unreconciled"),
                 Cli::tr("Store economy tables whose lines do not add up to their own Totalt or Summa (listed otherwise, not stored).")});
    p.addOption({QStringLiteral("new-committee"),
                 Cli::tr("Add the report's committee when the store holds other committees but not this one.")});
    p.addOption({QStringLiteral("committee"), Cli::tr("The committee the report is for, over what its title says or Målkoll guesses."),
                 Cli::tr("NAME")});
    p.addOption({QStringLiteral("year"), Cli::tr("The report's year, over its title or the guess."), Cli::tr("YEAR")});
    p.addOption({QStringLiteral("period"), Cli::tr("The report's period: VP, T1, T2 or VB, over its title or the guess."),
                 Cli::tr("PERIOD")});
    p.addOption({QStringLiteral("unit"), Cli::tr("A unit's own report: the unit whose values, assessments and activities it holds."),
                 Cli::tr("NAME")});
    if (!parse(p, QStringLiteral("import-report"), args, io)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (p.positionalArguments().size() != 1 || (!p.isSet(QStringLiteral("store")) && !p.isSet(QStringLiteral("dry-run")))) {
        io.err << Cli::tr("import-report: give one report file and --store STORE.") << '\n';
        return 2;
    }
    ReportIdentity identity;
    const auto year = yearOption(p, "import-report", io);
    if (!year) return 2;
    identity.year = year->value_or(0);
    if (p.isSet(QStringLiteral("period"))) {
        identity.period = periodFromCode(p.value(QStringLiteral("period")));
        if (!identity.period) {
            io.err << Cli::tr("import-report: --period must be VP, T1, T2 or VB, not “%1”.").arg(p.value(QStringLiteral("period"))) << '\n';
            return 2;
        }
    }
    identity.committee = p.value(QStringLiteral("committee"));
    identity.unit = p.value(QStringLiteral("unit"));
    const QString path = p.positionalArguments().first();
    const QString source = QFileInfo(path).fileName();
    auto read = ReportParser::readFile(path);
    if (!read) {
        io.err << Cli::tr("import-report: nothing was imported: %1").arg(read.error()) << '\n';
        return 1;
    }
    ReportParser::applyIdentity(read.value(), identity);
    if (p.isSet(QStringLiteral("accept-unreconciled"))) // otherwise the summary lists them as not stored
        for (const ReportLine &l : read.value().unreconciled)
            io.err << Cli::tr("line %1: %2").arg(l.line).arg(l.reason) << Cli::tr(" (stored as read: --accept-unreconciled)") << '\n';
    for (const ReportLine &l : read.value().decisions) io.err << Cli::tr("line %1: %2").arg(l.line).arg(l.reason) << '\n';
    if (p.isSet(QStringLiteral("accept-unreconciled"))) ReportParser::acceptUnreconciled(read.value());
    const ParsedReport &report = read.value();
    if (p.isSet(QStringLiteral("list"))) io.out << ReportParser::listing(report);
    // A dry run imports into a store in memory: the same checks and summary, nothing on disk.
    auto store = Store::open(p.isSet(QStringLiteral("dry-run")) ? QStringLiteral(":memory:") : p.value(QStringLiteral("store")));
    if (!store) {
        io.err << store.error() << '\n';
        return 1;
    }
    ReportImporter::Options options;
    options.allowNewCommittee = p.isSet(QStringLiteral("new-committee"));
    if (p.isSet(QStringLiteral("dry-run")) && !options.allowNewCommittee && QFileInfo::exists(p.value(QStringLiteral("store")))) {
        // A dry run says what the real import would: a committee new to the store needs --new-committee.
        auto real = openExisting(p.value(QStringLiteral("store")), io);
        if (!real) return 1;
        if (const QString other = ReportImporter::unconfirmedCommittee(*real, report); !other.isEmpty()) {
            io.err << Cli::tr("import-report: nothing was imported: the report is for “%1”, which the store does not have. "
                              "Import it as a new committee only if that is right (--new-committee).")
                          .arg(other)
                   << '\n';
            return 1;
        }
    }
    auto summary = ReportImporter::import(*store.value(), report, source, options);
    if (!summary) {
        io.err << Cli::tr("import-report: nothing was imported: %1").arg(summary.error()) << '\n';
        return 1;
    }
    io.out << ReportImporter::describe(summary.value(), report);
    return 0;
}

int newYear(const QStringList &args, Io io)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Start a new year's plan from an earlier year: goals, indicators (targets to "
                                        "review) and the activities that continue. The earlier year is not changed."));
    p.addPositionalArgument(QStringLiteral("store"), Cli::tr("The store."));
    p.addOption({QStringLiteral("committee"), Cli::tr("The committee (name, short name or id; default: the only one)."), Cli::tr("NAME")});
    p.addOption({QStringLiteral("from"), Cli::tr("The year to start from."), Cli::tr("YEAR")});
    p.addOption({QStringLiteral("to"), Cli::tr("The new year."), Cli::tr("YEAR")});
    if (!parse(p, QStringLiteral("new-year"), args, io)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    bool okFrom = false, okTo = false;
    const int from = p.value(QStringLiteral("from")).toInt(&okFrom);
    const int to = p.value(QStringLiteral("to")).toInt(&okTo);
    if (p.positionalArguments().size() != 1 || !okFrom || !okTo || from < 1900 || to > 2200) {
        io.err << Cli::tr("new-year: give one store, --from YEAR and --to YEAR.") << '\n';
        return 2;
    }
    auto store = openExisting(p.positionalArguments().first(), io);
    if (!store) return 1;
    const auto committees = OrganisationRepository(*store).committees();
    const Committee *committee = chosenCommittee(p, committees, committees.size() == 1 ? &committees.front() : nullptr);
    if (!committee) {
        io.err << Cli::tr("new-year: name the committee with --committee (the store has %1).").arg(committees.size()) << '\n';
        return 1;
    }
    auto made = NewYear::create(*store, committee->id, from, to);
    if (!made) {
        io.err << Cli::tr("new-year: nothing was made: %1").arg(made.error()) << '\n';
        return 1;
    }
    io.out << Cli::tr("%1 %2 from %3: %4 goals, %5 indicators (targets to review), %6 continuing activities (%7 ended in %3)")
                  .arg(committee->name)
                  .arg(to)
                  .arg(from)
                  .arg(made->goals)
                  .arg(made->indicators)
                  .arg(made->activities)
                  .arg(made->activitiesEnded)
           << '\n';
    return 0;
}

int backup(const QStringList &args, Io io)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Copy a store to a new file with SQLite's online backup: a consistent copy, "
                                        "safe while the program has the store open."));
    p.addPositionalArgument(QStringLiteral("store"), Cli::tr("The store file."));
    p.addPositionalArgument(QStringLiteral("file"), Cli::tr("The copy to write (must not exist)."));
    if (!parse(p, QStringLiteral("backup"), args, io)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (p.positionalArguments().size() != 2) {
        io.err << Cli::tr("backup: give the store file and the file to write.") << '\n';
        return 2;
    }
    auto store = openExisting(p.positionalArguments().at(0), io);
    if (!store) return 1;
    auto copy = store->backupTo(p.positionalArguments().at(1));
    if (!copy) {
        io.err << copy.error() << '\n';
        return 1;
    }
    io.out << Cli::tr("Wrote %1.").arg(copy.value()) << '\n';
    return 0;
}

int exportCsv(const QStringList &args, Io io)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Write the store as CSV, one file per table: all of it, or one year."));
    p.addPositionalArgument(QStringLiteral("store"), Cli::tr("The store file."));
    p.addOption({QStringLiteral("out"), Cli::tr("The folder to write into (created if missing; must not hold the files)."), Cli::tr("FOLDER")});
    p.addOption({QStringLiteral("year"), Cli::tr("Only this year."), Cli::tr("YEAR")});
    p.addOption({QStringLiteral("dialect"), Cli::tr("excel (semicolon, decimal comma; default) or comma (comma, decimal point)."),
                 Cli::tr("DIALECT"), QStringLiteral("excel")});
    p.addOption({QStringLiteral("format"), Cli::tr("csv (a folder of files; default) or xlsx (one workbook, --out FILE.xlsx, one "
                                                   "sheet per table)."),
                 Cli::tr("FORMAT"), QStringLiteral("csv")});
    p.addOption({QStringLiteral("force"), Cli::tr("Replace the workbook if it exists (xlsx).")});
    if (!parse(p, QStringLiteral("export"), args, io)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString format = p.value(QStringLiteral("format"));
    if (format != u"csv" && format != u"xlsx") {
        io.err << Cli::tr("export: --format must be csv or xlsx, not “%1”.").arg(format) << '\n';
        return 2;
    }
    if (p.positionalArguments().size() != 1 || p.value(QStringLiteral("out")).isEmpty()) {
        io.err << Cli::tr("export: give one store file and --out FOLDER.") << '\n';
        return 2;
    }
    const QString dialectName = p.value(QStringLiteral("dialect"));
    if (dialectName != u"excel" && dialectName != u"comma") {
        io.err << Cli::tr("export: --dialect must be excel or comma, not “%1”.").arg(dialectName) << '\n';
        return 2;
    }
    const auto year = yearOption(p, "export", io);
    if (!year) return 2;
    auto store = openExisting(p.positionalArguments().first(), io);
    if (!store) return 1;
    if (format == u"xlsx") {
        const QString out = p.value(QStringLiteral("out"));
        auto rows = XlsxExport::writeStore(*store, out, *year, p.isSet(QStringLiteral("force")));
        if (!rows) {
            io.err << Cli::tr("export: %1").arg(rows.error()) << '\n';
            return 1;
        }
        io.out << Cli::tr("Wrote %1: %2 sheets, %3 rows.").arg(out).arg(Store::exportTables().size()).arg(rows.value()) << '\n';
        return 0;
    }
    auto written = CsvExport::write(*store, p.value(QStringLiteral("out")), *year,
                                    dialectName == u"comma" ? CsvDialect::comma() : CsvDialect::excel());
    if (!written) {
        io.err << written.error() << '\n';
        return 1;
    }
    io.out << Cli::tr("Wrote %1 files, %2 rows, to %3.").arg(written->files.size()).arg(written->rows).arg(p.value(QStringLiteral("out")))
           << '\n';
    return 0;
}

} // namespace malkoll::cli
