// main() for widget tests; run with QT_QPA_PLATFORM=offscreen (ctest sets it). Settings go to a
// folder of this process's own, so tests neither read the user's settings nor each other's.
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include "testenv.h"

int main(int argc, char **argv)
{
    malkoll::test::applyEnvArguments(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir settingsDir;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(settingsDir.path()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(settingsDir.path()));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MalkollTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
