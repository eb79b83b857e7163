#include "schemacheck.h"

#include "migrations.h"

#include <QAtomicInteger>
#include <QMutex>
#include <QSqlQuery>
#include <map>

namespace malkoll {

namespace {
QAtomicInteger<int> scratchCounter;
} // namespace

SchemaCheck::Tables SchemaCheck::actual(const QSqlDatabase &db)
{
    Tables out;
    if (db.driverName() == QLatin1String("QPSQL")) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = "
                                  "current_schema() ORDER BY table_name, ordinal_position")))
            while (q.next()) out[q.value(0).toString()] << q.value(1).toString();
        return out;
    }
    QSqlQuery tables(db);
    tables.setForwardOnly(true);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")))
        return out;
    QStringList names;
    while (tables.next()) names << tables.value(0).toString();
    tables.finish();
    for (const QString &name : names) {
        QSqlQuery columns(db);
        columns.setForwardOnly(true);
        QStringList cols;
        // The name comes from sqlite_master; quoted as an identifier.
        if (columns.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(QString(name).replace(u'"', QStringLiteral("\"\"")))))
            while (columns.next()) cols << columns.value(1).toString();
        out.insert(name, cols);
    }
    return out;
}

const SchemaCheck::Tables &SchemaCheck::expected(int version)
{
    static QMutex mutex;
    static std::map<int, Tables> cache;
    QMutexLocker lock(&mutex);
    if (auto it = cache.find(version); it != cache.end()) return it->second;
    const QString name = QStringLiteral("malkoll-schema-%1").arg(scratchCounter.fetchAndAddRelaxed(1));
    Tables tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            for (const Migration &m : migrations()) {
                if (m.version > version) break;
                for (const QString &sql : m.statements) {
                    QSqlQuery q(db);
                    q.exec(sql);
                }
            }
            tables = actual(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return cache.emplace(version, std::move(tables)).first->second;
}

Result<void> SchemaCheck::verify(const QSqlDatabase &db, int version)
{
    const Tables &want = expected(version);
    const Tables have = actual(db);
    QStringList missing;
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        if (!have.contains(it.key())) {
            missing << tr("the table “%1”").arg(it.key());
            continue;
        }
        const QStringList &columns = have.value(it.key());
        for (const QString &c : it.value())
            if (!columns.contains(c)) missing << tr("the column “%1.%2”").arg(it.key(), c);
    }
    if (missing.isEmpty()) return {};
    return fail(tr("it lacks %1, which schema %2 has").arg(missing.join(QStringLiteral(", "))).arg(version));
}

} // namespace malkoll
