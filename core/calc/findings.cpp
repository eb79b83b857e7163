#include "findings.h"

#include "calc/evaluator.h"
#include "domain/yearsnapshot.h"
#include "text/labels.h"

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
    }
    return {};
}

std::vector<Finding> Findings::collect(const YearSnapshot &s, const YearEvaluation &ev)
{
    std::vector<Finding> out;
    const QDate end = Evaluator::periodEnd(s.year, s.period);
    for (const GoalEvaluation &g : ev.goals) {
        const Goal &goal = *g.goal;
        auto add = [&](FindingKind kind, const QString &message, qint64 indicatorId = 0, qint64 activityId = 0) {
            out.push_back({kind, goal.id, indicatorId, activityId, goal.number, message});
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
    }
    return out;
}

} // namespace malkoll
