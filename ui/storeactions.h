#pragma once
// The File menu's work with stores and files: new, open, the demo store, recent stores, restoring
// a backup, importing outcomes and reports, exporting CSV, the report as PDF and its print
// preview. The window builds its menus and hands the File menu here.
#include <QCoreApplication>
#include "result.h"

#include <QObject>

class QMenu;

namespace malkoll {

class MainWindow;
class PeriodSession;
class Workspace;

class StoreActions : public QObject
{
    Q_OBJECT
public:
    StoreActions(MainWindow *window, Workspace *workspace, PeriodSession *session);
    void addTo(QMenu *fileMenu);
    void refreshRecent();

    void newStore();
    void openStoreDialog();
    void openDemoStore();
    void connectToServer(); // Arkiv → Anslut till server… // creates it in the user's data folder on first use
    void restoreBackup();
    void importOutcomes();
    void importOutcomesFrom(const QString &file); // the CSV import dialog on `file`, for the period shown
    void importReport();
    // The report in `file`, asking what its title does not say (tests call it without the file dialog).
    void importReportFrom(const QString &file);
    // Arkiv → Starta nästa år: the chosen year's plan copied into the next (NewYear), after asking.
    void startNextYear();
    // Arkiv → Exportera verksamhetsplan: the chosen year's plan (period VP) as PDF.
    void exportPlan();
    Result<int> writePlan(const QString &path);
    void exportCsv();
    void exportStatusWorkbook(); // the status tables of the period (as malkoll-cli status --format xlsx)
    void exportReport();
    void previewReport();

private:
    void fillRecentMenu();
    MainWindow *m_window;
    Workspace *m_workspace;
    PeriodSession *m_session;
    QMenu *m_recent = nullptr;
};

} // namespace malkoll
