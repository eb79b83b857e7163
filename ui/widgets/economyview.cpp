#include "economyview.h"

#include "calc/economy.h"
#include "periodsession.h"
#include "store/economyrepository.h"
#include "text/swedishnumber.h"
#include "presentation/statuspresentation.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

namespace malkoll {

namespace {
QStandardItem *number(double v, int decimals = 1)
{
    auto *item = new QStandardItem(SwedishNumber::format(decimals == 1 ? EconomyCalc::roundMnkr(v) : v, decimals));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(v, Qt::UserRole);
    return item;
}

QTableView *tableFor(QStandardItemModel *model)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
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
    m_chartView = new QChartView;
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(tableFor(m_budget));
    split->addWidget(m_chartView);
    split->addWidget(tableFor(m_units));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    connect(session, &PeriodSession::loaded, this, &EconomyView::refill);
    refill();
}

void EconomyView::refill()
{
    m_budget->clear();
    m_units->clear();
    m_bars = 0;
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
    if (!snap || !m_session->store()) return;
    EconomyRepository repo(*m_session->store());
    const auto lines = repo.budgetLines(snap->committee.id, snap->year, snap->period);
    auto *budgetSet = new QBarSet(tr("Budget"));
    auto *forecastSet = new QBarSet(tr("Forecast"));
    QStringList areas;
    for (const BudgetLine &l : lines) {
        auto *name = new QStandardItem(l.parentId ? QStringLiteral("    ") + l.name : l.name);
        if (l.parentId) name->setForeground(QColor(0x55, 0x55, 0x55));
        const double deviation = EconomyCalc::deviation(l);
        QStandardItem *dev = number(deviation);
        if (deviation < 0) dev->setForeground(StatusPresentation::statusColor(IndicatorStatus::NotMet));
        m_budget->appendRow({name, number(l.budget), number(l.adjustments), number(l.performance), number(l.forecastBefore),
                             number(l.forecastAfter), dev});
        if (!l.parentId) {
            *budgetSet << l.budget + l.adjustments + l.performance;
            *forecastSet << l.forecastAfter;
            areas << (l.name.size() > 18 ? l.name.left(16) + QChar(0x2026) : l.name);
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
        for (QStandardItem *i : total) i->setFont(bold);
        m_budget->appendRow(total);
    }
    for (const ResultUnitLine &l : repo.resultUnits(snap->committee.id, snap->year, snap->period)) {
        const ResultTransfer t = EconomyCalc::transfer(l);
        QStandardItem *transfer = number(t.transfer, 0);
        if (t.capped) transfer->setText(transfer->text() + tr(" (cap)"));
        m_units->appendRow({new QStandardItem(l.name), number(l.grossBudget, 0), number(t.fivePercent, 0),
                            number(l.carriedIn, 0), number(l.result, 0), transfer});
    }
    auto *series = new QBarSeries;
    series->append(budgetSet);
    series->append(forecastSet);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(areas);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace malkoll
