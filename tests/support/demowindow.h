#pragma once
// The widget tests' common start: the main window on a copy of the demo store, shown offscreen,
// with the settings of earlier tests cleared.
#include "mainwindow.h"
#include "tempstore.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace malkoll::test {

// The demo store written into `dir`; empty when it could not be.
inline QString copyDemoStore(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.malkoll"));
    return writeDemoStore(path) ? path : QString();
}

class DemoWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        path = copyDemoStore(dir);
        ASSERT_FALSE(path.isEmpty());
        auto opened = window.openStore(path);
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        window.show();
        QApplication::processEvents();
    }

    QTemporaryDir dir;
    QString path;
    MainWindow window;
};

} // namespace malkoll::test
