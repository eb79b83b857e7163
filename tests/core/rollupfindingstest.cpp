// Roll-up suggestions and findings on a small crafted year (no store needed).
#include "calc/evaluator.h"
#include "calc/findings.h"
#include "calc/quotedfigures.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

using namespace malkoll;

namespace {
Target value(double v) { return Target{TargetKind::Value, v, 0, 0, QString::number(v)}; }

class CraftedYear : public ::testing::Test
{
protected:
    void SetUp() override
    {
        s.year = 2024;
        s.period = Period::T2;
        s.committee = Committee{1, QStringLiteral("Testnämnden"), QStringLiteral("Test")};
        addGoal(1, 0, GoalLevel::Direction, "1");
        addGoal(11, 1, GoalLevel::KfArea, "1.1");
        addGoal(111, 11, GoalLevel::Committee, "1.1.1");
        addGoal(112, 11, GoalLevel::Committee, "1.1.2");
        // 1.1: met by prognosis, partly by prognosis (with analysis), no value at all
        addIndicator(1, 11, value(80), Direction::HigherIsBetter, 70, 85, "");
        s.indicators.back().kfTarget = Target{TargetKind::SetLater, 0, 0, 2024, QStringLiteral("Fastställs 2024")};
        addIndicator(2, 11, value(80), Direction::HigherIsBetter, 70, 78, "Nära målet.");
        addIndicator(3, 11, value(80), Direction::HigherIsBetter, std::nullopt, std::nullopt, "");
        addActivity(1, 11, QDate(2024, 12, 31), ActivityStatus::OnTrack, "");
        addActivity(2, 11, QDate(2024, 12, 31), ActivityStatus::Delayed, "Försenad av upphandling.");
        // 1.1.1: two met, one activity past its end still "on track"
        addIndicator(4, 111, value(4.9), Direction::LowerIsBetter, 4.8, 4.7, "");
        addIndicator(5, 111, value(90), Direction::HigherIsBetter, 95, 95, "");
        addActivity(3, 111, QDate(2024, 3, 31), ActivityStatus::OnTrack, "");
        // 1.1.2: not met, no analysis, and assessed "helt" anyway
        addIndicator(6, 112, value(4.9), Direction::LowerIsBetter, 6.0, 6.0, "");
        s.assessments.insert(112, GoalAssessment{112, Period::T2, 0, Assessment::Full, {}, {}, {}});
        s.buildIndex();
        ev = Evaluator::evaluate(s);
    }

    void addGoal(qint64 id, qint64 parent, GoalLevel level, const char *number)
    {
        Goal g;
        g.id = id;
        g.committeeId = 1;
        g.year = 2024;
        g.parentId = parent;
        g.level = level;
        g.number = QString::fromLatin1(number);
        g.title = QStringLiteral("Mål ") + g.number;
        s.goals.push_back(g);
    }
    void addIndicator(qint64 id, qint64 goal, Target t, Direction d, std::optional<double> outcome,
                      std::optional<double> prognosis, const char *analysis)
    {
        Indicator i;
        i.id = id;
        i.committeeId = 1;
        i.year = 2024;
        i.goalId = goal;
        i.name = QStringLiteral("Indikator %1").arg(id);
        i.direction = d;
        i.decimals = 1;
        i.target = t;
        s.indicators.push_back(i);
        Measurement m;
        m.indicatorId = id;
        m.period = Period::T2;
        m.outcome = outcome;
        m.prognosis = prognosis;
        m.analysis = QString::fromUtf8(analysis);
        if (outcome || prognosis) s.measurements.insert(id, m);
    }
    void addActivity(qint64 id, qint64 goal, QDate end, ActivityStatus status, const char *analysis)
    {
        Activity a;
        a.id = id;
        a.committeeId = 1;
        a.year = 2024;
        a.goalId = goal;
        a.title = QStringLiteral("Aktivitet %1").arg(id);
        a.start = QDate(2024, 1, 1);
        a.end = end;
        s.activities.push_back(a);
        s.activityReports.insert(id, ActivityReport{id, Period::T2, status, QString::fromUtf8(analysis), {}, {}, 1});
    }
    int count(FindingKind kind) const
    {
        return int(std::count_if(ev.findings.begin(), ev.findings.end(),
                                 [&](const Finding &f) { return f.kind == kind; }));
    }

