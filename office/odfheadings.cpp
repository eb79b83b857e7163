#include "odfheadings.h"

#include "ziparchive.h"

namespace malkoll {

namespace {
const QByteArray kMark = QStringLiteral("\u2063").toUtf8();
}

QString OdfHeadings::headingMark(int level) { return QStringLiteral("\u2063%1\u2063").arg(std::clamp(level, 1, 6)); }

QByteArray OdfHeadings::convert(const QByteArray &xml)
{
    QByteArray out;
    out.reserve(xml.size());
    qsizetype done = 0;
    for (qsizetype at = xml.indexOf(kMark); at >= 0; at = xml.indexOf(kMark, done)) {
        const qsizetype levelAt = at + kMark.size();
        const bool mark = levelAt + 1 + kMark.size() <= xml.size() && xml.at(levelAt) >= '1' && xml.at(levelAt) <= '6' &&
                          xml.mid(levelAt + 1, kMark.size()) == kMark;
        const qsizetype open = xml.lastIndexOf("<text:p", at);
        const qsizetype close = xml.indexOf("</text:p>", at);
        if (!mark || open < done || close < 0) { // not a mark of ours: left as it is
            out += xml.mid(done, levelAt - done);
            done = levelAt;
            continue;
        }
        const char level = xml.at(levelAt);
        const qsizetype openEnd = xml.indexOf('>', open) + 1;  // after <text:p …>
        const qsizetype textAt = levelAt + 1 + kMark.size(); // after the mark
        out += xml.mid(done, open - done);
        out += QByteArray("<text:h text:outline-level=\"") + level + '"';
        out += xml.mid(open + qsizetype(qstrlen("<text:p")), openEnd - open - qsizetype(qstrlen("<text:p"))); // its attributes
        out += xml.mid(openEnd, at - openEnd);  // spans opened before the mark
        out += xml.mid(textAt, close - textAt); // the heading's text
        out += "</text:h>";
        done = close + qsizetype(qstrlen("</text:p>"));
    }
    out += xml.mid(done);
    return out;
}

QByteArray OdfHeadings::describeFrames(const QByteArray &xml, const QHash<QString, QString> &descriptions)
{
    QByteArray out = xml;
    for (auto it = descriptions.cbegin(); it != descriptions.cend(); ++it) {
        const QByteArray name = "draw:name=\"" + it.key().toHtmlEscaped().toUtf8() + '"';
        const qsizetype frame = out.indexOf(name);
        const qsizetype end = frame < 0 ? -1 : out.indexOf("</draw:frame>", frame);
        if (end < 0) continue;
        const QByteArray words = it.value().toHtmlEscaped().toUtf8();
        out.insert(end, "<svg:title>" + words.left(words.indexOf(':') > 0 ? words.indexOf(':') : words.size()) + "</svg:title><svg:desc>" +
                            words + "</svg:desc>");
    }
    return out;
}

Result<void> OdfHeadings::rewrite(const QString &written, const QString &path, const QHash<QString, QString> &descriptions)
{
    auto entries = Zip::read(written);
    if (!entries) return Error{entries.error()};
    for (ZipEntry &e : entries.value())
        if (e.name == u"content.xml") e.data = describeFrames(convert(e.data), descriptions);
    return Zip::write(path, entries.value());
}

} // namespace malkoll
