#include "mainwindow.h"

#include "io/demoloader.h"
#include "models/activitytablemodel.h"
#include "models/goaltreemodel.h"
#include "models/indicatortablemodel.h"
#include "store/goalrepository.h"
#include "store/organisationrepository.h"
#include "store/snapshotreader.h"
#include "store/store.h"
#include "widgets/statuspresentation.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace malkoll {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    buildUi();
    buildMenus();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("ui/splitter")).toByteArray());
    setWindowTitle(tr("Målkoll"));
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    auto *toolbar = addToolBar(tr("Period"));
    toolbar->setObjectName(QStringLiteral("periodToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(new QLabel(tr("Committee:") + QLatin1Char(' ')));
    m_committeeBox = new QComboBox;
    m_committeeBox->setObjectName(QStringLiteral("committeeBox"));
    m_committeeBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    toolbar->addWidget(m_committeeBox);
    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr("Year:") + QLatin1Char(' ')));
    m_yearBox = new QComboBox;
    m_yearBox->setObjectName(QStringLiteral("yearBox"));
    toolbar->addWidget(m_yearBox);
    toolbar->addWidget(new QLabel(QLatin1Char(' ') + tr("Period:") + QLatin1Char(' ')));
    m_periodBox = new QComboBox;
    m_periodBox->setObjectName(QStringLiteral("periodBox"));
    m_periodBox->addItem(tr("Tertial report 1 (Jan–Apr)"), int(Period::T1));
    m_periodBox->addItem(tr("Tertial report 2 (Jan–Aug)"), int(Period::T2));
    m_periodBox->addItem(tr("Annual report (VB)"), int(Period::VB));
    toolbar->addWidget(m_periodBox);
    toolbar->addSeparator();
    m_subGoalsBox = new QCheckBox(tr("Include sub-goals"));
    m_subGoalsBox->setObjectName(QStringLiteral("subGoalsBox"));
    m_subGoalsBox->setToolTip(tr("Show the indicators and activities of every goal below the selected one."));
    m_subGoalsBox->setChecked(QSettings().value(QStringLiteral("ui/includeSubGoals"), false).toBool());
    toolbar->addWidget(m_subGoalsBox);

    m_goalModel = new GoalTreeModel(this);
    m_indicatorModel = new IndicatorTableModel(this);
    m_activityModel = new ActivityTableModel(this);

    m_goalView = new QTreeView;
    m_goalView->setObjectName(QStringLiteral("goalTree"));
    m_goalView->setModel(m_goalModel);
    m_goalView->setUniformRowHeights(true);
    m_goalView->setAlternatingRowColors(true);
    m_goalView->header()->setStretchLastSection(false);
    m_goalView->header()->setSectionResizeMode(GoalTreeModel::TitleColumn, QHeaderView::Stretch);
    m_goalView->header()->setSectionResizeMode(GoalTreeModel::NumberColumn, QHeaderView::ResizeToContents);
    m_goalView->header()->setSectionResizeMode(GoalTreeModel::AssessmentColumn, QHeaderView::ResizeToContents);

    m_goalHeader = new QLabel;
    m_goalHeader->setObjectName(QStringLiteral("goalHeader"));
    m_goalHeader->setWordWrap(true);
    m_goalHeader->setTextFormat(Qt::RichText);
    m_goalAnalysis = new QLabel;
    m_goalAnalysis->setWordWrap(true);
    m_goalAnalysis->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto makeTable = [](QAbstractItemModel *model, const QString &name) {
        auto *view = new QTableView;
        view->setObjectName(name);
        view->setModel(model);
        view->setAlternatingRowColors(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setWordWrap(true);
        view->verticalHeader()->setVisible(false);
        view->horizontalHeader()->setDefaultSectionSize(125);
        view->horizontalHeader()->setStretchLastSection(true);
        view->horizontalHeader()->resizeSection(0, 300);
        return view;
    };
    m_indicatorView = makeTable(m_indicatorModel, QStringLiteral("indicatorTable"));
    m_indicatorView->horizontalHeader()->resizeSection(IndicatorTableModel::AnalysisColumn, 260);
    m_activityView = makeTable(m_activityModel, QStringLiteral("activityTable"));

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_goalHeader);
    rightLayout->addWidget(m_goalAnalysis);
    auto *tables = new QSplitter(Qt::Vertical);
    auto *indicatorBox = new QWidget;
    auto *il = new QVBoxLayout(indicatorBox);
    il->setContentsMargins(0, 0, 0, 0);
    il->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Indicators"))));
    il->addWidget(m_indicatorView);
    auto *activityBox = new QWidget;
    auto *al = new QVBoxLayout(activityBox);
    al->setContentsMargins(0, 0, 0, 0);
    al->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Activities"))));
    al->addWidget(m_activityView);
    tables->addWidget(indicatorBox);
    tables->addWidget(activityBox);
    tables->setStretchFactor(0, 3);
    tables->setStretchFactor(1, 2);
    rightLayout->addWidget(tables, 1);

    m_splitter = new QSplitter;
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_goalView);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setSizes({460, 820});
    setCentralWidget(m_splitter);
    resize(1280, 800);

    connect(m_subGoalsBox, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("ui/includeSubGoals"), on);
        onGoalSelected();
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
    file->addAction(tr("&New store…"), QKeySequence::New, this, &MainWindow::newStore);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openStoreDialog);
    file->addAction(tr("Open the &demo store"), this, &MainWindow::openDemoStore);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
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
    help->addAction(tr("&About Målkoll"), this, &MainWindow::showAbout);
}

