// Report import: the two reference committee documents (tests/data/reports/reference_*: their
// headings and tables as they are, prose replaced by tools/deprose.py) read into the store, counted
// and spot-checked against the text (line numbers refer to the seed files), idempotent
// re-import, a plan followed by its T1 report, a later year linking by name, and bad input.
#include "import/reportimporter.h"
#include "import/reportparser.h"
#include "store/activityrepository.h"
#include "store/auditlog.h"
#include "store/economyrepository.h"
#include "store/goalrepository.h"
#include "store/indicatorrepository.h"
#include "store/measurementrepository.h"
#include "store/organisationrepository.h"
#include "store/periodrepository.h"
#include "findby.h"
#include "tempstore.h"

#include <QFile>
#include <algorithm>
#include <gtest/gtest.h>

using namespace malkoll;
using malkoll::test::TempStore;
using malkoll::test::committeeNamed;
using malkoll::test::findBy;

namespace {

QString seedPath(const char *prefix)
{
    const QString dir = QStringLiteral(MALKOLL_TEST_DATA "/reports/");
    return dir + QString::fromLatin1(prefix);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

const ParsedReport &plan2021()
{
    static const ParsedReport r = ReportParser::parse(readFile(seedPath("reference_vp2021_hasselby.txt")));
    return r;
}

const ParsedReport &t1of2024()
{
    static const ParsedReport r = ReportParser::parse(readFile(seedPath("reference_t1_2024_kungsholmen.txt")));
    return r;
}

ParsedReport fixture(const char *name)
{
    return ReportParser::parse(readFile(QStringLiteral(MALKOLL_TEST_DATA "/reports/") + QString::fromLatin1(name)));
}


int countLevel(const ParsedReport &r, GoalLevel level)
{
    return int(std::count_if(r.goals.begin(), r.goals.end(), [&](const ParsedGoal &g) { return g.level == level; }));
}

} // namespace

TEST(ReportParser, PlanOfHasselbyVallingby2021)
{
    const ParsedReport &r = plan2021();
    EXPECT_EQ(r.period, Period::VP);
    EXPECT_EQ(r.year, 2021);
    EXPECT_EQ(r.committee, QStringLiteral("Hässelby-Vällingby stadsdelsnämnd")); // "Hässelby- Vällingby" repaired
    EXPECT_EQ(countLevel(r, GoalLevel::Direction), 3);
    EXPECT_EQ(countLevel(r, GoalLevel::KfArea), 12);
    EXPECT_EQ(countLevel(r, GoalLevel::Committee), 18);
    EXPECT_EQ(r.indicators.size(), 84u);
    EXPECT_EQ(r.activities.size(), 127u);
    EXPECT_EQ(r.budget.size(), 16u);
    EXPECT_TRUE(r.rejected.empty()) << r.rejected.front().line << ' ' << r.rejected.front().reason.toStdString();
    // Per-area budget tables and nyckeltal; and the investment plan whose header starts with an
    // empty cell (001:1673), which was passed over without a word before it was listed.
    EXPECT_EQ(r.skipped.size(), 17u); // and the plan budget's Kostnader, Intäkter, VP 2020 and its prognos columns

    // 001:216-218: the heading on a line of its own, the numbered title two lines further down.
    ASSERT_FALSE(r.goals.empty());
    EXPECT_EQ(r.goals.front().number, QStringLiteral("1"));
    EXPECT_EQ(r.goals.front().title, QStringLiteral("En modern storstad med möjligheter och valfrihet för alla"));
    // 001:318: a number without unit, KF:s årsmål set later in the year.
    const ParsedIndicator *i = findBy(r.indicators, QStringLiteral("Andel personer som själv upplever att de får en förbättrad"));
    ASSERT_NE(i, nullptr);
    EXPECT_EQ(i->line, 318);
    EXPECT_EQ(i->goalNumber, QStringLiteral("1.1"));
    EXPECT_EQ(i->target.kind, TargetKind::Value);
    EXPECT_DOUBLE_EQ(i->target.value, 70);
    EXPECT_EQ(i->kfTarget.kind, TargetKind::SetLater);
    EXPECT_EQ(i->kfTarget.year, 2021);
    EXPECT_EQ(i->periodicity, Periodicity::Tertial);
    // 001:319: "Andel personer som har ekonomiskt bistånd …	2,15 %	1,5 %	Tertial"
    i = findBy(r.indicators, QStringLiteral("Andel personer som har ekonomiskt bistånd"));
    ASSERT_NE(i, nullptr);
    EXPECT_DOUBLE_EQ(i->target.value, 2.15);
    EXPECT_DOUBLE_EQ(i->kfTarget.value, 1.5);
    EXPECT_EQ(i->unit, QStringLiteral("%"));
    EXPECT_EQ(i->decimals, 2);
    // 001:731: "Fastställs t1" (set at the first tertial).
    i = findBy(r.indicators, QStringLiteral("Andel barn och unga som åter blir föremål"));
    ASSERT_NE(i, nullptr);
    EXPECT_EQ(i->kfTarget.kind, TargetKind::SetLater);
    EXPECT_EQ(i->target.kind, TargetKind::None);
    // 001:740: a yearly indicator.
    i = findBy(r.indicators, QStringLiteral("Andel personer som själv upplever att dem får en förbättrad situation av insatsen/insatserna de fått från socialtjänsten (socialpsykiatri)"));
    ASSERT_NE(i, nullptr);
    EXPECT_EQ(i->periodicity, Periodicity::Year);
    EXPECT_DOUBLE_EQ(i->target.value, 34);
    // 001:432: a "Kommentar" row belongs to the indicator above it.
    EXPECT_TRUE(std::any_of(r.indicators.begin(), r.indicators.end(),
                            [](const ParsedIndicator &x) { return x.analysis.startsWith(u"Stockholmsenkäten genomförs inte 2021"); }));

    // 001:354 an activity with its dates.
    const ParsedActivity *a = findBy(r.activities, QStringLiteral("Förvaltningens alla verksamheter ser över möjligheten"));
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->goalNumber, QStringLiteral("1.1.1"));
    EXPECT_EQ(a->start, QDate(2021, 1, 1));
    EXPECT_EQ(a->end, QDate(2021, 4, 30));

