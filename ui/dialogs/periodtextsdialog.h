#pragma once
// Förslag till beslut (one per line, in order) and the sammanfattande analys of a period, as
// the committee report prints them; read-only when the period is locked.
#include <QDialog>

class QPlainTextEdit;

namespace malkoll {

class PeriodTextsDialog : public QDialog
{
    Q_OBJECT
public:
    PeriodTextsDialog(const QString &title, const QStringList &proposals, const QString &summary, bool readOnly,
                      QWidget *parent = nullptr);
    QStringList proposals() const; // the non-empty lines, trimmed
    QString summary() const;

private:
    QPlainTextEdit *m_proposals;
    QPlainTextEdit *m_summary;
};

} // namespace malkoll
