#include "workspace.h"

#include "sample/demoloader.h"
#include "store/auditlog.h"
#include "store/backups.h"
#include "store/goalrepository.h"
#include "store/organisationrepository.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <algorithm>

namespace malkoll {

Workspace::Workspace() = default;
Workspace::~Workspace() = default;

Result<void> Workspace::open(const QString &path, bool create, bool readOnly)
{
    Store::Options options;
    options.create = create;
    options.readOnly = readOnly;
    auto opened = Store::open(path, options);
    if (!opened) return Error{opened.error()};
    m_store = std::move(opened).value();
    return {};
}

void Workspace::close() { m_store.reset(); }
QString Workspace::path() const { return m_store ? m_store->path() : QString(); }
bool Workspace::isReadOnly() const { return m_store && m_store->isReadOnly(); }

std::vector<Committee> Workspace::committees() const
{
    return m_store ? OrganisationRepository(*m_store).committees() : std::vector<Committee>{};
}

std::vector<int> Workspace::years(qint64 committeeId) const
{
    return m_store && committeeId ? GoalRepository(*m_store).years(committeeId) : std::vector<int>{};
}

Result<QString> Workspace::makeDailyBackup(int keep) const
{
    if (!m_store || m_store->isReadOnly() || m_store->isServer()) return QString(); // a server keeps its own backups
    return Backups::makeIfDue(*m_store, keep);
}

QStringList Workspace::backups() const { return m_store ? Backups::list(m_store->path()) : QStringList{}; }

Result<void> Workspace::restore(const QString &backup)
{
    if (!m_store) return fail(tr("No store is open."));
    const QString path = m_store->path();
    m_store.reset(); // the file is replaced while nothing has it open
    auto restored = Backups::restore(path, backup);
    if (auto reopened = open(path, false, false); !reopened) return reopened;
    if (!restored) return Error{restored.error()};
    return {};
}

QString Workspace::unconfirmedCommittee(const ParsedReport &report) const
{
    return m_store ? ReportImporter::unconfirmedCommittee(*m_store, report) : QString();
}

Result<ReportImportSummary> Workspace::importReport(const ParsedReport &report, const QString &source, bool allowNewCommittee)
{
    if (!m_store) return fail(tr("No store is open."));
    ReportImporter::Options options;
    options.allowNewCommittee = allowNewCommittee;
    return ReportImporter::import(*m_store, report, source, options);
}

Result<CsvExportSummary> Workspace::exportCsv(const QString &folder, std::optional<int> year) const
{
    if (!m_store) return fail(tr("No store is open."));
    return CsvExport::write(*m_store, folder, year);
}

Result<CommitteeReport> Workspace::reportContent(qint64 committeeId, int year, Period period, qint64 unitId) const
{
    if (!m_store) return fail(tr("No store is open."));
    CommitteeReport::Options options;
    options.unitId = unitId;
    return CommitteeReport::fromStore(*m_store, committeeId, year, period, options);
}

double Workspace::defaultTolerance() const { return m_store ? m_store->defaultTolerance() : 5.0; }

Result<void> Workspace::setDefaultTolerance(double percent)
{
    if (!m_store) return fail(tr("No store is open."));
    return m_store->setDefaultTolerance(percent);
}

QStringList Workspace::valueHistory(qint64 indicatorId) const
{
    QStringList out;
    if (!m_store) return out;
    auto entries = AuditLog(*m_store).history(QStringLiteral("measurement"), indicatorId);
    std::reverse(entries.begin(), entries.end());
    for (const AuditEntry &e : entries)
        out << tr("%1 %2: %3 “%4” → “%5”")
                   .arg(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), e.who, e.field, e.oldValue, e.newValue);
    return out;
}

Result<QString> Workspace::demoStorePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/demo.malkoll");
    if (QFileInfo::exists(path)) return path;
    Result<DemoSummary> loaded = fail(QString());
    {
        auto created = Store::open(path);
        if (!created) return Error{created.error()};
        loaded = DemoLoader::load(*created.value());
    }
    if (!loaded) {
        // Leave no empty store behind: the next start tries again.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) QFile::remove(path + suffix);
        return Error{loaded.error()};
    }
    return path;
}

} // namespace malkoll
