#include "lockdialog.h"
#include "widgets/accessible.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace malkoll {

LockDialog::LockDialog(const QString &period, bool lock, QWidget *parent)
    : QDialog(parent), m_reason(new QLineEdit), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(lock ? tr("Lock the period") : tr("Unlock the period"));
    auto *question = new QLabel(lock ? tr("Why is %1 locked (e.g. decided by the committee)?").arg(period)
                                     : tr("Why is %1 opened again?").arg(period));
    question->setWordWrap(true);
    question->setBuddy(m_reason);
    accessible::name(m_reason, tr("Reason"), question->text());
    m_buttons->button(QDialogButtonBox::Ok)->setText(lock ? tr("&Lock") : tr("&Unlock"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    resize(480, sizeHint().height());
}

QString LockDialog::reason() const { return m_reason->text().trimmed(); }

} // namespace malkoll