    YearSnapshot s;
    YearEvaluation ev;
};
} // namespace

TEST_F(CraftedYear, NamndmalWithAllIndicatorsMetButALateActivityIsPartly)
{
    const GoalEvaluation *g = ev.goal(111);
    EXPECT_EQ(g->counts.met, 2);
    EXPECT_EQ(g->counts.indicators, 2);
    EXPECT_EQ(g->counts.deviating, 1);
    EXPECT_EQ(g->suggestion, Assessment::Partly);
    EXPECT_EQ(RollupRule::reasons(g->counts, Language::Swedish),
              QStringLiteral("2 av 2 indikatorer bedöms nå årsmålet; 1 aktivitet har avvikelse"));
    EXPECT_EQ(RollupRule::reasons(g->counts, Language::English),
              QStringLiteral("2 of 2 indicators expected to meet the annual target; 1 activity deviates"));
}

TEST_F(CraftedYear, NamndmalWithItsOnlyIndicatorNotMetIsNotMet)
{
    EXPECT_EQ(ev.goal(112)->suggestion, Assessment::NotMet);
}

TEST_F(CraftedYear, VerksamhetsomradesmalCountsIndicatorsActivitiesAndTheAssessedSubGoals)
{
    const GoalEvaluation *g = ev.goal(11);
    const RollupCounts &c = g->counts;
    EXPECT_EQ(c.met, 1);
    EXPECT_EQ(c.partly, 1);
    EXPECT_EQ(c.unassessable, 1);
    EXPECT_EQ(c.activities, 2);
    EXPECT_EQ(c.deviating, 1);
    // 1.1.1 by its suggestion (delvis), 1.1.2 by the person's assessment (helt)
    EXPECT_EQ(c.subGoals, 2);
    EXPECT_EQ(c.subFull, 1);
    EXPECT_EQ(c.subPartly, 1);
    EXPECT_EQ(g->suggestion, Assessment::Partly); // 3 of 4 parts, but half the activities deviate
    EXPECT_EQ(RollupRule::reasons(c, Language::Swedish),
              QStringLiteral("1 av 2 indikatorer bedöms nå årsmålet; 1 nås delvis; 1 indikator kan inte bedömas; "
                             "1 aktivitet har avvikelse; 1 av 2 nämndmål uppfylls helt; 1 delvis"));
}

TEST_F(CraftedYear, InriktningsmalRollsUpFromItsVerksamhetsomradesmal)
{
    const GoalEvaluation *g = ev.goal(1);
    EXPECT_EQ(g->counts.indicators, 0);
    EXPECT_EQ(g->counts.subGoals, 1);
    EXPECT_EQ(g->counts.subPartly, 1);
    EXPECT_EQ(g->suggestion, Assessment::Partly);
    EXPECT_TRUE(RollupRule::reasons(g->counts, Language::Swedish).contains(QStringLiteral("verksamhetsområdesmål")));
}

TEST_F(CraftedYear, FindingsNameWhatTheControllerMustFix)
{
    EXPECT_EQ(count(FindingKind::AssessmentContradicts), 1);
    // Indicator 1 misses its target at T2 (forecast to meet it) and indicator 6 misses it
    // outright; indicator 2 is partly met but has its analysis.
    EXPECT_EQ(count(FindingKind::MissingAnalysis), 2);
    EXPECT_EQ(count(FindingKind::MissingValue), 1);     // indicator 3
    EXPECT_EQ(count(FindingKind::ActivityPastEnd), 1);  // activity 3
    EXPECT_EQ(count(FindingKind::KfTargetSetLater), 1); // indicator 1 at T2
    EXPECT_EQ(count(FindingKind::DeviationWithoutAnalysis), 0);
    for (const Finding &f : ev.findings) {
        EXPECT_FALSE(f.message.isEmpty());
        if (f.kind == FindingKind::AssessmentContradicts) {
            EXPECT_EQ(f.goalNumber, QStringLiteral("1.1.2"));
            EXPECT_TRUE(f.message.contains(QStringLiteral("Uppfylls helt")));
            EXPECT_TRUE(f.message.contains(QStringLiteral("Uppfylls inte")));
        }
        if (f.kind == FindingKind::MissingAnalysis) {
            EXPECT_TRUE(f.indicatorId == 1 || f.indicatorId == 6) << f.indicatorId;
        }
        if (f.kind == FindingKind::ActivityPastEnd) {
            EXPECT_EQ(f.activityId, 3);
        }
    }
}

