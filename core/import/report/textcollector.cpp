#include "textcollector.h"

namespace malkoll {

QString plainText(const std::vector<TextBlock> &blocks)
{
    QStringList out;
    for (const TextBlock &b : blocks) out << b.text;
    return out.join(QStringLiteral("\n\n"));
}

QString richText(const std::vector<TextBlock> &blocks)
{
    QString out;
    for (const TextBlock &b : blocks)
        out += b.heading ? QStringLiteral("<h3>%1</h3>").arg(b.text.toHtmlEscaped()) : QStringLiteral("<p>%1</p>").arg(b.text.toHtmlEscaped());
    return out;
}

namespace reportreading {

bool looksLikeSubHeading(const QString &text)
{
    if (text.isEmpty() || text.size() > 80 || !text.at(0).isUpper()) return false;
    const QChar last = text.back();
    return last != u'.' && last != u':' && last != u'!' && last != u'?' && last != u',' && last != u';' && text.count(u' ') < 10;
}

void TextCollector::start(std::vector<TextBlock> *target)
{
    flush();
    // A text does not end in a sub-heading: one with nothing below it was a short paragraph.
    if (m_target && !m_target->empty()) m_target->back().heading = false;
    m_target = target;
}

void TextCollector::line(const QString &text)
{
    if (!m_target || text.isEmpty()) return;
    if (!m_open.isEmpty()) {
        const QChar last = m_open.back();
        const bool broken = last != u'.' && last != u'!' && last != u'?' && last != u':' && text.at(0).isLower();
        if (broken) {
            m_open += u' ' + text;
            return;
        }
        flush();
    }
    m_open = text;
}

void TextCollector::flush()
{
    if (m_open.isEmpty() || !m_target) {
        m_open.clear();
        return;
    }
    // The paragraph before this one was a sub-heading only if a paragraph follows it.
    m_target->push_back({m_open, looksLikeSubHeading(m_open)});
    m_open.clear();
}

} // namespace reportreading
} // namespace malkoll
