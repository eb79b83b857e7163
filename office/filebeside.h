#pragma once
// A file that libraries write by name (libxlsxwriter, minizip) written safely: into a temporary
// file beside the target, which replaces the target only when it is complete. An existing file is
// replaced only when the caller has asked; a failure leaves it as it was.
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace malkoll {

class FileBeside
{
    Q_DECLARE_TR_FUNCTIONS(FileBeside)

public:
    // `write` fills the temporary file it is given the name of.
    static Result<void> write(const QString &path, bool replace, const std::function<Result<void>(const QString &temporary)> &write);
};

} // namespace malkoll
