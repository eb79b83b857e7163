// Every edit kind of the plan (issue 15): goal, indicator with its target text, activity, unit,
// budget line, resultatenhet and investment — redo, undo, redo, the audit entry, bad input refused
// with the store unchanged, and a locked plan or period refusing them. Deleting a goal takes its
// indicators, values and activities with it, says so, and its undo brings all of it back.
#include "plan/planedits.h"
#include "sample/demoloader.h"
#include "store/activityrepository.h"
#include "store/auditlog.h"
#include "store/economyrepository.h"
#include "store/goalrepository.h"
#include "store/indicatorrepository.h"
#include "store/organisationrepository.h"
#include "store/periodrepository.h"
#include "tempstore.h"
#include "text/targettext.h"

#include <gtest/gtest.h>

using namespace malkoll;

namespace {

class PlanEdit : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto loaded = test::loadDemo(store);
        ASSERT_TRUE(loaded) << loaded.error().toStdString();
        committee = loaded->committeeId;
        for (const Goal &g : GoalRepository(*store).goals(committee, 2024))
            if (g.level == GoalLevel::KfArea && !kfArea.id) kfArea = g;
        ASSERT_NE(kfArea.id, 0);
    }
    // Redo, undo, redo: `present` says whether the edit's effect is in the store; every step is
    // audited, and the undo leaves the store's counts as before.
    void roundTrip(Edit &edit, const std::function<bool()> &present)
    {
        const auto counts = store->counts();
        const int audited = AuditLog(*store).count();
        ASSERT_FALSE(present());
        auto r = edit.apply(*store, true);
        ASSERT_TRUE(r) << r.error().toStdString();
        EXPECT_TRUE(present());
        EXPECT_GT(AuditLog(*store).count(), audited);
        ASSERT_TRUE(edit.apply(*store, false));
        EXPECT_FALSE(present());
        auto after = store->counts();
        for (auto &[table, n] : after)
            if (table == u"audit_log") n = 0;
        auto expected = counts;
        for (auto &[table, n] : expected)
            if (table == u"audit_log") n = 0;
        EXPECT_EQ(after, expected);
        auto redo = edit.apply(*store, true);
        ASSERT_TRUE(redo) << redo.error().toStdString();
        EXPECT_TRUE(present());
    }
    // A refused edit leaves the store exactly as it was.
    void refused(Edit &edit, const QString &why)
    {
        const auto counts = store->counts();
        auto r = edit.apply(*store, true);
        ASSERT_FALSE(r);
        EXPECT_TRUE(r.error().contains(why, Qt::CaseInsensitive)) << r.error().toStdString();
        EXPECT_EQ(store->counts(), counts);
    }
    void lockPlan() { ASSERT_TRUE(PeriodRepository(*store).lock(committee, 2024, Period::VP, QStringLiteral("antagen"))); }

    test::TempStore store;
    qint64 committee = 0;
    Goal kfArea;
};

} // namespace

TEST_F(PlanEdit, Goal)
{
    Goal g;
    g.committeeId = committee;
    g.year = 2024;
    g.parentId = kfArea.id;
    g.level = GoalLevel::Committee;
    g.number = kfArea.number + QStringLiteral(".9");
    g.title = QStringLiteral("Fler unga deltar i föreningslivet");
    g.expectedResults = {QStringLiteral("Minst 300 unga i föreningar")};
    auto add = goalEdit(QStringLiteral("Lägg till nämndmål"), std::nullopt, g);
    auto has = [&](const QString &title) {
        for (const Goal &x : GoalRepository(*store).goals(committee, 2024))
            if (x.title == title) return true;
        return false;
    };
    roundTrip(*add, [&] { return has(g.title); });
    Goal stored;
    for (const Goal &x : GoalRepository(*store).goals(committee, 2024))
        if (x.title == g.title) stored = x;
    Goal renamed = stored;
    renamed.title = QStringLiteral("Fler unga är med i föreningslivet");
    auto rename = goalEdit(QStringLiteral("Ändra mål"), stored, renamed);
    roundTrip(*rename, [&] { return has(renamed.title); });

    Goal bad = g;
    bad.title = QString(2000, u'x');
    auto tooLong = goalEdit(QStringLiteral("Lägg till"), std::nullopt, bad);
    refused(*tooLong, QStringLiteral("1000"));
    lockPlan();
    Goal other = g;
    other.number = kfArea.number + QStringLiteral(".8");
    auto locked = goalEdit(QStringLiteral("Lägg till"), std::nullopt, other);
    refused(*locked, QStringLiteral("locked"));
}

