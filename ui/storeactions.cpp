#include "storeactions.h"

#include "dialogs/connectdialog.h"
#include "store/server.h"
#include "store/store.h"
#include "widgets/tableexport.h"
#include "widgets/gapview.h"
#include "widgets/economyview.h"
#include "widgets/planview.h"
#include "export/statusreport.h"
#include "calc/evaluator.h"
#include "store/economyrepository.h"
#include "text/labels.h"

#include "import/outcomeimport.h"
#include "mainwindow.h"
#include "periodsession.h"
#include "report/committeereport.h"
#include "report/reportrenderer.h"
#include "widgets/goalpanel.h"
#include "widgets/outcomeimportdialog.h"
#include "workspace.h"
#include "appsettings.h"
#include "dialogs/reportidentitydialog.h"
#include "import/reportparser.h"
#include "plan/newyear.h"
#include "store/organisationrepository.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QKeySequence>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStatusBar>
#include <QUndoStack>

namespace malkoll {

StoreActions::StoreActions(MainWindow *window, Workspace *workspace, PeriodSession *session)
    : QObject(window), m_window(window), m_workspace(workspace), m_session(session)
{
}

void StoreActions::addTo(QMenu *file)
{
    file->addAction(tr("&New store…"), QKeySequence::New, this, &StoreActions::newStore);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &StoreActions::openStoreDialog);
    file->addAction(tr("Open the &demo store"), this, &StoreActions::openDemoStore);
    file->addAction(tr("&Connect to a server…"), this, &StoreActions::connectToServer);
    m_recent = file->addMenu(tr("Open &recent"));
    refreshRecent();
    file->addAction(tr("Restore from a &backup…"), this, &StoreActions::restoreBackup);
    file->addSeparator();
    file->addAction(tr("Import &outcomes from CSV or Excel…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, &StoreActions::importOutcomes);
    file->addAction(tr("Import a plan or &report (text)…"), this, &StoreActions::importReport);
    file->addAction(tr("Export as &CSV…"), this, &StoreActions::exportCsv);
    QMenu *excel = file->addMenu(tr("Export to E&xcel"));
    excel->addAction(tr("The period's &status table…"), this, &StoreActions::exportStatusWorkbook);
    excel->addAction(tr("The &gap view as filtered…"), this, [this] {
        const auto tables = m_window->gapView()->exportTables();
        TableExport::saveWorkbook(m_window, tables.front().title, tables);
    });
    excel->addAction(tr("The &economy tables…"), this, [this] {
        TableExport::saveWorkbook(m_window, tr("Economy"), m_window->economyView()->exportTables());
    });
    excel->addAction(tr("The year's &indicator list…"), this, [this] {
        const auto tables = m_window->planView()->exportTables();
        if (!tables.empty()) TableExport::saveWorkbook(m_window, tables.front().title, tables);
    });
    file->addSeparator();
    file->addAction(tr("Start the next &year from this one…"), this, &StoreActions::startNextYear);
    file->addSeparator();
    file->addAction(tr("&Export report…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, &StoreActions::exportReport);
    file->addAction(tr("Export the &verksamhetsplan…"), this, &StoreActions::exportPlan);
    file->addAction(tr("Report print pre&view…"), QKeySequence::Print, this, &StoreActions::previewReport);
}

void StoreActions::refreshRecent() { fillRecentMenu(); }

void StoreActions::fillRecentMenu()
{
    if (!m_recent) return;
    m_recent->clear();
    const QStringList recent = AppSettings::recentStores();
    for (const QString &path : recent) {
        if (!ServerAddress::isUrl(path) && !QFileInfo::exists(path)) continue;
        m_recent->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (auto r = m_window->openStore(path); !r) QMessageBox::warning(m_window, tr("Målkoll"), r.error());
        });
    }
    m_recent->setEnabled(!m_recent->isEmpty());
}

void StoreActions::restoreBackup()
{
    if (!m_workspace->store()) return;
    const QStringList backups = m_workspace->backups();
    if (backups.isEmpty()) {
        QMessageBox::information(m_window, tr("Restore"), tr("There is no backup of this store yet."));
        return;
    }
    QStringList names;
    for (const QString &b : backups) names << QFileInfo(b).fileName();
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_window, tr("Restore from a backup"),
                                                 tr("Replace the store with this backup (the current state is kept "
                                                    "aside):"),
                                                 names, 0, false, &ok);
    if (!ok) return;
    const QString path = m_workspace->path();
    m_session->setStore(nullptr);
    auto restored = m_workspace->restore(backups.at(names.indexOf(chosen)));
    if (auto r = m_window->openStore(path); !r) QMessageBox::warning(m_window, tr("Målkoll"), r.error());
    if (!restored) m_window->showMessage(restored.error());
    else m_window->statusBar()->showMessage(tr("Restored %1.").arg(chosen), 10000);
}

void StoreActions::importOutcomes()
{
    if (!m_workspace->store() || !m_session->snapshot()) {
        m_window->showMessage(tr("Open a store with a committee and a year first."));
        return;
    }
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Import outcomes"), AppSettings::csvImportFolder(),
                                                      tr("CSV files and Excel workbooks (*.csv *.txt *.xlsx);;All files (*)"));
    if (file.isEmpty()) return;
    AppSettings::setCsvImportFolder(QFileInfo(file).absolutePath());
    importOutcomesFrom(file);
}

