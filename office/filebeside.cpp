#include "filebeside.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <sys/stat.h>

namespace malkoll {

Result<void> FileBeside::write(const QString &path, bool replace, const std::function<Result<void>(const QString &temporary)> &write)
{
    const QFileInfo target(path);
    if (target.exists() && !replace) return fail(tr("“%1” exists; it was left as it is.").arg(path));
    QTemporaryFile temporary(
        target.absoluteDir().filePath(QStringLiteral(".%1-XXXXXX.%2").arg(target.completeBaseName(), target.suffix())));
    if (!temporary.open()) return fail(tr("Cannot write in the folder of “%1”: %2").arg(path, temporary.errorString()));
    temporary.close(); // the library writes it by its name
    if (auto written = write(temporary.fileName()); !written) return written;
    // A temporary file is the owner's alone (0600); the file written gets what the umask gives,
    // as any other program's would.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::chmod(QFile::encodeName(temporary.fileName()).constData(), 0666 & ~mask);
    if (QFileInfo::exists(path) && !QFile::remove(path)) return fail(tr("Cannot replace “%1”.").arg(path));
    if (!QFile::rename(temporary.fileName(), path)) return fail(tr("Cannot write “%1”.").arg(path));
    temporary.setAutoRemove(false); // it is `path` now
    return {};
}

} // namespace malkoll
