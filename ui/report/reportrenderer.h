#pragma once
// Lays out a CommitteeReport as an A4 document: title block, förslag till beslut, table of
// contents with page numbers, the goal sections with their tables (header rows repeated on every
// page), the economy; header and footer with the committee and "sida x (y)". Renders to PDF
// (QPdfWriter) or to a printer / print preview.
#include "report/committeereport.h"
#include "result.h"

#include <QCoreApplication>
#include <functional>

class QPagedPaintDevice;
class QTextDocument;

namespace malkoll {

class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    // Called per page drawn; return false to cancel.
    using Progress = std::function<bool(int page, int pages)>;

    // The report as HTML for QTextDocument; the table of contents' page numbers are "–" marked
    // with anchors "toc:ANCHOR", and each table row that begins a logical row with "row-…".
    static QString html(const CommitteeReport &report);
    // Without the table of contents (`contents` false): for a word processor, which builds its own.
    static QString html(const CommitteeReport &report, bool contents);
    // Writes the report as OpenDocument text (.odt, opened by LibreOffice and Word): the same
    // headings, tables and charts (as pictures) as the PDF. An existing file is kept unless `replace`.
    static Result<void> writeOdt(const CommitteeReport &report, const QString &path, bool replace);
    // Writes the PDF; returns the number of pages.
    static Result<int> writePdf(const CommitteeReport &report, const QString &path, const Progress &progress = {});
    // Paints on any paged device (printer, preview, PDF writer); returns the number of pages.
    static Result<int> paint(const CommitteeReport &report, QPagedPaintDevice &device, const Progress &progress = {});
};

} // namespace malkoll
