// Over 400 lines? No: one view of three tables sharing the session, its edits and its refill.
#include "economyview.h"
#include "widgets/accessible.h"

#include "appsettings.h"
#include "calc/economy.h"
#include "periodsession.h"
#include "edit/edits.h"
#include "plan/planedits.h"
#include "store/economyrepository.h"
#include "text/swedishnumber.h"
#include "presentation/statuspresentation.h"
#include "widgets/tableexport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

namespace malkoll {

namespace {

// A bar's label: the area's whole name in lines of about 14 characters (the chart's axis takes
// rich text), so names are read, not cut; kept apart from the labels before it (the axis merges
// equal categories).
QString wrappedLabel(const QString &name, const QStringList &before)
{
    QStringList lines;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.back().size() + 1 + word.size() <= 14) lines.back() += QLatin1Char(' ') + word;
        else lines << word;
    }
    for (QString &line : lines) line = line.toHtmlEscaped();
    QString label = lines.join(QStringLiteral("<br>"));
    while (before.contains(label)) label += QChar(0x200B); // a zero-width space: the same words, another bar
    return label;
}

QStandardItem *number(double v, int decimals = 1, bool editable = false)
{
    auto *item = new QStandardItem(SwedishNumber::format(decimals == 1 ? EconomyCalc::roundMnkr(v) : v, decimals));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(v, Qt::UserRole);
    item->setEditable(editable);
    return item;
}

QStandardItem *name(const QString &text, bool editable)
{
    auto *item = new QStandardItem(text);
    item->setEditable(editable);
    return item;
}

QTableView *tableFor(QStandardItemModel *model)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->setVisible(false);
    // The name column is widened once the model has its columns (see refill()).
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultSectionSize(120);
    return view;
}
} // namespace

EconomyView::EconomyView(PeriodSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_budget = new QStandardItemModel(this);
    m_units = new QStandardItemModel(this);
    m_investments = new QStandardItemModel(this);
    m_chartView = new QChartView;
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(200);
    m_budgetView = tableFor(m_budget);
    m_unitView = tableFor(m_units);
    m_investmentView = tableFor(m_investments);
    accessible::view(m_budgetView, tr("Budget and outcome per area"));
    accessible::view(m_unitView, tr("Result units"));
    accessible::view(m_investmentView, tr("Investments"));
    accessible::name(m_chartView, tr("Budget and forecast per area, chart"), tr("No budget lines for the period."));
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color:#b71c1c"));
    auto button = [this](const QString &text, void (EconomyView::*slot)()) {
        auto *b = new QPushButton(text);
        connect(b, &QPushButton::clicked, this, slot);
        m_buttons << b;
        return b;
    };
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(button(tr("New &area…"), &EconomyView::addArea));
    buttons->addWidget(button(tr("New &varav line…"), &EconomyView::addVarav));
    buttons->addWidget(button(tr("New result &unit…"), &EconomyView::addResultUnit));
    buttons->addWidget(button(tr("New &investment…"), &EconomyView::addInvestment));
    buttons->addWidget(button(tr("&Delete line"), &EconomyView::removeSelected));
    auto *up = new QPushButton(QStringLiteral("▲"));
    accessible::symbolButton(up, tr("Move the line up"));
    connect(up, &QPushButton::clicked, this, [this] { moveLine(true); });
    auto *down = new QPushButton(QStringLiteral("▼"));
    accessible::symbolButton(down, tr("Move the line down"));
    connect(down, &QPushButton::clicked, this, [this] { moveLine(false); });
    for (QPushButton *b : {up, down}) {
        m_buttons << b;
        buttons->addWidget(b);
    }
    m_startFrom = button(tr("Start from the p&revious period"), &EconomyView::startFromPrevious);
    buttons->addWidget(m_startFrom);
    buttons->addStretch();
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_budgetView);
    split->addWidget(m_chartView);
    split->addWidget(m_unitView);
    split->addWidget(m_investmentView);
    split->setStretchFactor(0, 4); // the verksamhetsområden first: they are what is entered
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 2);
    split->setStretchFactor(3, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(split);
    connect(session, &PeriodSession::loaded, this, &EconomyView::refill);
    connect(session, &PeriodSession::editFailed, m_message, &QLabel::setText);
    connect(m_budget, &QStandardItemModel::itemChanged, this, &EconomyView::budgetEdited);
    connect(m_units, &QStandardItemModel::itemChanged, this, &EconomyView::unitEdited);
    connect(m_investments, &QStandardItemModel::itemChanged, this, &EconomyView::investmentEdited);
    refill();
}

bool EconomyView::editable() const
{
    const auto s = m_session->snapshot();
    return s && s->period != Period::VP && AppSettings::role() == AppSettings::Role::Controller && !m_session->isLocked();
}

