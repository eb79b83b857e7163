#include "periodtextsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>

namespace malkoll {

PeriodTextsDialog::PeriodTextsDialog(const QString &title, const QStringList &proposals, const QString &summary,
                                     bool readOnly, QWidget *parent)
    : QDialog(parent), m_proposals(new QPlainTextEdit(proposals.join(QLatin1Char('\n')))), m_summary(new QPlainTextEdit(summary))
{
    setWindowTitle(title);
    m_proposals->setPlaceholderText(tr("One proposal (förslag till beslut) per line, in order."));
    m_proposals->setReadOnly(readOnly);
    m_summary->setReadOnly(readOnly);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Förslag till beslut:"), m_proposals);
    form->addRow(tr("Sammanfattande analys:"), m_summary);
    form->addRow(buttons);
    resize(760, 520);
}

QStringList PeriodTextsDialog::proposals() const
{
    QStringList lines;
    for (const QString &line : m_proposals->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty()) lines << line.trimmed();
    return lines;
}

QString PeriodTextsDialog::summary() const { return m_summary->toPlainText().trimmed(); }

} // namespace malkoll
