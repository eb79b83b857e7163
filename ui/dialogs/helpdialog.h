#pragma once
// Hjälp → Handbok (F1): the user's manual in Swedish, shipped in the resources with its
// screenshots, opened at the section of the view the user stands in.
#include <QDialog>

class QTextBrowser;

namespace malkoll {

class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    // `section`: an anchor of the manual ("inmatning", "granskning", …); empty for the start.
    explicit HelpDialog(const QString &section, QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }
    // The manual's section for a tab of the main window (0 entry, 1 gaps, 2 overview, 3 economy).
    static QString sectionForTab(int tab);

private:
    QTextBrowser *m_browser;
};

} // namespace malkoll
