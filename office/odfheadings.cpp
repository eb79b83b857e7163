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
        out += xml.mid(done, open - done);
        QByteArray start = xml.mid(open, xml.indexOf('>', open) + 1 - open); // <text:p …>
        start.replace(0, int(qstrlen("<text:p")), QByteArray("<text:h text:outline-level=\"") + level + '"');
        out += start;
        out += xml.mid(open + (xml.indexOf('>', open) + 1 - open), at - (xml.indexOf('>', open) + 1));
        out += xml.mid(levelAt + 1 + kMark.size(), close - (levelAt + 1 + kMark.size()));
        out += "</text:h>";
        done = close + qsizetype(qstrlen("</text:p>"));
    }
    out += xml.mid(done);
    return out;
}

Result<void> OdfHeadings::rewrite(const QString &written, const QString &path)
{
    auto entries = Zip::read(written);
    if (!entries) return Error{entries.error()};
    for (ZipEntry &e : entries.value())
        if (e.name == u"content.xml") e.data = convert(e.data);
    return Zip::write(path, entries.value());
}

} // namespace malkoll
