#include "outcomemapping.h"

#include "import/reportparser.h"
#include "text/fold.h"

#include <QCoreApplication>
#include <algorithm>

namespace malkoll {

namespace {
struct FieldInfo
{
    OutcomeField field;
    const char *code;
};
constexpr FieldInfo kFields[] = {
    {OutcomeField::Ignore, "ignore"},   {OutcomeField::Indicator, "indicator"}, {OutcomeField::Period, "period"},
    {OutcomeField::Outcome, "outcome"}, {OutcomeField::Men, "men"},             {OutcomeField::Women, "women"},
    {OutcomeField::Prognosis, "prognosis"}, {OutcomeField::Analysis, "analysis"}};

} // namespace

QString outcomeFieldCode(OutcomeField f)
{
    for (const FieldInfo &i : kFields)
        if (i.field == f) return QString::fromLatin1(i.code);
    return QStringLiteral("ignore");
}

std::optional<OutcomeField> outcomeFieldFromCode(const QString &code)
{
    for (const FieldInfo &i : kFields)
        if (code == QLatin1String(i.code)) return i.field;
    return std::nullopt;
}

QString outcomeFieldTitle(OutcomeField f)
{
    switch (f) {
    case OutcomeField::Ignore: return QCoreApplication::translate("OutcomeImport", "(not imported)");
    case OutcomeField::Indicator: return QCoreApplication::translate("OutcomeImport", "Indicator");
    case OutcomeField::Period: return QCoreApplication::translate("OutcomeImport", "Period");
    case OutcomeField::Outcome: return QCoreApplication::translate("OutcomeImport", "Outcome");
    case OutcomeField::Men: return QCoreApplication::translate("OutcomeImport", "Men/boys");
    case OutcomeField::Women: return QCoreApplication::translate("OutcomeImport", "Women/girls");
    case OutcomeField::Prognosis: return QCoreApplication::translate("OutcomeImport", "Full-year forecast");
    case OutcomeField::Analysis: return QCoreApplication::translate("OutcomeImport", "Analysis");
    }
    return {};
}

OutcomeMapping OutcomeMapping::guess(const QStringList &header)
{
    OutcomeMapping m;
    for (const QString &h : header) {
        const QString f = fold(h);
        OutcomeField field = OutcomeField::Ignore;
        if (f.startsWith(u"indikator") || f.startsWith(u"indicator") || f == u"namn" || f == u"name")
            field = OutcomeField::Indicator;
        else if (f.startsWith(u"period") || f == u"tertial") field = OutcomeField::Period;
        else if (f.startsWith(u"utfallman") || f == u"man" || f.startsWith(u"pojk") || f == u"men") field = OutcomeField::Men;
        else if (f.startsWith(u"utfallkvinn") || f.startsWith(u"kvinn") || f.startsWith(u"flick") || f == u"women")
            field = OutcomeField::Women;
        else if (f.startsWith(u"prognos") || f.startsWith(u"forecast")) field = OutcomeField::Prognosis;
        else if (f.startsWith(u"analys") || f.startsWith(u"kommentar") || f.startsWith(u"analysis")) field = OutcomeField::Analysis;
        else if (f.startsWith(u"utfall") || f.startsWith(u"periodensutfall") || f == u"outcome" || f == u"varde")
            field = OutcomeField::Outcome;
        // A field is taken by its first column only.
        if (field != OutcomeField::Ignore && m.has(field)) field = OutcomeField::Ignore;
        m.columns.push_back(field);
    }
    return m;
}

bool OutcomeMapping::has(OutcomeField f) const { return std::find(columns.begin(), columns.end(), f) != columns.end(); }

void OutcomeMapping::findHeader(CsvTable &table)
{
    if (guess(table.header).has(OutcomeField::Indicator)) return;
    const size_t look = std::min<size_t>(table.rows.size(), 10);
    for (size_t r = 0; r < look; ++r) {
        if (!guess(table.rows[r]).has(OutcomeField::Indicator)) continue;
        table.header = table.rows[r];
        table.headerLine = table.lines[r];
        table.rows.erase(table.rows.begin(), table.rows.begin() + qsizetype(r) + 1);
        table.lines.erase(table.lines.begin(), table.lines.begin() + qsizetype(r) + 1);
        return;
    }
}

} // namespace malkoll
