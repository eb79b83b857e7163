#pragma once
// What a report is, asked when its text does not say it all: a text without its title, a unit's
// report, a guessed year or period. The guesses are filled in with the lines they come from; the
// person confirms or corrects them, and what they say wins (ReportParser::applyIdentity).
#include "import/reportparser.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace malkoll {

class ReportIdentityDialog : public QDialog
{
    Q_OBJECT
public:
    // `committees`: the names the store holds, offered in the committee box.
    ReportIdentityDialog(const ParsedReport &report, const QString &file, const QStringList &committees,
                         QWidget *parent = nullptr);
    ReportIdentity identity() const;
    // Whether a report needs asking about: no title, or something in it guessed.
    static bool needed(const ParsedReport &report);

    QComboBox *committeeBox() const { return m_committee; }
    QSpinBox *yearBox() const { return m_year; }
    QComboBox *periodBox() const { return m_period; }
    QLineEdit *unitEdit() const { return m_unit; }

private:
    void updateOk();

    QComboBox *m_committee;
    QSpinBox *m_year;
    QComboBox *m_period;
    QLineEdit *m_unit;
    QDialogButtonBox *m_buttons;
};

} // namespace malkoll
