// Every entity of the store written, read back after reopening the file, and compared.
#include "store/activityrepository.h"
#include "store/auditlog.h"
#include "store/economyrepository.h"
#include "store/goalrepository.h"
#include "store/indicatorrepository.h"
#include "store/measurementrepository.h"
#include "store/organisationrepository.h"
#include "store/periodrepository.h"
#include "tempstore.h"

#include <gtest/gtest.h>

using namespace malkoll;
using malkoll::test::TempStore;

class StoreRoundTrip : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db->setUser(QStringLiteral("Åsa Öberg"));
        committee.name = QStringLiteral("Kungsholmens stadsdelsnämnd");
        committee.shortName = QStringLiteral("Kungsholmen");
        ASSERT_TRUE(OrganisationRepository(*db).addCommittee(committee).ok());
        unit.committeeId = committee.id;
        unit.name = QStringLiteral("Äldreomsorg – hemtjänst");
        unit.number = QStringLiteral("101");
        unit.resultUnit = true;
        unit.manager = QStringLiteral("Örjan Å");
        ASSERT_TRUE(OrganisationRepository(*db).addUnit(unit).ok());

        direction = Goal{0, committee.id, 2024, 0, GoalLevel::Direction, QStringLiteral("1"),
                         QStringLiteral("Ett Stockholm som håller samman"), {}, {}, 0, 0};
        ASSERT_TRUE(GoalRepository(*db).add(direction).ok());
        nGoal = Goal{0,
                     committee.id,
                     2024,
                     direction.id,
                     GoalLevel::Committee,
                     QStringLiteral("1.1.1"),
                     QStringLiteral("Alla barn erbjuds fritid"),
                     QStringLiteral("Beskrivning med å, ä, ö."),
                     {QStringLiteral("Fler barn deltar"), QStringLiteral("Nöjdare föräldrar")},
                     0,
                     3};
        ASSERT_TRUE(GoalRepository(*db).add(nGoal).ok());

        indicator.committeeId = committee.id;
        indicator.year = 2024;
        indicator.goalId = nGoal.id;
        indicator.origin = Origin::KF;
        indicator.name = QStringLiteral("Andel barn i förskola ♀");
        indicator.unit = QStringLiteral("%");
        indicator.decimals = 1;
        indicator.direction = Direction::LowerIsBetter;
        indicator.periodicity = Periodicity::Year;
        indicator.genderSplit = true;
        indicator.genderFlag = true;
        indicator.responsibleUnitId = unit.id;
        indicator.tolerance = 2.5;
        indicator.sortOrder = 4;
        indicator.target = Target{TargetKind::Band, 1, 0, 0, QStringLiteral("+/- 1 %")};
        indicator.kfTarget = Target{TargetKind::RelativeToBaseline, 2, 0, 2018, QStringLiteral("2 % relativt 2018")};
        ASSERT_TRUE(IndicatorRepository(*db).add(indicator).ok());
    }

    TempStore db;
    Committee committee;
    Unit unit;
    Goal direction, nGoal;
    Indicator indicator;
};

TEST_F(StoreRoundTrip, OrganisationSurvivesReopen)
{
    db.reopen();
    OrganisationRepository org(*db);
    ASSERT_EQ(org.committees().size(), 1u);
    EXPECT_EQ(org.committees().front(), committee);
    ASSERT_EQ(org.units(committee.id).size(), 1u);
    EXPECT_EQ(org.units(committee.id).front(), unit);
    EXPECT_EQ(org.unitByName(committee.id, unit.name)->id, unit.id);
}

TEST_F(StoreRoundTrip, GoalsKeepLevelNumberTextsAndExpectedResults)
{
    db.reopen();
    const auto goals = GoalRepository(*db).goals(committee.id, 2024);
    ASSERT_EQ(goals.size(), 2u);
    EXPECT_EQ(goals[0], direction);
    EXPECT_EQ(goals[1], nGoal);
    EXPECT_EQ(GoalRepository(*db).years(committee.id), std::vector<int>{2024});
}

TEST_F(StoreRoundTrip, IndicatorKeepsEveryFieldAndBothTypedTargets)
{
    db.reopen();
    const auto back = IndicatorRepository(*db).indicator(indicator.id);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, indicator);
    EXPECT_FALSE(back->seriesKey.isEmpty());
}

