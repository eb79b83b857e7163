// One generic edit of a plan row (PlanRowEdit) and a small description per kind of row.
#include "planedits.h"

#include "edit/edits.h"
#include "store/activityrepository.h"
#include "store/auditlog.h"
#include "store/economyrepository.h"
#include "store/goalrepository.h"
#include "store/indicatorrepository.h"
#include "store/organisationrepository.h"
#include "store/periodrepository.h"
#include "store/store.h"

#include <QSet>
#include <algorithm>

namespace malkoll {

namespace {

// A table and the rows of it that go with the row `?` (every `?` is its id), parents first.
struct Part
{
    const char *table;
    const char *where;
};

// A goal and everything under it (sub-goals by their parent, recursively).
#define MALKOLL_SUBGOALS                                                                                                   \
    "(WITH RECURSIVE sub(id) AS (SELECT CAST(? AS INTEGER) UNION ALL SELECT g.id FROM goal g JOIN sub ON g.parent_id = sub.id) "            \
    "SELECT id FROM sub)"

const std::vector<Part> kGoalParts{
    {"goal", "id IN " MALKOLL_SUBGOALS},
    {"goal_assessment", "goal_id IN " MALKOLL_SUBGOALS},
    {"indicator", "goal_id IN " MALKOLL_SUBGOALS},
    {"target_change", "indicator_id IN (SELECT id FROM indicator WHERE goal_id IN " MALKOLL_SUBGOALS ")"},
    {"measurement", "indicator_id IN (SELECT id FROM indicator WHERE goal_id IN " MALKOLL_SUBGOALS ")"},
    {"activity", "goal_id IN " MALKOLL_SUBGOALS},
    {"activity_report", "activity_id IN (SELECT id FROM activity WHERE goal_id IN " MALKOLL_SUBGOALS ")"},
};
const std::vector<Part> kIndicatorParts{
    {"indicator", "id = ?"}, {"target_change", "indicator_id = ?"}, {"measurement", "indicator_id = ?"}};
const std::vector<Part> kActivityParts{{"activity", "id = ?"}, {"activity_report", "activity_id = ?"}};
const std::vector<Part> kUnitParts{{"unit", "id = ?"}};
const std::vector<Part> kBudgetParts{{"budget_line", "id = ? OR parent_id = ?"}};
const std::vector<Part> kResultUnitParts{{"result_unit_line", "id = ?"}};
const std::vector<Part> kInvestmentParts{{"investment_line", "id = ?"}};

Result<void> planOpen(Store &store, qint64 committeeId, int year)
{
    return PeriodRepository(store).ensureUnlocked(committeeId, year, Period::VP);
}

struct GoalKind
{
    static const char *entity() { return "goal"; }
    static const std::vector<Part> &parts() { return kGoalParts; }
    static QString name(const Goal &g) { return g.number + u' ' + g.title; }
    static Result<void> open(Store &s, const Goal &g) { return planOpen(s, g.committeeId, g.year); }
    static Result<qint64> add(Store &s, Goal &g) { return GoalRepository(s).add(g); }
    static Result<void> update(Store &s, const Goal &g) { return GoalRepository(s).update(g); }
};

struct IndicatorKind
{
    static const char *entity() { return "indicator"; }
    static const std::vector<Part> &parts() { return kIndicatorParts; }
    static QString name(const Indicator &i) { return i.name; }
    static Result<void> open(Store &s, const Indicator &i) { return planOpen(s, i.committeeId, i.year); }
    static Result<qint64> add(Store &s, Indicator &i) { return IndicatorRepository(s).add(i); }
    static Result<void> update(Store &s, const Indicator &i) { return IndicatorRepository(s).update(i); }
};

struct ActivityKind
{
    static const char *entity() { return "activity"; }
    static const std::vector<Part> &parts() { return kActivityParts; }
    static QString name(const Activity &a) { return a.title; }
    static Result<void> open(Store &s, const Activity &a) { return planOpen(s, a.committeeId, a.year); }
    static Result<qint64> add(Store &s, Activity &a) { return ActivityRepository(s).add(a); }
    static Result<void> update(Store &s, const Activity &a) { return ActivityRepository(s).update(a); }
};

struct UnitKind
{
    static const char *entity() { return "unit"; }
    static const std::vector<Part> &parts() { return kUnitParts; }
    static QString name(const Unit &u) { return u.name; }
    static Result<void> open(Store &, const Unit &) { return {}; } // units are the committee's, not a year's
    static Result<qint64> add(Store &s, Unit &u) { return OrganisationRepository(s).addUnit(u); }
    static Result<void> update(Store &s, const Unit &u) { return OrganisationRepository(s).updateUnit(u); }
};

template <class Line> Result<void> linesOpen(Store &s, const Line &l)
{
    return PeriodRepository(s).ensureUnlocked(l.committeeId, l.year, l.period);
}

struct BudgetKind
{
    static const char *entity() { return "budget_line"; }
    static const std::vector<Part> &parts() { return kBudgetParts; }
    static QString name(const BudgetLine &l) { return l.name; }
    static Result<void> open(Store &s, const BudgetLine &l) { return linesOpen(s, l); }
    static Result<qint64> add(Store &s, BudgetLine &l) { return EconomyRepository(s).addBudgetLine(l); }
    static Result<void> update(Store &s, const BudgetLine &l) { return EconomyRepository(s).updateBudgetLine(l); }
};

struct ResultUnitKind
{
    static const char *entity() { return "result_unit_line"; }
    static const std::vector<Part> &parts() { return kResultUnitParts; }
    static QString name(const ResultUnitLine &l) { return l.name; }
    static Result<void> open(Store &s, const ResultUnitLine &l) { return linesOpen(s, l); }
    static Result<qint64> add(Store &s, ResultUnitLine &l) { return EconomyRepository(s).addResultUnit(l); }
    static Result<void> update(Store &s, const ResultUnitLine &l) { return EconomyRepository(s).updateResultUnit(l); }
};

struct InvestmentKind
{
    static const char *entity() { return "investment_line"; }
    static const std::vector<Part> &parts() { return kInvestmentParts; }
    static QString name(const InvestmentLine &l) { return l.name; }
    static Result<void> open(Store &s, const InvestmentLine &l) { return linesOpen(s, l); }
    static Result<qint64> add(Store &s, InvestmentLine &l) { return EconomyRepository(s).addInvestment(l); }
    static Result<void> update(Store &s, const InvestmentLine &l) { return EconomyRepository(s).updateInvestment(l); }
};

QVariantList idBinds(const char *where, qint64 id)
{
    QVariantList binds;
    for (const char *c = where; *c; ++c)
        if (*c == '?') binds << id;
    return binds;
}

template <class T, class Kind> class PlanRowEdit : public Edit
{
public:
    PlanRowEdit(QString text, std::optional<T> before, std::optional<T> after)
        : m_text(std::move(text)), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    QString text() const override { return m_text; }

    Result<void> apply(Store &store, bool forward) override
    {
        std::optional<T> &to = forward ? m_after : m_before;
        const std::optional<T> &from = forward ? m_before : m_after;
        const T &row = to ? *to : *from;
        return store.transaction([&]() -> Result<void> {
            if (auto open = Kind::open(store, row); !open) return open;
            if (from && to) return Kind::update(store, *to);
            if (to) return put(store, *to);
            return remove(store, *from);
        });
    }

    bool show(YearSnapshot &, bool) const override { return false; } // the structure changed: read again

private:
    // An add: the first time through the repository (which gives the id), later the rows kept
    // when it was taken back, with that id.
    Result<void> put(Store &store, T &row)
    {
        if (m_kept.empty()) {
            row.id = 0;
            auto id = Kind::add(store, row);
            if (!id) return Error{id.error()};
            row.id = id.value();
            return {};
        }
        for (const auto &[table, rows] : m_kept)
            if (auto r = store.insertRows(table, rows); !r) return r;
        m_kept.clear();
        return AuditLog(store).record(QString::fromLatin1(Kind::entity()), row.id, QStringLiteral("restored"), {}, Kind::name(row));
    }

    Result<void> remove(Store &store, const T &row)
    {
        m_kept.clear();
        int rows = 0;
        for (const Part &part : Kind::parts()) {
            auto kept = store.selectRows(QString::fromLatin1(part.table), QString::fromLatin1(part.where), idBinds(part.where, row.id));
            if (!kept) return Error{kept.error()};
            Store::parentsFirst(kept.value());
            rows += int(kept->rows.size());
            m_kept.emplace_back(QString::fromLatin1(part.table), std::move(kept).value());
        }
        if (m_kept.empty() || m_kept.front().second.rows.empty())
            return fail(PlanEdits::tr("“%1” no longer exists.").arg(Kind::name(row)));
        auto q = store.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(Kind::entity())), {row.id},
                            Kind::name(row));
        if (!q) {
            m_kept.clear();
            if (q.error().contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive))
                return fail(PlanEdits::tr("“%1” is still named by indicators, activities, goals or resultatenheter; "
                                          "give them another unit first.")
                                .arg(Kind::name(row)));
            return Error{q.error()};
        }
        return AuditLog(store).record(QString::fromLatin1(Kind::entity()), row.id, QStringLiteral("deleted"), Kind::name(row),
                                      PlanEdits::tr("%n row(s) with it", nullptr, rows - 1));
    }

    QString m_text;
    std::optional<T> m_before;
    std::optional<T> m_after;
    std::vector<std::pair<QString, Store::TableRows>> m_kept; // what a delete took, for its undo
};

