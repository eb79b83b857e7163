#pragma once
// Paragraphs from the lines of extracted prose: a paragraph broken by the extraction (a line
// without its full stop, the next beginning in lower case) is joined again; a short line
// without punctuation between paragraphs is a sub-heading.
#include "import/reportparser.h"

namespace malkoll::reportreading {

class TextCollector
{
public:
    // Where the paragraphs go from now on (nullptr: nowhere); what was open is finished first.
    void start(std::vector<TextBlock> *target);
    void line(const QString &text); // a line of prose, cleaned
    void stop() { start(nullptr); }
    bool active() const { return m_target != nullptr; }

private:
    void flush();

    std::vector<TextBlock> *m_target = nullptr;
    QString m_open;
};

bool looksLikeSubHeading(const QString &text);

} // namespace malkoll::reportreading
