#pragma once
// One line of the audit log: who changed what, when, from which value to which.
#include <QDateTime>
#include <QString>

namespace malkoll {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString who;
    QString entity; // "measurement", "indicator", ...
    qint64 entityId = 0;
    QString field;
    QString oldValue;
    QString newValue;
};

} // namespace malkoll