    // 001:1490-1505: the plan's budget per verksamhetsområde (VP netto), varav lines under their area.
    const ParsedBudgetLine *b = findBy(r.budget, QStringLiteral("Förskoleverksamhet"));
    ASSERT_NE(b, nullptr);
    EXPECT_DOUBLE_EQ(b->budget, 428.2);
    b = findBy(r.budget, QStringLiteral("varav handläggning"));
    ASSERT_NE(b, nullptr);
    EXPECT_TRUE(b->varav);
    EXPECT_DOUBLE_EQ(b->budget, 39.7);
    EXPECT_TRUE(r.warnings.empty()) << "netto = kostnader + intäkter on every line: " << r.warnings.front().line;
    ASSERT_EQ(r.proposals.size(), 7u); // 001:16-22, "- 1.Stadsdelsnämnden …"
    EXPECT_EQ(r.proposals[1], QStringLiteral("Stadsdelsnämnden fastställer resultatenheter enligt bilaga"));
}

TEST(ReportParser, TertialReportOfKungsholmen2024)
{
    const ParsedReport &r = t1of2024();
    EXPECT_EQ(r.period, Period::T1);
    EXPECT_EQ(r.year, 2024);
    EXPECT_EQ(r.committee, QStringLiteral("Kungsholmens stadsdelsnämnd"));
    EXPECT_EQ(r.previousVbYear, 2023);
    EXPECT_EQ(countLevel(r, GoalLevel::Direction), 3);
    EXPECT_EQ(countLevel(r, GoalLevel::KfArea), 16);
    EXPECT_EQ(countLevel(r, GoalLevel::Committee), 25);
    EXPECT_TRUE(std::all_of(r.goals.begin(), r.goals.end(),
                            [](const ParsedGoal &g) { return g.assessment == Assessment::Full; }))
        << "every goal of 003 reads “Uppfylls helt” (two spelled “Uppfylles”)";
    EXPECT_EQ(r.indicators.size(), 88u);
    EXPECT_EQ(r.activities.size(), 100u);
    EXPECT_EQ(r.budget.size(), 17u);
    EXPECT_EQ(r.resultUnits.size(), 12u);
    EXPECT_EQ(r.investments.size(), 7u);
    EXPECT_TRUE(r.rejected.empty()) << r.rejected.front().line << ' ' << r.rejected.front().reason.toStdString();
    EXPECT_TRUE(r.warnings.empty()) << r.warnings.front().line << ' ' << r.warnings.front().reason.toStdString();
    EXPECT_EQ(r.proposals.size(), 6u);
    // The table of contents (003:45-64) is not read as goals: the first goal is the body's.
    EXPECT_EQ(r.goals.front().line, 185);

    // 003:330 every column.
    const ParsedIndicator *i = findBy(r.indicators, QStringLiteral("Andel legitimerade förskollärare"));
    ASSERT_NE(i, nullptr);
    EXPECT_EQ(i->goalNumber, QStringLiteral("1.2"));
    EXPECT_DOUBLE_EQ(*i->outcome, 34.9);
    EXPECT_DOUBLE_EQ(*i->men, 3);
    EXPECT_DOUBLE_EQ(*i->women, 31.9);
    EXPECT_DOUBLE_EQ(*i->previousVb, 35.3);
    EXPECT_DOUBLE_EQ(*i->prognosis, 35);
    EXPECT_DOUBLE_EQ(i->target.value, 35);
    EXPECT_EQ(i->kfTarget.kind, TargetKind::Increase); // "Ökning"
    EXPECT_EQ(i->periodicity, Periodicity::Tertial);
    EXPECT_EQ(i->unit, QStringLiteral("%"));
    // 003:331-332 with its Analys row.
    i = findBy(r.indicators, QStringLiteral("Antal barn per anställd i förskolan"));
    ASSERT_NE(i, nullptr);
    EXPECT_DOUBLE_EQ(*i->outcome, 5.2);
    EXPECT_DOUBLE_EQ(i->target.value, 4.9);
    EXPECT_TRUE(i->analysis.startsWith(u"Årsmålet nås inte. Antal barn per personal"));
    // 003:572: the name in the second cell, KF:s årsmål and Period merged into one cell.
    i = findBy(r.indicators, QStringLiteral("Andel utredningar av barn och unga där barnet varit delaktigt"));
    ASSERT_NE(i, nullptr);
    EXPECT_DOUBLE_EQ(*i->outcome, 60.42);
    EXPECT_DOUBLE_EQ(*i->men, 62.96);
    EXPECT_DOUBLE_EQ(*i->women, 61.9);
    EXPECT_DOUBLE_EQ(*i->previousVb, 71.43);
    EXPECT_DOUBLE_EQ(*i->prognosis, 70);
    EXPECT_DOUBLE_EQ(i->target.value, 70);
    EXPECT_EQ(i->kfTarget.kind, TargetKind::SetByCommittee);
    EXPECT_EQ(i->periodicity, Periodicity::Tertial);
    // 003:569-570: a name wrapped onto a line after the next table header.
    EXPECT_NE(findBy(r.indicators, QStringLiteral("Andel placerade barn som når målen i svenska/svenska som andraspråk, "
                                                   "matematik, och engelska i grundskolan")),
              nullptr);
    // 003:878 "Faststäl ls 2024" and 003:566 "Faststälts 2024".
    i = findBy(r.indicators, QStringLiteral("Andel nöjda omsorgstagare"));
    ASSERT_NE(i, nullptr);
    EXPECT_EQ(i->kfTarget.kind, TargetKind::SetLater);
    EXPECT_EQ(i->kfTarget.year, 2024);
    EXPECT_EQ(i->periodicity, Periodicity::Year);
    // 003:382 ♀ before the name.
    i = findBy(r.indicators, QStringLiteral("Andel vårdnadshavare som upplever att barnet uppmuntras"));
    ASSERT_NE(i, nullptr);
    EXPECT_TRUE(i->genderFlag);
    // 003:705: a lost leading cell; the row is aligned on its Period.
    i = findBy(r.indicators, QStringLiteral("Antal barn som beviljats insats på Relationsvåldscentrum"));
    ASSERT_NE(i, nullptr);
    EXPECT_FALSE(i->outcome.has_value());
    EXPECT_DOUBLE_EQ(i->target.value, 10);
    EXPECT_EQ(i->periodicity, Periodicity::Year);

    // 003:272-273: an activity with an Analys row is a deviation.
    const ParsedActivity *a = findBy(r.activities, QStringLiteral("Förvaltningen ska se över organisering av fritidsbibliotek"));
    ASSERT_NE(a, nullptr);
    EXPECT_TRUE(a->deviation);
    EXPECT_TRUE(a->analysis.startsWith(u"Organisering av fritidsbibliotek"));
    EXPECT_EQ(a->end, QDate(2024, 12, 31));
    // 003:2107: a table whose header starts with a tab; 003:2121 a ▶ cell before the title.
    EXPECT_NE(findBy(r.activities, QStringLiteral("Äldreomsorgens utvecklingsenhet genomgår HBTQI- certifiering")), nullptr);
    // 003:2108 ✓ completed; 003:2109 ⏸ (not started) is not part of the title.
    a = findBy(r.activities, QStringLiteral("1. Se över hur relevanta perspektiv"));
    ASSERT_NE(a, nullptr);
    EXPECT_TRUE(a->completed);
    a = findBy(r.activities, QStringLiteral("2. Utvärdera och implementera arbetssätt"));
    ASSERT_NE(a, nullptr);
    EXPECT_FALSE(a->completed);
    EXPECT_FALSE(a->deviation);
    // 003:2115-2117: "Analys" alone, its text on the next line; the activity after keeps its own title.
    a = findBy(r.activities, QStringLiteral("Socialtjänstavdelningens myndighetsutövande verksamheter upprättar rutiner för BRA-samtal."));
    ASSERT_NE(a, nullptr);
    EXPECT_TRUE(a->deviation);
    EXPECT_EQ(a->analysis, QStringLiteral("Slutdatum för aktiviteten är förlängd."));
    EXPECT_NE(findBy(r.activities, QStringLiteral("Socialtjänstens verksamheter arbetar med utveckling av barnrättsperspektivet")), nullptr);

    // 003:2149-2168 the operating budget.
    const ParsedBudgetLine *b = findBy(r.budget, QStringLiteral("Förskoleverksamhet"));
    ASSERT_NE(b, nullptr);
    EXPECT_DOUBLE_EQ(b->budget, 278.5);
    EXPECT_DOUBLE_EQ(b->performance, 6.3);
    EXPECT_DOUBLE_EQ(b->forecastAfter, 284.8);
    EXPECT_NE(findBy(r.budget, QStringLiteral("Arbetsmarknadsåtgärder")), nullptr) << "“Arbetsmarknad såtgärder” repaired";
    b = findBy(r.budget, QStringLiteral("varav barn och ungdom"));
    ASSERT_NE(b, nullptr);
    EXPECT_TRUE(b->varav);
    EXPECT_DOUBLE_EQ(b->forecastBefore, 60.7);
    b = findBy(r.budget, QStringLiteral("Avskrivningar"));
    ASSERT_NE(b, nullptr);
    EXPECT_FALSE(b->varav) << "italic but not a varav line";
    const ParsedResultUnit *u = findBy(r.resultUnits, QStringLiteral("Serafen vob"));
    ASSERT_NE(u, nullptr);
    EXPECT_DOUBLE_EQ(u->grossBudget, 152500);
    EXPECT_DOUBLE_EQ(u->carriedIn, -4239);
    const ParsedInvestment *inv = findBy(r.investments, QStringLiteral("Övriga investeringsmedel"));
    ASSERT_NE(inv, nullptr);
    EXPECT_DOUBLE_EQ(inv->budget, 2.0);
    EXPECT_DOUBLE_EQ(inv->adjustments, 3.4);
    EXPECT_DOUBLE_EQ(inv->forecast, 5.4);
}

