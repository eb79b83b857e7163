#include "quotedfigures.h"

#include <QHash>
#include <QRegularExpression>
#include <cmath>

namespace malkoll {

namespace {

const QString kNumber = QStringLiteral("(\\d{1,3}(?:[ \\x{00a0}\\x{202f}]\\d{3})+(?:,\\d+)?|\\d+(?:[,.]\\d+)?)");

int numberWord(const QString &w)
{
    static const QHash<QString, int> words{
        {QStringLiteral("noll"), 0},    {QStringLiteral("en"), 1},       {QStringLiteral("ett"), 1},
        {QStringLiteral("två"), 2},     {QStringLiteral("tre"), 3},      {QStringLiteral("fyra"), 4},
        {QStringLiteral("fem"), 5},     {QStringLiteral("sex"), 6},      {QStringLiteral("sju"), 7},
        {QStringLiteral("åtta"), 8},    {QStringLiteral("nio"), 9},      {QStringLiteral("tio"), 10},
        {QStringLiteral("elva"), 11},   {QStringLiteral("tolv"), 12},    {QStringLiteral("tretton"), 13},
        {QStringLiteral("fjorton"), 14}, {QStringLiteral("femton"), 15}, {QStringLiteral("sexton"), 16},
        {QStringLiteral("sjutton"), 17}, {QStringLiteral("arton"), 18},  {QStringLiteral("nitton"), 19},
        {QStringLiteral("tjugo"), 20}};
    return words.value(w.toLower(), -1);
}

double numberOf(QString s, int *decimals)
{
    s.remove(QRegularExpression(QStringLiteral("[ \\x{00a0}\\x{202f}]")));
    s.replace(u',', u'.');
    const qsizetype dot = s.indexOf(u'.');
    if (decimals) *decimals = dot < 0 ? 0 : int(s.size() - dot - 1);
    return s.toDouble();
}

// A count word or digits ("fem", "5").
double countOf(const QString &s)
{
    const int w = numberWord(s);
    return w >= 0 ? w : s.toDouble();
}

// The sentence around [at, at+length): from the last full stop before to the next after.
QString sentenceAround(const QString &text, qsizetype at, qsizetype length)
{
    static const QRegularExpression stop(QStringLiteral("[.!?](?=\\s|$)"));
    qsizetype begin = 0;
    for (auto it = stop.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedStart() >= at) break;
        begin = m.capturedEnd();
    }
    const auto after = stop.match(text, at + length);
    const qsizetype end = after.hasMatch() ? after.capturedEnd() : text.size();
    return text.mid(begin, end - begin);
}

} // namespace

std::vector<QuotedFigure> QuotedFigures::find(const QString &text)
{
    struct Hit
    {
        qsizetype at;
        QuotedFigure q;
    };
    std::vector<Hit> hits;
    // Economy: överskott/underskott or a positive/negative avvikelse, an optional om/på/med/av and
    // "ca", the amount and its unit (mnkr, miljoner kronor, mkr, tkr, tusen kronor).
    static const QRegularExpression economy(
        QStringLiteral("\\b(överskott|underskott|positiv(?:a|t)? avvikelse|negativ(?:a|t)? avvikelse)\\w*"
                       "(?:\\s+(?:om|på|med|av))?(?:\\s+(?:ca|cirka|drygt|knappt|omkring|totalt))?\\.?\\s+%1\\s*"
                       "(mnkr|mkr|mn\\s?kr|miljoner\\s+kronor|miljoner\\s+kr|tkr|tusen\\s+kronor)")
            .arg(kNumber),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = economy.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QuotedFigure q;
        const QString word = m.captured(1).toLower();
        q.kind = word.startsWith(u'u') || word.startsWith(QLatin1String("negativ")) ? QuoteKind::Deficit : QuoteKind::Surplus;
        q.value = numberOf(m.captured(2), &q.decimals);
        const QString unit = m.captured(3).toLower();
        if (unit.startsWith(u't')) { // tkr: in mnkr, as precise as written
            q.value /= 1000;
            q.decimals += 3;
        }
        q.phrase = m.captured(0);
        const QString sentence = sentenceAround(text, m.capturedStart(), m.capturedLength()).toLower();
        q.transfer = sentence.contains(QLatin1String("överför")) || sentence.contains(QLatin1String("resultatfond")) ||
                     sentence.contains(QLatin1String("resultatenhet"));
        hits.push_back({m.capturedStart(), q});
    }
    // Counts: "fem av sju indikatorer", "3 av 4 nämndindikatorer", "två av tre aktiviteter".
    static const QRegularExpression count(
        QStringLiteral("\\b(\\d+|\\p{L}+)\\s+av\\s+(\\d+|\\p{L}+)\\s+(?:\\p{L}+\\s+)?(?:(?:KF-|nämnd)?indikatorer\\w*|aktivitet\\w*)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = count.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const double part = countOf(m.captured(1)), whole = countOf(m.captured(2));
        const bool partOk = numberWord(m.captured(1)) >= 0 || m.captured(1).front().isDigit();
        const bool wholeOk = numberWord(m.captured(2)) >= 0 || m.captured(2).front().isDigit();
        if (!partOk || !wholeOk) continue;
        QuotedFigure q;
        q.kind = QuoteKind::Count;
        q.value = part;
        q.of = whole;
        q.activities = m.captured(0).contains(QLatin1String("aktivitet"), Qt::CaseInsensitive);
        q.phrase = m.captured(0);
        hits.push_back({m.capturedStart(), q});
    }
    // Percent: "87 procent", "87 %", "87,5%" — not "procentenheter" (a difference, not a level).
    static const QRegularExpression percent(QStringLiteral("%1\\s*(?:procent(?!enhet)\\b|%)").arg(kNumber),
                                            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = percent.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QuotedFigure q;
        q.kind = QuoteKind::Percent;
        q.value = numberOf(m.captured(1), &q.decimals);
        q.phrase = m.captured(0);
        static const QRegularExpression by(QStringLiteral("\\bmed\\s*$"), QRegularExpression::CaseInsensitiveOption);
        q.change = by.match(text.left(m.capturedStart())).hasMatch();
        hits.push_back({m.capturedStart(), q});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.at < b.at; });
    std::vector<QuotedFigure> out;
    for (const Hit &h : hits) out.push_back(h.q);
    return out;
}

bool QuotedFigures::agrees(double quoted, int decimals, double actual)
{
    // As the text rounds: "3,1" agrees with 3,06 to 3,149…; "3" with 2,5 to 3,49…
    const double half = 0.5 * std::pow(10.0, -decimals);
    return std::abs(std::abs(actual) - quoted) <= half + 1e-9;
}

} // namespace malkoll
