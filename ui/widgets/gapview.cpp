#include "gapview.h"
#include "widgets/accessible.h"
#include "widgets/fittingcombobox.h"
#include "widgets/refillwhenshown.h"

#include "models/gaptablemodel.h"
#include "periodsession.h"
#include "presentation/statuspresentation.h"

#include <QComboBox>
#include "io/csv.h"
#include "widgets/tableexport.h"

#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace malkoll {

GapView::GapView(PeriodSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_model = new GapTableModel(this);
    m_model->setSession(session);
    m_filter = new GapFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_status = new QComboBox;
    m_status->addItem(tr("All statuses"), -1);
    for (IndicatorStatus s : {IndicatorStatus::NotMet, IndicatorStatus::PartlyMet, IndicatorStatus::Met, IndicatorStatus::NotAssessable})
        m_status->addItem(StatusPresentation::statusIcon(s), StatusPresentation::statusText(s), int(s));
    // Goals and units by their whole names, shortened with “…” when the row is narrow (a laptop).
    m_goal = new FittingComboBox(14);
    m_unit = new FittingComboBox(14);
    m_kind = new QComboBox;
    m_kind->addItem(tr("KF and committee"), -1);
    m_kind->addItem(tr("KF indicators"), int(Origin::KF));
    m_kind->addItem(tr("Committee indicators"), int(Origin::Committee));
    m_onlyFindings = new QComboBox;
    m_onlyFindings->addItem(tr("With or without findings"), false);
    m_onlyFindings->addItem(tr("Only with findings"), true);
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);
    auto *exportButton = new QPushButton(tr("Export CS&V…"));
    auto *excelButton = new QPushButton(tr("Export to E&xcel…"));

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("gapTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(GapTableModel::DeviationPercentColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->resizeSection(GapTableModel::IndicatorColumn, 300);
    // Every heading readable and every figure whole: a column only grows (a width the user chose stays).
    const auto fitColumns = [this] {
        QHeaderView *header = m_table->horizontalHeader();
        for (int c = 0; c < GapTableModel::ColumnCount; ++c) {
            if (c == GapTableModel::IndicatorColumn) continue; // 300 pixels, its text wraps
            // (Årsmål and KF:s årsmål can be words — “1,6 kg CO2 per kg livsmedel” — and wrap.)
            const bool figures = c == GapTableModel::OutcomeColumn || c == GapTableModel::PrognosisColumn ||
                                 c == GapTableModel::DeviationColumn || c == GapTableModel::DeviationPercentColumn;
            const int before = header->sectionSize(c);
            if (figures) m_table->resizeColumnToContents(c); // the widest figure or the heading
            header->resizeSection(c, std::max({before, header->sectionSize(c), header->sectionSizeHint(c)}));
        }
    };
    // Measured when the table is on screen: the model is reset on every save, mostly behind
    // another tab (fitting a hidden table on each keystroke cost 2–3 ms of a 6 ms keystroke).
    auto *fit = new RefillWhenShown(m_table, fitColumns);
    connect(m_filter, &QAbstractItemModel::modelReset, fit, &RefillWhenShown::changed);
    m_findings = new QTreeWidget;
    m_findings->setObjectName(QStringLiteral("findingsTree"));
    m_findings->setHeaderLabels({tr("Findings"), tr("Goal")});
    accessible::view(m_table, tr("Indicators against their årsmål"));
    accessible::view(m_findings, tr("Findings"));
    accessible::name(m_search, tr("Search indicators"));
    m_findings->header()->setStretchLastSection(false);
    m_findings->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_filterBar = new QWidget;
    auto *filters = new QHBoxLayout(m_filterBar);
    filters->setContentsMargins(0, 0, 0, 0);
    for (const auto &[box, name] : {std::pair<QComboBox *, QString>{m_status, tr("Filter by status")},
                                    {m_goal, tr("Filter by goal")},
                                    {m_unit, tr("Filter by unit")},
                                    {m_kind, tr("Filter by KF or committee indicators")},
                                    {m_onlyFindings, tr("Filter by findings")}}) {
        filters->addWidget(accessible::hiddenLabel(name, box));
        filters->addWidget(box);
    }
    m_actionBar = new QWidget;
    auto *actions = new QHBoxLayout(m_actionBar);
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(m_search, 1);
    actions->addWidget(exportButton);
    actions->addWidget(excelButton);
    m_bars = new QGridLayout;
    m_bars->addWidget(m_filterBar, 0, 0);
    m_bars->addWidget(m_actionBar, 0, 1);
    m_bars->setColumnStretch(1, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_findings);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_bars);
    layout->addWidget(split, 1);

    auto apply = [this] {
        const int s = m_status->currentData().toInt();
        m_filter->setStatus(s < 0 ? std::nullopt : std::optional<IndicatorStatus>(IndicatorStatus(s)));
        std::vector<qint64> goals;
        if (const auto snap = m_session->snapshot(); snap && m_goal->currentData().toLongLong())
            for (const Goal *g : snap->subtree(m_goal->currentData().toLongLong())) goals.push_back(g->id);
        m_filter->setGoal(goals);
        m_filter->setUnit(m_unit->currentData().toLongLong());
        const int k = m_kind->currentData().toInt();
        m_filter->setOrigin(k < 0 ? std::nullopt : std::optional<Origin>(Origin(k)));
        m_filter->setOnlyWithFindings(m_onlyFindings->currentData().toBool());
    };
    for (QComboBox *box : {m_status, m_goal, m_unit, m_kind, m_onlyFindings})
        connect(box, &QComboBox::currentIndexChanged, this, apply);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit goToGoal(index.data(GapTableModel::GoalIdRole).toLongLong());
    });
    connect(m_findings, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (const qint64 goal = item->data(0, Qt::UserRole).toLongLong()) emit goToGoal(goal);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), QString(), tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error)) m_search->setToolTip(error);
    });
    connect(excelButton, &QPushButton::clicked, this, [this] {
        const auto tables = exportTables();
        TableExport::saveWorkbook(this, tables.front().title, tables);
    });
    connect(session, &PeriodSession::loaded, this, &GapView::refill);
    connect(session, &PeriodSession::changed, this, &GapView::fillFindings);
    refill();
}

