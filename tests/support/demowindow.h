#pragma once
// The widget tests' common start: the main window on a copy of the demo store, shown offscreen,
// with the settings of earlier tests cleared.
#include "mainwindow.h"
#include "tempstore.h"
#include "text/labels.h"
#include "translator.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>
#include <gtest/gtest.h>

namespace malkoll::test {

// The demo store written into `dir`; empty when it could not be.
inline QString copyDemoStore(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.malkoll"));
    return writeDemoStore(path) ? path : QString();
}

// Swedish as a Swedish user has it (Målkoll's and Qt's translations, the Swedish locale, the
// labels) for as long as it lives; then English with the locale before it again, as the other
// tests in the same process expect.
class SwedishForTest
{
public:
    SwedishForTest() { installTranslations(*qApp, QStringLiteral("sv")); }
    ~SwedishForTest()
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(m_before);
        labels::setUiLanguage(Language::English);
    }
    SwedishForTest(const SwedishForTest &) = delete;
    SwedishForTest &operator=(const SwedishForTest &) = delete;

private:
    QLocale m_before;
};

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
