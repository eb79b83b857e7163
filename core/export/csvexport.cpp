#include "csvexport.h"

#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace malkoll {

namespace {
QString cellText(const QVariant &v, const CsvDialect &dialect)
{
    if (v.isNull()) return {};
    if (v.typeId() == QMetaType::Double) {
        QString s = QString::number(v.toDouble(), 'g', 15);
        if (dialect.decimal == u',') s.replace(u'.', u',');
        return s;
    }
    if (v.typeId() == QMetaType::QString) return Csv::safeText(v.toString()); // a name is never run as a formula
    return v.toString();
}
} // namespace

Result<CsvExportSummary> CsvExport::write(const Store &store, const QString &folder, std::optional<int> year,
                                          const CsvDialect &dialect)
{
    QDir dir(folder);
    const QStringList tables = Store::exportTables();
    for (const QString &t : tables)
        if (dir.exists(t + QStringLiteral(".csv")))
            return fail(tr("“%1” exists already in “%2”; choose an empty folder.").arg(t + QStringLiteral(".csv"), folder));
    // Every file is written into a temporary folder beside the target and moved into place only
    // when all of them are complete: a failed export leaves no half of itself behind.
    const QString parent = QFileInfo(QDir::cleanPath(QFileInfo(folder).absoluteFilePath())).absolutePath();
    if (!QDir().mkpath(parent)) return fail(tr("Cannot create the folder “%1”.").arg(parent));
    QTemporaryDir scratch(parent + QStringLiteral("/.malkoll-export-XXXXXX"));
    if (!scratch.isValid()) return fail(tr("Cannot write in “%1”: %2").arg(parent, scratch.errorString()));
    CsvExportSummary summary;
    for (const QString &t : tables) {
        auto rows = store.tableRows(t, year);
        if (!rows) return fail(tr("Nothing was exported: %1").arg(rows.error()));
        QString text = Csv::line(rows->columns, dialect);
        for (const QVariantList &row : rows->rows) {
            QStringList cells;
            cells.reserve(row.size());
            for (const QVariant &v : row) cells << cellText(v, dialect);
            text += Csv::line(cells, dialect);
        }
        if (auto r = Csv::writeFile(scratch.filePath(t + QStringLiteral(".csv")), text, dialect, false); !r)
            return fail(tr("Nothing was exported: %1").arg(r.error()));
        summary.files << dir.filePath(t + QStringLiteral(".csv"));
        summary.rows += int(rows->rows.size());
    }
    if (!dir.exists()) {
        if (!QDir().rename(scratch.path(), QFileInfo(folder).absoluteFilePath()))
            return fail(tr("Cannot create the folder “%1”.").arg(folder));
        scratch.setAutoRemove(false);
        return summary;
    }
    QStringList moved;
    for (const QString &t : tables) {
        const QString name = t + QStringLiteral(".csv");
        if (!QFile::rename(scratch.filePath(name), dir.filePath(name))) {
            for (const QString &m : moved) QFile::remove(m); // the folder as it was
            return fail(tr("Nothing was exported: cannot move “%1” into “%2”.").arg(name, folder));
        }
        moved << dir.filePath(name);
    }
    return summary;
}

} // namespace malkoll