void StoreActions::importOutcomesFrom(const QString &file)
{
    const auto snap = m_session->snapshot();
    if (!m_workspace->store() || !snap) {
        m_window->showMessage(tr("Open a store with a committee and a year first."));
        return;
    }
    m_window->goalPanel()->saveAnalysis();
    OutcomeImportDialog dialog(*m_workspace->store(), snap->committee.id, snap->year, snap->period, file, m_window);
    dialog.setApply([this](const OutcomePreview &preview) { return m_session->importValues(preview); }); // one undo step
    if (dialog.exec() != QDialog::Accepted) return;
    m_window->statusBar()->showMessage(tr("Imported %n value row(s) from %1.", nullptr, dialog.imported()).arg(QFileInfo(file).fileName()), 10000);
}

void StoreActions::importReport()
{
    if (!m_workspace->store()) return;
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Import a plan or report"), QString(),
                                                      tr("Text extracted from the PDF (*.txt);;All files (*)"));
    if (file.isEmpty()) return;
    importReportFrom(file);
}

void StoreActions::importReportFrom(const QString &file)
{
    if (!m_workspace->store()) return;
    auto read = ReportParser::readFile(file);
    if (!read) {
        QMessageBox::warning(m_window, tr("Import"), tr("Nothing was imported: %1").arg(read.error()));
        return;
    }
    ParsedReport &report = read.value();
    if (ReportIdentityDialog::needed(report)) {
        // What the title does not say is asked, with Målkoll's guesses filled in.
        QStringList committees;
        for (const Committee &c : OrganisationRepository(*m_workspace->store()).committees()) committees << c.name;
        ReportIdentityDialog ask(report, file, committees, m_window);
        if (ask.exec() != QDialog::Accepted) return;
        const ReportIdentity id = ask.identity();
        ReportParser::applyIdentity(report, id);
        report.unit = id.unit; // an emptied unit field: the committee's own report
    }
    bool newCommittee = false;
    if (const QString other = m_workspace->unconfirmedCommittee(report); !other.isEmpty()) {
        // A new committee is never made without asking: a damaged title would make a second one.
        const auto answer = QMessageBox::question(
            m_window, tr("Import"),
            tr("The report is for “%1”, which is not in this store. Add it as a new committee?").arg(other),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) return;
        newCommittee = true;
    }
    if (!report.unreconciled.empty()) {
        // Tables that do not add up to their own total are not stored unless the person says so.
        QStringList lines;
        for (const ReportLine &l : report.unreconciled) lines << tr("line %1: %2").arg(l.line).arg(l.reason);
        QMessageBox ask(QMessageBox::Warning, tr("Import"),
                        tr("%n economy table(s) of the report do not add up to their own total. Their lines are not "
                           "stored unless you say so.", nullptr, int(report.unreconciled.size())),
                        QMessageBox::NoButton, m_window);
        ask.setObjectName(QStringLiteral("unreconciledQuestion"));
        ask.setInformativeText(lines.mid(0, 6).join(u'\n') + (lines.size() > 6 ? QStringLiteral("\n…") : QString()));
        ask.setDetailedText(lines.join(u'\n'));
        QPushButton *without = ask.addButton(tr("Import &without them"), QMessageBox::AcceptRole);
        without->setObjectName(QStringLiteral("withoutUnreconciled"));
        QPushButton *asRead = ask.addButton(tr("&Store them as read"), QMessageBox::DestructiveRole);
        asRead->setObjectName(QStringLiteral("acceptUnreconciled"));
        ask.addButton(QMessageBox::Cancel);
        ask.setDefaultButton(without);
        ask.exec();
        if (ask.clickedButton() == asRead) ReportParser::acceptUnreconciled(report);
        else if (ask.clickedButton() != without) return;
    }
    m_window->goalPanel()->saveAnalysis();
    auto summary = m_workspace->importReport(report, QFileInfo(file).fileName(), newCommittee);
    if (!summary) {
        QMessageBox::warning(m_window, tr("Import"), tr("Nothing was imported: %1").arg(summary.error()));
        return;
    }
    m_session->undoStack()->clear();
    if (auto r = m_window->openStore(m_workspace->path()); !r) m_window->showMessage(r.error()); // committees and years may be new
    // Show what was imported: its committee, year and period (a plan shows as T1 of its year).
    m_window->showImported(summary->committeeId, summary->year, summary->period == Period::VP ? Period::T1 : summary->period);
    QMessageBox box(QMessageBox::Information, tr("Import"), tr("The report was imported."), QMessageBox::Ok, m_window);
    box.setDetailedText(ReportImporter::describe(summary.value(), report));
    box.setInformativeText(tr("%1 rejected line(s); see the details.").arg(summary->rejected));
    box.exec();
}

