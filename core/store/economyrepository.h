#pragma once
// Economy lines of a committee's period: verksamhetsområden (with "varav" children),
// resultatenheter (tkr) and investments.
#include "domain/economy.h"
#include "committeeids.h"
#include "result.h"

#include <QHash>

#include <QVariantList>
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
    QHash<qint64, std::vector<BudgetLine>> budgetLines(const CommitteeIds &committees, int year, Period period) const; // by committee

    Result<qint64> addResultUnit(ResultUnitLine &line);
    Result<void> updateResultUnit(const ResultUnitLine &line);
    std::vector<ResultUnitLine> resultUnits(qint64 committeeId, int year, Period period) const;

    Result<qint64> addInvestment(InvestmentLine &line);
    Result<void> updateInvestment(const InvestmentLine &line);
    std::vector<InvestmentLine> investments(qint64 committeeId, int year, Period period) const;

private:
    Result<void> updateLine(qint64 committeeId, int year, Period period, const QString &sql, const QVariantList &binds,
                            const QString &what, const QString &entity, qint64 id, const QString &newValue);
    Store &m_store;
};

} // namespace malkoll
