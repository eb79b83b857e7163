#include "historydialog.h"
#include "widgets/accessible.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace malkoll {

HistoryDialog::HistoryDialog(const QString &indicator, const QStringList &lines, QWidget *parent)
    : QDialog(parent), m_list(new QListWidget)
{
    setWindowTitle(tr("History of “%1”").arg(indicator));
    auto *layout = new QVBoxLayout(this);
    if (lines.isEmpty()) layout->addWidget(new QLabel(tr("No change has been recorded for this indicator.")));
    m_list->addItems(lines);
    accessible::view(m_list, tr("Changes of “%1”").arg(indicator));
    m_list->setWordWrap(true);
    m_list->setVisible(!lines.isEmpty());
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 420);
}

} // namespace malkoll
