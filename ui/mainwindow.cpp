// The main window wires the views together: the period toolbar, the goal tree, the tabs (entry,
// gaps, overview, economy) and the menus. The File menu's work is StoreActions', the store is the
// Workspace's, dialogs are in dialogs/. About 600 lines: the toolbar's committee/year/period
// choice, "my unit" and progress, and the goal tree's selection are wired here, each a few lines
// that need the others; splitting them would spread one flow over several files.
#include "mainwindow.h"
#include "widgets/accessible.h"
#include "widgets/roundview.h"

#include "dialogs/sectionsdialog.h"
#include "edit/edits.h"
#include "store/periodrepository.h"
#include "store/sectionrepository.h"
#include "appsettings.h"
#include "dialogs/helpdialog.h"
#include "dialogs/historydialog.h"
#include "dialogs/lockdialog.h"
#include "dialogs/periodtextsdialog.h"
#include "dialogs/settingsdialog.h"
#include "widgets/entryview.h"
#include "storeactions.h"
#include "workspace.h"
#include "delegates/entrydelegate.h"
#include "models/activitytablemodel.h"
#include "models/goaltreemodel.h"
#include "models/indicatortablemodel.h"
#include "periodsession.h"
#include "report/reportrenderer.h"
#include "store/store.h"
#include "widgets/entrytableview.h"
#include "charts/trendpanel.h"
#include "widgets/economyview.h"
#include "widgets/planview.h"
#include "widgets/overviewview.h"
#include "widgets/citytab.h"
#include "widgets/fittingcombobox.h"
#include "widgets/gapview.h"
#include "widgets/goalpanel.h"
#include "presentation/statuspresentation.h"