TEST_F(CraftedYear, ATertialIndicatorWithAReasonIsNotMissing)
{
    Measurement m;
    m.indicatorId = 3;
    m.period = Period::T2;
    m.notReported = true;
    m.notReportedReason = QStringLiteral("Mätningen görs inte i år");
    s.measurements.insert(3, m);
    const YearEvaluation again = Evaluator::evaluate(s);
    EXPECT_EQ(std::count_if(again.findings.begin(), again.findings.end(),
                            [](const Finding &f) { return f.kind == FindingKind::MissingValue; }),
              0);
}

TEST_F(CraftedYear, KfTargetSetLaterIsNoFindingAtT1)
{
    s.period = Period::T1;
    for (auto &m : s.measurements) m.period = Period::T1;
    const YearEvaluation t1 = Evaluator::evaluate(s);
    EXPECT_EQ(std::count_if(t1.findings.begin(), t1.findings.end(),
                            [](const Finding &f) { return f.kind == FindingKind::KfTargetSetLater; }),
              0);
}

TEST(Rollup, RuleThresholds)
{
    RollupCounts c;
    EXPECT_EQ(RollupRule::suggest(c), Assessment::NotSet); // nothing to judge from
    c.indicators = 4;
    c.met = 3;
    c.notMet = 1;
    EXPECT_EQ(RollupRule::suggest(c), Assessment::Full); // 75 %
    c.met = 2;
    c.notMet = 2;
    EXPECT_EQ(RollupRule::suggest(c), Assessment::Partly); // 50 %
    c.met = 1;
    c.notMet = 3;
    EXPECT_EQ(RollupRule::suggest(c), Assessment::NotMet); // 25 %
    RollupCounts onlyActivities;
    onlyActivities.activities = 4;
    EXPECT_EQ(RollupRule::suggest(onlyActivities), Assessment::Full);
    onlyActivities.deviating = 3;
    EXPECT_EQ(RollupRule::suggest(onlyActivities), Assessment::NotMet);
}

// Figures quoted in analyses (issue 28): the phrasings of the city's reports are found …
TEST(QuotedFigures, TheCityPhrasingsAreFound)
{
    auto one = [](const char *text) {
        const auto found = QuotedFigures::find(QString::fromUtf8(text));
        EXPECT_EQ(found.size(), 1u) << text;
        return found.empty() ? QuotedFigure{} : found.front();
    };
    QuotedFigure q = one("Nämnden prognostiserar ett underskott om 3,1 mnkr för helåret.");
    EXPECT_EQ(q.kind, QuoteKind::Deficit);
    EXPECT_DOUBLE_EQ(q.value, 3.1);
    EXPECT_EQ(q.decimals, 1);
    q = one("Prognosen visar ett överskott på 11,1 miljoner kronor.");
    EXPECT_EQ(q.kind, QuoteKind::Surplus);
    EXPECT_DOUBLE_EQ(q.value, 11.1);
    q = one("en negativ avvikelse med 500 tkr");
    EXPECT_EQ(q.kind, QuoteKind::Deficit);
    EXPECT_DOUBLE_EQ(q.value, 0.5);
    q = one("Överskottet om ca 1 616,2 mnkr");
    EXPECT_EQ(q.kind, QuoteKind::Surplus);
    EXPECT_DOUBLE_EQ(q.value, 1616.2);
    q = one("Fem av sju indikatorer bedöms nå årsmålet.");
    EXPECT_EQ(q.kind, QuoteKind::Count);
    EXPECT_EQ(q.value, 5);
    EXPECT_EQ(q.of, 7);
    EXPECT_FALSE(q.activities);
    q = one("3 av 4 aktiviteter är genomförda");
    EXPECT_TRUE(q.activities);
    EXPECT_EQ(q.of, 4);
    q = one("Andelen är 87 procent.");
    EXPECT_EQ(q.kind, QuoteKind::Percent);
    EXPECT_DOUBLE_EQ(q.value, 87);
    q = one("Andelen är 87,5 %.");
    EXPECT_DOUBLE_EQ(q.value, 87.5);
    EXPECT_EQ(q.decimals, 1);
    // … and what only looks like them is not.
    EXPECT_TRUE(QuotedFigures::find(QStringLiteral("en ökning med 2 procentenheter")).empty());
    EXPECT_TRUE(QuotedFigures::find(QStringLiteral("tre av dem deltog; ett överskott i verksamheten")).empty());
    EXPECT_TRUE(QuotedFigures::agrees(3.1, 1, -3.06));
    EXPECT_FALSE(QuotedFigures::agrees(3.1, 1, 3.2));
    EXPECT_TRUE(QuotedFigures::agrees(87, 0, 86.6));
}

