// The whole city in one store (issue 30): KF's goals and KF-indikatorer with KF:s årsmål held once
// and referred to by every committee's plan; a change of KF:s årsmål — set, or decided during the
// year from a period on — reaches every committee at once while each committee's own Årsmål stays;
// a plan attaches to the city's structure by number and title and lists what it could not match;
// the city view's figures are each committee's own. Runs on SQLite and on the server
// (test_city.postgresql), where the triggers are the server's own.
#include "calc/evaluator.h"
#include "import/reportimporter.h"
#include "import/reportparser.h"
#include "report/cityview.h"
#include "sample/generator.h"
#include "store/activityrepository.h"
#include "round/reportround.h"
#include "store/auditlog.h"
#include "store/roundrepository.h"
#include "store/committeecopy.h"
#include "store/measurementrepository.h"
#include "store/cityrepository.h"
#include "store/goalrepository.h"
#include "store/indicatorrepository.h"
#include "store/organisationrepository.h"
#include "store/periodrepository.h"
#include "store/snapshotreader.h"
#include "tempstore.h"
#include "text/targettext.h"

#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace malkoll;

namespace {

constexpr int kYear = 2024;

class City : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Generator::Options o;
        o.committees = 3;
        o.years = 1;
        o.lastYear = kYear;
        o.indicatorsPerYear = 30;
        o.activitiesPerYear = 4;
        auto made = Generator::generate(*store, o);
        ASSERT_TRUE(made) << made.error().toStdString();
        for (const Committee &c : OrganisationRepository(*store).committees()) committees.push_back(c.id);
        ASSERT_EQ(committees.size(), 3u);
    }
    // The committees' own rows that follow KF-indikator `kf`.
    std::vector<Indicator> followers(qint64 kf)
    {
        std::vector<Indicator> out;
        CityRepository city(*store);
        for (qint64 c : committees) {
            const QHash<qint64, qint64> links = city.indicatorLinks(c, kYear);
            for (const Indicator &i : IndicatorRepository(*store).indicators(c, kYear))
                if (links.value(i.id) == kf) out.push_back(i);
        }
        return out;
    }
    // A KF-indikator with a numeric KF:s årsmål, followed by every committee.
    KfIndicator numericKf()
    {
        for (const KfIndicator &k : CityRepository(*store).indicators(kYear))
            if (k.kfTarget.kind == TargetKind::Value && followers(k.id).size() == committees.size()) return k;
        ADD_FAILURE() << "the generated city has no KF-indikator with a value as KF:s årsmål";
        return {};
    }
    QString table(const QString &sql)
    {
        QString out;
        auto q = store->exec(sql);
        EXPECT_TRUE(q) << q.error().toStdString();
        while (q && q.value().next()) {
            QStringList row;
            for (int i = 0; i < q.value().record().count(); ++i) row << q.value().value(i).toString();
            out += row.join(u'|') + u'\n';
        }
        return out;
    }
    test::TempStore store;
    std::vector<qint64> committees;
};

} // namespace

TEST_F(City, EveryCommitteeRefersToOneKfStructure)
{
    CityRepository city(*store);
    const std::vector<KfGoal> goals = city.goals(kYear);
    EXPECT_EQ(goals.size(), 3u + 3u * 5u) << "3 inriktningsmål and 15 mål för verksamhetsområdet, once";
    const std::vector<KfIndicator> indicators = city.indicators(kYear);
    ASSERT_FALSE(indicators.empty());
    for (qint64 c : committees) {
        EXPECT_EQ(city.goalLinks(c, kYear).size(), goals.size()) << "committee " << c;
        int kfOwn = 0;
        for (const Indicator &i : IndicatorRepository(*store).indicators(c, kYear)) kfOwn += i.origin == Origin::KF;
        EXPECT_EQ(city.indicatorLinks(c, kYear).size(), qsizetype(kfOwn)) << "every KF-indikator of committee " << c;
        EXPECT_EQ(kfOwn, int(indicators.size()));
    }
    // Attaching again changes nothing and matches everything.
    const QString before = table(QStringLiteral("SELECT id, kf_indicator_id, kf_target_text FROM indicator ORDER BY id"));
    auto again = city.attach(committees[1], kYear);
    ASSERT_TRUE(again) << again.error().toStdString();
    EXPECT_FALSE(again->cityCreated);
    EXPECT_TRUE(again->unmatched.isEmpty()) << again->unmatched.join(u'\n').toStdString();
    EXPECT_EQ(table(QStringLiteral("SELECT id, kf_indicator_id, kf_target_text FROM indicator ORDER BY id")), before);
}

