#include "cityview.h"

#include "calc/evaluator.h"
#include "round/reportround.h"
#include "store/cityrepository.h"
#include "store/koladarepository.h"
#include "store/organisationrepository.h"
#include "store/roundrepository.h"
#include "store/snapshotreader.h"
#include "store/store.h"
#include "text/labels.h"
#include "text/swedishnumber.h"
#include "text/targettext.h"

#include <QHash>
#include <algorithm>

namespace malkoll {

namespace {

QString cityNumber(const std::optional<double> &v, int decimals, Language language)
{
    if (!v) return {};
    if (language == Language::English) return QString::number(*v, 'f', std::clamp(decimals, 0, 6));
    return SwedishNumber::format(*v, decimals, {}, SwedishNumber::Style::Plain);
}

QString committeeLabel(const Committee &c) { return c.shortName.isEmpty() ? c.name : c.shortName; }

std::optional<double> medianOf(std::vector<double> values)
{
    if (values.empty()) return std::nullopt;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

} // namespace

Result<CityView> CityView::fromStore(Store &store, int year, Period period, const QDate &today)
{
    CityRepository city(store);
    CityView view;
    view.year = year;
    view.period = period;
    const std::vector<KfGoal> kfGoals = city.goals(year);
    if (kfGoals.empty()) return fail(tr("The store holds no KF structure of the city for %1.").arg(year));
    QHash<qint64, size_t> goalAt, indicatorAt;
    for (const KfGoal &g : kfGoals) {
        goalAt.insert(g.id, view.goals.size());
        view.goals.push_back({g, {}, 0, 0, 0, 0});
    }
    for (const KfIndicator &k : city.indicators(year)) {
        indicatorAt.insert(k.id, view.indicators.size());
        CityIndicator row;
        row.kf = k;
        if (goalAt.contains(k.goalId)) {
            const KfGoal &g = view.goals[goalAt.value(k.goalId)].kf;
            row.goal = g.number + u' ' + g.title;
        }
        view.indicators.push_back(row);
    }

    CommitteeIds ids;
    for (const Committee &c : OrganisationRepository(store).committees()) ids << c.id;
    auto snapshots = SnapshotReader(store).read(ids, year, period);
    if (!snapshots) return Error{snapshots.error()};
    // Every committee's links, round states and deadline at once: a handful of queries, not some per committee.
    const QHash<qint64, QHash<qint64, qint64>> allIndicatorLinks = city.indicatorLinks(year);
    const QHash<qint64, QHash<qint64, qint64>> allGoalLinks = city.goalLinks(year);
    RoundRepository rounds(store);
    const QHash<qint64, QHash<qint64, UnitRoundRecord>> allStates = rounds.states(year, period);
    const QHash<qint64, QDate> deadlines = rounds.deadlines(year, period);
    for (const YearSnapshot &s : snapshots.value()) {
        const QHash<qint64, qint64> indicatorLinks = allIndicatorLinks.value(s.committee.id);
        const QHash<qint64, qint64> goalLinks = allGoalLinks.value(s.committee.id);
        if (indicatorLinks.isEmpty() && goalLinks.isEmpty()) continue; // not a committee of the city's structure
        const QString name = committeeLabel(s.committee);
        const YearEvaluation ev = Evaluator::evaluate(s);
        for (const IndicatorEvaluation &ie : ev.indicators) {
            const auto link = indicatorLinks.constFind(ie.indicator->id);
            if (link == indicatorLinks.cend() || !indicatorAt.contains(*link)) continue;
            CityIndicator &row = view.indicators[indicatorAt.value(*link)];
            const auto stored = s.measurements.constFind(ie.indicator->id);
            const Measurement *m = stored == s.measurements.cend() ? nullptr : &stored.value();
            CityIndicatorEntry e;
            e.committeeId = s.committee.id;
            e.committee = name;
            e.outcome = ie.outcome;
            e.prognosis = period == Period::VB ? ie.outcome : ie.prognosis;
            if (m) {
                e.women = m->women;
                e.men = m->men;
            }
            e.notReported = ie.notReported;
            e.target = TargetText::format(ie.target, ie.indicator->decimals, ie.indicator->unit);
            e.kfTarget = TargetText::format(ie.kfTarget, ie.indicator->decimals, ie.indicator->unit);
            e.status = ie.expected;
            e.kfStatus = ie.prognosisKfStatus.status != IndicatorStatus::NotAssessable ? ie.prognosisKfStatus.status
                                                                                       : ie.outcomeKfStatus.status;
            if (e.status == IndicatorStatus::Met) ++row.meeting;
            row.entries.push_back(e);
        }
        for (const GoalEvaluation &ge : ev.goals) {
            const auto link = goalLinks.constFind(ge.goal->id);
            if (link == goalLinks.cend() || !goalAt.contains(*link)) continue;
            CityGoal &row = view.goals[goalAt.value(*link)];
            row.entries.push_back({s.committee.id, name, ge.assessment, ge.suggestion});
            switch (ge.assessment) {
            case Assessment::Full: ++row.full; break;
            case Assessment::Partly: ++row.partly; break;
            case Assessment::NotMet: ++row.notMet; break;
            default: ++row.notSet; break;
            }
        }
        CityRound r;
        r.committeeId = s.committee.id;
        r.committee = name;
        r.deadline = deadlines.value(s.committee.id);
        for (const UnitProgress &u : ReportRound::board(s, ev, allStates.value(s.committee.id), r.deadline, today)) {
            ++r.units;
            if (u.record.state == RoundState::Approved) ++r.approved;
            if (u.record.state == RoundState::Submitted) ++r.submitted;
            if (u.overdue) ++r.overdue;
        }
        view.rounds.push_back(r);
    }
    for (CityIndicator &row : view.indicators) {
        std::vector<double> outcomes;
        for (const CityIndicatorEntry &e : row.entries)
            if (e.outcome) outcomes.push_back(*e.outcome);
        if (outcomes.empty()) continue;
        row.lowest = *std::min_element(outcomes.begin(), outcomes.end());
        row.highest = *std::max_element(outcomes.begin(), outcomes.end());
        row.median = medianOf(outcomes);
    }
    return view;
}

std::vector<KoladaLine> CityView::trend(Store &store, const KfIndicator &indicator)
{
    std::vector<KoladaLine> lines;
    QHash<qint64, size_t> at;
    // Every year's row of the series that followed the city's KF-indikator of its year, by committee.
    auto q = store.exec(QStringLiteral("SELECT c.id, CASE WHEN c.short_name <> '' THEN c.short_name ELSE c.name END, i.year, m.outcome "
                                       "FROM indicator i JOIN kf_indicator k ON k.id = i.kf_indicator_id JOIN committee c ON c.id = "
                                       "i.committee_id JOIN measurement m ON m.indicator_id = i.id AND m.period = 'VB' WHERE "
                                       "k.series_key = ? AND m.outcome IS NOT NULL ORDER BY c.name, i.year"),
                        {indicator.seriesKey});
    while (q && q.value().next()) {
        const qint64 committee = q.value().value(0).toLongLong();
        if (!at.contains(committee)) {
            at.insert(committee, lines.size());
            lines.push_back({q.value().value(1).toString(), {}});
        }
        lines[at.value(committee)].points.push_back(QPointF(q.value().value(2).toInt(), q.value().value(3).toDouble()));
    }
    int first = 9999, last = 0;
    for (const KoladaLine &l : lines)
        for (const QPointF &p : l.points) {
            first = std::min(first, int(p.x()));
            last = std::max(last, int(p.x()));
        }
    KoladaRepository kolada(store);
    auto links = store.exec(QStringLiteral("SELECT DISTINCT committee_id FROM kolada_link WHERE series_key = ?"), {indicator.seriesKey});
    while (links && links.value().next() && first <= last) {
        const auto link = kolada.link(links.value().value(0).toLongLong(), indicator.seriesKey);
        if (!link || !link->municipalities.contains(QStringLiteral("0180"))) continue;
        for (KoladaLine l : kolada.lines(*link, false, first, last)) {
            if (l.name != Kolada::areaName(QStringLiteral("municipality"), QStringLiteral("0180"))) continue;
            for (QPointF &p : l.points) p.setX(p.x() - 1.0); // lines() puts a year at its end; here x is the year
            l.name = tr("Stockholm (Kolada)");
            lines.push_back(l);
            return lines;
        }
    }
    return lines;
}

std::vector<ReportTable> CityView::tables(Language language) const
{
    const bool sv = language == Language::Swedish;
    const auto status = [&](IndicatorStatus s) { return s == IndicatorStatus::NotAssessable ? QString() : labels::status(s, language); };
    std::vector<ReportTable> out;

    ReportTable ind;
    ind.title = sv ? QStringLiteral("KF-indikatorer") : QStringLiteral("KF indicators");
    ind.header = sv ? QStringList{"Mål", "Indikator", "Nämnd", "Utfall", "Kvinnor", "Män", "Prognos helår", "Årsmål", "KF:s årsmål",
                                  "Status", "Status mot KF:s årsmål"}
                    : QStringList{"Goal", "Indicator", "Committee", "Outcome", "Women", "Men", "Full-year forecast",
                                  "Annual target", "KF annual target", "Status", "Status against KF's target"};
    ReportTable spread;
    spread.title = sv ? QStringLiteral("KF-indikatorer, nämnderna samman") : QStringLiteral("KF indicators, committees together");
    spread.header = sv ? QStringList{"Mål", "Indikator", "KF:s årsmål", "Nämnder", "Når årsmålet", "Lägst", "Median", "Högst"}
                       : QStringList{"Goal", "Indicator", "KF annual target", "Committees", "Meeting the target", "Lowest",
                                     "Median", "Highest"};
    spread.unitless = {3, 4};
    for (const CityIndicator &row : indicators) {
        const int d = row.kf.decimals;
        for (const CityIndicatorEntry &e : row.entries)
            ind.rows.push_back({row.goal, row.kf.name, e.committee,
                                e.notReported ? (sv ? QStringLiteral("Redovisas inte") : QStringLiteral("Not reported"))
                                              : cityNumber(e.outcome, d, language),
                                cityNumber(e.women, d, language), cityNumber(e.men, d, language), cityNumber(e.prognosis, d, language),
                                e.target, e.kfTarget, status(e.status), status(e.kfStatus)});
        // KF:s årsmål in force at the period (a KF decision during the year included), as every committee has it.
        const QString inForce = row.entries.empty() ? TargetText::format(row.kf.kfTarget, d, row.kf.unit) : row.entries.front().kfTarget;
        spread.rows.push_back({row.goal, row.kf.name, inForce,
                               QString::number(row.entries.size()), QString::number(row.meeting), cityNumber(row.lowest, d, language),
                               cityNumber(row.median, d, language), cityNumber(row.highest, d, language)});
    }
    out.push_back(ind);
    out.push_back(spread);

    ReportTable goal;
    goal.title = sv ? QStringLiteral("KF-mål") : QStringLiteral("KF goals");
    goal.header = sv ? QStringList{"Mål", "Nämnd", "Bedömning", "Förslag"} : QStringList{"Goal", "Committee", "Assessment", "Suggestion"};
    ReportTable counts;
    counts.title = sv ? QStringLiteral("KF-mål, nämnderna samman") : QStringLiteral("KF goals, committees together");
    counts.header = sv ? QStringList{"Mål", "Uppfylls helt", "Uppfylls delvis", "Uppfylls inte", "Ej bedömt"}
                       : QStringList{"Goal", "Fully met", "Partly met", "Not met", "Not assessed"};
    counts.unitless = {1, 2, 3, 4};
    for (const CityGoal &g : goals) {
        const QString title = g.kf.number + u' ' + g.kf.title;
        for (const CityGoalEntry &e : g.entries)
            goal.rows.push_back({title, e.committee, labels::assessment(e.assessment, language), labels::assessment(e.suggestion, language)});
        counts.rows.push_back({title, QString::number(g.full), QString::number(g.partly), QString::number(g.notMet), QString::number(g.notSet)});
    }
    out.push_back(goal);
    out.push_back(counts);

    ReportTable round;
    round.title = sv ? QStringLiteral("Inlämning") : QStringLiteral("Submission");
    round.header = sv ? QStringList{"Nämnd", "Godkända enheter", "Klara för granskning", "Enheter", "Sista dag", "Försenade"}
                      : QStringList{"Committee", "Units approved", "Ready for review", "Units", "Deadline", "Overdue"};
    round.unitless = {1, 2, 3, 5};
    for (const CityRound &r : rounds)
        round.rows.push_back({r.committee, QString::number(r.approved), QString::number(r.submitted), QString::number(r.units),
                              r.deadline.isValid() ? r.deadline.toString(Qt::ISODate) : QString(), QString::number(r.overdue)});
    out.push_back(round);
    return out;
}

} // namespace malkoll