template <class Kind> QString consequences(Store &store, qint64 id)
{
    QStringList parts;
    for (const Part &part : Kind::parts()) {
        auto rows = store.selectRows(QString::fromLatin1(part.table), QString::fromLatin1(part.where), idBinds(part.where, id));
        int n = rows ? int(rows->rows.size()) : 0;
        if (QLatin1String(part.table) == QLatin1String(Kind::entity())) --n; // the row itself
        if (n <= 0) continue;
        const QString table = QString::fromLatin1(part.table);
        if (table == u"goal") parts << PlanEdits::tr("%n goal(s) under it", nullptr, n);
        else if (table == u"indicator") parts << PlanEdits::tr("%n indicator(s)", nullptr, n);
        else if (table == u"measurement") parts << PlanEdits::tr("%n period value(s)", nullptr, n);
        else if (table == u"target_change") parts << PlanEdits::tr("%n årsmål decision(s)", nullptr, n);
        else if (table == u"activity") parts << PlanEdits::tr("%n activity(ies)", nullptr, n);
        else if (table == u"activity_report") parts << PlanEdits::tr("%n activity status(es)", nullptr, n);
        else if (table == u"goal_assessment") parts << PlanEdits::tr("%n assessment(s)", nullptr, n);
    }
    return parts.join(QStringLiteral(", "));
}

