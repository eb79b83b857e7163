// Over 400 lines: one import in one transaction, a step per table kind (goals, indicators and
// values, activities, economy, proposals) sharing the ids found on the way.
#include "reportimporter.h"

#include "store/cityrepository.h"

#include "store/activityrepository.h"
#include "store/auditlog.h"
#include "store/economyrepository.h"
#include "store/goalrepository.h"
#include "store/indicatorrepository.h"
#include "store/measurementrepository.h"
#include "store/organisationrepository.h"
#include "store/periodrepository.h"
#include "store/sectionrepository.h"
#include "store/store.h"
#include "text/fold.h"

#include <QHash>
#include <QSet>
#include <functional>

namespace malkoll {

namespace {

// Indicators that are better when lower, by words in their names (as seen in the city's
// reports). Used only for an indicator new to the store; one seen in an earlier year keeps
// the direction it had.
Direction guessDirection(const ParsedIndicator &p)
{
    if (p.target.kind == TargetKind::Band || p.kfTarget.kind == TargetKind::Band) return Direction::None;
    if (p.target.kind == TargetKind::AtMost || p.target.kind == TargetKind::Decrease ||
        p.kfTarget.kind == TargetKind::Decrease || p.kfTarget.kind == TargetKind::AtMost)
        return Direction::LowerIsBetter;
    static const QStringList lower{
        QStringLiteral("antal barn per"), QStringLiteral("barn per grupp"), QStringLiteral("sjukfrånvaro"),
        QStringLiteral("timavlönad"), QStringLiteral("ekonomiskt bistånd"), QStringLiteral("åter blir föremål"),
        QStringLiteral("vräkning"), QStringLiteral("klimatpåverkan"), QStringLiteral("köpt energi"),
        QStringLiteral("personal en hemtjänsttagare"), QStringLiteral("personal en hemtjänstagare"),
        QStringLiteral("tillfälligt boende"), QStringLiteral("väntetid"), QStringLiteral("kötid")};
    const QString name = p.name.toLower();
    for (const QString &w : lower)
        if (name.contains(w)) return Direction::LowerIsBetter;
    return Direction::HigherIsBetter;
}

class Importer
{
public:
    Importer(Store &store, const ParsedReport &report, ReportImporter::Options options)
        : m_store(store), m_report(report), m_r(m_report), m_options(options)
    {
    }
    Result<void> run(const QString &source);
    ReportImportSummary s;

private:
    Result<void> committee();
    Result<void> unit();
    void resolveGuessedNumbers();
    Result<void> goals();
    Result<qint64> ensureGoal(int year, const ParsedGoal &g, QHash<QString, qint64> &ids, std::vector<Goal> &existing,
                              int sortOrder, ImportCount *count);
    Result<void> indicators();
    Result<void> previousYearValue(const ParsedIndicator &p, const Indicator &current);
    Result<void> activities();
    Result<void> economy();
    Result<void> texts();
    Result<void> sections();

