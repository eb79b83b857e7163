// The texts of a report come in (issue 28): the title block, förslag till beslut, the
// Sammanfattande analys, goal analyses with their paragraphs, the economy's texts and the free
// sections — stored where Målkoll holds them, printed again, and their quoted figures checked.
#include "calc/evaluator.h"
#include "calc/findings.h"
#include "import/reportimporter.h"
#include "import/reportparser.h"
#include "report/committeereport.h"
#include "store/goalrepository.h"
#include "store/organisationrepository.h"
#include "store/periodrepository.h"
#include "store/sectionrepository.h"
#include "store/snapshotreader.h"
#include "tempstore.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace malkoll;
using malkoll::test::TempStore;

namespace {
ParsedReport textsFixture()
{
    QFile f(QStringLiteral(MALKOLL_TEST_DATA "/reports/variants/t2_2021_title_block_summary_quotes.txt"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return ReportParser::parse(f.readAll());
}
} // namespace

TEST(ReportTexts, EveryTextIsStoredWhereMalkollHoldsItAndOnlyOnce)
{
    const ParsedReport r = textsFixture();
    EXPECT_EQ(r.handlaggare, QStringLiteral("Anna Andersson"));
    EXPECT_EQ(r.phone, QStringLiteral("08-508 08 123"));
    EXPECT_EQ(r.date, QDate(2021, 9, 14));
    TempStore store;
    auto first = ReportImporter::import(*store, r, QStringLiteral("t2.txt"), {true});
    ASSERT_TRUE(first) << first.error().toStdString();
    EXPECT_EQ(first->goalAnalyses.added, 1);
    EXPECT_EQ(first->periodTexts.added, 1);
    EXPECT_GE(first->sections.added, 2);
    const qint64 c = first->committeeId;

    const PeriodInfo info = PeriodRepository(*store).info(c, 2021, Period::T2);
    EXPECT_EQ(info.handlaggare, QStringLiteral("Anna Andersson"));
    EXPECT_EQ(info.phone, QStringLiteral("08-508 08 123"));
    EXPECT_EQ(info.documentDate, QDate(2021, 9, 14));
    EXPECT_EQ(info.proposals, QStringList{QStringLiteral("Stadsdelsnämnden godkänner tertialrapport 2 2021.")});
    EXPECT_EQ(info.summary, QStringLiteral("Nämnden prognostiserar ett överskott om 2,0 mnkr för helåret.\n\n"
                                           "Fem av sju indikatorer bedöms nå årsmålet under året."));

    const std::vector<Goal> goals = GoalRepository(*store).goals(c, 2021);
    ASSERT_EQ(goals.size(), 1u);
    const auto assessment = GoalRepository(*store).assessment(goals.front().id, Period::T2, 0);
    ASSERT_TRUE(assessment);
    EXPECT_EQ(assessment->assessment, Assessment::Partly);
    EXPECT_EQ(assessment->analysis, QStringLiteral("Två av två indikatorer bedöms nå årsmålet.\n\n"
                                                   "Besöken på fritidsgården ökar, och 92 procent av besökarna är nöjda."));

    const std::vector<ReportSection> sections = SectionRepository(*store).sections(c, 2021, Period::T2);
    auto section = [&](const QString &title) -> const ReportSection * {
        for (const ReportSection &s : sections)
            if (s.title == title) return &s;
        return nullptr;
    };
    const ReportSection *economy = section(QStringLiteral("Äldreomsorg"));
    ASSERT_NE(economy, nullptr);
    EXPECT_EQ(economy->placement, SectionPlacement::Economy);
    EXPECT_TRUE(economy->body.contains(QStringLiteral("<p>Äldreomsorgen prognostiserar ett underskott om 2,0 mnkr.</p>")));
    const ReportSection *quality = section(QStringLiteral("Systematiskt kvalitetsarbete"));
    ASSERT_NE(quality, nullptr);
    EXPECT_EQ(quality->placement, SectionPlacement::End);

    // The same report again changes nothing: no second section, no second audit entry.
    const auto counts = store->counts();
    auto again = ReportImporter::import(*store, r, QStringLiteral("t2.txt"));
    ASSERT_TRUE(again) << again.error().toStdString();
    EXPECT_TRUE(again->unchanged());
    EXPECT_EQ(store->counts(), counts);

    // The report printed from the store names the handläggare and the report's date, and warns
    // of the two quotes the tables do not bear out (75 procent; an underskott where the table
    // shows an överskott) — and of none of those that agree.
    auto report = CommitteeReport::fromStore(*store, c, 2021, Period::T2, {});
    ASSERT_TRUE(report) << report.error().toStdString();
    EXPECT_EQ(report->handlaggare, QStringLiteral("Anna Andersson"));
    EXPECT_EQ(report->phone, QStringLiteral("08-508 08 123"));
    EXPECT_EQ(report->date, QDate(2021, 9, 14));
    auto snapshot = SnapshotReader(*store).read(c, 2021, Period::T2);
    ASSERT_TRUE(snapshot);
    QStringList quoted;
    for (const Finding &f : Evaluator::evaluate(snapshot.value()).findings)
        if (f.kind == FindingKind::QuotedFigure) quoted << f.message;
    ASSERT_EQ(quoted.size(), 2) << quoted.join(u'\n').toStdString();
    EXPECT_TRUE(quoted.join(u'\n').contains(QStringLiteral("75 procent")));
    EXPECT_TRUE(quoted.join(u'\n').contains(QStringLiteral("underskott om 2,0 mnkr")));
    EXPECT_TRUE(report->draftWarning.contains(QStringLiteral("2 siffror i analyserna stämmer inte med tabellerna"))) << report->draftWarning.toStdString();
    EXPECT_TRUE(report->draftWarning.contains(QStringLiteral("”75 procent” i analysen av ”Andel ungdomar i feriejobb”")))
        << "the printed report says it in Swedish, whatever the program's language: " << report->draftWarning.toStdString();
    EXPECT_TRUE(report->draftWarning.contains(QStringLiteral("”underskott om 2,0 mnkr” i avsnittet ”Äldreomsorg”")));
}

// A unit's report holds none of the committee's texts: its goal analyses are the unit's own.
TEST(ReportTexts, AUnitsReportLeavesTheCommitteesTextsAlone)
{
    ParsedReport r = textsFixture();
    TempStore store;
    ASSERT_TRUE(ReportImporter::import(*store, r, QString(), {true}));
    const qint64 c = OrganisationRepository(*store).committees().front().id;
    ReportIdentity unit;
    unit.unit = QStringLiteral("Fritidsgården");
    ParsedReport unitReport = textsFixture();
    ReportParser::applyIdentity(unitReport, unit);
    unitReport.summary = {{QStringLiteral("Enhetens egen sammanfattning."), false}};
    ASSERT_TRUE(ReportImporter::import(*store, unitReport, QString(), {true}));
    EXPECT_EQ(PeriodRepository(*store).info(c, 2021, Period::T2).summary.left(20), QStringLiteral("Nämnden prognostiser"));
}

// A nämndmål's Beskrivning (the plan's words, repeated in the report) is the goal's description.
TEST(ReportTexts, AGoalsBeskrivningIsItsDescription)
{
    QFile f(QStringLiteral(MALKOLL_TEST_DATA "/reports/reference_t1_2024_kungsholmen.txt"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const ParsedReport r = ReportParser::parse(f.readAll());
    const ParsedGoal *goal = nullptr;
    for (const ParsedGoal &g : r.goals)
        if (g.number == u"1.2.1") goal = &g;
    ASSERT_NE(goal, nullptr);
    ASSERT_EQ(goal->description.size(), 4u);
    EXPECT_EQ(goal->description.front().text, QStringLiteral("Förvaltningen redogör här för arbetet under perioden med egna ord."));
    EXPECT_TRUE(goal->analysis.empty()) << "a Beskrivning is not the analysis";
    TempStore store;
    auto imported = ReportImporter::import(*store, r, QString(), {true});
    ASSERT_TRUE(imported) << imported.error().toStdString();
    for (const Goal &g : GoalRepository(*store).goals(imported->committeeId, 2024))
        if (g.number == u"1.2.1") {
            EXPECT_TRUE(g.description.startsWith(QStringLiteral("Förvaltningen redogör här för arbetet under perioden med egna ord.\n\n"
                                                                 "Texten i originalet")))
                << g.description.toStdString();
        }
}
