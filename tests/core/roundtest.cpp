// The reporting round, headless, on whichever backend the run puts TempStore on: a unit's part is
// checked before it is submitted, returned with a comment, submitted again and approved; refused
// steps leave the store as it was; the board counts values, analyses and the deadline.
#include "calc/evaluator.h"
#include "report/committeereport.h"
#include "round/reportround.h"
#include "store/auditlog.h"
#include "store/goalrepository.h"
#include "store/indicatorrepository.h"
#include "store/measurementrepository.h"
#include "store/organisationrepository.h"
#include "store/periodrepository.h"
#include "roundcommittee.h"
#include "tempstore.h"

#include <gtest/gtest.h>

using namespace malkoll;
using malkoll::test::TempStore;

namespace {

class Round : public ::testing::Test, protected test::RoundCommittee
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(test::makeRoundCommittee(*store, *this));
    }

    Result<int> enter(qint64 indicator, double outcome, const QString &analysis = {})
    {
        Measurement m = MeasurementRepository(*store).measurement(indicator, Period::T1).value_or(Measurement{});
        m.indicatorId = indicator;
        m.period = Period::T1;
        m.outcome = outcome;
        m.prognosis = outcome;
        m.analysis = analysis;
        return MeasurementRepository(*store).save(m);
    }
    std::vector<UnitProgress> board(const QDate &today = QDate(2024, 5, 1))
    {
        return ReportRound::board(*store, committee, 2024, Period::T1, today);
    }
    const UnitProgress &row(const std::vector<UnitProgress> &b, qint64 unit)
    {
        for (const UnitProgress &p : b)
            if (p.unitId == unit) return p;
        throw std::runtime_error("no row");
    }
    RoundState state(qint64 unit) { return RoundRepository(*store).state(committee, 2024, Period::T1, unit).state; }
    int auditCount() { return AuditLog(*store).count(); }

    TempStore store;
};

} // namespace

TEST_F(Round, TheBoardCountsValuesAnalysesAndTheDeadline)
{
    ASSERT_TRUE(RoundRepository(*store).setDeadline(committee, 2024, Period::T1, QDate(2024, 5, 10)));
    EXPECT_EQ(RoundRepository(*store).deadline(committee, 2024, Period::T1), QDate(2024, 5, 10));
    ASSERT_TRUE(enter(indicators[0], 70)); // below the årsmål 80 %, and no analysis
    auto b = board(QDate(2024, 5, 11));
    ASSERT_EQ(b.size(), 2u);
    EXPECT_EQ(b[0].unitName, QStringLiteral("Förskoleområde Öst"));
    EXPECT_EQ(row(b, units[0]).expected, 1);
    EXPECT_EQ(row(b, units[0]).entered, 1);
    EXPECT_EQ(row(b, units[0]).missingAnalyses, 1);
    EXPECT_EQ(row(b, units[1]).entered, 0);
    EXPECT_EQ(row(b, units[1]).missingAnalyses, 0);
    EXPECT_TRUE(row(b, units[1]).overdue);
    EXPECT_FALSE(board(QDate(2024, 5, 10))[1].overdue); // the deadline day itself is in time
    EXPECT_EQ(row(b, units[1]).record.state, RoundState::Open);
}

TEST_F(Round, AnIncompletePartIsRefusedAndNothingChanges)
{
    ASSERT_TRUE(enter(indicators[0], 70));
    const int audited = auditCount();
    auto r = ReportRound::submit(*store, committee, 2024, Period::T1, units[0]);
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().contains(QStringLiteral("Förskoleområde Öst"))) << r.error().toStdString();
    EXPECT_TRUE(r.error().contains(QStringLiteral("Andel nöjda brukare"))) << r.error().toStdString();
    auto missing = ReportRound::submit(*store, committee, 2024, Period::T1, units[1]); // no value at all
    ASSERT_FALSE(missing);
    EXPECT_EQ(state(units[0]), RoundState::Open);
    EXPECT_EQ(auditCount(), audited);
    EXPECT_EQ(store->tableRows(QStringLiteral("report_round"))->rows.size(), 0u);
}

TEST_F(Round, SubmitReturnWithACommentResubmitApprove)
{
    const auto warning = [&] { return CommitteeReport::fromStore(*store, committee, 2024, Period::T1, {}).value().draftWarning; };
    EXPECT_EQ(warning(), QString()); // a committee that does not run the round gets no warning
    ASSERT_TRUE(enter(indicators[0], 70, QStringLiteral("Färre svar än väntat; åtgärd: enkät i maj.")));
    ASSERT_TRUE(ReportRound::submit(*store, committee, 2024, Period::T1, units[0]));
    EXPECT_EQ(warning(), QStringLiteral("Utkast: 2 av 2 enheter är ännu inte godkända i inlämningen (Förskoleområde Öst, "
                                        "Äldreboendet Ängen)."));
    EXPECT_EQ(state(units[0]), RoundState::Submitted);
    const UnitRoundRecord submitted = RoundRepository(*store).state(committee, 2024, Period::T1, units[0]);
    EXPECT_EQ(submitted.submittedBy, store->user());
    EXPECT_FALSE(submitted.submittedAt.isEmpty());
    EXPECT_FALSE(ReportRound::submit(*store, committee, 2024, Period::T1, units[0])); // not twice

    const int audited = auditCount();
    EXPECT_FALSE(ReportRound::sendBack(*store, committee, 2024, Period::T1, units[0], QStringLiteral("  ")));
    EXPECT_EQ(auditCount(), audited);
    ASSERT_TRUE(ReportRound::sendBack(*store, committee, 2024, Period::T1, units[0],
                                      QStringLiteral("Analysen behöver en åtgärd med datum.")));
    const UnitRoundRecord returned = RoundRepository(*store).state(committee, 2024, Period::T1, units[0]);
    EXPECT_EQ(returned.state, RoundState::Returned);
    EXPECT_EQ(returned.comment, QStringLiteral("Analysen behöver en åtgärd med datum."));
    EXPECT_FALSE(ReportRound::approve(*store, committee, 2024, Period::T1, units[0])); // a returned part is not approved
    EXPECT_EQ(ReportRound::notApproved(*store, committee, 2024, Period::T1).size(), 2u);

    ASSERT_TRUE(ReportRound::submit(*store, committee, 2024, Period::T1, units[0]));
    ASSERT_TRUE(ReportRound::approve(*store, committee, 2024, Period::T1, units[0]));
    EXPECT_EQ(state(units[0]), RoundState::Approved);
    EXPECT_EQ(ReportRound::notApproved(*store, committee, 2024, Period::T1), QStringList{QStringLiteral("Äldreboendet Ängen")});
    EXPECT_EQ(warning(), QStringLiteral("Utkast: 1 av 2 enheter är ännu inte godkända i inlämningen (Äldreboendet Ängen)."));
    // Every step is in the audit log: submitted, returned (with its comment), submitted, approved.
    int steps = 0;
    for (const AuditEntry &e : AuditLog(*store).history(QStringLiteral("unit"), units[0]))
        if (e.field.startsWith(QLatin1String("round T1 2024"))) ++steps;
    EXPECT_EQ(steps, 5);
}

TEST_F(Round, ALockedPeriodRefusesEveryStep)
{
    ASSERT_TRUE(enter(indicators[0], 90));
    ASSERT_TRUE(PeriodRepository(*store).lock(committee, 2024, Period::T1, QStringLiteral("Klar")));
    EXPECT_FALSE(ReportRound::submit(*store, committee, 2024, Period::T1, units[0]));
    EXPECT_EQ(state(units[0]), RoundState::Open);
}