TEST_F(City, KfTargetSetOnceReachesEveryCommitteeAndTheirOwnArsmalStay)
{
    const KfIndicator kf = numericKf();
    ASSERT_NE(kf.id, 0);
    std::map<qint64, Target> ownBefore;
    for (const Indicator &i : followers(kf.id)) ownBefore[i.id] = i.target;
    const int auditBefore = AuditLog(*store).count();

    Target changed = kf.kfTarget;
    changed.value = kf.kfTarget.value + 7;
    changed.text = TargetText::format(changed, kf.decimals, kf.unit);
    ASSERT_TRUE(CityRepository(*store).setKfTarget(kf.id, changed));

    const std::vector<Indicator> after = followers(kf.id);
    ASSERT_EQ(after.size(), committees.size());
    for (const Indicator &i : after) {
        EXPECT_EQ(i.kfTarget, changed) << "committee " << i.committeeId;
        EXPECT_EQ(i.target, ownBefore[i.id]) << "the committee's own Årsmål is its own";
    }
    EXPECT_EQ(CityRepository(*store).indicator(kf.id)->kfTarget, changed);
    // One audit row for the city's indicator and one for each committee's (on the server, its triggers').
    EXPECT_GE(AuditLog(*store).count(), auditBefore + 1 + int(committees.size()));
    for (const Indicator &i : after) {
        const auto history = AuditLog(*store).history(QStringLiteral("indicator"), i.id);
        // SQLite logs the target as its text; the server's trigger logs every column that changed.
        EXPECT_TRUE(std::any_of(history.begin(), history.end(), [&](const AuditEntry &e) { return e.newValue == changed.text; }))
            << "committee " << i.committeeId;
    }
    // Each committee's status follows: the engine reads the new KF:s årsmål.
    auto snapshot = SnapshotReader(*store).read(after.front().committeeId, kYear, Period::T1);
    ASSERT_TRUE(snapshot);
    const YearEvaluation ev = Evaluator::evaluate(snapshot.value());
    EXPECT_EQ(ev.indicator(after.front().id)->kfTarget, changed);
}

TEST_F(City, AChangeInALockedYearIsAKfDecisionFromALaterPeriod)
{
    const KfIndicator kf = numericKf();
    ASSERT_NE(kf.id, 0);
    ASSERT_TRUE(PeriodRepository(*store).lock(committees[2], kYear, Period::T1, QStringLiteral("T1 klar")));
    const QString before = table(QStringLiteral("SELECT id, kf_target_text FROM indicator ORDER BY id")) +
                           table(QStringLiteral("SELECT * FROM target_change ORDER BY id"));

    Target changed = kf.kfTarget;
    changed.value += 3;
    changed.text = TargetText::format(changed, kf.decimals, kf.unit);
    auto refused = CityRepository(*store).setKfTarget(kf.id, changed);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(QStringLiteral("(T1)"))) << refused.error().toStdString();
    TargetChange fromT1;
    fromT1.indicatorId = kf.id;
    fromT1.target = changed;
    fromT1.decided = QDate(kYear, 3, 20);
    fromT1.fromPeriod = Period::T1;
    fromT1.reason = QStringLiteral("KF 20 mars");
    EXPECT_FALSE(CityRepository(*store).addDecision(fromT1)) << "T1 is locked in one committee";
    EXPECT_EQ(table(QStringLiteral("SELECT id, kf_target_text FROM indicator ORDER BY id")) +
                  table(QStringLiteral("SELECT * FROM target_change ORDER BY id")),
              before)
        << "refused: every committee as it was";

    TargetChange fromT2 = fromT1;
    fromT2.decided = QDate(kYear, 6, 12);
    fromT2.fromPeriod = Period::T2;
    fromT2.reason = QStringLiteral("KF 12 juni");
    auto decided = CityRepository(*store).addDecision(fromT2);
    ASSERT_TRUE(decided) << decided.error().toStdString();
    for (const Indicator &i : followers(kf.id)) {
        for (Period p : {Period::T1, Period::T2}) {
            auto s = SnapshotReader(*store).read(i.committeeId, kYear, p);
            ASSERT_TRUE(s);
            const YearEvaluation ev = Evaluator::evaluate(s.value());
            EXPECT_EQ(ev.indicator(i.id)->kfTarget.value, p == Period::T1 ? kf.kfTarget.value : changed.value)
                << "committee " << i.committeeId << " at " << periodCode(p).toStdString();
        }
    }
    // A committee's copy of KF's decision is the city's to change, also by plain SQL.
    EXPECT_FALSE(store->exec(QStringLiteral("UPDATE target_change SET text = 'eget' WHERE kf_decision_id IS NOT NULL")));
    // Withdrawn, it goes from every committee.
    ASSERT_TRUE(CityRepository(*store).removeDecision(decided.value()));
    EXPECT_EQ(table(QStringLiteral("SELECT count(*) FROM target_change WHERE kf_decision_id IS NOT NULL")), QStringLiteral("0\n"));
}

