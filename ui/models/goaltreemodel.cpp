#include "goaltreemodel.h"

#include "presentation/statuspresentation.h"

namespace malkoll {

GoalTreeModel::GoalTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void GoalTreeModel::setSnapshot(std::shared_ptr<const YearSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    endResetModel();
}

void GoalTreeModel::refresh()
{
    emit layoutAboutToBeChanged();
    emit layoutChanged();
}

std::vector<const Goal *> GoalTreeModel::childrenOf(qint64 goalId) const
{
    return m_snapshot ? m_snapshot->children(goalId) : std::vector<const Goal *>{};
}

const Goal *GoalTreeModel::goalAt(const QModelIndex &index) const
{
    if (!index.isValid() || !m_snapshot) return nullptr;
    return m_snapshot->goal(qint64(index.internalId()));
}

QModelIndex GoalTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_snapshot || row < 0 || column < 0 || column >= ColumnCount) return {};
    const qint64 parentId = parent.isValid() ? qint64(parent.internalId()) : 0;
    const auto kids = childrenOf(parentId);
    if (row >= int(kids.size())) return {};
    return createIndex(row, column, quintptr(kids[size_t(row)]->id));
}

QModelIndex GoalTreeModel::parent(const QModelIndex &child) const
{
    const Goal *g = goalAt(child);
    if (!g || g->parentId == 0) return {};
    const Goal *p = m_snapshot->goal(g->parentId);
    if (!p) return {};
    const auto siblings = childrenOf(p->parentId);
    for (int i = 0; i < int(siblings.size()); ++i)
        if (siblings[size_t(i)]->id == p->id) return createIndex(i, 0, quintptr(p->id));
    return {};
}

int GoalTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0) return 0;
    return int(childrenOf(parent.isValid() ? qint64(parent.internalId()) : 0).size());
}

int GoalTreeModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QVariant GoalTreeModel::data(const QModelIndex &index, int role) const
{
    const Goal *g = goalAt(index);
    if (!g) return {};
    if (role == GoalIdRole) return g->id;
    const auto a = m_snapshot->assessments.constFind(g->id);
    const Assessment assessment = a == m_snapshot->assessments.cend() ? Assessment::NotSet : a->assessment;
    switch (index.column()) {
    case NumberColumn:
        if (role == Qt::DisplayRole) return g->number;
        if (role == Qt::ToolTipRole) return goalLevelName(g->level);
        break;
    case TitleColumn:
        if (role == Qt::DisplayRole) return g->title;
        if (role == Qt::ToolTipRole) return QStringLiteral("%1 %2\n%3").arg(goalLevelName(g->level), g->number, g->title);
        break;
    case AssessmentColumn:
        // The icon (shape and colour) in the tree, the words in its tooltip: the title keeps the room.
        if (role == Qt::DecorationRole) return StatusPresentation::assessmentIcon(assessment);
        if (role == Qt::ToolTipRole) return StatusPresentation::assessmentText(assessment);
        // Said, not only shown: "Assessment: Fully met" for the screen reader.
        if (role == Qt::AccessibleTextRole)
            return tr("Assessment: %1").arg(StatusPresentation::assessmentText(assessment));
        break;
    }
    return {};
}

QVariant GoalTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) return {};
    // The assessment column is as narrow as its icon: its name is the header's tooltip.
    if (section == AssessmentColumn && (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)) return tr("Assessment");
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case NumberColumn: return tr("No.");
    case TitleColumn: return tr("Goal");
    case AssessmentColumn: return QString();
    }
    return {};
}

QModelIndex GoalTreeModel::indexOfGoal(qint64 goalId) const
{
    if (!m_snapshot) return {};
    const Goal *g = m_snapshot->goal(goalId);
    if (!g) return {};
    const auto siblings = childrenOf(g->parentId);
    for (int i = 0; i < int(siblings.size()); ++i)
        if (siblings[size_t(i)]->id == goalId) return createIndex(i, 0, quintptr(goalId));
    return {};
}

} // namespace malkoll
