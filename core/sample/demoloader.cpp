#include "demoloader.h"

#include "store/activityrepository.h"
#include "store/auditlog.h"
#include "store/cityrepository.h"
#include "store/economyrepository.h"
#include "store/goalrepository.h"
#include "store/indicatorrepository.h"
#include "store/measurementrepository.h"
#include "store/organisationrepository.h"
#include "store/periodrepository.h"
#include "store/store.h"
#include "text/swedishnumber.h"
#include "text/targettext.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>
#include <set>

namespace malkoll {

namespace {

class Loader
{
public:
    explicit Loader(Store &store) : m_store(store) {}
    Result<void> run(const QJsonObject &root);
    DemoSummary summary;

private:
    Result<void> loadYear(int year, const QJsonArray &goals, bool isMainYear);
    Result<void> loadGoal(int year, const QJsonObject &g, qint64 parentId, int sortOrder, bool isMainYear);
    Result<void> loadIndicator(int year, const QJsonObject &o, const Goal &goal, int sortOrder, bool isMainYear);
    Result<void> loadActivity(int year, const QJsonObject &o, const Goal &goal, int sortOrder, bool isMainYear);
    Result<void> loadEconomy(int year, Period period, const QJsonObject &economy);
    Result<std::optional<double>> number(const QJsonObject &o, const char *key, const QString &where);
    Result<double> amount(const QJsonObject &o, const char *key, const QString &where);

