#pragma once
// The indicator follow-up table of DOMAIN.md §4 for the indicators of one goal (or all), editable
// where the period is open: Indikator | Periodens utfall | Utfall män | Utfall kvinnor |
// Utfall VB (förra året) | Prognos helår | Status | Förslag | Årsmål | KF:s årsmål | Period |
// Ej redovisad (skäl) | Analys. Values in Swedish format; status with icon, colour and text,
// beside the values it is computed from.
#include "calc/evaluator.h"
#include "result.h"

#include <QAbstractTableModel>
#include <optional>

namespace malkoll {

class PeriodSession;

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
        StatusColumn,
        SuggestionColumn,
        TargetColumn,
        KfTargetColumn,
        PeriodColumn,
        NotReportedColumn,
        AnalysisColumn,
        ColumnCount
    };
    enum Role { IndicatorIdRole = Qt::UserRole + 1, StatusRole };

    explicit IndicatorTableModel(QObject *parent = nullptr);
    void setSession(PeriodSession *session);
    // goalId 0: every row of the year; withSubGoals adds the rows of every goal below it.
    void setGoal(qint64 goalId, bool withSubGoals = false);
    // Only the indicators this unit is responsible for (0: all).
    void setUnitFilter(qint64 unitId);
    const Indicator *indicatorAt(int row) const;
    int rowOf(qint64 indicatorId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What typing `text` into the cell would store, or the message naming the problem.
    Result<std::optional<double>> parseNumber(const QModelIndex &index, const QString &text) const;
    // While an editor is open: show status and suggestion as if `text` were saved (empty text: stop).
    void setPreview(const QModelIndex &index, const QString &text);
    QString lastError() const { return m_lastError; }

    static bool isNumberColumn(int column); // outcome, men, women, prognos

signals:
    void editRefused(const QString &message);

private:
    void rebuild();
    void refresh();
    Measurement valuesOf(const Indicator &indicator) const;     // with the preview being typed
    Measurement storedValues(const Indicator &indicator) const; // as in the store
    const IndicatorEvaluation &evaluationOf(const Indicator &indicator) const;
    QVariant display(const Indicator &ind, const Measurement &m, const IndicatorEvaluation &e, int column) const;
    QVariant toolTip(const Indicator &ind, const Measurement &m, const IndicatorEvaluation &e, int column) const;

    PeriodSession *m_session = nullptr;
    qint64 m_goalId = 0;
    bool m_withSubGoals = false;
    qint64 m_unitId = 0;
    std::vector<const Indicator *> m_rows;
    struct Preview
    {
        qint64 indicatorId = 0;
        Measurement values;
        IndicatorEvaluation evaluation;
    };
    std::optional<Preview> m_preview;
    QString m_lastError;
};

} // namespace malkoll
