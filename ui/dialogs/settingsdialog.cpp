#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

namespace malkoll {

SettingsDialog::SettingsDialog(const QStringList &units, std::optional<double> tolerance, QWidget *parent)
    : QDialog(parent), m_language(new QComboBox), m_unit(new QComboBox), m_role(new QComboBox),
      m_tolerance(new QDoubleSpinBox), m_keep(new QSpinBox)
{
    setWindowTitle(tr("Settings"));
    for (const auto &[code, name] : {std::pair{QStringLiteral("system"), tr("System language")},
                                     {QStringLiteral("sv"), QStringLiteral("Svenska")},
                                     {QStringLiteral("en"), QStringLiteral("English")}})
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));
    m_unit->addItem(tr("(none)"), QString());
    for (const QString &u : units) m_unit->addItem(u, u);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(AppSettings::myUnit())));
    m_role->addItem(tr("Enhetschef"), int(AppSettings::Role::Unit));
    m_role->addItem(tr("Controller"), int(AppSettings::Role::Controller));
    m_role->setCurrentIndex(std::max(0, m_role->findData(int(AppSettings::role()))));
    m_tolerance->setRange(0, 50);
    m_tolerance->setDecimals(1);
    m_tolerance->setSuffix(QStringLiteral(" %"));
    m_tolerance->setValue(tolerance.value_or(5.0));
    m_tolerance->setEnabled(tolerance.has_value());
    m_tolerance->setToolTip(
        tr("How far short of the target an indicator may be and still be partly met. Stored in the store, for everyone."));
    m_keep->setRange(1, 100);
    m_keep->setValue(AppSettings::backupsToKeep());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("My unit:"), m_unit);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Partly met within:"), m_tolerance);
    form->addRow(tr("Backups to keep:"), m_keep);
    form->addRow(buttons);
}

QString SettingsDialog::language() const { return m_language->currentData().toString(); }
QString SettingsDialog::myUnit() const { return m_unit->currentData().toString(); }
AppSettings::Role SettingsDialog::role() const { return AppSettings::Role(m_role->currentData().toInt()); }
double SettingsDialog::tolerance() const { return m_tolerance->value(); }
int SettingsDialog::backupsToKeep() const { return m_keep->value(); }

} // namespace malkoll
