// The economy reader: tables collected whole, classified by their header and their lines, and
// read at their end so that they add up to their own Totalt or Summa.
#include "economyreader.h"
#include "reconcile.h"

#include "text/fold.h"
#include "text/swedishnumber.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace malkoll::reportreading {

namespace {

Money moneyColumn(const QString &header)
{
    const QString f = fold(header);
    if (f.contains(u"begard") || f.contains(u"budgetjuster")) return Money::Adjustments;
    if (f.startsWith(u"prestation")) return Money::Performance;
    if (f.startsWith(u"prognos")) {
        if (f.contains(u"efter")) return Money::ForecastAfter;
        if (f.contains(u"fore")) return Money::ForecastBefore;
        return Money::Forecast;
    }
    if (f.contains(u"budget")) return Money::Budget;
    if (f.startsWith(u"avvikelse") || f.startsWith(u"differens")) return Money::Deviation;
    return Money::Unknown;
}

// A cell of column `m` into a line's figures; a plain "Prognos" is the prognosis before and after.
void setMoney(ParsedBudgetLine &l, Money m, double a)
{
    switch (m) {
    case Money::Budget: l.budget = a; break;
    case Money::Adjustments: l.adjustments = a; break;
    case Money::Performance: l.performance = a; break;
    case Money::ForecastBefore: l.forecastBefore = a; break;
    case Money::ForecastAfter: l.forecastAfter = a; break;
    case Money::Forecast: l.forecastBefore = l.forecastAfter = a; break;
    case Money::Deviation:
    case Money::Unknown: break;
    }
}

bool isTotal(const QString &name)
{
    const QString f = fold(name);
    return f.startsWith(u"total") || f.startsWith(u"summa");
}

// A line of the economy's summary table: the appropriation, costs, income, the prognosis before
// and after resultatdispositioner, the resultatenheters överskott.
bool isSummaryLine(const QString &name)
{
    const QString f = fold(name);
    return f.startsWith(u"anslag") || f == u"kostnader" || f == u"intakter" || f.contains(u"resultatdisposition") ||
           f.contains(u"overskottfran") || f.contains(u"overskotttill") || f.startsWith(u"prognosavvikelse");
}

double amountAt(const std::vector<double> &amounts, size_t i) { return i < amounts.size() ? amounts[i] : 0.0; }

bool near(double a, double b) { return std::abs(a - b) <= 0.051; }

QString amountText(double a) { return SwedishNumber::format(a, 1); }

} // namespace

void EconomyReader::heading(const QString &line)
{
    const QString t = clean(line);
    if (t.isEmpty() || t.size() > 60) return;
    const QString f = fold(t);
    if (f.startsWith(u"investering")) m_section = QStringLiteral("investering");
    else if (f.contains(u"driftbudget") || f.startsWith(u"driftverksamhet") || f.startsWith(u"uppfoljningavekonomi"))
        m_section = QStringLiteral("drift");
    else if (f.startsWith(u"resultatenhet")) m_section = QStringLiteral("resultatenhet");
    else if (f.startsWith(u"forsaljning") || f.startsWith(u"budgetjuster") || f.startsWith(u"ovrigt")) m_section.clear();
}

