#pragma once
// Lays out a CommitteeReport as an A4 document: title block, förslag till beslut, table of
// contents with page numbers, the goal sections with their tables (header rows repeated on every
// page), the economy; header and footer with the committee and "sida x (y)". Renders to PDF
// (QPdfWriter) or to a printer / print preview.
#include "report/cityview.h"
#include "report/committeereport.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
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

    // The city's report of a period (stadsledningskontoret's): per KF inriktningsmål and mål för
    // verksamhetsområdet the committees' assessments and the KF-indikatorer's table of committees,
    // with the city's summary counts; the submission of every committee. Always Swedish.
    static QString cityHtml(const CityView &view, const QDate &date, bool contents);
    static Result<int> writeCityPdf(const CityView &view, const QString &path, const QDate &date);
    static Result<void> writeCityOdt(const CityView &view, const QString &path, const QDate &date, bool replace);

    // What every document Målkoll prints shares (the committee's report, the city's): `html` laid out
    // on A4 with the table of contents' page numbers, a header line and "sida x (y)" with the date.
    static Result<int> paintHtml(QTextDocument &doc, const QString &html, const QString &headerText, const QDate &date,
                                 QPagedPaintDevice &device, const Progress &progress = {});
    // A PDF written whole to a temporary file beside `path` and renamed; `draw` paints its pages.
    static Result<int> writePdfFile(const QString &path, const QString &title, const std::function<Result<int>(QPagedPaintDevice &)> &draw);
    // A laid-out document as OpenDocument text, its headings real headings.
    // `descriptions`: each picture resource's text alternative, by its name (its URL).
    static Result<void> writeOdtDocument(QTextDocument &doc, const QString &path, bool replace,
                                         const QHash<QString, QString> &descriptions = {});
};

} // namespace malkoll
