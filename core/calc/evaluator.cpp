#include "evaluator.h"

namespace malkoll {

const IndicatorEvaluation *YearEvaluation::indicator(qint64 id) const
{
    const auto it = m_indicatorIndex.constFind(id);
    return it == m_indicatorIndex.cend() ? nullptr : &indicators[size_t(*it)];
}

const GoalEvaluation *YearEvaluation::goal(qint64 id) const
{
    const auto it = m_goalIndex.constFind(id);
    return it == m_goalIndex.cend() ? nullptr : &goals[size_t(*it)];
}

void YearEvaluation::buildIndex()
{
    m_indicatorIndex.clear();
    m_goalIndex.clear();
    for (size_t i = 0; i < indicators.size(); ++i) m_indicatorIndex.insert(indicators[i].indicator->id, int(i));
    for (size_t i = 0; i < goals.size(); ++i) m_goalIndex.insert(goals[i].goal->id, int(i));
}

QDate Evaluator::periodEnd(int year, Period period)
{
    switch (period) {
    case Period::VP: return QDate(year, 1, 1);
    case Period::T1: return QDate(year, 4, 30);
    case Period::T2: return QDate(year, 8, 31);
    case Period::VB: return QDate(year, 12, 31);
    }
    return {};
}

bool Evaluator::activityDeviates(const Activity &a, const ActivityReport *report, QDate periodEnd)
{
    const ActivityStatus status = report ? report->status : ActivityStatus::NotSet;
    if (isDeviation(status)) return true;
    return a.end.isValid() && a.end < periodEnd && status != ActivityStatus::Completed;
}

IndicatorEvaluation Evaluator::evaluateIndicator(const YearSnapshot &s, const Indicator &ind, const Measurement *values)
{
    IndicatorEvaluation e;
    e.indicator = &ind;
    e.target = s.effectiveTarget(ind, false);
    e.kfTarget = s.effectiveTarget(ind, true);
    if (e.kfTarget.kind == TargetKind::SetByCommittee) e.kfTarget = e.target;
    e.tolerance = ind.tolerance.value_or(s.defaultTolerance);

    if (const Measurement *m = values ? values : s.measurement(ind.id)) {
        e.outcome = m->outcome;
        e.prognosis = m->prognosis;
        e.notReported = m->notReported;
        e.hasAnalysis = !m->analysis.trimmed().isEmpty();
    }
    e.judgedPrognosis = s.period == Period::VB ? e.outcome : e.prognosis;

    static const std::vector<HistoryPoint> noHistory;
    const auto h = s.history.constFind(ind.id);
    const std::vector<HistoryPoint> &history = h == s.history.cend() ? noHistory : *h;

    StatusContext ctx;
    ctx.direction = ind.direction;
    ctx.tolerancePercent = e.tolerance;
    ctx.previousVb = s.previousVbOf(ind.id);
    auto baselineFor = [&](const Target &t) -> std::optional<double> {
        if (t.kind != TargetKind::RelativeToBaseline) return std::nullopt;
        for (const HistoryPoint &p : history)
            if (p.year == t.year && p.period == Period::VB) return p.outcome;
        return std::nullopt;
    };
    StatusContext own = ctx, kf = ctx;
    own.baselineValue = baselineFor(e.target);
    kf.baselineValue = baselineFor(e.kfTarget);
    e.outcomeStatus = StatusRule::evaluate(e.outcome, e.target, own);
    e.outcomeKfStatus = StatusRule::evaluate(e.outcome, e.kfTarget, kf);
    e.prognosisStatus = StatusRule::evaluate(e.judgedPrognosis, e.target, own);
    e.prognosisKfStatus = StatusRule::evaluate(e.judgedPrognosis, e.kfTarget, kf);
    e.expected = e.judgedPrognosis ? e.prognosisStatus.status : e.outcomeStatus.status;

    e.suggestion = PrognosisRule::suggest(s.period, e.outcome, history, s.year, ind.decimals);

    // Trend: the same period last year, so that counts growing over the year compare like with like.
    for (const HistoryPoint &p : history)
        if (p.year == s.year - 1 && p.period == s.period) e.trendPrevious = p.outcome;
    e.trend = StatusRule::trend(e.outcome, e.trendPrevious, ind.direction, ind.decimals);
    return e;
}

YearEvaluation Evaluator::evaluate(const YearSnapshot &s)
{
    YearEvaluation ev;
    ev.year = s.year;
    ev.period = s.period;
    ev.indicators.reserve(s.indicators.size());
    for (const Indicator &ind : s.indicators) ev.indicators.push_back(evaluateIndicator(s, ind));
    ev.goals.resize(s.goals.size());
    for (size_t i = 0; i < s.goals.size(); ++i) ev.goals[i].goal = &s.goals[i];
    ev.buildIndex();

    const QDate end = periodEnd(s.year, s.period);
    // Children come after their parents in the snapshot: walk backwards so sub-goals are done first.
    for (size_t i = s.goals.size(); i-- > 0;) {
        GoalEvaluation &g = ev.goals[i];
        const auto stored = s.assessments.constFind(g.goal->id);
        g.assessment = stored == s.assessments.cend() ? Assessment::NotSet : stored->assessment;
        RollupCounts &c = g.counts;
        if (g.goal->level != GoalLevel::Direction) {
            for (const Indicator *ind : s.indicatorsOf(g.goal->id)) {
                switch (ev.indicator(ind->id)->expected) {
                case IndicatorStatus::Met: ++c.met; break;
                case IndicatorStatus::PartlyMet: ++c.partly; break;
                case IndicatorStatus::NotMet: ++c.notMet; break;
                case IndicatorStatus::NotAssessable: ++c.unassessable; break;
                }
            }
            c.indicators = c.met + c.partly + c.notMet;
            for (const Activity *a : s.activitiesOf(g.goal->id)) {
                ++c.activities;
                const auto r = s.activityReports.constFind(a->id);
                if (activityDeviates(*a, r == s.activityReports.cend() ? nullptr : &*r, end)) ++c.deviating;
            }
        }
        for (const Goal *child : s.children(g.goal->id)) {
            c.subLevel = child->level;
            const GoalEvaluation *ce = ev.goal(child->id);
            // The person's assessment of the sub-goal counts; without one, its own suggestion.
            const Assessment a = ce->assessment != Assessment::NotSet ? ce->assessment : ce->suggestion;
            switch (a) {
            case Assessment::Full: ++c.subFull; break;
            case Assessment::Partly: ++c.subPartly; break;
            case Assessment::NotMet: ++c.subNotMet; break;
            case Assessment::NotSet:
            case Assessment::NotAssessed: ++c.subUnassessed; break;
            }
        }
        c.subGoals = c.subFull + c.subPartly + c.subNotMet;
        g.suggestion = RollupRule::suggest(c);
    }
    ev.findings = Findings::collect(s, ev);
    return ev;
}

} // namespace malkoll
