// Over 400 lines: the plan tab's one view with its three small dialogs (goal, årsmål decision,
// units), which exist only for it and share its helpers.
#include "planview.h"
#include "widgets/accessible.h"

#include "appsettings.h"
#include "dialogs/koladadialog.h"
#include "store/koladarepository.h"
#include "edit/edits.h"
#include "periodsession.h"
#include "plan/planedits.h"
#include "text/labels.h"
#include "text/targettext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <functional>

namespace malkoll {

namespace {

QString directionText(Direction d)
{
    switch (d) {
    case Direction::HigherIsBetter: return PlanView::tr("Higher is better");
    case Direction::LowerIsBetter: return PlanView::tr("Lower is better");
    case Direction::None: return PlanView::tr("No direction");
    }
    return {};
}

QComboBox *unitBox(const std::vector<Unit> &units, qint64 current)
{
    auto *box = new QComboBox;
    box->addItem(PlanView::tr("(none)"), 0);
    for (const Unit &u : units) box->addItem(u.name, u.id);
    box->setCurrentIndex(std::max(0, box->findData(current)));
    return box;
}

GoalLevel childLevel(const Goal *parent)
{
    return parent ? GoalLevel(std::min(4, int(parent->level) + 1)) : GoalLevel::Direction;
}

// Goal: number, title, beskrivning, förväntat resultat (a line each), responsible unit.
bool goalDialog(QWidget *parent, Goal &g, const std::vector<Unit> &units, const QString &title)
{
    QDialog d(parent);
    d.setWindowTitle(title);
    auto *number = new QLineEdit(g.number);
    number->setObjectName(QStringLiteral("number"));
    auto *name = new QLineEdit(g.title);
    name->setObjectName(QStringLiteral("title"));
    auto *description = new QPlainTextEdit(g.description);
    description->setObjectName(QStringLiteral("description"));
    auto *expected = new QPlainTextEdit(g.expectedResults.join(u'\n'));
    expected->setObjectName(QStringLiteral("expected"));
    QComboBox *unit = unitBox(units, g.unitId);
    auto *form = new QFormLayout;
    form->addRow(PlanView::tr("&Number:"), number);
    form->addRow(PlanView::tr("&Title:"), name);
    form->addRow(PlanView::tr("&Description (beskrivning):"), description);
    form->addRow(PlanView::tr("&Expected results, one a line:"), expected);
    form->addRow(PlanView::tr("&Responsible unit:"), unit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto check = [&] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!number->text().trimmed().isEmpty() && !name->text().trimmed().isEmpty()); };
    QObject::connect(number, &QLineEdit::textChanged, &d, check);
    QObject::connect(name, &QLineEdit::textChanged, &d, check);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    auto *layout = new QVBoxLayout(&d);
    layout->addLayout(form);
    layout->addWidget(buttons);
    check();
    d.resize(640, d.sizeHint().height());
    if (d.exec() != QDialog::Accepted) return false;
    g.number = number->text().trimmed();
    g.title = name->text().simplified();
    g.description = description->toPlainText().trimmed();
    g.expectedResults.clear();
    for (const QString &line : expected->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty()) g.expectedResults << line.trimmed();
    g.unitId = unit->currentData().toLongLong();
    return true;
}

} // namespace

