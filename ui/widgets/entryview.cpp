#include "entryview.h"
#include "widgets/accessible.h"

#include "charts/trendpanel.h"
#include "delegates/entrydelegate.h"
#include "models/activitytablemodel.h"
#include "models/indicatortablemodel.h"
#include "periodsession.h"
#include "presentation/statuspresentation.h"
#include "widgets/entrytableview.h"
#include "widgets/goalpanel.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <algorithm>
#include "appsettings.h"
#include <QVBoxLayout>

namespace malkoll {

namespace {
EntryTableView *makeTable(QAbstractItemModel *model, const QString &name)
{
    auto *view = new EntryTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(true);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setDefaultSectionSize(110);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->resizeSection(0, 260);
    // Every header readable in either language, also in bold as the current column's is.
    QFont bold = view->horizontalHeader()->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    for (int c = 1; c < model->columnCount(); ++c) {
        const int needed = metrics.horizontalAdvance(model->headerData(c, Qt::Horizontal).toString()) + 2 * metrics.averageCharWidth() + 8;
        if (needed > view->horizontalHeader()->sectionSize(c)) view->horizontalHeader()->resizeSection(c, needed);
    }
    return view;
}

// A table under its heading; the heading is the table's label (Alt+its letter goes there) and name.
QWidget *titled(const QString &title, QWidget *content)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setBuddy(content);
    layout->addWidget(label);
    layout->addWidget(content);
    QString plain = title;
    accessible::name(content, plain.remove(u'&'));
    return box;
}
} // namespace

EntryView::EntryView(PeriodSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_indicatorModel(new IndicatorTableModel(this)),
      m_activityModel(new ActivityTableModel(this))
{
    m_indicatorModel->setSession(session);
    m_activityModel->setSession(session);
    m_goalPanel = new GoalPanel(session);
    m_lockBanner = new QLabel;
    m_lockBanner->setObjectName(QStringLiteral("lockBanner"));
    m_lockBanner->setStyleSheet(StatusPresentation::bannerStyle(QColor(0x54, 0x6e, 0x7a), QColor(0xec, 0xef, 0xf1)));
    m_lockBanner->setWordWrap(true);
    m_lockBanner->hide();
    connect(session, &PeriodSession::changed, this, &EntryView::updateLockBanner); // a round step here
    m_messageBanner = new QLabel;
    m_messageBanner->setObjectName(QStringLiteral("messageBanner"));
    m_messageBanner->setWordWrap(true);
    m_messageBanner->setStyleSheet(StatusPresentation::bannerStyle(QColor(0xc6, 0x28, 0x28), QColor(0xfd, 0xec, 0xea)));
    m_messageBanner->hide();
    m_emptyHint = new QLabel;
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setStyleSheet(StatusPresentation::bannerStyle(QColor(0x15, 0x65, 0xc0), QColor(0xe3, 0xf2, 0xfd), 6));
    m_emptyHint->hide();

    m_indicatorView = makeTable(m_indicatorModel, QStringLiteral("indicatorTable"));
    QHeaderView *ih = m_indicatorView->horizontalHeader();
    ih->resizeSection(IndicatorTableModel::StatusColumn, 150);
    ih->resizeSection(IndicatorTableModel::MenColumn, 125);
    ih->resizeSection(IndicatorTableModel::WomenColumn, 135);
    ih->resizeSection(IndicatorTableModel::SuggestionColumn, 150);
    ih->resizeSection(IndicatorTableModel::NotReportedColumn, 130);
    ih->resizeSection(IndicatorTableModel::AnalysisColumn, 240);
    auto *indicatorDelegate = new EntryDelegate(m_indicatorView);
    indicatorDelegate->setMultiLineColumns({IndicatorTableModel::AnalysisColumn});
    indicatorDelegate->setValidator([this](const QModelIndex &index, const QString &text) -> QString {
        if (!IndicatorTableModel::isNumberColumn(index.column())) return {};
        auto parsed = m_indicatorModel->parseNumber(index, text);
        return parsed ? QString() : parsed.error();
    });
    indicatorDelegate->setPreview([this](const QModelIndex &index, const QString &text) { m_indicatorModel->setPreview(index, text); });
    m_indicatorView->setItemDelegate(indicatorDelegate);

    m_activityView = makeTable(m_activityModel, QStringLiteral("activityTable"));
    m_activityView->horizontalHeader()->resizeSection(0, 420);
    m_activityView->horizontalHeader()->resizeSection(ActivityTableModel::StatusColumn, 150);
    auto *activityDelegate = new EntryDelegate(m_activityView);
    activityDelegate->setMultiLineColumns({ActivityTableModel::AnalysisColumn});
    std::vector<EntryDelegate::Choice> choices;
    for (ActivityStatus s : {ActivityStatus::NotSet, ActivityStatus::OnTrack, ActivityStatus::Completed,
                             ActivityStatus::Delayed, ActivityStatus::Postponed, ActivityStatus::Cancelled})
        choices.push_back({activityStatusCode(s), StatusPresentation::activityStatusText(s)});
    activityDelegate->setChoiceColumn(ActivityTableModel::StatusColumn, std::move(choices));
    m_activityView->setItemDelegate(activityDelegate);
    for (EntryDelegate *d : {indicatorDelegate, activityDelegate}) connect(d, &EntryDelegate::refused, this, &EntryView::showMessage);
    connect(m_indicatorModel, &IndicatorTableModel::editRefused, this, &EntryView::showMessage);
    connect(session, &PeriodSession::editFailed, this, [this](const QString &message) {
        showMessage(message);
        m_indicatorModel->setPreview(QModelIndex(), QString());
    });

    m_trendPanel = new TrendPanel(session);
    connect(m_indicatorView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const Indicator *ind = m_indicatorModel->indicatorAt(current.row());
        m_trendPanel->setIndicator(ind ? ind->id : 0);
    });
    m_indicatorView->setMinimumHeight(100); // at 1366×768 the table keeps rows to type in, banners shown or not
    // The indicators take the height (at 1366×768 at least eight rows without scrolling); below
    // them, one at a time on tabs, what one turns to next: the activities (first: their status is
    // entered with the values), the current indicator's trend, and the goal's assessment. The
    // person's division of the height and their tab are kept (AppSettings).
    m_lower = new QTabWidget;
    m_lower->setObjectName(QStringLiteral("entryLowerTabs"));
    m_lower->setDocumentMode(true);
    m_lower->addTab(m_activityView, tr("Ac&tivities"));
    m_lower->addTab(m_trendPanel, tr("T&rend"));
    auto *assessment = new QScrollArea;
    assessment->setWidget(m_goalPanel);
    assessment->setWidgetResizable(true);
    assessment->setFrameShape(QFrame::NoFrame);
    m_lower->addTab(assessment, tr("Goa&l assessment"));
    accessible::name(m_activityView, tr("Activities"));
    m_tables = new QSplitter(Qt::Vertical);
    m_tables->setObjectName(QStringLiteral("entrySplitter"));
    m_tables->setChildrenCollapsible(false);
    m_tables->addWidget(titled(tr("In&dicators"), m_indicatorView));
    m_tables->addWidget(m_lower);
    m_tables->setStretchFactor(0, 2);
    m_tables->setStretchFactor(1, 1);
    if (!m_tables->restoreState(AppSettings::entrySplitterState())) m_tables->setSizes({640, 300});
    m_lower->setCurrentIndex(std::clamp(AppSettings::entryLowerTab(), 0, m_lower->count() - 1));
    connect(m_tables, &QSplitter::splitterMoved, this, [this] { AppSettings::setEntrySplitterState(m_tables->saveState()); });
    connect(m_lower, &QTabWidget::currentChanged, this, [](int index) { AppSettings::setEntryLowerTab(index); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lockBanner);
    layout->addWidget(m_goalPanel->header());
    layout->addWidget(m_messageBanner);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_tables, 1);
}