TEST(ReportImport, TertialReportIntoTheStoreAndAgainChangesNothing)
{
    TempStore store;
    auto first = ReportImporter::import(*store, t1of2024(), QStringLiteral("003"));
    ASSERT_TRUE(first) << first.error().toStdString();
    const qint64 c = first->committeeId;
    EXPECT_EQ(first->goals.added, 44);
    EXPECT_EQ(first->indicators.added, 88);
    EXPECT_EQ(first->values.added, 42);
    EXPECT_EQ(first->activities.added, 100);
    EXPECT_EQ(first->previousYearValues, 71);

    EXPECT_EQ(GoalRepository(*store).goals(c, 2024).size(), 44u);
    EXPECT_EQ(GoalRepository(*store).assessments(c, 2024, Period::T1).size(), 44u);
    const auto indicators = IndicatorRepository(*store).indicators(c, 2024);
    EXPECT_EQ(indicators.size(), 88u);
    EXPECT_EQ(MeasurementRepository(*store).forPeriod(c, 2024, Period::T1).size(), 42u);
    EXPECT_EQ(MeasurementRepository(*store).forPeriod(c, 2023, Period::VB).size(), 71u);
    EXPECT_EQ(ActivityRepository(*store).activities(c, 2024).size(), 100u);
    EXPECT_EQ(ActivityRepository(*store).reports(c, 2024, Period::T1).size(), 100u);
    EconomyRepository economy(*store);
    const auto lines = economy.budgetLines(c, 2024, Period::T1);
    EXPECT_EQ(lines.size(), 17u);
    EXPECT_EQ(std::count_if(lines.begin(), lines.end(), [](const BudgetLine &l) { return l.parentId != 0; }), 5);
    EXPECT_EQ(economy.resultUnits(c, 2024, Period::T1).size(), 12u);
    EXPECT_EQ(economy.investments(c, 2024, Period::T1).size(), 7u);
    EXPECT_EQ(PeriodRepository(*store).info(c, 2024, Period::T1).proposals.size(), 6u);

    const Indicator *staff = findBy(indicators, QStringLiteral("Antal barn per anställd i förskolan"));
    ASSERT_NE(staff, nullptr);
    EXPECT_EQ(staff->direction, Direction::LowerIsBetter);
    EXPECT_EQ(staff->origin, Origin::KF);
    const auto m = MeasurementRepository(*store).measurement(staff->id, Period::T1);
    ASSERT_TRUE(m);
    EXPECT_DOUBLE_EQ(*m->outcome, 5.2);
    EXPECT_DOUBLE_EQ(*m->prognosis, 5.2);
    EXPECT_TRUE(m->analysis.startsWith(u"Årsmålet nås inte."));
    const auto history = IndicatorRepository(*store).series(c, staff->seriesKey);
    ASSERT_EQ(history.size(), 2u) << "Utfall VB 2023 is stored in 2023";
    EXPECT_EQ(history.front().year, 2023);
    EXPECT_DOUBLE_EQ(*MeasurementRepository(*store).measurement(history.front().id, Period::VB)->outcome, 5.2);

    const auto counts = store->counts();
    const int audit = AuditLog(*store).count();
    auto again = ReportImporter::import(*store, t1of2024(), QStringLiteral("003"));
    ASSERT_TRUE(again) << again.error().toStdString();
    EXPECT_TRUE(again->unchanged());
    EXPECT_EQ(again->indicators.read, 88);
    EXPECT_EQ(store->counts(), counts) << "no row added by the second import";
    EXPECT_EQ(AuditLog(*store).count(), audit) << "and nothing rewritten";
}

