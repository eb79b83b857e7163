#include "citytab.h"

#include "edit/edits.h"
#include "fittingcombobox.h"
#include "periodsession.h"
#include "presentation/statuspresentation.h"
#include "refillwhenshown.h"
#include "store/cityrepository.h"
#include "store/server.h"
#include "text/swedishnumber.h"
#include "text/targettext.h"
#include "widgets/tableexport.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace malkoll {

namespace {
// The tables of CityView::tables: which of them each section shows (the summaries beneath).
constexpr int kSectionTables[3][2] = {{0, 1}, {2, 3}, {4, -1}};
} // namespace

CityTab::CityTab(PeriodSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    // A box of 30 characters (the filter beside it keeps its room): a longer KF indicator's name is
    // shortened with “…”, never cut, and stands whole in the list and the tooltip.
    m_indicator = new FittingComboBox(30);
    m_indicator->setObjectName(QStringLiteral("cityIndicator"));
    m_indicator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *indicatorLabel = new QLabel(tr("&KF indicator:"));
    indicatorLabel->setBuddy(m_indicator);
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("cityFilter"));
    m_filter->setPlaceholderText(tr("Committee, goal or indicator…"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("F&ilter:"));
    filterLabel->setBuddy(m_filter);
    m_setTarget = new QPushButton(tr("Se&t KF:s årsmål…"));
    m_setTarget->setToolTip(tr("KF:s årsmål of the chosen KF indicator, once for every committee"));
    auto *excel = new QPushButton(tr("E&xport to Excel…"));
    auto *top = new QHBoxLayout;
    top->addWidget(indicatorLabel);
    top->addWidget(m_indicator, 1);
    top->addWidget(m_setTarget);
    top->addSpacing(12);
    top->addWidget(filterLabel);
    top->addWidget(m_filter, 1);
    top->addWidget(excel);

    m_sections = new QTabWidget;
    m_sections->setObjectName(QStringLiteral("citySections"));
    const QString names[3] = {tr("KF indicators"), tr("KF goals"), tr("Submission")};
    for (int i = 0; i < 3; ++i) {
        m_models[i] = new QStandardItemModel(this);
        m_filters[i] = new QSortFilterProxyModel(this);
        m_filters[i]->setSourceModel(m_models[i]);
        m_filters[i]->setFilterKeyColumn(-1);
        m_filters[i]->setFilterCaseSensitivity(Qt::CaseInsensitive);
        m_filters[i]->setSortRole(Qt::UserRole);
        m_tables[i] = new QTableView;
        m_tables[i]->setObjectName(QStringLiteral("cityTable%1").arg(i));
        m_tables[i]->setAccessibleName(names[i]);
        m_tables[i]->setModel(m_filters[i]);
        m_tables[i]->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the city's order until a header is clicked
        m_tables[i]->setSortingEnabled(true);
        m_tables[i]->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_tables[i]->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_tables[i]->setWordWrap(false);
        m_tables[i]->verticalHeader()->setVisible(false);
        m_tables[i]->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        m_tables[i]->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
        m_sections->addTab(m_tables[i], names[i]);
        connect(m_filter, &QLineEdit::textChanged, m_filters[i], &QSortFilterProxyModel::setFilterFixedString);
    }

    m_chart = new QChartView;
    m_chart->setObjectName(QStringLiteral("cityChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    m_chart->setAccessibleName(tr("Trend chart of the KF indicator, a line per committee"));
    m_chartText = new QLabel;
    m_chartText->setObjectName(QStringLiteral("cityChartText"));
    m_chartText->setWordWrap(true);
    m_chartText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_chartText->setFocusPolicy(Qt::StrongFocus); // a screen reader reaches the chart's words by Tab
    auto *chartBox = new QWidget;
    auto *chartLayout = new QHBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart, 3);
    chartLayout->addWidget(m_chartText, 1);
    m_message = new QLabel;
    m_message->setWordWrap(true);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_sections);
    split->addWidget(chartBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_indicator, &QComboBox::currentIndexChanged, this, &CityTab::showTrend);
    connect(excel, &QPushButton::clicked, this, &CityTab::exportWorkbook);
    connect(m_setTarget, &QPushButton::clicked, this, &CityTab::askKfTarget);
    m_lazy = new RefillWhenShown(this, [this] { refill(); });
    connect(session, &PeriodSession::loaded, m_lazy, &RefillWhenShown::changed);
    connect(session, &PeriodSession::changed, m_lazy, &RefillWhenShown::changed);
}

