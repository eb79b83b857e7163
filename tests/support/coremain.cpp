// main() for headless tests: Qt SQL drivers need a QCoreApplication to load.
#include <QCoreApplication>
#include <gtest/gtest.h>
#include "testenv.h"

int main(int argc, char **argv)
{
    malkoll::test::applyEnvArguments(argc, argv);
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
