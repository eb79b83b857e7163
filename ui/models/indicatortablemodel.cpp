#include "indicatortablemodel.h"

#include "periodsession.h"
#include "text/swedishnumber.h"
#include "text/targettext.h"
#include "presentation/statuspresentation.h"
#include "text/labels.h"

#include <QFont>

namespace malkoll {

bool IndicatorTableModel::isNumberColumn(int column)
{
    return column == OutcomeColumn || column == MenColumn || column == WomenColumn || column == PrognosisColumn;
}

namespace {

std::optional<double> *field(Measurement &m, int column)
{
    switch (column) {
    case IndicatorTableModel::OutcomeColumn: return &m.outcome;
    case IndicatorTableModel::MenColumn: return &m.men;
    case IndicatorTableModel::WomenColumn: return &m.women;
    case IndicatorTableModel::PrognosisColumn: return &m.prognosis;
    default: return nullptr;
    }
}
} // namespace

IndicatorTableModel::IndicatorTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void IndicatorTableModel::setSession(PeriodSession *session)
{
    beginResetModel();
    if (m_session) disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_preview.reset();
    rebuild();
    endResetModel();
    if (!m_session) return;
    connect(m_session, &PeriodSession::loaded, this, [this] {
        beginResetModel();
        m_preview.reset();
        rebuild();
        endResetModel();
    });
    connect(m_session, &PeriodSession::changed, this, &IndicatorTableModel::refresh);
}

void IndicatorTableModel::setGoal(qint64 goalId, bool withSubGoals)
{
    beginResetModel();
    m_goalId = goalId;
    m_withSubGoals = withSubGoals;
    rebuild();
    endResetModel();
}

void IndicatorTableModel::setUnitFilter(qint64 unitId)
{
    beginResetModel();
    m_unitId = unitId;
    rebuild();
    endResetModel();
}

void IndicatorTableModel::rebuild()
{
    m_rows.clear();
    const auto snapshot = m_session ? m_session->snapshot() : nullptr;
    if (!snapshot) return;
    std::vector<const Indicator *> rows;
    if (m_goalId && m_withSubGoals) {
        for (const Goal *g : snapshot->subtree(m_goalId))
            for (const Indicator *i : snapshot->indicatorsOf(g->id)) rows.push_back(i);
    } else if (m_goalId) {
        rows = snapshot->indicatorsOf(m_goalId);
    } else {
        for (const Indicator &i : snapshot->indicators) rows.push_back(&i);
    }
    for (const Indicator *i : rows)
        if (!m_unitId || i->responsibleUnitId == m_unitId) m_rows.push_back(i);
}

void IndicatorTableModel::refresh()
{
    if (m_rows.empty()) return;
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const Indicator *IndicatorTableModel::indicatorAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)] : nullptr;
}

int IndicatorTableModel::rowOf(qint64 indicatorId) const
{
    for (size_t r = 0; r < m_rows.size(); ++r)
        if (m_rows[r]->id == indicatorId) return int(r);
    return -1;
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

Measurement IndicatorTableModel::valuesOf(const Indicator &indicator) const
{
    if (m_preview && m_preview->indicatorId == indicator.id) return m_preview->values;
    return storedValues(indicator);
}

Measurement IndicatorTableModel::storedValues(const Indicator &indicator) const
{
    const auto snapshot = m_session->snapshot();
    if (const Measurement *m = snapshot->measurement(indicator.id)) return *m;
    Measurement empty;
    empty.indicatorId = indicator.id;
    empty.period = snapshot->period;
    return empty;
}

const IndicatorEvaluation &IndicatorTableModel::evaluationOf(const Indicator &indicator) const
{
    if (m_preview && m_preview->indicatorId == indicator.id) return m_preview->evaluation;
    return *m_session->evaluation()->indicator(indicator.id); // the session evaluates every indicator
}

Qt::ItemFlags IndicatorTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const Indicator *ind = indicatorAt(index.row());
    if (!ind || !m_session || !m_session->mayWrite(ind->responsibleUnitId)) return f;
    switch (index.column()) {
    case OutcomeColumn:
    case PrognosisColumn:
    case NotReportedColumn:
    case AnalysisColumn: return f | Qt::ItemIsEditable;
    case MenColumn:
    case WomenColumn: return ind->genderSplit ? f | Qt::ItemIsEditable : f;
    default: return f;
    }
}

