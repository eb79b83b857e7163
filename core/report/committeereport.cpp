#include "committeereport.h"

#include "calc/findings.h"

#include "round/reportround.h"

#include "calc/economy.h"
#include "store/economyrepository.h"
#include "store/goalrepository.h"
#include "store/koladarepository.h"
#include "store/sectionrepository.h"
#include "store/snapshotreader.h"
#include "store/store.h"
#include "text/swedishnumber.h"
#include "text/targettext.h"
#include "text/labels.h"

#include <algorithm>
#include <map>
#include <set>

namespace malkoll {

namespace {
QString headingFor(const Goal &g)
{
    switch (g.level) {
    case GoalLevel::Direction: return QStringLiteral("KF:s inriktningsmål: %1. %2").arg(g.number, g.title);
    case GoalLevel::KfArea: return QStringLiteral("KF:s mål för verksamhetsområdet: %1 %2").arg(g.number, g.title);
    case GoalLevel::Committee: return QStringLiteral("Nämndmål: %1 %2").arg(g.number, g.title);
    case GoalLevel::Unit: return QStringLiteral("Enhetens mål: %1 %2").arg(g.number, g.title);
    }
    return {};
}

TrendSeries trendOf(const YearSnapshot &s, const Indicator &ind, const IndicatorEvaluation &e)
{
    TrendSeries t;
    t.name = ind.name;
    t.unit = ind.unit;
    t.decimals = ind.decimals;
    auto add = [&](int year, Period p, const std::optional<double> &v) {
        if (!v || p == Period::VP) return;
        const QPointF point(year + periodMonths(p) / 12.0, *v);
        t.outcomes.push_back(point);
        if (p == Period::VB) t.vbOutcomes.push_back(point);
        t.firstYear = t.firstYear ? std::min(t.firstYear, year) : year;
        t.lastYear = std::max(t.lastYear, year);
    };
    if (const auto h = s.history.constFind(ind.id); h != s.history.cend())
        for (const HistoryPoint &p : *h) add(p.year, p.period, p.outcome);
    if (const auto all = s.allPeriods.constFind(ind.id); all != s.allPeriods.cend())
        for (const auto &[period, m] : *all)
            if (int(period) <= int(s.period)) add(s.year, period, m.outcome);
    t.lastYear = std::max(t.lastYear, s.year);
    if (!t.firstYear) t.firstYear = s.year;
    if (e.target.kind == TargetKind::Value || e.target.kind == TargetKind::AtMost || e.target.kind == TargetKind::AtLeast)
        t.target = e.target.value;
    if (e.kfTarget.kind == TargetKind::Value || e.kfTarget.kind == TargetKind::AtMost || e.kfTarget.kind == TargetKind::AtLeast)
        t.kfTarget = e.kfTarget.value;
    if (e.prognosis && s.period != Period::VB) t.prognosis = QPointF(s.year + 1.0, *e.prognosis);
    return t;
}

QString mnkr(double v) { return SwedishNumber::format(EconomyCalc::roundMnkr(v), 1); }

// An area's name, or "varav …" for a line that is part of the one above it.
QString areaName(const BudgetLine &l)
{
    return l.parentId ? QStringLiteral("varav ") + QString(l.name).remove(QStringLiteral("varav ")) : l.name;
}

// The verksamhetsplan: every goal with its beskrivning and förväntat resultat, indicator tables
// Indikator | Årsmål | KF:s årsmål | Periodicitet, activities with their dates, the budget per
// verksamhetsområde.
void buildPlan(CommitteeReport &r, const YearSnapshot &s, const std::vector<BudgetLine> &budget)
{
    for (const Goal &top : s.goals) {
        if (top.level != GoalLevel::Direction) continue;
        for (const Goal *g : s.subtree(top.id)) {
            ReportGoalSection section;
            section.goal = *g;
            section.heading = headingFor(*g);
            for (const Indicator *ind : s.indicatorsOf(g->id)) {
                ReportIndicatorRow row;
                row.indicatorId = ind->id;
                row.genderFlag = ind->genderFlag;
                row.cells = {ind->name, TargetText::format(ind->target, ind->decimals, ind->unit),
                             TargetText::format(ind->kfTarget, ind->decimals, ind->unit),
                             ind->periodicity == Periodicity::Year ? QStringLiteral("År") : QStringLiteral("Tertial")};
                section.indicators.push_back(row);
            }
            for (const Activity *a : s.activitiesOf(g->id)) {
                ReportActivityRow row;
                row.cells = {a->title, a->start.toString(Qt::ISODate), a->end.toString(Qt::ISODate), QString()};
                section.activities.push_back(row);
            }
            r.goals.push_back(section);
        }
    }
    r.economy.title = QStringLiteral("Budget %1 per verksamhetsområde (mnkr netto)").arg(s.year);
    r.economy.header = {QStringLiteral("Verksamhetsområde"), QStringLiteral("Budget %1").arg(s.year)};
    for (const BudgetLine &l : budget) r.economy.rows.push_back({areaName(l), mnkr(l.budget)});
    if (!budget.empty()) r.economy.rows.push_back({QStringLiteral("Totalt"), mnkr(EconomyCalc::totals(budget).budget)});
}

QString count(int n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QString::fromUtf8(n == 1 ? one : many));
}
} // namespace

