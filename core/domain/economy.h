#pragma once
// Economy values of one committee, year and period (DOMAIN.md §6). Amounts in mnkr,
// resultatenheter in tkr. Deviations are computed in core/calc, never stored.
#include "period.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace malkoll {

struct BudgetLine
{
    qint64 id = 0;
    qint64 committeeId = 0;
    int year = 0;
    Period period = Period::T1;
    qint64 parentId = 0; // a "varav" line: part of its parent, never added into totals again
    QString name;
    int sortOrder = 0;
    double budget = 0;
    double adjustments = 0;   // begärda budgetjusteringar
    double performance = 0;   // prestationsförändringar
    double forecastBefore = 0; // prognos före resultatöverföringar
    double forecastAfter = 0;  // prognos efter resultatöverföringar

    bool operator==(const BudgetLine &) const = default;
};

struct ResultUnitLine
{
    qint64 id = 0;
    qint64 committeeId = 0;
    int year = 0;
    Period period = Period::T1;
    qint64 unitId = 0;
    QString name;
    double grossBudget = 0; // bruttobudget, tkr
    double carriedIn = 0;   // resultatöverföring från föregående år: överskott −, underskott +
    double result = 0;      // beräknat resultat i år: överskott −
    int sortOrder = 0;

    bool operator==(const ResultUnitLine &) const = default;
};

struct InvestmentLine
{
    qint64 id = 0;
    qint64 committeeId = 0;
    int year = 0;
    Period period = Period::T1;
    QString name;
    double budget = 0;
    double adjustments = 0;
    double forecast = 0;
    int sortOrder = 0;

    bool operator==(const InvestmentLine &) const = default;
};

// Texts of a period's document, and whether it is locked.
struct PeriodInfo
{
    qint64 committeeId = 0;
    int year = 0;
    Period period = Period::T1;
    QStringList proposals; // förslag till beslut, in order
    QString summary;       // sammanfattande analys
    // The document's title block; empty: the person printing it, and the day it is printed.
    QString handlaggare, phone;
    QDate documentDate;
    bool locked = false;
    QString lockReason;
    QString lockedBy;

    bool operator==(const PeriodInfo &) const = default;
};

} // namespace malkoll