Result<std::optional<double>> IndicatorTableModel::parseNumber(const QModelIndex &index, const QString &text) const
{
    const Indicator *ind = indicatorAt(index.row());
    if (!ind) return fail(tr("No indicator on this row."));
    if (text.trimmed().isEmpty()) return std::optional<double>{};
    auto v = SwedishNumber::parseValue(text, ind->unit);
    if (!v) return fail(tr("%1: %2").arg(headerData(index.column(), Qt::Horizontal).toString(), v.error()));
    return std::optional<double>(v.value());
}

void IndicatorTableModel::setPreview(const QModelIndex &index, const QString &text)
{
    const Indicator *ind = indicatorAt(index.row());
    if (!ind || !isNumberColumn(index.column())) return;
    m_preview.reset();
    if (!text.isNull()) {
        auto parsed = parseNumber(index, text);
        if (parsed) {
            Measurement m = valuesOf(*ind);
            *field(m, index.column()) = parsed.value();
            // Evaluated once here, not on every data() call of the row.
            m_preview = Preview{ind->id, m, Evaluator::evaluateIndicator(*m_session->snapshot(), *ind, &m)};
        }
    }
    emit dataChanged(this->index(index.row(), StatusColumn), this->index(index.row(), SuggestionColumn));
}

bool IndicatorTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Indicator *ind = indicatorAt(index.row());
    if (role != Qt::EditRole || !ind || !(flags(index) & Qt::ItemIsEditable)) return false;
    m_preview.reset();
    Measurement after = storedValues(*ind);
    const QString text = value.toString();
    auto refuse = [&](const QString &message) {
        m_lastError = message;
        emit editRefused(message);
        emit dataChanged(index.siblingAtColumn(StatusColumn), index.siblingAtColumn(SuggestionColumn));
        return false;
    };
    if (isNumberColumn(index.column())) {
        auto parsed = parseNumber(index, text);
        if (!parsed) return refuse(parsed.error());
        *field(after, index.column()) = parsed.value();
        if (index.column() == OutcomeColumn && parsed.value() && after.notReported) {
            after.notReported = false; // a value arrived: it is reported after all
            after.notReportedReason.clear();
        }
    } else if (index.column() == NotReportedColumn) {
        const QString reason = text.trimmed();
        if (!reason.isEmpty() && after.outcome)
            return refuse(tr("“%1” has an outcome; remove it before marking the value as not reported.").arg(ind->name));
        after.notReported = !reason.isEmpty();
        after.notReportedReason = reason;
    } else if (index.column() == AnalysisColumn) {
        after.analysis = text.trimmed();
    }
    m_lastError.clear();
    return m_session->editMeasurement(after);
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    const Indicator *ind = indicatorAt(index.row());
    if (!ind || !m_session || !m_session->snapshot()) return {};
    if (role == IndicatorIdRole) return ind->id;
    const int column = index.column();
    if (role == Qt::EditRole) {
        // What is stored, not the preview of what is being typed.
        Measurement m = storedValues(*ind);
        if (std::optional<double> *v = field(m, column))
            return SwedishNumber::format(*v, ind->decimals, {}, SwedishNumber::Style::Plain);
        if (column == NotReportedColumn) return m.notReportedReason;
        if (column == AnalysisColumn) return m.analysis;
        return {};
    }
    const Measurement m = valuesOf(*ind);
    if (role == Qt::TextAlignmentRole) {
        if (column == NameColumn || column == AnalysisColumn || column == NotReportedColumn || column == StatusColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::DecorationRole &&
        role != Qt::ForegroundRole && role != StatusRole && role != Qt::FontRole && role != Qt::BackgroundRole)
        return {};
    const IndicatorEvaluation &e = evaluationOf(*ind);
    switch (role) {
    case Qt::DisplayRole: return display(*ind, m, e, column);
    case Qt::ToolTipRole: return toolTip(*ind, m, e, column);
    case StatusRole: return column == StatusColumn ? QVariant(int(e.expected)) : QVariant();
    case Qt::DecorationRole:
        if (column == StatusColumn) return StatusPresentation::statusIcon(e.expected);
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn) return StatusPresentation::statusColor(e.expected);
        if (column == SuggestionColumn) return QColor(Qt::darkGray);
        return {};
    case Qt::BackgroundRole:
        if (flags(index) & Qt::ItemIsEditable) return QColor(0xff, 0xfd, 0xe7); // the cells one fills in
        return {};
    case Qt::FontRole:
        if ((column == TargetColumn || column == KfTargetColumn) &&
            m_session->snapshot()->latestChange(*ind, column == KfTargetColumn)) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        if (column == SuggestionColumn) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    }
    return {};
}

