#pragma once
// The entries of a zip file — the container of .xlsx and .odt — read and written with minizip.
// Reading stops at sane sizes (a zip bomb is refused, not unpacked), and a damaged entry is named.
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <functional>
#include <vector>

namespace malkoll {

struct ZipEntry
{
    QString name;
    QByteArray data;
    bool stored = false; // not compressed (an OpenDocument's "mimetype" must be)
};

class Zip
{
    Q_DECLARE_TR_FUNCTIONS(Zip)

public:
    static constexpr qint64 kMaxEntry = 256LL * 1024 * 1024; // one entry, uncompressed
    static constexpr qint64 kMaxTotal = 512LL * 1024 * 1024; // all entries read

    // The entries `want` accepts (all without it), in the zip's order. The message names the file.
    static Result<std::vector<ZipEntry>> read(const QString &path, const std::function<bool(const QString &)> &want = {});
    // Writes the entries, in order, to `path` (replaced if it exists: the caller writes a
    // temporary file and renames it).
    static Result<void> write(const QString &path, const std::vector<ZipEntry> &entries);
};

} // namespace malkoll
