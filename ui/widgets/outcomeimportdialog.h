#pragma once
// Import outcomes from a CSV file or an Excel workbook: the user checks the dialect (or picks the sheet), maps the file's columns to
// fields (the last mapping is remembered per column name), sees every change and every error
// with its line and column, and only then imports: all rows in one transaction, or none.
#include "domain/period.h"
#include "import/outcomeimport.h"

#include <QDialog>
#include <functional>
#include <memory>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace malkoll {

class Store;
class XlsxReader;

class OutcomeImportDialog : public QDialog
{
    Q_OBJECT
public:
    OutcomeImportDialog(Store &store, qint64 committeeId, int year, Period period, const QString &file,
                        QWidget *parent = nullptr);
    ~OutcomeImportDialog() override;

    int imported() const { return m_imported; }
    // How an accepted preview is written (default: OutcomeImport::apply); the main window puts it
    // on the undo stack.
    using Apply = std::function<Result<void>(const OutcomePreview &)>;
    void setApply(Apply apply) { m_apply = std::move(apply); }
    const OutcomePreview &preview() const { return m_preview; }
    // For tests and keyboard users alike: the widgets the dialog is made of.
    QComboBox *dialectBox() const { return m_dialect; }
    QComboBox *sheetBox() const { return m_sheet; } // a workbook's sheets
    QComboBox *fieldBox(int column) const { return m_fields.at(size_t(column)); }
    int fieldBoxCount() const { return int(m_fields.size()); }
    QTableWidget *previewTable() const { return m_table; }
    QPushButton *importButton() const;
    QString summaryText() const;

    void accept() override;

private:
    void readFile();
    void rebuildMapping();
    void refreshPreview();
    void rememberMapping() const;

    Store &m_store;
    qint64 m_committeeId;
    int m_year;
    QString m_file;
    QByteArray m_bytes;
    std::unique_ptr<XlsxReader> m_workbook;
    CsvTable m_csv;
    OutcomePreview m_preview;
    int m_imported = 0;
    Apply m_apply;

    QComboBox *m_dialect = nullptr;
    QComboBox *m_sheet = nullptr;
    QComboBox *m_period = nullptr;
    QFormLayout *m_mapping = nullptr;
    std::vector<QComboBox *> m_fields;
    QLabel *m_fileError = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace malkoll
