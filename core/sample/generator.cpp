#include "generator.h"

#include "store/activityrepository.h"
#include "store/auditlog.h"
#include "store/cityrepository.h"
#include "store/economyrepository.h"
#include "store/goalrepository.h"
#include "store/indicatorrepository.h"
#include "store/measurementrepository.h"
#include "store/organisationrepository.h"
#include "store/store.h"

#include <QStringList>
#include <cmath>
#include <random>

namespace malkoll {

namespace {
const char *const kDistricts[] = {"Kungsholmen", "Norrmalm", "Östermalm", "Södermalm", "Enskede-Årsta-Vantör",
                                  "Farsta", "Skärholmen", "Hägersten-Älvsjö", "Bromma", "Spånga-Tensta",
                                  "Hässelby-Vällingby", "Rinkeby-Kista", "Skarpnäck", "Älvsjö", "Liljeholmen"};
const char *const kUnits[] = {"Administration", "Individ- och familjeomsorg", "Förskola", "Äldreomsorg",
                              "Stöd och service", "Stadsmiljö", "Kultur och fritid", "Arbetsmarknad",
                              "Ekonomiskt bistånd", "Hemtjänst"};
const char *const kSubjects[] = {"nöjda brukare", "barn i förskola", "legitimerade förskollärare", "sjukfrånvaro",
                                 "ungdomar med feriejobb", "personer i arbete", "ekologiska livsmedel",
                                 "trygghet i stadsdelen", "väntetid till särskilt boende", "barn per grupp",
                                 "hushåll med ekonomiskt bistånd", "deltagare i aktiviteter", "energianvändning",
                                 "medarbetarindex", "besök på fritidsgårdar"};

// One indicator series: the same indicator every year, with its character.
struct Series
{
    QString name;
    QString unit;
    int decimals = 0;
    Direction direction = Direction::HigherIsBetter;
    Periodicity periodicity = Periodicity::Tertial;
    bool cumulative = false;
    bool genderSplit = false;
    double level = 50;   // VB outcome in the first year
    double drift = 0.5;  // per year
    TargetKind kind = TargetKind::Value;
    TargetKind kfKind = TargetKind::Value;
    Origin origin = Origin::Committee;
    int goalSlot = 0; // which goal of the year it hangs under
};

class Builder
{
public:
    Builder(Store &store, const Generator::Options &o) : m_store(store), m_o(o), m_rng(o.seed) {}
    Result<Generator::Summary> run();

private:
    double uniform(double a, double b) { return std::uniform_real_distribution<double>(a, b)(m_rng); }
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    bool chance(double p) { return uniform(0, 1) < p; }
    double round(double v, int decimals)
    {
        const double s = std::pow(10.0, decimals);
        return std::round(v * s) / s;
    }
    Series makeSeries(int index, int goalSlots);
    Target makeTarget(TargetKind kind, const Series &s, double expected, int year);
    Result<void> committee(int c);

