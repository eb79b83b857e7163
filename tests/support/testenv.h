#pragma once
// --malkoll-env=NAME=VALUE on a test's command line sets NAME for the run. ctest hands a discovered
// test one ENVIRONMENT entry only (gtest_discover_tests splits a list into separate properties),
// so the backend and the test server reach the tests as arguments (EXTRA_ARGS) instead.
#include <QByteArray>
#include <cstring>

namespace malkoll::test {

inline void applyEnvArguments(int argc, char **argv)
{
    static const char prefix[] = "--malkoll-env=";
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], prefix, sizeof prefix - 1) != 0) continue;
        const QByteArray pair(argv[i] + sizeof prefix - 1);
        const qsizetype eq = pair.indexOf('=');
        if (eq > 0) qputenv(pair.left(eq).constData(), pair.mid(eq + 1));
    }
}

} // namespace malkoll::test