QVariant IndicatorTableModel::display(const Indicator &ind, const Measurement &m, const IndicatorEvaluation &e,
                                      int column) const
{
    const auto snapshot = m_session->snapshot();
    const auto fmt = [&](const std::optional<double> &v) { return SwedishNumber::format(v, ind.decimals, ind.unit); };
    switch (column) {
    case NameColumn: return ind.genderFlag ? QStringLiteral("♀ ") + ind.name : ind.name;
    case OutcomeColumn:
        if (m.notReported && !m.outcome) return tr("not reported");
        return fmt(m.outcome);
    case MenColumn: return ind.genderSplit ? fmt(m.men) : QString();
    case WomenColumn: return ind.genderSplit ? fmt(m.women) : QString();
    case PreviousVbColumn: return fmt(snapshot->previousVbOf(ind.id));
    case PrognosisColumn: return fmt(m.prognosis);
    case SuggestionColumn:
        if (!e.suggestion.value || e.suggestion.method == PrognosisMethod::YearOutcome) return QString();
        return QStringLiteral("%1 (%2)").arg(fmt(e.suggestion.value),
                                             StatusPresentation::prognosisMethodText(e.suggestion.method));
    case TargetColumn: return TargetText::format(e.target, ind.decimals, ind.unit);
    case KfTargetColumn:
        return TargetText::format(snapshot->effectiveTarget(ind, true), ind.decimals, ind.unit);
    case StatusColumn: {
        QString text = StatusPresentation::statusText(e.expected);
        if (const QString arrow = StatusRule::trendArrow(e.trend); !arrow.isEmpty()) text += QLatin1Char(' ') + arrow;
        return text;
    }
    case PeriodColumn: return labels::valuePeriod(ind, snapshot->year, snapshot->period);
    case NotReportedColumn: return m.notReported ? m.notReportedReason : QString();
    case AnalysisColumn: return m.analysis.section(QLatin1Char('\n'), 0, 0);
    }
    return {};
}