// … and compared with the tables: what agrees is no finding, what does not is one, with the words.
TEST_F(CraftedYear, FiguresQuotedInAnalysesAreComparedWithTheTables)
{
    s.indicators[1].unit = QStringLiteral("%"); // indicator 2: outcome 70, prognosis 78, target 80
    s.indicators[4].unit = QStringLiteral("procent"); // indicator 5: outcome 95
    s.measurements[2].analysis = QStringLiteral("Utfallet blev 70 procent, målet är 80 %.");
    s.measurements[5].analysis = QStringLiteral("Andelen är 95 procent.");
    s.assessments.insert(111, GoalAssessment{111, Period::T2, 0, Assessment::Partly, QStringLiteral("Två av två indikatorer nås."), {}, {}});
    BudgetLine line;
    line.name = QStringLiteral("Förskola");
    line.budget = 100;
    line.forecastBefore = 96.9;
    line.forecastAfter = 96.9; // överskott 3,1
    s.budget.push_back(line);
    s.periodInfo.summary = QStringLiteral("Nämnden prognostiserar ett överskott om 3,1 mnkr.");
    ev = Evaluator::evaluate(s);
    EXPECT_EQ(count(FindingKind::QuotedFigure), 0) << "every quote agrees";

    s.measurements[2].analysis = QStringLiteral("Utfallet blev 87 procent.");
    s.assessments[112].analysis = QStringLiteral("Fem av sju indikatorer nås.");
    ReportSection economy;
    economy.placement = SectionPlacement::Economy;
    economy.title = QStringLiteral("Förskola");
    economy.body = QStringLiteral("<p>Förskolan visar ett underskott om 3,1 mnkr.</p>");
    s.sections.push_back(economy);
    ev = Evaluator::evaluate(s);
    QStringList messages;
    for (const Finding &f : ev.findings)
        if (f.kind == FindingKind::QuotedFigure) messages << f.message;
    ASSERT_EQ(messages.size(), 3) << messages.join(u'\n').toStdString();
    EXPECT_TRUE(messages.join(u'\n').contains(QStringLiteral("87 procent")));
    EXPECT_TRUE(messages.join(u'\n').contains(QStringLiteral("Fem av sju indikatorer")));
    EXPECT_TRUE(messages.join(u'\n').contains(QStringLiteral("underskott om 3,1 mnkr")));
    EXPECT_EQ(Findings::kindCode(FindingKind::QuotedFigure), QStringLiteral("quoted-figure"));
}

// What real reports say that is not a level of the table: a resultatöverföring of earlier years,
// a change by some percent.
TEST(QuotedFigures, TransfersAndChangesAreMarked)
{
    auto found = QuotedFigures::find(QStringLiteral("Resultatenheten inom socialpsykiatri överförde ett överskott om 0,7 mnkr från "
                                                    "år 2023 till år 2024. Nämnden prognostiserar ett underskott om 2 mnkr."));
    ASSERT_EQ(found.size(), 2u);
    EXPECT_TRUE(found[0].transfer);
    EXPECT_FALSE(found[1].transfer);
    found = QuotedFigures::find(QStringLiteral("Andelen ökade med 5 procent till 87 procent."));
    ASSERT_EQ(found.size(), 2u);
    EXPECT_TRUE(found[0].change);
    EXPECT_FALSE(found[1].change);
}
