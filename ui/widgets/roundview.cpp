#include "roundview.h"
#include "widgets/accessible.h"

#include "calc/evaluator.h"
#include "periodsession.h"
#include "refillwhenshown.h"
#include "store/server.h"
#include "store/store.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace malkoll {

QString accessText(Access access, bool server)
{
    switch (access) {
    case Access::Owner: return server ? RoundView::tr("owner of the store") : RoundView::tr("this computer's store");
    case Access::Controller: return RoundView::tr("controller");
    case Access::Enhetschef: return RoundView::tr("enhetschef");
    case Access::Reader: return RoundView::tr("reader");
    case Access::Stad: return RoundView::tr("stadsledningskontoret (reads every committee)");
    }
    return {};
}

RoundView::RoundView(PeriodSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("roundView"));
    m_who = new QLabel;
    m_who->setObjectName(QStringLiteral("roundWho"));
    m_who->setWordWrap(true);
    m_deadline = new QDateEdit;
    m_deadline->setObjectName(QStringLiteral("deadlineEdit"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_setDeadline = new QPushButton(tr("Set the &deadline"));
    m_setDeadline->setObjectName(QStringLiteral("setDeadlineButton"));
    auto *deadlineRow = new QHBoxLayout;
    auto *deadlineLabel = new QLabel(tr("Last day for the units:"));
    deadlineLabel->setBuddy(m_deadline);
    deadlineRow->addWidget(deadlineLabel);
    deadlineRow->addWidget(m_deadline);
    deadlineRow->addWidget(m_setDeadline);
    deadlineRow->addStretch();

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Unit"), tr("State"), tr("Values entered"), tr("Missing analyses"),
                                        tr("Submitted"), tr("Decision and comment")});
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("roundTable"));
    accessible::view(m_table, tr("The units' parts of the period"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(UnitColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CommentColumn, QHeaderView::Stretch);

    m_submit = new QPushButton(tr("S&ubmit the unit's part"));
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_approve = new QPushButton(tr("&Approve"));
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_return = new QPushButton(tr("&Return with a comment…"));
    m_return->setObjectName(QStringLiteral("returnButton"));
    m_open = new QPushButton(tr("&Open the unit's rows"));
    m_open->setObjectName(QStringLiteral("openUnitButton"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_submit, m_approve, m_return}) buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_open);
    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("roundProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_who);
    layout->addLayout(deadlineRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_problems);

    m_refill = new RefillWhenShown(this, [this] { fill(); });
    connect(m_session, &PeriodSession::loaded, m_refill, [this] { m_refill->changed(); });
    connect(m_session, &PeriodSession::changed, m_refill, [this] { m_refill->changed(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RoundView::updateButtons);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, &QTableView::resizeRowsToContents);
    connect(m_table, &QTableView::doubleClicked, this, [this] { m_open->click(); });
    connect(m_submit, &QPushButton::clicked, this, [this] { submitSelected(); });
    connect(m_approve, &QPushButton::clicked, this, [this] { approveSelected(); });
    connect(m_return, &QPushButton::clicked, this, [this] { returnSelected({}); });
    connect(m_setDeadline, &QPushButton::clicked, this, [this] { setDeadline(m_deadline->date()); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        for (const UnitProgress &p : m_progress)
            if (p.unitId == selectedUnit()) emit openUnit(p.unitName);
    });
}

const std::vector<UnitProgress> &RoundView::progress()
{
    m_refill->ensureFresh();
    return m_progress;
}

namespace {
QString when(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    if (!t.isValid()) return iso;
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

void RoundView::fill()
{
    const qint64 keep = selectedUnit();
    m_model->removeRows(0, m_model->rowCount());
    m_progress.clear();
    Store *store = m_session->store();
    const auto snap = m_session->snapshot();
    if (!store || !snap || !m_session->evaluation()) {
        m_who->clear();
        updateButtons();
        return;
    }
    RoundRepository repo(*store);
    const QDate deadline = repo.deadline(snap->committee.id, snap->year, snap->period);
    m_progress = ReportRound::board(*snap, *m_session->evaluation(), repo.states(snap->committee.id, snap->year, snap->period),
                                    deadline, QDate::currentDate());
    // Without a deadline the editor offers two weeks after the period's end.
    m_deadline->setDate(deadline.isValid() ? deadline : Evaluator::periodEnd(snap->year, snap->period).addDays(14));
    int approved = 0;
    for (const UnitProgress &p : m_progress) {
        QList<QStandardItem *> row;
        auto *unit = new QStandardItem(p.unitName);
        unit->setData(p.unitId, Qt::UserRole);
        row << unit << new QStandardItem(roundStateName(p.record.state))
            << new QStandardItem(tr("%1 of %2").arg(p.entered).arg(p.expected))
            << new QStandardItem(p.missingAnalyses ? QString::number(p.missingAnalyses) : QStringLiteral("–"));
        const bool handedIn = !p.record.submittedAt.isEmpty();
        row << new QStandardItem(handedIn ? tr("%1, %2").arg(when(p.record.submittedAt), p.record.submittedBy)
                                          : (p.overdue ? tr("overdue") : QStringLiteral("–")));
        QString decision;
        if (p.record.state == RoundState::Approved) decision = tr("Approved %1 by %2").arg(when(p.record.decidedAt), p.record.decidedBy);
        else if (!p.record.comment.isEmpty()) decision = tr("“%1” (%2, %3)").arg(p.record.comment, p.record.decidedBy, when(p.record.decidedAt));
        row << new QStandardItem(decision);
        row.back()->setToolTip(decision);
        if (p.overdue)
            for (QStandardItem *item : row) item->setForeground(QColor(0xb3, 0x26, 0x1e));
        if (p.record.state == RoundState::Approved) ++approved;
        if (p.missingAnalyses) row[AnalysesColumn]->setForeground(QColor(0xb3, 0x26, 0x1e));
        row[StateColumn]->setToolTip(p.problems.join(u'\n'));
        m_model->appendRow(row);
    }
    m_who->setText(tr("%1 %2 – %3 of %4 units approved, deadline %5. You are logged in as %6 (%7).")
                       .arg(periodTitle(snap->period))
                       .arg(snap->year)
                       .arg(approved)
                       .arg(m_progress.size())
                       .arg(deadline.isValid() ? deadline.toString(Qt::ISODate) : tr("not set"), store->user(), accessText(m_session->access(), store->isServer())));
    m_table->resizeRowsToContents(); // a long comment wraps instead of being cut
    if (keep) selectUnit(keep);
    updateButtons();
}

qint64 RoundView::selectedUnit() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(Qt::UserRole).toLongLong();
}

void RoundView::selectUnit(qint64 unitId)
{
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->item(r)->data(Qt::UserRole).toLongLong() == unitId) m_table->selectRow(r);
}

void RoundView::updateButtons()
{
    Store *store = m_session->store();
    const Access access = store ? m_session->access() : Access::Reader;
    const bool controller = access == Access::Owner || access == Access::Controller;
    const qint64 unit = selectedUnit();
    const UnitProgress *p = nullptr;
    for (const UnitProgress &r : m_progress)
        if (r.unitId == unit) p = &r;
    const RoundState s = p ? p->record.state : RoundState::Open;
    // Submitting is for whoever may write the unit's rows (an enhetschef their own units).
    const bool mayWrite = p && m_session->mayWrite(unit);
    m_submit->setEnabled(mayWrite && (s == RoundState::Open || s == RoundState::Returned));
    m_submit->setToolTip(!p || mayWrite ? QString() : m_session->isLocked() ? m_session->lockText() : m_session->heldText(unit));
    m_approve->setEnabled(p && controller && s == RoundState::Submitted);
    m_return->setEnabled(p && controller && (s == RoundState::Submitted || s == RoundState::Approved));
    m_open->setEnabled(p);
    m_setDeadline->setEnabled(store && controller);
    m_deadline->setEnabled(store && controller);
    m_problems->setStyleSheet(QString());
    m_problems->setText(p && !p->problems.isEmpty()
                            ? tr("Before %1 can be submitted:\n• %2").arg(p->unitName, p->problems.join(QStringLiteral("\n• ")))
                            : QString());
}

bool RoundView::done(const Result<void> &r)
{
    m_lastMessage = r ? QString() : r.error();
    if (r) m_session->reloadRound(); // what the entry view lets this login write follows the step
    m_refill->changed();
    m_refill->ensureFresh();
    if (!r) { // said beside the board, where the step was asked for, not in a box to click away
        m_problems->setStyleSheet(QStringLiteral("color: #b3261e"));
        m_problems->setText(r.error());
    }
    return bool(r);
}

bool RoundView::submitSelected()
{
    const auto snap = m_session->snapshot();
    if (!snap || !selectedUnit()) return false;
    return done(ReportRound::submit(*m_session->store(), snap->committee.id, snap->year, snap->period, selectedUnit()));
}

bool RoundView::approveSelected()
{
    const auto snap = m_session->snapshot();
    if (!snap || !selectedUnit()) return false;
    return done(ReportRound::approve(*m_session->store(), snap->committee.id, snap->year, snap->period, selectedUnit()));
}

bool RoundView::returnSelected(const QString &given)
{
    const auto snap = m_session->snapshot();
    if (!snap || !selectedUnit()) return false;
    QString comment = given;
    if (comment.isEmpty()) {
        bool ok = false;
        comment = QInputDialog::getMultiLineText(this, tr("Return to the unit"),
                                                 tr("What should the unit complete or change?"), QString(), &ok);
        if (!ok) return false;
    }
    return done(ReportRound::sendBack(*m_session->store(), snap->committee.id, snap->year, snap->period, selectedUnit(), comment));
}

bool RoundView::setDeadline(const QDate &date)
{
    const auto snap = m_session->snapshot();
    if (!snap) return false;
    return done(RoundRepository(*m_session->store()).setDeadline(snap->committee.id, snap->year, snap->period, date));
}

} // namespace malkoll
