#pragma once
// The committee (nämnd) and its units (enheter).
#include <QString>

namespace malkoll {

struct Committee
{
    qint64 id = 0;
    QString name;      // "Kungsholmens stadsdelsnämnd"
    QString shortName; // "Kungsholmen"

    bool operator==(const Committee &) const = default;
};

struct Unit
{
    qint64 id = 0;
    qint64 committeeId = 0;
    qint64 parentId = 0;
    QString name;
    QString number;         // the plan's number for resultatenheter
    bool resultUnit = false; // resultatenhet: carries its result into next year
    QString manager;         // enhetschef

    bool operator==(const Unit &) const = default;
};

} // namespace malkoll