TEST(ReportImport, PlanOfAnotherCommitteeStaysApart)
{
    TempStore store;
    ASSERT_TRUE(ReportImporter::import(*store, t1of2024()));
    // A second committee is made only when asked for: without it the store stays as it was.
    const auto before = store->counts();
    auto refused = ReportImporter::import(*store, plan2021());
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(QStringLiteral("Hässelby-Vällingby stadsdelsnämnd"))) << refused.error().toStdString();
    EXPECT_EQ(store->counts(), before);
    ReportImporter::Options options;
    options.allowNewCommittee = true;
    auto plan = ReportImporter::import(*store, plan2021(), {}, options);
    ASSERT_TRUE(plan) << plan.error().toStdString();
    EXPECT_TRUE(plan->newCommittee);
    EXPECT_EQ(plan->goals.added, 33);
    EXPECT_EQ(plan->indicators.added, 84);
    EXPECT_EQ(plan->activities.added, 127);
    EXPECT_EQ(plan->budgetLines.added, 16);
    const qint64 hv = committeeNamed(*store, QStringLiteral("Hässelby-Vällingby stadsdelsnämnd"));
    ASSERT_NE(hv, 0);
    EXPECT_NE(hv, committeeNamed(*store, QStringLiteral("Kungsholmens stadsdelsnämnd")));
    EXPECT_EQ(IndicatorRepository(*store).indicators(hv, 2021).size(), 84u);
    EXPECT_EQ(EconomyRepository(*store).budgetLines(hv, 2021, Period::VP).size(), 16u);
    EXPECT_TRUE(MeasurementRepository(*store).forYear(hv, 2021).empty()) << "a plan has no values";

    // Stored as read (001:319, 001:354, 001:1499, 001:12-22).
    const auto indicators = IndicatorRepository(*store).indicators(hv, 2021);
    const Indicator *i = findBy(indicators, QStringLiteral("Andel personer som har ekonomiskt bistånd"));
    ASSERT_NE(i, nullptr);
    EXPECT_EQ(i->target.kind, TargetKind::Value);
    EXPECT_DOUBLE_EQ(i->target.value, 2.15);
    EXPECT_EQ(i->target.text, QStringLiteral("2,15 %"));
    EXPECT_DOUBLE_EQ(i->kfTarget.value, 1.5);
    EXPECT_EQ(i->unit, QStringLiteral("%"));
    EXPECT_EQ(i->direction, Direction::LowerIsBetter);
    EXPECT_EQ(i->origin, Origin::KF);
    const auto activities = ActivityRepository(*store).activities(hv, 2021);
    const Activity *a = findBy(activities, QStringLiteral("Förvaltningens alla verksamheter ser över möjligheten"));
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->end, QDate(2021, 4, 30));
    EXPECT_EQ(a->origin, Origin::Committee);
    const auto budget = EconomyRepository(*store).budgetLines(hv, 2021, Period::VP);
    const BudgetLine *b = findBy(budget, QStringLiteral("Förskoleverksamhet"));
    ASSERT_NE(b, nullptr);
    EXPECT_DOUBLE_EQ(b->budget, 428.2);
    EXPECT_EQ(PeriodRepository(*store).info(hv, 2021, Period::VP).proposals.size(), 7u);
}

