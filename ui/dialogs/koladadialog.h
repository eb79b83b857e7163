#pragma once
// An indicator's link to Kolada: the KPI (typed, or found by its title when online), the
// municipalities (0180 Stockholm, 0000 riket, others) or the unit to compare with, and a fetch of
// the series now. The link is written by the caller as one undoable edit; fetched values are
// stored at once (they are Kolada's, not an edit of ours).
#include "kolada/kolada.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace malkoll {

class Store;
struct Indicator;

class KoladaDialog : public QDialog
{
    Q_OBJECT
public:
    KoladaDialog(Store &store, const Indicator &indicator, QWidget *parent = nullptr);
    KoladaLink link() const;
    bool fetched() const { return m_fetched; }
    // Kolada's address: MALKOLL_KOLADA_API if set (a local mirror, a test server), else Kolada's own.
    static QString api();

    QLineEdit *kpiEdit() const { return m_kpi; }
    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *results() const { return m_results; }
    QLabel *messageLabel() const { return m_message; }
    void search();
    void fetch();

private:
    Store &m_store;
    qint64 m_committeeId;
    QString m_seriesKey;
    std::vector<int> m_years;
    bool m_fetched = false;
    QLineEdit *m_kpi;
    QLineEdit *m_municipalities;
    QLineEdit *m_ou;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_message;
};

} // namespace malkoll
