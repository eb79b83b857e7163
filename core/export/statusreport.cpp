#include "statusreport.h"

#include "calc/economy.h"
#include "text/swedishnumber.h"
#include "text/targettext.h"
#include "text/labels.h"

#include <algorithm>

namespace malkoll {

namespace {
QString number(const std::optional<double> &v, int decimals, Language language)
{
    if (!v) return {};
    if (language == Language::English) return QString::number(*v, 'f', std::clamp(decimals, 0, 6));
    return SwedishNumber::format(*v, decimals, {}, SwedishNumber::Style::Plain);
}

QString statusCell(const StatusResult &r, Language language)
{
    return r.status == IndicatorStatus::NotAssessable ? QString() : labels::status(r.status, language);
}

} // namespace

ReportTable StatusReport::indicatorList(const YearSnapshot &s, Language lang)
{
    const bool sv = lang == Language::Swedish;
    ReportTable t;
    t.title = (sv ? QStringLiteral("Indikatorer %1") : QStringLiteral("Indicators %1")).arg(s.year);
    t.header = sv ? QStringList{"Mål", "Indikator", "KF/N", "Enhet", "Decimaler", "Riktning", "Periodicitet", "Könsuppdelad",
                                "Årsmål", "KF:s årsmål", "Tolerans %", "Ansvarig enhet"}
                  : QStringList{"Goal", "Indicator", "KF/N", "Unit", "Decimals", "Direction", "Periodicity", "By gender",
                                "Annual target", "KF annual target", "Tolerance %", "Responsible unit"};
    t.unitless = {4}; // the number of decimals
    const QString yes = sv ? QStringLiteral("Ja") : QStringLiteral("Yes");
    for (const Indicator &i : s.indicators) {
        const Goal *g = s.goal(i.goalId);
        const Unit *unit = i.responsibleUnitId ? s.unit(i.responsibleUnitId) : nullptr;
        const QString direction = i.direction == Direction::HigherIsBetter ? (sv ? QStringLiteral("Högre är bättre") : QStringLiteral("Higher is better"))
                                  : i.direction == Direction::LowerIsBetter ? (sv ? QStringLiteral("Lägre är bättre") : QStringLiteral("Lower is better"))
                                                                            : QString();
        const QString periodicity = i.periodicity == Periodicity::Tertial ? (sv ? QStringLiteral("Tertial") : QStringLiteral("Tertial"))
                                                                          : (sv ? QStringLiteral("År") : QStringLiteral("Year"));
        t.rows.push_back({g ? g->number : QString(), i.name, i.origin == Origin::KF ? QStringLiteral("KF") : QStringLiteral("N"), i.unit,
                          QString::number(i.decimals), direction, periodicity, i.genderSplit ? yes : QString(),
                          TargetText::format(i.target, i.decimals, i.unit), TargetText::format(i.kfTarget, i.decimals, i.unit),
                          number(i.tolerance, 1, lang), unit ? unit->name : QString()});
    }
    return t;
}

std::vector<ReportTable> StatusReport::build(const YearSnapshot &s, const YearEvaluation &ev,
                                             const std::vector<BudgetLine> &budget, Language lang)
{
    const bool sv = lang == Language::Swedish;
    const QString committee = s.committee.shortName.isEmpty() ? s.committee.name : s.committee.shortName;
    ReportTable indicators;
    indicators.title = sv ? QStringLiteral("Indikatorer") : QStringLiteral("Indicators");
    indicators.header = sv ? QStringList{"Nämnd", "Mål", "Indikator", "Enhet", "Utfall", "Prognos helår",
                                         "Prognosförslag", "Årsmål", "KF:s årsmål", "Status utfall",
                                         "Status prognos", "Status prognos mot KF", "Avvikelse", "Avvikelse %",
                                         "Trend"}
                           : QStringList{"Committee", "Goal", "Indicator", "Unit", "Outcome", "Full-year forecast",
                                         "Suggested forecast", "Annual target", "KF annual target",
                                         "Outcome status", "Forecast status", "Forecast status vs KF", "Deviation",
                                         "Deviation %", "Trend"};
    for (const IndicatorEvaluation &e : ev.indicators) {
        const Indicator &i = *e.indicator;
        const Goal *g = s.goal(i.goalId);
        const StatusResult &judged = e.judgedPrognosis ? e.prognosisStatus : e.outcomeStatus;
        QString suggestion = number(e.suggestion.value, i.decimals, lang);
        if (e.suggestion.method != PrognosisMethod::None)
            suggestion += QStringLiteral(" (%1)").arg(PrognosisRule::methodCode(e.suggestion.method));
        indicators.rows.push_back({committee, g ? g->number : QString(), i.name, i.unit,
                                   e.notReported ? (sv ? QStringLiteral("redovisas ej") : QStringLiteral("not reported"))
                                                 : number(e.outcome, i.decimals, lang),
                                   number(e.prognosis, i.decimals, lang), suggestion,
                                   TargetText::format(e.target, i.decimals, i.unit),
                                   TargetText::format(e.kfTarget, i.decimals, i.unit), statusCell(e.outcomeStatus, lang),
                                   statusCell(e.prognosisStatus, lang), statusCell(e.prognosisKfStatus, lang),
                                   number(judged.gap, i.decimals, lang), number(judged.gapPercent, 1, lang),
                                   StatusRule::trendArrow(e.trend)});
    }

    ReportTable goals;
    goals.title = sv ? QStringLiteral("Mål") : QStringLiteral("Goals");
    goals.header = sv ? QStringList{"Nämnd", "Nr", "Nivå", "Mål", "Bedömning", "Förslag", "Skäl"}
                      : QStringList{"Committee", "No.", "Level", "Goal", "Assessment", "Suggestion", "Reasons"};
    for (const GoalEvaluation &g : ev.goals)
        goals.rows.push_back({committee, g.goal->number, QString::number(int(g.goal->level)), g.goal->title,
                              labels::assessment(g.assessment, lang), labels::assessment(g.suggestion, lang),
                              RollupRule::reasons(g.counts, lang)});

    ReportTable findings;
    findings.title = sv ? QStringLiteral("Iakttagelser") : QStringLiteral("Findings");
    findings.header = sv ? QStringList{"Nämnd", "Mål", "Typ", "Iakttagelse"}
                         : QStringList{"Committee", "Goal", "Kind", "Finding"};
    for (const Finding &f : ev.findings)
        findings.rows.push_back({committee, f.goalNumber, Findings::kindCode(f.kind), f.message});

    ReportTable economy;
    economy.title = sv ? QStringLiteral("Ekonomi (mnkr)") : QStringLiteral("Economy (mnkr)");
    economy.header = sv ? QStringList{"Nämnd", "Verksamhetsområde", "Budget", "Begärda justeringar",
                                      "Prestationsförändringar", "Prognos efter resultatöverföringar", "Avvikelse"}
                        : QStringList{"Committee", "Area", "Budget", "Requested adjustments", "Performance changes",
                                      "Forecast after transfers", "Deviation"};
    for (const BudgetLine &l : budget)
        economy.rows.push_back({committee, l.parentId ? QStringLiteral("  ") + l.name : l.name,
                                number(l.budget, 1, lang), number(l.adjustments, 1, lang),
                                number(l.performance, 1, lang), number(l.forecastAfter, 1, lang),
                                number(EconomyCalc::deviation(l), 1, lang)});
    if (!budget.empty()) {
        const BudgetTotals t = EconomyCalc::totals(budget);
        economy.rows.push_back({committee, sv ? QStringLiteral("Totalt") : QStringLiteral("Total"),
                                number(t.budget, 1, lang), number(t.adjustments, 1, lang),
                                number(t.performance, 1, lang), number(t.forecastAfter, 1, lang),
                                number(t.deviation, 1, lang)});
    }
    return {indicators, goals, findings, economy};
}

void StatusReport::merge(std::vector<ReportTable> &into, const std::vector<ReportTable> &more)
{
    if (into.empty()) {
        into = more;
        return;
    }
    for (size_t i = 0; i < into.size() && i < more.size(); ++i)
        into[i].rows.insert(into[i].rows.end(), more[i].rows.begin(), more[i].rows.end());
}

QString StatusReport::toTsv(const std::vector<ReportTable> &tables)
{
    // Tabs and line breaks inside a cell would break the columns: fold them to spaces.
    auto clean = [](QString cell) {
        cell.replace(QLatin1Char('\t'), QLatin1Char(' '));
        cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return cell;
    };
    QString out;
    for (const ReportTable &t : tables) {
        out += QStringLiteral("# ") + t.title + QLatin1Char('\n');
        QStringList header;
        for (const QString &h : t.header) header << clean(h);
        out += header.join(QLatin1Char('\t')) + QLatin1Char('\n');
        for (const QStringList &row : t.rows) {
            QStringList cells;
            for (const QString &c : row) cells << clean(c);
            out += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }
    return out;
}

QString StatusReport::toText(const std::vector<ReportTable> &tables)
{
    constexpr qsizetype maxWidth = 48;
    QString out;
    for (const ReportTable &t : tables) {
        out += t.title + QLatin1Char('\n') + QString(t.title.size(), QLatin1Char('=')) + QLatin1Char('\n');
        std::vector<qsizetype> width(size_t(t.header.size()), 0);
        auto fit = [&](const QString &s) { return s.size() > maxWidth ? s.left(maxWidth - 1) + QChar(0x2026) : s; };
        for (qsizetype c = 0; c < t.header.size(); ++c) width[size_t(c)] = fit(t.header[c]).size();
        for (const QStringList &row : t.rows)
            for (qsizetype c = 0; c < row.size() && c < t.header.size(); ++c)
                width[size_t(c)] = std::max(width[size_t(c)], fit(row[c]).size());
        auto line = [&](const QStringList &cells) {
            QStringList padded;
            for (qsizetype c = 0; c < cells.size(); ++c) {
                // The last column (reasons, messages) is printed whole.
                padded << (c + 1 == cells.size() ? cells[c] : fit(cells[c]).leftJustified(width[size_t(c)]));
            }
            return padded.join(QStringLiteral("  ")) + QLatin1Char('\n');
        };
        out += line(t.header);
        for (const QStringList &row : t.rows) out += line(row);
        if (t.rows.empty()) out += QStringLiteral("—\n");
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace malkoll