void StoreActions::startNextYear()
{
    const auto snap = m_session->snapshot();
    if (!m_workspace->store() || !snap) return;
    const int from = snap->year, to = snap->year + 1;
    const auto answer = QMessageBox::question(
        m_window, tr("Start the next year"),
        tr("Start %1's plan for %2 from %3: its goals, its indicators with their targets (marked to review) and the "
           "activities that continue into %1? %3 is not changed.")
            .arg(to)
            .arg(snap->committee.name)
            .arg(from),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) return;
    m_window->goalPanel()->saveAnalysis();
    auto made = NewYear::create(*m_workspace->store(), snap->committee.id, from, to);
    if (!made) {
        QMessageBox::warning(m_window, tr("Start the next year"), tr("Nothing was made: %1").arg(made.error()));
        return;
    }
    const qint64 committee = snap->committee.id;
    m_session->undoStack()->clear();
    if (auto r = m_window->openStore(m_workspace->path()); !r) m_window->showMessage(r.error());
    m_window->showImported(committee, to, Period::T1);
    m_window->statusBar()->showMessage(tr("%1 started from %2: %3 goals, %4 indicators, %5 continuing activities.")
                                           .arg(to)
                                           .arg(from)
                                           .arg(made->goals)
                                           .arg(made->indicators)
                                           .arg(made->activities),
                                       10000);
}

void StoreActions::exportStatusWorkbook()
{
    const auto snap = m_session->snapshot();
    const auto evaluation = m_session->evaluation();
    if (!m_workspace->store() || !snap || !evaluation) {
        m_window->showMessage(tr("Open a store with a committee and a year first."));
        return;
    }
    const auto tables = StatusReport::build(*snap, *evaluation,
                                            EconomyRepository(*m_workspace->store()).budgetLines(snap->committee.id, snap->year, snap->period),
                                            labels::uiLanguage());
    const QString name = tr("Status %1 %2").arg(periodCode(snap->period)).arg(snap->year);
    if (const QString path = TableExport::saveWorkbook(m_window, name, tables); !path.isEmpty())
        m_window->statusBar()->showMessage(tr("Wrote %1.").arg(QFileInfo(path).fileName()), 10000);
}

void StoreActions::exportCsv()
{
    if (!m_workspace->store()) return;
    QStringList scopes{tr("The whole store")};
    const int year = m_session->snapshot() ? m_session->snapshot()->year : 0;
    if (year) scopes << tr("Only %1").arg(year);
    bool ok = false;
    const QString scope = QInputDialog::getItem(m_window, tr("Export as CSV"), tr("What to export:"), scopes, 0, false, &ok);
    if (!ok) return;
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Export as CSV into an empty folder"));
    if (folder.isEmpty()) return;
    auto written = m_workspace->exportCsv(folder, scope == scopes.first() ? std::nullopt : std::optional<int>(year));
    if (!written) m_window->showMessage(written.error());
    else m_window->statusBar()->showMessage(tr("Wrote %1 files, %2 rows, to %3.").arg(written->files.size()).arg(written->rows).arg(folder), 10000);
}

