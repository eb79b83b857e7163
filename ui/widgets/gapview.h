#pragma once
// The controller's view of a period: the gap table with its filters and free-text search, the
// findings grouped by kind, and CSV export for Swedish Excel. Double-click jumps to the goal.
#include "export/statusreport.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class QTreeWidget;

namespace malkoll {

class GapFilterModel;
class GapTableModel;
class PeriodSession;

class GapView : public QWidget
{
    Q_OBJECT
public:
    explicit GapView(PeriodSession *session, QWidget *parent = nullptr);
    GapFilterModel *filterModel() const { return m_filter; }
    QTreeWidget *findingsTree() const { return m_findings; }
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    // The table as filtered and sorted, for a workbook.
    std::vector<ReportTable> exportTables() const;

signals:
    void goToGoal(qint64 goalId);

private:
    void refill();
    void fillFindings();
    PeriodSession *m_session;
    GapTableModel *m_model = nullptr;
    GapFilterModel *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QTreeWidget *m_findings = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_goal = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_onlyFindings = nullptr;
    QLineEdit *m_search = nullptr;
};

} // namespace malkoll
