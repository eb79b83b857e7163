#include "activityrepository.h"

#include "auditlog.h"
#include "periodrepository.h"
#include "store.h"
#include "upsert.h"
#include "text/textdecode.h"

#include <QCoreApplication>

namespace malkoll {

namespace {
const char *kActivityColumns = "a.id, a.committee_id, a.year, a.goal_id, a.origin, a.title, a.start_date, a.end_date, "
                               "a.responsible_unit_id, a.sort_order";
const char *kReportColumns = "r.activity_id, r.period, r.status, r.analysis, r.updated_by, r.updated_at, r.version";

Activity readActivity(const QSqlQuery &q)
{
    Activity a;
    a.id = q.value(0).toLongLong();
    a.committeeId = q.value(1).toLongLong();
    a.year = q.value(2).toInt();
    a.goalId = q.value(3).toLongLong();
    a.origin = q.value(4).toString() == u"KF" ? Origin::KF : Origin::Committee;
    a.title = q.value(5).toString();
    a.start = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    a.end = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    a.responsibleUnitId = q.value(8).toLongLong();
    a.sortOrder = q.value(9).toInt();
    return a;
}

ActivityReport readReport(const QSqlQuery &q)
{
    ActivityReport r;
    r.activityId = q.value(0).toLongLong();
    r.period = storedPeriodOrUnknown(q.value(1).toString(), "activity_report");
    r.status = activityStatusFromCode(q.value(2).toString()).value_or(ActivityStatus::NotSet);
    r.analysis = q.value(3).toString();
    r.updatedBy = q.value(4).toString();
    r.updatedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    r.version = q.value(6).toInt();
    return r;
}

Result<void> validate(const Activity &a)
{
    if (a.title.trimmed().isEmpty()) return fail(ActivityRepository::tr("An activity needs a title."));
    if (auto r = TextCheck::check({{a.title, limits::kTitle, ActivityRepository::tr("The activity's title")}}); !r) return r;
    if (a.start.isValid() && a.end.isValid() && a.end < a.start)
        return fail(ActivityRepository::tr("Activity “%1”: Slutdatum %2 is before Startdatum %3.")
                        .arg(a.title, a.end.toString(Qt::ISODate), a.start.toString(Qt::ISODate)));
    return {};
}
} // namespace

Result<qint64> ActivityRepository::add(Activity &a)
{
    // A plan adopted and locked (VP) keeps its structure until it is unlocked.
    if (auto lock = PeriodRepository(m_store).ensureUnlocked(a.committeeId, a.year, Period::VP); !lock) return Error{lock.error()};
    if (auto v = validate(a); !v) return Error{v.error()};
    qint64 id = 0;
    auto r = m_store.transaction([&]() -> Result<void> {
        auto q = m_store.exec(QStringLiteral("INSERT INTO activity (committee_id, year, goal_id, origin, title, "
                                             "start_date, end_date, responsible_unit_id, sort_order) VALUES (?, ?, "
                                             "?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                              {a.committeeId, a.year, a.goalId,
                               a.origin == Origin::KF ? QStringLiteral("KF") : QStringLiteral("N"), a.title,
                               a.start.toString(Qt::ISODate), a.end.toString(Qt::ISODate),
                               idOrNull(a.responsibleUnitId), a.sortOrder},
                              tr("the activity “%1”").arg(a.title));
        if (!q) return Error{q.error()};
        q.value().next();
        id = q.value().value(0).toLongLong();
        return AuditLog(m_store).record(QStringLiteral("activity"), id, QStringLiteral("created"), {}, a.title);
    });
    if (!r) return Error{r.error()};
    a.id = id;
    return id;
}

Result<void> ActivityRepository::update(const Activity &a)
{
    // A plan adopted and locked (VP) keeps its structure until it is unlocked.
    if (auto lock = PeriodRepository(m_store).ensureUnlocked(a.committeeId, a.year, Period::VP); !lock) return Error{lock.error()};
    if (auto v = validate(a); !v) return v;
    const auto before = activity(a.id);
    if (!before) return fail(tr("The activity “%1” no longer exists.").arg(a.title));
    return m_store.transaction([&]() -> Result<void> {
        auto q = m_store.exec(QStringLiteral("UPDATE activity SET goal_id = ?, origin = ?, title = ?, start_date = ?, "
                                             "end_date = ?, responsible_unit_id = ?, sort_order = ? WHERE id = ?"),
                              {a.goalId, a.origin == Origin::KF ? QStringLiteral("KF") : QStringLiteral("N"), a.title,
                               a.start.toString(Qt::ISODate), a.end.toString(Qt::ISODate),
                               idOrNull(a.responsibleUnitId), a.sortOrder, a.id},
                              tr("the activity “%1”").arg(a.title));
        if (!q) return Error{q.error()};
        AuditLog log(m_store);
        if (before->end != a.end)
            if (auto r = log.record(QStringLiteral("activity"), a.id, QStringLiteral("end_date"),
                                    before->end.toString(Qt::ISODate), a.end.toString(Qt::ISODate));
                !r)
                return r;
        if (before->title != a.title)
            if (auto r = log.record(QStringLiteral("activity"), a.id, QStringLiteral("title"), before->title, a.title);
                !r)
                return r;
        return {};
    });
}

std::vector<Activity> ActivityRepository::activities(const CommitteeIds &committees, int year) const
{
    std::vector<Activity> out;
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM activity a WHERE a.committee_id IN %2 AND a.year = ? ORDER BY "
                                         "a.goal_id, a.sort_order, a.id")
                              .arg(QLatin1String(kActivityColumns), inList(committees)),
                          {year});
    if (!q) return out;
    while (q.value().next()) out.push_back(readActivity(q.value()));
    return out;
}

