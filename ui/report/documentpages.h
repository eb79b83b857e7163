#pragma once
// Splits a QTextDocument laid out as one long page (no page height) into pages, once: a page
// breaks between blocks and between a table's logical rows, never inside a line of text; a
// heading stays with what follows it; a table continued on a new page gets its header rows again.
// A logical row is a table row whose first cell carries an anchor "row-…" together with the rows
// after it up to the next such row (an indicator and its analysis row); in a table without such
// anchors every row stands alone. A unit taller than a page is cut between lines.
//
// Laying a document out once and placing its parts costs one layout, where letting Qt paginate
// and moving split rows costs a layout per move.
#include <QtGlobal>
#include <vector>

class QTextDocument;

namespace malkoll {

class DocumentPages
{
public:
    // [top, bottom) of the document, drawn with its top at `y` on `page` (0-based).
    struct Slice
    {
        qreal top = 0;
        qreal bottom = 0;
        int page = 0;
        qreal y = 0;
        bool repeatedHeader = false;
    };

    DocumentPages(const QTextDocument &doc, qreal pageHeight);

    int count() const { return m_pages; }
    const std::vector<Slice> &slices() const { return m_slices; }
    // The 0-based page a document position is printed on (its first appearance).
    int pageAt(qreal y) const;

private:
    struct Span
    {
        qreal top = 0;
        qreal bottom = 0;
        qreal height() const { return bottom - top; }
    };
    struct Unit
    {
        Span span;
        int header = -1; // the table header to repeat when this unit begins a page
        bool keepWithNext = false;
    };
    void collect(const QTextDocument &doc);
    void place(qreal pageHeight);
    // The lowest position in (top, limit] that cuts no line of text; `limit` when none does.
    qreal cutBelow(qreal top, qreal limit) const;

    std::vector<Unit> m_units;
    std::vector<Span> m_headers;
    std::vector<Span> m_lines; // every line of text and inline object, by top
    std::vector<Slice> m_slices;
    int m_pages = 1;
};

} // namespace malkoll
