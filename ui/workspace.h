#pragma once
// The store the window has open and everything the window asks of it besides a period's entry
// (which is the PeriodSession's): committees and years to choose from, backups, imports and
// exports, the report's content, the store-wide tolerance, a value's history. The window wires
// widgets to this and never holds a repository itself.
#include "domain/organisation.h"
#include "domain/period.h"
#include "export/csvexport.h"
#include "import/reportimporter.h"
#include "report/committeereport.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <vector>

namespace malkoll {

class Store;

class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    Workspace();
    ~Workspace();

    // Opens the store at `path` in place of the one open (which stays open when this fails).
    Result<void> open(const QString &path, bool create, bool readOnly);
    void close();
    Store *store() const { return m_store.get(); }
    QString path() const;
    bool isReadOnly() const;

    std::vector<Committee> committees() const;
    std::vector<int> years(qint64 committeeId) const;

    // A backup beside the store once a day while it is in use (none for a read-only store).
    Result<QString> makeDailyBackup(int keep) const;
    QStringList backups() const; // newest first
    // Puts `backup` in place of the store (the current file kept aside) and opens it again.
    Result<void> restore(const QString &backup);

    QString unconfirmedCommittee(const ParsedReport &report) const;
    Result<ReportImportSummary> importReport(const ParsedReport &report, const QString &source, bool allowNewCommittee);
    Result<CsvExportSummary> exportCsv(const QString &folder, std::optional<int> year) const;
    Result<CommitteeReport> reportContent(qint64 committeeId, int year, Period period, qint64 unitId) const;

    double defaultTolerance() const;
    Result<void> setDefaultTolerance(double percent);
    // The audit trail of an indicator's values, newest first, a line each.
    QStringList valueHistory(qint64 indicatorId) const;

    // The bundled demo store in the user's data folder, written on first use.
    static Result<QString> demoStorePath();

private:
    std::unique_ptr<Store> m_store;
};

} // namespace malkoll