TEST(ReportImport, PlanThenItsTertialReportFillOneYear)
{
    TempStore store;
    const ParsedReport plan = fixture("vp2024_kungsholmen_excerpt.txt");
    ASSERT_TRUE(plan.rejected.empty()) << plan.rejected.front().reason.toStdString();
    auto vp = ReportImporter::import(*store, plan);
    ASSERT_TRUE(vp) << vp.error().toStdString();
    EXPECT_EQ(vp->goals.added, 3);
    EXPECT_EQ(vp->indicators.added, 3);
    EXPECT_EQ(vp->activities.added, 1);
    auto goalNumbered = [&](const QString &number) {
        for (const Goal &x : GoalRepository(*store).goals(vp->committeeId, 2024))
            if (x.number == number) return x;
        return Goal{};
    };
    EXPECT_EQ(goalNumbered(QStringLiteral("1.2.1")).expectedResults,
              QStringList{QStringLiteral("Exempel: varje barn möter en likvärdig förskola.")});
    const auto planned = IndicatorRepository(*store).indicators(vp->committeeId, 2024);
    const Indicator *staffPlanned = findBy(planned, QStringLiteral("Antal barn per anställd"));
    ASSERT_NE(staffPlanned, nullptr);

    auto t1 = ReportImporter::import(*store, t1of2024());
    ASSERT_TRUE(t1) << t1.error().toStdString();
    EXPECT_EQ(t1->goals.added, 41) << "the plan's three goals are the report's";
    EXPECT_EQ(t1->indicators.added, 85);
    EXPECT_EQ(t1->activities.added, 99);
    const qint64 c = t1->committeeId;
    EXPECT_EQ(OrganisationRepository(*store).committees().size(), 1u);
    EXPECT_EQ(GoalRepository(*store).goals(c, 2024).size(), 44u);
    const auto indicators = IndicatorRepository(*store).indicators(c, 2024);
    EXPECT_EQ(indicators.size(), 88u);
    const Indicator *language = findBy(indicators, QStringLiteral("Andel vårdnadshavare som upplever att barnet uppmuntras"));
    ASSERT_NE(language, nullptr);
    EXPECT_TRUE(language->genderFlag) << "the report's ♀ added to the plan's indicator";
    EXPECT_EQ(language->periodicity, Periodicity::Year);
    const Indicator *staff = findBy(indicators, QStringLiteral("Antal barn per anställd"));
    ASSERT_NE(staff, nullptr);
    EXPECT_EQ(staff->id, staffPlanned->id) << "the report's values go to the plan's indicator";
    EXPECT_DOUBLE_EQ(MeasurementRepository(*store).measurement(staff->id, Period::T1)->outcome.value_or(0), 5.2);
    // The report's Förväntat resultat (003:358-370) replace the plan's.
    const QStringList expected = goalNumbered(QStringLiteral("1.2.1")).expectedResults;
    ASSERT_EQ(expected.size(), 6);
    EXPECT_EQ(expected.front(), QStringLiteral("Alla förskolor har en väl fungerande organisation och ett väl fungerande "
                                               "systematiskt kvalitetsarbete."));
}

