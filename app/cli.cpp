// malkoll-cli: the command line over the same core as the GUI.
#include "clicommands.h"
#include "clisupport.h"
#include "store/server.h"
#include "runtimeenvironment.h"

#include <QDir>
#include <QFile>
#include <QApplication>
#include <QTextStream>
#include <cstdio>
#include <functional>
#include <map>

namespace {
const char *kUsage = R"(Usage: malkoll-cli COMMAND [options]

Commands:
  demo --out FILE [--force]   write the demo store (Kungsholmen 2024 with sample history)
  info STORE                  schema version and number of rows per entity
  status STORE [--year Y] [--period T1|T2|VB] [--format tsv|text] [--committee NAME] [--lang sv|en]
                              indicator statuses, goal assessments beside suggestions, findings, economy
  generate --out FILE [--committees N] [--years N] [--seed N] [--force]
                              write a city-scale store for load tests
  report STORE --out FILE.pdf|FILE.odt [--year Y] [--period T1|T2|VB] [--unit NAME] [--goal N] [--appendix] [--charts]
                              the committee's report as PDF
  report STORE --city --out FILE.pdf|FILE.odt [--year Y] [--period T1|T2|VB]
                              the city's report: every committee against KF's goals and KF-indikatorer
  stress STORE [--edits N] [--start N]
                              a stream of one-transaction edits, each printed once committed (crash tests)

  import-report FILE --store STORE [--dry-run] [--accept-unreconciled] [--committee NAME] [--year Y] [--period VP|T1|T2|VB] [--unit NAME]
                              read a plan or follow-up report (text from the PDF) into the store
  new-year STORE --from Y --to Y [--committee NAME]
                              start a year's plan from an earlier year (the earlier year unchanged)
  backup STORE FILE           a consistent copy of the store, safe while it is in use
  export STORE --out FOLDER|FILE.xlsx [--year Y] [--dialect excel|comma] [--format csv|xlsx]
                              the store (or one year) as CSV, one file per table, or one workbook
  import-outcomes STORE FILE.csv|FILE.xlsx [--sheet NAME] [--year Y] [--period T1|T2|VB] [--dry-run] [--skip-bad]
                              outcomes from a file, all rows checked, then written in one transaction
  kolada link STORE --indicator NAME --kpi ID [--municipality ID]... [--ou ID] [--year Y]
  kolada fetch STORE [--api URL] [--year Y]
  kolada import STORE FILE.json
  kolada list STORE [--indicator NAME]
                              Kolada's key figures beside the committee's own: link, fetch, import a saved answer, list

  city STORE [--year Y] [--period T1|T2|VB] [--format tsv|text|xlsx] [--out FILE] [--attach] [--lang sv|en]
                              the city's view: every committee against KF's goals and KF-indikatorer
  kf-target STORE --year Y --indicator NAME --target TEXT [--decided DATE --from T1|T2|VB --reason TEXT]
                              KF:s årsmål set once for every committee (or a KF decision during the year)

  copy-store FROM TO          a whole store onto a server or into a file, one transaction, counts verified
  server-init URL             make a PostgreSQL database a shared store with its roles
  user add URL LOGIN --role enhetschef|controller|reader [--committee NAME] [--unit NAME|NÄMND/NAME|NUMBER]...
  user add URL LOGIN --role stad
                              let a person log in to the shared store with their role (stad: stadsledningskontoret)
  user remove URL LOGIN       the person no longer logs in to this store

Every STORE is a file or a server: postgresql://[user@]host[:port]/database[?sslmode=…&sslrootcert=…]
(TLS verify-full by default over TCP; the password from PGPASSWORD or ~/.pgpass, or none with
Kerberos — never in the URL; Målkoll keeps none).

Run "malkoll-cli COMMAND --help" for the options of a command.
)";
}

int main(int argc, char **argv)
{
    // Reports and charts render offscreen: the CLI never needs a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    malkoll::prepareRuntimeEnvironment();
    QApplication app(argc, argv); // charts in reports are graphics widgets
    QCoreApplication::setApplicationName(QStringLiteral("malkoll-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Malkoll"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MALKOLL_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    malkoll::cli::Io io{out, err};

    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") ||
        args.first() == QLatin1String("help")) {
        out << kUsage;
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "malkoll-cli " << MALKOLL_VERSION << '\n';
        return 0;
    }
    const std::map<QString, std::function<int(const QStringList &, malkoll::cli::Io)>> commands{
        {QStringLiteral("demo"), malkoll::cli::demo},
        {QStringLiteral("info"), malkoll::cli::info},
        {QStringLiteral("status"), malkoll::cli::status},
        {QStringLiteral("generate"), malkoll::cli::generate},
        {QStringLiteral("report"), malkoll::cli::report},
        {QStringLiteral("stress"), malkoll::cli::stress},
        {QStringLiteral("import-report"), malkoll::cli::importReport},
        {QStringLiteral("new-year"), malkoll::cli::newYear},
        {QStringLiteral("backup"), malkoll::cli::backup},
        {QStringLiteral("export"), malkoll::cli::exportCsv},
        {QStringLiteral("import-outcomes"), malkoll::cli::importOutcomes},
        {QStringLiteral("kolada"), malkoll::cli::kolada},
        {QStringLiteral("copy-store"), malkoll::cli::copyStore},
        {QStringLiteral("server-init"), malkoll::cli::serverInit},
        {QStringLiteral("user"), malkoll::cli::user},
        {QStringLiteral("city"), malkoll::cli::city},
        {QStringLiteral("kf-target"), malkoll::cli::kfTarget},
    };
    const QString command = args.takeFirst();
    // A password on the command line is for every local user to read (ps, /proc, the shell's history):
    // refused before anything is done, and not repeated.
    for (const QString &arg : std::as_const(args)) {
        const qsizetype eq = arg.indexOf(u'=');
        const QString value = arg.startsWith(QLatin1String("--")) && eq > 0 ? arg.mid(eq + 1) : arg;
        if (!malkoll::ServerAddress::isUrl(value)) continue;
        const auto address = malkoll::ServerAddress::parse(value);
        if ((address && !address.value().password.isEmpty()) || malkoll::ServerAddress::redacted(value) != value) {
            err << "malkoll-cli: " << malkoll::cli::Cli::tr("“%1” holds a password, which every user of this computer could "
                                                             "read on the command line. Give it in PGPASSWORD or in a password "
                                                             "file (~/.pgpass, or PGPASSFILE), or log in with Kerberos (GSSAPI).")
                                                      .arg(malkoll::ServerAddress::redacted(value))
                << '\n';
            return 2;
        }
    }
    const auto it = commands.find(command);
    if (it == commands.end()) {
        err << "malkoll-cli: unknown command \"" << command << "\"\n\n" << kUsage;
        return 2;
    }
    return it->second(args, io);
}