Result<CommitteeReport> CommitteeReport::fromStore(Store &store, qint64 committeeId, int year, Period period,
                                                   const Options &options)
{
    auto snapshot = SnapshotReader(store).read(committeeId, year, period);
    if (!snapshot) return Error{snapshot.error()};
    QHash<qint64, GoalAssessment> unitAssessments;
    if (options.unitId)
        for (const GoalAssessment &a : GoalRepository(store).assessments(committeeId, year, period))
            if (a.unitId == options.unitId) unitAssessments.insert(a.goalId, a);
    const YearEvaluation ev = Evaluator::evaluate(snapshot.value());
    EconomyRepository economy(store);
    CommitteeReport r = build(snapshot.value(), ev, economy.budgetLines(committeeId, year, period),
                 economy.resultUnits(committeeId, year, period), economy.investments(committeeId, year, period), options,
                 unitAssessments);
    const PeriodInfo &block = snapshot->periodInfo;
    r.handlaggare = block.handlaggare.isEmpty() ? store.user() : block.handlaggare;
    r.phone = block.phone;
    if (options.charts) { // Kolada's series beside the committee's own, where an indicator is linked
        KoladaRepository kolada(store);
        const auto links = kolada.links(committeeId);
        for (ReportGoalSection &g : r.goals)
            for (ReportIndicatorRow &row : g.indicators) {
                const Indicator *ind = snapshot->indicator(row.indicatorId);
                if (!ind) continue;
                for (const KoladaLink &l : links)
                    if (l.seriesKey == ind->seriesKey)
                        row.trend.kolada = kolada.lines(l, ind->genderSplit, row.trend.firstYear, row.trend.lastYear);
            }
    }
    if (!options.unitId) r.sections = SectionRepository(store).sections(committeeId, year, period); // the committee's own words
    // A committee that runs the reporting round (a unit has submitted, or a deadline is set) sees
    // a draft as long as any unit's part is not approved.
    RoundRepository round(store);
    if (!round.states(committeeId, year, period).isEmpty() || round.deadline(committeeId, year, period).isValid()) {
        const auto progress = ReportRound::board(snapshot.value(), ev, round.states(committeeId, year, period), {}, {});
        QStringList waiting;
        for (const UnitProgress &p : progress)
            if (p.record.state != RoundState::Approved) waiting << p.unitName;
        if (!waiting.isEmpty())
            r.draftWarning = QStringLiteral("Utkast: %1 av %2 enheter är ännu inte godkända i inlämningen (%3).")
                                 .arg(waiting.size())
                                 .arg(progress.size())
                                 .arg(waiting.join(QStringLiteral(", ")));
    }
    // A figure quoted in an analysis that the tables do not bear out is not for the committee yet.
    QStringList quoted;
    for (const Finding &f : ev.findings)
        if (f.kind == FindingKind::QuotedFigure) quoted << f.inReport;
    if (!quoted.isEmpty()) {
        if (!r.draftWarning.isEmpty()) r.draftWarning += u' ';
        r.draftWarning += QStringLiteral("Utkast: %1 i analyserna stämmer inte med tabellerna: %2.")
                              .arg(quoted.size() == 1 ? QStringLiteral("1 siffra") : QStringLiteral("%1 siffror").arg(quoted.size()))
                              .arg(quoted.mid(0, 3).join(QStringLiteral("; ")) + (quoted.size() > 3 ? QStringLiteral("; …") : QString()));
    }
    return r;
}