TEST(ReportImport, AnotherYearLinksByNameAndReportsBadLines)
{
    TempStore store;
    ASSERT_TRUE(ReportImporter::import(*store, t1of2024()));
    const ParsedReport next = fixture("t1_2025_kungsholmen_sample.txt");
    EXPECT_EQ(next.year, 2025);
    ASSERT_EQ(next.rejected.size(), 2u);
    EXPECT_EQ(next.rejected[0].line, 13);
    EXPECT_TRUE(next.rejected[0].reason.contains(QStringLiteral("Periodens utfall"))) << next.rejected[0].reason.toStdString();
    EXPECT_EQ(next.rejected[1].line, 17);
    // The message names the date at fault (it said "Startdatum and Slutdatum must be two dates").
    EXPECT_TRUE(next.rejected[1].reason.contains(QStringLiteral("Slutdatum “2025-13-40” is not a date")))
        << next.rejected[1].reason.toStdString();
    EXPECT_EQ(next.indicators.size(), 3u) << "the bad cell leaves the rest of its row";
    EXPECT_EQ(next.activities.size(), 1u);

    auto r = ReportImporter::import(*store, next);
    ASSERT_TRUE(r) << r.error().toStdString();
    EXPECT_EQ(r->goals.added, 2);
    EXPECT_EQ(r->rejected, 2);
    const qint64 c = r->committeeId;
    IndicatorRepository repo(*store);
    const auto ind2025 = repo.indicators(c, 2025);
    const Indicator *staff = findBy(ind2025, QStringLiteral("Antal barn per anställd i förskolan"));
    ASSERT_NE(staff, nullptr);
    const auto series = repo.series(c, staff->seriesKey);
    ASSERT_EQ(series.size(), 3u);
    EXPECT_EQ(series[0].year, 2023);
    EXPECT_EQ(series[1].year, 2024);
    EXPECT_EQ(series[2].year, 2025);
    EXPECT_EQ(staff->direction, Direction::LowerIsBetter);
    MeasurementRepository values(*store);
    EXPECT_DOUBLE_EQ(*values.measurement(series[1].id, Period::VB)->outcome, 5.1) << "Utfall VB 2024 lands in 2024";
    EXPECT_DOUBLE_EQ(*values.measurement(series[1].id, Period::T1)->outcome, 5.2) << "2024's own T1 untouched";
    EXPECT_DOUBLE_EQ(*values.measurement(staff->id, Period::T1)->outcome, 5.0);
    const Indicator *group = findBy(ind2025, QStringLiteral("Antal barn per grupp"));
    ASSERT_NE(group, nullptr);
    const auto gm = values.measurement(group->id, Period::T1);
    ASSERT_TRUE(gm);
    EXPECT_FALSE(gm->outcome.has_value()) << "the unreadable outcome is not guessed";
    EXPECT_DOUBLE_EQ(*gm->prognosis, 15.5);
    EXPECT_EQ(series.size(), 3u);
    EXPECT_EQ(GoalRepository(*store).assessment(GoalRepository(*store).goals(c, 2025).back().id, Period::T1)->assessment,
              Assessment::Partly);
}