TEST_F(City, KfDecidesByPlainSqlToo)
{
    // The triggers are the store's, not Målkoll's calls: a KF-indikator changed by plain SQL is
    // followed by every committee in the same statement.
    const KfIndicator kf = numericKf();
    ASSERT_NE(kf.id, 0);
    ASSERT_TRUE(store->exec(QStringLiteral("UPDATE kf_indicator SET kf_target_text = 'Öka', kf_target_kind = 'increase', unit = 'st' "
                                           "WHERE id = ?"),
                            {kf.id}));
    for (const Indicator &i : followers(kf.id)) {
        EXPECT_EQ(i.kfTarget.text, QStringLiteral("Öka"));
        EXPECT_EQ(i.unit, QStringLiteral("st"));
    }
}

TEST_F(City, APlanAttachesByNumberAndTitleAndListsWhatItCannotMatch)
{
    // A fourth committee's plan: its own copy of KF's goals, one renumbered, one KF's goal the city
    // has not, and one KF-indikator the city has not.
    Committee c{0, QStringLiteral("Bromma stadsdelsnämnd"), QStringLiteral("Bromma")};
    ASSERT_TRUE(OrganisationRepository(*store).addCommittee(c));
    CityRepository city(*store);
    const std::vector<KfGoal> kfGoals = city.goals(kYear);
    std::map<qint64, qint64> made; // city goal → the new committee's
    for (const KfGoal &g : kfGoals) {
        Goal own{0, c.id, kYear, made.count(g.parentId) ? made[g.parentId] : 0, GoalLevel(g.level), g.number, g.title, {}, {}, 0, g.sortOrder};
        if (g.number == u"1.2") own.number = QStringLiteral("1.9"); // renumbered: matched by title
        ASSERT_TRUE(GoalRepository(*store).add(own));
        made[g.id] = own.id;
    }
    Goal stray{0, c.id, kYear, 0, GoalLevel::Direction, QStringLiteral("9"), QStringLiteral("Ett mål KF inte har"), {}, {}, 0, 99};
    ASSERT_TRUE(GoalRepository(*store).add(stray));
    const KfIndicator kf = numericKf();
    Indicator shared;
    shared.committeeId = c.id;
    shared.year = kYear;
    shared.goalId = made[kf.goalId];
    shared.origin = Origin::KF;
    shared.name = kf.name.toUpper(); // case and spacing as another document writes it
    shared.seriesKey = seriesKeyFor(shared.name);
    shared.unit = kf.unit;
    shared.decimals = kf.decimals;
    shared.direction = kf.direction;
    shared.kfTarget = TargetText::parse(QStringLiteral("1")).value();
    ASSERT_TRUE(IndicatorRepository(*store).add(shared));
    Indicator unknown = shared;
    unknown.id = 0;
    unknown.name = QStringLiteral("En KF-indikator staden inte har");
    unknown.seriesKey = seriesKeyFor(unknown.name);
    ASSERT_TRUE(IndicatorRepository(*store).add(unknown));

    auto attached = city.attach(c.id, kYear);
    ASSERT_TRUE(attached) << attached.error().toStdString();
    EXPECT_FALSE(attached->cityCreated);
    EXPECT_EQ(attached->goals, int(kfGoals.size())) << "the renumbered goal too";
    EXPECT_EQ(attached->indicators, 1);
    EXPECT_EQ(attached->unmatched,
              (QStringList{CityRepository::tr("goal %1 %2").arg(QStringLiteral("9"), QStringLiteral("Ett mål KF inte har")),
                           CityRepository::tr("KF-indikator %1").arg(unknown.name)}));
    ASSERT_EQ(attached->differences.size(), 1) << attached->differences.join(u'\n').toStdString();
    EXPECT_TRUE(attached->differences.front().contains(QStringLiteral("KF:s årsmål “1”"))) << attached->differences.front().toStdString();
    EXPECT_EQ(city.goals(kYear).size(), kfGoals.size()) << "nothing guessed into the city's structure";
    const auto followed = IndicatorRepository(*store).indicator(shared.id);
    EXPECT_EQ(followed->kfTarget, kf.kfTarget) << "KF:s årsmål is the city's";
    EXPECT_EQ(followed->name, kf.name);
}