class EconomyCopy : public Edit
{
public:
    EconomyCopy(QString text, qint64 committeeId, int year, Period from, Period to)
        : m_text(std::move(text)), m_committee(committeeId), m_year(year), m_from(from), m_to(to)
    {
    }
    QString text() const override { return m_text; }
    bool show(YearSnapshot &, bool) const override { return false; }

    Result<void> apply(Store &store, bool forward) override
    {
        static const char *const tables[] = {"budget_line", "result_unit_line", "investment_line"};
        return store.transaction([&]() -> Result<void> {
            if (auto open = PeriodRepository(store).ensureUnlocked(m_committee, m_year, m_to); !open) return open;
            AuditLog log(store);
            const qint64 entity = m_committee;
            if (!forward) {
                for (const auto &[table, rows] : m_copied)
                    for (const QVariantList &row : rows.rows)
                        if (auto q = store.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {row.at(0)}); !q) return Error{q.error()};
                return log.record(QStringLiteral("committee"), entity, QStringLiteral("economy_copy_undone"), {},
                                  QStringLiteral("%1 %2").arg(periodCode(m_to)).arg(m_year));
            }
            if (m_copied.empty()) { // the first time: the rows of `from`, with new ids, in `to`
                for (const char *t : tables) {
                    const QString table = QString::fromLatin1(t);
                    auto present = store.selectRows(table, QStringLiteral("committee_id = ? AND year = ? AND period = ?"),
                                                    {m_committee, m_year, periodCode(m_to)});
                    if (!present) return Error{present.error()};
                    if (!present->rows.empty())
                        return fail(PlanEdits::tr("%1 %2 has economy lines already; start from %3 only into an empty period.")
                                        .arg(periodCode(m_to))
                                        .arg(m_year)
                                        .arg(periodCode(m_from)));
                    auto rows = store.selectRows(table, QStringLiteral("committee_id = ? AND year = ? AND period = ?"),
                                                 {m_committee, m_year, periodCode(m_from)});
                    if (!rows) return Error{rows.error()};
                    auto max = store.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table));
                    if (!max || !max.value().next()) return fail(PlanEdits::tr("Cannot read %1.").arg(table));
                    qint64 next = max.value().value(0).toLongLong() + 1;
                    const qsizetype idAt = rows->columns.indexOf(QStringLiteral("id"));
                    const qsizetype periodAt = rows->columns.indexOf(QStringLiteral("period"));
                    const qsizetype parentAt = rows->columns.indexOf(QStringLiteral("parent_id"));
                    QHash<qint64, qint64> ids;
                    Store::parentsFirst(rows.value());
                    for (QVariantList &row : rows.value().rows) {
                        ids.insert(row.at(idAt).toLongLong(), next);
                        row[idAt] = next++;
                        row[periodAt] = periodCode(m_to);
                        if (parentAt >= 0 && !row.at(parentAt).isNull()) row[parentAt] = ids.value(row.at(parentAt).toLongLong());
                    }
                    m_copied.emplace_back(table, std::move(rows).value());
                }
            }
            int count = 0;
            for (const auto &[table, rows] : m_copied) {
                if (auto r = store.insertRows(table, rows); !r) return r;
                count += int(rows.rows.size());
            }
            if (count == 0) return fail(PlanEdits::tr("%1 %2 has no economy lines to start from.").arg(periodCode(m_from)).arg(m_year));
            return log.record(QStringLiteral("committee"), entity, QStringLiteral("economy_copy"), periodCode(m_from),
                              PlanEdits::tr("%n line(s) copied into %1 %2", nullptr, count).arg(periodCode(m_to)).arg(m_year));
        });
    }

