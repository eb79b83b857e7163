#pragma once
// The commands of malkoll-cli. Each takes its arguments (after the command name) and
// writes to out/err; the return value is the process exit code.
#include <QStringList>
#include <QTextStream>

namespace malkoll::cli {

struct Io
{
    QTextStream &out;
    QTextStream &err;
};

int demo(const QStringList &args, Io io);
int info(const QStringList &args, Io io);
int status(const QStringList &args, Io io);
int generate(const QStringList &args, Io io);
int report(const QStringList &args, Io io);
int stress(const QStringList &args, Io io);
int importReport(const QStringList &args, Io io);
int newYear(const QStringList &args, Io io);
int backup(const QStringList &args, Io io);
int exportCsv(const QStringList &args, Io io);
int importOutcomes(const QStringList &args, Io io);
int kolada(const QStringList &args, Io io);
int copyStore(const QStringList &args, Io io);
int serverInit(const QStringList &args, Io io);
int user(const QStringList &args, Io io);
int city(const QStringList &args, Io io);
int kfTarget(const QStringList &args, Io io);

} // namespace malkoll::cli