Result<void> MainWindow::openStore(const QString &path, bool create)
{
    Store::Options options;
    options.create = create;
    auto opened = Store::open(path, options);
    if (!opened) return Error{opened.error()};
    m_store = std::move(opened).value();
    const auto committees = OrganisationRepository(*m_store).committees();
    m_filling = true;
    m_committeeBox->clear();
    for (const Committee &c : committees) m_committeeBox->addItem(c.name, c.id);
    m_filling = false;
    m_committeeId = committees.empty() ? 0 : committees.front().id;
    fillYears();
    setWindowTitle(tr("%1 – Målkoll").arg(QFileInfo(path).fileName()));
    statusBar()->showMessage(tr("Store: %1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    reload();
    return {};
}

void MainWindow::fillYears()
{
    m_filling = true;
    m_yearBox->clear();
    const auto years = m_store && m_committeeId ? GoalRepository(*m_store).years(m_committeeId) : std::vector<int>{};
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
    if (!m_store || !m_committeeId || !m_year) {
        m_snapshot.reset();
    } else {
        auto snap = SnapshotReader(*m_store).read(m_committeeId, m_year, m_period);
        if (!snap) {
            QMessageBox::warning(this, tr("Målkoll"), snap.error());
            return;
        }
        m_snapshot = std::make_shared<const YearSnapshot>(std::move(snap).value());
    }
    const QModelIndex current = m_goalView->currentIndex();
    const qint64 selected = current.isValid() ? current.data(GoalTreeModel::GoalIdRole).toLongLong() : 0;
    m_goalModel->setSnapshot(m_snapshot);
    m_indicatorModel->setSnapshot(m_snapshot);
    m_activityModel->setSnapshot(m_snapshot);
    m_goalView->expandAll();
    if (m_snapshot && !m_snapshot->goals.empty()) {
        // Keep the same goal number selected when the year or period changes.
        qint64 goalId = m_snapshot->goals.front().id;
        if (const Goal *old = selected ? m_snapshot->goal(selected) : nullptr) goalId = old->id;
        selectGoal(goalId);
    } else {
        onGoalSelected();
    }
}

void MainWindow::selectGoal(qint64 goalId)
{
    const QModelIndex index = m_goalModel->indexOfGoal(goalId);
    if (index.isValid()) m_goalView->setCurrentIndex(index);
    onGoalSelected();
}

void MainWindow::onGoalSelected()
{
    const QModelIndex current = m_goalView->currentIndex();
    const qint64 goalId = current.isValid() ? current.data(GoalTreeModel::GoalIdRole).toLongLong() : 0;
    const Goal *goal = m_snapshot ? m_snapshot->goal(goalId) : nullptr;
    const bool withSubGoals = m_subGoalsBox->isChecked();
    m_indicatorModel->setGoal(goal ? goalId : -1, withSubGoals);
    m_activityModel->setGoal(goal ? goalId : -1, withSubGoals);
    m_indicatorView->resizeRowsToContents();
    m_activityView->resizeRowsToContents();
    if (!goal) {
        m_goalHeader->setText(m_store ? tr("No goals for this year.") : tr("Open a store with File → Open."));
        m_goalAnalysis->clear();
        return;
    }
    const auto a = m_snapshot->assessments.constFind(goalId);
    const Assessment assessment = a == m_snapshot->assessments.cend() ? Assessment::NotSet : a->assessment;
    m_goalHeader->setText(QStringLiteral("<span style='color:gray'>%1</span><br><b style='font-size:large'>%2 "
                                         "%3</b><br><span style='color:%4'>●</span> %5")
                              .arg(goalLevelName(goal->level).toHtmlEscaped(), goal->number.toHtmlEscaped(),
                                   goal->title.toHtmlEscaped(),
                                   StatusPresentation::assessmentColor(assessment).name(),
                                   StatusPresentation::assessmentText(assessment).toHtmlEscaped()));
    m_goalAnalysis->setText(a == m_snapshot->assessments.cend() ? QString() : a->analysis);
}

void MainWindow::setIncludeSubGoals(bool include) { m_subGoalsBox->setChecked(include); }

void MainWindow::newStore()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New store"), QString(), tr("Målkoll stores (*.malkoll)"));
    if (path.isEmpty()) return;
    if (auto r = openStore(path, true); !r) QMessageBox::warning(this, tr("Målkoll"), r.error());
}

void MainWindow::openStoreDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open store"), QString(),
                                                      tr("Målkoll stores (*.malkoll);;All files (*)"));
    if (path.isEmpty()) return;
    if (auto r = openStore(path, false); !r) QMessageBox::warning(this, tr("Målkoll"), r.error());
}

void MainWindow::openDemoStore()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/demo.malkoll");
    if (!QFileInfo::exists(path)) {
        auto created = Store::open(path);
        if (!created) {
            QMessageBox::warning(this, tr("Målkoll"), created.error());
            return;
        }
        if (auto loaded = DemoLoader::load(*created.value()); !loaded) {
            QMessageBox::warning(this, tr("Målkoll"), loaded.error());
            return;
        }
    }
    if (auto r = openStore(path, false); !r) QMessageBox::warning(this, tr("Målkoll"), r.error());
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
    QSettings().setValue(QStringLiteral("ui/language"), code);
    QMessageBox::information(this, tr("Language"), tr("The new language is used the next time Målkoll starts."));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/splitter"), m_splitter->saveState());
    event->accept();
}

} // namespace malkoll