TEST_F(City, TheCityViewHasEachCommitteesOwnFigures)
{
    ASSERT_TRUE(RoundRepository(*store).setDeadline(committees[1], kYear, Period::T1, QDate(kYear, 5, 10)));
    auto view = CityView::fromStore(*store, kYear, Period::T1, QDate(kYear, 5, 20));
    ASSERT_TRUE(view) << view.error().toStdString();
    EXPECT_EQ(view->rounds.size(), committees.size());
    for (const CityRound &r : view->rounds) {
        const auto board = ReportRound::board(*store, r.committeeId, kYear, Period::T1, QDate(kYear, 5, 20));
        EXPECT_EQ(r.units, int(board.size())) << "committee " << r.committeeId;
        EXPECT_EQ(r.overdue, int(std::count_if(board.begin(), board.end(), [](const UnitProgress &u) { return u.overdue; })));
        EXPECT_EQ(r.deadline, r.committeeId == committees[1] ? QDate(kYear, 5, 10) : QDate()) << "committee " << r.committeeId;
    }
    int entries = 0;
    for (qint64 c : committees) {
        auto s = SnapshotReader(*store).read(c, kYear, Period::T1);
        ASSERT_TRUE(s);
        const YearEvaluation ev = Evaluator::evaluate(s.value());
        const QHash<qint64, qint64> links = CityRepository(*store).indicatorLinks(c, kYear);
        for (const IndicatorEvaluation &ie : ev.indicators) {
            if (!links.contains(ie.indicator->id)) continue;
            const auto row = std::find_if(view->indicators.begin(), view->indicators.end(),
                                          [&](const CityIndicator &r) { return r.kf.id == links.value(ie.indicator->id); });
            ASSERT_NE(row, view->indicators.end());
            const auto e = std::find_if(row->entries.begin(), row->entries.end(), [&](const CityIndicatorEntry &x) { return x.committeeId == c; });
            ASSERT_NE(e, row->entries.end());
            EXPECT_EQ(e->outcome, ie.outcome);
            EXPECT_EQ(e->status, ie.expected);
            ++entries;
        }
        for (const GoalEvaluation &ge : ev.goals) {
            const auto link = CityRepository(*store).goalLinks(c, kYear).value(ge.goal->id);
            if (!link) continue;
            const auto row = std::find_if(view->goals.begin(), view->goals.end(), [&](const CityGoal &g) { return g.kf.id == link; });
            ASSERT_NE(row, view->goals.end());
            const auto e = std::find_if(row->entries.begin(), row->entries.end(), [&](const CityGoalEntry &x) { return x.committeeId == c; });
            ASSERT_NE(e, row->entries.end());
            EXPECT_EQ(e->assessment, ge.assessment);
            EXPECT_EQ(e->suggestion, ge.suggestion);
        }
    }
    EXPECT_GT(entries, 0);
    for (const CityIndicator &row : view->indicators) {
        int met = 0;
        std::vector<double> outcomes;
        for (const CityIndicatorEntry &e : row.entries) {
            met += e.status == IndicatorStatus::Met;
            if (e.outcome) outcomes.push_back(*e.outcome);
        }
        EXPECT_EQ(row.meeting, met);
        if (outcomes.empty()) continue;
        std::sort(outcomes.begin(), outcomes.end());
        EXPECT_EQ(row.lowest, outcomes.front());
        EXPECT_EQ(row.highest, outcomes.back());
        EXPECT_EQ(row.median, outcomes[1]) << "three committees: the middle one";
    }
    for (const CityGoal &g : view->goals) EXPECT_EQ(g.full + g.partly + g.notMet + g.notSet, int(g.entries.size()));

    const QString tsv = StatusReport::toTsv(view->tables(Language::Swedish));
    for (const char *line : {"# KF-indikatorer\nMål\tIndikator\tNämnd\tUtfall\tKvinnor\tMän\tPrognos helår\tÅrsmål\tKF:s årsmål\tStatus",
                             "# KF-mål\nMål\tNämnd\tBedömning\tFörslag\n", "# Inlämning\nNämnd\t"})
        EXPECT_TRUE(tsv.contains(QString::fromUtf8(line))) << line;
}

