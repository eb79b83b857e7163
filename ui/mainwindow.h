#pragma once
// The main window: a store's goal tree beside the selected goal (its suggested and given
// assessment) and its indicator and activity tables, open for entry for a chosen committee,
// year and period. Every edit goes through the period session's undo stack into the store.
#include "domain/yearsnapshot.h"
#include "report/committeereport.h"
#include "result.h"

#include <QMainWindow>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;
class QSplitter;
class QTreeView;
class QUndoStack;

namespace malkoll {

class ActivityTableModel;
class EntryTableView;
class EntryView;
class EconomyView;
class OverviewView;
class TrendPanel;
class GapView;
class GoalPanel;
class GoalTreeModel;
class IndicatorTableModel;
class PeriodSession;
class Store;
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    class PlanView *planView() const { return m_planView; }
    class RoundView *roundView() const { return m_roundView; }
    class CityTab *cityTab() const { return m_cityTab; }
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) the store at `path`; a file that is not a store is left as it was. A
    // store the user may not write (or `readOnly`) opens read-only, shown in the window's banner.
    Result<void> openStore(const QString &path, bool create = false, bool readOnly = false);
    Store *store() const;
    std::shared_ptr<const YearSnapshot> snapshot() const;
    PeriodSession *session() const { return m_session; }
    void setPeriod(int year, Period period);
    void selectGoal(qint64 goalId);
    void connectToServer(); // Arkiv → Anslut till server…
    void openDemoStore(); // creates it in the user's data folder on first use
    // Opens the CSV import dialog on `file` for the current committee, year and period.
    void importOutcomesFrom(const QString &file);
    // Show the indicators and activities of the selected goal's sub-goals too (remembered).
    void setIncludeSubGoals(bool include);
    // "My unit" (Settings) and the filter showing only what it is responsible for.
    void setMyUnit(const QString &unitName);
    void setMyUnitOnly(bool only);
    QString progressText() const;
    QString messageText() const; // the last refused or failed edit, as shown in the window
    void showMessage(const QString &message);
    bool showsOnlyMyUnit() const; // "Only my unit" is ticked: reports are the unit's
    // After an import: shows its committee, year and period.
    void showImported(qint64 committeeId, int year, Period period);
    // Writes the report of the shown committee, year and period (optionally only my unit) as PDF.
    Result<int> writeReport(const QString &path, bool unitOnly = false);
    Result<CommitteeReport> reportContent(bool unitOnly) const;

    GoalTreeModel *goalModel() const { return m_goalModel; }
    IndicatorTableModel *indicatorModel() const;
    ActivityTableModel *activityModel() const;
    EntryTableView *indicatorView() const;
    EntryTableView *activityView() const;
    GoalPanel *goalPanel() const;
    GapView *gapView() const { return m_gapView; }
    EconomyView *economyView() const { return m_economyView; }
    TrendPanel *trendPanel() const;
    OverviewView *overviewView() const { return m_overviewView; }
    QUndoStack *undoStack() const;
    // The audit trail of the current indicator's values, newest first, as shown to the user.
    QStringList historyOfCurrentIndicator() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void startOnOwnUnit();
    qint64 startGoal(const YearSnapshot &snap) const;
    void cyclePanes(bool forward); // F6 / Shift+F6
    void buildMenus();
    void reload();
    void showSnapshot(const QString &selectedNumber); // the session's snapshot on screen, on that goal
    void fillYears();
    void onGoalSelected();
    void onSessionChanged();
    void updateLockBanner();
    void updateProgress();
    void applyUnitFilter();
    void chooseMyUnit();
    void editPeriodTexts();
    void editSections(bool plan); // the free sections of the period's report, or of the verksamhetsplan
    void lockPeriod(bool lock);
    void showHistory();
    void showSettings();
    void rememberRecent(const QString &path);
    void showAbout();
    void showManual(); // F1: the manual at the current view's section
    void setLanguage(const QString &code);
    qint64 myUnitId() const;

    std::unique_ptr<Workspace> m_workspace; // the open store; the window holds no repository
    PeriodSession *m_session = nullptr;
    qint64 m_committeeId = 0;
    bool m_reloading = false;
    int m_year = 0;
    Period m_period = Period::T1;

    QComboBox *m_committeeBox = nullptr;
    QComboBox *m_yearBox = nullptr;
    QComboBox *m_periodBox = nullptr;
    QCheckBox *m_subGoalsBox = nullptr;
    QCheckBox *m_myUnitBox = nullptr;
    QLabel *m_progress = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_goalView = nullptr;
    EntryView *m_entry = nullptr;
    GapView *m_gapView = nullptr;
    EconomyView *m_economyView = nullptr;
    class PlanView *m_planView = nullptr;
    class RoundView *m_roundView = nullptr;
    class CityTab *m_cityTab = nullptr;
    OverviewView *m_overviewView = nullptr;
    GoalTreeModel *m_goalModel = nullptr;
    QString m_myUnit;
    class StoreActions *m_actions = nullptr;
    bool m_filling = false;
};

} // namespace malkoll
