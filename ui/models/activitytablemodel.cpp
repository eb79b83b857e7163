#include "activitytablemodel.h"

#include "calc/evaluator.h"
#include "periodsession.h"
#include "presentation/statuspresentation.h"

namespace malkoll {

ActivityTableModel::ActivityTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ActivityTableModel::setSession(PeriodSession *session)
{
    beginResetModel();
    if (m_session) disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    rebuild();
    endResetModel();
    if (!m_session) return;
    connect(m_session, &PeriodSession::loaded, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    connect(m_session, &PeriodSession::changed, this, [this] {
        if (!m_rows.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

void ActivityTableModel::setGoal(qint64 goalId, bool withSubGoals)
{
    beginResetModel();
    m_goalId = goalId;
    m_withSubGoals = withSubGoals;
    rebuild();
    endResetModel();
}

void ActivityTableModel::setUnitFilter(qint64 unitId)
{
    beginResetModel();
    m_unitId = unitId;
    rebuild();
    endResetModel();
}

void ActivityTableModel::rebuild()
{
    m_rows.clear();
    const auto snapshot = m_session ? m_session->snapshot() : nullptr;
    if (!snapshot) return;
    std::vector<const Activity *> rows;
    if (m_goalId && m_withSubGoals) {
        for (const Goal *g : snapshot->subtree(m_goalId))
            for (const Activity *a : snapshot->activitiesOf(g->id)) rows.push_back(a);
    } else if (m_goalId) {
        rows = snapshot->activitiesOf(m_goalId);
    } else {
        for (const Activity &a : snapshot->activities) rows.push_back(&a);
    }
    for (const Activity *a : rows)
        if (!m_unitId || a->responsibleUnitId == m_unitId) m_rows.push_back(a);
}

const Activity *ActivityTableModel::activityAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)] : nullptr;
}

int ActivityTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int ActivityTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ActivityTableModel::statusText(ActivityStatus status) { return StatusPresentation::activityStatusText(status); }

ActivityReport ActivityTableModel::reportOf(const Activity &a) const
{
    const auto snapshot = m_session->snapshot();
    if (const auto r = snapshot->activityReports.constFind(a.id); r != snapshot->activityReports.cend()) return *r;
    ActivityReport empty;
    empty.activityId = a.id;
    empty.period = snapshot->period;
    return empty;
}

Qt::ItemFlags ActivityTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const Activity *a = activityAt(index.row());
    if (!a || !m_session || !m_session->mayWrite(a->responsibleUnitId)) return f;
    if (index.column() == StatusColumn || index.column() == AnalysisColumn) f |= Qt::ItemIsEditable;
    return f;
}

bool ActivityTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Activity *a = activityAt(index.row());
    if (role != Qt::EditRole || !a || !(flags(index) & Qt::ItemIsEditable)) return false;
    ActivityReport after = reportOf(*a);
    if (index.column() == StatusColumn) {
        const auto status = activityStatusFromCode(value.toString());
        if (!status) return false;
        after.status = *status;
    } else {
        after.analysis = value.toString().trimmed();
    }
    return m_session->editActivityReport(after);
}

QVariant ActivityTableModel::data(const QModelIndex &index, int role) const
{
    const Activity *a = activityAt(index.row());
    if (!a || !m_session || !m_session->snapshot()) return {};
    if (role == ActivityIdRole) return a->id;
    const ActivityReport report = reportOf(*a);
    const auto snapshot = m_session->snapshot();
    const bool deviates = Evaluator::activityDeviates(*a, &report, Evaluator::periodEnd(snapshot->year, snapshot->period));
    const bool needsAnalysis = deviates && report.analysis.trimmed().isEmpty();
    switch (role) {
    case StatusCodeRole: return activityStatusCode(report.status);
    case Qt::EditRole:
        if (index.column() == StatusColumn) return activityStatusCode(report.status);
        if (index.column() == AnalysisColumn) return report.analysis;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return a->title;
        case StartColumn: return a->start.toString(Qt::ISODate);
        case EndColumn: return a->end.toString(Qt::ISODate);
        case StatusColumn: {
            QString text = statusText(report.status);
            if (deviates && !isDeviation(report.status)) text += QLatin1Char(' ') + tr("(past end date)");
            return text;
        }
        case AnalysisColumn:
            if (needsAnalysis) return tr("Analysis required for a deviation");
            return report.analysis.section(QLatin1Char('\n'), 0, 0);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return StatusPresentation::statusIcon(deviates ? IndicatorStatus::NotMet
                                                  : report.status == ActivityStatus::NotSet ? IndicatorStatus::NotAssessable
                                                                                             : IndicatorStatus::Met);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == AnalysisColumn && needsAnalysis) return StatusPresentation::statusColor(IndicatorStatus::NotMet);
        return {};
    case Qt::BackgroundRole:
        if (flags(index) & Qt::ItemIsEditable) return QColor(0xff, 0xfd, 0xe7);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn) {
            QString tip = a->title + QLatin1Char('\n') + (a->origin == Origin::KF ? tr("KF activity") : tr("Committee activity"));
            if (const QString held = m_session->heldText(a->responsibleUnitId); !held.isEmpty()) tip += QLatin1Char('\n') + held;
            return tip;
        }
        if (index.column() == AnalysisColumn && !report.analysis.isEmpty()) return report.analysis;
        return {};
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