// A typed amount in Swedish ("1 424,3", "-0,5"); text that is not one is refused, quoted, and
// the cell shows the stored value again.
std::optional<double> EconomyView::amount(QStandardItem *item)
{
    const QString text = item->text().trimmed();
    auto parsed = SwedishNumber::parse(text.isEmpty() ? QStringLiteral("0") : text);
    if (!parsed || !parsed->unit.isEmpty()) {
        m_message->setText(tr("“%1” is not an amount in Swedish (e.g. 1 424,3).").arg(text));
        refill();
        return std::nullopt;
    }
    m_message->clear();
    return parsed->value;
}

// A cell of one of the three tables typed in: the name, or an amount into the line's field for
// that column; the change is one undoable edit.
template <class Line>
void EconomyView::lineEdited(QStandardItem *item, const std::vector<Line> &lines, void (*set)(Line &, int, double),
                             std::unique_ptr<Edit> (*make)(const QString &, std::optional<Line>, std::optional<Line>))
{
    if (m_filling || item->row() >= int(lines.size())) return;
    const Line before = lines[size_t(item->row())];
    Line after = before;
    if (item->column() == 0) {
        after.name = item->text().simplified();
    } else {
        const auto v = amount(item);
        if (!v) return;
        set(after, item->column(), *v);
    }
    if (!(after == before) && !m_session->push(make(tr("Change “%1”").arg(before.name), before, after))) refill();
}

void EconomyView::budgetEdited(QStandardItem *item)
{
    lineEdited<BudgetLine>(item, m_lines, [](BudgetLine &l, int column, double v) {
        switch (column) {
        case 1: l.budget = v; break;
        case 2: l.adjustments = v; break;
        case 3: l.performance = v; break;
        case 4: l.forecastBefore = v; break;
        case 5: l.forecastAfter = v; break;
        default: break;
        }
    }, budgetLineEdit);
}

void EconomyView::unitEdited(QStandardItem *item)
{
    lineEdited<ResultUnitLine>(item, m_unitLines, [](ResultUnitLine &l, int column, double v) {
        switch (column) {
        case 1: l.grossBudget = v; break;
        case 3: l.carriedIn = v; break;
        case 4: l.result = v; break;
        default: break;
        }
    }, resultUnitEdit);
}

void EconomyView::investmentEdited(QStandardItem *item)
{
    lineEdited<InvestmentLine>(item, m_investLines, [](InvestmentLine &l, int column, double v) {
        switch (column) {
        case 1: l.budget = v; break;
        case 2: l.adjustments = v; break;
        case 3: l.forecast = v; break;
        default: break;
        }
    }, investmentEdit);
}

void EconomyView::addArea()
{
    const auto s = m_session->snapshot();
    if (!s) return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("New area"), tr("Verksamhetsområde:"), QLineEdit::Normal, QString(), &ok).simplified();
    if (!ok || text.isEmpty()) return;
    BudgetLine l;
    l.committeeId = s->committee.id;
    l.year = s->year;
    l.period = s->period;
    l.name = text;
    l.sortOrder = int(m_lines.size());
    m_session->push(budgetLineEdit(tr("Add “%1”").arg(text), std::nullopt, l));
}

void EconomyView::addVarav()
{
    const auto s = m_session->snapshot();
    const int row = m_budgetView->currentIndex().row();
    if (!s || row < 0 || row >= int(m_lines.size())) {
        m_message->setText(tr("Choose the area the varav line is part of."));
        return;
    }
    const BudgetLine &area = m_lines[size_t(row)];
    const qint64 parent = area.parentId ? area.parentId : area.id;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("New varav line"), tr("Part of the area (varav):"), QLineEdit::Normal, QString(), &ok).simplified();
    if (!ok || text.isEmpty()) return;
    BudgetLine l;
    l.committeeId = s->committee.id;
    l.year = s->year;
    l.period = s->period;
    l.parentId = parent;
    l.name = text;
    l.sortOrder = int(m_lines.size());
    m_session->push(budgetLineEdit(tr("Add “%1”").arg(text), std::nullopt, l));
}

void EconomyView::addResultUnit()
{
    const auto s = m_session->snapshot();
    if (!s) return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("New result unit"), tr("Resultatenhet:"), QLineEdit::Normal, QString(), &ok).simplified();
    if (!ok || text.isEmpty()) return;
    ResultUnitLine l;
    l.committeeId = s->committee.id;
    l.year = s->year;
    l.period = s->period;
    l.name = text;
    for (const Unit &u : s->units)
        if (u.name == text) l.unitId = u.id;
    l.sortOrder = int(m_unitLines.size());
    m_session->push(resultUnitEdit(tr("Add “%1”").arg(text), std::nullopt, l));
}

