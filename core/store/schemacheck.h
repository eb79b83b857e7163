#pragma once
// What a store of a given schema version must hold: its tables and their columns, taken
// from the migrations themselves (run once into a database in memory), so the check never
// drifts from the schema. A store missing a table or column is damaged and is not opened:
// a report or export from it would be silently wrong or half-written.
#include "result.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

namespace malkoll {

class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCheck)

public:
    using Tables = QMap<QString, QStringList>; // table → columns

    // The tables and columns migrations 1..version create.
    static const Tables &expected(int version);
    // The user tables and columns in `db`.
    static Tables actual(const QSqlDatabase &db);
    // Fails with the names of what is missing, e.g. "the table “activity_report”".
    static Result<void> verify(const QSqlDatabase &db, int version);
};

} // namespace malkoll