    Store &m_store;
    ParsedReport m_report; // a copy: goals numbered by position get the store's numbers
    const ParsedReport &m_r;
    qint64 m_unit = 0;     // a unit's own report: its values, assessments and activities are the unit's
    ReportImporter::Options m_options;
    qint64 m_committee = 0;
    QHash<QString, qint64> m_goalIds;       // number → id, this year
    QHash<QString, qint64> m_prevGoalIds;   // number → id, the year before
    std::vector<Goal> m_prevGoals;
    bool m_prevGoalsLoaded = false;
    QHash<QString, const ParsedGoal *> m_parsedGoals;
    std::vector<Goal> m_yearGoals; // the report's year as stored, after its goals are imported
};

Result<void> Importer::committee()
{
    OrganisationRepository org(m_store);
    const std::vector<Committee> committees = org.committees();
    if (m_r.committee.isEmpty()) {
        // A unit's report or pages without a title: a store of one committee is that committee's.
        if (committees.size() != 1)
            return fail(ReportImporter::tr("The report does not say which committee it is for, and the store has %1 "
                                           "committees. Say which (malkoll-cli: --committee NAME).")
                            .arg(committees.size()));
        m_report.committee = committees.front().name;
        m_report.committeeGuessed = true;
        m_report.guesses.push_back({0, ReportImporter::tr("committee “%1”: the only one in the store").arg(m_r.committee), {}, LineKind::Other});
        s.committee = m_r.committee;
    }
    for (const Committee &c : committees)
        if (fold(c.name) == fold(m_r.committee)) m_committee = c.id;
    if (!m_committee) {
        if (!committees.empty() && !m_options.allowNewCommittee) {
            QStringList names;
            for (const Committee &c : committees) names << c.name;
            return fail(ReportImporter::tr("the report is for “%1”, which the store does not have (it has %2). Import it "
                                           "as a new committee only if that is right (malkoll-cli: --new-committee).")
                            .arg(m_r.committee, names.join(QStringLiteral(", "))));
        }
        Committee c{0, m_r.committee, ReportParser::shortName(m_r.committee)};
        s.newCommittee = true;
        auto id = org.addCommittee(c);
        if (!id) return Error{id.error()};
        m_committee = id.value();
    }
    s.committeeId = m_committee;
    return {};
}

// A unit's own report: its unit under the committee, made when the store does not have it.
Result<void> Importer::unit()
{
    if (m_r.unit.isEmpty()) return {};
    OrganisationRepository org(m_store);
    for (const Unit &u : org.units(m_committee))
        if (fold(u.name) == fold(m_r.unit)) m_unit = u.id;
    if (!m_unit) {
        Unit u;
        u.committeeId = m_committee;
        u.name = m_r.unit;
        auto id = org.addUnit(u);
        if (!id) return Error{id.error()};
        m_unit = id.value();
        s.newUnit = true;
    }
    s.unitId = m_unit;
    s.unit = m_r.unit;
    return {};
}

// Goals an older layout names without numbers were numbered by their place in the text. The
// store's goal of the same level and title under the same parent gives the number instead; a
// new one takes the next free number there. Indicators and activities follow their goal.
void Importer::resolveGuessedNumbers()
{
    if (std::none_of(m_r.goals.begin(), m_r.goals.end(), [](const ParsedGoal &g) { return g.numberGuessed; })) return;
    const std::vector<Goal> stored = GoalRepository(m_store).goals(m_committee, m_r.year);
    QHash<QString, QString> renumbered; // number in the text → number in the store
    QSet<QString> taken;
    for (const Goal &g : stored) taken.insert(g.number);
    for (ParsedGoal &g : m_report.goals) {
        const QString original = g.number;
        QString parent = original.section(u'.', 0, -2);
        parent = renumbered.value(parent, parent);
        QString number = parent.isEmpty() ? original.section(u'.', -1) : parent + u'.' + original.section(u'.', -1);
        if (g.numberGuessed) {
            const Goal *same = nullptr;
            for (const Goal &e : stored)
                if (e.level == g.level && fold(e.title) == fold(g.title) && e.number.section(u'.', 0, -2) == parent) same = &e;
            if (same) {
                if (same->number != number) s.matchedByTitle << QStringLiteral("%1 → %2").arg(g.title, same->number);
                number = same->number;
            } else if (taken.contains(number)) {
                int next = 1;
                while (taken.contains(parent.isEmpty() ? QString::number(next) : parent + u'.' + QString::number(next))) ++next;
                number = parent.isEmpty() ? QString::number(next) : parent + u'.' + QString::number(next);
            }
        }
        taken.insert(number);
        g.number = number;
        renumbered.insert(original, number);
    }
    for (ParsedIndicator &i : m_report.indicators) i.goalNumber = renumbered.value(i.goalNumber, i.goalNumber);
    for (ParsedActivity &a : m_report.activities) a.goalNumber = renumbered.value(a.goalNumber, a.goalNumber);
}

Result<qint64> Importer::ensureGoal(int year, const ParsedGoal &g, QHash<QString, qint64> &ids,
                                    std::vector<Goal> &existing, int sortOrder, ImportCount *count)
{
    if (ids.contains(g.number)) return ids.value(g.number);
    const QString parentNumber = g.number.section(u'.', 0, -2);
    qint64 parentId = 0;
    if (!parentNumber.isEmpty()) {
        parentId = ids.value(parentNumber);
        for (const Goal &e : existing) // a parent the store has already (the plan, an earlier import)
            if (!parentId && e.number == parentNumber && int(e.level) == int(g.level) - 1) parentId = e.id;
        if (!parentId) {
            const ParsedGoal *parent = m_parsedGoals.value(parentNumber);
            ParsedGoal stored; // the year's goal in the store, when the report does not repeat it
            for (const Goal &x : m_yearGoals)
                if (!parent && x.number == parentNumber) {
                    stored.line = g.line;
                    stored.level = x.level;
                    stored.number = x.number;
                    stored.title = x.title;
                    parent = &stored;
                }
            ParsedGoal implied; // named by neither: implied by the number, its title to be given in the plan
            if (!parent) {
                implied.line = g.line;
                implied.level = GoalLevel(int(g.level) - 1);
                implied.number = parentNumber;
                implied.title = QStringLiteral("%1 %2").arg(goalLevelName(implied.level), parentNumber);
                parent = &implied;
                if (count) s.impliedGoals << parentNumber;
            }
            auto pid = ensureGoal(year, *parent, ids, existing, sortOrder, count);
            if (!pid) return pid;
            parentId = pid.value();
        }
    }
    const QString description = plainText(g.description);
    for (Goal &e : existing) {
        if (e.number != g.number || e.level != g.level) continue;
        if (count && (e.title != g.title || (!g.expectedResults.isEmpty() && e.expectedResults != g.expectedResults) ||
                      (!description.isEmpty() && e.description != description))) {
            e.title = g.title;
            if (!g.expectedResults.isEmpty()) e.expectedResults = g.expectedResults;
            if (!description.isEmpty()) e.description = description;
            if (auto r = GoalRepository(m_store).update(e); !r) return Error{r.error()};
            ++count->changed;
        }
        ids.insert(g.number, e.id);
        return e.id;
    }
    Goal goal;
    goal.committeeId = m_committee;
    goal.year = year;
    goal.parentId = parentId;
    goal.level = g.level;
    goal.number = g.number;
    goal.title = g.title;
    goal.expectedResults = g.expectedResults;
    goal.description = description;
    goal.sortOrder = sortOrder;
    auto id = GoalRepository(m_store).add(goal);
    if (!id) return fail(ReportImporter::tr("line %1: %2").arg(g.line).arg(id.error()));
    existing.push_back(goal);
    ids.insert(g.number, id.value());
    if (count) ++count->added;
    return id.value();
}

Result<void> Importer::goals()
{
    for (const ParsedGoal &g : m_r.goals) m_parsedGoals.insert(g.number, &g);
    std::vector<Goal> existing = GoalRepository(m_store).goals(m_committee, m_r.year);
    int order = 0;
    for (const Goal &e : existing) order = std::max(order, e.sortOrder + 1);
    GoalRepository repo(m_store);
    for (const ParsedGoal &g : m_r.goals) {
        ++s.goals.read;
        const bool known = m_goalIds.contains(g.number);
        auto id = ensureGoal(m_r.year, g, m_goalIds, existing, order++, known ? nullptr : &s.goals);
        if (!id) return Error{id.error()};
        const QString analysis = plainText(g.analysis);
        if (m_r.period == Period::VP || (!g.assessment && analysis.isEmpty())) continue;
        if (g.assessment) ++s.assessments.read;
        if (!analysis.isEmpty()) ++s.goalAnalyses.read;
        const auto before = repo.assessment(id.value(), m_r.period, m_unit);
        GoalAssessment a = before.value_or(GoalAssessment{});
        a.goalId = id.value();
        a.period = m_r.period;
        a.unitId = m_unit;
        if (g.assessment) a.assessment = *g.assessment;
        if (!analysis.isEmpty()) a.analysis = analysis;
        if (before && before->assessment == a.assessment && before->analysis == a.analysis) continue;
        if (a.author.isEmpty()) a.author = m_store.user();
        if (auto r = repo.setAssessment(a); !r) return fail(ReportImporter::tr("line %1: %2").arg(g.line).arg(r.error()));
        if (!before || before->assessment != a.assessment) (before ? s.assessments.changed : s.assessments.added)++;
        if (!analysis.isEmpty() && (!before || before->analysis != a.analysis))
            (before && !before->analysis.isEmpty() ? s.goalAnalyses.changed : s.goalAnalyses.added)++;
    }
    m_yearGoals = GoalRepository(m_store).goals(m_committee, m_r.year);
    return {};
}

Result<void> Importer::indicators()
{
    IndicatorRepository repo(m_store);
    MeasurementRepository values(m_store);
    std::vector<Indicator> existing = repo.indicators(m_committee, m_r.year);
    existing.reserve(existing.size() + m_r.indicators.size()); // pointers into it stay valid
    QHash<QString, int> order;
    for (const Indicator &e : existing) order[QString::number(e.goalId)] = std::max(order.value(QString::number(e.goalId)), e.sortOrder + 1);
    for (const ParsedIndicator &p : m_r.indicators) {
        ++s.indicators.read;
        const qint64 goalId = m_goalIds.value(p.goalNumber);
        if (!goalId) return fail(ReportImporter::tr("line %1: the indicator's goal %2 was not imported.").arg(p.line).arg(p.goalNumber));
        // A unit's indicators are its own series, apart from the committee's of the same name.
        const QString key = m_unit ? seriesKeyFor(p.name) + QStringLiteral(" | ") + fold(m_r.unit) : seriesKeyFor(p.name);
        Indicator *found = nullptr;
        for (Indicator &e : existing)
            if (e.goalId == goalId && e.seriesKey == key && e.responsibleUnitId == m_unit) found = &e;
        const bool split = p.men || p.women;
        const GoalLevel level = m_parsedGoals.value(p.goalNumber)->level;
        if (!found) {
            Indicator i;
            i.committeeId = m_committee;
            i.year = m_r.year;
            i.goalId = goalId;
            i.name = p.name;
            i.origin = level == GoalLevel::KfArea ? Origin::KF : Origin::Committee;
            i.unit = p.unit;
            i.decimals = p.decimals;
            i.direction = guessDirection(p);
            i.periodicity = p.periodicity;
            i.genderSplit = split;
            i.genderFlag = p.genderFlag;
            i.target = p.target;
            i.kfTarget = p.kfTarget;
            i.seriesKey = key;
            i.responsibleUnitId = m_unit;
            // The same indicator in an earlier year: keep its unit, direction, responsibility.
            const auto history = repo.series(m_committee, key);
            for (const Indicator &h : history) {
                if (h.year >= m_r.year) continue;
                if (i.unit.isEmpty()) i.unit = h.unit;
                i.direction = h.direction;
                if (!m_unit) i.responsibleUnitId = h.responsibleUnitId;
                i.tolerance = h.tolerance;
                i.genderSplit = i.genderSplit || h.genderSplit;
            }
            const QString g = QString::number(goalId);
            i.sortOrder = order.value(g);
            order[g] = i.sortOrder + 1;
            auto id = repo.add(i);
            if (!id) return fail(ReportImporter::tr("line %1: %2").arg(p.line).arg(id.error()));
            existing.push_back(i);
            found = &existing.back();
            ++s.indicators.added;
        } else {
            Indicator i = *found;
            // Targets from a plan stand; a follow-up report shows the same targets, or the
            // changed ones (then the change belongs in an årsmål decision, not here).
            if (i.target.kind == TargetKind::None) i.target = p.target;
            if (i.kfTarget.kind == TargetKind::None) i.kfTarget = p.kfTarget;
            if (i.unit.isEmpty()) i.unit = p.unit;
            i.decimals = std::max(i.decimals, p.decimals);
            i.genderSplit = i.genderSplit || split;
            i.genderFlag = i.genderFlag || p.genderFlag;
            if (m_r.period == Period::VP) i.periodicity = p.periodicity;
            if (!(i == *found)) {
                if (auto r = repo.update(i); !r) return fail(ReportImporter::tr("line %1: %2").arg(p.line).arg(r.error()));
                *found = i;
                ++s.indicators.changed;
            }
        }
        if (m_r.period != Period::VP) {
            Measurement m;
            m.indicatorId = found->id;
            m.period = m_r.period;
            m.outcome = p.outcome;
            m.men = p.men;
            m.women = p.women;
            m.prognosis = p.prognosis;
            m.analysis = p.analysis;
            if (!m.isEmpty()) {
                ++s.values.read;
                const auto before = values.measurement(found->id, m_r.period);
                if (before) {
                    // A report adds and corrects values, it never clears one: a cell that is empty
                    // or was rejected (listed with its line) leaves what the store holds.
                    if (!m.outcome) m.outcome = before->outcome;
                    if (!m.men) m.men = before->men;
                    if (!m.women) m.women = before->women;
                    if (!m.prognosis) m.prognosis = before->prognosis;
                    if (m.analysis.isEmpty()) m.analysis = before->analysis;
                    // A report has no "not reported" column: what the store says stands.
                    m.notReported = before->notReported;
                    m.notReportedReason = before->notReportedReason;
                }
                if (!before || !before->sameContent(m)) {
                    if (auto r = values.save(m); !r) return fail(ReportImporter::tr("line %1: %2").arg(p.line).arg(r.error()));
                    (before ? s.values.changed : s.values.added)++;
                }
            }
        }
        if (p.previousVb && m_r.previousVbYear > 0 && m_r.previousVbYear < m_r.year)
            if (auto r = previousYearValue(p, *found); !r) return r;
    }
    return {};
}

// "Utfall VB 2023" of a 2024 report is the 2023 indicator's VB value. It goes into 2023
// (an indicator there of the same name, or a copy of this one under the same goal numbers)
// without overwriting a value 2023 already has.
Result<void> Importer::previousYearValue(const ParsedIndicator &p, const Indicator &current)
{
    const int year = m_r.previousVbYear;
    IndicatorRepository repo(m_store);
    std::optional<Indicator> previous;
    for (const Indicator &h : repo.series(m_committee, current.seriesKey))
        if (h.year == year) previous = h;
    if (!previous) {
        if (!m_prevGoalsLoaded) {
            m_prevGoals = GoalRepository(m_store).goals(m_committee, year);
            for (const Goal &g : m_prevGoals) m_prevGoalIds.insert(g.number, g.id);
            m_prevGoalsLoaded = true;
        }
        const ParsedGoal *goal = m_parsedGoals.value(p.goalNumber);
        auto goalId = ensureGoal(year, *goal, m_prevGoalIds, m_prevGoals, int(m_prevGoals.size()), nullptr);
        if (!goalId) return Error{goalId.error()};
        Indicator i = current;
        i.id = 0;
        i.year = year;
        i.goalId = goalId.value();
        i.target = Target{};
        i.kfTarget = Target{};
        auto id = repo.add(i);
        if (!id) return fail(ReportImporter::tr("line %1: %2").arg(p.line).arg(id.error()));
        previous = i;
    }
    MeasurementRepository values(m_store);
    const auto before = values.measurement(previous->id, Period::VB);
    if (before && before->outcome) return {};
    Measurement m = before.value_or(Measurement{});
    m.indicatorId = previous->id;
    m.period = Period::VB;
    m.outcome = p.previousVb;
    if (auto r = values.save(m); !r) return fail(ReportImporter::tr("line %1: %2").arg(p.line).arg(r.error()));
    ++s.previousYearValues;
    return {};
}

Result<void> Importer::activities()
{
    ActivityRepository repo(m_store);
    std::vector<Activity> existing = repo.activities(m_committee, m_r.year);
    existing.reserve(existing.size() + m_r.activities.size()); // pointers into it stay valid
    QSet<qint64> used;
    for (const ParsedActivity &p : m_r.activities) {
        ++s.activities.read;
        const qint64 goalId = m_goalIds.value(p.goalNumber);
        if (!goalId) return fail(ReportImporter::tr("line %1: the activity's goal %2 was not imported.").arg(p.line).arg(p.goalNumber));
        // The same title under the same goal; a report may list one title twice (with other
        // dates): each stored activity answers one row, the one with the same dates first.
        const QString key = fold(p.title);
        Activity *found = nullptr;
        int order = 0;
        for (Activity &e : existing) {
            if (e.goalId != goalId) continue;
            if (m_unit && e.responsibleUnitId != m_unit) continue; // a unit reports on its own activities
            order = std::max(order, e.sortOrder + 1);
            if (fold(e.title) != key || used.contains(e.id)) continue;
            if (!found || (e.start == p.start && e.end == p.end)) found = &e;
        }
        if (!found) {
            Activity a;
            a.committeeId = m_committee;
            a.year = m_r.year;
            a.goalId = goalId;
            a.origin = m_parsedGoals.value(p.goalNumber)->level == GoalLevel::KfArea ? Origin::KF : Origin::Committee;
            a.title = p.title;
            a.start = p.start;
            a.end = p.end;
            a.responsibleUnitId = m_unit;
            a.sortOrder = order;
            auto id = repo.add(a);
            if (!id) return fail(ReportImporter::tr("line %1: %2").arg(p.line).arg(id.error()));
            existing.push_back(a);
            found = &existing.back();
            ++s.activities.added;
        } else if (found->start != p.start || found->end != p.end) {
            found->start = p.start;
            found->end = p.end;
            if (auto r = repo.update(*found); !r) return fail(ReportImporter::tr("line %1: %2").arg(p.line).arg(r.error()));
            ++s.activities.changed;
        }
        used.insert(found->id);
        if (m_r.period == Period::VP) continue;
        ActivityReport report;
        report.activityId = found->id;
        report.period = m_r.period;
        report.status = p.completed ? ActivityStatus::Completed : p.deviation ? ActivityStatus::Delayed : ActivityStatus::OnTrack;
        report.analysis = p.analysis;
        ++s.activityReports.read;
        const auto before = repo.report(found->id, m_r.period);
        if (before && before->status == report.status && before->analysis == report.analysis) continue;
        if (auto r = repo.saveReport(report); !r) return fail(ReportImporter::tr("line %1: %2").arg(p.line).arg(r.error()));
        (before ? s.activityReports.changed : s.activityReports.added)++;
    }
    return {};
}

// Adds `line`, or updates the stored line `matches` finds; an unchanged line is left alone.
// Returns the stored line (`stored` is reserved by the caller, so the pointer stays valid).
template <class Line, class Add, class Update>
Result<const Line *> upsertLine(std::vector<Line> &stored, Line line, const std::function<bool(const Line &)> &matches,
                                int &order, Add add, Update update, ImportCount &count)
{
    Line *found = nullptr;
    for (Line &e : stored)
        if (matches(e)) found = &e;
    if (!found) {
        line.sortOrder = order++;
        if (auto id = add(line); !id) return Error{id.error()};
        stored.push_back(line);
        ++count.added;
        return &stored.back();
    }
    line.id = found->id;
    line.sortOrder = found->sortOrder;
    if (!(line == *found)) {
        if (auto r = update(line); !r) return Error{r.error()};
        *found = line;
        ++count.changed;
    }
    return found;
}

Result<void> Importer::economy()
{
    if (m_unit) { // a unit's figures are part of the committee's, not lines of their own
        s.economySkipped = !m_r.budget.empty() || !m_r.resultUnits.empty() || !m_r.investments.empty();
        return {};
    }
    EconomyRepository repo(m_store);
    const Period period = m_r.period;
    auto failAt = [](int line, const QString &e) { return fail(ReportImporter::tr("line %1: %2").arg(line).arg(e)); };
    auto sameName = [](const QString &a, const QString &b) { return fold(a) == fold(b); };

    std::vector<BudgetLine> lines = repo.budgetLines(m_committee, m_r.year, period);
    lines.reserve(lines.size() + m_r.budget.size());
    qint64 parent = 0;
    int order = int(lines.size());
    for (const ParsedBudgetLine &p : m_r.budget) {
        if (p.unreconciled) continue; // does not add up to its table's total: listed, not stored
        ++s.budgetLines.read;
        BudgetLine l;
        l.committeeId = m_committee;
        l.year = m_r.year;
        l.period = period;
        l.parentId = p.varav ? parent : 0;
        l.name = p.name;
        l.budget = p.budget;
        l.adjustments = p.adjustments;
        l.performance = p.performance;
        l.forecastBefore = p.forecastBefore;
        l.forecastAfter = p.forecastAfter;
        auto stored = upsertLine<BudgetLine>(
            lines, l, [&](const BudgetLine &e) { return e.parentId == l.parentId && sameName(e.name, l.name); }, order,
            [&](BudgetLine &x) { return repo.addBudgetLine(x); }, [&](const BudgetLine &x) { return repo.updateBudgetLine(x); },
            s.budgetLines);
        if (!stored) return failAt(p.line, stored.error());
        if (!p.varav) parent = stored.value()->id;
    }

    OrganisationRepository org(m_store);
    std::vector<ResultUnitLine> units = repo.resultUnits(m_committee, m_r.year, period);
    units.reserve(units.size() + m_r.resultUnits.size());
    order = int(units.size());
    for (const ParsedResultUnit &p : m_r.resultUnits) {
        if (p.unreconciled) continue;
        ++s.resultUnits.read;
        ResultUnitLine l;
        l.committeeId = m_committee;
        l.year = m_r.year;
        l.period = period;
        l.name = p.name;
        l.grossBudget = p.grossBudget;
        l.carriedIn = p.carriedIn;
        l.result = p.result;
        if (auto u = org.unitByName(m_committee, p.name)) {
            l.unitId = u->id;
        } else { // a resultatenhet the store does not know yet becomes a unit
            Unit unit;
            unit.committeeId = m_committee;
            unit.name = p.name;
            unit.resultUnit = true;
            auto id = org.addUnit(unit);
            if (!id) return failAt(p.line, id.error());
            l.unitId = id.value();
        }
        auto stored = upsertLine<ResultUnitLine>(
            units, l, [&](const ResultUnitLine &e) { return sameName(e.name, l.name); }, order,
            [&](ResultUnitLine &x) { return repo.addResultUnit(x); },
            [&](const ResultUnitLine &x) { return repo.updateResultUnit(x); }, s.resultUnits);
        if (!stored) return failAt(p.line, stored.error());
    }

    std::vector<InvestmentLine> investments = repo.investments(m_committee, m_r.year, period);
    investments.reserve(investments.size() + m_r.investments.size());
    order = int(investments.size());
    for (const ParsedInvestment &p : m_r.investments) {
        if (p.unreconciled) continue;
        ++s.investments.read;
        InvestmentLine l;
        l.committeeId = m_committee;
        l.year = m_r.year;
        l.period = period;
        l.name = p.name;
        l.budget = p.budget;
        l.adjustments = p.adjustments;
        l.forecast = p.forecast;
        auto stored = upsertLine<InvestmentLine>(
            investments, l, [&](const InvestmentLine &e) { return sameName(e.name, l.name); }, order,
            [&](InvestmentLine &x) { return repo.addInvestment(x); },
            [&](const InvestmentLine &x) { return repo.updateInvestment(x); }, s.investments);
        if (!stored) return failAt(p.line, stored.error());
    }
    return {};
}

// The period's texts: förslag till beslut, the Sammanfattande analys, the title block. What the
// report does not hold is left as stored. A unit's report holds none of the committee's.
Result<void> Importer::texts()
{
    const QString summary = plainText(m_r.summary);
    if (m_unit || (m_r.proposals.isEmpty() && summary.isEmpty() && m_r.handlaggare.isEmpty() && m_r.phone.isEmpty() && !m_r.date.isValid()))
        return {};
    ++s.periodTexts.read;
    PeriodRepository repo(m_store);
    const PeriodInfo before = repo.info(m_committee, m_r.year, m_r.period);
    PeriodInfo info = before;
    info.committeeId = m_committee;
    info.year = m_r.year;
    info.period = m_r.period;
    if (!m_r.proposals.isEmpty()) info.proposals = m_r.proposals;
    if (!summary.isEmpty()) info.summary = summary;
    if (!m_r.handlaggare.isEmpty()) info.handlaggare = m_r.handlaggare;
    if (!m_r.phone.isEmpty()) info.phone = m_r.phone;
    if (m_r.date.isValid()) info.documentDate = m_r.date;
    if (info == before) return {};
    if (auto r = repo.saveTexts(info); !r) return r;
    const bool any = !before.proposals.isEmpty() || !before.summary.isEmpty() || !before.handlaggare.isEmpty();
    (any ? s.periodTexts.changed : s.periodTexts.added)++;
    return {};
}

// The free sections and the economy's texts, each by its title and placement: a section the
// store has already gets the report's text, a new one comes after the stored ones.
Result<void> Importer::sections()
{
    if (m_unit || m_r.sections.empty()) return {};
    SectionRepository repo(m_store);
    std::vector<ReportSection> list = repo.sections(m_committee, m_r.year, m_r.period);
    // A report may title two texts alike (an area's text under the operating budget and under
    // resultatenheter): the n-th of a title answers the n-th stored one of that title.
    const size_t stored = list.size();
    QHash<QString, int> seen;
    for (const ParsedSection &p : m_r.sections) {
        ++s.sections.read;
        const QString body = richText(p.body);
        const QString key = sectionPlacementCode(p.placement) + u'|' + fold(p.title);
        int nth = seen[key]++;
        auto same = list.begin();
        for (; same != list.begin() + qsizetype(stored); ++same)
            if (sectionPlacementCode(same->placement) + u'|' + fold(same->title) == key && nth-- == 0) break;
        if (same == list.begin() + qsizetype(stored)) {
            ReportSection n;
            n.committeeId = m_committee;
            n.year = m_r.year;
            n.period = m_r.period;
            n.placement = p.placement;
            n.title = p.title;
            n.body = body;
            list.push_back(n);
            ++s.sections.added;
        } else if (same->body != body) {
            same->body = body;
            ++s.sections.changed;
        }
    }
    if (s.sections.added == 0 && s.sections.changed == 0) return {};
    auto r = repo.replace(m_committee, m_r.year, m_r.period, list);
    if (!r) return Error{r.error()};
    return {};
}

Result<void> Importer::run(const QString &source)
{
    s.committee = m_r.committee;
    s.year = m_r.year;
    s.period = m_r.period;
    s.rejected = int(m_r.rejected.size());
    s.skippedTables = int(m_r.skipped.size());
    s.warnings = int(m_r.warnings.size());
    if (m_r.year == 0 || !m_r.periodFound)
        return fail(ReportImporter::tr("The file has no document title such as “Tertialrapport 1 2024 för Kungsholmens "
                                       "stadsdelsnämnd” or “Verksamhetsplan 2021 för …”, and its text does not tell the %1. "
                                       "Say it (malkoll-cli: --committee NAME --year YEAR --period VP|T1|T2|VB).")
                                            .arg(m_r.year == 0 ? ReportImporter::tr("year") : ReportImporter::tr("period")));
    if (auto r = committee(); !r) return r;
    for (const ReportLine &g : m_r.guesses)
        s.guesses << (g.line ? ReportImporter::tr("%1 (line %2)").arg(g.reason).arg(g.line) : g.reason);
    if (auto r = unit(); !r) return r;
    resolveGuessedNumbers();
    for (auto step : {&Importer::goals, &Importer::indicators, &Importer::activities, &Importer::economy, &Importer::texts,
                      &Importer::sections})
        if (auto r = (this->*step)(); !r) return r;
    if (s.unchanged()) return {};
    return AuditLog(m_store).record(QStringLiteral("committee"), m_committee, QStringLiteral("import"), {},
                                    ReportImporter::tr("%1 %2 imported from %3%4")
                                        .arg(periodTitle(m_r.period))
                                        .arg(m_r.year)
                                        .arg(source.isEmpty() ? ReportImporter::tr("a report") : source,
                                             m_unit ? ReportImporter::tr(" (the report of %1)").arg(m_r.unit) : QString()));
}

QString countText(const ImportCount &c)
{
    return ReportImporter::tr("%1 (%2 new, %3 changed)").arg(c.read).arg(c.added).arg(c.changed);
}

} // namespace

bool ReportImportSummary::unchanged() const
{
    for (const ImportCount *c : {&goals, &assessments, &indicators, &values, &activities, &activityReports, &budgetLines,
                                 &resultUnits, &investments, &goalAnalyses, &periodTexts, &sections})
        if (c->added || c->changed) return false;
    return previousYearValues == 0 && !newUnit && !newCommittee;
}

QString ReportImporter::unconfirmedCommittee(Store &store, const ParsedReport &report)
{
    if (report.committee.isEmpty()) return {};
    const std::vector<Committee> committees = OrganisationRepository(store).committees();
    for (const Committee &c : committees)
        if (fold(c.name) == fold(report.committee)) return {};
    return committees.empty() ? QString() : report.committee;
}

Result<ReportImportSummary> ReportImporter::import(Store &store, const ParsedReport &report, const QString &source,
                                                   Options options)
{
    Importer importer(store, report, options);
    auto r = store.transaction([&]() -> Result<void> {
        if (auto run = importer.run(source); !run) return run;
        // The plan refers to the city's KF structure of its year (a store without one takes this plan's).
        auto attached = CityRepository(store).attach(importer.s.committeeId, importer.s.year);
        if (!attached) return Error{attached.error()};
        importer.s.cityAttached = attached->attachedNow;
        importer.s.cityCreated = attached->cityCreated;
        importer.s.cityUnmatched = attached->unmatched;
        importer.s.cityDifferences = attached->differences;
        return {};
    });
    if (!r) return Error{r.error()};
    return importer.s;
}

QString ReportImporter::describe(const ReportImportSummary &s, const ParsedReport &report)
{
    QString out;
    out += tr("%1, %2 %3").arg(s.committee, periodTitle(s.period)).arg(s.year) + u'\n';
    for (const QString &g : s.guesses) out += tr("  guessed:          %1 — not in the title; --committee/--year/--period override").arg(g) + u'\n';
    if (s.newCommittee) out += tr("  new committee:    %1 (it was not in the store)").arg(s.committee) + u'\n';
    if (!s.unit.isEmpty())
        out += tr("  unit's report:    %1%2: its values, assessments and activities are the unit's")
                   .arg(s.unit, s.newUnit ? tr(" (new unit)") : QString()) +
               u'\n';
    if (!s.impliedGoals.isEmpty())
        out += tr("  implied goals:    %1 — not named in the report, made from the numbers below them; give their titles in the plan")
                   .arg(s.impliedGoals.join(QStringLiteral(", "))) +
               u'\n';
    for (const QString &m : s.matchedByTitle) out += tr("  matched by title: %1").arg(m) + u'\n';
    if (s.economySkipped) out += tr("  economy:          the unit's economy lines are not imported into the committee's economy") + u'\n';
    out += tr("  goals:            %1").arg(countText(s.goals)) + u'\n';
    if (s.period != Period::VP) out += tr("  assessments:      %1").arg(countText(s.assessments)) + u'\n';
    out += tr("  indicators:       %1").arg(countText(s.indicators)) + u'\n';
    if (s.period != Period::VP) out += tr("  values:           %1").arg(countText(s.values)) + u'\n';
    if (s.previousYearValues) out += tr("  Utfall VB %1:     %2 stored in %1").arg(report.previousVbYear).arg(s.previousYearValues) + u'\n';
    out += tr("  activities:       %1").arg(countText(s.activities)) + u'\n';
    if (s.period != Period::VP) out += tr("  activity status:  %1").arg(countText(s.activityReports)) + u'\n';
    out += tr("  economy lines:    %1 verksamhetsområden, %2 resultatenheter, %3 investments")
               .arg(countText(s.budgetLines), countText(s.resultUnits), countText(s.investments)) +
           u'\n';
    if (s.period != Period::VP) out += tr("  goal analyses:    %1").arg(countText(s.goalAnalyses)) + u'\n';
    out += tr("  texts:            %1 summary and title block, %2 sections").arg(countText(s.periodTexts), countText(s.sections)) + u'\n';
    if (!report.unreconciled.empty()) {
        out += tr("  not stored:       %1 economy lines in tables that do not add up to their own total "
                  "(--accept-unreconciled stores them as read)").arg(report.unreconciled.size()) + u'\n';
        for (const ReportLine &l : report.unreconciled) out += tr("    line %1: %2").arg(l.line).arg(l.reason) + u'\n';
    }
    out += tr("  rejected lines:   %1").arg(s.rejected) + u'\n';
    for (const ReportLine &l : report.rejected) out += tr("    line %1: %2 — %3").arg(l.line).arg(l.reason, l.text) + u'\n';
    if (!report.warnings.empty()) {
        out += tr("  checks that failed: %1").arg(report.warnings.size()) + u'\n';
        for (const ReportLine &l : report.warnings) out += tr("    line %1: %2").arg(l.line).arg(l.reason) + u'\n';
    }
    if (!report.skipped.empty()) {
        out += tr("  tables not imported: %1").arg(report.skipped.size()) + u'\n';
        for (const ReportLine &l : report.skipped) out += tr("    line %1: %2").arg(l.line).arg(l.reason) + u'\n';
    }
    out += QStringLiteral("  ") + ReportParser::fidelityLine(ReportParser::fidelity(report)) + u'\n';
    if (s.cityAttached || !s.cityUnmatched.isEmpty() || !s.cityDifferences.isEmpty())
        out += (s.cityCreated ? tr("  city's KF goals:  taken from this plan (%1 goals and KF-indikatorer); other committees attach to them")
                              : tr("  city's KF goals:  %1 goals and KF-indikatorer now follow the city's"))
                   .arg(s.cityAttached) +
               u'\n';
    for (const QString &u : s.cityUnmatched) out += tr("    not in the city's KF structure: %1").arg(u) + u'\n';
    for (const QString &d : s.cityDifferences) out += tr("    the city's holds: %1").arg(d) + u'\n';
    if (s.unchanged()) out += tr("  nothing changed: the store already holds this report") + u'\n';
    return out;
}

} // namespace malkoll
