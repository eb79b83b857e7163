#pragma once
// The reporting round's tab: the controller's progress board — every unit with its state, values
// entered of expected, missing analyses, when it was submitted, overdue in red — the period's
// deadline, and the steps: an enhetschef submits their unit's part, a controller approves it or
// returns it with a comment. A unit's rows open in the entry tab.
#include "round/reportround.h"
#include "store/server.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace malkoll {

class PeriodSession;
class RefillWhenShown;
class Store;

QString accessText(Access access, bool server); // "controller", "enhetschef", … as the user reads it

class RoundView : public QWidget
{
    Q_OBJECT

public:
    enum Column { UnitColumn, StateColumn, ValuesColumn, AnalysesColumn, SubmittedColumn, CommentColumn, ColumnCount };

    explicit RoundView(PeriodSession *session, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    const std::vector<UnitProgress> &progress(); // what the board shows, filled if stale
    void selectUnit(qint64 unitId);
    // The steps on the selected unit; false (with the reason shown) when refused.
    bool submitSelected();
    bool approveSelected();
    bool returnSelected(const QString &comment); // the comment asked for when empty
    bool setDeadline(const QDate &date);
    QString lastMessage() const { return m_lastMessage; }

signals:
    void openUnit(const QString &unitName);

private:
    void fill();
    void updateButtons();
    qint64 selectedUnit() const;
    bool done(const Result<void> &r);

    PeriodSession *m_session;
    RefillWhenShown *m_refill;
    QLabel *m_who;
    QDateEdit *m_deadline;
    QPushButton *m_setDeadline;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QPushButton *m_submit, *m_approve, *m_return, *m_open;
    QLabel *m_problems;
    std::vector<UnitProgress> m_progress;
    QString m_lastMessage;
};

} // namespace malkoll
