#pragma once
// The activity table: Aktivitet | Startdatum | Slutdatum | Status | Analys, for one goal or all;
// status and analysis are edited here while the period is open. A deviation needs an analysis.
#include "domain/yearsnapshot.h"

#include <QAbstractTableModel>

namespace malkoll {

class PeriodSession;

class ActivityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, StartColumn, EndColumn, StatusColumn, AnalysisColumn, ColumnCount };
    enum Role { ActivityIdRole = Qt::UserRole + 1, StatusCodeRole };

    explicit ActivityTableModel(QObject *parent = nullptr);
    void setSession(PeriodSession *session);
    // goalId 0: every activity of the year; withSubGoals adds those of every goal below it.
    void setGoal(qint64 goalId, bool withSubGoals = false);
    void setUnitFilter(qint64 unitId);
    const Activity *activityAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(ActivityStatus status);

private:
    void rebuild();
    ActivityReport reportOf(const Activity &a) const;

    PeriodSession *m_session = nullptr;
    qint64 m_goalId = 0;
    bool m_withSubGoals = false;
    qint64 m_unitId = 0;
    std::vector<const Activity *> m_rows;
};

} // namespace malkoll
