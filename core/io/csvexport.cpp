#include "csvexport.h"

#include "store/store.h"

#include <QDir>
#include <QSaveFile>

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
    return v.toString();
}
} // namespace

Result<CsvExportSummary> CsvExport::write(const Store &store, const QString &folder, std::optional<int> year,
                                          const CsvDialect &dialect)
{
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder)) return fail(tr("Cannot create the folder “%1”.").arg(folder));
    const QStringList tables = Store::exportTables();
    for (const QString &t : tables)
        if (dir.exists(t + QStringLiteral(".csv")))
            return fail(tr("“%1” exists already in “%2”; choose an empty folder.").arg(t + QStringLiteral(".csv"), folder));
    CsvExportSummary summary;
    for (const QString &t : tables) {
        auto rows = store.tableRows(t, year);
        if (!rows) return Error{rows.error()};
        QString text = Csv::line(rows->columns, dialect);
        for (const QVariantList &row : rows->rows) {
            QStringList cells;
            cells.reserve(row.size());
            for (const QVariant &v : row) cells << cellText(v, dialect);
            text += Csv::line(cells, dialect);
        }
        const QString path = dir.filePath(t + QStringLiteral(".csv"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) return fail(tr("Cannot write “%1”: %2").arg(path, file.errorString()));
        file.write(Csv::encode(text, dialect));
        if (!file.commit()) return fail(tr("Cannot write “%1”: %2").arg(path, file.errorString()));
        summary.files << path;
        summary.rows += int(rows->rows.size());
    }
    return summary;
}

} // namespace malkoll