bool EconomyReader::starts(int n, const QStringList &cells, int first)
{
    const QString head = fold(clean(cells.at(first)));
    auto has = [&](const char16_t *part) {
        return std::any_of(cells.begin() + first + 1, cells.end(), [&](const QString &c) { return fold(clean(c)).contains(QStringView(part)); });
    };
    Table t;
    t.line = n;
    if (head.startsWith(u"budget") && head.contains(u"mnkr") && has(u"kostnader") && !m_planBudgetRead) {
        t.kind = MoneyTable::PlanBudget;
        // Netto is the budget; Kostnader and Intäkter check it; the year before and its prognosis
        // have no place in this year's plan.
        for (int i = first + 1; i < cells.size(); ++i)
            if (i - first - 1 != 2 && !isBlank(cells.at(i)))
                m_c.note(m_c.r.skipped, n, (i - first - 1 < 2 ? ReportParser::tr("column “%1” of the plan's budget checks its Netto; not stored")
                                                               : ReportParser::tr("column “%1” of the economy table has no place in Målkoll; not imported"))
                                               .arg(clean(cells.at(i))));
    } else if (head.startsWith(u"resultatenhetensnamn") || (head.startsWith(u"resultatenhet") && has(u"brutto"))) {
        t.kind = MoneyTable::ResultUnits;
    } else {
        t.kind = classify(n, cells, first, &t.area);
        if (t.kind == MoneyTable::Skipped) {
            const bool other = head.startsWith(u"nyckeltal") || head.startsWith(u"budget") || head.startsWith(u"mnkr") ||
                               has(u"kostnader") || has(u"budget");
            // not a row "Budgetföljsamhet | 0,2 % | …" of an indicator table
            if (!other || !(looksLikeHeader(cells) || !m_afterIndicators)) return false;
        } else {
            for (int i = first + 1; i < cells.size(); ++i) {
                const Money m = moneyColumn(clean(cells.at(i)));
                t.money.push_back(m);
                t.headers << clean(cells.at(i));
                if (m == Money::Unknown && !isBlank(cells.at(i)) && t.kind != MoneyTable::Summary)
                    m_c.note(m_c.r.skipped, n, ReportParser::tr("column “%1” of the economy table has no place in Målkoll; not imported")
                                                   .arg(clean(cells.at(i))));
            }
        }
    }
    if (t.kind == MoneyTable::Skipped)
        m_c.note(m_c.r.skipped, n, ReportParser::tr("a table Målkoll does not hold: %1").arg(clean(cells.at(first))));
    if (t.kind == MoneyTable::Summary)
        m_c.note(m_c.r.skipped, n, ReportParser::tr("the economy's summary table (Anslag, Kostnader, Intäkter, the prognosis before "
                                                    "and after resultatdispositioner): Målkoll computes it from the lines"));
    m_current = std::move(t);
    return true;
}

// What an economy table is, by its header and by the lines below it: verksamhetsområden
// (Operating), one area's parts ending in Summa (AreaDetail), investments, the summary table,
// or a table Målkoll does not hold. The sums decide later where an area's parts belong.
MoneyTable EconomyReader::classify(int n, const QStringList &cells, int first, QString *area)
{
    const QString head = fold(clean(cells.at(first)));
    bool budget = false, forecast = false, performance = false;
    for (int i = first + 1; i < cells.size(); ++i) {
        const Money m = moneyColumn(clean(cells.at(i)));
        budget = budget || m == Money::Budget;
        forecast = forecast || m == Money::Forecast || m == Money::ForecastBefore || m == Money::ForecastAfter;
        performance = performance || m == Money::Performance;
    }
    if (!budget || !forecast) return MoneyTable::Skipped;
    const QString name = clean(cells.at(first)).section(u'(', 0, 0).trimmed();
    const bool economyHead = head.contains(u"mnkr") || head.startsWith(u"verksamhet") || head.startsWith(u"netto") ||
                             head.contains(u"investering") || looksLikeArea(name);
    if (!economyHead) return MoneyTable::Skipped;
    int areas = 0, summary = 0, lines = 0;
    bool summa = false;
    for (int i = n; i < m_c.lines.size() && lines < 60; ++i) {
        const QString l = m_c.lines.at(i);
        if (!l.contains(u'\t')) {
            if (clean(l).isEmpty()) continue;
            break;
        }
        const QString rowName = clean(l.section(u'\t', 0, 0));
        if (isTotal(rowName)) {
            summa = fold(rowName).startsWith(u"summa");
            break;
        }
        ++lines;
        if (looksLikeArea(repairAreaName(rowName))) ++areas;
        if (isSummaryLine(rowName)) ++summary;
    }
    if (summary >= 2) return MoneyTable::Summary;
    if (areas >= 2) return MoneyTable::Operating;
    if (looksLikeArea(name) && fold(name) != u"verksamhetsomrade") {
        *area = repairAreaName(name);
        return MoneyTable::AreaDetail;
    }
    if (m_section == u"investering" || head.contains(u"investering")) return MoneyTable::Investments;
    if (summa) return MoneyTable::AreaDetail; // whose area, its Summa says
    if (m_section.isEmpty() && cells.size() - first <= 6 && !performance) return MoneyTable::Investments;
    return MoneyTable::Skipped;
}

