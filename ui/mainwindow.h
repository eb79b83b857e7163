#pragma once
// The main window: a store's goal tree beside the selected goal's indicator and activity
// tables, for a chosen committee, year and period.
#include "domain/yearsnapshot.h"
#include "result.h"

#include <QMainWindow>
#include <memory>

class QCheckBox;
class QComboBox;
class QSplitter;
class QLabel;
class QTableView;
class QTreeView;

namespace malkoll {

class ActivityTableModel;
class GoalTreeModel;
class IndicatorTableModel;
class Store;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Result<void> openStore(const QString &path, bool create = false);
    Store *store() const { return m_store.get(); }
    std::shared_ptr<const YearSnapshot> snapshot() const { return m_snapshot; }
    void setPeriod(int year, Period period);
    void selectGoal(qint64 goalId);
    void openDemoStore(); // creates it in the user's data folder on first use
    // Show the indicators and activities of the selected goal's sub-goals too (remembered).
    void setIncludeSubGoals(bool include);

    GoalTreeModel *goalModel() const { return m_goalModel; }
    IndicatorTableModel *indicatorModel() const { return m_indicatorModel; }
    ActivityTableModel *activityModel() const { return m_activityModel; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    void reload();
    void fillYears();
    void onGoalSelected();
    void newStore();
    void openStoreDialog();
    void showAbout();
    void setLanguage(const QString &code);

    std::unique_ptr<Store> m_store;
    std::shared_ptr<const YearSnapshot> m_snapshot;
    qint64 m_committeeId = 0;
    int m_year = 0;
    Period m_period = Period::T1;

    QComboBox *m_committeeBox = nullptr;
    QComboBox *m_yearBox = nullptr;
    QComboBox *m_periodBox = nullptr;
    QCheckBox *m_subGoalsBox = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_goalView = nullptr;
    QTableView *m_indicatorView = nullptr;
    QTableView *m_activityView = nullptr;
    QLabel *m_goalHeader = nullptr;
    QLabel *m_goalAnalysis = nullptr;
    GoalTreeModel *m_goalModel = nullptr;
    IndicatorTableModel *m_indicatorModel = nullptr;
    ActivityTableModel *m_activityModel = nullptr;
    bool m_filling = false;
};

} // namespace malkoll
