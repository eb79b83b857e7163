#include "backups.h"

#include "store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace malkoll {

QString Backups::folderFor(const QString &storePath)
{
    const QFileInfo info(storePath);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral("-backups");
}

QStringList Backups::list(const QString &storePath)
{
    QDir dir(folderFor(storePath));
    QStringList out;
    for (const QFileInfo &f : dir.entryInfoList({QStringLiteral("*.malkoll")}, QDir::Files, QDir::Name | QDir::Reversed))
        out << f.absoluteFilePath();
    return out;
}

QDateTime Backups::newest(const QString &storePath)
{
    const QStringList all = list(storePath);
    return all.isEmpty() ? QDateTime() : QFileInfo(all.first()).lastModified();
}

Result<QString> Backups::make(const Store &store, int keep)
{
    const QString folder = folderFor(store.path());
    if (!QDir().mkpath(folder)) return fail(tr("Cannot create the backup folder “%1”.").arg(folder));
    const QString name = QStringLiteral("%1/%2-%3.malkoll")
                             .arg(folder, QFileInfo(store.path()).completeBaseName(),
                                  QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    auto made = store.backupTo(name);
    if (!made) return made;
    const QStringList all = list(store.path());
    for (qsizetype i = std::max(1, keep); i < all.size(); ++i) QFile::remove(all[i]);
    return made;
}

Result<QString> Backups::makeIfDue(const Store &store, int keep, qint64 maxAgeSeconds)
{
    const QDateTime last = newest(store.path());
    if (last.isValid() && last.secsTo(QDateTime::currentDateTime()) < maxAgeSeconds) return QString();
    return make(store, keep);
}

Result<void> Backups::restore(const QString &storePath, const QString &backup)
{
    {
        // The backup must itself be a store this Målkoll reads.
        Store::Options look;
        look.create = false;
        look.migrateTo = 0;
        auto probe = Store::open(backup, look);
        if (!probe) return fail(tr("“%1” cannot be restored: %2").arg(backup, probe.error()));
    }
    const QString aside = storePath + QStringLiteral(".before-restore-") +
                          QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (QFile::exists(storePath) && !QFile::copy(storePath, aside))
        return fail(tr("Cannot keep a copy of “%1” before restoring.").arg(storePath));
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) QFile::remove(storePath + suffix);
    const QString incoming = storePath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backup, incoming)) return fail(tr("Cannot copy “%1”.").arg(backup));
    QFile::remove(storePath);
    if (!QFile::rename(incoming, storePath)) return fail(tr("Cannot put the backup in place of “%1”.").arg(storePath));
    return {};
}

} // namespace malkoll