void EconomyReader::row(int n, const QStringList &cells)
{
    if (m_current.kind == MoneyTable::Skipped) return;
    const QString name = repairAreaName(clean(cells.value(0)));
    if (m_c.tooLong(n, name, limits::kName, QStringLiteral("Verksamhetsområde"))) return;
    const QStringList v = cells.mid(1);
    const bool total = isTotal(name);
    const bool summary = m_current.kind == MoneyTable::Summary;
    Row row;
    row.line = n;
    row.name = name;
    const bool fixed = m_current.kind == MoneyTable::PlanBudget || m_current.kind == MoneyTable::ResultUnits;
    const int columns = fixed ? 3 : int(m_current.money.size());
    const QStringList fixedNames = m_current.kind == MoneyTable::PlanBudget
                                       ? QStringList{QStringLiteral("Kostnader"), QStringLiteral("Intäkter"), QStringLiteral("Netto")}
                                       : QStringList{QStringLiteral("Bruttobudget"), QStringLiteral("Resultatöverföring"), QStringLiteral("Resultat")};
    bool ok = true, any = false;
    for (int i = 0; i < columns; ++i) {
        const Money m = fixed ? Money::Unknown : m_current.money[size_t(i)];
        const QString t = clean(v.value(i));
        double a = 0;
        if (!t.isEmpty() && (fixed || m != Money::Unknown)) {
            auto p = SwedishNumber::parse(t);
            if (!p || !p->unit.isEmpty()) {
                if (!total && !summary) {
                    m_c.reject(n, ReportParser::tr("column “%1”: “%2” is not an amount")
                                      .arg(fixed ? fixedNames.value(i) : m_current.headers.value(i), t));
                    ok = false;
                }
            } else {
                a = p->value;
                any = true;
                if (m == Money::Deviation) row.deviation = a, row.deviationStated = true;
            }
        }
        row.amounts.push_back(a);
    }
    if (!ok) return;
    if (total) {
        m_current.total = row;
        m_current.summa = fold(name).startsWith(u"summa");
        end();
        return;
    }
    if (m_current.kind == MoneyTable::Investments && !any) {
        // A group row ("Parkinvesteringar (centrala medel)") above its projects: this table breaks
        // an investment area down by project, which Målkoll does not hold.
        m_c.note(m_c.r.skipped, m_current.line, ReportParser::tr("a table Målkoll does not hold: investments by project"));
        m_current.kind = MoneyTable::Skipped;
        return;
    }
    m_current.rows.push_back(row);
}

void EconomyReader::end()
{
    if (m_current.rows.empty() && !m_current.total) {
        m_current.kind = MoneyTable::Skipped;
        return;
    }
    Table t = std::move(m_current);
    m_current = Table{};
    close(t);
}

ParsedBudgetLine EconomyReader::budgetLine(const Table &t, const Row &row) const
{
    ParsedBudgetLine l;
    l.line = row.line;
    l.name = row.name;
    auto has = [&](Money m) { return std::find(t.money.begin(), t.money.end(), m) != t.money.end(); };
    for (size_t i = 0; i < t.money.size() && i < row.amounts.size(); ++i) setMoney(l, t.money[i], row.amounts[i]);
    // A table with only one prognosis column (before or after resultatöverföringar): it is both.
    const bool before = has(Money::ForecastBefore) || has(Money::Forecast);
    const bool after = has(Money::ForecastAfter) || has(Money::Forecast);
    if (before && !after) l.forecastAfter = l.forecastBefore;
    if (after && !before) l.forecastBefore = l.forecastAfter;
    return l;
}