PlanView::PlanView(PeriodSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_tree(new QTreeWidget), m_indicators(new QTableWidget),
      m_activities(new QTableWidget), m_message(new QLabel), m_review(new QLabel)
{
    m_tree->setHeaderLabels({tr("Goal")});
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_indicators->setColumnCount(IndicatorColumns);
    m_indicators->setHorizontalHeaderLabels({tr("KF/N"), tr("Indicator"), tr("Årsmål"), tr("KF:s årsmål"), tr("Meaning"),
                                             tr("Unit"), tr("Dec."), tr("Direction"), tr("Periodicity"), tr("M/W"),
                                             QStringLiteral("♀"), tr("Responsible"), tr("Tolerance %")});
    m_indicators->setWordWrap(true);
    // Widths that keep the name, the targets and their meaning in view at 1366 pixels; the
    // indicator's other properties follow to the right (scrolled to on a small screen).
    QHeaderView *header = m_indicators->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const int widths[IndicatorColumns] = {58, 250, 80, 95, 210, 70, 45, 130, 90, 60, 30, 160, 75};
    for (int c = 0; c < IndicatorColumns; ++c) header->resizeSection(c, widths[c]);
    header->setStretchLastSection(true);
    m_indicators->horizontalHeaderItem(ColSplit)->setToolTip(tr("Men/women"));
    m_indicators->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_indicators->verticalHeader()->setVisible(false);
    m_activities->setColumnCount(ActivityColumns);
    m_activities->setHorizontalHeaderLabels({tr("KF/N"), tr("Activity"), tr("Start"), tr("End"), tr("Responsible")});
    m_activities->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_activities->horizontalHeader()->setSectionResizeMode(ActTitle, QHeaderView::Stretch);
    m_activities->horizontalHeader()->setSectionResizeMode(ActResponsible, QHeaderView::Interactive);
    m_activities->horizontalHeader()->resizeSection(ActResponsible, 170);
    m_activities->setWordWrap(true);
    m_activities->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_activities->verticalHeader()->setVisible(false);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color:#b71c1c"));
    m_review->setWordWrap(true);

    auto button = [this](const QString &text, void (PlanView::*slot)()) {
        auto *b = new QPushButton(text);
        connect(b, &QPushButton::clicked, this, slot);
        m_editButtons << b;
        return b;
    };
    auto *goalButtons = new QHBoxLayout;
    goalButtons->addWidget(button(tr("&New goal…"), &PlanView::newGoal));
    goalButtons->addWidget(button(tr("New &inriktningsmål…"), &PlanView::newTopGoal));
    goalButtons->addWidget(button(tr("E&dit…"), &PlanView::editGoal));
    goalButtons->addWidget(button(tr("De&lete"), &PlanView::deleteGoal));
    auto *up = new QPushButton(QStringLiteral("▲"));
    accessible::symbolButton(up, tr("Move the goal up"));
    connect(up, &QPushButton::clicked, this, [this] { moveGoal(true); });
    auto *down = new QPushButton(QStringLiteral("▼"));
    accessible::symbolButton(down, tr("Move the goal down"));
    connect(down, &QPushButton::clicked, this, [this] { moveGoal(false); });
    for (QPushButton *b : {up, down}) {
        b->setFixedWidth(34);
        m_editButtons << b;
        goalButtons->addWidget(b);
    }
    goalButtons->addWidget(button(tr("&Units…"), &PlanView::editUnits));
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree);
    leftLayout->addLayout(goalButtons);

    auto *indicatorButtons = new QHBoxLayout;
    indicatorButtons->addWidget(new QLabel(tr("<b>Indicators</b>")));
    accessible::view(m_tree, tr("Goals of the plan"));
    accessible::view(m_indicators, tr("Indicators of the goal"));
    accessible::view(m_activities, tr("Activities of the goal"));
    indicatorButtons->addStretch();
    indicatorButtons->addWidget(button(tr("Ne&w indicator"), &PlanView::newIndicator));
    indicatorButtons->addWidget(button(tr("Årsmål ch&anged…"), &PlanView::decideTarget));
    indicatorButtons->addWidget(button(tr("&Kolada…"), &PlanView::linkKolada));
    indicatorButtons->addWidget(button(tr("Delete indicat&or"), &PlanView::deleteIndicator));
    auto *activityButtons = new QHBoxLayout;
    activityButtons->addWidget(new QLabel(tr("<b>Activities</b>")));
    activityButtons->addStretch();
    activityButtons->addWidget(button(tr("New acti&vity"), &PlanView::newActivity));
    activityButtons->addWidget(button(tr("Delete ac&tivity"), &PlanView::deleteActivity));
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_review);
    rightLayout->addLayout(indicatorButtons);
    rightLayout->addWidget(m_indicators, 3);
    rightLayout->addLayout(activityButtons);
    rightLayout->addWidget(m_activities, 2);
    rightLayout->addWidget(m_message);

    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({300, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] { showGoal(); });
    connect(m_indicators, &QTableWidget::itemChanged, this, &PlanView::indicatorEdited);
    connect(m_activities, &QTableWidget::itemChanged, this, &PlanView::activityEdited);
    connect(session, &PeriodSession::loaded, this, &PlanView::refill);
    connect(session, &PeriodSession::editFailed, this, &PlanView::setMessage);
    refill();
}

bool PlanView::editable() const { return AppSettings::role() == AppSettings::Role::Controller; }

void PlanView::setMessage(const QString &text) { m_message->setText(text); }

qint64 PlanView::selectedGoal() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void PlanView::selectGoal(qint64 goalId)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).toLongLong() == goalId) m_tree->setCurrentItem(*it);
}