    Store &m_store;
    qint64 m_committee = 0;
    QHash<QString, qint64> m_units;
    int m_mainYear = 0;
};

Result<std::optional<double>> Loader::number(const QJsonObject &o, const char *key, const QString &where)
{
    const QString text = o.value(QLatin1String(key)).toString();
    if (text.trimmed().isEmpty()) return std::optional<double>{};
    auto parsed = SwedishNumber::parse(text);
    if (!parsed) return fail(DemoLoader::tr("%1, field “%2”: %3").arg(where, QLatin1String(key), parsed.error()));
    return std::optional<double>(parsed->value);
}

Result<double> Loader::amount(const QJsonObject &o, const char *key, const QString &where)
{
    auto n = number(o, key, where);
    if (!n) return Error{n.error()};
    return n.value().value_or(0.0);
}

Result<void> Loader::run(const QJsonObject &root)
{
    if (root.value(QLatin1String("format")).toString() != QLatin1String("malkoll-demo/1"))
        return fail(DemoLoader::tr("The demo dataset has an unknown format (expected “malkoll-demo/1”)."));
    const QJsonObject c = root.value(QLatin1String("committee")).toObject();
    Committee committee{0, c.value(QLatin1String("name")).toString(), c.value(QLatin1String("shortName")).toString()};
    auto cid = OrganisationRepository(m_store).addCommittee(committee);
    if (!cid) return Error{cid.error()};
    m_committee = cid.value();
    summary.committeeId = m_committee;
    for (const QJsonValue &v : root.value(QLatin1String("units")).toArray()) {
        const QJsonObject u = v.toObject();
        Unit unit;
        unit.committeeId = m_committee;
        unit.name = u.value(QLatin1String("name")).toString();
        unit.number = u.value(QLatin1String("number")).toString();
        unit.resultUnit = u.value(QLatin1String("resultUnit")).toBool();
        auto id = OrganisationRepository(m_store).addUnit(unit);
        if (!id) return Error{id.error()};
        m_units.insert(unit.name, id.value());
    }
    m_mainYear = root.value(QLatin1String("year")).toInt();
    const QJsonArray goals = root.value(QLatin1String("goals")).toArray();

    // Which years have values: the main year plus every year of history in the dataset.
    std::set<int> years{m_mainYear};
    std::function<void(const QJsonArray &)> collect = [&](const QJsonArray &gs) {
        for (const QJsonValue &gv : gs) {
            const QJsonObject g = gv.toObject();
            for (const QJsonValue &iv : g.value(QLatin1String("indicators")).toArray())
                for (const QString &y : iv.toObject().value(QLatin1String("values")).toObject().keys())
                    years.insert(y.toInt());
            collect(g.value(QLatin1String("children")).toArray());
        }
    };
    collect(goals);
    for (int year : years)
        if (auto r = loadYear(year, goals, year == m_mainYear); !r) return r;
    summary.years = int(years.size());
    // The demo is a small city: its KF goals and KF-indikatorer are the city's, held once.
    for (int year : years)
        if (auto attached = CityRepository(m_store).attach(m_committee, year); !attached) return Error{attached.error()};

    const QJsonObject periods = root.value(QLatin1String("periods")).toObject();
    for (const QString &code : periods.keys()) {
        const auto period = periodFromCode(code);
        if (!period) return fail(DemoLoader::tr("periods: unknown period “%1”.").arg(code));
        const QJsonObject p = periods.value(code).toObject();
        PeriodInfo info;
        info.committeeId = m_committee;
        info.year = m_mainYear;
        info.period = *period;
        for (const QJsonValue &v : p.value(QLatin1String("proposals")).toArray()) info.proposals << v.toString();
        info.summary = p.value(QLatin1String("summary")).toString();
        if (auto r = PeriodRepository(m_store).saveTexts(info); !r) return r;
    }
    const QJsonObject economy = root.value(QLatin1String("economy")).toObject();
    for (const QString &code : economy.keys()) {
        const auto period = periodFromCode(code);
        if (!period) return fail(DemoLoader::tr("economy: unknown period “%1”.").arg(code));
        if (auto r = loadEconomy(m_mainYear, *period, economy.value(code).toObject()); !r) return r;
    }
    return AuditLog(m_store).record(QStringLiteral("committee"), m_committee, QStringLiteral("bulk"), {},
                                    DemoLoader::tr("demo data loaded: %1 indicators, %2 values")
                                        .arg(summary.indicators)
                                        .arg(summary.measurements));
}

Result<void> Loader::loadYear(int year, const QJsonArray &goals, bool isMainYear)
{
    int order = 0;
    for (const QJsonValue &g : goals)
        if (auto r = loadGoal(year, g.toObject(), 0, order++, isMainYear); !r) return r;
    return {};
}

Result<void> Loader::loadGoal(int year, const QJsonObject &o, qint64 parentId, int sortOrder, bool isMainYear)
{
    Goal g;
    g.committeeId = m_committee;
    g.year = year;
    g.parentId = parentId;
    g.level = GoalLevel(o.value(QLatin1String("level")).toInt(1));
    g.number = o.value(QLatin1String("number")).toString();
    g.title = o.value(QLatin1String("title")).toString();
    g.description = o.value(QLatin1String("description")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("expectedResults")).toArray()) g.expectedResults << v.toString();
    g.sortOrder = sortOrder;
    auto id = GoalRepository(m_store).add(g);
    if (!id) return fail(DemoLoader::tr("goal %1 (%2): %3").arg(g.number).arg(year).arg(id.error()));
    ++summary.goals;
    if (isMainYear) {
        const QJsonObject as = o.value(QLatin1String("assessments")).toObject();
        for (const QString &code : as.keys()) {
            const QJsonObject a = as.value(code).toObject();
            const auto period = periodFromCode(code);
            const auto value = assessmentFromText(a.value(QLatin1String("assessment")).toString());
            if (!period || !value)
                return fail(DemoLoader::tr("goal %1: cannot read the assessment for “%2”.").arg(g.number, code));
            GoalAssessment ga;
            ga.goalId = g.id;
            ga.period = *period;
            ga.assessment = *value;
            ga.analysis = a.value(QLatin1String("analysis")).toString();
            ga.author = QStringLiteral("Exempeldata");
            if (auto r = GoalRepository(m_store).setAssessment(ga); !r) return r;
        }
    }
    int order = 0;
    for (const QJsonValue &v : o.value(QLatin1String("indicators")).toArray())
        if (auto r = loadIndicator(year, v.toObject(), g, order++, isMainYear); !r) return r;
    order = 0;
    for (const QJsonValue &v : o.value(QLatin1String("activities")).toArray())
        if (auto r = loadActivity(year, v.toObject(), g, order++, isMainYear); !r) return r;
    order = 0;
    for (const QJsonValue &v : o.value(QLatin1String("children")).toArray())
        if (auto r = loadGoal(year, v.toObject(), g.id, order++, isMainYear); !r) return r;
    return {};
}

Result<void> Loader::loadIndicator(int year, const QJsonObject &o, const Goal &goal, int sortOrder, bool isMainYear)
{
    Indicator i;
    i.committeeId = m_committee;
    i.year = year;
    i.goalId = goal.id;
    i.name = o.value(QLatin1String("name")).toString();
    const QString where = DemoLoader::tr("indicator “%1” under goal %2").arg(i.name, goal.number);
    i.origin = o.value(QLatin1String("kind")).toString() == QLatin1String("KF") ? Origin::KF : Origin::Committee;
    i.unit = o.value(QLatin1String("unit")).toString();
    i.decimals = o.value(QLatin1String("decimals")).toInt();
    i.direction = directionFromCode(o.value(QLatin1String("direction")).toString());
    i.periodicity = o.value(QLatin1String("periodicity")).toString() == QLatin1String("year") ? Periodicity::Year
                                                                                               : Periodicity::Tertial;
    i.genderSplit = o.value(QLatin1String("genderSplit")).toBool();
    i.genderFlag = o.value(QLatin1String("genderFlag")).toBool();
    i.responsibleUnitId = m_units.value(o.value(QLatin1String("responsible")).toString());
    i.sortOrder = sortOrder;
    auto target = TargetText::parse(o.value(QLatin1String("target")).toString());
    if (!target) return fail(DemoLoader::tr("%1, Årsmål: %2").arg(where, target.error()));
    i.target = target.value();
    auto kf = TargetText::parse(o.value(QLatin1String("kfTarget")).toString());
    if (!kf) return fail(DemoLoader::tr("%1, KF:s årsmål: %2").arg(where, kf.error()));
    i.kfTarget = kf.value();
    auto id = IndicatorRepository(m_store).add(i);
    if (!id) return Error{id.error()};
    ++summary.indicators;

    if (isMainYear) {
        for (const QJsonValue &v : o.value(QLatin1String("targetChanges")).toArray()) {
            const QJsonObject c = v.toObject();
            TargetChange change;
            change.indicatorId = i.id;
            change.kf = c.value(QLatin1String("kf")).toBool();
            auto t = TargetText::parse(c.value(QLatin1String("target")).toString());
            if (!t) return fail(DemoLoader::tr("%1, årsmål change: %2").arg(where, t.error()));
            change.target = t.value();
            change.decided = QDate::fromString(c.value(QLatin1String("decided")).toString(), Qt::ISODate);
            change.fromPeriod = periodFromCode(c.value(QLatin1String("period")).toString()).value_or(Period::T1);
            change.reason = c.value(QLatin1String("reason")).toString();
            if (auto r = IndicatorRepository(m_store).addTargetChange(change); !r)
                return fail(DemoLoader::tr("%1: %2").arg(where, r.error()));
        }
    }
    const QJsonObject values = o.value(QLatin1String("values")).toObject().value(QString::number(year)).toObject();
    for (const QString &code : values.keys()) {
        const auto period = periodFromCode(code);
        if (!period) return fail(DemoLoader::tr("%1: unknown period “%2”.").arg(where, code));
        const QJsonObject v = values.value(code).toObject();
        const QString at = DemoLoader::tr("%1, %2 %3").arg(where).arg(year).arg(code);
        Measurement m;
        m.indicatorId = i.id;
        m.period = *period;
        auto outcome = number(v, "outcome", at);
        auto men = number(v, "men", at);
        auto women = number(v, "women", at);
        auto prognosis = number(v, "prognosis", at);
        for (const auto *r : {&outcome, &men, &women, &prognosis})
            if (!*r) return Error{r->error()};
        m.outcome = outcome.value();
        m.men = men.value();
        m.women = women.value();
        m.prognosis = prognosis.value();
        m.notReportedReason = v.value(QLatin1String("notReported")).toString();
        m.notReported = !m.notReportedReason.isEmpty();
        m.analysis = v.value(QLatin1String("analysis")).toString();
        if (m.isEmpty()) continue;
        if (auto r = MeasurementRepository(m_store).save(m); !r) return fail(DemoLoader::tr("%1: %2").arg(at, r.error()));
        ++summary.measurements;
    }
    return {};
}

Result<void> Loader::loadActivity(int year, const QJsonObject &o, const Goal &goal, int sortOrder, bool isMainYear)
{
    Activity a;
    a.committeeId = m_committee;
    a.year = year;
    a.goalId = goal.id;
    a.title = o.value(QLatin1String("title")).toString();
    a.origin = o.value(QLatin1String("kind")).toString() == QLatin1String("KF") ? Origin::KF : Origin::Committee;
    const int shift = year - m_mainYear; // earlier years repeat the plan's activities, dates moved with the year
    a.start = QDate::fromString(o.value(QLatin1String("start")).toString(), Qt::ISODate).addYears(shift);
    a.end = QDate::fromString(o.value(QLatin1String("end")).toString(), Qt::ISODate).addYears(shift);
    if (!a.start.isValid() || !a.end.isValid())
        return fail(DemoLoader::tr("activity “%1” under goal %2: Startdatum and Slutdatum must be dates (ÅÅÅÅ-MM-DD).")
                        .arg(a.title, goal.number));
    a.responsibleUnitId = m_units.value(o.value(QLatin1String("responsible")).toString());
    a.sortOrder = sortOrder;
    auto id = ActivityRepository(m_store).add(a);
    if (!id) return fail(DemoLoader::tr("goal %1: %2").arg(goal.number, id.error()));
    ++summary.activities;
    if (isMainYear) {
        const QJsonObject statuses = o.value(QLatin1String("status")).toObject();
        for (const QString &code : statuses.keys()) {
            const auto period = periodFromCode(code);
            const auto status = activityStatusFromCode(statuses.value(code).toString());
            if (!period || !status)
                return fail(DemoLoader::tr("activity “%1”: cannot read the status for “%2”.").arg(a.title, code));
            ActivityReport r;
            r.activityId = a.id;
            r.period = *period;
            r.status = *status;
            r.analysis = o.value(QLatin1String("analysis") + code).toString();
            if (auto s = ActivityRepository(m_store).saveReport(r); !s) return Error{s.error()};
        }
    } else {
        for (Period p : followUpPeriods) {
            ActivityReport r;
            r.activityId = a.id;
            r.period = p;
            r.status = p == Period::VB ? ActivityStatus::Completed : ActivityStatus::OnTrack;
            if (auto s = ActivityRepository(m_store).saveReport(r); !s) return Error{s.error()};
        }
    }
    return {};
}

Result<void> Loader::loadEconomy(int year, Period period, const QJsonObject &economy)
{
    EconomyRepository repo(m_store);
    int order = 0;
    std::function<Result<void>(const QJsonObject &, qint64)> addLine = [&](const QJsonObject &o,
                                                                           qint64 parent) -> Result<void> {
        BudgetLine l;
        l.committeeId = m_committee;
        l.year = year;
        l.period = period;
        l.parentId = parent;
        l.name = o.value(QLatin1String("name")).toString();
        l.sortOrder = order++;
        const QString where = DemoLoader::tr("economy, line “%1”").arg(l.name);
        for (auto [key, field] : {std::pair{"budget", &l.budget}, {"adjustments", &l.adjustments},
                                  {"performance", &l.performance}, {"forecastBefore", &l.forecastBefore},
                                  {"forecastAfter", &l.forecastAfter}}) {
            auto v = amount(o, key, where);
            if (!v) return Error{v.error()};
            *field = v.value();
        }
        auto id = repo.addBudgetLine(l);
        if (!id) return Error{id.error()};
        for (const QJsonValue &child : o.value(QLatin1String("varav")).toArray())
            if (auto r = addLine(child.toObject(), l.id); !r) return r;
        return {};
    };
    for (const QJsonValue &v : economy.value(QLatin1String("operating")).toArray())
        if (auto r = addLine(v.toObject(), 0); !r) return r;
    order = 0;
    for (const QJsonValue &v : economy.value(QLatin1String("resultUnits")).toArray()) {
        const QJsonObject o = v.toObject();
        ResultUnitLine l;
        l.committeeId = m_committee;
        l.year = year;
        l.period = period;
        l.name = o.value(QLatin1String("name")).toString();
        l.unitId = m_units.value(l.name);
        l.sortOrder = order++;
        const QString where = DemoLoader::tr("resultatenhet “%1”").arg(l.name);
        for (auto [key, field] :
             {std::pair{"grossBudget", &l.grossBudget}, {"carriedIn", &l.carriedIn}, {"result", &l.result}}) {
            auto x = amount(o, key, where);
            if (!x) return Error{x.error()};
            *field = x.value();
        }
        if (auto id = repo.addResultUnit(l); !id) return Error{id.error()};
    }
    order = 0;
    for (const QJsonValue &v : economy.value(QLatin1String("investments")).toArray()) {
        const QJsonObject o = v.toObject();
        InvestmentLine l;
        l.committeeId = m_committee;
        l.year = year;
        l.period = period;
        l.name = o.value(QLatin1String("name")).toString();
        l.sortOrder = order++;
        const QString where = DemoLoader::tr("investment “%1”").arg(l.name);
        for (auto [key, field] :
             {std::pair{"budget", &l.budget}, {"adjustments", &l.adjustments}, {"forecast", &l.forecast}}) {
            auto x = amount(o, key, where);
            if (!x) return Error{x.error()};
            *field = x.value();
        }
        if (auto id = repo.addInvestment(l); !id) return Error{id.error()};
    }
    return {};
}

} // namespace

QString DemoLoader::defaultDatasetPath() { return QStringLiteral(":/demo/kungsholmen.json"); }

Result<DemoSummary> DemoLoader::load(Store &store, const QString &datasetPath)
{
    QFile file(datasetPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the demo dataset “%1”: %2").arg(datasetPath, file.errorString()));
    return loadJson(store, file.readAll());
}

Result<DemoSummary> DemoLoader::loadJson(Store &store, const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        return fail(tr("The demo dataset is not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString()));
    Loader loader(store);
    BulkScope bulk(store);
    auto r = store.transaction([&]() { return loader.run(doc.object()); });
    if (!r) return Error{r.error()};
    return loader.summary;
}

} // namespace malkoll
