#pragma once
// What a PDF needs besides its pages to be read by everyone (EN 301 549 10.2.4.2, 10.3.1.1): its
// headings as the outline (bookmarks) a reader navigates by, its language, and its title shown as
// the window's. Qt's PDF writer does not write these; qpdf adds them to the finished file.
#include "result.h"

#include <QString>
#include <vector>

namespace malkoll {

struct PdfHeading
{
    QString title;
    int level = 1;       // 1 for a chapter, 2 beneath it, …
    int page = 0;        // from 0
    double fromTop = 0;  // points from the page's top edge
};

class PdfOutline
{
public:
    // Rewrites `path` (a PDF just written) with the outline, /Lang and the title displayed.
    static Result<void> add(const QString &path, const std::vector<PdfHeading> &headings, const QString &language);
    // The outline of a PDF as "level|page|title" lines (for the tests).
    static Result<QStringList> read(const QString &path);
};

} // namespace malkoll