TEST_F(PlanEdit, DeletingAGoalTakesItsPartsAndUndoBringsThemBack)
{
    // The KF goal with the most indicators: its nämndmål, indicators, values and activities go with it.
    const auto before = store->counts();
    const QString goes = PlanEdits::whatGoesWith(*store, kfArea);
    EXPECT_TRUE(goes.contains(QStringLiteral("indicator"))) << goes.toStdString();
    EXPECT_TRUE(goes.contains(QStringLiteral("value"))) << goes.toStdString();
    auto del = goalEdit(QStringLiteral("Ta bort mål"), kfArea, std::nullopt);
    ASSERT_TRUE(del->apply(*store, true));
    EXPECT_FALSE(GoalRepository(*store).goal(kfArea.id).has_value());
    const auto rows = [](const std::vector<std::pair<QString, int>> &counts, const char *table) {
        for (const auto &[name, n] : counts)
            if (name == QLatin1String(table)) return n;
        return -1;
    };
    EXPECT_LT(rows(store->counts(), "indicator"), rows(before, "indicator")) << "indicators went with it";
    ASSERT_TRUE(del->apply(*store, false));
    auto now = store->counts();
    for (size_t i = 0; i < now.size(); ++i) {
        if (now[i].first == u"audit_log") continue;
        EXPECT_EQ(now[i], before[i]) << now[i].first.toStdString();
    }
    EXPECT_EQ(GoalRepository(*store).goal(kfArea.id), kfArea) << "the same row, id and all";
    ASSERT_TRUE(del->apply(*store, true));
    EXPECT_FALSE(GoalRepository(*store).goal(kfArea.id).has_value());
}

TEST_F(PlanEdit, IndicatorWithTheTargetTypedAsTheReportsWriteIt)
{
    Indicator i;
    i.committeeId = committee;
    i.year = 2024;
    i.goalId = kfArea.id;
    i.name = QStringLiteral("Antal personer i tillfälligt boende");
    i.unit = QStringLiteral("personer");
    i.direction = Direction::LowerIsBetter;
    i.target = TargetText::parse(QStringLiteral("Max 10 personer")).value();
    ASSERT_EQ(i.target.kind, TargetKind::AtMost);
    auto add = indicatorEdit(QStringLiteral("Lägg till indikator"), std::nullopt, i);
    auto stored = [&]() -> std::optional<Indicator> {
        for (const Indicator &x : IndicatorRepository(*store).indicators(committee, 2024))
            if (x.name == i.name) return x;
        return std::nullopt;
    };
    roundTrip(*add, [&] { return stored().has_value(); });
    const Indicator s = stored().value();
    Indicator changed = s;
    changed.target = TargetText::parse(QStringLiteral("+/- 1 %")).value();
    auto target = indicatorEdit(QStringLiteral("Ändra årsmål"), s, changed);
    roundTrip(*target, [&] { return stored()->target.kind == TargetKind::Band; });
    EXPECT_FALSE(TargetText::parse(QStringLiteral("ungefär som förra året"))) << "text that cannot be read is refused";

    Indicator huge = changed;
    huge.target.value = 1e300;
    auto bad = indicatorEdit(QStringLiteral("Ändra årsmål"), changed, huge);
    refused(*bad, QStringLiteral("target"));
    auto del = indicatorEdit(QStringLiteral("Ta bort indikator"), changed, std::nullopt);
    roundTrip(*del, [&] { return !stored().has_value(); });
    lockPlan();
    Indicator other = i;
    other.name = QStringLiteral("En ny indikator");
    auto locked = indicatorEdit(QStringLiteral("Lägg till indikator"), std::nullopt, other);
    refused(*locked, QStringLiteral("locked"));
}

