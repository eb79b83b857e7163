#pragma once
// Låsa eller låsa upp en period: the controller gives the reason, which is stored with the lock
// and shown to everyone in the read-only banner (and audited). Refuses to accept an empty reason.
#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace malkoll {

class LockDialog : public QDialog
{
    Q_OBJECT
public:
    // `period`: "T1 2024"; `lock`: locking (else unlocking).
    LockDialog(const QString &period, bool lock, QWidget *parent = nullptr);
    QString reason() const;
    QLineEdit *reasonEdit() const { return m_reason; }

private:
    QLineEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace malkoll
