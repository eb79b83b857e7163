#pragma once
// The controller's gap view: every indicator of the committee for the period in one table —
// goal, kind, responsible unit, outcome, prognos, Årsmål, KF:s årsmål, status of outcome and of
// prognos, signed deviation (unit and %), analysis present, findings.
#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <optional>

#include "calc/evaluator.h"

namespace malkoll {

class PeriodSession;

class GapTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        GoalColumn,
        IndicatorColumn,
        KindColumn,
        UnitColumn,
        OutcomeColumn,
        PrognosisColumn,
        TargetColumn,
        KfTargetColumn,
        OutcomeStatusColumn,
        PrognosisStatusColumn,
        DeviationColumn,
        DeviationPercentColumn,
        AnalysisColumn,
        FindingsColumn,
        ColumnCount
    };
    enum Role { IndicatorIdRole = Qt::UserRole + 1, GoalIdRole, UnitIdRole, OriginRole, StatusRole, FindingsRole, SortRole, CsvRole };

    explicit GapTableModel(QObject *parent = nullptr);
    void setSession(PeriodSession *session);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reset();
    PeriodSession *m_session = nullptr;
    QHash<qint64, QStringList> m_findings; // by indicator id
};

// Filters of the gap view; the free text matches every column.
class GapFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit GapFilterModel(QObject *parent = nullptr);
    void setStatus(std::optional<IndicatorStatus> status); // by prognosis status (outcome when none)
    void setGoal(const std::vector<qint64> &goalIds);      // empty: every goal
    void setUnit(qint64 unitId);                           // 0: every unit
    void setOrigin(std::optional<Origin> origin);
    void setOnlyWithFindings(bool only);
    // Semicolon-separated, UTF-8 with BOM, decimal comma: what Swedish Excel opens as columns.
    QString toCsv() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<IndicatorStatus> m_status;
    QSet<qint64> m_goals;
    qint64 m_unit = 0;
    std::optional<Origin> m_origin;
    bool m_onlyFindings = false;
};

} // namespace malkoll
