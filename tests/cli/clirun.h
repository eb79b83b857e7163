#pragma once
// Runs malkoll-cli (or another program) as a user would and keeps what it printed.
#include <QProcess>
#include <QString>
#include <QStringList>
#include <gtest/gtest.h>

namespace malkoll::test {

// Debian's python3 (with python3-openpyxl): writes and reads back workbooks beside the tests.
inline const QString kPython = QStringLiteral("/usr/bin/python3");
// The demo's indicator the CLI tests import, export and link.
inline const QString kTeachers = QStringLiteral("Andel legitimerade förskollärare av totalt antal anställda (årsarbetare)");

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

inline CliRun runProgram(const QString &program, const QStringList &args, int timeoutMs = 180000)
{
    QProcess p;
    p.start(program, args);
    EXPECT_TRUE(p.waitForFinished(timeoutMs)) << program.toStdString();
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

#ifdef MALKOLL_CLI
// The program under test: the one built beside the tests, or MALKOLL_CLI_UNDER_TEST (to show that
// a new test fails on an earlier build).
inline QString cliPath() { return qEnvironmentVariable("MALKOLL_CLI_UNDER_TEST", QStringLiteral(MALKOLL_CLI)); }
inline CliRun cli(const QStringList &args) { return runProgram(cliPath(), args); }
#endif

} // namespace malkoll::test
