#pragma once
// Economy lines of a committee's period: verksamhetsområden (with "varav" children),
// resultatenheter (tkr) and investments.
#include "domain/economy.h"
#include "result.h"

#include <vector>
#include <QCoreApplication>

namespace malkoll {

class Store;

class EconomyRepository
{
    Q_DECLARE_TR_FUNCTIONS(EconomyRepository)

public:
    explicit EconomyRepository(Store &store) : m_store(store) {}

    Result<qint64> addBudgetLine(BudgetLine &line);
    Result<void> updateBudgetLine(const BudgetLine &line);
    std::vector<BudgetLine> budgetLines(qint64 committeeId, int year, Period period) const; // parents first

    Result<qint64> addResultUnit(ResultUnitLine &line);
    std::vector<ResultUnitLine> resultUnits(qint64 committeeId, int year, Period period) const;

    Result<qint64> addInvestment(InvestmentLine &line);
    std::vector<InvestmentLine> investments(qint64 committeeId, int year, Period period) const;

private:
    Store &m_store;
};

} // namespace malkoll
