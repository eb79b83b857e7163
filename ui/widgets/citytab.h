#pragma once
// "Staden": stadsledningskontoret's view of every committee of the store against the city's KF
// goals and KF-indikatorer, for the period chosen in the window — per KF-indikator each committee's
// outcome, prognos, Årsmål, KF:s årsmål and status with the spread; per KF goal the assessments
// beside the suggestions; every committee's reporting round. Sortable, filterable, exported to
// Excel; one KF-indikator's trend with a line per committee (and Kolada's Stockholm series where
// linked), described in words beside it. KF:s årsmål is set here once for every committee (stad,
// or the owner of a store of one committee), as one undoable edit. Read-only for everyone else.
#include "report/cityview.h"

#include <QWidget>
#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace malkoll {

class PeriodSession;

class CityTab : public QWidget
{
    Q_OBJECT
public:
    explicit CityTab(PeriodSession *session, QWidget *parent = nullptr);
    // The tables as shown (for tests): 0 KF-indikatorer, 1 KF-mål, 2 Inlämning.
    QTableView *table(int section) const;
    QComboBox *indicatorChooser() const;
    QString chartDescription() const;
    QString message() const;
    // Sets KF:s årsmål of the chosen KF-indikator (what the button's dialog does); false when refused.
    bool setKfTarget(const QString &text);

private:
    void refill();
    void showTrend();
    void exportWorkbook();
    void askKfTarget();
    class RefillWhenShown *m_lazy = nullptr;
    PeriodSession *m_session;
    std::optional<CityView> m_view;
    QComboBox *m_indicator = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_setTarget = nullptr;
    QTabWidget *m_sections = nullptr;
    QStandardItemModel *m_models[3] = {};
    QSortFilterProxyModel *m_filters[3] = {};
    QTableView *m_tables[3] = {};
    QChartView *m_chart = nullptr;
    QLabel *m_chartText = nullptr;
    void setChartText(const QString &text);
    QLabel *m_message = nullptr;
};

} // namespace malkoll
