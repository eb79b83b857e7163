#include "measurementrepository.h"

#include "auditlog.h"
#include "indicatorrepository.h"
#include "periodrepository.h"
#include "store.h"
#include "upsert.h"
#include "text/textdecode.h"

#include <QCoreApplication>

namespace malkoll {

namespace {
const char *kMeasurementColumns = "m.id, m.indicator_id, m.period, m.outcome, m.men, m.women, m.prognosis, m.not_reported, "
                                  "m.not_reported_reason, m.analysis, m.updated_by, m.updated_at, m.version";

Measurement readMeasurement(const QSqlQuery &q)
{
    Measurement m;
    m.id = q.value(0).toLongLong();
    m.indicatorId = q.value(1).toLongLong();
    m.period = storedPeriodOrUnknown(q.value(2).toString(), "measurement");
    m.outcome = toOptional(q.value(3));
    m.men = toOptional(q.value(4));
    m.women = toOptional(q.value(5));
    m.prognosis = toOptional(q.value(6));
    m.notReported = q.value(7).toBool();
    m.notReportedReason = q.value(8).toString();
    m.analysis = q.value(9).toString();
    m.updatedBy = q.value(10).toString();
    m.updatedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODate);
    m.version = q.value(12).toInt();
    return m;
}

std::vector<Measurement> readAll(Result<QSqlQuery> &q)
{
    std::vector<Measurement> out;
    if (!q) return out;
    while (q.value().next())
        if (Measurement m = readMeasurement(q.value()); m.period != kUnknownPeriod) out.push_back(m);
    return out;
}
} // namespace

namespace {
// What a value must be, whatever its store: named by the indicator's name (empty: not yet read).
Result<void> checkValue(const Measurement &m, const QString &name)
{
    if (m.period == Period::VP) return fail(MeasurementRepository::tr("Values are entered for T1, T2 or VB, not for the plan."));
    if (auto r = TextCheck::check({{m.analysis, limits::kText, MeasurementRepository::tr("“%1”: the analysis").arg(name)},
                                   {m.notReportedReason, limits::kText, MeasurementRepository::tr("“%1”: the reason").arg(name)}});
        !r)
        return Error{r.error()};
    for (const auto &[v, field] : {std::pair{m.outcome, MeasurementRepository::tr("outcome")}, std::pair{m.men, MeasurementRepository::tr("men")},
                                   std::pair{m.women, MeasurementRepository::tr("women")},
                                   std::pair{m.prognosis, MeasurementRepository::tr("forecast")}})
        if (auto r = TextCheck::checkNumber(v, MeasurementRepository::tr("“%1”: %2").arg(name, field)); !r) return Error{r.error()};
    if (m.notReported && m.notReportedReason.trimmed().isEmpty())
        return fail(MeasurementRepository::tr("“%1”: give a reason why the value is not reported.").arg(name));
    return {};
}
} // namespace

