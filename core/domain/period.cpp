#include "period.h"

#include <QtGlobal>

namespace malkoll {

QString periodCode(Period p)
{
    switch (p) {
    case Period::VP: return QStringLiteral("VP");
    case Period::T1: return QStringLiteral("T1");
    case Period::T2: return QStringLiteral("T2");
    case Period::VB: return QStringLiteral("VB");
    }
    return {};
}

std::optional<Period> periodFromCode(const QString &code)
{
    // Stored codes first: this runs for every row the store reads.
    if (code.size() == 2) {
        if (code == u"T1") return Period::T1;
        if (code == u"T2") return Period::T2;
        if (code == u"VB") return Period::VB;
        if (code == u"VP") return Period::VP;
    }
    const QString c = code.trimmed().toUpper().remove(QLatin1Char(' '));
    if (c == u"VP" || c == u"VERKSAMHETSPLAN") return Period::VP;
    if (c == u"T1" || c == u"TERTIAL1" || c == u"TERTIALRAPPORT1") return Period::T1;
    if (c == u"T2" || c == u"TERTIAL2" || c == u"TERTIALRAPPORT2") return Period::T2;
    if (c == u"VB" || c == u"VERKSAMHETSBERÄTTELSE" || c == u"HELÅR") return Period::VB;
    return std::nullopt;
}

std::optional<Period> storedPeriod(const QString &code)
{
    if (code == u"T1") return Period::T1;
    if (code == u"T2") return Period::T2;
    if (code == u"VB") return Period::VB;
    if (code == u"VP") return Period::VP;
    return std::nullopt;
}

Period storedPeriodOrUnknown(const QString &code, const char *table)
{
    if (const auto p = storedPeriod(code)) return *p;
    qWarning("Målkoll: a row of %s has the period “%s”, which is none of VP, T1, T2, VB; it is left out.", table,
             qPrintable(code.left(40)));
    return kUnknownPeriod;
}

int periodMonths(Period p)
{
    switch (p) {
    case Period::VP: return 0;
    case Period::T1: return 4;
    case Period::T2: return 8;
    case Period::VB: return 12;
    }
    return 0;
}

QString periodTitle(Period p)
{
    switch (p) {
    case Period::VP: return QStringLiteral("Verksamhetsplan");
    case Period::T1: return QStringLiteral("Tertialrapport 1");
    case Period::T2: return QStringLiteral("Tertialrapport 2");
    case Period::VB: return QStringLiteral("Verksamhetsberättelse");
    }
    return {};
}

} // namespace malkoll