TEST_F(PlanEdit, ActivityAndUnit)
{
    Activity a;
    a.committeeId = committee;
    a.year = 2024;
    a.goalId = kfArea.id;
    a.title = QStringLiteral("Förvaltningen inför sommarkollo för fler barn");
    a.start = QDate(2024, 3, 1);
    a.end = QDate(2024, 8, 31);
    auto add = activityEdit(QStringLiteral("Lägg till aktivitet"), std::nullopt, a);
    auto has = [&] {
        for (const Activity &x : ActivityRepository(*store).activities(committee, 2024))
            if (x.title == a.title) return true;
        return false;
    };
    roundTrip(*add, has);
    Activity bad = a;
    bad.title = QString(3000, u'y');
    auto tooLong = activityEdit(QStringLiteral("Lägg till aktivitet"), std::nullopt, bad);
    refused(*tooLong, QStringLiteral("1000"));

    Unit u;
    u.committeeId = committee;
    u.name = QStringLiteral("Fritidsenheten");
    u.number = QStringLiteral("4120");
    u.manager = QStringLiteral("Sara Öberg");
    u.resultUnit = true;
    auto unit = unitEdit(QStringLiteral("Lägg till enhet"), std::nullopt, u);
    roundTrip(*unit, [&] { return OrganisationRepository(*store).unitByName(committee, u.name).has_value(); });
    Unit badUnit = u;
    badUnit.name = QString(500, u'z');
    auto badAdd = unitEdit(QStringLiteral("Lägg till enhet"), std::nullopt, badUnit);
    refused(*badAdd, QStringLiteral("300"));
    lockPlan();
    Activity other = a;
    other.title = QStringLiteral("En aktivitet till");
    auto locked = activityEdit(QStringLiteral("Lägg till aktivitet"), std::nullopt, other);
    refused(*locked, QStringLiteral("locked"));
}

TEST_F(PlanEdit, EconomyLines)
{
    BudgetLine area;
    area.committeeId = committee;
    area.year = 2024;
    area.period = Period::T2;
    area.name = QStringLiteral("Förskoleverksamhet");
    area.budget = 278.5;
    area.forecastBefore = area.forecastAfter = 280.0;
    auto add = budgetLineEdit(QStringLiteral("Lägg till rad"), std::nullopt, area);
    auto lines = [&] { return EconomyRepository(*store).budgetLines(committee, 2024, Period::T2); };
    roundTrip(*add, [&] { return !lines().empty(); });
    const BudgetLine stored = lines().front();
    BudgetLine varav;
    varav.committeeId = committee;
    varav.year = 2024;
    varav.period = Period::T2;
    varav.parentId = stored.id;
    varav.name = QStringLiteral("varav förskola");
    varav.budget = 200;
    auto part = budgetLineEdit(QStringLiteral("Lägg till varav-rad"), std::nullopt, varav);
    roundTrip(*part, [&] { return lines().size() == 2; });
    // Deleting the area takes its varav line; undo brings both back.
    auto del = budgetLineEdit(QStringLiteral("Ta bort rad"), stored, std::nullopt);
    roundTrip(*del, [&] { return lines().empty(); });

    ResultUnitLine ru;
    ru.committeeId = committee;
    ru.year = 2024;
    ru.period = Period::T2;
    ru.name = QStringLiteral("Serafen vob");
    ru.grossBudget = 152500;
    ru.carriedIn = -4239;
    auto addRu = resultUnitEdit(QStringLiteral("Lägg till resultatenhet"), std::nullopt, ru);
    roundTrip(*addRu, [&] { return !EconomyRepository(*store).resultUnits(committee, 2024, Period::T2).empty(); });

    InvestmentLine inv;
    inv.committeeId = committee;
    inv.year = 2024;
    inv.period = Period::T2;
    inv.name = QStringLiteral("Maskiner & inventarier");
    inv.budget = 3.9;
    inv.forecast = 3.9;
    auto addInv = investmentEdit(QStringLiteral("Lägg till investering"), std::nullopt, inv);
    roundTrip(*addInv, [&] { return !EconomyRepository(*store).investments(committee, 2024, Period::T2).empty(); });

    BudgetLine huge = area;
    huge.name = QStringLiteral("Äldreomsorg");
    huge.budget = 1e300;
    auto bad = budgetLineEdit(QStringLiteral("Lägg till rad"), std::nullopt, huge);
    refused(*bad, QStringLiteral("Budget"));
    ASSERT_TRUE(PeriodRepository(*store).lock(committee, 2024, Period::T2, QStringLiteral("klar")));
    BudgetLine late = area;
    late.name = QStringLiteral("Äldreomsorg");
    auto locked = budgetLineEdit(QStringLiteral("Lägg till rad"), std::nullopt, late);
    refused(*locked, QStringLiteral("locked"));
}

