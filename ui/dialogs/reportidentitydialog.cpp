#include "reportidentitydialog.h"

#include "text/labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace malkoll {

bool ReportIdentityDialog::needed(const ParsedReport &report)
{
    return !report.titleFound || !report.identityComplete() || report.identityGuessed() || !report.unit.isEmpty();
}

ReportIdentityDialog::ReportIdentityDialog(const ParsedReport &report, const QString &file, const QStringList &committees,
                                           QWidget *parent)
    : QDialog(parent), m_committee(new QComboBox), m_year(new QSpinBox), m_period(new QComboBox), m_unit(new QLineEdit),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("What is this report?"));
    auto *intro = new QLabel(report.titleFound
                                 ? tr("The title of %1 does not say everything. Check what Målkoll guessed:").arg(QFileInfo(file).fileName())
                                 : tr("%1 has no title such as “Tertialrapport 1 2024 för …”. Check what Målkoll guessed "
                                      "from its text:")
                                       .arg(QFileInfo(file).fileName()));
    intro->setWordWrap(true);

    m_committee->setEditable(true);
    m_committee->addItems(committees);
    m_committee->setCurrentText(report.committee.isEmpty() && committees.size() == 1 ? committees.front() : report.committee);
    m_committee->setMinimumContentsLength(28);
    m_year->setRange(1990, 2100);
    m_year->setValue(report.year > 0 ? report.year : QDate::currentDate().year());
    m_year->setGroupSeparatorShown(false);
    const Language language = labels::uiLanguage();
    for (Period p : {Period::VP, Period::T1, Period::T2, Period::VB})
        m_period->addItem(labels::periodChoice(p, language), QVariant::fromValue(int(p)));
    m_period->setCurrentIndex(report.periodFound ? m_period->findData(int(report.period)) : -1);
    m_unit->setText(report.unit);
    m_unit->setPlaceholderText(tr("Empty: the committee's own report"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Committee:"), m_committee);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&Unit:"), m_unit);

    QStringList evidence;
    for (const ReportLine &g : report.guesses) evidence << tr("line %1: %2").arg(g.line).arg(g.reason.toHtmlEscaped());
    if (report.committee.isEmpty() && committees.size() == 1) evidence << tr("committee: the only one in the store");
    auto *found = new QLabel(evidence.isEmpty() ? tr("Nothing in the text says it; please fill it in.")
                                                : tr("Guessed from:") + QStringLiteral("<br>") + evidence.join(QStringLiteral("<br>")));
    found->setWordWrap(true);
    found->setTextFormat(Qt::RichText);

    connect(m_committee, &QComboBox::currentTextChanged, this, &ReportIdentityDialog::updateOk);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportIdentityDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(found);
    layout->addWidget(m_buttons);
    updateOk();
    resize(560, sizeHint().height());
}

void ReportIdentityDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_committee->currentText().trimmed().isEmpty() && m_period->currentIndex() >= 0);
}

ReportIdentity ReportIdentityDialog::identity() const
{
    ReportIdentity id;
    id.committee = m_committee->currentText().simplified();
    id.year = m_year->value();
    if (m_period->currentIndex() >= 0) id.period = Period(m_period->currentData().toInt());
    id.unit = m_unit->text().simplified();
    return id;
}

} // namespace malkoll
