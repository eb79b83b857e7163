#pragma once
// The goal hierarchy of a year as a tree: number, title and the period's assessment.
#include "domain/yearsnapshot.h"

#include <QAbstractItemModel>
#include <memory>

namespace malkoll {

class GoalTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, TitleColumn, AssessmentColumn, ColumnCount };
    enum Role { GoalIdRole = Qt::UserRole + 1 };

    explicit GoalTreeModel(QObject *parent = nullptr);
    void setSnapshot(std::shared_ptr<const YearSnapshot> snapshot);
    // Assessments changed in place: repaint every row without losing selection or expansion.
    void refresh();
    QModelIndex indexOfGoal(qint64 goalId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Goal *goalAt(const QModelIndex &index) const;
    std::vector<const Goal *> childrenOf(qint64 goalId) const;
    std::shared_ptr<const YearSnapshot> m_snapshot;
};

} // namespace malkoll
