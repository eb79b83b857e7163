#include "goalrepository.h"

#include "auditlog.h"
#include "periodrepository.h"
#include "store.h"
#include "upsert.h"
#include "text/textdecode.h"

#include <QCoreApplication>

namespace malkoll {

namespace {
Result<void> checkGoalTexts(const Goal &g)
{
    const QString expected = g.expectedResults.join(u'\n');
    return TextCheck::check({{g.number, 20, GoalRepository::tr("The goal's number")},
                             {g.title, limits::kTitle, GoalRepository::tr("The title of goal %1").arg(g.number)},
                             {g.description, limits::kDocument, GoalRepository::tr("The description of goal %1").arg(g.number)},
                             {expected, limits::kText, GoalRepository::tr("The expected results of goal %1").arg(g.number)}});
}

const char *kGoalColumns = "id, committee_id, year, parent_id, level, number, title, description, expected_results, "
                           "unit_id, sort_order";

Goal readGoal(const QSqlQuery &q)
{
    Goal g;
    g.id = q.value(0).toLongLong();
    g.committeeId = q.value(1).toLongLong();
    g.year = q.value(2).toInt();
    g.parentId = q.value(3).toLongLong();
    g.level = GoalLevel(q.value(4).toInt());
    g.number = q.value(5).toString();
    g.title = q.value(6).toString();
    g.description = q.value(7).toString();
    const QString expected = q.value(8).toString();
    g.expectedResults = expected.isEmpty() ? QStringList() : expected.split(QLatin1Char('\n'));
    g.unitId = q.value(9).toLongLong();
    g.sortOrder = q.value(10).toInt();
    return g;
}

GoalAssessment readAssessment(const QSqlQuery &q)
{
    GoalAssessment a;
    a.goalId = q.value(0).toLongLong();
    a.period = storedPeriodOrUnknown(q.value(1).toString(), "goal_assessment");
    a.unitId = q.value(2).toLongLong();
    a.assessment = assessmentFromText(q.value(3).toString()).value_or(Assessment::NotSet);
    a.analysis = q.value(4).toString();
    a.author = q.value(5).toString();
    a.updatedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    return a;
}
} // namespace

Result<qint64> GoalRepository::add(Goal &g)
{
    // A plan adopted and locked (VP) keeps its structure until it is unlocked.
    if (auto lock = PeriodRepository(m_store).ensureUnlocked(g.committeeId, g.year, Period::VP); !lock) return Error{lock.error()};
    if (g.title.trimmed().isEmpty()) return fail(tr("Goal %1 needs a title.").arg(g.number));
    if (auto r = checkGoalTexts(g); !r) return Error{r.error()};
    if (g.number.trimmed().isEmpty()) return fail(tr("The goal “%1” needs a number.").arg(g.title));
    if (g.level != GoalLevel::Direction && g.parentId == 0)
        return fail(tr("Goal %1 needs a parent goal.").arg(g.number));
    qint64 id = 0;
    auto r = m_store.transaction([&]() -> Result<void> {
        auto q = m_store.exec(QStringLiteral("INSERT INTO goal (committee_id, year, parent_id, level, number, title, "
                                             "description, expected_results, unit_id, sort_order) VALUES (?, ?, ?, "
                                             "?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                              {g.committeeId, g.year, idOrNull(g.parentId), int(g.level), g.number, g.title,
                               g.description, g.expectedResults.join(QLatin1Char('\n')), idOrNull(g.unitId),
                               g.sortOrder},
                              tr("goal %1").arg(g.number));
        if (!q) return Error{q.error()};
        q.value().next();
        id = q.value().value(0).toLongLong();
        return AuditLog(m_store).record(QStringLiteral("goal"), id, QStringLiteral("created"), {},
                                        g.number + QLatin1Char(' ') + g.title);
    });
    if (!r) return Error{r.error()};
    g.id = id;
    return id;
}

Result<void> GoalRepository::update(const Goal &g)
{
    // A plan adopted and locked (VP) keeps its structure until it is unlocked.
    if (auto lock = PeriodRepository(m_store).ensureUnlocked(g.committeeId, g.year, Period::VP); !lock) return Error{lock.error()};
    auto before = goal(g.id);
    if (!before) return fail(tr("Goal %1 no longer exists.").arg(g.number));
    if (auto r = checkGoalTexts(g); !r) return r;
    return m_store.transaction([&]() -> Result<void> {
        auto q = m_store.exec(QStringLiteral("UPDATE goal SET parent_id = ?, level = ?, number = ?, title = ?, "
                                             "description = ?, expected_results = ?, unit_id = ?, sort_order = ? "
                                             "WHERE id = ?"),
                              {idOrNull(g.parentId), int(g.level), g.number, g.title, g.description,
                               g.expectedResults.join(QLatin1Char('\n')), idOrNull(g.unitId), g.sortOrder, g.id},
                              tr("goal %1").arg(g.number));
        if (!q) return Error{q.error()};
        AuditLog log(m_store);
        if (before->title != g.title)
            if (auto r = log.record(QStringLiteral("goal"), g.id, QStringLiteral("title"), before->title, g.title); !r)
                return r;
        if (before->description != g.description)
            if (auto r = log.record(QStringLiteral("goal"), g.id, QStringLiteral("description"), before->description,
                                    g.description);
                !r)
                return r;
        return {};
    });
}

std::vector<Goal> GoalRepository::goals(const CommitteeIds &committees, int year) const
{
    std::vector<Goal> out;
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM goal WHERE committee_id IN %2 AND year = ? ORDER BY level, "
                                         "sort_order, id")
                              .arg(QLatin1String(kGoalColumns), inList(committees)),
                          {year});
    if (!q) return out;
    while (q.value().next()) out.push_back(readGoal(q.value()));
    return out;
}