void StoreActions::exportReport()
{
    const auto snap = m_session->snapshot();
    if (!snap) return;
    const QString suggested = QStringLiteral("%1 %2 %3.pdf").arg(snap->committee.shortName, periodTitle(snap->period)).arg(snap->year);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export report"), suggested,
                                                      tr("PDF (*.pdf);;OpenDocument text for Word and LibreOffice (*.odt)"));
    if (path.isEmpty()) return;
    const bool unitOnly = m_window->showsOnlyMyUnit();
    if (auto pages = m_window->writeReport(path, unitOnly); !pages)
        m_window->showMessage(pages.error());
    else if (pages.value() == 0)
        m_window->statusBar()->showMessage(tr("Wrote %1.").arg(QDir::toNativeSeparators(path)), 10000);
    else
        m_window->statusBar()->showMessage(tr("Wrote %1 (%2 pages).").arg(QDir::toNativeSeparators(path)).arg(pages.value()), 10000);
}

void StoreActions::exportPlan()
{
    const auto snap = m_session->snapshot();
    if (!snap || !m_workspace->store()) return;
    const QString suggested = QStringLiteral("%1 Verksamhetsplan %2.pdf").arg(snap->committee.shortName).arg(snap->year);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export the verksamhetsplan"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty()) return;
    (void)writePlan(path); // a failure is shown by writePlan itself
}

Result<int> StoreActions::writePlan(const QString &path)
{
    const auto snap = m_session->snapshot();
    if (!snap || !m_workspace->store()) return fail(tr("No store is open."));
    auto content = CommitteeReport::fromStore(*m_workspace->store(), snap->committee.id, snap->year, Period::VP, {});
    if (!content) {
        m_window->showMessage(content.error());
        return Error{content.error()};
    }
    auto pages = ReportRenderer::writePdf(content.value(), path); // a temporary file, renamed when whole
    if (!pages) m_window->showMessage(pages.error());
    else m_window->statusBar()->showMessage(tr("Wrote %1 (%2 pages).").arg(QDir::toNativeSeparators(path)).arg(pages.value()), 10000);
    return pages;
}

void StoreActions::previewReport()
{
    if (!m_session->snapshot()) return;
    auto content = m_window->reportContent(m_window->showsOnlyMyUnit());
    if (!content) {
        m_window->showMessage(content.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter);
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Report print preview"));
    const CommitteeReport report = content.value();
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&report](QPrinter *p) { (void)ReportRenderer::paint(report, *p); });
    dialog.resize(1000, 800);
    dialog.exec();
}

void StoreActions::newStore()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("New store"), QString(), tr("Målkoll stores (*.malkoll)"));
    if (path.isEmpty()) return;
    if (auto r = m_window->openStore(path, true); !r) QMessageBox::warning(m_window, tr("Målkoll"), r.error());
}

void StoreActions::openStoreDialog()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open store"), QString(),
                                                      tr("Målkoll stores (*.malkoll);;All files (*)"));
    if (path.isEmpty()) return;
    if (auto r = m_window->openStore(path, false); !r) QMessageBox::warning(m_window, tr("Målkoll"), r.error());
}

void StoreActions::connectToServer()
{
    ConnectDialog dialog(m_window);
    const QString current = m_window->store() && m_window->store()->isServer() ? m_window->store()->path() : AppSettings::lastServer();
    if (!current.isEmpty()) dialog.setAddress(current);
    while (dialog.exec() == QDialog::Accepted) {
        // The password, if one was typed, goes to this connection only; what is remembered is the address.
        auto r = m_window->openStore(dialog.connectionUrl(), false);
        if (r) {
            AppSettings::setLastServer(dialog.address());
            return;
        }
        QMessageBox::warning(m_window, tr("Målkoll"), r.error());
    }
}

void StoreActions::openDemoStore()
{
    auto path = Workspace::demoStorePath();
    if (!path) {
        QMessageBox::warning(m_window, tr("Målkoll"), path.error());
        return;
    }
    if (auto r = m_window->openStore(path.value(), false); !r) QMessageBox::warning(m_window, tr("Målkoll"), r.error());
}

} // namespace malkoll
