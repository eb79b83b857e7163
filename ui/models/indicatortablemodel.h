#pragma once
// The indicator follow-up table of DOMAIN.md §4 for the indicators of one goal (or all):
// Indikator | Periodens utfall | Utfall män | Utfall kvinnor | Utfall VB (förra året) |
// Prognos helår | Årsmål | KF:s årsmål | Period | Analys — values in Swedish format.
#include "domain/yearsnapshot.h"

#include <QAbstractTableModel>
#include <memory>

namespace malkoll {

class IndicatorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        OutcomeColumn,
        MenColumn,
        WomenColumn,
        PreviousVbColumn,
        PrognosisColumn,
        TargetColumn,
        KfTargetColumn,
        PeriodColumn,
        AnalysisColumn,
        ColumnCount
    };
    enum Role { IndicatorIdRole = Qt::UserRole + 1 };

    explicit IndicatorTableModel(QObject *parent = nullptr);
    void setSnapshot(std::shared_ptr<const YearSnapshot> snapshot);
    // goalId 0: every row of the year; withSubGoals adds the rows of every goal below it.
    void setGoal(qint64 goalId, bool withSubGoals = false); // 0: every indicator of the year
    const Indicator *indicatorAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString periodLabel(const Indicator &indicator, int year, Period period);

private:
    void rebuild();
    std::shared_ptr<const YearSnapshot> m_snapshot;
    qint64 m_goalId = 0;
    bool m_withSubGoals = false;
    std::vector<const Indicator *> m_rows;
};

} // namespace malkoll