std::vector<std::optional<double>> EconomyReader::totals(const Table &t) const
{
    std::vector<std::optional<double>> out;
    const QStringList cells = t.total ? m_c.lines.at(t.total->line - 1).split(u'\t').mid(1) : QStringList();
    for (size_t i = 0; i < t.money.size(); ++i) {
        const bool checked = t.money[i] != Money::Unknown && t.money[i] != Money::Deviation;
        if (t.total && checked && !clean(cells.value(int(i))).isEmpty()) out.push_back(t.total->amounts[i]);
        else out.push_back(std::nullopt);
    }
    return out;
}

void EconomyReader::close(Table &t)
{
    switch (t.kind) {
    case MoneyTable::Operating: readOperating(t, false); break;
    case MoneyTable::AreaDetail: m_areaTables.push_back(std::move(t)); break;
    case MoneyTable::Investments: readInvestments(t); break;
    case MoneyTable::ResultUnits: readResultUnits(t); break;
    case MoneyTable::PlanBudget:
        readPlanBudget(t);
        m_planBudgetRead = true;
        break;
    case MoneyTable::Summary:
    case MoneyTable::Skipped: break;
    }
}

// The lines of a table of verksamhetsområden (or of one area's parts): which are parts of the
// line above is decided by the sums; each decision against the words is listed.
void EconomyReader::readOperating(Table &t, bool area)
{
    const auto stated = totals(t);
    std::vector<ReconcileLine> lines;
    for (const Row &row : t.rows) {
        ReconcileLine l;
        l.amounts = row.amounts;
        const QString f = fold(row.name);
        l.hintPart = !area && (f.startsWith(u"varav") || (!row.name.isEmpty() && row.name.at(0).isLower()));
        l.fixed = area || (looksLikeArea(row.name) && !f.startsWith(u"varav"));
        lines.push_back(l);
    }
    const Reconciliation rec = reconcile(lines, stated);
    const QString totalName = t.total ? t.total->name : QString();
    for (size_t i = 0; i < t.rows.size(); ++i) {
        if (rec.part[i] == (i > 0 && lines[i].hintPart)) continue;
        m_c.note(m_c.r.decisions, t.rows[i].line,
                 rec.part[i] ? ReportParser::tr("read “%1” as part of the line above: only then do the lines add up to %2")
                                   .arg(t.rows[i].name, totalName)
                             : ReportParser::tr("read “%1” as a line of its own: only then do the lines add up to %2")
                                   .arg(t.rows[i].name, totalName));
    }
    const bool unreconciled = t.total && !rec.reconciled;
    if (unreconciled) {
        const size_t c = size_t(rec.column);
        const int counted = int(std::count(rec.part.begin(), rec.part.end(), false));
        m_c.note(m_c.r.unreconciled, t.total->line,
                 ReportParser::tr("%1: %2 in the report's %3, %4 from the %5 lines above (a difference of %6); the table's %7 "
                                  "lines are not stored")
                     .arg(t.headers.value(int(c)), amountText(*stated[c]), t.total->name, amountText(rec.sums[c]))
                     .arg(counted)
                     .arg(amountText(rec.sums[c] - *stated[c]))
                     .arg(t.rows.size()));
    }
    if (!t.total && !area)
        m_c.note(m_c.r.warnings, t.line, ReportParser::tr("an economy table without Totalt: its lines could not be checked"));
    for (size_t i = 0; i < t.rows.size(); ++i) {
        ParsedBudgetLine l = budgetLine(t, t.rows[i]);
        l.varav = area || rec.part[i];
        l.unreconciled = unreconciled;
        const double computed = l.budget + l.adjustments + l.performance - l.forecastAfter;
        if (t.rows[i].deviationStated && !near(computed, t.rows[i].deviation))
            m_c.note(m_c.r.warnings, l.line,
                     ReportParser::tr("Avvikelse %1 in the report, %2 from the line's figures")
                         .arg(amountText(t.rows[i].deviation), amountText(computed)));
        if (!area) m_c.r.budget.push_back(l);
        else m_areaLines.push_back(l);
    }
}