TEST_F(StoreRoundTrip, TargetChangeKeepsDecisionDateReasonAndValue)
{
    TargetChange change{0, indicator.id, false, Target{TargetKind::Value, 75, 0, 0, QStringLiteral("75 %")},
                        QDate(2024, 5, 23), Period::T2, QStringLiteral("Nämndbeslut om ändrat årsmål")};
    ASSERT_TRUE(IndicatorRepository(*db).addTargetChange(change).ok());
    db.reopen();
    const auto changes = IndicatorRepository(*db).targetChanges(committee.id, 2024);
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes.front(), change);
}

TEST_F(StoreRoundTrip, MeasurementKeepsOutcomeSplitPrognosisAnalysisWhoAndWhen)
{
    Measurement m;
    m.indicatorId = indicator.id;
    m.period = Period::T1;
    m.outcome = 87.5;
    m.men = 80.25;
    m.women = 91;
    m.prognosis = 88;
    m.analysis = QStringLiteral("Utfallet ökar – främst bland flickor.");
    auto saved = MeasurementRepository(*db).save(m);
    ASSERT_TRUE(saved.ok()) << saved.error().toStdString();
    EXPECT_EQ(saved.value(), 1);

    Measurement missing;
    missing.indicatorId = indicator.id;
    missing.period = Period::T2;
    missing.notReported = true;
    missing.notReportedReason = QStringLiteral("Enkäten genomförs inte i år");
    ASSERT_TRUE(MeasurementRepository(*db).save(missing).ok());

    db.reopen();
    const auto back = MeasurementRepository(*db).measurement(indicator.id, Period::T1);
    ASSERT_TRUE(back.has_value());
    EXPECT_TRUE(back->sameContent(m));
    EXPECT_EQ(back->updatedBy, test::storedWho(QStringLiteral("Åsa Öberg")));
    EXPECT_TRUE(back->updatedAt.isValid());
    EXPECT_EQ(back->version, 1);
    const auto notReported = MeasurementRepository(*db).measurement(indicator.id, Period::T2);
    ASSERT_TRUE(notReported.has_value());
    EXPECT_TRUE(notReported->notReported);
    EXPECT_FALSE(notReported->outcome.has_value()) << "not reported must not become zero";
    EXPECT_EQ(notReported->notReportedReason, missing.notReportedReason);
}

TEST_F(StoreRoundTrip, ActivityAndItsPeriodReport)
{
    Activity a;
    a.committeeId = committee.id;
    a.year = 2024;
    a.goalId = nGoal.id;
    a.origin = Origin::KF;
    a.title = QStringLiteral("Fritidsgårdar håller öppet på sommaren");
    a.start = QDate(2024, 1, 1);
    a.end = QDate(2024, 12, 31);
    a.responsibleUnitId = unit.id;
    a.sortOrder = 2;
    ASSERT_TRUE(ActivityRepository(*db).add(a).ok());
    ActivityReport report{a.id, Period::T1, ActivityStatus::Delayed, QStringLiteral("Försenad på grund av lokalbrist."),
                          {}, {}, 0};
    ASSERT_TRUE(ActivityRepository(*db).saveReport(report).ok());
    db.reopen();
    const auto back = ActivityRepository(*db).activity(a.id);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, a);
    const auto r = ActivityRepository(*db).report(a.id, Period::T1);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->status, ActivityStatus::Delayed);
    EXPECT_EQ(r->analysis, report.analysis);
    EXPECT_EQ(r->updatedBy, test::storedWho(QStringLiteral("Åsa Öberg")));
    EXPECT_EQ(r->version, 1);
}

TEST_F(StoreRoundTrip, GoalAssessmentOfCommitteeAndUnit)
{
    GoalAssessment committeeView{nGoal.id, Period::T1, 0, Assessment::Partly, QStringLiteral("Delvis: två av tre."),
                                 {}, {}};
    GoalAssessment unitView{nGoal.id, Period::T1, unit.id, Assessment::Full, QStringLiteral("Enheten: helt."), {}, {}};
    ASSERT_TRUE(GoalRepository(*db).setAssessment(committeeView).ok());
    ASSERT_TRUE(GoalRepository(*db).setAssessment(unitView).ok());
    db.reopen();
    const auto c = GoalRepository(*db).assessment(nGoal.id, Period::T1);
    const auto u = GoalRepository(*db).assessment(nGoal.id, Period::T1, unit.id);
    ASSERT_TRUE(c && u);
    EXPECT_EQ(c->assessment, Assessment::Partly);
    EXPECT_EQ(c->analysis, committeeView.analysis);
    EXPECT_EQ(c->author, test::storedWho(QStringLiteral("Åsa Öberg")));
    EXPECT_EQ(u->assessment, Assessment::Full);
    EXPECT_FALSE(GoalRepository(*db).assessment(nGoal.id, Period::T2).has_value());
}

