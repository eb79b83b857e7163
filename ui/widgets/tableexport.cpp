#include "tableexport.h"

#include "appsettings.h"
#include "xlsxexport.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

namespace malkoll {

ReportTable TableExport::fromModel(const QAbstractItemModel &model, const QString &title)
{
    ReportTable table;
    table.title = title;
    for (int c = 0; c < model.columnCount(); ++c) table.header << model.headerData(c, Qt::Horizontal).toString();
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c) row << model.index(r, c).data().toString();
        table.rows.push_back(row);
    }
    return table;
}

QString TableExport::saveWorkbook(QWidget *parent, const QString &name, const std::vector<ReportTable> &tables)
{
    QFileDialog dialog(parent, tr("Export to Excel"), QDir(AppSettings::exportFolder()).filePath(name + QStringLiteral(".xlsx")),
                       tr("Excel workbook (*.xlsx)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("xlsx")); // the dialog adds it before it asks about replacing
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) return {};
    const QString path = dialog.selectedFiles().constFirst();
    AppSettings::setExportFolder(QFileInfo(path).absolutePath());
    // The file dialog has asked before an existing file is replaced.
    if (auto written = XlsxExport::write(tables, path, true); !written) {
        QMessageBox::warning(parent, tr("Export to Excel"), tr("Nothing was exported: %1").arg(written.error()));
        return {};
    }
    return path;
}

} // namespace malkoll