QVariant IndicatorTableModel::toolTip(const Indicator &ind, const Measurement &m, const IndicatorEvaluation &e,
                                      int column) const
{
    const auto snapshot = m_session->snapshot();
    const auto fmt = [&](const std::optional<double> &v) { return SwedishNumber::format(v, ind.decimals, ind.unit); };
    switch (column) {
    case NameColumn: {
        QString tip = ind.name;
        if (const Goal *g = snapshot->goal(ind.goalId)) tip += QLatin1Char('\n') + tr("Goal %1 %2").arg(g->number, g->title);
        tip += QLatin1Char('\n') + (ind.origin == Origin::KF ? tr("KF indicator") : tr("Committee indicator"));
        if (const Unit *u = snapshot->unit(ind.responsibleUnitId)) tip += QLatin1Char('\n') + tr("Responsible: %1").arg(u->name);
        if (const QString held = m_session->heldText(ind.responsibleUnitId); !held.isEmpty()) tip += QLatin1Char('\n') + held;
        if (ind.genderFlag) tip += QLatin1Char('\n') + tr("♀ Gender-equality relevant indicator");
        return tip;
    }
    case OutcomeColumn:
        if (m.notReported) return tr("Not reported: %1").arg(m.notReportedReason);
        if (!m.updatedBy.isEmpty())
            return tr("Entered by %1, %2").arg(m.updatedBy, m.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        return tr("Type the outcome in %1, e.g. “%2”.").arg(ind.unit.isEmpty() ? tr("numbers") : ind.unit,
                                                            SwedishNumber::format(1234.5, ind.decimals, ind.unit));
    case SuggestionColumn: return PrognosisRule::methodText(e.suggestion, StatusPresentation::language());
    case TargetColumn:
    case KfTargetColumn: {
        const bool kf = column == KfTargetColumn;
        if (const TargetChange *c = snapshot->latestChange(ind, kf))
            return tr("Changed by decision %1 (from %2): %3\nOriginal årsmål: %4")
                .arg(c->decided.toString(Qt::ISODate), periodCode(c->fromPeriod), c->reason,
                     TargetText::format(kf ? ind.kfTarget : ind.target, ind.decimals, ind.unit));
        const Target t = kf ? ind.kfTarget : ind.target;
        if (!t.text.isEmpty()) return tr("As written in the plan: %1").arg(t.text);
        return {};
    }
    case StatusColumn: {
        const auto line = [&](const QString &what, const StatusResult &r) {
            QString s = what + QStringLiteral(": ") + StatusPresentation::statusText(r.status);
            if (r.gap) s += QStringLiteral(" (%1)").arg(SwedishNumber::format(*r.gap, ind.decimals, ind.unit));
            return s;
        };
        QStringList lines{line(tr("Outcome against Årsmål"), e.outcomeStatus),
                          line(tr("Forecast against Årsmål"), e.prognosisStatus),
                          line(tr("Forecast against KF:s årsmål"), e.prognosisKfStatus)};
        lines << tr("Partly met: at most %1 % short of the target.")
                     .arg(SwedishNumber::format(e.tolerance, e.tolerance == std::round(e.tolerance) ? 0 : 1));
        if (e.trend != Trend::Unknown)
            lines << tr("Trend against the same period last year (%1).").arg(fmt(e.trendPrevious));
        return lines.join(QLatin1Char('\n'));
    }
    case NotReportedColumn: return tr("A reason here marks the value as not reported (not the same as zero).");
    case AnalysisColumn:
        if (!m.analysis.isEmpty()) return m.analysis;
        return {};
    }
    return {};
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    const auto snapshot = m_session ? m_session->snapshot() : nullptr;
    switch (section) {
    case NameColumn: return tr("Indicator");
    case OutcomeColumn: return tr("Outcome for the period");
    case MenColumn: return tr("Outcome men/boys");
    case WomenColumn: return tr("Outcome women/girls");
    case PreviousVbColumn:
        return snapshot ? tr("Outcome VB %1").arg(snapshot->year - 1) : tr("Outcome VB the year before");
    case PrognosisColumn: return tr("Full-year forecast");
    case SuggestionColumn: return tr("Suggested forecast");
    case TargetColumn: return tr("Annual target");
    case KfTargetColumn: return tr("KF annual target");
    case StatusColumn: return tr("Status");
    case PeriodColumn: return tr("Period");
    case NotReportedColumn: return tr("Not reported – reason");
    case AnalysisColumn: return tr("Analysis");
    }
    return {};
}

} // namespace malkoll
