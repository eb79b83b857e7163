#pragma once
// The activity table: Aktivitet | Startdatum | Slutdatum | Status | Analys, for one goal or all.
#include "domain/yearsnapshot.h"

#include <QAbstractTableModel>
#include <memory>

namespace malkoll {

class ActivityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, StartColumn, EndColumn, StatusColumn, AnalysisColumn, ColumnCount };
    enum Role { ActivityIdRole = Qt::UserRole + 1 };

    explicit ActivityTableModel(QObject *parent = nullptr);
    void setSnapshot(std::shared_ptr<const YearSnapshot> snapshot);
    // goalId 0: every row of the year; withSubGoals adds the rows of every goal below it.
    void setGoal(qint64 goalId, bool withSubGoals = false);
    const Activity *activityAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(ActivityStatus status);

private:
    void rebuild();
    std::shared_ptr<const YearSnapshot> m_snapshot;
    qint64 m_goalId = 0;
    bool m_withSubGoals = false;
    std::vector<const Activity *> m_rows;
};

} // namespace malkoll