CommitteeReport CommitteeReport::build(const YearSnapshot &s, const YearEvaluation &ev,
                                       const std::vector<BudgetLine> &budget, const std::vector<ResultUnitLine> &units,
                                       const std::vector<InvestmentLine> &investments, const Options &options,
                                       const QHash<qint64, GoalAssessment> &unitAssessments)
{
    CommitteeReport r;
    r.committee = s.committee.name;
    r.title = periodTitle(s.period);
    r.year = s.year;
    r.period = s.period;
    r.date = s.periodInfo.documentDate.isValid() ? s.periodInfo.documentDate : QDate::currentDate();
    r.proposals = s.periodInfo.proposals;
    r.summary = s.periodInfo.summary;
    r.charts = options.charts;
    if (options.unitId)
        if (const Unit *u = s.unit(options.unitId)) r.unitName = u->name;
    r.plan = s.period == Period::VP;
    if (r.plan) {
        r.indicatorHeader = {QStringLiteral("Indikator"), QStringLiteral("Årsmål"), QStringLiteral("KF:s årsmål"),
                             QStringLiteral("Periodicitet")};
        r.activityHeader = {QStringLiteral("Aktivitet"), QStringLiteral("Startdatum"), QStringLiteral("Slutdatum")};
        buildPlan(r, s, budget);
        return r;
    }
    r.indicatorHeader = {QStringLiteral("Indikator"), QStringLiteral("Periodens utfall"),
                         QStringLiteral("Utfall män/ pojkar"), QStringLiteral("Utfall kvinnor/ flickor"),
                         QStringLiteral("Utfall VB %1").arg(s.year - 1), QStringLiteral("Prognos helår"),
                         QStringLiteral("Årsmål"), QStringLiteral("KF:s årsmål"), QStringLiteral("Period"),
                         QStringLiteral("Bedömning")};
    r.activityHeader = {QStringLiteral("Aktivitet"), QStringLiteral("Startdatum"), QStringLiteral("Slutdatum"),
                        QStringLiteral("Avvikelse")};

    const bool unitReport = options.unitId != 0;
    const QDate end = Evaluator::periodEnd(s.year, s.period);
    std::vector<std::pair<double, ReportIndicatorRow>> notMet;
    int kfTotal = 0, kfMet = 0, ownTotal = 0, ownMet = 0, activities = 0, deviating = 0;
    std::map<Assessment, int> ownGoals;
    int ownGoalCount = 0;

    // Inriktningsmål in scope: all, or the chosen one.
    std::set<qint64> inScope;
    for (const Goal &g : s.goals) {
        if (g.level != GoalLevel::Direction) continue;
        if (options.directionGoalId && g.id != options.directionGoalId) continue;
        for (const Goal *d : s.subtree(g.id)) inScope.insert(d->id);
    }
    // Report order: each goal followed by its sub-goals (the tree, depth first).
    for (const Goal &top : s.goals) {
        if (top.level != GoalLevel::Direction || !inScope.count(top.id)) continue;
        for (const Goal *g : s.subtree(top.id)) {
            ReportGoalSection section;
            section.goal = *g;
            section.heading = headingFor(*g);
            const GoalEvaluation *ge = ev.goal(g->id);
            if (unitReport) {
                const auto a = unitAssessments.constFind(g->id);
                section.assessment = a == unitAssessments.cend() ? Assessment::NotAssessed : a->assessment;
                section.analysis = a == unitAssessments.cend() ? QString() : a->analysis;
            } else {
                const auto a = s.assessments.constFind(g->id);
                section.assessment = a == s.assessments.cend() ? Assessment::NotSet : a->assessment;
                section.analysis = a == s.assessments.cend() ? QString() : a->analysis;
            }
            if (ge) section.suggestionReasons = RollupRule::reasons(ge->counts, Language::Swedish);
            if (g->level == GoalLevel::Committee && !unitReport) {
                ++ownGoalCount;
                ++ownGoals[section.assessment];
            }
            for (const Indicator *ind : s.indicatorsOf(g->id)) {
                if (unitReport && ind->responsibleUnitId != options.unitId) continue;
                const IndicatorEvaluation *e = ev.indicator(ind->id);
                const Measurement *m = s.measurement(ind->id);
                const auto fmt = [&](const std::optional<double> &v) {
                    return SwedishNumber::format(v, ind->decimals, ind->unit);
                };
                ReportIndicatorRow row;
                row.indicatorId = ind->id;
                row.genderFlag = ind->genderFlag;
                row.status = e->expected;
                const QString outcome = m && m->notReported && !m->outcome ? QStringLiteral("Redovisas ej")
                                                                            : fmt(e->outcome);
                row.cells = {ind->name,
                             outcome,
                             ind->genderSplit ? fmt(m ? m->men : std::nullopt) : QString(),
                             ind->genderSplit ? fmt(m ? m->women : std::nullopt) : QString(),
                             fmt(s.previousVbOf(ind->id)),
                             fmt(e->prognosis),
                             TargetText::format(e->target, ind->decimals, ind->unit),
                             TargetText::format(s.effectiveTarget(*ind, true), ind->decimals, ind->unit),
                             labels::valuePeriod(*ind, s.year, s.period),
                             labels::status(e->expected, Language::Swedish)};
                row.analysis = m ? m->analysis : QString();
                // An årsmål changed by the committee: both, with the decision, as a förslag till beslut has it.
                for (const bool kf : {false, true})
                    if (const TargetChange *c = s.latestChange(*ind, kf))
                        row.analysis = QStringLiteral("%1 ändrat från %2 till %3 genom beslut %4 (från %5): %6. %7")
                                           .arg(kf ? QStringLiteral("KF:s årsmål") : QStringLiteral("Årsmålet"),
                                                TargetText::format(kf ? ind->kfTarget : ind->target, ind->decimals, ind->unit),
                                                TargetText::format(c->target, ind->decimals, ind->unit),
                                                c->decided.toString(Qt::ISODate), periodCode(c->fromPeriod),
                                                c->reason.endsWith(u'.') ? c->reason.chopped(1) : c->reason, row.analysis)
                                           .trimmed();
                row.trend = trendOf(s, *ind, *e);
                if (m && m->notReported && !m->notReportedReason.isEmpty())
                    row.analysis = QStringLiteral("Redovisas ej: %1. %2").arg(m->notReportedReason, row.analysis).trimmed();
                section.indicators.push_back(row);
                if (e->expected != IndicatorStatus::NotAssessable) {
                    (ind->origin == Origin::KF ? kfTotal : ownTotal) += 1;
                    if (e->expected == IndicatorStatus::Met) (ind->origin == Origin::KF ? kfMet : ownMet) += 1;
                }
                if (e->expected == IndicatorStatus::NotMet || e->expected == IndicatorStatus::PartlyMet) {
                    const StatusResult &judged = e->judgedPrognosis ? e->prognosisStatus : e->outcomeStatus;
                    ReportIndicatorRow appendix = row;
                    appendix.cells.prepend(g->number);
                    appendix.cells << (judged.gapPercent ? SwedishNumber::format(*judged.gapPercent, 1, QStringLiteral("%"))
                                                         : QString());
                    notMet.emplace_back(judged.gapPercent.value_or(0), appendix);
                }
            }
            for (const Activity *a : s.activitiesOf(g->id)) {
                if (unitReport && a->responsibleUnitId != options.unitId) continue;
                const auto rep = s.activityReports.constFind(a->id);
                const ActivityReport *report = rep == s.activityReports.cend() ? nullptr : &*rep;
                ReportActivityRow row;
                row.deviates = Evaluator::activityDeviates(*a, report, end);
                QString status;
                if (report && isDeviation(report->status))
                    status = labels::activityStatus(report->status, Language::Swedish);
                else if (row.deviates)
                    status = QStringLiteral("Ej avslutad efter slutdatum");
                row.cells = {a->title, a->start.toString(Qt::ISODate), a->end.toString(Qt::ISODate), status};
                row.analysis = report ? report->analysis : QString();
                section.activities.push_back(row);
                ++activities;
                if (row.deviates) ++deviating;
            }
            r.goals.push_back(section);
        }
    }

    // The counts the summary quotes: computed, never typed.
    if (kfTotal) r.summaryCounts << QStringLiteral("%1 av %2 bedöms nå årsmålet.").arg(kfMet).arg(count(kfTotal, "KF-indikator", "KF-indikatorer"));
    if (ownTotal)
        r.summaryCounts << QStringLiteral("%1 av %2 bedöms nå årsmålet.").arg(ownMet).arg(count(ownTotal, "nämndindikator", "nämndindikatorer"));
    if (ownGoalCount)
        r.summaryCounts << QStringLiteral("Av %1 bedöms %2 uppfyllas helt, %3 delvis och %4 inte.")
                               .arg(count(ownGoalCount, "nämndmål", "nämndmålen"))
                               .arg(ownGoals[Assessment::Full])
                               .arg(ownGoals[Assessment::Partly])
                               .arg(ownGoals[Assessment::NotMet]);
    if (activities)
        r.summaryCounts << QStringLiteral("%1 av %2 har avvikelse.").arg(deviating).arg(count(activities, "aktivitet", "aktiviteter"));

    if (options.appendixNotMet) {
        std::stable_sort(notMet.begin(), notMet.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (auto &[gap, row] : notMet) r.notMetAppendix.push_back(row);
    }

    if (!unitReport) {
        r.economy.title = QStringLiteral("Driftbudget per verksamhetsområde (mnkr netto)");
        r.economy.header = {QStringLiteral("Verksamhetsområde"), QStringLiteral("Budget"),
                            QStringLiteral("Begärda budgetjusteringar"), QStringLiteral("Prestationsförändringar"),
                            QStringLiteral("Prognos (före resultatöverföringar)"),
                            QStringLiteral("Prognos (efter resultatöverföringar)"), QStringLiteral("Avvikelse")};
        for (const BudgetLine &l : budget)
            r.economy.rows.push_back({areaName(l), mnkr(l.budget), mnkr(l.adjustments), mnkr(l.performance), mnkr(l.forecastBefore),
                                      mnkr(l.forecastAfter), mnkr(EconomyCalc::deviation(l))});
        if (!budget.empty()) {
            const BudgetTotals t = EconomyCalc::totals(budget);
            r.economy.rows.push_back({QStringLiteral("Totalt"), mnkr(t.budget), mnkr(t.adjustments), mnkr(t.performance),
                                      mnkr(t.forecastBefore), mnkr(t.forecastAfter), mnkr(t.deviation)});
        }
        r.resultUnits.title = QStringLiteral("Resultatenheter (tkr)");
        r.resultUnits.header = {QStringLiteral("Resultatenhet"), QStringLiteral("Bruttobudget"), QStringLiteral("5 % av bruttobudget"),
                                QStringLiteral("Resultatöverföring från föregående år"), QStringLiteral("Beräknat resultat i år"),
                                QStringLiteral("Beräknad resultatöverföring till nästa år")};
        for (const ResultUnitLine &l : units) {
            const ResultTransfer t = EconomyCalc::transfer(l);
            r.resultUnits.rows.push_back({l.name, SwedishNumber::format(l.grossBudget, 0), SwedishNumber::format(t.fivePercent, 0),
                                          SwedishNumber::format(l.carriedIn, 0), SwedishNumber::format(l.result, 0),
                                          SwedishNumber::format(t.transfer, 0) + (t.capped ? QStringLiteral(" (tak)") : QString())});
        }
        r.investments.title = QStringLiteral("Investeringar (mnkr)");
        r.investments.header = {QStringLiteral("Investeringsområde"), QStringLiteral("Budget"), QStringLiteral("Budgetjusteringar"),
                                QStringLiteral("Prognos"), QStringLiteral("Avvikelse")};
        for (const InvestmentLine &l : investments)
            r.investments.rows.push_back({l.name, mnkr(l.budget), mnkr(l.adjustments), mnkr(l.forecast), mnkr(EconomyCalc::deviation(l))});
    }
    return r;
}

} // namespace malkoll
