#include "outcomeimport.h"

#include <map>

#include "import/reportparser.h"
#include "text/textdecode.h"
#include "store/indicatorrepository.h"
#include "store/measurementrepository.h"
#include "store/periodrepository.h"
#include "store/store.h"
#include "text/swedishnumber.h"
#include "text/fold.h"

#include <QHash>
#include <QRegularExpression>

namespace malkoll {

OutcomePreview OutcomeImport::preview(Store &store, qint64 committeeId, int year, Period defaultPeriod,
                                      const CsvTable &table, const OutcomeMapping &mapping)
{
    OutcomePreview p;
    p.committeeId = committeeId;
    p.year = year;
    if (!mapping.has(OutcomeField::Indicator)) {
        p.errors.push_back({table.headerLine, 0, tr("No column is mapped to Indicator.")});
        return p;
    }
    if (!mapping.has(OutcomeField::Outcome) && !mapping.has(OutcomeField::Men) && !mapping.has(OutcomeField::Women) &&
        !mapping.has(OutcomeField::Prognosis) && !mapping.has(OutcomeField::Analysis)) {
        p.errors.push_back({table.headerLine, 0, tr("No column is mapped to a value (outcome, men, women, forecast or analysis).")});
        return p;
    }
    // Indicators of the year by folded name; a name under two goals is ambiguous.
    QHash<QString, std::vector<Indicator>> byName;
    for (const Indicator &i : IndicatorRepository(store).indicators(committeeId, year))
        byName[fold(i.name)].push_back(i);
    // What is stored, read once for the whole file: the year's values and each period's lock.
    QHash<std::pair<qint64, int>, Measurement> storedValues; // by indicator and period
    for (const Measurement &m : MeasurementRepository(store).forYear(committeeId, year))
        storedValues.insert({m.indicatorId, int(m.period)}, m);
    std::map<Period, bool> locked;
    for (Period period : followUpPeriods) locked[period] = PeriodRepository(store).isLocked(committeeId, year, period);
    QHash<std::pair<qint64, int>, int> seen; // indicator and period → line
    QHash<QString, QString> foldedNames;
    static const QRegularExpression pointNumber(QStringLiteral("^\\s*[-−]?\\d+(\\.\\d+)?(\\s*\\S.*)?$"));

    for (size_t r = 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows[r];
        const int line = table.lines[r];
        if (std::all_of(row.begin(), row.end(), [](const QString &c) { return c.trimmed().isEmpty(); })) continue;
        const size_t before = p.errors.size();
        auto error = [&](size_t col, const QString &message) { p.errors.push_back({line, int(col) + 1, message}); };
        if (row.size() > qsizetype(mapping.columns.size()))
            p.errors.push_back({line, 0, tr("%1 cells, the header has %2 columns.").arg(row.size()).arg(mapping.columns.size())});

        const Indicator *indicator = nullptr;
        Period period = defaultPeriod;
        for (size_t c = 0; c < mapping.columns.size(); ++c) {
            const QString cell = c < size_t(row.size()) ? row.at(qsizetype(c)).trimmed() : QString();
            if (mapping.columns[c] == OutcomeField::Indicator) {
                // A file names the same indicators over and over: each name is folded once.
                auto folded = foldedNames.constFind(cell);
                if (folded == foldedNames.cend()) folded = foldedNames.insert(cell, fold(cell));
                const auto found = byName.constFind(*folded);
                if (cell.isEmpty()) error(c, tr("Indicator: the cell is empty."));
                else if (found == byName.cend()) error(c, tr("Indicator: “%1” is not an indicator of %2.").arg(cell).arg(year));
                else if (found->size() > 1) error(c, tr("Indicator: “%1” is under more than one goal.").arg(cell));
                else indicator = &found->front();
            } else if (mapping.columns[c] == OutcomeField::Period && !cell.isEmpty()) {
                const auto pp = periodFromCode(cell);
                if (!pp || *pp == Period::VP) error(c, tr("Period: “%1” is not T1, T2 or VB.").arg(cell));
                else period = *pp;
            }
        }
        if (!indicator || p.errors.size() > before) continue;
        if (locked[period]) {
            p.errors.push_back({line, 0, tr("%1 %2 is locked.").arg(periodCode(period)).arg(year)});
            continue;
        }
        const std::pair<qint64, int> key{indicator->id, int(period)};
        if (const auto at = seen.constFind(key); at != seen.cend()) {
            p.errors.push_back({line, 0, tr("“%1” %2 is on line %3 already.").arg(indicator->name, periodCode(period)).arg(*at)});
            continue;
        }
        seen.insert(key, line);

        const auto storedAt = storedValues.constFind(key);
        const std::optional<Measurement> stored =
            storedAt == storedValues.cend() ? std::nullopt : std::optional<Measurement>(*storedAt);
        Measurement m = stored.value_or(Measurement{});
        m.indicatorId = indicator->id;
        m.period = period;
        for (size_t c = 0; c < mapping.columns.size(); ++c) {
            const OutcomeField f = mapping.columns[c];
            QString cell = c < size_t(row.size()) ? row.at(qsizetype(c)).trimmed() : QString();
            if (cell.isEmpty() || f == OutcomeField::Indicator || f == OutcomeField::Period || f == OutcomeField::Ignore) continue;
            if (f == OutcomeField::Analysis) {
                if (auto ok = TextCheck::check({{cell, limits::kText, outcomeFieldTitle(f)}}); !ok) {
                    error(c, ok.error());
                    continue;
                }
                m.analysis = cell;
                continue;
            }
            if (table.dialect.decimal == u'.') {
                if (!pointNumber.match(cell).hasMatch() || cell.contains(u',')) {
                    error(c, tr("%1: “%2” is not a number with a decimal point.").arg(outcomeFieldTitle(f), cell));
                    continue;
                }
                cell.replace(u'.', u',');
            }
            auto v = SwedishNumber::parseValue(cell, indicator->unit);
            if (!v) {
                error(c, tr("%1: %2").arg(outcomeFieldTitle(f), v.error()));
                continue;
            }
            if ((f == OutcomeField::Men || f == OutcomeField::Women) && !indicator->genderSplit) {
                error(c, tr("%1: “%2” is not split by men and women.").arg(outcomeFieldTitle(f), indicator->name));
                continue;
            }
            (f == OutcomeField::Outcome ? m.outcome : f == OutcomeField::Men ? m.men : f == OutcomeField::Women ? m.women : m.prognosis) =
                v.value();
        }
        if (p.errors.size() > before) continue;
        if (stored && stored->sameContent(m)) {
            ++p.unchanged;
            continue;
        }
        if (!stored && m.isEmpty()) continue;
        p.changes.push_back({line, indicator->id, indicator->name, period, stored, m});
    }
    return p;
}

QString OutcomeImport::describe(const OutcomeChange &c)
{
    auto valueText = [](const std::optional<double> &v) { return v ? SwedishNumber::format(*v, 2) : QStringLiteral("–"); };
    const Measurement before = c.before.value_or(Measurement{});
    QStringList parts;
    auto field = [&](OutcomeField f, const std::optional<double> &o, const std::optional<double> &n) {
        if (o != n) parts << tr("%1 %2 → %3").arg(outcomeFieldTitle(f), valueText(o), valueText(n));
    };
    field(OutcomeField::Outcome, before.outcome, c.after.outcome);
    field(OutcomeField::Men, before.men, c.after.men);
    field(OutcomeField::Women, before.women, c.after.women);
    field(OutcomeField::Prognosis, before.prognosis, c.after.prognosis);
    if (before.analysis != c.after.analysis) parts << tr("new analysis");
    return parts.join(QStringLiteral("; "));
}

Result<int> OutcomeImport::apply(Store &store, const OutcomePreview &preview)
{
    if (!preview.errors.empty())
        return fail(tr("The file has %n error(s); correct them and read it again.", nullptr, int(preview.errors.size())));
    MeasurementRepository values(store);
    auto r = store.transaction([&]() -> Result<void> {
        for (const OutcomeChange &c : preview.changes) {
            auto saved = values.save(c.after, c.before ? c.before->version : 0);
            if (!saved) return fail(tr("Line %1: %2").arg(c.line).arg(saved.error()));
        }
        return {};
    });
    if (!r) return Error{r.error()};
    return int(preview.changes.size());
}

} // namespace malkoll
