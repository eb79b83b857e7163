// The Swedish translation is complete and is what a Swedish user sees.
#include "demowindow.h"
#include "mainwindow.h"
#include "models/indicatortablemodel.h"
#include "qtprinters.h"
#include "translator.h"

#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QDialogButtonBox>
#include <QPushButton>
#include <gtest/gtest.h>

using namespace malkoll;

TEST(Translation, SwedishTsFileHasNoUnfinishedMessage)
{
    QFile f(QStringLiteral(MALKOLL_SOURCE_DIR "/translations/malkoll_sv.ts"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    int messages = 0;
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        if (xml.name() == u"source") source = xml.readElementText();
        if (xml.name() == u"translation") {
            ++messages;
            const bool marked = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
            if (marked || xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed().isEmpty()) unfinished << source;
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(messages, 150);
    EXPECT_TRUE(unfinished.isEmpty()) << unfinished.join(QStringLiteral("\n")).toStdString();
}

TEST(Translation, SwedishTranslatorGivesTheReportsColumnNames)
{
    QTranslator sv;
    ASSERT_TRUE(sv.load(QStringLiteral(":/i18n/malkoll_sv.qm")));
    QApplication::installTranslator(&sv);
    IndicatorTableModel model;
    EXPECT_EQ(model.headerData(IndicatorTableModel::OutcomeColumn, Qt::Horizontal).toString(),
              QStringLiteral("Periodens utfall"));
    EXPECT_EQ(model.headerData(IndicatorTableModel::PrognosisColumn, Qt::Horizontal).toString(),
              QStringLiteral("Prognos helår"));
    MainWindow window;
    EXPECT_EQ(window.menuBar()->actions().first()->text(), QStringLiteral("&Arkiv"));
    QApplication::removeTranslator(&sv);
    EXPECT_EQ(model.headerData(IndicatorTableModel::OutcomeColumn, Qt::Horizontal).toString(),
              QStringLiteral("Outcome for the period"));
}

TEST(Translation, QtsOwnButtonsAreSwedishToo)
{
    QString cancel;
    {
        malkoll::test::SwedishForTest swedish; // the application is English again after it
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        cancel = box.button(QDialogButtonBox::Cancel)->text();
    }
    EXPECT_EQ(cancel.remove(u'&'), QStringLiteral("Avbryt"));
}