private:
    QString m_text;
    qint64 m_committee;
    int m_year;
    Period m_from, m_to;
    std::vector<std::pair<QString, Store::TableRows>> m_copied;
};

} // namespace

std::unique_ptr<Edit> economyCopyEdit(const QString &text, qint64 committeeId, int year, Period from, Period to)
{
    return std::make_unique<EconomyCopy>(text, committeeId, year, from, to);
}

std::unique_ptr<Edit> PlanEdits::moveGoal(const std::vector<Goal> &goals, qint64 goalId, bool up, bool renumber)
{
    const Goal *goal = nullptr;
    for (const Goal &g : goals)
        if (g.id == goalId) goal = &g;
    if (!goal) return nullptr;
    std::vector<const Goal *> siblings;
    for (const Goal &g : goals)
        if (g.parentId == goal->parentId && g.level == goal->level) siblings.push_back(&g);
    std::stable_sort(siblings.begin(), siblings.end(), [](const Goal *a, const Goal *b) {
        return a->sortOrder != b->sortOrder ? a->sortOrder < b->sortOrder : a->id < b->id;
    });
    const auto at = std::find(siblings.begin(), siblings.end(), goal) - siblings.begin();
    const qsizetype other = up ? at - 1 : at + 1;
    if (other < 0 || other >= qsizetype(siblings.size())) return nullptr;
    const Goal &a = *goal, &b = *siblings[size_t(other)];
    std::vector<std::unique_ptr<Edit>> edits;
    // Distinct sort orders even where both were equal: the places really change.
    const int orderA = std::min(a.sortOrder, b.sortOrder), orderB = std::max(a.sortOrder, b.sortOrder) + (a.sortOrder == b.sortOrder ? 1 : 0);
    Goal movedA = a, movedB = b;
    movedA.sortOrder = up ? orderA : orderB;
    movedB.sortOrder = up ? orderB : orderA;
    if (renumber) std::swap(movedA.number, movedB.number);
    edits.push_back(goalEdit({}, a, movedA));
    edits.push_back(goalEdit({}, b, movedB));
    if (renumber) { // the sub-goals' numbers follow their goal's
        auto follow = [&](const Goal &top, const QString &from, const QString &to) {
            std::vector<qint64> under{top.id};
            for (size_t i = 0; i < under.size(); ++i)
                for (const Goal &g : goals)
                    if (g.parentId == under[i]) {
                        under.push_back(g.id);
                        Goal n = g;
                        n.number = to + g.number.mid(from.size());
                        edits.push_back(goalEdit({}, g, n));
                    }
        };
        follow(a, a.number, b.number);
        follow(b, b.number, a.number);
    }
    return compoundEdit(tr("Move goal %1").arg(a.number), std::move(edits));
}

