#pragma once
// What the commands of malkoll-cli share: option parsing, opening the store, the common options.
#include "clicommands.h"
#include "domain/organisation.h"
#include "domain/period.h"
#include "export/statusreport.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <memory>
#include <optional>
#include <vector>

namespace malkoll::cli {

// The context translators see for the command line.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Parses args for one command; prints the error and returns false when they are wrong.
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &args, Io io);
// Opens an existing store for reading and writing; prints the reason and returns null on failure.
std::unique_ptr<Store> openExisting(const QString &path, Io io);
// The follow-up period of --period, or the message naming the command and the bad value.
std::optional<Period> followUpPeriod(const QCommandLineParser &p, const char *command, Io io);
// --year as a year (1900–2200), nullopt inside when not given; nullopt outside (with the
// message printed) when it is not a year.
std::optional<std::optional<int>> yearOption(const QCommandLineParser &p, const char *command, Io io);
// A committee given by name, short name or id.
bool isCommittee(const Committee &c, const QString &want);
// The committee --committee names among `committees`; without it `fallback` (may be null).
const Committee *chosenCommittee(const QCommandLineParser &p, const std::vector<Committee> &committees, const Committee *fallback);
// The committee of --committee (default: the store's first) and the year (`wantedYear`, default its
// latest) it has goals for; prints why not and returns nullopt.
struct CommitteeYear
{
    Committee committee;
    int year = 0;
};
std::optional<CommitteeYear> committeeYear(const QCommandLineParser &p, Store &store, const std::optional<int> &wantedYear,
                                           const char *command, Io io);
// Creates the store a command writes (demo, generate), replacing it only with --force; prints the
// reason and returns null when it cannot.
std::unique_ptr<Store> createStore(const QString &path, bool force, const char *command, Io io);

// Tables (status, city) to stdout or --out: tsv or text (UTF-8, written whole then renamed), or
// xlsx (a sheet per table, numbers as numbers); an existing file only with `force`.
int writeTables(const std::vector<ReportTable> &tables, const QString &format, const QString &out, bool force, const char *command, Io io);
// --format (tsv, text or xlsx) and --out checked as writeTables needs them: 0, or the exit code
// (2 a wrong option, 1 a file that exists without --force) with the reason printed.
int tableOutputProblem(const QCommandLineParser &p, const char *command, Io io);

} // namespace malkoll::cli
