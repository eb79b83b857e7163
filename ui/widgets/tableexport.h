#pragma once
// What a table on screen becomes in an Excel workbook: the model's visible rows as the user sees
// them (filtered and sorted), written with XlsxExport after asking where — the file dialog asks
// before a file is replaced.
#include "export/statusreport.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

class QAbstractItemModel;
class QWidget;

namespace malkoll {

class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    // The model's header and display texts, row by row.
    static ReportTable fromModel(const QAbstractItemModel &model, const QString &title);
    // Asks for a .xlsx file name (suggested: `name`) and writes; tells the user what happened.
    // Returns the file written, or empty when cancelled or refused.
    static QString saveWorkbook(QWidget *parent, const QString &name, const std::vector<ReportTable> &tables);
};

} // namespace malkoll
