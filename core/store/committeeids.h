#pragma once
// The committees one read covers: one, or every committee of a city-wide recompute at once (one
// query per table instead of one per committee). `inList` writes "(1,2,3)" for SQL: the ids are
// the store's own integers, never text a user typed.
#include <QList>
#include <QString>

namespace malkoll {

using CommitteeIds = QList<qint64>;
QString inList(const CommitteeIds &ids);

} // namespace malkoll