std::optional<Goal> GoalRepository::goal(qint64 id) const
{
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM goal WHERE id = ?").arg(QLatin1String(kGoalColumns)), {id});
    if (q && q.value().next()) return readGoal(q.value());
    return std::nullopt;
}

std::vector<int> GoalRepository::years(qint64 committeeId) const
{
    std::vector<int> out;
    auto q = m_store.exec(QStringLiteral("SELECT DISTINCT year FROM goal WHERE committee_id = ? ORDER BY year"),
                          {committeeId});
    if (!q) return out;
    while (q.value().next()) out.push_back(q.value().value(0).toInt());
    return out;
}

Result<void> GoalRepository::setAssessment(const GoalAssessment &a)
{
    auto g = goal(a.goalId);
    if (!g) return fail(tr("The goal of this assessment no longer exists."));
    if (auto r = TextCheck::check({{a.analysis, limits::kDocument, tr("The analysis of goal %1").arg(g->number)}}); !r) return r;
    if (auto locked = PeriodRepository(m_store).ensureUnlocked(g->committeeId, g->year, a.period); !locked)
        return locked;
    const auto before = assessment(a.goalId, a.period, a.unitId);
    return m_store.transaction([&]() -> Result<void> {
        Upsert row{QStringLiteral("goal_assessment"),
                   {QStringLiteral("goal_id"), QStringLiteral("period"), QStringLiteral("unit_id")},
                   {a.goalId, periodCode(a.period), a.unitId},
                   {{QStringLiteral("assessment"), assessmentCode(before ? before->assessment : Assessment::NotSet),
                     assessmentCode(a.assessment)},
                    {QStringLiteral("analysis"), before ? before->analysis : QString(), a.analysis},
                    {QStringLiteral("author"), {}, a.author.isEmpty() ? m_store.user() : a.author, false},
                    {QStringLiteral("updated_at"), {}, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), false}},
                   QStringLiteral("goal_assessment"),
                   a.goalId,
                   QStringLiteral("%1/%2/").arg(periodCode(a.period)).arg(a.unitId),
                   tr("the assessment of goal %1").arg(g->number)};
        return writeUpsert(m_store, row);
    });
}

Result<void> GoalRepository::insertAssessmentsBulk(const std::vector<GoalAssessment> &assessments)
{
    std::vector<QVariantList> rows;
    rows.reserve(assessments.size());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const GoalAssessment &a : assessments)
        rows.push_back({a.goalId, periodCode(a.period), a.unitId, assessmentCode(a.assessment), a.analysis,
                        a.author.isEmpty() ? m_store.user() : a.author, now});
    return m_store.execBatch(QStringLiteral("INSERT INTO goal_assessment (goal_id, period, unit_id, assessment, "
                                            "analysis, author, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                             rows, tr("goal assessments"));
}

std::vector<GoalAssessment> GoalRepository::assessments(const CommitteeIds &committees, int year, Period period) const
{
    std::vector<GoalAssessment> out;
    auto q = m_store.exec(QStringLiteral("SELECT a.goal_id, a.period, a.unit_id, a.assessment, a.analysis, a.author, "
                                         "a.updated_at FROM goal_assessment a JOIN goal g ON g.id = a.goal_id WHERE "
                                         "g.committee_id IN %1 AND g.year = ? AND a.period = ?")
                              .arg(inList(committees)),
                          {year, periodCode(period)});
    if (!q) return out;
    while (q.value().next())
        if (GoalAssessment a = readAssessment(q.value()); a.period != kUnknownPeriod) out.push_back(a);
    return out;
}

std::optional<GoalAssessment> GoalRepository::assessment(qint64 goalId, Period period, qint64 unitId) const
{
    auto q = m_store.exec(QStringLiteral("SELECT goal_id, period, unit_id, assessment, analysis, author, updated_at "
                                         "FROM goal_assessment WHERE goal_id = ? AND period = ? AND unit_id = ?"),
                          {goalId, periodCode(period), unitId});
    if (q && q.value().next()) return readAssessment(q.value());
    return std::nullopt;
}

} // namespace malkoll
