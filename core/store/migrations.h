#pragma once
// Numbered schema migrations. Migration N brings a store from version N-1 to N; a store
// records its version in schema_info. SQL is kept portable (SQLite now, PostgreSQL later):
// no AUTOINCREMENT keyword, ids are returned with INSERT ... RETURNING.
#include <QString>
#include <QStringList>
#include <vector>

namespace malkoll {

struct Migration
{
    int version;
    const char *summary;
    QStringList statements;
};

const std::vector<Migration> &migrations();
// A statement that starts with this runs on SQLite only (the server does the same its own way).
inline constexpr const char *kSqliteOnly = "-- sqlite only\n";
// Every period column, with the codes it takes (T1, T2, VB; VP where a plan has one).
struct PeriodColumn
{
    QString table;
    QString column;
    QStringList codes;
};
const std::vector<PeriodColumn> &periodColumns();
// A migration statement as PostgreSQL takes it: where the dialects must differ (an SQLite
// INTEGER PRIMARY KEY is a rowid that numbers itself; PostgreSQL's is SERIAL).
QString forServer(const QString &statement);
int latestSchemaVersion();

} // namespace malkoll
