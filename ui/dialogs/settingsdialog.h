#pragma once
// Inställningar: language, my unit, role, the store-wide "partly met" tolerance and how many
// backups to keep. The dialog shows and collects; the window applies what was chosen.
#include "appsettings.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace malkoll {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `units` to choose "my unit" from; `tolerance` the store's (nullopt: no store is open).
    SettingsDialog(const QStringList &units, std::optional<double> tolerance, QWidget *parent = nullptr);

    QString language() const;
    QString myUnit() const;
    AppSettings::Role role() const;
    double tolerance() const;
    int backupsToKeep() const;

private:
    QComboBox *m_language;
    QComboBox *m_unit;
    QComboBox *m_role;
    QDoubleSpinBox *m_tolerance;
    QSpinBox *m_keep;
};

} // namespace malkoll