void PlanView::refill()
{
    const qint64 keep = selectedGoal();
    m_filling = true;
    m_tree->clear();
    const auto s = m_session->snapshot();
    for (QPushButton *b : m_editButtons) b->setEnabled(s && editable());
    if (s) {
        QHash<qint64, QTreeWidgetItem *> items;
        for (const Goal &g : s->goals) {
            auto *item = new QTreeWidgetItem({g.number + u' ' + g.title});
            item->setData(0, Qt::UserRole, g.id);
            item->setToolTip(0, goalLevelName(g.level) + QStringLiteral(": ") + g.title);
            if (QTreeWidgetItem *parent = items.value(g.parentId)) parent->addChild(item);
            else m_tree->addTopLevelItem(item);
            items.insert(g.id, item);
        }
        m_tree->expandAll();
        int review = 0;
        for (const Indicator &i : s->indicators) review += i.targetToReview ? 1 : 0;
        m_review->setText(review ? tr("%n indicator(s) have targets copied from last year to review.", nullptr, review) : QString());
    }
    m_filling = false;
    if (keep) selectGoal(keep);
    else if (s) // the first goal with indicators, so the tables show what the plan is made of
        for (const Goal &g : s->goals)
            if (!s->indicatorsOf(g.id).empty()) {
                selectGoal(g.id);
                break;
            }
    showGoal();
}

