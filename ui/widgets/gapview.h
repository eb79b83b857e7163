#pragma once
// The controller's view of a period: the gap table with its filters and free-text search, the
// findings grouped by kind, and CSV export for Swedish Excel. Double-click jumps to the goal.
#include "export/statusreport.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
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

    // As narrow as the filters above the search and export (they go to a row of their own when the
    // view is narrower than both side by side: a laptop with large text), so the page never
    // scrolls sideways to reach them.
    QSize minimumSizeHint() const override;

signals:
    void goToGoal(qint64 goalId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrangeFilters();
    // The filters' and the search/exports' minimum width side by side, or one above the other.
    int filterRowsWidth(bool oneRow) const;
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
    QWidget *m_filterBar = nullptr; // the five filters
    QWidget *m_actionBar = nullptr; // the search and the two exports
    QGridLayout *m_bars = nullptr;
    bool m_oneRow = true;
};

} // namespace malkoll