TEST(ReportImport, AReportOfOnlyNamndmalFindsItsParentsInTheStore)
{
    TempStore store;
    ASSERT_TRUE(ReportImporter::import(*store, fixture("vp2024_kungsholmen_excerpt.txt")));
    const ParsedReport part = ReportParser::parse(QStringLiteral(
        "Tertialrapport 1 2024 för Kungsholmens stadsdelsnämnd\n\n"
        "Nämndmål: 1.2.1 Kungsholmens kommunala förskolor är likvärdiga och främjar barns utveckling och lärande\n\n"
        "Indikator\tPeriodens utfall\tUtfall män/ pojkar\tUtfall kvinnor/ flickor\tUtfall VB 2023\tPrognos helår\tÅrsmål\tKF:s årsmål\tPeriod\n"
        "Andel vårdnadshavare som upplever att barnet uppmuntras till att utveckla sitt språk\t\t\t\t86 %\t\t85 %\t\t2024\n"));
    ASSERT_TRUE(part.rejected.empty());
    auto r = ReportImporter::import(*store, part);
    ASSERT_TRUE(r) << r.error().toStdString();
    EXPECT_EQ(r->goals.added, 0);
    EXPECT_EQ(r->indicators.added, 0) << "the plan's indicator";
    EXPECT_EQ(r->previousYearValues, 1);
    EXPECT_EQ(GoalRepository(*store).goals(r->committeeId, 2023).size(), 3u) << "2023 gets the goal path of its VB value";

    // A goal whose parents neither the report nor the store names: a missing heading is no reason
    // to import nothing (issue 16). The parents are made from the number and the summary says so.
    const ParsedReport orphan = ReportParser::parse(QStringLiteral(
        "Tertialrapport 1 2024 för Kungsholmens stadsdelsnämnd\n\nNämndmål: 9.9.1 Ett mål utan förälder\n"));
    auto implied = ReportImporter::import(*store, orphan);
    ASSERT_TRUE(implied) << implied.error().toStdString();
    EXPECT_EQ(implied->goals.added, 3);
    EXPECT_EQ(implied->impliedGoals, (QStringList{QStringLiteral("9.9"), QStringLiteral("9")}));
    EXPECT_TRUE(ReportImporter::describe(implied.value(), orphan).contains(QStringLiteral("9.9, 9")));
}