QTableView *CityTab::table(int section) const
{
    m_lazy->ensureFresh();
    return m_tables[section];
}

QComboBox *CityTab::indicatorChooser() const
{
    m_lazy->ensureFresh();
    return m_indicator;
}

QString CityTab::chartDescription() const
{
    m_lazy->ensureFresh();
    return m_chartText->text();
}

QString CityTab::message() const
{
    m_lazy->ensureFresh();
    return m_message->text();
}

void CityTab::refill()
{
    m_view.reset();
    const qint64 chosen = m_indicator->currentData().toLongLong();
    const QSignalBlocker block(m_indicator);
    m_indicator->clear();
    for (QStandardItemModel *m : m_models) m->clear();
    const auto snap = m_session->snapshot();
    Store *store = m_session->store();
    if (!store || !snap) {
        m_message->setText(tr("Open a store to see the city's view."));
        return;
    }
    auto view = CityView::fromStore(*store, snap->year, snap->period, QDate::currentDate());
    if (!view) {
        m_message->setText(view.error());
        m_setTarget->setEnabled(false);
        showTrend();
        return;
    }
    m_view = std::move(view).value();
    m_message->setText(tr("%1 %2: %n committee(s) against the city's KF goals and KF indicators.", nullptr, int(m_view->rounds.size()))
                           .arg(periodTitle(m_view->period))
                           .arg(m_view->year));
    const std::vector<ReportTable> tables = m_view->tables(StatusPresentation::language());
    for (int section = 0; section < 3; ++section) {
        QStandardItemModel *model = m_models[section];
        const ReportTable &t = tables[size_t(kSectionTables[section][0])];
        model->setHorizontalHeaderLabels(t.header);
        for (const QStringList &row : t.rows) {
            QList<QStandardItem *> items;
            for (const QString &cell : row) {
                auto *item = new QStandardItem(cell);
                // Numbers sort as numbers ("1 234,5"), text as text.
                const auto number = SwedishNumber::parse(cell);
                item->setData(number ? QVariant(number->value) : QVariant(cell), Qt::UserRole);
                if (number) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                items << item;
            }
            model->appendRow(items);
        }
        m_tables[section]->resizeColumnsToContents();
        for (int c = 0; c < model->columnCount(); ++c)
            m_tables[section]->setColumnWidth(c, std::min(m_tables[section]->columnWidth(c), 320));
    }
    for (const CityIndicator &i : m_view->indicators) m_indicator->addItem(i.kf.name, i.kf.id);
    const int at = m_indicator->findData(chosen);
    m_indicator->setCurrentIndex(at >= 0 ? at : 0);
    m_setTarget->setEnabled(!m_view->indicators.empty() && CityRepository(*store).mayWriteCity());
    showTrend();
}

void CityTab::setChartText(const QString &text)
{
    // Beside the chart and as its text alternative for the screen reader.
    m_chartText->setText(text);
    m_chart->setAccessibleDescription(text.isEmpty() ? tr("No KF indicator chosen.") : text);
}

