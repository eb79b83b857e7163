// malkoll-cli report --out FILE.odt: the report as OpenDocument text, read back with the zip
// library — real headings with their levels, a table's cells, Swedish numbers, the charts as
// pictures, and a free section the controller wrote, at its place.
#include "clirun.h"
#include "qtprinters.h"
#include "tempstore.h"
#include "store/sectionrepository.h"
#include "store/store.h"
#include "ziparchive.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace malkoll;
using malkoll::test::CliRun;
using malkoll::test::cli;

namespace {
// The paragraphs and headings of content.xml as text, each on its own line, headings as "#N text".
QStringList textOf(const QByteArray &contentXml)
{
    QString xml = QString::fromUtf8(contentXml);
    static const QRegularExpression block(QStringLiteral("<text:(h|p)((?: [^>]*?)?)(?<!/)>(.*?)</text:\\1>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression level(QStringLiteral("text:outline-level=\"(\\d)\""));
    static const QRegularExpression tags(QStringLiteral("<[^>]+>"));
    QStringList out;
    for (auto it = block.globalMatch(xml); it.hasNext();) {
        const auto m = it.next();
        QString text = m.captured(3);
        text.remove(tags);
        text.replace(QStringLiteral("&amp;"), QStringLiteral("&")).replace(QStringLiteral("&lt;"), QStringLiteral("<"));
        if (m.captured(1) == u"h") text = QStringLiteral("#%1 %2").arg(level.match(m.captured(2)).captured(1), text);
        out << text;
    }
    return out;
}
} // namespace

TEST(CliOdt, TheReportAsAnEditableDocumentWithHeadingsTablesChartsAndAFreeSection)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("demo.malkoll"));
    ASSERT_TRUE(malkoll::test::writeDemoStore(store));
    {
        auto s = Store::open(store);
        ASSERT_TRUE(s);
        ReportSection quality;
        quality.title = QStringLiteral("Systematiskt kvalitetsarbete");
        quality.placement = SectionPlacement::AfterGoals;
        quality.body = QStringLiteral("<html><body><h3>Egenkontroller</h3><p>Åtta av <b>tio</b> enheter har gjort sina "
                                      "egenkontroller.</p><table><tr><td>Enhet</td><td>Andel</td></tr><tr><td>Förskola</td>"
                                      "<td>87,5 %</td></tr></table></body></html>");
        ASSERT_TRUE(SectionRepository(*s.value()).replace(1, 2024, Period::T1, {quality}));
    }
    const QString odt = dir.filePath(QStringLiteral("T1 2024.odt"));
    const CliRun r = cli({QStringLiteral("report"), store, QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--period"),
                          QStringLiteral("T1"), QStringLiteral("--charts"), QStringLiteral("--out"), odt});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();

    auto entries = Zip::read(odt);
    ASSERT_TRUE(entries) << entries.error().toStdString();
    ASSERT_FALSE(entries->empty());
    EXPECT_EQ(entries->front().name, QStringLiteral("mimetype")) << "an OpenDocument package begins with its type, stored";
    EXPECT_TRUE(entries->front().stored);
    EXPECT_EQ(entries->front().data, QByteArray("application/vnd.oasis.opendocument.text"));
    QByteArray content;
    int pictures = 0;
    for (const ZipEntry &e : entries.value()) {
        if (e.name == u"content.xml") content = e.data;
        if (e.name.startsWith(QLatin1String("Pictures/"))) ++pictures;
    }
    EXPECT_GT(pictures, 50) << "a chart per indicator with values, as pictures";
    const QStringList text = textOf(content);
    ASSERT_FALSE(text.isEmpty());
    EXPECT_TRUE(text.contains(QStringLiteral("#1 Tertialrapport 1 2024"))) << text.mid(0, 12).join(u'\n').toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("#2 Sammanfattande analys")));
    EXPECT_TRUE(text.contains(QStringLiteral("#2 Ekonomi")));
    EXPECT_FALSE(text.contains(QStringLiteral("#2 Innehåll"))) << "the word processor builds the contents from the headings";
    // The free section after the goals, before the economy, with its own heading and table.
    const qsizetype section = text.indexOf(QStringLiteral("#2 Systematiskt kvalitetsarbete"));
    ASSERT_GE(section, 0);
    EXPECT_LT(section, text.indexOf(QStringLiteral("#2 Ekonomi")));
    EXPECT_GT(section, text.indexOf(QStringLiteral("#2 Sammanfattande analys")));
    EXPECT_EQ(text.at(section + 1), QStringLiteral("#3 Egenkontroller"));
    EXPECT_EQ(text.at(section + 2), QStringLiteral("Åtta av tio enheter har gjort sina egenkontroller."));
    EXPECT_TRUE(text.contains(QStringLiteral("87,5 %")));
    // A table's cells with Swedish numbers: the economy's first line.
    const qsizetype area = text.indexOf(QStringLiteral("Nämnd och administration"));
    ASSERT_GE(area, 0);
    EXPECT_EQ(text.at(area + 1), QStringLiteral("52,7"));
    EXPECT_FALSE(content.contains("\xe2\x81\xa3")) << "no heading mark is left";

    const CliRun again = cli({QStringLiteral("report"), store, QStringLiteral("--out"), odt});
    EXPECT_EQ(again.code, 1) << "an existing document is kept without --force";
}
