#include "pdfoutline.h"

#define POINTERHOLDER_TRANSITION 4 // qpdf 11: std::shared_ptr throughout

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <qpdf/Buffer.hh>

#include <exception>
#include <functional>

namespace malkoll {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("PdfOutline", text); }

struct Node
{
    QPDFObjectHandle item;
    std::vector<size_t> children;
};
} // namespace

Result<void> PdfOutline::add(const QString &path, const std::vector<PdfHeading> &headings, const QString &language)
{
    try {
        QPDF pdf;
        pdf.processFile(QFile::encodeName(path).constData());
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
        QPDFObjectHandle root = pdf.getRoot();
        root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(language.toStdString()));
        QPDFObjectHandle prefs = QPDFObjectHandle::newDictionary();
        prefs.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
        root.replaceKey("/ViewerPreferences", prefs);

        if (!headings.empty() && !pages.empty()) {
            // The tree by level: each heading under the nearest one above it of a lower level.
            std::vector<Node> nodes(headings.size() + 1); // 0: the outline's root
            nodes[0].item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
            nodes[0].item.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
            std::vector<std::pair<int, size_t>> open{{0, 0}}; // (level, node)
            for (size_t i = 0; i < headings.size(); ++i) {
                const PdfHeading &h = headings[i];
                const size_t at = i + 1;
                while (open.size() > 1 && open.back().first >= h.level) open.pop_back();
                const size_t parent = open.back().second;
                QPDFObjectHandle item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
                item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(h.title.simplified().toStdString()));
                item.replaceKey("/Parent", nodes[parent].item);
                QPDFPageObjectHelper &page = pages[size_t(std::clamp(h.page, 0, int(pages.size()) - 1))];
                const double height = page.getMediaBox().getArrayItem(3).getNumericValue();
                QPDFObjectHandle dest = QPDFObjectHandle::newArray();
                dest.appendItem(page.getObjectHandle());
                dest.appendItem(QPDFObjectHandle::newName("/XYZ"));
                dest.appendItem(QPDFObjectHandle::newNull());
                dest.appendItem(QPDFObjectHandle::newReal(std::max(0.0, height - h.fromTop + 4), 1));
                dest.appendItem(QPDFObjectHandle::newNull());
                item.replaceKey("/Dest", dest);
                nodes[at].item = item;
                nodes[parent].children.push_back(at);
                open.push_back({h.level, at});
            }
            // Siblings linked, each parent's first, last and (all open) count of what is beneath.
            std::function<int(size_t)> link = [&](size_t n) {
                const std::vector<size_t> &kids = nodes[n].children;
                int count = 0;
                for (size_t k = 0; k < kids.size(); ++k) {
                    if (k > 0) nodes[kids[k]].item.replaceKey("/Prev", nodes[kids[k - 1]].item);
                    if (k + 1 < kids.size()) nodes[kids[k]].item.replaceKey("/Next", nodes[kids[k + 1]].item);
                    count += 1 + link(kids[k]);
                }
                if (!kids.empty()) {
                    nodes[n].item.replaceKey("/First", nodes[kids.front()].item);
                    nodes[n].item.replaceKey("/Last", nodes[kids.back()].item);
                    nodes[n].item.replaceKey("/Count", QPDFObjectHandle::newInteger(count));
                }
                return count;
            };
            link(0);
            root.replaceKey("/Outlines", nodes[0].item);
            root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
        }
        // Written beside and put in place when complete, as every file Målkoll writes.
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.write();
        const std::shared_ptr<Buffer> bytes = writer.getBufferSharedPointer();
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly)) return fail(tr("Cannot write “%1”: %2").arg(path, out.errorString()));
        if (out.write(reinterpret_cast<const char *>(bytes->getBuffer()), qint64(bytes->getSize())) != qint64(bytes->getSize()))
            return fail(tr("Cannot write “%1”: %2").arg(path, out.errorString()));
        if (!out.commit()) return fail(tr("Cannot write “%1”: %2").arg(path, out.errorString()));
        return {};
    } catch (const std::exception &e) {
        return fail(tr("Cannot add the headings to “%1”: %2").arg(path, QString::fromLocal8Bit(e.what())));
    }
}

Result<QStringList> PdfOutline::read(const QString &path)
{
    try {
        QPDF pdf;
        pdf.processFile(QFile::encodeName(path).constData());
        QPDFOutlineDocumentHelper outlines(pdf);
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
        QStringList out;
        std::function<void(std::vector<QPDFOutlineObjectHelper>, int)> walk = [&](std::vector<QPDFOutlineObjectHelper> items, int level) {
            for (QPDFOutlineObjectHelper &o : items) {
                int page = -1;
                QPDFObjectHandle target = o.getDestPage();
                for (size_t p = 0; p < pages.size(); ++p)
                    if (pages[p].getObjectHandle().getObjGen() == target.getObjGen()) page = int(p);
                out << QStringLiteral("%1|%2|%3").arg(level).arg(page).arg(QString::fromStdString(o.getTitle()));
                walk(o.getKids(), level + 1);
            }
        };
        walk(outlines.getTopLevelOutlines(), 1);
        QPDFObjectHandle lang = pdf.getRoot().getKey("/Lang");
        out.prepend(QStringLiteral("lang|%1").arg(lang.isString() ? QString::fromStdString(lang.getUTF8Value()) : QString()));
        return out;
    } catch (const std::exception &e) {
        return fail(tr("Cannot read “%1”: %2").arg(path, QString::fromLocal8Bit(e.what())));
    }
}

} // namespace malkoll
