// libFuzzer target: the report parser on any bytes. It must not crash, hang or grow without
// bound, and what it says about lines must point inside the text.
#include "import/reportparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const malkoll::ParsedReport r = malkoll::ReportParser::parse(bytes);
    for (const auto *list : {&r.rejected, &r.skipped, &r.warnings})
        for (const malkoll::ReportLine &l : *list)
            if (l.line < 1 || l.line > r.lines) std::abort();
    for (const malkoll::ParsedIndicator &i : r.indicators)
        if (i.line < 1 || i.line > r.lines || i.name.isEmpty()) std::abort();
    for (const malkoll::ParsedActivity &a : r.activities)
        if (!a.start.isValid() || !a.end.isValid() || a.end < a.start) std::abort();
    // No control character survives into what was read (they are removed and listed).
    for (const malkoll::ParsedIndicator &i : r.indicators)
        for (QChar c : i.name + i.analysis)
            if (c.unicode() < 0x20 && c != u'\t') std::abort();
    if (r.committee.size() > 120) std::abort(); // a committee's name is a name
    (void)malkoll::ReportParser::listing(r);
    (void)malkoll::ReportParser::read(bytes, QStringLiteral("fuzz.txt")); // the early refusal path
    return 0;
}
