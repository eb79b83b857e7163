#pragma once
// Plan (issue 15): the controller plans the year here. The goal tree with add, edit and delete at
// every level; the selected goal's indicators edited in place, the årsmål typed the way the
// reports write them with its meaning in words beside it; its activities; the units; and an
// årsmål changed by the committee. Every change is one undoable edit (core/plan) on the
// session's stack; a locked plan refuses them in the store, and the reason is shown. Read-only
// for an enhetschef.
#include "export/statusreport.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class QTreeWidget;

namespace malkoll {

class PeriodSession;
struct Goal;

class PlanView : public QWidget
{
    Q_OBJECT
public:
    explicit PlanView(PeriodSession *session, QWidget *parent = nullptr);

    // The name and its targets first, where the eye is; the indicator's properties after them.
    enum IndicatorColumn { ColOrigin, ColName, ColTarget, ColKfTarget, ColMeaning, ColUnit, ColDecimals, ColDirection,
                           ColPeriodicity, ColSplit, ColFlag, ColResponsible, ColTolerance, IndicatorColumns };
    enum ActivityColumn { ActOrigin, ActTitle, ActStart, ActEnd, ActResponsible, ActivityColumns };

    QTreeWidget *goalTree() const { return m_tree; }
    // The year's indicator list, for a workbook.
    std::vector<ReportTable> exportTables() const;
    void linkKolada(); // the chosen indicator's Kolada link: KPI (searched by title), areas; fetch now
    QTableWidget *indicatorTable() const { return m_indicators; }
    QTableWidget *activityTable() const { return m_activities; }
    QLabel *messageLabel() const { return m_message; }
    void selectGoal(qint64 goalId);
    qint64 selectedGoal() const;

    // The actions behind the buttons; the dialogs they open are found by tests as the active modal widget.
    void newGoal();    // under the chosen goal, at the level below it
    void newTopGoal(); // a new KF inriktningsmål
    void editGoal();
    void deleteGoal();
    // Up or down among its siblings; asks whether the numbers follow (renumber).
    void moveGoal(bool up);
    bool moveGoal(bool up, bool renumber);
    void newIndicator();
    void deleteIndicator();
    void newActivity();
    void deleteActivity();
    void decideTarget();
    void editUnits();

private:
    void refill();
    void showGoal();
    void indicatorEdited(QTableWidgetItem *item);
    void activityEdited(QTableWidgetItem *item);
    void setMessage(const QString &text);
    bool editable() const;

    PeriodSession *m_session;
    QTreeWidget *m_tree;
    QTableWidget *m_indicators;
    QTableWidget *m_activities;
    QLabel *m_message;
    QLabel *m_review;
    QList<QPushButton *> m_editButtons;
    bool m_filling = false;
};

} // namespace malkoll