#include <QAccessible>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QGuiApplication>
#include <QScreen>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include "widgets/outcomeimportdialog.h"
#include "text/labels.h"
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QDialog>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace malkoll {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_workspace(std::make_unique<Workspace>()), m_session(new PeriodSession(this))
{
    m_myUnit = AppSettings::myUnit();
    // Where the keyboard is, always visible (EN 301 549 11.2.4.7), in the desktop's own colours.
    if (!qApp->styleSheet().contains(QLatin1String("QAbstractItemView:focus")))
        qApp->setStyleSheet(qApp->styleSheet() + StatusPresentation::focusStyle(qApp->palette()));
    buildUi();
    buildMenus();
    restoreGeometry(AppSettings::windowGeometry());
    if (!m_splitter->restoreState(AppSettings::splitterState()))
        QTimer::singleShot(0, this, [this] { m_splitter->setSizes({width() * 33 / 100, width() * 67 / 100}); }); // once shown
    setWindowTitle(tr("Målkoll"));
}

MainWindow::~MainWindow()
{
    // The session's undo commands refer to the store: let them go first.
    m_session->setStore(nullptr);
}

std::shared_ptr<const YearSnapshot> MainWindow::snapshot() const { return m_session->snapshot(); }
Store *MainWindow::store() const { return m_workspace->store(); }
IndicatorTableModel *MainWindow::indicatorModel() const { return m_entry->indicatorModel(); }
ActivityTableModel *MainWindow::activityModel() const { return m_entry->activityModel(); }
EntryTableView *MainWindow::indicatorView() const { return m_entry->indicatorView(); }
EntryTableView *MainWindow::activityView() const { return m_entry->activityView(); }
GoalPanel *MainWindow::goalPanel() const { return m_entry->goalPanel(); }
TrendPanel *MainWindow::trendPanel() const { return m_entry->trendPanel(); }
QUndoStack *MainWindow::undoStack() const { return m_session->undoStack(); }

void MainWindow::buildUi()
{
    auto *toolbar = addToolBar(tr("Period"));
    toolbar->setObjectName(QStringLiteral("periodToolbar"));
    toolbar->setMovable(false);
    // Each chooser has its label as buddy: the screen reader says "Year, 2024", Alt+letter goes there.
    auto *committeeLabel = new QLabel(tr("&Committee:") + QLatin1Char(' '));
    toolbar->addWidget(committeeLabel);
    // The committee's whole name where the toolbar has room; shortened with “…” (all of it in the
    // list and the tooltip) where it has not, so the toolbar fits a laptop screen and large text.
    m_committeeBox = new FittingComboBox(18);
    committeeLabel->setBuddy(m_committeeBox);
    accessible::name(m_committeeBox, tr("Committee"));
    m_committeeBox->setObjectName(QStringLiteral("committeeBox"));
    toolbar->addWidget(m_committeeBox);
    toolbar->addSeparator();
    auto *yearLabel = new QLabel(tr("&Year:") + QLatin1Char(' '));
    toolbar->addWidget(yearLabel);
    m_yearBox = new QComboBox;
    m_yearBox->setObjectName(QStringLiteral("yearBox"));
    yearLabel->setBuddy(m_yearBox);
    accessible::name(m_yearBox, tr("Year"));
    toolbar->addWidget(m_yearBox);
    auto *periodLabel = new QLabel(QLatin1Char(' ') + tr("&Period:") + QLatin1Char(' '));
    toolbar->addWidget(periodLabel);
    m_periodBox = new QComboBox;
    m_periodBox->setObjectName(QStringLiteral("periodBox"));
    periodLabel->setBuddy(m_periodBox);
    accessible::name(m_periodBox, tr("Period"));
    m_periodBox->addItem(labels::periodChoice(Period::T1, labels::uiLanguage()), int(Period::T1));
    m_periodBox->addItem(labels::periodChoice(Period::T2, labels::uiLanguage()), int(Period::T2));
    m_periodBox->addItem(labels::periodChoice(Period::VB, labels::uiLanguage()), int(Period::VB));
    toolbar->addWidget(m_periodBox);
    toolbar->addSeparator();
    m_subGoalsBox = new QCheckBox(tr("Include sub-&goals"));
    m_subGoalsBox->setObjectName(QStringLiteral("subGoalsBox"));
    m_subGoalsBox->setToolTip(tr("Show the indicators and activities of every goal below the selected one."));
    m_subGoalsBox->setChecked(AppSettings::includeSubGoals());
    toolbar->addWidget(m_subGoalsBox);
    m_myUnitBox = new QCheckBox;
    m_myUnitBox->setObjectName(QStringLiteral("myUnitBox"));
    m_myUnitBox->setToolTip(tr("Show only what your unit is responsible for (Settings → My unit)."));
    toolbar->addWidget(m_myUnitBox);
    toolbar->addSeparator();
    m_progress = new QLabel;
    m_progress->setObjectName(QStringLiteral("progressLabel"));
    statusBar()->addPermanentWidget(m_progress); // the toolbar keeps its width for the choosers
    // The » that shows what does not fit.
    if (auto *more = toolbar->findChild<QWidget *>(QStringLiteral("qt_toolbar_ext_button")))
        accessible::name(more, tr("More of the toolbar"));

    m_goalModel = new GoalTreeModel(this);
    m_goalView = new QTreeView;
    m_goalView->setObjectName(QStringLiteral("goalTree"));
    m_goalView->setModel(m_goalModel);
    accessible::view(m_goalView, tr("Goals"), tr("The year's goals by number; choose one to enter its indicators and activities. "
                                                  "F6 moves to the indicators."));
    // Titles wrap instead of being cut; the assessment shows its icon and as much text as fits
    // (all of it in the tooltip), so the title keeps the room.
    m_goalView->setUniformRowHeights(false);
    m_goalView->setIndentation(12);
    m_goalView->setWordWrap(true);
    m_goalView->setTextElideMode(Qt::ElideRight);
    m_goalView->setAlternatingRowColors(true);
    m_goalView->header()->setStretchLastSection(false);
    m_goalView->header()->setSectionResizeMode(GoalTreeModel::TitleColumn, QHeaderView::Stretch);
    m_goalView->header()->setSectionResizeMode(GoalTreeModel::NumberColumn, QHeaderView::ResizeToContents);
    m_goalView->header()->setSectionResizeMode(GoalTreeModel::AssessmentColumn, QHeaderView::ResizeToContents);
    // Rows take the height of their wrapped title again when the title column's width changes.
    // (The view itself, not the window: this also runs while the window is being destroyed.)
    connect(m_goalView->header(), &QHeaderView::sectionResized, m_goalView, [view = m_goalView](int section) {
        if (section == GoalTreeModel::TitleColumn) view->doItemsLayout();
    });

    m_entry = new EntryView(m_session);
    connect(m_session, &PeriodSession::changed, this, &MainWindow::onSessionChanged);
    connect(m_session, &PeriodSession::loaded, this, [this] {
        // Re-read in place (an import, or its undo): the goal tree follows, on the same goal.
        if (m_reloading) return;
        const QModelIndex current = m_goalView->currentIndex();
        showSnapshot(current.isValid() ? current.siblingAtColumn(GoalTreeModel::NumberColumn).data().toString() : QString());
    });
    connect(m_session, &PeriodSession::externalChange, this, [this] {
        // Another window or process saved to the store: show it, unless someone is typing here
        // (then the next poll does it; a conflicting save is refused by its row version).
        if (m_entry->isEditing()) return;
        reload();
        statusBar()->showMessage(tr("Updated with changes saved elsewhere."), 8000);
    });

    // Entry beside the goal tree; the controller's gap view on a tab of its own.
    m_gapView = new GapView(m_session);
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("mainTabs"));
    tabs->addTab(m_entry, tr("Entry"));
    // A tab widget is as wide as its widest page, shown or not: the other pages (wide filter rows
    // and forms, with the whole window to themselves) scroll instead of squeezing the goal tree.
    // (Not the entry page: its wrapped texts would make a scroll area size it by its preferred
    // height rather than the window's.)
    const auto scrolled = [](QWidget *page) {
        auto *area = new QScrollArea;
        area->setWidget(page);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        return area;
    };
    tabs->addTab(scrolled(m_gapView), tr("Gaps and findings"));
    m_overviewView = new OverviewView(m_session);
    tabs->addTab(scrolled(m_overviewView), tr("Overview"));
    m_economyView = new EconomyView(m_session);
    tabs->addTab(scrolled(m_economyView), tr("Economy"));
    m_planView = new PlanView(m_session);
    tabs->addTab(scrolled(m_planView), tr("Plan"));
    m_roundView = new RoundView(m_session);
    tabs->addTab(scrolled(m_roundView), tr("Reporting round"));
    m_cityTab = new CityTab(m_session);
    tabs->addTab(scrolled(m_cityTab), tr("City"));
    connect(m_roundView, &RoundView::openUnit, this, [this, tabs](const QString &unitName) {
        setMyUnit(unitName);
        setMyUnitOnly(true);
        tabs->setCurrentIndex(0);
    });
    connect(m_gapView, &GapView::goToGoal, this, [this, tabs](qint64 goalId) {
        tabs->setCurrentIndex(0);
        selectGoal(goalId);
    });
    m_splitter = new QSplitter;
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_goalView);
    m_splitter->addWidget(tabs);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    // The goal tree chooses what the entry tab shows; the other tabs have room for their tables.
    connect(tabs, &QTabWidget::currentChanged, this, [this](int index) { m_goalView->setVisible(index == 0); });
    setCentralWidget(m_splitter);
    // The first time: as much of the screen as a window should take, never more than it has.
    const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry() : QRect(0, 0, 1400, 860);
    // (On a laptop's 768 pixels all of its height: the entry table's rows need it.)
    resize(std::min(1600, screen.width() * 95 / 100), screen.height() < 900 ? screen.height() : std::min(1000, screen.height() * 92 / 100));
    m_splitter->setSizes({width() * 33 / 100, width() * 67 / 100});

    connect(m_subGoalsBox, &QCheckBox::toggled, this, [this](bool on) {
        AppSettings::setIncludeSubGoals(on);
        onGoalSelected();
    });
    connect(m_myUnitBox, &QCheckBox::toggled, this, [this](bool on) {
        AppSettings::setMyUnitOnly(on);
        applyUnitFilter();
    });
    connect(m_goalView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onGoalSelected);
    connect(m_committeeBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling) return;
        m_committeeId = m_committeeBox->currentData().toLongLong();
        fillYears();
        reload();
    });
    connect(m_yearBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling) return;
        m_year = m_yearBox->currentData().toInt();
        reload();
    });
    connect(m_periodBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling) return;
        m_period = Period(m_periodBox->currentData().toInt());
        reload();
    });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_actions = new StoreActions(this, m_workspace.get(), m_session);
    m_actions->addTo(file);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z and Ctrl+Y, each once: the platform's Redo already holds Ctrl+Shift+Z on Linux,
    // and a shortcut given twice is "ambiguous" and does nothing.
    QList<QKeySequence> redoKeys;
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Redo) +
                                     QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redoKeys.contains(k)) redoKeys << k;
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    // Undo and redo say what they did, in the status bar and to a screen reader (an alert).
    connect(m_session->undoStack(), &QUndoStack::indexChanged, this, [this, last = std::make_shared<std::pair<int, int>>(0, 0)](int index) {
        QUndoStack *stack = m_session->undoStack();
        const auto [before, count] = *last;
        *last = {index, stack->count()};
        if (stack->count() != count) return; // a new edit, not an undo or redo
        const QString text = index < before ? tr("Undone: %1").arg(stack->text(index))
                                            : index > before ? tr("Redone: %1").arg(stack->text(index - 1)) : QString();
        if (text.isEmpty()) return;
        statusBar()->showMessage(text, 8000);
        if (QAccessible::isActive()) {
            QAccessibleEvent alert(statusBar(), QAccessible::Alert);
            QAccessible::updateAccessibility(&alert);
        }
    });
    edit->addSeparator();
    edit->addAction(tr("&Proposals and summary…"), this, &MainWindow::editPeriodTexts);
    edit->addAction(tr("Report &sections…"), this, [this] { editSections(false); });
    edit->addAction(tr("Sections of the &verksamhetsplan…"), this, [this] { editSections(true); });
    edit->addAction(tr("Value &history…"), QKeySequence(Qt::CTRL | Qt::Key_H), this, &MainWindow::showHistory);
    edit->addSeparator();
    edit->addAction(tr("&Lock the period…"), this, [this] { lockPeriod(true); });
    edit->addAction(tr("&Unlock the period…"), this, [this] { lockPeriod(false); });

    // The keyboard alone: the tabs from anywhere (not only from the tab bar), and F6 between the
    // goal tree and the entry tables.
    const auto key = [this](const QKeySequence &seq, auto slot) {
        auto *a = new QAction(this);
        a->setShortcut(seq);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    const auto step = [this](int by) {
        auto *tabs = findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        tabs->setCurrentIndex((tabs->currentIndex() + by + tabs->count()) % tabs->count());
        if (QWidget *page = tabs->currentWidget()) page->setFocus(Qt::TabFocusReason);
    };
    key(QKeySequence(Qt::CTRL | Qt::Key_Tab), [step] { step(1); });
    key(QKeySequence(Qt::CTRL | Qt::Key_PageDown), [step] { step(1); });
    key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), [step] { step(-1); });
    key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), [step] { step(-1); });
    key(QKeySequence(Qt::CTRL | Qt::Key_PageUp), [step] { step(-1); });
    key(QKeySequence(Qt::Key_F6), [this] { cyclePanes(true); });
    key(QKeySequence(Qt::SHIFT | Qt::Key_F6), [this] { cyclePanes(false); });

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->addAction(tr("&My unit…"), this, &MainWindow::chooseMyUnit);
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = AppSettings::language();
    for (const auto &[code, name] : {std::pair{QStringLiteral("system"), tr("System language")},
                                     {QStringLiteral("sv"), QStringLiteral("Svenska")},
                                     {QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Manual"), QKeySequence::HelpContents, this, &MainWindow::showManual);
    help->addAction(tr("&About Målkoll"), this, &MainWindow::showAbout);
}

void MainWindow::cyclePanes(bool forward)
{
    // The entry tab's panes in reading order: the goal tree, the indicators, and what the tabs
    // below them show (the activities, the trend or the goal's assessment). From anywhere else, F6
    // starts at the goal tree.
    auto *tabs = findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    if (tabs->currentIndex() != 0) tabs->setCurrentIndex(0);
    QWidget *lower = m_entry->lowerTabs()->currentWidget();
    if (lower && !(lower->focusPolicy() & Qt::TabFocus))
        for (QWidget *w : lower->findChildren<QWidget *>())
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
                lower = w;
                break;
            }
    QList<QWidget *> panes;
    for (QWidget *w : std::initializer_list<QWidget *>{m_goalView, indicatorView(), lower})
        if (w && w->isVisible() && w->isEnabled()) panes << w;
    if (panes.isEmpty()) return;
    qsizetype at = -1;
    for (qsizetype i = 0; i < panes.size(); ++i)
        if (panes[i] == QApplication::focusWidget() || panes[i]->isAncestorOf(QApplication::focusWidget())) at = i;
    const qsizetype next = at < 0 ? 0 : (at + (forward ? 1 : -1) + panes.size()) % panes.size();
    panes[next]->setFocus(Qt::OtherFocusReason);
}

Result<void> MainWindow::openStore(const QString &path, bool create, bool readOnly)
{
    m_session->setStore(nullptr); // its undo commands refer to the store being closed
    if (auto r = m_workspace->open(path, create, readOnly); !r) {
        m_session->setStore(m_workspace->store()); // the store that was open stays open
        if (m_workspace->store()) reload();
        return r;
    }
    m_session->setStore(m_workspace->store());
    const auto committees = m_workspace->committees();
    m_filling = true;
    m_committeeBox->clear();
    for (const Committee &c : committees) m_committeeBox->addItem(c.name, c.id);
    m_filling = false;
    m_committeeId = committees.empty() ? 0 : committees.front().id;
    fillYears();
    // A server store is named by its address without the password (which is never kept).
    const Store *opened = m_workspace->store();
    const QString name = opened->isServer() ? opened->path() : QFileInfo(path).fileName();
    setWindowTitle(m_workspace->isReadOnly() ? tr("%1 (read-only) – Målkoll").arg(name) : tr("%1 – Målkoll").arg(name));
    rememberRecent(opened->isServer() ? opened->path() : path);
    if (auto backup = m_workspace->makeDailyBackup(AppSettings::backupsToKeep()); !backup) showMessage(backup.error());
    statusBar()->showMessage(opened->isServer()
                                 ? tr("Server store: %1 (logged in as %2, %3)").arg(opened->path(), opened->user(), accessText(m_session->access(), true))
                                 : tr("Store: %1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    reload();
    if (m_session->access() == Access::Enhetschef) startOnOwnUnit();
    return {};
}

void MainWindow::startOnOwnUnit()
{
    // An enhetschef on a shared store writes only their own units' rows: start on them, unless
    // "my unit" already is one of theirs (then as they left it).
    const auto snap = m_session->snapshot();
    if (!snap) return;
    const QList<qint64> &own = m_session->ownUnits();
    for (const Unit &u : snap->units)
        if (u.name == m_myUnit && own.contains(u.id)) return;
    for (const Unit &u : snap->units)
        if (own.contains(u.id) && !own.contains(u.parentId)) { // the unit they were given, not one beneath
            setMyUnit(u.name);
            setMyUnitOnly(true);
            if (const qint64 goal = startGoal(*snap)) selectGoal(goal);
            return;
        }
}

qint64 MainWindow::startGoal(const YearSnapshot &snap) const
{
    // The first goal with indicators; with "Only my unit", the first with that unit's indicators or
    // activities (the filter would leave the others empty). The first goal when none has any.
    const qint64 unit = m_myUnitBox->isChecked() ? myUnitId() : 0;
    const auto hasRows = [&](const Goal &g) {
        for (const Indicator *i : snap.indicatorsOf(g.id))
            if (!unit || i->responsibleUnitId == unit) return true;
        if (unit)
            for (const Activity *a : snap.activitiesOf(g.id))
                if (a->responsibleUnitId == unit) return true;
        return false;
    };
    for (const Goal &g : snap.goals)
        if (hasRows(g)) return g.id;
    return snap.goals.empty() ? 0 : snap.goals.front().id;
}

void MainWindow::fillYears()
{
    m_filling = true;
    m_yearBox->clear();
    const auto years = m_workspace->years(m_committeeId);
    for (int y : years) m_yearBox->addItem(QString::number(y), y);
    if (!years.empty()) {
        if (std::find(years.begin(), years.end(), m_year) == years.end()) m_year = years.back();
        m_yearBox->setCurrentIndex(m_yearBox->findData(m_year));
    }
    m_periodBox->setCurrentIndex(m_periodBox->findData(int(m_period)));
    m_filling = false;
}

void MainWindow::setPeriod(int year, Period period)
{
    m_year = year;
    m_period = period;
    m_filling = true;
    m_yearBox->setCurrentIndex(m_yearBox->findData(year));
    m_periodBox->setCurrentIndex(m_periodBox->findData(int(period)));
    m_filling = false;
    reload();
}

void MainWindow::reload()
{
    m_entry->goalPanel()->saveAnalysis(); // an analysis being typed belongs to the period it was typed in
    const QModelIndex current = m_goalView->currentIndex();
    const QString selectedNumber = current.isValid() ? current.siblingAtColumn(GoalTreeModel::NumberColumn).data().toString()
                                                     : QString();
    m_reloading = true;
    if (!m_workspace->store() || !m_committeeId || !m_year) {
        m_session->clear();
    } else if (auto r = m_session->load(m_committeeId, m_year, m_period); !r) {
        m_reloading = false;
        showMessage(r.error());
        return;
    }
    m_reloading = false;
    showSnapshot(selectedNumber);
}

void MainWindow::showSnapshot(const QString &selectedNumber)
{
    m_entry->clearMessage();
    const auto snap = m_session->snapshot();
    m_goalModel->setSnapshot(snap);
    m_goalView->expandAll();
    // My unit by name: the same unit in every store and year.
    m_myUnitBox->setText(m_myUnit.isEmpty() ? tr("Only &my unit") : tr("Only &my unit (%1)").arg(QString(m_myUnit).replace(u'&', QStringLiteral("&&"))));
    m_myUnitBox->setEnabled(!m_myUnit.isEmpty());
    m_myUnitBox->setChecked(!m_myUnit.isEmpty() && AppSettings::myUnitOnly());
    m_entry->updateLockBanner();
    if (snap && !snap->goals.empty()) {
        // Keep the same goal number selected when the year or period changes; at first, start
        // where there is something to enter.
        qint64 goalId = startGoal(*snap);
        for (const Goal &g : snap->goals)
            if (g.number == selectedNumber) goalId = g.id;
        selectGoal(goalId);
    }
    onGoalSelected();
}

void MainWindow::selectGoal(qint64 goalId)
{
    const QModelIndex index = m_goalModel->indexOfGoal(goalId);
    if (index.isValid()) m_goalView->setCurrentIndex(index);
}

void MainWindow::onGoalSelected()
{
    const QModelIndex current = m_goalView->currentIndex();
    const qint64 goalId = current.isValid() ? current.data(GoalTreeModel::GoalIdRole).toLongLong() : 0;
    const auto snap = m_session->snapshot();
    m_entry->setGoal(snap && snap->goal(goalId) ? goalId : 0, m_subGoalsBox->isChecked());
    applyUnitFilter();
    m_entry->showFirstIndicator();
}

void MainWindow::applyUnitFilter()
{
    m_entry->setUnitFilter(m_myUnitBox->isChecked() ? myUnitId() : 0);
    updateProgress();
}

qint64 MainWindow::myUnitId() const
{
    const auto snap = m_session->snapshot();
    if (!snap || m_myUnit.isEmpty()) return 0;
    for (const Unit &u : snap->units)
        if (u.name == m_myUnit) return u.id;
    return -1; // chosen but not in this committee: show nothing rather than everything
}

void MainWindow::onSessionChanged()
{
    m_goalModel->refresh();
    m_entry->clearMessage();
    updateProgress();
}

void MainWindow::updateLockBanner() { m_entry->updateLockBanner(); }

void MainWindow::updateProgress()
{
    const auto snap = m_session->snapshot();
    if (!snap) {
        m_progress->clear();
        return;
    }
    const qint64 unit = m_myUnitBox->isChecked() ? myUnitId() : 0;
    int due = 0, entered = 0;
    for (const Indicator &i : snap->indicators) {
        if (unit && i.responsibleUnitId != unit) continue;
        if (snap->period != Period::VB && i.periodicity != Periodicity::Tertial) continue;
        ++due;
        const Measurement *m = snap->measurement(i.id);
        if (m && (m->outcome || m->notReported)) ++entered;
    }
    m_progress->setText(tr("%1 of %2 values entered").arg(entered).arg(due));
}

QString MainWindow::progressText() const { return m_progress->text(); }
QString MainWindow::messageText() const { return m_entry->messageText(); }

void MainWindow::showMessage(const QString &message)
{
    m_entry->showMessage(message);
    statusBar()->showMessage(message, 10000);
}

void MainWindow::setIncludeSubGoals(bool include) { m_subGoalsBox->setChecked(include); }

void MainWindow::setMyUnit(const QString &unitName)
{
    m_myUnit = unitName;
    AppSettings::setMyUnit(unitName);
    m_myUnitBox->setText(unitName.isEmpty() ? tr("Only &my unit") : tr("Only &my unit (%1)").arg(QString(unitName).replace(u'&', QStringLiteral("&&"))));
    m_myUnitBox->setEnabled(!unitName.isEmpty());
    applyUnitFilter();
}

void MainWindow::setMyUnitOnly(bool only) { m_myUnitBox->setChecked(only); }

void MainWindow::chooseMyUnit()
{
    const auto snap = m_session->snapshot();
    if (!snap) return;
    QStringList names{tr("(none)")};
    for (const Unit &u : snap->units) names << u.name;
    bool ok = false;
    const int current = std::max<int>(0, int(names.indexOf(m_myUnit)));
    const QString chosen = QInputDialog::getItem(this, tr("My unit"), tr("The unit you enter values for:"), names,
                                                 current, false, &ok);
    if (!ok) return;
    setMyUnit(chosen == names.first() ? QString() : chosen);
    if (!m_myUnit.isEmpty()) m_myUnitBox->setChecked(true);
}

Result<CommitteeReport> MainWindow::reportContent(bool unitOnly) const
{
    const auto snap = m_session->snapshot();
    if (!snap) return fail(tr("Open a store first."));
    return m_workspace->reportContent(snap->committee.id, snap->year, snap->period, unitOnly ? std::max<qint64>(0, myUnitId()) : 0);
}

Result<int> MainWindow::writeReport(const QString &path, bool unitOnly)
{
    if (!m_session->snapshot()) return fail(tr("Open a store first."));
    m_entry->goalPanel()->saveAnalysis();
    auto content = reportContent(unitOnly);
    if (!content) return Error{content.error()};
    if (path.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive)) { // a document to edit further
        if (auto written = ReportRenderer::writeOdt(content.value(), path, true); !written) return Error{written.error()};
        return 0;
    }
    QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    return ReportRenderer::writePdf(content.value(), path, [&](int page, int pages) {
        progress.setMaximum(pages);
        progress.setValue(page);
        return !progress.wasCanceled();
    });
}

void MainWindow::editPeriodTexts()
{
    const auto snap = m_session->snapshot();
    if (!snap) return;
    PeriodTextsDialog dialog(tr("Proposals and summary – %1 %2").arg(periodTitle(snap->period)).arg(snap->year),
                             snap->periodInfo.proposals, snap->periodInfo.summary, m_session->isLocked(), this);
    if (dialog.exec() != QDialog::Accepted || m_session->isLocked()) return;
    m_session->editPeriodTexts(dialog.proposals(), dialog.summary());
}

void MainWindow::editSections(bool plan)
{
    const auto snap = m_session->snapshot();
    Store *store = m_session->store();
    if (!snap || !store) return;
    const Period period = plan ? Period::VP : snap->period;
    const auto before = SectionRepository(*store).sections(snap->committee.id, snap->year, period);
    const bool locked = PeriodRepository(*store).isLocked(snap->committee.id, snap->year, period);
    SectionsDialog dialog(tr("Sections of the document – %1 %2").arg(periodTitle(period)).arg(snap->year), before, locked, this);
    if (dialog.exec() != QDialog::Accepted || locked) return;
    const auto after = dialog.sections();
    if (after == before) return;
    m_session->push(sectionsEdit(tr("Change the report's sections"), snap->committee.id, snap->year, period, before, after));
}

void MainWindow::rememberRecent(const QString &path)
{
    AppSettings::rememberStore(path);
    if (m_actions) m_actions->refreshRecent();
}







void MainWindow::showSettings()
{
    QStringList units;
    if (const auto snap = m_session->snapshot())
        for (const Unit &u : snap->units) units << u.name;
    const bool open = m_workspace->store() != nullptr;
    SettingsDialog dialog(units, open ? std::optional<double>(m_workspace->defaultTolerance()) : std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted) return;
    if (dialog.language() != AppSettings::language()) setLanguage(dialog.language());
    AppSettings::setRole(dialog.role());
    AppSettings::setBackupsToKeep(dialog.backupsToKeep());
    setMyUnit(dialog.myUnit());
    if (open && dialog.tolerance() != m_workspace->defaultTolerance()) {
        if (auto r = m_workspace->setDefaultTolerance(dialog.tolerance()); !r) showMessage(r.error());
        else reload(); // every status depends on it
    }
}

void MainWindow::lockPeriod(bool lock)
{
    const auto snap = m_session->snapshot();
    if (!snap) return;
    if (AppSettings::role() != AppSettings::Role::Controller) {
        showMessage(tr("Locking and unlocking a period is for controllers (Settings → Role)."));
        return;
    }
    LockDialog dialog(QStringLiteral("%1 %2").arg(periodCode(snap->period)).arg(snap->year), lock, this);
    if (dialog.exec() != QDialog::Accepted) return;
    if (auto r = m_session->setLocked(lock, dialog.reason()); !r) showMessage(r.error());
    updateLockBanner();
    onGoalSelected();
}

QStringList MainWindow::historyOfCurrentIndicator() const
{
    const qint64 id = m_entry->currentIndicatorId();
    return id ? m_workspace->valueHistory(id) : QStringList{};
}

void MainWindow::showHistory()
{
    const qint64 id = m_entry->currentIndicatorId();
    const Indicator *ind = id && snapshot() ? snapshot()->indicator(id) : nullptr;
    if (!ind) return;
    HistoryDialog(ind->name, historyOfCurrentIndicator(), this).exec();
}






void MainWindow::showManual()
{
    auto *tabs = findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    auto *dialog = new HelpDialog(HelpDialog::sectionForTab(tabs ? tabs->currentIndex() : 0), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // beside the window, so the user can follow it while working
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Målkoll"),
                       tr("<h3>Målkoll %1</h3><p>Goal and indicator follow-up for the City of Stockholm's committees: "
                          "outcomes, forecasts, assessments, and the committee's report.</p><p>Licence: GPL-3.0-or-later."
                          "</p>")
                           .arg(QStringLiteral(MALKOLL_VERSION)));
}

void MainWindow::setLanguage(const QString &code)
{
    AppSettings::setLanguage(code);
    QMessageBox::information(this, tr("Language"), tr("The new language is used the next time Målkoll starts."));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_entry->goalPanel()->saveAnalysis(); // every edit is saved as it is made; this is the last one
    AppSettings::setWindowLayout(saveGeometry(), m_splitter->saveState());
    event->accept();
}

void MainWindow::openDemoStore() { m_actions->openDemoStore(); }
void MainWindow::connectToServer() { m_actions->connectToServer(); }
void MainWindow::importOutcomesFrom(const QString &file) { m_actions->importOutcomesFrom(file); }
bool MainWindow::showsOnlyMyUnit() const { return m_myUnitBox->isChecked(); }

void MainWindow::showImported(qint64 committeeId, int year, Period period)
{
    if (const int index = m_committeeBox->findData(committeeId); index >= 0) m_committeeBox->setCurrentIndex(index);
    if (m_yearBox->findData(year) >= 0) setPeriod(year, period);
}

} // namespace malkoll
