// libFuzzer target: the CSV reader (dialect detection, quoting, both encodings) and the
// column guess on any bytes. Rows keep increasing file lines; nothing crashes or hangs.
#include "io/csv.h"
#include "import/outcomemapping.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const malkoll::CsvDialect &d : {malkoll::Csv::detect(bytes), malkoll::CsvDialect::comma(),
                                         malkoll::CsvDialect{u';', u',', malkoll::CsvDialect::Encoding::Windows1252}}) {
        const auto table = malkoll::Csv::read(bytes, d);
        if (!table) continue;
        if (table->rows.size() != table->lines.size()) std::abort();
        int previous = 1;
        for (int line : table->lines) {
            if (line <= previous) std::abort();
            previous = line;
        }
        const auto mapping = malkoll::OutcomeMapping::guess(table->header);
        if (mapping.columns.size() != size_t(table->header.size())) std::abort();
        for (const QStringList &row : table->rows) {
            (void)malkoll::Csv::line(row, d);
            for (const QString &cell : row) { // a neutralised cell never starts a formula
                const QString safe = malkoll::Csv::safeText(cell);
                if (!safe.isEmpty() && (safe.at(0) == u'=' || safe.at(0) == u'+' || safe.at(0) == u'@')) std::abort();
            }
        }
    }
    return 0;
}
