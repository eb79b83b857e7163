#include "indicatortablemodel.h"

#include "text/swedishnumber.h"
#include "text/targettext.h"

#include <QFont>

namespace malkoll {

IndicatorTableModel::IndicatorTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void IndicatorTableModel::setSnapshot(std::shared_ptr<const YearSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    rebuild();
    endResetModel();
}

void IndicatorTableModel::setGoal(qint64 goalId, bool withSubGoals)
{
    beginResetModel();
    m_goalId = goalId;
    m_withSubGoals = withSubGoals;
    rebuild();
    endResetModel();
}

void IndicatorTableModel::rebuild()
{
    m_rows.clear();
    if (!m_snapshot) return;
    if (m_goalId && m_withSubGoals) {
        for (const Goal *g : m_snapshot->subtree(m_goalId))
            for (const auto *row : m_snapshot->indicatorsOf(g->id)) m_rows.push_back(row);
    } else if (m_goalId) {
        m_rows = m_snapshot->indicatorsOf(m_goalId);
    } else {
        for (const Indicator &i : m_snapshot->indicators) m_rows.push_back(&i);
    }
}

const Indicator *IndicatorTableModel::indicatorAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)] : nullptr;
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString IndicatorTableModel::periodLabel(const Indicator &indicator, int year, Period period)
{
    if (indicator.periodicity == Periodicity::Tertial && (period == Period::T1 || period == Period::T2))
        return tr("Tertial %1 %2").arg(int(period)).arg(year);
    return QString::number(year);
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    const Indicator *ind = indicatorAt(index.row());
    if (!ind || !m_snapshot) return {};
    if (role == IndicatorIdRole) return ind->id;
    const Measurement *m = m_snapshot->measurement(ind->id);
    const auto fmt = [&](const std::optional<double> &v) { return SwedishNumber::format(v, ind->decimals, ind->unit); };
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == NameColumn || index.column() == AnalysisColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn: return ind->genderFlag ? QStringLiteral("♀ ") + ind->name : ind->name;
        case OutcomeColumn:
            if (m && m->notReported && !m->outcome) return tr("not reported");
            return m ? fmt(m->outcome) : QString();
        case MenColumn: return m && ind->genderSplit ? fmt(m->men) : QString();
        case WomenColumn: return m && ind->genderSplit ? fmt(m->women) : QString();
        case PreviousVbColumn: return fmt(m_snapshot->previousVbOf(ind->id));
        case PrognosisColumn: return m ? fmt(m->prognosis) : QString();
        case TargetColumn:
            return TargetText::format(m_snapshot->effectiveTarget(*ind, false), ind->decimals, ind->unit);
        case KfTargetColumn:
            return TargetText::format(m_snapshot->effectiveTarget(*ind, true), ind->decimals, ind->unit);
        case PeriodColumn: return periodLabel(*ind, m_snapshot->year, m_snapshot->period);
        case AnalysisColumn: return m ? m->analysis.section(QLatin1Char('\n'), 0, 0) : QString();
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn: {
            QString tip = ind->name;
            if (const Goal *g = m_snapshot->goal(ind->goalId))
                tip += QLatin1Char('\n') + tr("Goal %1 %2").arg(g->number, g->title);
            tip += QLatin1Char('\n') + (ind->origin == Origin::KF ? tr("KF indicator") : tr("Committee indicator"));
            if (const Unit *u = m_snapshot->unit(ind->responsibleUnitId)) tip += QLatin1Char('\n') + tr("Responsible: %1").arg(u->name);
            if (ind->genderFlag) tip += QLatin1Char('\n') + tr("♀ Gender-equality relevant indicator");
            return tip;
        }
        case OutcomeColumn:
            if (m && m->notReported) return tr("Not reported: %1").arg(m->notReportedReason);
            break;
        case TargetColumn:
        case KfTargetColumn: {
            const bool kf = index.column() == KfTargetColumn;
            if (const TargetChange *c = m_snapshot->latestChange(*ind, kf))
                return tr("Changed by decision %1 (from %2): %3\nOriginal årsmål: %4")
                    .arg(c->decided.toString(Qt::ISODate), periodCode(c->fromPeriod), c->reason,
                         TargetText::format(kf ? ind->kfTarget : ind->target, ind->decimals, ind->unit));
            const Target t = kf ? ind->kfTarget : ind->target;
            if (!t.text.isEmpty()) return tr("As written in the plan: %1").arg(t.text);
            break;
        }
        case AnalysisColumn:
            if (m && !m->analysis.isEmpty()) return m->analysis;
            break;
        }
    }
    if (role == Qt::FontRole && (index.column() == TargetColumn || index.column() == KfTargetColumn)) {
        if (m_snapshot->latestChange(*ind, index.column() == KfTargetColumn)) {
            QFont f;
            f.setItalic(true);
            return f;
        }
    }
    return {};
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    const int previous = m_snapshot ? m_snapshot->year - 1 : 0;
    switch (section) {
    case NameColumn: return tr("Indicator");
    case OutcomeColumn: return tr("Outcome for the period");
    case MenColumn: return tr("Outcome men/boys");
    case WomenColumn: return tr("Outcome women/girls");
    case PreviousVbColumn: return tr("Outcome VB %1").arg(previous);
    case PrognosisColumn: return tr("Full-year forecast");
    case TargetColumn: return tr("Annual target");
    case KfTargetColumn: return tr("KF annual target");
    case PeriodColumn: return tr("Period");
    case AnalysisColumn: return tr("Analysis");
    }
    return {};
}

} // namespace malkoll
