#pragma once
// Targets as reports write them, read into typed targets and written back in Swedish.
#include "domain/target.h"
#include "result.h"
#include <QCoreApplication>

namespace malkoll {

class TargetText
{
    Q_DECLARE_TR_FUNCTIONS(TargetText)

public:
    // "80 %", "4,9", "Ökning", "Minska", "Max 10 personer", "Minst 60 %", "+/- 1 %",
    // "2 % energieffektivisering relativt 2018", "Tas fram av nämnd", "Fastställs 2024",
    // and the PDF-extraction damage seen in real reports ("Faststäl ls 2024").
    static Result<Target> parse(const QString &text);
    // Swedish display text; numbers in the indicator's unit and decimals.
    static QString format(const Target &target, int decimals, const QString &unit);
};

} // namespace malkoll