void EconomyView::addInvestment()
{
    const auto s = m_session->snapshot();
    if (!s) return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("New investment"), tr("Investment area:"), QLineEdit::Normal, QString(), &ok).simplified();
    if (!ok || text.isEmpty()) return;
    InvestmentLine l;
    l.committeeId = s->committee.id;
    l.year = s->year;
    l.period = s->period;
    l.name = text;
    l.sortOrder = int(m_investLines.size());
    m_session->push(investmentEdit(tr("Add “%1”").arg(text), std::nullopt, l));
}

void EconomyView::removeSelected()
{
    // The line of whichever table has the focus (its current row).
    if (m_unitView->hasFocus() || (!m_budgetView->hasFocus() && m_unitView->currentIndex().isValid() && !m_budgetView->currentIndex().isValid())) {
        const int row = m_unitView->currentIndex().row();
        if (row >= 0 && row < int(m_unitLines.size()))
            m_session->push(resultUnitEdit(tr("Delete “%1”").arg(m_unitLines[size_t(row)].name), m_unitLines[size_t(row)], std::nullopt));
        return;
    }
    if (m_investmentView->hasFocus()) {
        const int row = m_investmentView->currentIndex().row();
        if (row >= 0 && row < int(m_investLines.size()))
            m_session->push(investmentEdit(tr("Delete “%1”").arg(m_investLines[size_t(row)].name), m_investLines[size_t(row)], std::nullopt));
        return;
    }
    const int row = m_budgetView->currentIndex().row();
    if (row >= 0 && row < int(m_lines.size()))
        m_session->push(budgetLineEdit(tr("Delete “%1”").arg(m_lines[size_t(row)].name), m_lines[size_t(row)], std::nullopt));
}

void EconomyView::moveLine(bool up)
{
    const int row = m_budgetView->currentIndex().row();
    if (row < 0 || row >= int(m_lines.size())) return;
    const BudgetLine &line = m_lines[size_t(row)];
    // Its neighbour among the lines of the same parent (areas among areas, varav lines in their area).
    int other = -1;
    if (up) {
        for (int r = row - 1; r >= 0 && other < 0; --r)
            if (m_lines[size_t(r)].parentId == line.parentId) other = r;
    } else {
        for (int r = row + 1; r < int(m_lines.size()) && other < 0; ++r)
            if (m_lines[size_t(r)].parentId == line.parentId) other = r;
    }
    if (other < 0) return;
    BudgetLine a = line, b = m_lines[size_t(other)];
    const int low = std::min(a.sortOrder, b.sortOrder), high = std::max(a.sortOrder, b.sortOrder) + (a.sortOrder == b.sortOrder ? 1 : 0);
    a.sortOrder = up ? low : high;
    b.sortOrder = up ? high : low;
    std::vector<std::unique_ptr<Edit>> edits;
    edits.push_back(budgetLineEdit({}, line, a));
    edits.push_back(budgetLineEdit({}, m_lines[size_t(other)], b));
    m_session->push(compoundEdit(tr("Move “%1”").arg(line.name), std::move(edits)));
}

void EconomyView::startFromPrevious()
{
    const auto s = m_session->snapshot();
    if (!s || s->period == Period::T1 || s->period == Period::VP) return;
    const Period previous = s->period == Period::VB ? Period::T2 : Period::T1;
    m_session->push(economyCopyEdit(tr("Economy of %1 from %2").arg(periodCode(s->period), periodCode(previous)), s->committee.id,
                                    s->year, previous, s->period));
}

