#include "overviewview.h"
#include "widgets/accessible.h"

#include "refillwhenshown.h"

#include "periodsession.h"
#include "presentation/statuspresentation.h"
#include "text/labels.h"

#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QPieSeries>
#include <QPieSlice>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace malkoll {

OverviewView::OverviewView(PeriodSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("overviewTree"));
    accessible::view(m_tree, tr("Goals with their indicators' statuses and assessments"));
    const Language lang = StatusPresentation::language();
    m_tree->setHeaderLabels({tr("Goal"), labels::statusShort(IndicatorStatus::Met, lang),
                             labels::statusShort(IndicatorStatus::PartlyMet, lang),
                             labels::statusShort(IndicatorStatus::NotMet, lang),
                             labels::statusShort(IndicatorStatus::NotAssessable, lang), tr("Assessment"), tr("Suggestion")});
    // The goal keeps the room: the counts are narrow (their status in full in the header's
    // tooltip), the assessments as wide as their words.
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setMinimumSectionSize(60);
    for (int c = 1; c <= 4; ++c) {
        m_tree->header()->setSectionResizeMode(c, QHeaderView::Fixed);
        m_tree->header()->resizeSection(c, 92);
        m_tree->headerItem()->setToolTip(c, StatusPresentation::statusText(c == 4 ? IndicatorStatus::NotAssessable : IndicatorStatus(c)));
        m_tree->headerItem()->setTextAlignment(c, Qt::AlignCenter);
    }
    for (int c = 5; c <= 6; ++c) m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_chart = new QChartView;
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    accessible::name(m_chart, tr("Indicators by status, chart"), tr("No period read."));
    // The goals take the width (their titles are long); the chart sits below with its legend
    // beside it, where every slice's name fits.
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_tree);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    m_lazy = new RefillWhenShown(this, [this] { refill(); });
    connect(session, &PeriodSession::loaded, m_lazy, &RefillWhenShown::changed);
    connect(session, &PeriodSession::changed, m_lazy, &RefillWhenShown::changed);
}

QTreeWidget *OverviewView::tree() const
{
    m_lazy->ensureFresh();
    return m_tree;
}

std::array<int, 4> OverviewView::totals() const
{
    m_lazy->ensureFresh();
    return m_totals;
}

void OverviewView::refill()
{
    m_tree->clear();
    m_totals = {};
    const auto snap = m_session->snapshot();
    const YearEvaluation *ev = m_session->evaluation();
    auto *chart = new QChart;
    chart->setTitle(tr("Indicators by status (forecast against Årsmål)"));
    m_chart->setChart(chart);
    if (!snap || !ev) return;
    for (const IndicatorEvaluation &e : ev->indicators) ++m_totals[size_t(e.expected)];
    QHash<qint64, QTreeWidgetItem *> items;
    for (const Goal &g : snap->goals) {
        if (g.level != GoalLevel::Direction && g.level != GoalLevel::KfArea) continue;
        std::array<int, 4> counts{};
        for (const Goal *d : snap->subtree(g.id))
            for (const Indicator *i : snap->indicatorsOf(d->id)) ++counts[size_t(ev->indicator(i->id)->expected)];
        QTreeWidgetItem *parent = g.parentId ? items.value(g.parentId) : nullptr;
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        items.insert(g.id, item);
        item->setText(0, QStringLiteral("%1 %2").arg(g.number, g.title));
        item->setToolTip(0, g.title);
        for (int s : {int(IndicatorStatus::Met), int(IndicatorStatus::PartlyMet), int(IndicatorStatus::NotMet),
                      int(IndicatorStatus::NotAssessable)}) {
            const int column = s == 0 ? 4 : s; // Met 1, Partly 2, Not 3, not assessable 4
            item->setText(column, QString::number(counts[size_t(s)]));
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        }
        const GoalEvaluation *ge = ev->goal(g.id);
        const Assessment given = ge ? ge->assessment : Assessment::NotSet;
        const Assessment suggested = ge ? ge->suggestion : Assessment::NotSet;
        item->setIcon(5, StatusPresentation::assessmentIcon(given));
        item->setText(5, StatusPresentation::assessmentText(given));
        item->setIcon(6, StatusPresentation::assessmentIcon(suggested));
        item->setText(6, StatusPresentation::assessmentText(suggested));
        if (ge) item->setToolTip(6, RollupRule::reasons(ge->counts, StatusPresentation::language()));
        if (given != Assessment::NotSet && suggested != Assessment::NotSet && given != suggested)
            for (int c : {5, 6}) item->setBackground(c, QColor(0xff, 0xf4, 0xd6)); // differs: look here
    }
    m_tree->expandAll();
    auto *pie = new QPieSeries;
    for (IndicatorStatus s : {IndicatorStatus::Met, IndicatorStatus::PartlyMet, IndicatorStatus::NotMet, IndicatorStatus::NotAssessable}) {
        if (!m_totals[size_t(s)]) continue;
        QPieSlice *slice = pie->append(QStringLiteral("%1 (%2)").arg(StatusPresentation::statusText(s)).arg(m_totals[size_t(s)]),
                                       m_totals[size_t(s)]);
        slice->setColor(StatusPresentation::statusColor(s));
        slice->setLabelVisible(false); // the legend names every slice in full; labels would be cut
    }
    chart->addSeries(pie);
    // The chart in words, as the legend says it.
    QStringList words;
    for (IndicatorStatus s : {IndicatorStatus::Met, IndicatorStatus::PartlyMet, IndicatorStatus::NotMet, IndicatorStatus::NotAssessable})
        words << QStringLiteral("%1: %2").arg(StatusPresentation::statusText(s)).arg(m_totals[size_t(s)]);
    m_chart->setAccessibleDescription(tr("Indicators by status (forecast against Årsmål): %1.").arg(words.join(QStringLiteral("; "))));
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setShowToolTips(true);
}

} // namespace malkoll
