#pragma once
// The enhetschef's entry for one goal (the "Inmatning" tab): the goal panel with its suggested
// and given assessment, the lock and message banners, the indicator table with the trend of the
// current indicator, and the activity table — each table with its delegate for editing in place.
#include <QWidget>

class QLabel;

class QSplitter;
class QTabWidget;

namespace malkoll {

class ActivityTableModel;
class EntryTableView;
class GoalPanel;
class IndicatorTableModel;
class PeriodSession;
class TrendPanel;

class EntryView : public QWidget
{
    Q_OBJECT
public:
    explicit EntryView(PeriodSession *session, QWidget *parent = nullptr);

    // Shows the goal's indicators and activities (and its sub-goals' with `withSubGoals`); 0 shows none.
    void setGoal(qint64 goalId, bool withSubGoals);
    // Only the rows `unitId` is responsible for (0: all; -1: none).
    void setUnitFilter(qint64 unitId);
    void showFirstIndicator(); // current, so its trend shows and typing goes into its outcome
    void showMessage(const QString &message);
    void clearMessage();
    QString messageText() const;
    void updateLockBanner();
    bool isEditing() const;
    qint64 currentIndicatorId() const;

    GoalPanel *goalPanel() const { return m_goalPanel; }
    QTabWidget *lowerTabs() const { return m_lower; }
    IndicatorTableModel *indicatorModel() const { return m_indicatorModel; }
    ActivityTableModel *activityModel() const { return m_activityModel; }
    EntryTableView *indicatorView() const { return m_indicatorView; }
    EntryTableView *activityView() const { return m_activityView; }
    TrendPanel *trendPanel() const { return m_trendPanel; }

private:
    PeriodSession *m_session;
    IndicatorTableModel *m_indicatorModel;
    ActivityTableModel *m_activityModel;
    GoalPanel *m_goalPanel = nullptr;
    QTabWidget *m_lower = nullptr; // activities, trend, the goal's assessment
    QSplitter *m_tables = nullptr;
    QLabel *m_lockBanner = nullptr;
    QLabel *m_messageBanner = nullptr;
    QLabel *m_emptyHint = nullptr; // says what to do when the goal has nothing to enter
    EntryTableView *m_indicatorView = nullptr;
    EntryTableView *m_activityView = nullptr;
    TrendPanel *m_trendPanel = nullptr;
};

} // namespace malkoll