    Store &m_store;
    Generator::Options m_o;
    std::mt19937 m_rng;
    Generator::Summary m_summary;
    // KF's series and KF:s årsmål, the same for every committee (the city's KF structure).
    std::map<int, Series> m_kfSeries;
    std::map<std::pair<int, int>, Target> m_kfTargets; // (series, year) → KF:s årsmål
};

Series Builder::makeSeries(int index, int goalSlots)
{
    Series s;
    const int subject = index % int(std::size(kSubjects));
    const double r = uniform(0, 1);
    s.direction = r < 0.68 ? Direction::HigherIsBetter : r < 0.95 ? Direction::LowerIsBetter : Direction::None;
    const double u = uniform(0, 1);
    if (u < 0.55) {
        s.unit = QStringLiteral("%");
        s.decimals = 1;
        s.level = uniform(20, 90);
    } else if (u < 0.8) {
        s.unit = QStringLiteral("st");
        s.level = uniform(50, 1500);
        s.cumulative = chance(0.3);
    } else if (u < 0.9) {
        s.unit = QStringLiteral("dagar");
        s.level = uniform(5, 90);
    } else {
        s.unit = QString();
        s.decimals = 1;
        s.level = uniform(3, 20);
    }
    s.name = QStringLiteral("Andel/antal %1 (%2)").arg(QString::fromUtf8(kSubjects[subject])).arg(index + 1);
    s.periodicity = chance(0.3) && !s.cumulative ? Periodicity::Year : Periodicity::Tertial;
    s.genderSplit = chance(0.3);
    s.drift = s.level * uniform(-0.03, 0.04);
    s.origin = index % 5 < 2 ? Origin::KF : Origin::Committee;
    const double k = uniform(0, 1);
    s.kind = k < 0.62   ? TargetKind::Value
             : k < 0.72 ? TargetKind::Increase
             : k < 0.78 ? TargetKind::Decrease
             : k < 0.83 ? TargetKind::AtMost
             : k < 0.88 ? TargetKind::AtLeast
             : k < 0.91 ? TargetKind::Band
             : k < 0.93 ? TargetKind::RelativeToBaseline
             : k < 0.97 ? TargetKind::SetLater
                        : TargetKind::None;
    const double kk = uniform(0, 1);
    s.kfKind = s.origin == Origin::Committee ? TargetKind::None
               : kk < 0.6                    ? TargetKind::Value
               : kk < 0.75                   ? TargetKind::SetByCommittee
               : kk < 0.85                   ? TargetKind::Increase
               : kk < 0.92                   ? TargetKind::SetLater
                                             : TargetKind::Decrease;
    s.goalSlot = pick(goalSlots);
    return s;
}

Target Builder::makeTarget(TargetKind kind, const Series &s, double expected, int year)
{
    Target t;
    t.kind = kind;
    const double aim = expected * (s.direction == Direction::LowerIsBetter ? uniform(0.9, 1.04) : uniform(0.96, 1.1));
    switch (kind) {
    case TargetKind::Value:
    case TargetKind::AtMost:
    case TargetKind::AtLeast: t.value = round(aim, s.decimals); break;
    case TargetKind::Band:
        t.value = 1;
        t.value2 = 0;
        break;
    case TargetKind::RelativeToBaseline:
        t.value = 2;
        t.year = year - 5;
        break;
    case TargetKind::SetLater: t.year = year; break;
    default: break;
    }
    const QString num = QString::number(t.value).replace(QLatin1Char('.'), QLatin1Char(','));
    switch (kind) {
    case TargetKind::None: break;
    case TargetKind::Value: t.text = s.unit.isEmpty() ? num : num + QLatin1Char(' ') + s.unit; break;
    case TargetKind::Increase: t.text = QStringLiteral("Öka"); break;
    case TargetKind::Decrease: t.text = QStringLiteral("Minska"); break;
    case TargetKind::AtMost: t.text = QStringLiteral("Max %1 %2").arg(num, s.unit).trimmed(); break;
    case TargetKind::AtLeast: t.text = QStringLiteral("Minst %1 %2").arg(num, s.unit).trimmed(); break;
    case TargetKind::Band: t.text = QStringLiteral("+/- 1 %"); break;
    case TargetKind::RelativeToBaseline: t.text = QStringLiteral("2 % relativt %1").arg(t.year); break;
    case TargetKind::SetByCommittee: t.text = QStringLiteral("Tas fram av nämnd"); break;
    case TargetKind::SetLater: t.text = QStringLiteral("Fastställs %1").arg(year); break;
    }
    return t;
}

Result<void> Builder::committee(int c)
{
    const QString district = QString::fromUtf8(kDistricts[c % int(std::size(kDistricts))]);
    Committee committee;
    committee.shortName = c < int(std::size(kDistricts)) ? district : QStringLiteral("%1 %2").arg(district).arg(c + 1);
    committee.name = committee.shortName + QStringLiteral("s stadsdelsnämnd");
    if (auto r = OrganisationRepository(m_store).addCommittee(committee); !r) return Error{r.error()};
    std::vector<qint64> units;
    for (const char *name : kUnits) {
        Unit u;
        u.committeeId = committee.id;
        u.name = QString::fromUtf8(name);
        u.resultUnit = chance(0.4);
        if (auto r = OrganisationRepository(m_store).addUnit(u); !r) return Error{r.error()};
        units.push_back(u.id);
    }
    // 3 inriktningsmål × 5 verksamhetsområdesmål × 2 nämndmål; indicators and activities hang on
    // levels 2 and 3 (the 45 goal goalSlotCount).
    constexpr int kAreas = 5, kOwn = 2;
    const int goalSlotCount = 3 * kAreas * (1 + kOwn);
    std::vector<Series> series;
    for (int i = 0; i < m_o.indicatorsPerYear; ++i) {
        Series s = makeSeries(i, goalSlotCount);
        if (s.origin == Origin::KF) {
            s.goalSlot -= s.goalSlot % (1 + kOwn); // a KF-indikator hangs on a KF goal, not a nämndmål
            s = m_kfSeries.emplace(i, s).first->second;
        }
        series.push_back(s);
    }
    std::vector<std::pair<int, QString>> activityTitles;
    for (int i = 0; i < m_o.activitiesPerYear; ++i)
        activityTitles.emplace_back(pick(goalSlotCount), QStringLiteral("Aktivitet %1: utveckla arbetet med %2")
                                                     .arg(i + 1)
                                                     .arg(QString::fromUtf8(kSubjects[pick(int(std::size(kSubjects)))])));

    const int firstYear = m_o.lastYear - m_o.years + 1;
    for (int year = firstYear; year <= m_o.lastYear; ++year) {
        std::vector<qint64> slotGoals;
        std::vector<GoalAssessment> assessments;
        int sort = 0;
        auto assess = [&](qint64 goalId) {
            for (Period p : followUpPeriods) {
                const double r = uniform(0, 1);
                const Assessment a = r < 0.65 ? Assessment::Full : r < 0.92 ? Assessment::Partly : Assessment::NotMet;
                assessments.push_back({goalId, p, 0, a, QStringLiteral("Genererad bedömning."), {}, {}});
            }
        };
        for (int d = 1; d <= 3; ++d) {
            Goal dir{0, committee.id, year, 0, GoalLevel::Direction, QString::number(d),
                     QStringLiteral("Inriktningsmål %1").arg(d), {}, {}, 0, sort++};
            if (auto r = GoalRepository(m_store).add(dir); !r) return Error{r.error()};
            assess(dir.id);
            for (int a = 1; a <= kAreas; ++a) {
                Goal area{0, committee.id, year, dir.id, GoalLevel::KfArea, QStringLiteral("%1.%2").arg(d).arg(a),
                          QStringLiteral("Mål för verksamhetsområdet %1.%2").arg(d).arg(a), {}, {}, 0, sort++};
                if (auto r = GoalRepository(m_store).add(area); !r) return Error{r.error()};
                assess(area.id);
                slotGoals.push_back(area.id);
                for (int n = 1; n <= kOwn; ++n) {
                    Goal own{0, committee.id, year, area.id, GoalLevel::Committee,
                             QStringLiteral("%1.%2.%3").arg(d).arg(a).arg(n),
                             QStringLiteral("Nämndmål %1.%2.%3").arg(d).arg(a).arg(n), {},
                             {QStringLiteral("Förväntat resultat")}, 0, sort++};
                    if (auto r = GoalRepository(m_store).add(own); !r) return Error{r.error()};
                    assess(own.id);
                    slotGoals.push_back(own.id);
                }
            }
        }
        m_summary.goals += sort;
        if (auto r = GoalRepository(m_store).insertAssessmentsBulk(assessments); !r) return r;

        std::vector<Measurement> values;
        for (size_t i = 0; i < series.size(); ++i) {
            const Series &s = series[i];
            const double expected = std::max(0.0, s.level + s.drift * (year - firstYear));
            Indicator ind;
            ind.committeeId = committee.id;
            ind.year = year;
            ind.goalId = slotGoals[size_t(s.goalSlot)];
            ind.origin = s.origin;
            ind.name = s.name;
            ind.unit = s.unit;
            ind.decimals = s.decimals;
            ind.direction = s.direction;
            ind.periodicity = s.periodicity;
            ind.genderSplit = s.genderSplit;
            ind.responsibleUnitId = units[i % units.size()];
            ind.sortOrder = int(i);
            ind.target = makeTarget(s.kind, s, expected, year);
            ind.kfTarget = makeTarget(s.kfKind, s, expected, year);
            if (s.origin == Origin::KF) ind.kfTarget = m_kfTargets.emplace(std::make_pair(int(i), year), ind.kfTarget).first->second;
            if (auto r = IndicatorRepository(m_store).add(ind); !r) return Error{r.error()};
            ++m_summary.indicators;
            const double yearValue = expected * uniform(0.92, 1.08);
            for (Period p : followUpPeriods) {
                if (s.periodicity == Periodicity::Year && p != Period::VB) continue;
                if (chance(0.03)) continue; // not entered
                Measurement m;
                m.indicatorId = ind.id;
                m.period = p;
                if (chance(0.01)) {
                    m.notReported = true;
                    m.notReportedReason = QStringLiteral("Mätningen genomfördes inte");
                } else {
                    const double share = s.cumulative ? periodMonths(p) / 12.0 * uniform(0.85, 1.1) : 1.0;
                    const double v = round(yearValue * std::min(share, 1.0) * uniform(0.97, 1.03), s.decimals);
                    m.outcome = v;
                    if (s.genderSplit) {
                        m.women = round(v * uniform(1.0, 1.1), s.decimals);
                        m.men = round(v * uniform(0.9, 1.0), s.decimals);
                    }
                    if (p != Period::VB) m.prognosis = round(yearValue * uniform(0.97, 1.03), s.decimals);
                    if (chance(0.4)) m.analysis = QStringLiteral("Genererad analys av utfallet.");
                }
                values.push_back(m);
            }
        }
        m_summary.measurements += int(values.size());
        if (auto r = MeasurementRepository(m_store).insertBulk(values); !r) return r;

        std::vector<ActivityReport> reports;
        for (size_t i = 0; i < activityTitles.size(); ++i) {
            Activity a;
            a.committeeId = committee.id;
            a.year = year;
            a.goalId = slotGoals[size_t(activityTitles[i].first)];
            a.origin = i % 4 == 0 ? Origin::KF : Origin::Committee;
            a.title = activityTitles[i].second;
            a.start = QDate(year, 1, 1);
            a.end = chance(0.2) ? QDate(year, 6, 30) : QDate(year, 12, 31);
            a.responsibleUnitId = units[i % units.size()];
            a.sortOrder = int(i);
            if (auto r = ActivityRepository(m_store).add(a); !r) return Error{r.error()};
            ++m_summary.activities;
            for (Period p : followUpPeriods) {
                const double r = uniform(0, 1);
                ActivityStatus status = r < 0.75 ? ActivityStatus::OnTrack
                                        : r < 0.85 ? ActivityStatus::Completed
                                        : r < 0.95 ? ActivityStatus::Delayed
                                                   : ActivityStatus::Postponed;
                if (p == Period::VB && status == ActivityStatus::OnTrack) status = ActivityStatus::Completed;
                reports.push_back({a.id, p, status,
                                   isDeviation(status) ? QStringLiteral("Genererad analys av avvikelsen.") : QString(),
                                   {}, {}, 1});
            }
        }
        if (auto r = ActivityRepository(m_store).insertReportsBulk(reports); !r) return r;

        EconomyRepository economy(m_store);
        for (Period p : followUpPeriods) {
            for (int u = 0; u < 6; ++u) {
                BudgetLine l;
                l.committeeId = committee.id;
                l.year = year;
                l.period = p;
                l.name = QString::fromUtf8(kUnits[u]);
                l.sortOrder = u;
                l.budget = round(uniform(20, 600), 1);
                l.forecastBefore = round(l.budget * uniform(0.97, 1.03), 1);
                l.forecastAfter = l.forecastBefore;
                if (auto r = economy.addBudgetLine(l); !r) return Error{r.error()};
            }
        }
    }
    // The committee's plan of each year refers to the city's KF structure (the first committee's becomes it).
    for (int year = firstYear; year <= m_o.lastYear; ++year)
        if (auto attached = CityRepository(m_store).attach(committee.id, year); !attached) return Error{attached.error()};
    ++m_summary.committees;
    return {};
}

Result<Generator::Summary> Builder::run()
{
    BulkScope bulk(m_store);
    auto r = m_store.transaction([&]() -> Result<void> {
        for (int c = 0; c < m_o.committees; ++c)
            if (auto x = committee(c); !x) return x;
        return AuditLog(m_store).record(
            QStringLiteral("store"), 0, QStringLiteral("generated"), {},
            QStringLiteral("%1 committees × %2 years, seed %3").arg(m_o.committees).arg(m_o.years).arg(m_o.seed));
    });
    if (!r) return Error{r.error()};
    return m_summary;
}
} // namespace

Result<Generator::Summary> Generator::generate(Store &store, const Options &options)
{
    if (options.committees < 1 || options.committees > 1000)
        return fail(tr("--committees must be between 1 and 1000, not %1.").arg(options.committees));
    if (options.years < 1 || options.years > 50)
        return fail(tr("--years must be between 1 and 50, not %1.").arg(options.years));
    return Builder(store, options).run();
}

} // namespace malkoll
