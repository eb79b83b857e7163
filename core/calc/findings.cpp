#include "findings.h"

#include "calc/economy.h"
#include "calc/evaluator.h"
#include "calc/quotedfigures.h"
#include "domain/yearsnapshot.h"
#include "text/fold.h"
#include "text/labels.h"

#include <QLocale>
#include <QSet>
#include <functional>

namespace malkoll {

QString Findings::kindCode(FindingKind kind)
{
    switch (kind) {
    case FindingKind::AssessmentContradicts: return QStringLiteral("assessment-contradicts");
    case FindingKind::MissingAnalysis: return QStringLiteral("missing-analysis");
    case FindingKind::MissingValue: return QStringLiteral("missing-value");
    case FindingKind::ActivityPastEnd: return QStringLiteral("activity-past-end");
    case FindingKind::KfTargetSetLater: return QStringLiteral("kf-target-set-later");
    case FindingKind::DeviationWithoutAnalysis: return QStringLiteral("deviation-without-analysis");
    case FindingKind::QuotedFigure: return QStringLiteral("quoted-figure");
    }
    return {};
}

QString Findings::kindText(FindingKind kind)
{
    switch (kind) {
    case FindingKind::AssessmentContradicts: return tr("Assessment differs from the suggestion");
    case FindingKind::MissingAnalysis: return tr("Analysis missing");
    case FindingKind::MissingValue: return tr("Value missing");
    case FindingKind::ActivityPastEnd: return tr("Activity past its end date");
    case FindingKind::KfTargetSetLater: return tr("KF annual target not set");
    case FindingKind::DeviationWithoutAnalysis: return tr("Deviation without analysis");
    case FindingKind::QuotedFigure: return tr("Figure in an analysis disagrees with the table");
    }
    return {};
}

namespace {

QString mnkrText(double v) { return QLocale(QLocale::Swedish).toString(std::abs(v), 'f', 1) + QStringLiteral(" mnkr"); }

// Surpluses (+) and deficits (−) the economy table shows: the total and each verksamhetsområde,
// before and after resultatöverföringar.
std::vector<double> economyDeviations(const std::vector<BudgetLine> &budget)
{
    std::vector<double> out;
    auto before = [](const BudgetLine &l) { return l.budget + l.adjustments + l.performance - l.forecastBefore; };
    const BudgetTotals t = EconomyCalc::totals(budget);
    out.push_back(t.deviation);
    out.push_back(t.budget + t.adjustments + t.performance - t.forecastBefore);
    for (const BudgetLine &l : budget) {
        out.push_back(EconomyCalc::deviation(l));
        out.push_back(before(l));
    }
    return out;
}

// The economy quotes of one text against the table: a finding for each that agrees with none.
void checkEconomy(const QString &text, const QString &where, const QString &whereSv, const std::vector<double> &deviations,
                  const std::function<void(const QString &, const QString &)> &add)
{
    if (deviations.empty()) return;
    for (const QuotedFigure &q : QuotedFigures::find(text)) {
        if ((q.kind != QuoteKind::Surplus && q.kind != QuoteKind::Deficit) || q.transfer) continue;
        const bool surplus = q.kind == QuoteKind::Surplus;
        const bool agrees = std::any_of(deviations.begin(), deviations.end(), [&](double d) {
            return (surplus ? d >= 0 : d <= 0) && QuotedFigures::agrees(q.value, q.decimals, d);
        });
        if (agrees) continue;
        const double total = deviations.front();
        add(Findings::tr("%1 says “%2”, but the economy table shows %3 of %4 in total.")
                .arg(where, q.phrase, total >= 0 ? Findings::tr("a surplus") : Findings::tr("a deficit"), mnkrText(total)),
            QStringLiteral("”%1” i %2").arg(q.phrase, whereSv));
    }
}


// A goal's analysis ("fem av sju indikatorer") against its indicators and activities, and each of
// its indicators' analyses ("87 procent") against that indicator's own figures.
void quotedInGoal(const YearSnapshot &s, const YearEvaluation &ev, const GoalEvaluation &g,
                  const std::function<void(const QString &, qint64, const QString &)> &add)
{
    const Goal &goal = *g.goal;
    std::vector<const Indicator *> indicators = s.indicatorsOf(goal.id);
    std::vector<const Activity *> activities = s.activitiesOf(goal.id);
    // A goal without its own indicators (or activities) speaks of its sub-goals'.
    const bool ownIndicators = !indicators.empty(), ownActivities = !activities.empty();
    if (!ownIndicators || !ownActivities)
        for (const Goal *sub : s.subtree(goal.id)) {
            if (sub->id == goal.id) continue;
            if (!ownIndicators)
                for (const Indicator *i : s.indicatorsOf(sub->id)) indicators.push_back(i);
            if (!ownActivities)
                for (const Activity *a : s.activitiesOf(sub->id)) activities.push_back(a);
        }
    if (const auto a = s.assessments.constFind(goal.id); a != s.assessments.cend() && !a->analysis.isEmpty()) {
        for (const QuotedFigure &q : QuotedFigures::find(a->analysis)) {
            if (q.kind != QuoteKind::Count) continue;
            const int whole = int(q.activities ? activities.size() : indicators.size());
            // The part may count those met, not met or partly met, by outcome or by prognosis.
            QSet<int> parts;
            if (q.activities) {
                QHash<int, int> byStatus;
                for (const Activity *x : activities) {
                    const auto r = s.activityReports.constFind(x->id);
                    ++byStatus[int(r == s.activityReports.cend() ? ActivityStatus::NotSet : r->status)];
                }
                for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) parts << it.value() << whole - it.value();
            } else {
                QHash<int, int> outcome, prognosis;
                for (const Indicator *i : indicators) {
                    const IndicatorEvaluation *e = ev.indicator(i->id);
                    if (!e) continue;
                    ++outcome[int(e->outcomeStatus.status)];
                    ++prognosis[int(e->prognosisStatus.status)];
                }
                for (const auto *m : {&outcome, &prognosis})
                    for (auto it = m->cbegin(); it != m->cend(); ++it) parts << it.value() << whole - it.value();
            }
            parts << whole;
            if (int(q.of) == whole && parts.contains(int(q.value))) continue;
            add(Findings::tr("The analysis of goal %1 says “%2”, but the goal has %3 %4.")
                    .arg(goal.number, q.phrase)
                    .arg(whole)
                    .arg(q.activities ? Findings::tr("activities") : Findings::tr("indicators")),
                0, QStringLiteral("”%1” i analysen av mål %2").arg(q.phrase, goal.number));
        }
    }
    for (const Indicator *i : s.indicatorsOf(goal.id)) {
        const auto m = s.measurements.constFind(i->id);
        if (m == s.measurements.cend() || m->analysis.isEmpty()) continue;
        if (!i->unit.contains(u'%') && !i->unit.contains(QLatin1String("procent"), Qt::CaseInsensitive)) continue;
        if (!m->outcome && !m->prognosis) continue; // nothing of this period to compare with
        std::vector<double> figures;
        for (const std::optional<double> &v : {m->outcome, m->men, m->women, m->prognosis})
            if (v) figures.push_back(*v);
        for (const Target &t : {i->target, i->kfTarget})
            if (t.isNumeric()) figures.insert(figures.end(), {t.value, t.value2});
        if (const auto prev = s.previousVbOf(i->id)) figures.push_back(*prev);
        if (const auto all = s.allPeriods.constFind(i->id); all != s.allPeriods.cend())
            for (const auto &[period, other] : *all)
                for (const std::optional<double> &v : {other.outcome, other.men, other.women, other.prognosis})
                    if (v) figures.push_back(*v);
        if (const auto h = s.history.constFind(i->id); h != s.history.cend())
            for (const HistoryPoint &p : *h)
                if (p.outcome) figures.push_back(*p.outcome);
        if (figures.empty()) continue;
        for (const QuotedFigure &q : QuotedFigures::find(m->analysis)) {
            if (q.kind != QuoteKind::Percent || q.change) continue;
            if (std::any_of(figures.begin(), figures.end(), [&](double f) { return QuotedFigures::agrees(q.value, q.decimals, f); }))
                continue;
            add(Findings::tr("The analysis of “%1” says “%2”, but the indicator's outcome is %3.")
                    .arg(i->name, q.phrase, m->outcome ? QLocale(QLocale::Swedish).toString(*m->outcome, 'f', i->decimals) : QStringLiteral("–")),
                i->id, QStringLiteral("”%1” i analysen av ”%2”").arg(q.phrase, i->name));
        }
    }
}

} // namespace