Result<int> MeasurementRepository::save(const Measurement &m, std::optional<int> expectedVersion)
{
    // On a server, one round trip: the server checks the lock, the version, the split and the person,
    // writes and audits. What it refuses is taken again below, where the message can name the cause.
    if (m_store.isServer() && checkValue(m, QString()))
        if (const auto version = saveInOneCall(
                m_store, QStringLiteral("measurement"), {QStringLiteral("indicator_id"), QStringLiteral("period")},
                {m.indicatorId, periodCode(m.period)},
                {QStringLiteral("outcome"), QStringLiteral("men"), QStringLiteral("women"), QStringLiteral("prognosis"),
                 QStringLiteral("not_reported"), QStringLiteral("not_reported_reason"), QStringLiteral("analysis")},
                {toVariant(m.outcome), toVariant(m.men), toVariant(m.women), toVariant(m.prognosis), m.notReported,
                 m.notReportedReason, m.analysis},
                expectedVersion))
            return *version;
    const auto ind = IndicatorRepository(m_store).indicator(m.indicatorId);
    if (!ind) return fail(tr("The indicator of this value no longer exists."));
    if (auto r = checkValue(m, ind->name); !r) return Error{r.error()};
    if ((m.men || m.women) && !ind->genderSplit)
        return fail(tr("“%1” is not split by men and women.").arg(ind->name));
    if (auto r = PeriodRepository(m_store).ensureUnlocked(ind->committeeId, ind->year, m.period); !r)
        return Error{r.error()};

    int newVersion = 0;
    auto r = m_store.transaction([&]() -> Result<void> {
        const auto before = measurement(m.indicatorId, m.period);
        const int current = before ? before->version : 0;
        if (expectedVersion && *expectedVersion != current)
            return fail(tr("“%1” (%2) was changed by %3 while you were editing it. Reload to see the new value.")
                            .arg(ind->name, periodCode(m.period), before ? before->updatedBy : tr("someone else")));
        newVersion = current + 1;
        const Measurement old = before.value_or(Measurement{});
        Upsert row{QStringLiteral("measurement"),
                   {QStringLiteral("indicator_id"), QStringLiteral("period")},
                   {m.indicatorId, periodCode(m.period)},
                   {{QStringLiteral("outcome"), toVariant(old.outcome), toVariant(m.outcome)},
                    {QStringLiteral("men"), toVariant(old.men), toVariant(m.men)},
                    {QStringLiteral("women"), toVariant(old.women), toVariant(m.women)},
                    {QStringLiteral("prognosis"), toVariant(old.prognosis), toVariant(m.prognosis)},
                    {QStringLiteral("not_reported"), old.notReported, m.notReported},
                    {QStringLiteral("not_reported_reason"), old.notReportedReason, m.notReportedReason},
                    {QStringLiteral("analysis"), old.analysis, m.analysis},
                    {QStringLiteral("updated_by"), {}, m_store.user(), false},
                    {QStringLiteral("updated_at"), {}, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), false},
                    {QStringLiteral("version"), {}, newVersion, false}},
                   QStringLiteral("measurement"),
                   m.indicatorId,
                   periodCode(m.period) + QLatin1Char('/'),
                   tr("the value of “%1” (%2)").arg(ind->name, periodCode(m.period))};
        return writeUpsert(m_store, row);
    });
    if (!r) return Error{r.error()};
    return newVersion;
}

Result<void> MeasurementRepository::insertBulk(const std::vector<Measurement> &values)
{
    std::vector<QVariantList> rows;
    rows.reserve(values.size());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const Measurement &m : values)
        rows.push_back({m.indicatorId, periodCode(m.period), toVariant(m.outcome), toVariant(m.men), toVariant(m.women),
                        toVariant(m.prognosis), m.notReported ? 1 : 0, m.notReportedReason, m.analysis,
                        m.updatedBy.isEmpty() ? m_store.user() : m.updatedBy, now, 1});
    return m_store.execBatch(
        QStringLiteral("INSERT INTO measurement (indicator_id, period, outcome, men, women, prognosis, not_reported, "
                       "not_reported_reason, analysis, updated_by, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?)"),
        rows, tr("indicator values"));
}

std::optional<Measurement> MeasurementRepository::measurement(qint64 indicatorId, Period period) const
{
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM measurement m WHERE m.indicator_id = ? AND m.period = ?")
                              .arg(QLatin1String(kMeasurementColumns)),
                          {indicatorId, periodCode(period)});
    if (q && q.value().next()) return readMeasurement(q.value());
    return std::nullopt;
}

QHash<qint64, Measurement> MeasurementRepository::forPeriod(const CommitteeIds &committees, int year, Period period) const
{
    QHash<qint64, Measurement> out;
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM measurement m JOIN indicator i ON i.id = m.indicator_id "
                                         "WHERE i.committee_id IN %2 AND i.year = ? AND m.period = ?")
                              .arg(QLatin1String(kMeasurementColumns), inList(committees)),
                          {year, periodCode(period)});
    for (Measurement &m : readAll(q)) out.insert(m.indicatorId, m);
    return out;
}

std::vector<Measurement> MeasurementRepository::forYear(qint64 committeeId, int year) const
{
    return forYear(CommitteeIds{committeeId}, year);
}

std::vector<Measurement> MeasurementRepository::forYear(const CommitteeIds &committees, int year) const
{
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM measurement m JOIN indicator i ON i.id = m.indicator_id "
                                         "WHERE i.committee_id IN %2 AND i.year = ?")
                              .arg(QLatin1String(kMeasurementColumns), inList(committees)),
                          {year});
    return readAll(q);
}

std::vector<Measurement> MeasurementRepository::forIndicator(qint64 indicatorId) const
{
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM measurement m WHERE m.indicator_id = ? ORDER BY m.period")
                              .arg(QLatin1String(kMeasurementColumns)),
                          {indicatorId});
    return readAll(q);
}

std::vector<Measurement> MeasurementRepository::all() const
{
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM measurement m ORDER BY m.indicator_id, m.period")
                              .arg(QLatin1String(kMeasurementColumns)));
    return readAll(q);
}

} // namespace malkoll