QString PlanEdits::whatGoesWith(Store &store, const Goal &goal) { return consequences<GoalKind>(store, goal.id); }
QString PlanEdits::whatGoesWith(Store &store, const Indicator &indicator)
{
    return consequences<IndicatorKind>(store, indicator.id);
}

std::unique_ptr<Edit> goalEdit(const QString &text, std::optional<Goal> before, std::optional<Goal> after)
{
    return std::make_unique<PlanRowEdit<Goal, GoalKind>>(text, std::move(before), std::move(after));
}
std::unique_ptr<Edit> indicatorEdit(const QString &text, std::optional<Indicator> before, std::optional<Indicator> after)
{
    return std::make_unique<PlanRowEdit<Indicator, IndicatorKind>>(text, std::move(before), std::move(after));
}
std::unique_ptr<Edit> activityEdit(const QString &text, std::optional<Activity> before, std::optional<Activity> after)
{
    return std::make_unique<PlanRowEdit<Activity, ActivityKind>>(text, std::move(before), std::move(after));
}
std::unique_ptr<Edit> unitEdit(const QString &text, std::optional<Unit> before, std::optional<Unit> after)
{
    return std::make_unique<PlanRowEdit<Unit, UnitKind>>(text, std::move(before), std::move(after));
}
std::unique_ptr<Edit> budgetLineEdit(const QString &text, std::optional<BudgetLine> before, std::optional<BudgetLine> after)
{
    return std::make_unique<PlanRowEdit<BudgetLine, BudgetKind>>(text, std::move(before), std::move(after));
}
std::unique_ptr<Edit> resultUnitEdit(const QString &text, std::optional<ResultUnitLine> before, std::optional<ResultUnitLine> after)
{
    return std::make_unique<PlanRowEdit<ResultUnitLine, ResultUnitKind>>(text, std::move(before), std::move(after));
}
std::unique_ptr<Edit> investmentEdit(const QString &text, std::optional<InvestmentLine> before, std::optional<InvestmentLine> after)
{
    return std::make_unique<PlanRowEdit<InvestmentLine, InvestmentKind>>(text, std::move(before), std::move(after));
}

} // namespace malkoll