void EconomyReader::readInvestments(Table &t)
{
    const auto stated = totals(t);
    std::vector<ReconcileLine> lines;
    for (const Row &row : t.rows) {
        ReconcileLine l;
        l.amounts = row.amounts;
        l.hintPart = fold(row.name).startsWith(u"varav") || (!row.name.isEmpty() && row.name.at(0).isLower());
        lines.push_back(l);
    }
    const Reconciliation rec = reconcile(lines, stated);
    const bool unreconciled = t.total && !rec.reconciled;
    if (unreconciled) {
        const size_t c = size_t(rec.column);
        m_c.note(m_c.r.unreconciled, t.total->line,
                 ReportParser::tr("investments, %1: %2 in the report's %3, %4 from the lines above; the table's %5 lines are not stored")
                     .arg(t.headers.value(int(c)), amountText(*stated[c]), t.total->name, amountText(rec.sums[c]))
                     .arg(t.rows.size()));
    }
    for (size_t i = 0; i < t.rows.size(); ++i) {
        if (rec.part[i]) continue; // a part of the investment above: counted in it
        const ParsedBudgetLine b = budgetLine(t, t.rows[i]);
        ParsedInvestment inv;
        inv.line = b.line;
        inv.name = b.name;
        inv.budget = b.budget;
        inv.adjustments = b.adjustments;
        inv.forecast = b.forecastAfter;
        inv.unreconciled = unreconciled;
        // The same line in a second table (an area shown alone, then in the total table).
        const bool again = std::any_of(m_c.r.investments.begin(), m_c.r.investments.end(), [&](const ParsedInvestment &e) {
            return fold(e.name) == fold(inv.name) && e.budget == inv.budget && e.adjustments == inv.adjustments &&
                   e.forecast == inv.forecast;
        });
        if (!again) m_c.r.investments.push_back(inv);
    }
}

void EconomyReader::readResultUnits(Table &t)
{
    double carried = 0;
    for (const Row &row : t.rows) carried += amountAt(row.amounts, 1);
    const bool unreconciled =
        t.total && !clean(m_c.lines.at(t.total->line - 1).section(u'\t', 2, 2)).isEmpty() &&
        std::abs(carried - t.total->amounts[1]) > sumTolerance(int(t.rows.size()));
    if (unreconciled)
        m_c.note(m_c.r.unreconciled, t.total->line,
                 ReportParser::tr("Resultatöverföring: %1 in the report's %2, %3 from the %4 resultatenheter above; not stored")
                     .arg(amountText(t.total->amounts[1]), t.total->name, amountText(carried))
                     .arg(t.rows.size()));
    for (const Row &row : t.rows) {
        ParsedResultUnit u;
        u.line = row.line;
        u.name = row.name;
        u.grossBudget = std::abs(amountAt(row.amounts, 0));
        u.carriedIn = amountAt(row.amounts, 1);
        u.result = amountAt(row.amounts, 2);
        u.unreconciled = unreconciled;
        m_c.r.resultUnits.push_back(u);
    }
}

void EconomyReader::readPlanBudget(Table &t)
{
    for (const Row &row : t.rows) {
        ParsedBudgetLine l;
        l.line = row.line;
        l.name = row.name;
        l.varav = fold(row.name).startsWith(u"varav");
        const double costs = amountAt(row.amounts, 0), income = amountAt(row.amounts, 1);
        l.budget = amountAt(row.amounts, 2);
        if (!near(costs + income, l.budget))
            m_c.note(m_c.r.warnings, row.line,
                     ReportParser::tr("Netto %1 in the plan, %2 from Kostnader and Intäkter").arg(amountText(l.budget), amountText(costs + income)));
        m_c.r.budget.push_back(l);
    }
}