TEST_F(PlanEdit, AMovedGoalTakesItsPlaceAndTheNumbersFollowWhenAsked)
{
    const auto goals = GoalRepository(*store).goals(committee, 2024);
    // KF:s mål 1.1 moves down below 1.2, renumbered: 1.1 → 1.2 and its nämndmål 1.1.1 → 1.2.1.
    const Goal *first = nullptr;
    for (const Goal &g : goals)
        if (g.number == u"1.1") first = &g;
    ASSERT_NE(first, nullptr);
    auto move = PlanEdits::moveGoal(goals, first->id, /*up=*/false, /*renumber=*/true);
    ASSERT_TRUE(move);
    EXPECT_FALSE(PlanEdits::moveGoal(goals, goals.front().id, /*up=*/true, true)) << "the first has no sibling above";
    auto numberOf = [&](qint64 id) { return GoalRepository(*store).goal(id)->number; };
    qint64 child = 0, other = 0;
    for (const Goal &g : goals) {
        if (g.parentId == first->id && !child) child = g.id;
        if (g.number == u"1.2") other = g.id;
    }
    ASSERT_NE(child, 0);
    ASSERT_TRUE(move->apply(*store, true));
    EXPECT_EQ(numberOf(first->id), QStringLiteral("1.2"));
    EXPECT_EQ(numberOf(other), QStringLiteral("1.1"));
    EXPECT_TRUE(numberOf(child).startsWith(u"1.2.")) << numberOf(child).toStdString();
    const auto moved = GoalRepository(*store).goals(committee, 2024);
    qsizetype at1 = -1, at2 = -1;
    for (qsizetype i = 0; i < qsizetype(moved.size()); ++i) {
        if (moved[size_t(i)].id == first->id) at1 = i;
        if (moved[size_t(i)].id == other) at2 = i;
    }
    EXPECT_GT(at1, at2) << "the moved goal comes after its sibling now";
    ASSERT_TRUE(move->apply(*store, false)); // one undo step puts every number back
    EXPECT_EQ(numberOf(first->id), QStringLiteral("1.1"));
    EXPECT_TRUE(numberOf(child).startsWith(u"1.1."));
    lockPlan();
    const auto counts = store->counts();
    EXPECT_FALSE(move->apply(*store, true)) << "a locked plan";
    EXPECT_EQ(numberOf(first->id), QStringLiteral("1.1"));
    EXPECT_EQ(store->counts(), counts);
}
