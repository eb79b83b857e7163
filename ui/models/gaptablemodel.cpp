#include "gaptablemodel.h"

#include "io/csv.h"

#include "periodsession.h"
#include "text/swedishnumber.h"
#include "text/targettext.h"
#include "presentation/statuspresentation.h"

namespace malkoll {

GapTableModel::GapTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void GapTableModel::setSession(PeriodSession *session)
{
    if (m_session) disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    reset();
    if (!m_session) return;
    connect(m_session, &PeriodSession::loaded, this, &GapTableModel::reset);
    connect(m_session, &PeriodSession::changed, this, &GapTableModel::reset);
}

void GapTableModel::reset()
{
    beginResetModel();
    m_findings.clear();
    if (m_session && m_session->evaluation())
        for (const Finding &f : m_session->evaluation()->findings)
            if (f.indicatorId) m_findings[f.indicatorId] << f.message;
    endResetModel();
}

int GapTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_session || !m_session->evaluation()) return 0;
    return int(m_session->evaluation()->indicators.size());
}

int GapTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant GapTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_session || !m_session->evaluation()) return {};
    const auto snapshot = m_session->snapshot();
    const IndicatorEvaluation &e = m_session->evaluation()->indicators[size_t(index.row())];
    const Indicator &ind = *e.indicator;
    const StatusResult &judged = e.judgedPrognosis ? e.prognosisStatus : e.outcomeStatus;
    const auto fmt = [&](const std::optional<double> &v) { return SwedishNumber::format(v, ind.decimals, ind.unit); };
    const auto plain = [&](const std::optional<double> &v, int decimals) {
        return SwedishNumber::format(v, decimals, {}, SwedishNumber::Style::Plain);
    };
    const int c = index.column();
    switch (role) {
    case IndicatorIdRole: return ind.id;
    case GoalIdRole: return ind.goalId;
    case UnitIdRole: return ind.responsibleUnitId;
    case OriginRole: return int(ind.origin);
    case StatusRole: return int(e.expected);
    case FindingsRole: return int(m_findings.value(ind.id).size());
    case SortRole:
        switch (c) {
        case OutcomeColumn: return e.outcome ? QVariant(*e.outcome) : QVariant();
        case PrognosisColumn: return e.prognosis ? QVariant(*e.prognosis) : QVariant();
        case OutcomeStatusColumn: return int(e.outcomeStatus.status);
        case PrognosisStatusColumn: return int(e.prognosisStatus.status);
        case DeviationColumn: return judged.gap ? QVariant(*judged.gap) : QVariant();
        case DeviationPercentColumn: return judged.gapPercent ? QVariant(*judged.gapPercent) : QVariant();
        case FindingsColumn: return int(m_findings.value(ind.id).size());
        default: return data(index, Qt::DisplayRole);
        }
    case CsvRole:
        switch (c) {
        case OutcomeColumn: return plain(e.outcome, ind.decimals);
        case PrognosisColumn: return plain(e.prognosis, ind.decimals);
        case DeviationColumn: return plain(judged.gap, ind.decimals);
        case DeviationPercentColumn: return plain(judged.gapPercent, 1);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (c) {
        case GoalColumn: return snapshot->goalPath(ind.goalId);
        case IndicatorColumn: return ind.name;
        case KindColumn: return ind.origin == Origin::KF ? tr("KF") : tr("Committee");
        case UnitColumn:
            if (const Unit *u = snapshot->unit(ind.responsibleUnitId)) return u->name;
            return QString();
        case OutcomeColumn: return fmt(e.outcome);
        case PrognosisColumn: return fmt(e.prognosis);
        case TargetColumn: return TargetText::format(e.target, ind.decimals, ind.unit);
        case KfTargetColumn: return TargetText::format(e.kfTarget, ind.decimals, ind.unit);
        case OutcomeStatusColumn: return StatusPresentation::statusText(e.outcomeStatus.status);
        case PrognosisStatusColumn: return StatusPresentation::statusText(e.prognosisStatus.status);
        case DeviationColumn: return fmt(judged.gap);
        case DeviationPercentColumn: return SwedishNumber::format(judged.gapPercent, 1, QStringLiteral("%"));
        case AnalysisColumn: return e.hasAnalysis ? tr("Yes") : tr("No");
        case FindingsColumn: return m_findings.value(ind.id).isEmpty() ? QString() : QString::number(m_findings.value(ind.id).size());
        }
        return {};
    case Qt::DecorationRole:
        if (c == OutcomeStatusColumn) return StatusPresentation::statusIcon(e.outcomeStatus.status);
        if (c == PrognosisStatusColumn) return StatusPresentation::statusIcon(e.prognosisStatus.status);
        return {};
    case Qt::ForegroundRole:
        if ((c == DeviationColumn || c == DeviationPercentColumn) && judged.gap && *judged.gap < 0)
            return StatusPresentation::statusColor(IndicatorStatus::NotMet);
        return {};
    case Qt::ToolTipRole:
        if (c == FindingsColumn || c == IndicatorColumn) {
            const QStringList f = m_findings.value(ind.id);
            return f.isEmpty() ? ind.name : ind.name + QStringLiteral("\n• ") + f.join(QStringLiteral("\n• "));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (c >= OutcomeColumn && c <= KfTargetColumn) return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (c == DeviationColumn || c == DeviationPercentColumn) return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant GapTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case GoalColumn: return tr("Goal");
    case IndicatorColumn: return tr("Indicator");
    case KindColumn: return tr("Kind");
    case UnitColumn: return tr("Responsible");
    case OutcomeColumn: return tr("Outcome");
    case PrognosisColumn: return tr("Full-year forecast");
    case TargetColumn: return tr("Annual target");
    case KfTargetColumn: return tr("KF annual target");
    case OutcomeStatusColumn: return tr("Outcome status");
    case PrognosisStatusColumn: return tr("Forecast status");
    case DeviationColumn: return tr("Deviation");
    case DeviationPercentColumn: return tr("Deviation %");
    case AnalysisColumn: return tr("Analysis");
    case FindingsColumn: return tr("Findings");
    }
    return {};
}

GapFilterModel::GapFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(GapTableModel::SortRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void GapFilterModel::setStatus(std::optional<IndicatorStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void GapFilterModel::setGoal(const std::vector<qint64> &goalIds)
{
    m_goals = QSet<qint64>(goalIds.begin(), goalIds.end());
    invalidateFilter();
}

void GapFilterModel::setUnit(qint64 unitId)
{
    m_unit = unitId;
    invalidateFilter();
}

void GapFilterModel::setOrigin(std::optional<Origin> origin)
{
    m_origin = origin;
    invalidateFilter();
}

void GapFilterModel::setOnlyWithFindings(bool only)
{
    m_onlyFindings = only;
    invalidateFilter();
}

bool GapFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && i.data(GapTableModel::StatusRole).toInt() != int(*m_status)) return false;
    if (!m_goals.isEmpty() && !m_goals.contains(i.data(GapTableModel::GoalIdRole).toLongLong())) return false;
    if (m_unit && i.data(GapTableModel::UnitIdRole).toLongLong() != m_unit) return false;
    if (m_origin && i.data(GapTableModel::OriginRole).toInt() != int(*m_origin)) return false;
    if (m_onlyFindings && i.data(GapTableModel::FindingsRole).toInt() == 0) return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

QString GapFilterModel::toCsv() const
{
    // Through core/io/csv: its quoting, and text cells a spreadsheet will not run as formulas.
    const CsvDialect dialect = CsvDialect::excel();
    auto isNumber = [](int c) {
        return c == GapTableModel::OutcomeColumn || c == GapTableModel::PrognosisColumn ||
               c == GapTableModel::DeviationColumn || c == GapTableModel::DeviationPercentColumn;
    };
    QStringList header;
    for (int c = 0; c < columnCount(); ++c) header << Csv::safeText(headerData(c, Qt::Horizontal).toString());
    QString out = Csv::line(header, dialect);
    for (int r = 0; r < rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < columnCount(); ++c) {
            const QString text = index(r, c).data(GapTableModel::CsvRole).toString();
            row << (isNumber(mapToSource(index(r, c)).column()) ? text : Csv::safeText(text));
        }
        out += Csv::line(row, dialect);
    }
    return out;
}

} // namespace malkoll