TEST_F(City, ACommitteesPlanCannotHoldAnotherKfArsmal)
{
    const KfIndicator kf = numericKf();
    ASSERT_NE(kf.id, 0);
    const std::vector<Indicator> rows = followers(kf.id);
    ASSERT_EQ(rows.size(), committees.size());
    // Plain SQL on one committee's row: refused by the store itself, nothing changed.
    const QString before = table(QStringLiteral("SELECT id, kf_target_text, kf_target_value FROM indicator ORDER BY id"));
    EXPECT_FALSE(store->exec(QStringLiteral("UPDATE indicator SET kf_target_text = '1 %', kf_target_value = 1 WHERE id = ?"), {rows[0].id}));
    EXPECT_EQ(table(QStringLiteral("SELECT id, kf_target_text, kf_target_value FROM indicator ORDER BY id")), before);

    // Through the plan (the plan view's edit): KF:s årsmål is changed once, in the city's, for all.
    Indicator edited = rows[0];
    edited.kfTarget.value += 2;
    edited.kfTarget.text = TargetText::format(edited.kfTarget, edited.decimals, edited.unit);
    edited.target.text = QStringLiteral("eget");
    edited.target.kind = TargetKind::Increase;
    ASSERT_TRUE(IndicatorRepository(*store).update(edited));
    for (const Indicator &i : followers(kf.id)) {
        EXPECT_EQ(i.kfTarget, edited.kfTarget) << "committee " << i.committeeId;
        if (i.id != edited.id) {
            EXPECT_NE(i.target, edited.target) << "the committee's own Årsmål stays its own";
        }
    }
    EXPECT_EQ(CityRepository(*store).indicator(kf.id)->kfTarget, edited.kfTarget);
}

