#pragma once
// Rotated backups beside a store: "<store>-backups/<name>-YYYYMMDD-HHMMSS.malkoll", the newest
// N kept. Made before upgrades (by Store) and daily while the store is in use; restored from the
// File menu, with a copy of the current state made first so a restore can itself be undone.
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace malkoll {

class Store;

class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    static QString folderFor(const QString &storePath);
    static QStringList list(const QString &storePath); // newest first
    static QDateTime newest(const QString &storePath);
    // Makes a backup now and removes the oldest beyond `keep`.
    static Result<QString> make(const Store &store, int keep);
    // Makes one when the newest is older than `maxAge` (or there is none).
    static Result<QString> makeIfDue(const Store &store, int keep, qint64 maxAgeSeconds = 24 * 3600);
    // Replaces the (closed) store file with `backup`, after copying the current file aside.
    static Result<void> restore(const QString &storePath, const QString &backup);
};

} // namespace malkoll