std::vector<Activity> ActivityRepository::allActivities() const
{
    std::vector<Activity> out;
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM activity a ORDER BY a.id").arg(QLatin1String(kActivityColumns)));
    if (!q) return out;
    while (q.value().next()) out.push_back(readActivity(q.value()));
    return out;
}

std::optional<Activity> ActivityRepository::activity(qint64 id) const
{
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM activity a WHERE a.id = ?").arg(QLatin1String(kActivityColumns)),
                          {id});
    if (q && q.value().next()) return readActivity(q.value());
    return std::nullopt;
}

Result<int> ActivityRepository::saveReport(const ActivityReport &r, std::optional<int> expectedVersion)
{
    // On a server, one round trip (see MeasurementRepository::save); a refusal is taken again below.
    if (m_store.isServer() && r.period != Period::VP && TextCheck::check({{r.analysis, limits::kText, QString()}}))
        if (const auto version = saveInOneCall(m_store, QStringLiteral("activity_report"),
                                               {QStringLiteral("activity_id"), QStringLiteral("period")},
                                               {r.activityId, periodCode(r.period)},
                                               {QStringLiteral("status"), QStringLiteral("analysis")},
                                               {activityStatusCode(r.status), r.analysis}, expectedVersion))
            return *version;
    const auto a = activity(r.activityId);
    if (!a) return fail(tr("The activity of this status no longer exists."));
    if (auto v = TextCheck::check({{r.analysis, limits::kText, tr("The analysis of “%1”").arg(a->title.left(60))}}); !v)
        return Error{v.error()};
    if (r.period == Period::VP) return fail(tr("Activity status is reported for T1, T2 or VB."));
    if (auto lock = PeriodRepository(m_store).ensureUnlocked(a->committeeId, a->year, r.period); !lock)
        return Error{lock.error()};
    int newVersion = 0;
    auto result = m_store.transaction([&]() -> Result<void> {
        const auto before = report(r.activityId, r.period);
        const int current = before ? before->version : 0;
        if (expectedVersion && *expectedVersion != current)
            return fail(tr("The status of “%1” (%2) was changed by %3 while you were editing it.")
                            .arg(a->title, periodCode(r.period), before ? before->updatedBy : tr("someone else")));
        newVersion = current + 1;
        const ActivityReport old = before.value_or(ActivityReport{});
        Upsert row{QStringLiteral("activity_report"),
                   {QStringLiteral("activity_id"), QStringLiteral("period")},
                   {r.activityId, periodCode(r.period)},
                   {{QStringLiteral("status"), activityStatusCode(old.status), activityStatusCode(r.status)},
                    {QStringLiteral("analysis"), old.analysis, r.analysis},
                    {QStringLiteral("updated_by"), {}, m_store.user(), false},
                    {QStringLiteral("updated_at"), {}, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), false},
                    {QStringLiteral("version"), {}, newVersion, false}},
                   QStringLiteral("activity_report"),
                   r.activityId,
                   periodCode(r.period) + QLatin1Char('/'),
                   tr("the status of “%1”").arg(a->title)};
        return writeUpsert(m_store, row);
    });
    if (!result) return Error{result.error()};
    return newVersion;
}

Result<void> ActivityRepository::insertReportsBulk(const std::vector<ActivityReport> &reports)
{
    std::vector<QVariantList> rows;
    rows.reserve(reports.size());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const ActivityReport &r : reports)
        rows.push_back({r.activityId, periodCode(r.period), activityStatusCode(r.status), r.analysis,
                        r.updatedBy.isEmpty() ? m_store.user() : r.updatedBy, now, 1});
    return m_store.execBatch(QStringLiteral("INSERT INTO activity_report (activity_id, period, status, analysis, "
                                            "updated_by, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                             rows, tr("activity statuses"));
}

std::optional<ActivityReport> ActivityRepository::report(qint64 activityId, Period period) const
{
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM activity_report r WHERE r.activity_id = ? AND r.period = ?")
                              .arg(QLatin1String(kReportColumns)),
                          {activityId, periodCode(period)});
    if (q && q.value().next()) return readReport(q.value());
    return std::nullopt;
}

QHash<qint64, ActivityReport> ActivityRepository::reports(const CommitteeIds &committees, int year, Period period) const
{
    QHash<qint64, ActivityReport> out;
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM activity_report r JOIN activity a ON a.id = r.activity_id "
                                         "WHERE a.committee_id IN %2 AND a.year = ? AND r.period = ?")
                              .arg(QLatin1String(kReportColumns), inList(committees)),
                          {year, periodCode(period)});
    if (!q) return out;
    while (q.value().next()) {
        ActivityReport r = readReport(q.value());
        out.insert(r.activityId, r);
    }
    return out;
}

std::vector<ActivityReport> ActivityRepository::allReports() const
{
    std::vector<ActivityReport> out;
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM activity_report r ORDER BY r.activity_id, r.period")
                              .arg(QLatin1String(kReportColumns)));
    if (!q) return out;
    while (q.value().next())
        if (ActivityReport r = readReport(q.value()); r.period != kUnknownPeriod) out.push_back(r);
    return out;
}

} // namespace malkoll
