#include "ziparchive.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <unzip.h>
#include <zip.h>

namespace malkoll {

Result<std::vector<ZipEntry>> Zip::read(const QString &path, const std::function<bool(const QString &)> &want)
{
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo::exists(path)) return fail(tr("“%1” does not exist.").arg(path));
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip) return fail(tr("“%1” is not a zip file.").arg(name));
    std::vector<ZipEntry> entries;
    qint64 total = 0;
    QString problem;
    QSet<QString> seen;
    for (int r = unzGoToFirstFile(zip); r == UNZ_OK; r = unzGoToNextFile(zip)) {
        unz_file_info64 info{};
        char entry[1024] = {};
        if (unzGetCurrentFileInfo64(zip, &info, entry, sizeof entry - 1, nullptr, 0, nullptr, 0) != UNZ_OK) {
            problem = tr("its table of contents is damaged");
            break;
        }
        const QString entryName = QString::fromUtf8(entry);
        // Two entries of one name (OPC names are case-insensitive): which one a program reads is
        // its own choice, so the file could show one value and import another.
        if (seen.contains(entryName.toLower())) {
            problem = tr("it holds the part “%1” twice").arg(entryName);
            break;
        }
        seen.insert(entryName.toLower());
        if (want && !want(entryName)) continue;
        if (qint64(info.uncompressed_size) > kMaxEntry || total + qint64(info.uncompressed_size) > kMaxTotal) {
            problem = tr("the part “%1” is larger than Målkoll reads").arg(entryName);
            break;
        }
        if (unzOpenCurrentFile(zip) != UNZ_OK) {
            problem = tr("the part “%1” cannot be opened").arg(entryName);
            break;
        }
        QByteArray bytes;
        bytes.reserve(qsizetype(info.uncompressed_size));
        char buffer[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0) {
            bytes.append(buffer, n);
            if (bytes.size() > kMaxEntry) break; // a size in the directory that lies
        }
        const int closed = unzCloseCurrentFile(zip); // checks the CRC of a fully read part
        if (n < 0 || closed != UNZ_OK || bytes.size() > kMaxEntry) {
            problem = tr("the part “%1” is damaged").arg(entryName);
            break;
        }
        total += bytes.size();
        entries.push_back({entryName, bytes, info.compression_method == 0});
    }
    unzClose(zip);
    if (!problem.isEmpty()) return fail(tr("“%1” cannot be read: %2.").arg(name, problem));
    return entries;
}

Result<void> Zip::write(const QString &path, const std::vector<ZipEntry> &entries)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip) return fail(tr("Cannot write “%1”.").arg(path));
    for (const ZipEntry &e : entries) {
        zip_fileinfo info{};
        const QDateTime now = QDateTime::currentDateTime();
        info.tmz_date = {uInt(now.time().second()), uInt(now.time().minute()), uInt(now.time().hour()), uInt(now.date().day()),
                         uInt(now.date().month() - 1), uInt(now.date().year())};
        const int method = e.stored ? 0 : Z_DEFLATED;
        if (zipOpenNewFileInZip64(zip, e.name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr, method,
                                  Z_DEFAULT_COMPRESSION, e.data.size() > 0xffffffffLL) != ZIP_OK ||
            zipWriteInFileInZip(zip, e.data.constData(), unsigned(e.data.size())) != ZIP_OK || zipCloseFileInZip(zip) != ZIP_OK) {
            zipClose(zip, nullptr);
            return fail(tr("Cannot write “%1” into “%2”.").arg(e.name, path));
        }
    }
    if (zipClose(zip, nullptr) != ZIP_OK) return fail(tr("Cannot write “%1”.").arg(path));
    return {};
}

} // namespace malkoll