void PlanView::showGoal()
{
    m_filling = true;
    m_indicators->setRowCount(0);
    m_activities->setRowCount(0);
    const auto s = m_session->snapshot();
    const qint64 goalId = selectedGoal();
    const bool canEdit = editable();
    auto text = [&](const QString &t, bool edit = true) {
        auto *item = new QTableWidgetItem(t);
        if (!edit || !canEdit) item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        return item;
    };
    auto check = [&](bool on, const QString &what) {
        auto *item = new QTableWidgetItem;
        item->setFlags(Qt::ItemIsEnabled | (canEdit ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        // Said, not only drawn: what the box means and whether it is ticked.
        item->setData(Qt::AccessibleTextRole, QStringLiteral("%1: %2").arg(what, on ? tr("yes") : tr("no")));
        item->setToolTip(what);
        return item;
    };
    if (s && goalId) {
        const Language language = labels::uiLanguage();
        for (const Indicator *i : s->indicatorsOf(goalId)) {
            const int row = m_indicators->rowCount();
            m_indicators->insertRow(row);
            m_indicators->setItem(row, ColOrigin, text(i->origin == malkoll::Origin::KF ? QStringLiteral("KF") : tr("N"), false));
            m_indicators->item(row, ColOrigin)->setData(Qt::UserRole, i->id);
            m_indicators->setItem(row, ColName, text(i->name));
            m_indicators->setItem(row, ColUnit, text(i->unit));
            m_indicators->setItem(row, ColDecimals, text(QString::number(i->decimals)));
            m_indicators->setItem(row, ColDirection, text(directionText(i->direction), false));
            m_indicators->setItem(row, ColPeriodicity, text(i->periodicity == malkoll::Periodicity::Year ? tr("Year") : tr("Tertial"), false));
            m_indicators->setItem(row, ColSplit, check(i->genderSplit, tr("Reported for women and men")));
            m_indicators->setItem(row, ColFlag, check(i->genderFlag, tr("Gender equality indicator (♀)")));
            const Unit *u = s->unit(i->responsibleUnitId);
            m_indicators->setItem(row, ColResponsible, text(u ? u->name : QString(), false));
            m_indicators->setItem(row, ColTolerance, text(i->tolerance ? QString::number(*i->tolerance) : QString()));
            m_indicators->setItem(row, ColTarget, text(TargetText::format(i->target, i->decimals, i->unit)));
            m_indicators->setItem(row, ColKfTarget, text(TargetText::format(i->kfTarget, i->decimals, i->unit)));
            QString meaning = labels::targetMeaning(i->target, i->decimals, i->unit, language);
            if (i->kfTarget.kind != TargetKind::None)
                meaning += QStringLiteral("\nKF: ") + labels::targetMeaning(i->kfTarget, i->decimals, i->unit, language);
            if (i->targetToReview) meaning = tr("to review: ") + meaning;
            m_indicators->setItem(row, ColMeaning, text(meaning, false));
            if (canEdit) {
                // Choices as lists: the direction, the periodicity, KF or the nämnd's, the responsible unit.
                auto *direction = new QComboBox;
                for (malkoll::Direction d : {Direction::HigherIsBetter, Direction::LowerIsBetter, Direction::None})
                    direction->addItem(directionText(d), int(d));
                direction->setCurrentIndex(direction->findData(int(i->direction)));
                auto *periodicity = new QComboBox;
                periodicity->addItem(tr("Tertial"), int(Periodicity::Tertial));
                periodicity->addItem(tr("Year"), int(Periodicity::Year));
                periodicity->setCurrentIndex(periodicity->findData(int(i->periodicity)));
                auto *origin = new QComboBox;
                origin->addItem(QStringLiteral("KF"), int(malkoll::Origin::KF));
                origin->addItem(tr("N"), int(malkoll::Origin::Committee));
                origin->setCurrentIndex(origin->findData(int(i->origin)));
                QComboBox *unit = unitBox(s->units, i->responsibleUnitId);
                const Indicator before = *i;
                auto changed = [this, before](auto apply) {
                    Indicator after = before;
                    apply(after);
                    if (!(after == before)) m_session->push(indicatorEdit(tr("Change “%1”").arg(before.name), before, after));
                };
                connect(direction, &QComboBox::activated, this, [=] { changed([&](Indicator &a) { a.direction = malkoll::Direction(direction->currentData().toInt()); }); });
                connect(periodicity, &QComboBox::activated, this, [=] { changed([&](Indicator &a) { a.periodicity = malkoll::Periodicity(periodicity->currentData().toInt()); }); });
                connect(origin, &QComboBox::activated, this, [=] { changed([&](Indicator &a) { a.origin = malkoll::Origin(origin->currentData().toInt()); }); });
                connect(unit, &QComboBox::activated, this, [=] { changed([&](Indicator &a) { a.responsibleUnitId = unit->currentData().toLongLong(); }); });
                // Each choice with its own (unseen) label: "Direction of “Andel …”".
                m_indicators->setCellWidget(row, ColDirection, accessible::labelled(direction, tr("Direction of “%1”").arg(i->name)));
                m_indicators->setCellWidget(row, ColPeriodicity,
                                            accessible::labelled(periodicity, tr("Periodicity of “%1”").arg(i->name)));
                m_indicators->setCellWidget(row, ColOrigin, accessible::labelled(origin, tr("KF's or the committee's: “%1”").arg(i->name)));
                m_indicators->setCellWidget(row, ColResponsible, accessible::labelled(unit, tr("Responsible unit of “%1”").arg(i->name)));
            }
        }
        for (const Activity *a : s->activitiesOf(goalId)) {
            const int row = m_activities->rowCount();
            m_activities->insertRow(row);
            m_activities->setItem(row, ActOrigin, text(a->origin == malkoll::Origin::KF ? QStringLiteral("KF") : tr("N"), false));
            m_activities->item(row, ActOrigin)->setData(Qt::UserRole, a->id);
            m_activities->setItem(row, ActTitle, text(a->title));
            m_activities->setItem(row, ActStart, text(a->start.toString(Qt::ISODate)));
            m_activities->setItem(row, ActEnd, text(a->end.toString(Qt::ISODate)));
            const Unit *u = s->unit(a->responsibleUnitId);
            m_activities->setItem(row, ActResponsible, text(u ? u->name : QString(), false));
            if (canEdit) {
                QComboBox *unit = unitBox(s->units, a->responsibleUnitId);
                auto *origin = new QComboBox;
                origin->addItem(QStringLiteral("KF"), int(malkoll::Origin::KF));
                origin->addItem(tr("N"), int(malkoll::Origin::Committee));
                origin->setCurrentIndex(origin->findData(int(a->origin)));
                const Activity before = *a;
                auto changed = [this, before](auto apply) {
                    Activity after = before;
                    apply(after);
                    if (!(after == before)) m_session->push(activityEdit(tr("Change “%1”").arg(before.title), before, after));
                };
                connect(unit, &QComboBox::activated, this, [=] { changed([&](Activity &x) { x.responsibleUnitId = unit->currentData().toLongLong(); }); });
                connect(origin, &QComboBox::activated, this, [=] { changed([&](Activity &x) { x.origin = malkoll::Origin(origin->currentData().toInt()); }); });
                m_activities->setCellWidget(row, ActResponsible, accessible::labelled(unit, tr("Responsible unit of “%1”").arg(a->title)));
                m_activities->setCellWidget(row, ActOrigin, accessible::labelled(origin, tr("KF's or the committee's: “%1”").arg(a->title)));
            }
        }
    }
    m_filling = false;
}

void PlanView::indicatorEdited(QTableWidgetItem *item)
{
    if (m_filling) return;
    const auto s = m_session->snapshot();
    if (!s) return;
    const QTableWidgetItem *id = m_indicators->item(item->row(), ColOrigin);
    const Indicator *before = id ? s->indicator(id->data(Qt::UserRole).toLongLong()) : nullptr;
    if (!before) return;
    Indicator after = *before;
    const QString text = item->text().trimmed();
    setMessage({});
    switch (item->column()) {
    case ColName: after.name = text.simplified(); break;
    case ColUnit: after.unit = text; break;
    case ColDecimals: {
        bool ok = false;
        after.decimals = text.toInt(&ok);
        if (!ok || after.decimals < 0 || after.decimals > 6) {
            setMessage(tr("Decimals: “%1” is not a number from 0 to 6.").arg(text));
            showGoal();
            return;
        }
        break;
    }
    case ColTolerance: {
        bool ok = text.isEmpty();
        const double t = QLocale(QLocale::Swedish).toDouble(text, &ok);
        if (!text.isEmpty() && (!ok || t < 0 || t > 100)) {
            setMessage(tr("Tolerance: “%1” is not a percentage from 0 to 100.").arg(text));
            showGoal();
            return;
        }
        after.tolerance = text.isEmpty() ? std::nullopt : std::optional<double>(t);
        break;
    }
    case ColTarget:
    case ColKfTarget: {
        // The årsmål as the reports write it; text that cannot be read is refused, quoted.
        Target parsed;
        if (!text.isEmpty()) {
            auto t = TargetText::parse(text);
            if (!t) {
                setMessage(t.error());
                showGoal();
                return;
            }
            parsed = t.value();
        }
        (item->column() == ColTarget ? after.target : after.kfTarget) = parsed;
        after.targetToReview = false; // set by someone: reviewed
        break;
    }
    case ColSplit: after.genderSplit = item->checkState() == Qt::Checked; break;
    case ColFlag: after.genderFlag = item->checkState() == Qt::Checked; break;
    default: return;
    }
    if (after == *before) return;
    if (!m_session->push(indicatorEdit(tr("Change “%1”").arg(before->name), *before, after))) showGoal();
}

void PlanView::activityEdited(QTableWidgetItem *item)
{
    if (m_filling) return;
    const auto s = m_session->snapshot();
    if (!s) return;
    const QTableWidgetItem *id = m_activities->item(item->row(), ActOrigin);
    const Activity *before = id ? s->activity(id->data(Qt::UserRole).toLongLong()) : nullptr;
    if (!before) return;
    Activity after = *before;
    const QString text = item->text().trimmed();
    setMessage({});
    switch (item->column()) {
    case ActTitle: after.title = text.simplified(); break;
    case ActStart:
    case ActEnd: {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid()) {
            setMessage(tr("“%1” is not a date (YYYY-MM-DD).").arg(text));
            showGoal();
            return;
        }
        (item->column() == ActStart ? after.start : after.end) = d;
        if (after.end < after.start) {
            setMessage(tr("The end date %1 is before the start date %2.").arg(after.end.toString(Qt::ISODate), after.start.toString(Qt::ISODate)));
            showGoal();
            return;
        }
        break;
    }
    default: return;
    }
    if (after == *before) return;
    if (!m_session->push(activityEdit(tr("Change “%1”").arg(before->title), *before, after))) showGoal();
}

void PlanView::newTopGoal()
{
    m_tree->setCurrentItem(nullptr);
    newGoal();
}

void PlanView::newGoal()
{
    const auto s = m_session->snapshot();
    if (!s) return;
    const Goal *parent = s->goal(selectedGoal());
    Goal g;
    g.committeeId = s->committee.id;
    g.year = s->year;
    g.parentId = parent ? parent->id : 0;
    g.level = childLevel(parent);
    // The next number under the parent: the tree's numbers follow its order.
    int next = 1;
    for (const Goal &x : s->goals)
        if (x.parentId == g.parentId) next = std::max(next, x.number.section(u'.', -1).toInt() + 1);
    g.number = parent ? parent->number + u'.' + QString::number(next) : QString::number(next);
    g.sortOrder = next;
    if (!goalDialog(this, g, s->units, tr("New %1").arg(goalLevelName(g.level)))) return;
    if (m_session->push(goalEdit(tr("Add goal %1").arg(g.number), std::nullopt, g))) setMessage({});
}

void PlanView::editGoal()
{
    const auto s = m_session->snapshot();
    const Goal *before = s ? s->goal(selectedGoal()) : nullptr;
    if (!before) return;
    Goal after = *before;
    if (!goalDialog(this, after, s->units, tr("Edit goal %1").arg(before->number)) || after == *before) return;
    m_session->push(goalEdit(tr("Change goal %1").arg(before->number), *before, after));
}

void PlanView::deleteGoal()
{
    const auto s = m_session->snapshot();
    const Goal *g = s ? s->goal(selectedGoal()) : nullptr;
    if (!g || !m_session->store()) return;
    const QString goes = PlanEdits::whatGoesWith(*m_session->store(), *g);
    const QString question = goes.isEmpty() ? tr("Delete goal %1 “%2”?").arg(g->number, g->title)
                                             : tr("Delete goal %1 “%2” and with it %3? Undo brings all of it back.")
                                                   .arg(g->number, g->title, goes);
    if (QMessageBox::question(this, tr("Delete goal"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) !=
        QMessageBox::Yes)
        return;
    m_session->push(goalEdit(tr("Delete goal %1").arg(g->number), *g, std::nullopt));
}

void PlanView::moveGoal(bool up)
{
    const auto s = m_session->snapshot();
    if (!s || !s->goal(selectedGoal())) return;
    const auto answer = QMessageBox::question(this, tr("Move goal"), tr("Should the numbers follow the new order (renumber)?"),
                                              QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer == QMessageBox::Cancel) return;
    moveGoal(up, answer == QMessageBox::Yes);
}

bool PlanView::moveGoal(bool up, bool renumber)
{
    const auto s = m_session->snapshot();
    if (!s) return false;
    auto edit = PlanEdits::moveGoal(s->goals, selectedGoal(), up, renumber);
    if (!edit) {
        setMessage(up ? tr("The goal is first among its siblings already.") : tr("The goal is last among its siblings already."));
        return false;
    }
    return m_session->push(std::move(edit));
}

void PlanView::newIndicator()
{
    const auto s = m_session->snapshot();
    const Goal *g = s ? s->goal(selectedGoal()) : nullptr;
    if (!g) return;
    Indicator i;
    i.committeeId = s->committee.id;
    i.year = s->year;
    i.goalId = g->id;
    i.origin = g->level == GoalLevel::KfArea ? malkoll::Origin::KF : malkoll::Origin::Committee;
    i.name = tr("Ne&w indicator");
    i.sortOrder = int(s->indicatorsOf(g->id).size());
    if (m_session->push(indicatorEdit(tr("Add indicator"), std::nullopt, i))) {
        setMessage({});
        if (m_indicators->rowCount() > 0) m_indicators->editItem(m_indicators->item(m_indicators->rowCount() - 1, ColName));
    }
}

void PlanView::deleteIndicator()
{
    const auto s = m_session->snapshot();
    const int row = m_indicators->currentRow();
    const QTableWidgetItem *id = row >= 0 ? m_indicators->item(row, ColOrigin) : nullptr;
    const Indicator *i = s && id ? s->indicator(id->data(Qt::UserRole).toLongLong()) : nullptr;
    if (!i || !m_session->store()) return;
    const QString goes = PlanEdits::whatGoesWith(*m_session->store(), *i);
    if (!goes.isEmpty() &&
        QMessageBox::question(this, tr("Delete indicat&or"),
                              tr("Delete “%1” and with it %2? Undo brings all of it back.").arg(i->name, goes),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_session->push(indicatorEdit(tr("Delete “%1”").arg(i->name), *i, std::nullopt));
}

void PlanView::newActivity()
{
    const auto s = m_session->snapshot();
    const Goal *g = s ? s->goal(selectedGoal()) : nullptr;
    if (!g) return;
    Activity a;
    a.committeeId = s->committee.id;
    a.year = s->year;
    a.goalId = g->id;
    a.origin = g->level == GoalLevel::KfArea ? malkoll::Origin::KF : malkoll::Origin::Committee;
    a.title = tr("New acti&vity");
    a.start = QDate(s->year, 1, 1);
    a.end = QDate(s->year, 12, 31);
    a.sortOrder = int(s->activitiesOf(g->id).size());
    if (m_session->push(activityEdit(tr("Add activity"), std::nullopt, a))) setMessage({});
}

void PlanView::deleteActivity()
{
    const auto s = m_session->snapshot();
    const int row = m_activities->currentRow();
    const QTableWidgetItem *id = row >= 0 ? m_activities->item(row, ActOrigin) : nullptr;
    if (!s || !id) return;
    if (const Activity *a = s->activity(id->data(Qt::UserRole).toLongLong()))
        m_session->push(activityEdit(tr("Delete “%1”").arg(a->title), *a, std::nullopt));
}

// Ändrat årsmål: the new target as the reports write it (its meaning shown), the decision's
// date, the period it applies from and the reason.
void PlanView::decideTarget()
{
    const auto s = m_session->snapshot();
    const int row = m_indicators->currentRow();
    const QTableWidgetItem *id = row >= 0 ? m_indicators->item(row, ColOrigin) : nullptr;
    const Indicator *i = s && id ? s->indicator(id->data(Qt::UserRole).toLongLong()) : nullptr;
    if (!i) {
        setMessage(tr("Choose the indicator whose årsmål was changed."));
        return;
    }
    QDialog d(this);
    d.setWindowTitle(tr("Årsmål changed: %1").arg(i->name));
    auto *which = new QComboBox;
    which->setObjectName(QStringLiteral("which"));
    which->addItem(tr("Årsmål"), false);
    which->addItem(tr("KF:s årsmål"), true);
    auto *target = new QLineEdit;
    target->setObjectName(QStringLiteral("target"));
    auto *meaning = new QLabel;
    meaning->setObjectName(QStringLiteral("meaning"));
    meaning->setWordWrap(true);
    auto *decided = new QDateEdit(QDate::currentDate());
    decided->setObjectName(QStringLiteral("decided"));
    decided->setCalendarPopup(true);
    decided->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *from = new QComboBox;
    from->setObjectName(QStringLiteral("from"));
    for (Period p : {Period::T1, Period::T2, Period::VB}) from->addItem(labels::periodChoice(p, labels::uiLanguage()), int(p));
    from->setCurrentIndex(s->period == Period::VP ? 0 : std::max(0, from->findData(int(s->period))));
    auto *reason = new QLineEdit;
    reason->setObjectName(QStringLiteral("reason"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Target:"), which);
    form->addRow(tr("&New value:"), target);
    form->addRow(QString(), meaning);
    form->addRow(tr("&Decided on:"), decided);
    form->addRow(tr("&Applies from:"), from);
    form->addRow(tr("&Reason:"), reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto update = [&] {
        auto t = TargetText::parse(target->text());
        meaning->setText(target->text().trimmed().isEmpty() ? QString()
                         : t ? labels::targetMeaning(t.value(), i->decimals, i->unit, labels::uiLanguage())
                             : t.error());
        buttons->button(QDialogButtonBox::Ok)->setEnabled(t && !reason->text().trimmed().isEmpty());
    };
    connect(target, &QLineEdit::textChanged, &d, update);
    connect(reason, &QLineEdit::textChanged, &d, update);
    connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    auto *layout = new QVBoxLayout(&d);
    layout->addLayout(form);
    layout->addWidget(buttons);
    update();
    d.resize(560, d.sizeHint().height());
    if (d.exec() != QDialog::Accepted) return;
    TargetChange c;
    c.indicatorId = i->id;
    c.kf = which->currentData().toBool();
    c.target = TargetText::parse(target->text()).value();
    c.decided = decided->date();
    c.fromPeriod = Period(from->currentData().toInt());
    c.reason = reason->text().simplified();
    m_session->push(targetDecisionEdit(tr("Årsmål of “%1” changed").arg(i->name), c));
}

// The committee's units: number, name, manager, parent, resultatenhet. Each change is an edit.
void PlanView::editUnits()
{
    const auto s = m_session->snapshot();
    if (!s) return;
    QDialog d(this);
    d.setWindowTitle(tr("Units of %1").arg(s->committee.name));
    auto *table = new QTableWidget;
    table->setObjectName(QStringLiteral("units"));
    table->setColumnCount(5);
    table->setHorizontalHeaderLabels({tr("Number"), tr("Name"), tr("Manager"), tr("Part of"), tr("Resultatenhet")});
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->verticalHeader()->setVisible(false);
    bool filling = false;
    std::function<void()> fill;
    fill = [&] {
        filling = true;
        const auto now = m_session->snapshot();
        table->setRowCount(0);
        for (const Unit &u : now ? now->units : std::vector<Unit>{}) {
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, new QTableWidgetItem(u.number));
            table->item(row, 0)->setData(Qt::UserRole, u.id);
            table->setItem(row, 1, new QTableWidgetItem(u.name));
            table->setItem(row, 2, new QTableWidgetItem(u.manager));
            // Part of: another unit of the committee (never itself).
            auto *parent = new QComboBox;
            parent->addItem(tr("(none)"), 0);
            for (const Unit &o : now->units)
                if (o.id != u.id) parent->addItem(o.name, o.id);
            parent->setCurrentIndex(std::max(0, parent->findData(u.parentId)));
            table->setItem(row, 3, new QTableWidgetItem);
            table->setCellWidget(row, 3, accessible::labelled(parent, tr("“%1” is part of").arg(u.name)));
            const Unit before = u;
            connect(parent, &QComboBox::activated, &d, [&, before, parent] {
                Unit after = before;
                after.parentId = parent->currentData().toLongLong();
                if (!(after == before)) m_session->push(unitEdit(tr("Change unit “%1”").arg(before.name), before, after));
                QTimer::singleShot(0, &d, fill);
            });
            auto *result = new QTableWidgetItem;
            result->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            result->setCheckState(u.resultUnit ? Qt::Checked : Qt::Unchecked);
            table->setItem(row, 4, result);
        }
        filling = false;
    };
    connect(table, &QTableWidget::itemChanged, &d, [&](QTableWidgetItem *item) {
        if (filling) return;
        const auto now = m_session->snapshot();
        const Unit *before = now ? now->unit(table->item(item->row(), 0)->data(Qt::UserRole).toLongLong()) : nullptr;
        if (!before) return;
        Unit after = *before;
        switch (item->column()) {
        case 0: after.number = item->text().trimmed(); break;
        case 1: after.name = item->text().simplified(); break;
        case 2: after.manager = item->text().simplified(); break;
        case 4: after.resultUnit = item->checkState() == Qt::Checked; break;
        default: return;
        }
        if (!(after == *before)) m_session->push(unitEdit(tr("Change unit “%1”").arg(before->name), *before, after));
        QTimer::singleShot(0, &d, fill); // after the signal: the table's cells are replaced
    });
    auto *add = new QPushButton(tr("&New unit"));
    connect(add, &QPushButton::clicked, &d, [&] {
        Unit u;
        u.committeeId = s->committee.id;
        u.name = tr("New unit %1").arg(table->rowCount() + 1);
        m_session->push(unitEdit(tr("Add unit"), std::nullopt, u));
        QTimer::singleShot(0, &d, fill); // after the signal: the table's cells are replaced
    });
    auto *remove = new QPushButton(tr("&Delete unit"));
    connect(remove, &QPushButton::clicked, &d, [&] {
        const int row = table->currentRow();
        const auto now = m_session->snapshot();
        const Unit *u = row >= 0 && now ? now->unit(table->item(row, 0)->data(Qt::UserRole).toLongLong()) : nullptr;
        if (u) m_session->push(unitEdit(tr("Delete unit “%1”").arg(u->name), *u, std::nullopt));
        QTimer::singleShot(0, &d, fill); // after the signal: the table's cells are replaced
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(add, QDialogButtonBox::ActionRole);
    buttons->addButton(remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::accept);
    auto *layout = new QVBoxLayout(&d);
    layout->addWidget(table);
    layout->addWidget(buttons);
    fill();
    d.resize(760, 420);
    d.exec();
}

std::vector<ReportTable> PlanView::exportTables() const
{
    const auto s = m_session->snapshot();
    if (!s) return {};
    return {StatusReport::indicatorList(*s, labels::uiLanguage())};
}

void PlanView::linkKolada()
{
    const auto s = m_session->snapshot();
    Store *store = m_session->store();
    const int row = m_indicators->currentRow();
    const QTableWidgetItem *id = row >= 0 ? m_indicators->item(row, ColOrigin) : nullptr;
    const Indicator *i = s && store && id ? s->indicator(id->data(Qt::UserRole).toLongLong()) : nullptr;
    if (!i) {
        setMessage(tr("Choose the indicator to compare with Kolada."));
        return;
    }
    KoladaDialog dialog(*store, *i, this);
    if (dialog.exec() != QDialog::Accepted) return;
    const KoladaLink before = KoladaRepository(*store).link(i->committeeId, i->seriesKey).value_or(KoladaLink{i->committeeId, i->seriesKey, {}, {}, {}});
    const KoladaLink after = dialog.link();
    if (!(after == before)) m_session->push(koladaLinkEdit(tr("Kolada link of “%1”").arg(i->name), before, after));
    else if (dialog.fetched()) emit m_session->changed(); // new values to draw
}

} // namespace malkoll
