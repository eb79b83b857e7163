// Kolada in the window: the plan's Kolada dialog searches KPIs by title and fetches the series
// from the local stand-in for Kolada's API; the link is one undo step; the trend panel then draws
// Kolada's series beside the committee's own, marked "Källa: Kolada".
#include "charts/trendchart.h"
#include "charts/trendpanel.h"
#include "dialogs/koladadialog.h"
#include "edit/edits.h"
#include "koladaserver.h"
#include "periodsession.h"
#include "sample/demoloader.h"
#include "store/koladarepository.h"
#include "tempstore.h"

#include <QChart>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace malkoll;

TEST(KoladaUi, SearchFetchLinkAndTheTrendChartDrawsKoladasSeries)
{
    QTemporaryDir dir;
    test::KoladaServer server(dir.path());
    qputenv("MALKOLL_KOLADA_API", server.api().toUtf8());
    test::TempStore store;
    auto loaded = test::loadDemo(store);
    ASSERT_TRUE(loaded);
    PeriodSession session;
    session.setStore(&*store);
    ASSERT_TRUE(session.load(loaded->committeeId, 2024, Period::T1));
    const Indicator *teachers = nullptr;
    for (const Indicator &i : session.snapshot()->indicators)
        if (i.name.startsWith(QStringLiteral("Andel legitimerade förskollärare"))) teachers = &i;
    ASSERT_NE(teachers, nullptr);

    KoladaDialog dialog(*store, *teachers);
    dialog.searchEdit()->setText(QStringLiteral("behöriga"));
    dialog.search();
    ASSERT_EQ(dialog.results()->count(), 2) << dialog.messageLabel()->text().toStdString();
    EXPECT_TRUE(server.asked().contains(QStringLiteral("/v3/kpi?title=beh%C3%B6riga"))) << server.asked().toStdString();
    dialog.results()->setCurrentRow(0);
    EXPECT_EQ(dialog.kpiEdit()->text(), QStringLiteral("N15033"));
    dialog.fetch();
    EXPECT_TRUE(dialog.fetched()) << dialog.messageLabel()->text().toStdString();
    EXPECT_TRUE(dialog.messageLabel()->text().contains(QStringLiteral("8 values"))) << dialog.messageLabel()->text().toStdString();
    const KoladaLink link = dialog.link();
    EXPECT_EQ(link.municipalities, (QStringList{QStringLiteral("0180"), QStringLiteral("0000")}));

    ASSERT_TRUE(session.push(koladaLinkEdit(QStringLiteral("Kolada"), KoladaLink{teachers->committeeId, teachers->seriesKey, {}, {}, {}}, link)));
    ASSERT_TRUE(KoladaRepository(*store).link(teachers->committeeId, teachers->seriesKey));
    const TrendSeries series = TrendPanel::seriesFor(session, *teachers);
    ASSERT_GE(series.kolada.size(), 2u);
    EXPECT_EQ(series.kolada[0].name, QStringLiteral("Stockholm")) << "in the order of the link";
    QStringList names;
    for (const KoladaLine &l : series.kolada) names << l.name;
    EXPECT_TRUE(names.contains(QStringLiteral("Stockholm – kvinnor")));
    const auto chart = TrendChart::build(series);
    QStringList seriesNames;
    for (QAbstractSeries *s : chart->series()) seriesNames << s->name();
    EXPECT_TRUE(seriesNames.contains(QStringLiteral("Stockholm (Kolada)"))) << seriesNames.join(u',').toStdString();
    bool sourceShown = false;
    for (QAbstractAxis *axis : chart->axes(Qt::Horizontal)) sourceShown = sourceShown || axis->titleText() == u"Source: Kolada (RKA)"; // the window's language
    EXPECT_TRUE(sourceShown);

    session.undoStack()->undo();
    EXPECT_FALSE(KoladaRepository(*store).link(teachers->committeeId, teachers->seriesKey)) << "the link is undone";
    EXPECT_TRUE(TrendPanel::seriesFor(session, *teachers).kolada.empty());
    qunsetenv("MALKOLL_KOLADA_API");
}
