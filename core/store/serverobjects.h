#pragma once
// The SQL of the objects every PostgreSQL store has (core/store/server.cpp runs it): the change
// counter, the audit log the server writes itself, the stamps, the row checks, the round's steps,
// the one function a person writes the follow-up tables through, the period vocabulary and the
// length limits. Kept apart from server.cpp so that each stays readable.
#include <QString>
#include <QStringList>

namespace malkoll::serversql {

// The tables whose changes another window must see (the audit log follows every change anyway).
const QStringList &watchedTables();
// The follow-up tables a person writes through malkoll_upsert (an enhetschef has no table rights).
const QStringList &unitTables();
// The city's KF structure, held once for every committee: stad (stadsledningskontoret) writes it.
const QStringList &cityTables();
// Every statement, in order; idempotent. Run by the owner after each migration.
QStringList objectStatements();
// Every object of the schema given to `role` (tables, sequences, functions), so that a committee's
// owner is a role nobody logs in as.
QString ownAllBy(const QString &role);

} // namespace malkoll::serversql
