#include "documentpages.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <algorithm>

namespace malkoll {

namespace {
// Whether a table row begins a logical row: its first cell carries an anchor "row-…".
bool startsLogicalRow(const QTextTable &table, int row)
{
    const QTextBlock b = table.cellAt(row, 0).firstCursorPosition().block();
    for (auto it = b.begin(); !it.atEnd(); ++it)
        for (const QString &n : it.fragment().charFormat().anchorNames())
            if (n.startsWith(QLatin1String("row-"))) return true;
    return false;
}
} // namespace

DocumentPages::DocumentPages(const QTextDocument &doc, qreal pageHeight)
{
    collect(doc);
    place(pageHeight);
}

void DocumentPages::collect(const QTextDocument &doc)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    (void)layout->documentSize(); // the whole layout, once
    auto top = [&](const QTextBlock &b) { return layout->blockBoundingRect(b).top(); };
    bool afterFrame = false;
    for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        QTextFrame *frame = it.currentFrame();
        if (!frame) {
            const QTextBlock b = it.currentBlock();
            const QRectF r = layout->blockBoundingRect(b);
            // The empty block Qt keeps after every frame takes no room of its own: nothing to place.
            if (afterFrame && b.length() <= 1) continue;
            afterFrame = false;
            m_units.push_back({{r.top(), r.bottom()}, -1, b.blockFormat().headingLevel() > 0});
            continue;
        }
        afterFrame = true;
        const QRectF box = layout->frameBoundingRect(frame);
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->rows() == 0) {
            m_units.push_back({{box.top(), box.bottom()}});
            continue;
        }
        // Where each row begins: halfway between the text of the row above and its own (the
        // paddings either side are equal), the first row as far above its text.
        const int rows = table->rows();
        std::vector<qreal> contentTop(size_t(rows), box.bottom()), contentBottom(size_t(rows), box.top());
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (cell.row() != r || cell.column() != c) continue;
                contentTop[size_t(r)] = std::min(contentTop[size_t(r)], top(cell.firstCursorPosition().block()));
                const size_t last = size_t(r + cell.rowSpan() - 1);
                contentBottom[last] = std::max(contentBottom[last], layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
            }
        qreal half = 0;
        for (int r = 1; r < rows; ++r) {
            const qreal gap = (contentTop[size_t(r)] - contentBottom[size_t(r) - 1]) / 2;
            if (gap > 0 && (half == 0 || gap < half)) half = gap;
        }
        std::vector<qreal> rowTop(size_t(rows) + 1);
        rowTop[0] = contentTop[0] - half;
        for (int r = 1; r < rows; ++r)
            rowTop[size_t(r)] = std::max(rowTop[size_t(r) - 1], (contentBottom[size_t(r) - 1] + contentTop[size_t(r)]) / 2);
        rowTop[size_t(rows)] = std::max(rowTop[size_t(rows) - 1], contentBottom[size_t(rows) - 1] + half);

        std::vector<int> starts;
        for (int r = 0; r < rows; ++r)
            if (startsLogicalRow(*table, r)) starts.push_back(r);
        if (starts.empty()) {
            for (int r = 0; r < rows; ++r) m_units.push_back({{rowTop[size_t(r)], rowTop[size_t(r) + 1]}});
            continue;
        }
        // The header rows go with the first logical row, and again above every continuation.
        const int header = int(m_headers.size());
        m_headers.push_back({rowTop[0], rowTop[size_t(starts.front())]});
        for (size_t k = 0; k < starts.size(); ++k) {
            const int end = k + 1 < starts.size() ? starts[k + 1] : rows;
            m_units.push_back({{k == 0 ? rowTop[0] : rowTop[size_t(starts[k])], rowTop[size_t(end)]}, k == 0 ? -1 : header});
        }
    }
    // The space between two units goes with the one above (a page's first unit starts at its
    // text), and no two units overlap.
    for (size_t i = 0; i + 1 < m_units.size(); ++i)
        if (m_units[i + 1].span.top >= m_units[i].span.top) m_units[i].span.bottom = m_units[i + 1].span.top;

    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QTextLayout *tl = b.layout();
        if (!tl) continue;
        const qreal origin = top(b) - tl->boundingRect().top();
        for (int i = 0; i < tl->lineCount(); ++i) {
            const QRectF line = tl->lineAt(i).rect();
            m_lines.push_back({origin + line.top(), origin + line.bottom()});
        }
    }
    std::sort(m_lines.begin(), m_lines.end(), [](const Span &a, const Span &b) { return a.top < b.top; });
}

qreal DocumentPages::cutBelow(qreal top, qreal limit) const
{
    qreal cut = limit;
    for (bool moved = true; moved;) {
        moved = false;
        for (const Span &line : m_lines) {
            if (line.top >= cut) break;
            if (line.bottom > cut + 0.01 && line.top > top + 0.5) {
                cut = line.top;
                moved = true;
            }
        }
    }
    return cut;
}

void DocumentPages::place(qreal pageHeight)
{
    const qreal H = pageHeight;
    int page = 0;
    qreal y = 0;
    auto put = [&](qreal top, qreal bottom, bool header = false) {
        m_slices.push_back({top, bottom, page, y, header});
        y += bottom - top;
    };
    auto newPage = [&](int header) {
        ++page;
        y = 0;
        if (header >= 0) put(m_headers[size_t(header)].top, m_headers[size_t(header)].bottom, true);
    };
    for (size_t i = 0; i < m_units.size(); ++i) {
        const Unit &u = m_units[i];
        const qreal h = u.span.height();
        // A heading goes with the start of what follows it.
        qreal chain = h;
        for (size_t j = i; m_units[j].keepWithNext && j + 1 < m_units.size() && chain <= H;) {
            ++j;
            chain += std::min(m_units[j].span.height(), H / 4);
        }
        if (y > 0 && ((y + chain > H && chain <= H) || (y + h > H && h <= 0.8 * H))) newPage(u.header);

        qreal top = u.span.top;
        while (u.span.bottom - top > H - y + 0.01) {
            // Taller than what is left: cut between lines of text, or move on to an empty page.
            qreal cut = cutBelow(top, top + H - y);
            if (cut <= top + 0.5) {
                if (y > (u.header >= 0 ? m_headers[size_t(u.header)].height() : 0) + 0.5) {
                    newPage(u.header);
                    continue;
                }
                cut = top + H - y; // a single line taller than a page
            }
            put(top, cut);
            top = cut;
            newPage(u.header);
        }
        put(top, u.span.bottom);
    }
    m_pages = page + 1;
}

int DocumentPages::pageAt(qreal y) const
{
    for (const Slice &s : m_slices)
        if (!s.repeatedHeader && y >= s.top && y < s.bottom) return s.page;
    return m_slices.empty() || y < m_slices.front().top ? 0 : m_pages - 1;
}

} // namespace malkoll