TEST_F(StoreRoundTrip, EconomyLinesWithVaravResultUnitsAndInvestments)
{
    EconomyRepository eco(*db);
    BudgetLine parent{0, committee.id, 2024, Period::T1, 0, QStringLiteral("Äldreomsorg"), 1, 612.4, 3.5, -1.2, 615.0,
                      614.2};
    ASSERT_TRUE(eco.addBudgetLine(parent).ok());
    BudgetLine child{0, committee.id, 2024, Period::T1, parent.id, QStringLiteral("varav hemtjänst"), 2, 200.1, 0, 0,
                     201.0, 201.0};
    ASSERT_TRUE(eco.addBudgetLine(child).ok());
    ResultUnitLine ru{0, committee.id, 2024, Period::T1, unit.id, unit.name, 45000, -1200, 350, 1};
    ASSERT_TRUE(eco.addResultUnit(ru).ok());
    InvestmentLine inv{0, committee.id, 2024, Period::T1, QStringLiteral("Inventarier förskola"), 2.5, 0.5, 2.9, 1};
    ASSERT_TRUE(eco.addInvestment(inv).ok());
    db.reopen();
    EconomyRepository back(*db);
    const auto lines = back.budgetLines(committee.id, 2024, Period::T1);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0], parent);
    EXPECT_EQ(lines[1], child);
    ASSERT_EQ(back.resultUnits(committee.id, 2024, Period::T1).size(), 1u);
    EXPECT_EQ(back.resultUnits(committee.id, 2024, Period::T1).front(), ru);
    ASSERT_EQ(back.investments(committee.id, 2024, Period::T1).size(), 1u);
    EXPECT_EQ(back.investments(committee.id, 2024, Period::T1).front(), inv);
    EXPECT_TRUE(back.budgetLines(committee.id, 2024, Period::T2).empty());
}

TEST_F(StoreRoundTrip, PeriodTextsAndLock)
{
    PeriodRepository periods(*db);
    PeriodInfo info = periods.info(committee.id, 2024, Period::T1);
    info.proposals = {QStringLiteral("Nämnden godkänner tertialrapporten."),
                      QStringLiteral("Nämnden överlämnar rapporten till kommunstyrelsen.")};
    info.summary = QStringLiteral("Sammanfattande analys – exempel.");
    ASSERT_TRUE(periods.saveTexts(info).ok());
    ASSERT_TRUE(periods.lock(committee.id, 2024, Period::T1, QStringLiteral("Klar för nämnd")).ok());
    db.reopen();
    const PeriodInfo back = PeriodRepository(*db).info(committee.id, 2024, Period::T1);
    EXPECT_EQ(back.proposals, info.proposals);
    EXPECT_EQ(back.summary, info.summary);
    EXPECT_TRUE(back.locked);
    EXPECT_EQ(back.lockReason, QStringLiteral("Klar för nämnd"));
    EXPECT_EQ(back.lockedBy, QStringLiteral("Åsa Öberg"));
}

TEST_F(StoreRoundTrip, AuditLogRecordsWhoWhatOldAndNew)
{
    Measurement m;
    m.indicatorId = indicator.id;
    m.period = Period::T1;
    m.outcome = 10;
    ASSERT_TRUE(MeasurementRepository(*db).save(m).ok());
    m.outcome = 12.5;
    ASSERT_TRUE(MeasurementRepository(*db).save(m, 1).ok());
    db.reopen();
    // Measurement changes are logged against the indicator, field "T1/outcome".
    const auto history = AuditLog(*db).history(QStringLiteral("measurement"), indicator.id);
    ASSERT_FALSE(history.empty());
    const AuditEntry &last = history.back();
    EXPECT_EQ(last.who, test::storedWho(QStringLiteral("Åsa Öberg")));
    EXPECT_TRUE(last.field.contains(QStringLiteral("outcome"))) << last.field.toStdString();
    EXPECT_EQ(last.newValue, QStringLiteral("12.5"));
    EXPECT_EQ(last.oldValue, QStringLiteral("10"));
    EXPECT_TRUE(last.at.isValid());
}

// The run asked for a backend (ctest's .postgresql tests pass --malkoll-env): the store is on it.
TEST(StoreBackend, TheStoreIsOnTheBackendTheRunAsksFor)
{
    TempStore s;
    EXPECT_EQ(s->isServer(), malkoll::test::onServerBackend());
    EXPECT_EQ(s.path().startsWith(QLatin1String("postgresql://")), malkoll::test::onServerBackend());
}