void EconomyView::refill()
{
    m_filling = true;
    m_budget->clear();
    m_units->clear();
    m_investments->clear();
    m_lines.clear();
    m_unitLines.clear();
    m_investLines.clear();
    m_bars = 0;
    m_chartLabels.clear();
    const bool edit = editable();
    for (QPushButton *b : m_buttons) b->setEnabled(edit);
    // Long headers on two lines (a header does not wrap by itself), so every column fits.
    auto twoLines = [](const QString &text) {
        const qsizetype space = text.indexOf(u' ', text.size() / 2 - 4);
        return space > 0 && text.size() > 14 ? text.left(space) + u'\n' + text.mid(space + 1) : text;
    };
    QStringList budget{tr("Area (mnkr net)"), tr("Budget"), tr("Requested adjustments"), tr("Performance changes"),
                       tr("Forecast before transfers"), tr("Forecast after transfers"), tr("Deviation")};
    QStringList units{tr("Result unit (tkr)"), tr("Gross budget"), tr("5 % of gross budget"), tr("Carried in"),
                      tr("Result this year"), tr("Transfer to next year")};
    for (QStringList *labels : {&budget, &units})
        for (qsizetype i = 1; i < labels->size(); ++i) (*labels)[i] = twoLines(labels->at(i));
    m_budget->setHorizontalHeaderLabels(budget);
    m_units->setHorizontalHeaderLabels(units);
    m_investments->setHorizontalHeaderLabels({tr("Investment (mnkr)"), tr("Budget"), tr("Budget adjustments"), tr("Forecast"),
                                              tr("Deviation")});
    for (QTableView *view : findChildren<QTableView *>()) {
        QHeaderView *h = view->horizontalHeader();
        h->setStretchLastSection(false);
        h->setSectionResizeMode(0, QHeaderView::Stretch);
        for (int c = 1; c < view->model()->columnCount(); ++c) h->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    const auto snap = m_session->snapshot();
    auto *chart = new QChart;
    chart->setLocale(QLocale(QLocale::Swedish, QLocale::Sweden));
    chart->setLocalizeNumbers(true);
    chart->setTitle(tr("Budget and forecast per area (mnkr)"));
    m_chartView->setChart(chart); // the view owns the chart
    if (!snap || !m_session->store()) {
        m_filling = false;
        return;
    }
    EconomyRepository repo(*m_session->store());
    const auto lines = repo.budgetLines(snap->committee.id, snap->year, snap->period);
    auto *budgetSet = new QBarSet(tr("Budget"));
    auto *forecastSet = new QBarSet(tr("Forecast"));
    QStringList areas, described;
    for (const BudgetLine &l : lines) {
        auto *area = name(l.parentId ? QStringLiteral("    ") + l.name : l.name, edit);
        if (l.parentId) area->setForeground(QColor(0x55, 0x55, 0x55));
        const double deviation = EconomyCalc::deviation(l);
        QStandardItem *dev = number(deviation);
        if (deviation < 0) dev->setForeground(StatusPresentation::statusColor(IndicatorStatus::NotMet));
        m_budget->appendRow({area, number(l.budget, 1, edit), number(l.adjustments, 1, edit), number(l.performance, 1, edit),
                             number(l.forecastBefore, 1, edit), number(l.forecastAfter, 1, edit), dev});
        m_lines.push_back(l);
        if (!l.parentId) {
            *budgetSet << l.budget + l.adjustments + l.performance;
            *forecastSet << l.forecastAfter;
            areas << wrappedLabel(l.name, areas);
            described << tr("%1: budget %2, forecast %3")
                             .arg(l.name, SwedishNumber::format(l.budget + l.adjustments + l.performance, 1),
                                  SwedishNumber::format(l.forecastAfter, 1));
            ++m_bars;
        }
    }
    if (!lines.empty()) {
        const BudgetTotals t = EconomyCalc::totals(lines);
        QList<QStandardItem *> total{new QStandardItem(tr("Total")), number(t.budget), number(t.adjustments),
                                     number(t.performance), number(t.forecastBefore), number(t.forecastAfter),
                                     number(t.deviation)};
        QFont bold;
        bold.setBold(true);
        for (QStandardItem *i : total) {
            i->setFont(bold);
            i->setEditable(false);
        }
        m_budget->appendRow(total);
    }
    for (const ResultUnitLine &l : repo.resultUnits(snap->committee.id, snap->year, snap->period)) {
        const ResultTransfer t = EconomyCalc::transfer(l);
        QStandardItem *transfer = number(t.transfer, 0);
        if (t.capped) transfer->setText(transfer->text() + tr(" (cap)"));
        m_units->appendRow({name(l.name, edit), number(l.grossBudget, 0, edit), number(t.fivePercent, 0),
                            number(l.carriedIn, 0, edit), number(l.result, 0, edit), transfer});
        m_unitLines.push_back(l);
    }
    for (const InvestmentLine &l : repo.investments(snap->committee.id, snap->year, snap->period)) {
        m_investments->appendRow({name(l.name, edit), number(l.budget, 1, edit), number(l.adjustments, 1, edit),
                                  number(l.forecast, 1, edit), number(EconomyCalc::deviation(l))});
        m_investLines.push_back(l);
    }
    m_chartView->setAccessibleDescription(described.isEmpty() ? tr("No budget lines for the period.")
                                                              : tr("Budget and forecast per area (mnkr): %1.").arg(described.join(QStringLiteral("; "))));
    m_startFrom->setEnabled(edit && lines.empty() && m_unitLines.empty() && m_investLines.empty() && snap->period != Period::T1);
    auto *series = new QBarSeries;
    series->append(budgetSet);
    series->append(forecastSet);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(areas);
    m_chartLabels = areas;
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    m_filling = false;
}

std::vector<ReportTable> EconomyView::exportTables() const
{
    return {TableExport::fromModel(*m_budget, tr("Verksamhetsområden")), TableExport::fromModel(*m_units, tr("Result units")),
            TableExport::fromModel(*m_investments, tr("Investments"))};
}

} // namespace malkoll
