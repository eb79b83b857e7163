#include "clisupport.h"

#include "io/csv.h"
#include "store/goalrepository.h"
#include "xlsxexport.h"
#include "store/organisationrepository.h"

#include <QFile>
#include <QFileInfo>

namespace malkoll::cli {

// Parses args for one command; prints the error and returns false when they are wrong.
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &args, Io io)
{
    parser.addHelpOption();
    QStringList full = args;
    full.prepend(QStringLiteral("malkoll-cli ") + command);
    if (!parser.parse(full)) {
        io.err << parser.errorText() << '\n';
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return false;
    }
    return true;
}

// Opens an existing store for reading and writing; prints the reason and returns null on failure.
std::unique_ptr<Store> openExisting(const QString &path, Io io)
{
    Store::Options options;
    options.create = false;
    auto store = Store::open(path, options);
    if (!store) {
        io.err << store.error() << '\n';
        return nullptr;
    }
    return std::move(store).value();
}

// The follow-up period of --period, or the message naming the command and the bad value.
std::optional<Period> followUpPeriod(const QCommandLineParser &p, const char *command, Io io)
{
    const auto period = periodFromCode(p.value(QStringLiteral("period")));
    if (period && *period != Period::VP) return period;
    io.err << Cli::tr("%1: --period must be T1, T2 or VB, not “%2”.").arg(QLatin1String(command), p.value(QStringLiteral("period")))
           << '\n';
    return std::nullopt;
}

// --year as a year (1900–2200), nullopt inside when not given; nullopt outside (with the
// message printed) when it is not a year.
std::optional<std::optional<int>> yearOption(const QCommandLineParser &p, const char *command, Io io)
{
    if (!p.isSet(QStringLiteral("year"))) return std::optional<int>{};
    bool ok = false;
    const int year = p.value(QStringLiteral("year")).trimmed().toInt(&ok);
    if (!ok || year < 1900 || year > 2200) {
        io.err << Cli::tr("%1: --year must be a year such as 2024, not “%2”.").arg(QLatin1String(command), p.value(QStringLiteral("year")))
               << '\n';
        return std::nullopt;
    }
    return std::optional<int>{year};
}

// A committee given by name, short name or id.
bool isCommittee(const Committee &c, const QString &want)
{
    return c.name.compare(want, Qt::CaseInsensitive) == 0 || c.shortName.compare(want, Qt::CaseInsensitive) == 0 ||
           QString::number(c.id) == want;
}

// The committee --committee names among `committees`; without it `fallback` (may be null).
const Committee *chosenCommittee(const QCommandLineParser &p, const std::vector<Committee> &committees, const Committee *fallback)
{
    if (!p.isSet(QStringLiteral("committee"))) return fallback;
    for (const Committee &c : committees)
        if (isCommittee(c, p.value(QStringLiteral("committee")))) return &c;
    return nullptr;
}

// Creates the store a command writes (demo, generate), replacing it only with --force; prints the
// reason and returns null when it cannot.
std::unique_ptr<Store> createStore(const QString &path, bool force, const char *command, Io io)
{
    if (QFile::exists(path)) {
        if (!force) {
            io.err << Cli::tr("%1: “%2” exists; use --force to replace it.").arg(QLatin1String(command), path) << '\n';
            return nullptr;
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    auto store = Store::open(path);
    if (!store) {
        io.err << store.error() << '\n';
        return nullptr;
    }
    return std::move(store).value();
}

std::optional<CommitteeYear> committeeYear(const QCommandLineParser &p, Store &store, const std::optional<int> &wantedYear,
                                           const char *command, Io io)
{
    const auto committees = OrganisationRepository(store).committees();
    const Committee *committee = chosenCommittee(p, committees, committees.empty() ? nullptr : &committees.front());
    if (!committee) {
        io.err << Cli::tr("%1: no such committee in the store.").arg(QLatin1String(command)) << '\n';
        return std::nullopt;
    }
    const auto years = GoalRepository(store).years(committee->id);
    const int year = wantedYear.value_or(years.empty() ? 0 : years.back());
    if (std::find(years.begin(), years.end(), year) == years.end()) {
        io.err << Cli::tr("%1: %2 has no goals for %3.").arg(QLatin1String(command), committee->name).arg(year) << '\n';
        return std::nullopt;
    }
    return CommitteeYear{*committee, year};
}

int writeTables(const std::vector<ReportTable> &tables, const QString &format, const QString &out, bool force, const char *command, Io io)
{
    if (format == u"xlsx") {
        if (auto written = XlsxExport::write(tables, out, force); !written) {
            io.err << QString::fromLatin1(command) << ": " << written.error() << '\n';
            return 1;
        }
        io.out << Cli::tr("Wrote %1: %n sheet(s).", nullptr, int(tables.size())).arg(out) << '\n';
        return 0;
    }
    const QString text = format == u"tsv" ? StatusReport::toTsv(tables) : StatusReport::toText(tables);
    if (out.isEmpty()) {
        io.out << text;
        return 0;
    }
    // UTF-8 without a byte-order mark, through a temporary file renamed when whole.
    if (auto written = Csv::writeFile(out, text, CsvDialect::comma(), force); !written) {
        io.err << QString::fromLatin1(command) << ": " << written.error() << '\n';
        return 1;
    }
    return 0;
}

int tableOutputProblem(const QCommandLineParser &p, const char *command, Io io)
{
    const QString format = p.value(QStringLiteral("format"));
    const QString name = QString::fromLatin1(command);
    if (format != u"tsv" && format != u"text" && format != u"xlsx") {
        io.err << Cli::tr("%1: --format must be tsv, text or xlsx, not “%2”.").arg(name, format) << '\n';
        return 2;
    }
    const QString out = p.value(QStringLiteral("out"));
    if (format == u"xlsx" && out.isEmpty()) {
        io.err << Cli::tr("%1: --format xlsx writes a file; name it with --out FILE.xlsx.").arg(name) << '\n';
        return 2;
    }
    if (!out.isEmpty() && QFileInfo::exists(out) && !p.isSet(QStringLiteral("force"))) {
        io.err << Cli::tr("%1: “%2” exists; use --force to replace it.").arg(name, out) << '\n';
        return 1;
    }
    return 0;
}

} // namespace malkoll::cli
