#include "clicommands.h"

#include "io/demoloader.h"
#include "store/migrations.h"
#include "store/organisationrepository.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace malkoll::cli {

namespace {
// The context translators see for the command line.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

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
} // namespace

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
    if (QFile::exists(out)) {
        if (!p.isSet(QStringLiteral("force"))) {
            io.err << Cli::tr("demo: “%1” exists; use --force to replace it.").arg(out) << '\n';
            return 1;
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(out + suffix);
    }
    auto store = Store::open(out);
    if (!store) {
        io.err << store.error() << '\n';
        return 1;
    }
    auto summary = DemoLoader::load(*store.value());
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

} // namespace malkoll::cli
