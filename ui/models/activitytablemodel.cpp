#include "activitytablemodel.h"

namespace malkoll {

ActivityTableModel::ActivityTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ActivityTableModel::setSnapshot(std::shared_ptr<const YearSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    rebuild();
    endResetModel();
}

void ActivityTableModel::setGoal(qint64 goalId, bool withSubGoals)
{
    beginResetModel();
    m_goalId = goalId;
    m_withSubGoals = withSubGoals;
    rebuild();
    endResetModel();
}

void ActivityTableModel::rebuild()
{
    m_rows.clear();
    if (!m_snapshot) return;
    if (m_goalId && m_withSubGoals) {
        for (const Goal *g : m_snapshot->subtree(m_goalId))
            for (const auto *row : m_snapshot->activitiesOf(g->id)) m_rows.push_back(row);
    } else if (m_goalId) {
        m_rows = m_snapshot->activitiesOf(m_goalId);
    } else {
        for (const Activity &a : m_snapshot->activities) m_rows.push_back(&a);
    }
}

const Activity *ActivityTableModel::activityAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)] : nullptr;
}

int ActivityTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int ActivityTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ActivityTableModel::statusText(ActivityStatus status)
{
    switch (status) {
    case ActivityStatus::NotSet: return tr("Not reported");
    case ActivityStatus::OnTrack: return tr("On track");
    case ActivityStatus::Completed: return tr("Completed");
    case ActivityStatus::Delayed: return tr("Delayed");
    case ActivityStatus::Postponed: return tr("Postponed");
    case ActivityStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

QVariant ActivityTableModel::data(const QModelIndex &index, int role) const
{
    const Activity *a = activityAt(index.row());
    if (!a || !m_snapshot) return {};
    if (role == ActivityIdRole) return a->id;
    const auto r = m_snapshot->activityReports.constFind(a->id);
    const ActivityReport *report = r == m_snapshot->activityReports.cend() ? nullptr : &*r;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TitleColumn: return a->title;
        case StartColumn: return a->start.toString(Qt::ISODate);
        case EndColumn: return a->end.toString(Qt::ISODate);
        case StatusColumn: return statusText(report ? report->status : ActivityStatus::NotSet);
        case AnalysisColumn: return report ? report->analysis.section(QLatin1Char('\n'), 0, 0) : QString();
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == TitleColumn)
            return a->title + QLatin1Char('\n') + (a->origin == Origin::KF ? tr("KF activity") : tr("Committee activity"));
        if (index.column() == AnalysisColumn && report) return report->analysis;
    }
    return {};
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Activity");
    case StartColumn: return tr("Start date");
    case EndColumn: return tr("End date");
    case StatusColumn: return tr("Status");
    case AnalysisColumn: return tr("Analysis");
    }
    return {};
}

} // namespace malkoll