std::vector<Finding> Findings::collect(const YearSnapshot &s, const YearEvaluation &ev)
{
    std::vector<Finding> out;
    const QDate end = Evaluator::periodEnd(s.year, s.period);
    for (const GoalEvaluation &g : ev.goals) {
        const Goal &goal = *g.goal;
        auto add = [&](FindingKind kind, const QString &message, qint64 indicatorId = 0, qint64 activityId = 0) {
            out.push_back({kind, goal.id, indicatorId, activityId, goal.number, message, QString()});
        };
        if (g.assessment != Assessment::NotSet && g.assessment != Assessment::NotAssessed &&
            g.suggestion != Assessment::NotSet && g.assessment != g.suggestion)
            add(FindingKind::AssessmentContradicts,
                tr("Goal %1 is assessed “%2” but its parts suggest “%3” (%4).")
                    .arg(goal.number, labels::assessment(g.assessment, Language::Swedish), labels::assessment(g.suggestion, Language::Swedish),
                         RollupRule::reasons(g.counts, Language::Swedish)));

        for (const Indicator *ind : s.indicatorsOf(goal.id)) {
            const IndicatorEvaluation *e = ev.indicator(ind->id);
            const bool due = s.period == Period::VB || ind->periodicity == Periodicity::Tertial;
            if (due && !e->outcome && !e->notReported)
                add(FindingKind::MissingValue,
                    tr("“%1” has no outcome for %2 %3 and no reason why.").arg(ind->name, periodCode(s.period)).arg(s.year),
                    ind->id);
            const auto short_ = [](const StatusResult &r) {
                return r.status == IndicatorStatus::NotMet || r.status == IndicatorStatus::PartlyMet;
            };
            if (!e->hasAnalysis && (short_(e->outcomeStatus) || short_(e->prognosisStatus)))
                add(FindingKind::MissingAnalysis,
                    tr("“%1” does not reach its annual target (%2) but has no analysis.")
                        .arg(ind->name,
                             labels::status(short_(e->prognosisStatus) ? e->prognosisStatus.status
                                                                               : e->outcomeStatus.status,
                                                    Language::Swedish)),
                    ind->id);
            if (s.period != Period::T1 && e->kfTarget.kind == TargetKind::SetLater)
                add(FindingKind::KfTargetSetLater,
                    tr("“%1”: KF's annual target is still “%2” at %3.")
                        .arg(ind->name, e->kfTarget.text.isEmpty() ? QStringLiteral("Fastställs") : e->kfTarget.text,
                             periodCode(s.period)),
                    ind->id);
        }
        for (const Activity *a : s.activitiesOf(goal.id)) {
            const auto r = s.activityReports.constFind(a->id);
            const ActivityReport *report = r == s.activityReports.cend() ? nullptr : &*r;
            const ActivityStatus status = report ? report->status : ActivityStatus::NotSet;
            if (a->end.isValid() && a->end < end && status == ActivityStatus::OnTrack)
                add(FindingKind::ActivityPastEnd,
                    tr("“%1” ended %2 but is still reported on track.").arg(a->title, a->end.toString(Qt::ISODate)),
                    0, a->id);
            else if (Evaluator::activityDeviates(*a, report, end) &&
                     (!report || report->analysis.trimmed().isEmpty()))
                add(FindingKind::DeviationWithoutAnalysis,
                    tr("“%1” deviates but has no analysis.").arg(a->title), 0, a->id);
        }
        quotedInGoal(s, ev, g, [&](const QString &m, qint64 indicatorId, const QString &sv) {
            add(FindingKind::QuotedFigure, m, indicatorId);
            out.back().inReport = sv;
        });
    }
    // The period's own texts: the summary and the sections, against the economy table.
    const std::vector<double> deviations = s.budget.empty() ? std::vector<double>{} : economyDeviations(s.budget);
    auto addPeriod = [&](const QString &m, const QString &sv) { out.push_back({FindingKind::QuotedFigure, 0, 0, 0, QString(), m, sv}); };
    checkEconomy(s.periodInfo.summary, tr("The summary"), QStringLiteral("sammanfattningen"), deviations, addPeriod);
    for (const ReportSection &section : s.sections)
        checkEconomy(plainFromHtml(section.body), tr("The section “%1”").arg(section.title),
                     QStringLiteral("avsnittet ”%1”").arg(section.title), deviations, addPeriod);
    return out;
}

} // namespace malkoll