void EntryView::setGoal(qint64 goalId, bool withSubGoals)
{
    m_indicatorModel->setGoal(goalId ? goalId : -1, withSubGoals);
    m_activityModel->setGoal(goalId ? goalId : -1, withSubGoals);
    m_goalPanel->setGoal(goalId);
}

void EntryView::setUnitFilter(qint64 unitId)
{
    m_indicatorModel->setUnitFilter(unitId);
    m_activityModel->setUnitFilter(unitId);
    // Men and women columns only where some indicator in view asks for the split.
    bool split = false;
    for (int r = 0; r < m_indicatorModel->rowCount(); ++r) split = split || m_indicatorModel->indicatorAt(r)->genderSplit;
    m_indicatorView->setColumnHidden(IndicatorTableModel::MenColumn, !split);
    m_indicatorView->setColumnHidden(IndicatorTableModel::WomenColumn, !split);
    m_indicatorView->resizeRowsToContents();
    m_activityView->resizeRowsToContents();
    // Said of a goal of an open store only: with none open there is nothing to point to.
    const bool empty = m_session->snapshot() && m_indicatorModel->rowCount() == 0 && m_activityModel->rowCount() == 0;
    m_emptyHint->setText(unitId ? tr("Your unit has no indicators or activities under this goal. Choose another goal in the "
                                     "tree, or clear “Only my unit” to see everything.")
                                : tr("This goal has no indicators or activities of its own: they are under the goals "
                                     "below it. Choose one of those in the tree, or tick “Include sub-goals” to see "
                                     "them all here."));
    m_emptyHint->setVisible(empty);
}

void EntryView::showFirstIndicator()
{
    // Start on the first indicator: its trend shows, and typing goes into its outcome.
    if (m_indicatorModel->rowCount() > 0)
        m_indicatorView->setCurrentIndex(m_indicatorModel->index(0, IndicatorTableModel::OutcomeColumn));
    else
        m_trendPanel->setIndicator(0);
}

void EntryView::showMessage(const QString &message)
{
    m_messageBanner->setText(message);
    m_messageBanner->setVisible(!message.isEmpty());
}

void EntryView::clearMessage() { m_messageBanner->hide(); }
QString EntryView::messageText() const { return m_messageBanner->isHidden() ? QString() : m_messageBanner->text(); }

void EntryView::updateLockBanner()
{
    // The period's lock; else, for an enhetschef, their units the reporting round holds.
    const QStringList held = m_session->isLocked() ? QStringList() : m_session->heldOwnUnits();
    m_lockBanner->setText(m_session->isLocked()
                              ? m_session->lockText() + QLatin1Char(' ') + tr("The period is read-only.")
                              : held.join(QLatin1Char('\n'))); // no lock emoji: not every desktop has the font
    m_lockBanner->setVisible(m_session->isLocked() || !held.isEmpty());
}

bool EntryView::isEditing() const { return m_indicatorView->isEditing() || m_activityView->isEditing(); }

qint64 EntryView::currentIndicatorId() const
{
    const QModelIndex current = m_indicatorView->currentIndex();
    const Indicator *ind = current.isValid() ? m_indicatorModel->indicatorAt(current.row()) : nullptr;
    return ind ? ind->id : 0;
}

} // namespace malkoll
