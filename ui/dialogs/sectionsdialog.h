#pragma once
// The free sections of a committee document (systematiskt kvalitetsarbete, Agenda 2030, intern
// kontroll, …): the controller adds, orders, names and places them and writes each in rich text —
// headings, paragraphs, lists, bold and italic, a table pasted from Excel. The dialog edits a copy;
// the caller writes the whole list as one undoable edit.
#include "domain/reportsection.h"

#include <QDialog>
#include <vector>

class QComboBox;
class QLineEdit;
class QListWidget;
class QTextEdit;

namespace malkoll {

class SectionsDialog : public QDialog
{
    Q_OBJECT
public:
    SectionsDialog(const QString &title, std::vector<ReportSection> sections, bool readOnly, QWidget *parent = nullptr);

    std::vector<ReportSection> sections() const; // as edited, in order
    // For tests and keyboard users: the widgets the dialog is made of.
    QListWidget *list() const { return m_list; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *placementBox() const { return m_placement; }
    QTextEdit *textEdit() const { return m_text; }
    void addSection();
    void removeSection();
    void move(bool up);

private:
    void keepCurrent(); // the fields into the current section
    void fill(ReportSection &section) const; // the fields into `section`
    void showCurrent();
    std::vector<ReportSection> m_sections;
    int m_current = -1;
    bool m_filling = false;
    QListWidget *m_list;
    QLineEdit *m_title;
    QComboBox *m_placement;
    QTextEdit *m_text;
};

} // namespace malkoll