TEST(ReportImport, ALockedPeriodRefusesTheWholeImport)
{
    TempStore store;
    ASSERT_TRUE(ReportImporter::import(*store, t1of2024()));
    const qint64 c = committeeNamed(*store, QStringLiteral("Kungsholmens stadsdelsnämnd"));
    ASSERT_TRUE(PeriodRepository(*store).lock(c, 2024, Period::T1, QStringLiteral("klar")));
    // The same report with one outcome changed: the import must stop, and nothing of it stay.
    QString text = QString::fromUtf8(readFile(seedPath("reference_t1_2024_kungsholmen.txt")));
    text.replace(QStringLiteral("Inskrivningsgrad i förskola\t96,7 %"), QStringLiteral("Inskrivningsgrad i förskola\t97,7 %"));
    text.replace(QStringLiteral("Nämndmål: 1.1.1 "), QStringLiteral("Nämndmål: 1.1.9 Ett nytt mål\n\nNämndmål: 1.1.1 "));
    const auto counts = store->counts();
    auto r = ReportImporter::import(*store, ReportParser::parse(text));
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().contains(QStringLiteral("locked")) || r.error().contains(QStringLiteral("låst")))
        << r.error().toStdString();
    EXPECT_TRUE(r.error().startsWith(QStringLiteral("line "))) << r.error().toStdString();
    EXPECT_EQ(store->counts(), counts) << "the new goal 1.1.9 was rolled back with the rest";
}

TEST(ReportImport, AFileWithoutADocumentTitleIsRefused)
{
    TempStore store;
    const ParsedReport r = ReportParser::parse(QStringLiteral("Indikator\tÅrsmål\tKF:s årsmål\tPeriodicitet\nX\t1\t2\tÅr\n"));
    EXPECT_EQ(r.year, 0);
    ASSERT_EQ(r.rejected.size(), 1u) << "an indicator before any goal heading";
    EXPECT_EQ(r.rejected.front().line, 2);
    const auto counts = store->counts();
    auto imported = ReportImporter::import(*store, r);
    ASSERT_FALSE(imported);
    EXPECT_TRUE(imported.error().contains(QStringLiteral("title"))) << imported.error().toStdString();
    EXPECT_EQ(store->counts(), counts);
}

TEST(ReportParser, ReadsWindows1252)
{
    QByteArray bytes = "Tertialrapport 1 2024 f\xf6r Kungsholmens stadsdelsn\xe4mnd\n\n"
                       "KF:s inriktningsm\xe5l: 1. Ett Stockholm \x96 f\xf6r alla\n";
    const ParsedReport r = ReportParser::parse(bytes);
    EXPECT_EQ(r.committee, QStringLiteral("Kungsholmens stadsdelsnämnd"));
    ASSERT_EQ(r.goals.size(), 1u);
    EXPECT_EQ(r.goals.front().title, QStringLiteral("Ett Stockholm – för alla"));
}