// A committee's report imported into a city store attaches to the city's KF structure by number and
// title; what the city does not have is listed, never guessed into the city's.
TEST(CityImport, AReportAttachesToTheCitysKfStructureAndListsWhatItCannotMatch)
{
    QFile f(QStringLiteral(MALKOLL_TEST_DATA "/reports/t1_2025_kungsholmen_sample.txt"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString kungsholmen = QString::fromUtf8(f.readAll());
    test::TempStore store;
    auto first = ReportImporter::import(*store, ReportParser::parse(kungsholmen), QStringLiteral("kungsholmen"));
    ASSERT_TRUE(first) << first.error().toStdString();
    EXPECT_TRUE(first->cityCreated) << "the first plan of 2025 becomes the city's";
    const size_t cityGoals = CityRepository(*store).goals(2025).size();
    const size_t cityIndicators = CityRepository(*store).indicators(2025).size();
    EXPECT_GE(cityGoals, 2u);
    EXPECT_GE(cityIndicators, 1u);

    ReportImporter::Options newCommittee;
    newCommittee.allowNewCommittee = true;
    QString norrmalm = kungsholmen;
    norrmalm.replace(QStringLiteral("Kungsholmens stadsdelsnämnd"), QStringLiteral("Norrmalms stadsdelsnämnd"));
    auto second = ReportImporter::import(*store, ReportParser::parse(norrmalm), QStringLiteral("norrmalm"), newCommittee);
    ASSERT_TRUE(second) << second.error().toStdString();
    EXPECT_FALSE(second->cityCreated);
    EXPECT_TRUE(second->cityUnmatched.isEmpty()) << second->cityUnmatched.join(u'\n').toStdString();
    EXPECT_EQ(CityRepository(*store).indicatorLinks(second->committeeId, 2025).size(), qsizetype(cityIndicators));

    QString ostermalm = kungsholmen;
    ostermalm.replace(QStringLiteral("Kungsholmens stadsdelsnämnd"), QStringLiteral("Östermalms stadsdelsnämnd"));
    ostermalm.replace(QStringLiteral("1.2 Alla barn ska ges likvärdig möjlighet"), QStringLiteral("1.2 Alla elever ska ges en annan möjlighet"));
    auto third = ReportImporter::import(*store, ReportParser::parse(ostermalm), QStringLiteral("ostermalm"), newCommittee);
    ASSERT_TRUE(third) << third.error().toStdString();
    ASSERT_EQ(third->cityUnmatched.size(), 1) << third->cityUnmatched.join(u'\n').toStdString();
    EXPECT_TRUE(third->cityUnmatched.front().contains(QStringLiteral("Alla elever ska ges en annan möjlighet")));
    EXPECT_TRUE(ReportImporter::describe(third.value(), ReportParser::parse(ostermalm))
                    .contains(QStringLiteral("Alla elever ska ges en annan möjlighet")));
    EXPECT_EQ(CityRepository(*store).goals(2025).size(), cityGoals) << "nothing guessed into the city's structure";
}

// copy-store --committee: a committee taken out into a file of its own with the city's KF structure
// of its years, and back. Out and straight back leaves the city store exactly as it was; back after
// offline work brings that work (changed, new and deleted rows) and keeps every other committee's
// rows and what KF decided meanwhile.
TEST_F(City, ACommitteeGoesOfflineInAFileAndComesBack)
{
    const auto everything = [&](const QString &filter) {
        QString out;
        for (const char *t : {"unit", "goal", "goal_assessment", "indicator", "target_change", "measurement", "activity",
                              "activity_report", "budget_line", "period_info", "kf_goal", "kf_indicator", "kf_target_decision"}) {
            const QString table = QString::fromLatin1(t);
            const QString where = filter.isEmpty()                                   ? QStringLiteral("1 = 1")
                                  : table.startsWith(u"kf_")                         ? QStringLiteral("1 = 1")
                                  : table == u"goal_assessment"                      ? QStringLiteral("goal_id IN (SELECT id FROM goal WHERE %1)").arg(filter)
                                  : table == u"target_change" || table == u"measurement" ? QStringLiteral("indicator_id IN (SELECT id FROM indicator WHERE %1)").arg(filter)
                                  : table == u"activity_report" ? QStringLiteral("activity_id IN (SELECT id FROM activity WHERE %1)").arg(filter)
                                                                : filter;
            // On a server the rows written back carry the server's stamps (who wrote them, when): the rest must be as it was.
            QStringList columns;
            const QSqlRecord record = store->database().record(table);
            for (int c = 0; c < record.count(); ++c)
                if (!test::onServerBackend() || !QStringList{QStringLiteral("updated_at"), QStringLiteral("updated_by"), QStringLiteral("author"),
                                                             QStringLiteral("version")}
                                                     .contains(record.fieldName(c)))
                    columns << record.fieldName(c);
            out += table + u'\n' +
                   this->table(QStringLiteral("SELECT %3 FROM %1 r WHERE %2 ORDER BY 1, 2, 3").arg(table, where, columns.join(QStringLiteral(", "))));
        }
        return out;
    };
    const qint64 offline = committees[1];
    const QString others = QStringLiteral("committee_id <> %1").arg(offline);
    const QString whole = everything({});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("offline.malkoll"));
    {
        auto file = Store::open(path);
        ASSERT_TRUE(file) << file.error().toStdString();
        auto out = CommitteeCopy::copyOut(*store, offline, *file.value());
        ASSERT_TRUE(out) << out.error().toStdString();
        EXPECT_EQ(OrganisationRepository(*file.value()).committees().size(), 1u);
        EXPECT_EQ(CityRepository(*file.value()).goals(kYear).size(), CityRepository(*store).goals(kYear).size()) << "the city's KF structure goes along";
        const QString name = OrganisationRepository(*file.value()).committees().front().name;
        auto back = CommitteeCopy::copyBack(*file.value(), *store, name);
        ASSERT_TRUE(back) << back.error().toStdString();
        EXPECT_FALSE(back->joined);
    }
    EXPECT_EQ(everything({}), whole) << "out and straight back: the city store as it was, ids and all";

    // Offline: a value changed, a goal with an indicator and its value added, an activity deleted.
    const KfIndicator kf = numericKf();
    qint64 newGoal = 0, newIndicator = 0, changedIndicator = 0, deletedActivity = 0;
    QString name;
    {
        auto file = Store::open(path);
        ASSERT_TRUE(file);
        Store &f = *file.value();
        name = OrganisationRepository(f).committees().front().name;
        const std::vector<Indicator> own = IndicatorRepository(f).indicators(offline, kYear);
        changedIndicator = own.front().id;
        Measurement m = MeasurementRepository(f).measurement(changedIndicator, Period::T1).value_or(Measurement{});
        m.indicatorId = changedIndicator;
        m.period = Period::T1;
        m.outcome = 12345;
        ASSERT_TRUE(MeasurementRepository(f).save(m));
        Goal g{0, offline, kYear, GoalRepository(f).goals(offline, kYear).front().id, GoalLevel::Committee, QStringLiteral("1.1.9"),
               QStringLiteral("Ett nytt nämndmål från i somras"), {}, {}, 0, 999};
        ASSERT_TRUE(GoalRepository(f).add(g));
        newGoal = g.id;
        Indicator i;
        i.committeeId = offline;
        i.year = kYear;
        i.goalId = g.id;
        i.name = QStringLiteral("Antal nya uppföljningar");
        i.seriesKey = seriesKeyFor(i.name);
        ASSERT_TRUE(IndicatorRepository(f).add(i));
        newIndicator = i.id;
        Measurement n;
        n.indicatorId = i.id;
        n.period = Period::T1;
        n.outcome = 7;
        ASSERT_TRUE(MeasurementRepository(f).save(n));
        deletedActivity = ActivityRepository(f).activities(offline, kYear).front().id;
        ASSERT_TRUE(f.exec(QStringLiteral("DELETE FROM activity WHERE id = ?"), {deletedActivity}));
    }
    // Meanwhile in the city: KF decides on KF:s årsmål from T2.
    TargetChange decision;
    decision.indicatorId = kf.id;
    decision.target = kf.kfTarget;
    decision.target.value += 1;
    decision.target.text = TargetText::format(decision.target, kf.decimals, kf.unit);
    decision.decided = QDate(kYear, 6, 12);
    decision.fromPeriod = Period::T2;
    decision.reason = QStringLiteral("KF 12 juni");
    ASSERT_TRUE(CityRepository(*store).addDecision(decision));
    const QString otherRows = everything(others);

    auto file = Store::open(path);
    ASSERT_TRUE(file);
    auto back = CommitteeCopy::copyBack(*file.value(), *store, name);
    ASSERT_TRUE(back) << back.error().toStdString();
    EXPECT_EQ(MeasurementRepository(*store).measurement(changedIndicator, Period::T1)->outcome, 12345.0);
    std::optional<Goal> added;
    for (const Goal &g : GoalRepository(*store).goals(offline, kYear))
        if (g.title == u"Ett nytt nämndmål från i somras") added = g;
    ASSERT_TRUE(added.has_value()) << "the goal made offline";
    std::optional<Indicator> addedIndicator;
    for (const Indicator &i : IndicatorRepository(*store).indicators(offline, kYear))
        if (i.name == u"Antal nya uppföljningar") addedIndicator = i;
    ASSERT_TRUE(addedIndicator.has_value());
    EXPECT_EQ(addedIndicator->goalId, added->id) << "its reference follows the goal's new id";
    // The file numbered its new rows after its own; in the city those ids are another committee's.
    EXPECT_NE(added->id, newGoal);
    EXPECT_NE(addedIndicator->id, newIndicator);
    EXPECT_EQ(MeasurementRepository(*store).measurement(addedIndicator->id, Period::T1)->outcome, 7.0);
    for (const Activity &a : ActivityRepository(*store).activities(offline, kYear)) EXPECT_NE(a.id, deletedActivity);
    EXPECT_EQ(everything(others), otherRows) << "every other committee's rows as they were";
    // KF's decision made while the committee was offline reached it when it came back.
    for (const Indicator &i : followers(kf.id)) {
        auto s = SnapshotReader(*store).read(i.committeeId, kYear, Period::T2);
        ASSERT_TRUE(s);
        EXPECT_EQ(Evaluator::evaluate(s.value()).indicator(i.id)->kfTarget.value, decision.target.value) << "committee " << i.committeeId;
    }
}

// On a server a statement's values travel as literals written by the driver (one round trip per
// statement): text with quotes, question marks, backslashes and dollar signs comes back as written,
// and a NULL stays NULL.
TEST_F(City, ValuesComeBackExactlyWhateverTheyHold)
{
    const Indicator ind = IndicatorRepository(*store).indicators(committees[0], kYear).front();
    Measurement m;
    m.indicatorId = ind.id;
    m.period = Period::T2;
    m.outcome = 0.1 + 0.2; // every digit of a double
    m.analysis = QStringLiteral("Rätt ' ''; DROP TABLE goal; -- ? $1 $$ \\ \" ?? /* ok */ ♀");
    ASSERT_TRUE(MeasurementRepository(*store).save(m));
    const auto back = MeasurementRepository(*store).measurement(ind.id, Period::T2);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->analysis, m.analysis);
    EXPECT_EQ(back->outcome, 0.1 + 0.2);
    EXPECT_FALSE(back->men.has_value()) << "a NULL stays NULL";
    auto q = store->exec(QStringLiteral("SELECT count(*) FROM goal WHERE title = ? OR title = ?"), {QStringLiteral("?"), QStringLiteral("x' OR '1'='1")});
    ASSERT_TRUE(q && q.value().next());
    EXPECT_EQ(q.value().value(0).toInt(), 0);
}