int GapView::filterRowsWidth(bool oneRow) const
{
    const QMargins margins = layout()->contentsMargins();
    const int filters = m_filterBar->minimumSizeHint().width();
    const int actions = m_actionBar->minimumSizeHint().width();
    return (oneRow ? filters + m_bars->horizontalSpacing() + actions : std::max(filters, actions)) + margins.left() + margins.right();
}

QSize GapView::minimumSizeHint() const
{
    const QSize whole = QWidget::minimumSizeHint();
    if (!m_oneRow) return whole;
    // Side by side now; the narrower arrangement is what the view can be squeezed to.
    return {std::min(whole.width(), filterRowsWidth(false)), whole.height()};
}

void GapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeFilters();
}

void GapView::arrangeFilters()
{
    const bool oneRow = width() >= filterRowsWidth(true);
    if (oneRow == m_oneRow) return;
    m_oneRow = oneRow;
    m_bars->removeWidget(m_actionBar);
    if (oneRow) m_bars->addWidget(m_actionBar, 0, 1);
    else m_bars->addWidget(m_actionBar, 1, 0);
    m_bars->setColumnStretch(1, oneRow ? 1 : 0);
    updateGeometry();
}

void GapView::refill()
{
    const auto snap = m_session->snapshot();
    for (QComboBox *box : {m_goal, m_unit}) {
        const QSignalBlocker block(box);
        box->clear();
    }
    m_goal->addItem(tr("All goals"), 0);
    m_unit->addItem(tr("All units"), 0);
    if (snap) {
        for (const Goal &g : snap->goals)
            if (g.level != GoalLevel::Committee && g.level != GoalLevel::Unit)
                m_goal->addItem(QStringLiteral("%1 %2").arg(g.number, g.title), g.id);
        for (const Unit &u : snap->units) m_unit->addItem(u.name, u.id);
    }
    fillFindings();
}

void GapView::fillFindings()
{
    m_findings->clear();
    const YearEvaluation *ev = m_session->evaluation();
    if (!ev) return;
    QHash<int, QTreeWidgetItem *> groups;
    for (const Finding &f : ev->findings) {
        QTreeWidgetItem *&group = groups[int(f.kind)];
        if (!group) {
            group = new QTreeWidgetItem(m_findings, {Findings::kindText(f.kind)});
            group->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(group, {f.message, f.goalNumber});
        item->setData(0, Qt::UserRole, f.goalId);
        item->setToolTip(0, f.message);
    }
    for (QTreeWidgetItem *g : groups) g->setText(0, QStringLiteral("%1 (%2)").arg(g->text(0)).arg(g->childCount()));
}

std::vector<ReportTable> GapView::exportTables() const
{
    const auto snap = m_session->snapshot();
    return {TableExport::fromModel(*m_filter, snap ? tr("Gaps %1 %2").arg(periodCode(snap->period)).arg(snap->year) : tr("Gaps"))};
}

bool GapView::exportCsv(const QString &path, QString *error) const
{
    // The file dialog has asked before an existing file is replaced.
    auto written = Csv::writeFile(path, m_filter->toCsv(), CsvDialect::excel(), true);
    if (!written && error) *error = written.error();
    return written.ok();
}

} // namespace malkoll
