#pragma once
// Värdenas historik: every change of an indicator's values from the audit log, newest first —
// when, who, which field, the value before and after.
#include <QDialog>

class QListWidget;

namespace malkoll {

class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(const QString &indicator, const QStringList &lines, QWidget *parent = nullptr);
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list;
};

} // namespace malkoll