// One area broken into its parts: its Summa names the area of the main table it breaks down
// (the same figures); its lines go under that area as its parts. No such area: not stored.
void EconomyReader::placeArea(Table &t)
{
    const size_t first = m_areaLines.size();
    readOperating(t, true);
    std::vector<ParsedBudgetLine> parts(m_areaLines.begin() + qsizetype(first), m_areaLines.end());
    m_areaLines.resize(first);
    ParsedBudgetLine whole;
    if (t.total) whole = budgetLine(t, *t.total);
    else
        for (const ParsedBudgetLine &l : parts) {
            whole.budget += l.budget, whole.adjustments += l.adjustments, whole.performance += l.performance;
            whole.forecastBefore += l.forecastBefore, whole.forecastAfter += l.forecastAfter;
        }
    auto has = [&](Money m) { return std::find(t.money.begin(), t.money.end(), m) != t.money.end(); };
    auto same = [&](const ParsedBudgetLine &l) {
        return !l.varav && near(l.budget, whole.budget) && (!has(Money::Forecast) && !has(Money::ForecastAfter) && !has(Money::ForecastBefore) ? true : near(l.forecastAfter, whole.forecastAfter));
    };
    auto &budget = m_c.r.budget;
    const bool mainRead = std::any_of(budget.begin(), budget.end(), [](const ParsedBudgetLine &l) { return !l.varav; });
    std::optional<size_t> at;
    for (size_t i = 0; i < budget.size(); ++i) // the area by its name and figures, else by its figures alone
        if (same(budget[i]) && !t.area.isEmpty() && fold(budget[i].name) == fold(t.area)) at = i;
    for (size_t i = 0; i < budget.size() && !at; ++i)
        if (same(budget[i])) at = i;
    const bool partsUnreconciled = !parts.empty() && parts.front().unreconciled;
    if (at) {
        if (*at + 1 < budget.size() && budget[*at + 1].varav) {
            m_c.note(m_c.r.skipped, t.line, ReportParser::tr("the lines of “%1” are read already as its parts").arg(budget[*at].name));
            return;
        }
        m_c.note(m_c.r.decisions, t.line,
                 ReportParser::tr("the table breaks down “%1”: its %2 %3 equals that line of the main table, so its lines are that "
                                  "area's parts, not areas of their own")
                     .arg(budget[*at].name, t.total ? t.total->name : QStringLiteral("Summa"), amountText(whole.budget)));
        for (ParsedBudgetLine &p : parts) p.unreconciled = partsUnreconciled || budget[*at].unreconciled;
        budget.insert(budget.begin() + qsizetype(*at) + 1, parts.begin(), parts.end());
        return;
    }
    if (mainRead || t.area.isEmpty()) {
        m_c.note(m_c.r.unreconciled, t.total ? t.total->line : t.line,
                 ReportParser::tr("a table of one area's parts whose %1 %2 matches no line of the main table; its %3 lines are not stored")
                     .arg(t.total ? t.total->name : QStringLiteral("Summa"), amountText(whole.budget))
                     .arg(parts.size()));
        for (ParsedBudgetLine &p : parts) p.unreconciled = true;
        if (t.area.isEmpty()) return; // no area to put them under, even when asked
    }
    // No table of all areas: the area line comes from this table (the layout of some years).
    whole.line = t.total ? t.total->line : t.line;
    whole.name = t.area;
    whole.varav = false;
    whole.unreconciled = mainRead || partsUnreconciled;
    budget.push_back(whole);
    budget.insert(budget.end(), parts.begin(), parts.end());
}

void EconomyReader::finish()
{
    end();
    for (Table &t : m_areaTables) placeArea(t);
    m_areaTables.clear();
}

} // namespace malkoll::reportreading