void CityTab::showTrend()
{
    auto *chart = new QChart;
    m_chart->setChart(chart);
    setChartText(QString());
    Store *store = m_session->store();
    if (!store || !m_view || m_indicator->currentIndex() < 0) return;
    const qint64 id = m_indicator->currentData().toLongLong();
    const auto kf = std::find_if(m_view->indicators.begin(), m_view->indicators.end(), [&](const CityIndicator &i) { return i.kf.id == id; });
    if (kf == m_view->indicators.end()) return;
    chart->setTitle(kf->kf.name);
    const std::vector<KoladaLine> lines = CityView::trend(*store, kf->kf);
    auto *x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%.0f"));
    auto *y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double lowX = 1e9, highX = -1e9, lowY = 1e18, highY = -1e18;
    QStringList words;
    const auto number = [&](double v) { return SwedishNumber::format(v, kf->kf.decimals, kf->kf.unit).replace(u' ', QChar(0x00A0)); };
    for (const KoladaLine &l : lines) {
        if (l.points.empty()) continue;
        auto *series = new QLineSeries;
        series->setName(l.name);
        for (const QPointF &p : l.points) {
            series->append(p);
            lowX = std::min(lowX, p.x());
            highX = std::max(highX, p.x());
            lowY = std::min(lowY, p.y());
            highY = std::max(highY, p.y());
        }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        words << (l.points.size() == 1 ? tr("%1: %2 in %3").arg(l.name, number(l.points.front().y())).arg(l.points.front().x())
                                       : tr("%1: from %2 in %3 to %4 in %5")
                                             .arg(l.name, number(l.points.front().y()))
                                             .arg(l.points.front().x())
                                             .arg(number(l.points.back().y()))
                                             .arg(l.points.back().x()));
    }
    if (words.isEmpty()) {
        setChartText(tr("%1: no committee has a full-year outcome yet.").arg(kf->kf.name));
        return;
    }
    // A tick a year, on the years (one year alone: the years beside it).
    if (highX - lowX < 1) {
        lowX -= 1;
        highX += 1;
    }
    x->setRange(lowX, highX);
    x->setTickCount(std::clamp(int(highX - lowX) + 1, 2, 12));
    const double pad = std::max(1e-9, (highY - lowY) * 0.1);
    y->setRange(lowY - pad, highY + pad);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QString target = TargetText::format(kf->kf.kfTarget, kf->kf.decimals, kf->kf.unit);
    setChartText(tr("Full-year outcomes of %1, a line per committee. %2. KF:s årsmål %3: %4.")
                             .arg(kf->kf.name, words.join(QStringLiteral("; ")))
                             .arg(m_view->year)
                             .arg(target.isEmpty() ? tr("none") : target));
    m_chart->setAccessibleName(tr("Trend chart of %1").arg(kf->kf.name));
    m_chart->setAccessibleDescription(m_chartText->text());
}

void CityTab::exportWorkbook()
{
    m_lazy->ensureFresh();
    std::vector<ReportTable> tables;
    const QString names[3] = {tr("KF indicators"), tr("KF goals"), tr("Submission")};
    for (int i = 0; i < 3; ++i) tables.push_back(TableExport::fromModel(*m_filters[i], names[i])); // as filtered and sorted
    if (m_view) {
        const std::vector<ReportTable> all = m_view->tables(StatusPresentation::language());
        tables.push_back(all[1]); // the spread and the counts, whole
        tables.push_back(all[3]);
    }
    TableExport::saveWorkbook(this, m_view ? tr("City %1 %2").arg(periodCode(m_view->period)).arg(m_view->year) : tr("City"), tables);
}

bool CityTab::setKfTarget(const QString &text)
{
    m_lazy->ensureFresh();
    if (!m_view || !m_session->store()) return false;
    const qint64 id = m_indicator->currentData().toLongLong();
    const auto kf = CityRepository(*m_session->store()).indicator(id);
    if (!kf) return false;
    auto target = TargetText::parse(text);
    if (!target) {
        m_session->reportFailure(target.error());
        return false;
    }
    // The edit reads the session again, which refills this view.
    return m_session->push(kfTargetEdit(tr("KF:s årsmål of “%1”").arg(kf->name), id, kf->kfTarget, target.value()));
}

void CityTab::askKfTarget()
{
    if (!m_view || !m_session->store()) return;
    const auto kf = CityRepository(*m_session->store()).indicator(m_indicator->currentData().toLongLong());
    if (!kf) return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("KF:s årsmål"),
                                               tr("KF:s årsmål of “%1” %2, for every committee (as the budget writes it: "
                                                  "“80 %”, “Öka”, “Max 10”):")
                                                   .arg(kf->name)
                                                   .arg(kf->year),
                                               QLineEdit::Normal, kf->kfTarget.text, &ok);
    if (ok) setKfTarget(text);
}

} // namespace malkoll