// A file that does not add up is refused whole: a row referring to a unit the file has not leaves
// the city store exactly as it was.
TEST_F(City, ACommitteeFileThatDoesNotAddUpChangesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("offline.malkoll"));
    auto file = Store::open(path);
    ASSERT_TRUE(file);
    ASSERT_TRUE(CommitteeCopy::copyOut(*store, committees[1], *file.value()));
    Store &f = *file.value();
    const Goal g = GoalRepository(f).goals(committees[1], kYear).front();
    ASSERT_TRUE(f.exec(QStringLiteral("INSERT INTO goal_assessment (goal_id, period, unit_id, assessment) VALUES (?, 'T2', 999999, 'helt')"),
                       {g.id}));
    ASSERT_TRUE(f.exec(QStringLiteral("UPDATE measurement SET outcome = 4242")));
    const QString before = table(QStringLiteral("SELECT * FROM measurement ORDER BY id")) + table(QStringLiteral("SELECT * FROM goal_assessment ORDER BY 1, 2, 3")) +
                           table(QStringLiteral("SELECT count(*) FROM audit_log"));
    auto back = CommitteeCopy::copyBack(f, *store, OrganisationRepository(f).committees().front().name);
    ASSERT_FALSE(back);
    EXPECT_TRUE(back.error().contains(QStringLiteral("999999"))) << back.error().toStdString();
    EXPECT_EQ(table(QStringLiteral("SELECT * FROM measurement ORDER BY id")) + table(QStringLiteral("SELECT * FROM goal_assessment ORDER BY 1, 2, 3")) +
                  table(QStringLiteral("SELECT count(*) FROM audit_log")),
              before);
}
