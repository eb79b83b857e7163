#include "reportrenderer.h"

#include "text/fold.h"

#include "charts/trendchart.h"
#include "documentpages.h"
#include "filebeside.h"
#include "odfheadings.h"
#include "pdfoutline.h"
#include "report/trendtext.h"
#include "presentation/statuspresentation.h"
#include "text/labels.h"
#include "text/swedishnumber.h"
#include "text/targettext.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QTextDocumentWriter>
#include <QSaveFile>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>
#include <QTextCursor>
#include <QTextObjectInterface>
#include <functional>

namespace malkoll {

namespace {
// Size of a small-multiple chart in the document, in points at the layout resolution.
constexpr int kChartWidth = 118;
constexpr int kChartHeight = 80;

QString esc(const QString &s) { return s.toHtmlEscaped(); }

// A column header: small type, and soft hyphens in long words at Swedish syllable breaks (between
// two consonants, or before a consonant between vowels), so a narrow column breaks a word where
// a reader expects and marks it with a hyphen, never "Period ens" or "Startdatu m".
QString headerCell(const QString &text)
{
    auto vowel = [](QChar c) { return QStringLiteral("aeiouyåäöéAEIOUYÅÄÖÉ").contains(c); };
    QStringList words = text.split(u' ');
    for (QString &w : words) {
        if (w.size() < 7) continue;
        QString out;
        for (qsizetype i = 0; i < w.size(); ++i) {
            // A break before w[i]: at least three letters either side, inside a run of letters.
            if (i >= 3 && i + 3 <= w.size() && w.at(i).isLetter() && w.at(i - 1).isLetter() && w.at(i + 1).isLetter()) {
                const bool vcv = vowel(w.at(i - 1)) && !vowel(w.at(i)) && vowel(w.at(i + 1));
                const bool cc = i >= 2 && vowel(w.at(i - 2)) && !vowel(w.at(i - 1)) && !vowel(w.at(i)) && vowel(w.at(i + 1));
                if (vcv || cc) out += QChar(0x00AD);
            }
            out += w.at(i);
        }
        w = out;
    }
    return esc(words.join(u' '));
}

// Draws the report's trend charts where the HTML places an image "chart:GOAL:K": straight onto
// the page as vector graphics, no image and no chart scene per indicator. Any other image is
// drawn from the document's resources.
class ChartObjects : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit ChartObjects(const CommitteeReport &r)
    {
        for (const ReportGoalSection &s : r.goals)
            for (size_t k = 0; k < s.indicators.size(); ++k)
                m_trends.insert(QStringLiteral("chart:%1:%2").arg(s.goal.id).arg(k), &s.indicators[k].trend);
    }
    QSizeF intrinsicSize(QTextDocument *doc, int, const QTextFormat &format) override
    {
        // Widths and heights in the HTML are CSS pixels, as for any image.
        const QTextImageFormat image = format.toImageFormat();
        const QPaintDevice *device = doc->documentLayout()->paintDevice();
        const qreal scale = device ? device->logicalDpiY() / 96.0 : 1.0;
        return QSizeF(image.width(), image.height()) * scale;
    }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int, const QTextFormat &format) override
    {
        const QString name = format.toImageFormat().name();
        if (const TrendSeries *trend = m_trends.value(name)) {
            TrendChart::paint(*painter, rect, *trend);
            return;
        }
        const QImage image = doc->resource(QTextDocument::ImageResource, QUrl(name)).value<QImage>();
        if (!image.isNull()) painter->drawImage(rect, image);
    }

private:
    QHash<QString, const TrendSeries *> m_trends;
};

QString assessmentSymbol(Assessment a)
{
    if (a == Assessment::NotSet) return {};
    return QStringLiteral("<span style='color:%1'>●</span> ").arg(StatusPresentation::assessmentColor(a).name());
}

QString statusCell(IndicatorStatus s, const QString &text)
{
    static const char *symbols[] = {"○", "●", "◐", "✕"};
    return QStringLiteral("<span style='color:%1'>%2</span> %3")
        .arg(StatusPresentation::statusColor(s).name(), QString::fromUtf8(symbols[int(s)]), esc(text));
}

// Writes one table. Each logical row (an indicator with its analysis row, say) starts with an
// anchor "row-T-K": pagination keeps a logical row on one page and repeats the header above it.
class TableWriter
{
public:
    TableWriter(QString &html, int id) : m_html(html), m_id(id) {}
    void header(const QStringList &cells, const std::vector<int> &widths)
    {
        QString head = QStringLiteral("<thead><tr>");
        for (qsizetype i = 0; i < cells.size(); ++i)
            head += QStringLiteral("<th bgcolor='#e8eaf0' align='left'%1><span style='font-size:7.5pt'>%2</span></th>")
                        .arg(size_t(i) < widths.size() && widths[size_t(i)] > 0 ? QStringLiteral(" width='%1%'").arg(widths[size_t(i)])
                                                                                : QString(),
                             headerCell(cells[i]));
        head += QStringLiteral("</tr></thead>");
        m_html += QStringLiteral("<table width='100%' border='0.5' cellspacing='0' cellpadding='3' "
                                 "style='border-collapse:collapse; border-color:#9e9e9e'>");
        m_html += head;
    }
    // `rows`: the <tr>…</tr> of one logical row; its first <td> gets the anchor.
    void row(QString rows)
    {
        const QString anchor = QStringLiteral("row-%1-%2").arg(m_id).arg(m_row);
        const qsizetype td = rows.indexOf(QLatin1String("<td"));
        const qsizetype close = rows.indexOf(QLatin1Char('>'), td);
        rows.insert(close + 1, QStringLiteral("<a name='%1'></a>").arg(anchor));
        m_html += rows;
        ++m_row;
    }
    void end() { m_html += QStringLiteral("</table><p></p>"); }

private:
    QString &m_html;
    int m_id;
    int m_row = 0;
};

void table(QString &h, int id, const QStringList &header,
           const std::vector<QStringList> &rows, bool totalBold = false, int wideColumn = 0)
{
    TableWriter w(h, id);
    std::vector<int> widths(size_t(header.size()), 0);
    widths[size_t(wideColumn)] = 28;
    w.header(header, widths);
    for (const QStringList &row : rows) {
        const bool total = totalBold && !row.isEmpty() && row.first() == QLatin1String("Totalt");
        QString tr = QStringLiteral("<tr>");
        for (qsizetype i = 0; i < row.size(); ++i) {
            const QString cell = esc(row[i]);
            tr += QStringLiteral("<td%1>%2</td>")
                      .arg(i > wideColumn ? QStringLiteral(" align='right'") : QString(),
                           total ? QStringLiteral("<b>%1</b>").arg(cell) : cell);
        }
        w.row(tr + QStringLiteral("</tr>"));
    }
    w.end();
}

QString anchorFor(const ReportGoalSection &s) { return QStringLiteral("goal-%1").arg(s.goal.id); }
QString anchorFor(const ReportSection &s) { return QStringLiteral("section-%1").arg(s.id); }

// Plain text (the summary, a script's section) as paragraphs: a blank line between them.
QString plainParagraphs(const QString &text)
{
    QString out;
    for (const QString &paragraph : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        out += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    return out;
}

// A goal's text under its word ("Analys", "Beskrivning"): the first paragraph right under it, the
// others (and sub-headings) after.
QString labelledText(const QString &label, const QString &text)
{
    const QStringList paragraphs = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    return QStringLiteral("<p><b>%1</b><br>%2</p>").arg(label, paragraphs.value(0).toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))) +
           plainParagraphs(paragraphs.mid(1).join(QStringLiteral("\n\n")));
}

// A free section's rich text inside the report: the body of the editor's HTML document; plain
// text (from a script) as paragraphs.
QString sectionBody(const QString &body)
{
    static const QRegularExpression bodyElement(QStringLiteral("<body[^>]*>(.*)</body>"),
                                                QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    if (const auto m = bodyElement.match(body); m.hasMatch()) return m.captured(1);
    if (body.contains(u'<')) return body;
    return plainParagraphs(body);
}

} // namespace

QString ReportRenderer::html(const CommitteeReport &r) { return html(r, true); }

QString ReportRenderer::html(const CommitteeReport &r, bool contents)
{
    int tableId = 0;
    QString h = QStringLiteral("<html><body style='font-size:8.5pt'>");
    // Title block
    h += QStringLiteral("<p style='font-size:11pt'>%1</p>").arg(esc(r.committee));
    h += QStringLiteral("<h1 style='font-size:22pt'>%1 %2</h1>").arg(esc(r.title)).arg(r.year);
    if (!r.unitName.isEmpty()) h += QStringLiteral("<p style='font-size:12pt'>Enhet: %1</p>").arg(esc(r.unitName));
    h += QStringLiteral("<p>Datum: %1").arg(r.date.toString(Qt::ISODate));
    if (!r.handlaggare.isEmpty()) h += QStringLiteral("<br>Handläggare: %1").arg(esc(r.handlaggare));
    if (!r.phone.isEmpty()) h += QStringLiteral("<br>Telefon: %1").arg(esc(r.phone));
    h += QStringLiteral("</p>");
    if (!r.draftWarning.isEmpty())
        h += QStringLiteral("<table width='100%' cellpadding='6' style='background-color:#fdecea; border: 1px solid #b3261e'>"
                            "<tr><td style='color:#8c1d18'><b>%1</b></td></tr></table>")
                 .arg(esc(r.draftWarning));

    auto heading = [&](int level, const QString &anchor, const QString &text) {
        h += QStringLiteral("<h%1><a name='%2'></a>%3</h%1>").arg(level).arg(anchor, esc(text));
    };
    if (!r.proposals.isEmpty()) {
        heading(2, QStringLiteral("proposals"), QStringLiteral("Förslag till beslut"));
        h += QStringLiteral("<ol>");
        for (const QString &p : r.proposals) h += QStringLiteral("<li>%1</li>").arg(esc(p));
        h += QStringLiteral("</ol>");
    }
    // Table of contents: each page number is a "–" marked "toc:ANCHOR", filled in after pagination.
    const qsizetype contentsAt = h.size();
    h += QStringLiteral("<h2>Innehåll</h2><table width='100%' cellspacing='0' cellpadding='1'>");
    auto tocLine = [&](const QString &anchor, const QString &text, int indent) {
        h += QStringLiteral("<tr><td style='padding-left:%1px'>%2</td><td align='right' width='40'><a name='toc:%3'></a>–</td></tr>")
                 .arg(indent * 14)
                 .arg(esc(text), anchor);
    };
    auto sectionsAt = [&](SectionPlacement placement, const std::function<void(const ReportSection &)> &each) {
        for (const ReportSection &s : r.sections)
            if (s.placement == placement) each(s);
    };
    const bool summary = !r.plan || !r.summary.isEmpty();
    if (summary) tocLine(QStringLiteral("summary"), r.plan ? QStringLiteral("Inledning") : QStringLiteral("Sammanfattande analys"), 0);
    auto tocSections = [&](SectionPlacement placement) {
        sectionsAt(placement, [&](const ReportSection &s) { tocLine(anchorFor(s), s.title, 0); });
    };
    tocSections(SectionPlacement::AfterSummary);
    for (const ReportGoalSection &s : r.goals)
        if (s.goal.level != GoalLevel::Committee && s.goal.level != GoalLevel::Unit)
            tocLine(anchorFor(s), s.heading, int(s.goal.level) - 1);
    tocSections(SectionPlacement::AfterGoals);
    if (!r.notMetAppendix.empty()) tocLine(QStringLiteral("appendix"), QStringLiteral("Bilaga: indikatorer som inte nås"), 0);
    const bool economyTexts = std::any_of(r.sections.cbegin(), r.sections.cend(),
                                          [](const ReportSection &s) { return s.placement == SectionPlacement::Economy; });
    if (!r.economy.rows.empty() || economyTexts) tocLine(QStringLiteral("economy"), QStringLiteral("Ekonomi"), 0);
    tocSections(SectionPlacement::End);
    h += QStringLiteral("</table>");
    if (!contents) h.truncate(contentsAt); // a word processor builds its own from the headings
    auto writeSections = [&](SectionPlacement placement) {
        sectionsAt(placement, [&](const ReportSection &s) {
            heading(2, anchorFor(s), s.title);
            h += sectionBody(s.body);
        });
    };

    if (summary) heading(2, QStringLiteral("summary"), r.plan ? QStringLiteral("Inledning") : QStringLiteral("Sammanfattande analys"));
    if (!r.summary.isEmpty()) h += plainParagraphs(r.summary);
    if (!r.summaryCounts.isEmpty()) {
        h += QStringLiteral("<ul>");
        for (const QString &c : r.summaryCounts) h += QStringLiteral("<li>%1</li>").arg(esc(c));
        h += QStringLiteral("</ul>");
    }
    writeSections(SectionPlacement::AfterSummary);

    for (const ReportGoalSection &s : r.goals) {
        const int level = std::min(4, int(s.goal.level) + 1);
        heading(level, anchorFor(s), s.heading);
        if (s.assessment != Assessment::NotSet)
            h += QStringLiteral("<p><b>%1%2</b></p>").arg(assessmentSymbol(s.assessment), esc(labels::assessment(s.assessment, Language::Swedish)));
        if (!s.analysis.isEmpty()) h += labelledText(QStringLiteral("Analys"), s.analysis);
        // The plan's words for the goal, as the city's follow-up reports repeat them.
        if (!s.goal.description.isEmpty()) h += labelledText(QStringLiteral("Beskrivning"), s.goal.description);
        if (r.plan && !s.goal.expectedResults.isEmpty()) {
            h += QStringLiteral("<p><b>Förväntat resultat</b></p><ul>");
            for (const QString &e : s.goal.expectedResults) h += QStringLiteral("<li>%1</li>").arg(esc(e));
            h += QStringLiteral("</ul>");
        }
        if (!s.indicators.empty()) {
            TableWriter w(h, tableId++);
            // The name takes the room; figures need little. Widths in percent of the page.
            if (r.plan) w.header(r.indicatorHeader, {58, 15, 15, 12});
            else w.header(r.indicatorHeader, {27, 8, 7, 7, 8, 8, 8, 8, 8, 11});
            for (const ReportIndicatorRow &row : s.indicators) {
                QString tr = QStringLiteral("<tr>");
                for (qsizetype i = 0; i < row.cells.size(); ++i) {
                    QString cell = esc(row.cells[i]);
                    if (i == 0 && row.genderFlag) cell = QStringLiteral("♀ ") + cell;
                    if (!r.plan && i == row.cells.size() - 1) cell = statusCell(row.status, row.cells[i]);
                    tr += QStringLiteral("<td%1>%2</td>").arg(!r.plan && i > 0 && i < 8 ? QStringLiteral(" align='right'") : QString(), cell);
                }
                tr += QStringLiteral("</tr>");
                if (!row.analysis.isEmpty())
                    tr += QStringLiteral("<tr><td colspan='%1' style='color:#37474f'><i>Analys</i> %2</td></tr>")
                              .arg(r.indicatorHeader.size())
                              .arg(esc(row.analysis).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
                w.row(tr);
            }
            if (r.charts && !r.plan) {
                // Small multiples, four a row, each with the indicator's name under it in full. They
                // are the table's last row, so they never start a page apart from their table.
                QString charts = QStringLiteral("<table width='100%' cellspacing='2' cellpadding='0'>");
                for (size_t k = 0; k < s.indicators.size(); ++k) {
                    if (k % 4 == 0) charts += QStringLiteral("<tr>");
                    charts += QStringLiteral("<td width='25%' valign='top'><img src='chart:%1:%2' width='%3' height='%4'><br>"
                                             "<span style='font-size:6.5pt; color:#37474f'>%5</span></td>")
                                  .arg(s.goal.id)
                                  .arg(k)
                                  .arg(kChartWidth)
                                  .arg(kChartHeight)
                                  .arg(esc(s.indicators[k].trend.name));
                    if (k % 4 == 3 || k + 1 == s.indicators.size()) charts += QStringLiteral("</tr>");
                }
                charts += QStringLiteral("</table>");
                w.row(QStringLiteral("<tr><td colspan='%1' style='border:none'>%2</td></tr>").arg(r.indicatorHeader.size()).arg(charts));
            }
            w.end();
        }
        if (!s.activities.empty()) {
            TableWriter w(h, tableId++);
            if (r.plan) w.header(r.activityHeader, {70, 15, 15});
            else w.header(r.activityHeader, {62, 11, 11, 16});
            for (const ReportActivityRow &a : s.activities) {
                if (r.plan) {
                    w.row(QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>").arg(esc(a.cells[0]), esc(a.cells[1]), esc(a.cells[2])));
                    continue;
                }
                QString tr = QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                                 .arg(esc(a.cells[0]), esc(a.cells[1]), esc(a.cells[2]),
                                      a.deviates ? QStringLiteral("<span style='color:#c62828'>✕</span> %1").arg(esc(a.cells[3]))
                                                 : esc(a.cells[3]));
                if (!a.analysis.isEmpty())
                    tr += QStringLiteral("<tr><td colspan='4' style='color:#37474f'><i>Analys</i> %1</td></tr>").arg(esc(a.analysis));
                w.row(tr);
            }
            w.end();
        }
    }

    writeSections(SectionPlacement::AfterGoals);
    if (!r.notMetAppendix.empty()) {
        heading(2, QStringLiteral("appendix"), QStringLiteral("Bilaga: indikatorer som inte nås"));
        QStringList header = r.indicatorHeader;
        header.prepend(QStringLiteral("Mål"));
        header << QStringLiteral("Avvikelse %");
        std::vector<QStringList> rows;
        for (const ReportIndicatorRow &row : r.notMetAppendix) rows.push_back(row.cells);
        table(h, tableId++, header, rows, false, 1);
    }
    if (!r.economy.rows.empty() || economyTexts) {
        heading(2, QStringLiteral("economy"), QStringLiteral("Ekonomi"));
        // Each economy text under its table: resultatenheter's and investments' under theirs, the
        // rest (the opening words, each verksamhetsområde) under the operating budget.
        auto tableOf = [&](const ReportSection &s) {
            const QString f = fold(s.title);
            return f.startsWith(u"resultatenhet") ? &r.resultUnits : f.startsWith(u"investering") ? &r.investments : &r.economy;
        };
        for (const ReportTable *t : {&r.economy, &r.resultUnits, &r.investments}) {
            if (!t->rows.empty()) {
                h += QStringLiteral("<h3>%1</h3>").arg(esc(t->title));
                table(h, tableId++, t->header, t->rows, true);
            }
            sectionsAt(SectionPlacement::Economy, [&](const ReportSection &s) {
                if (tableOf(s) != t) return;
                h += QStringLiteral("<h4><a name='%1'></a>%2</h4>").arg(anchorFor(s), esc(s.title));
                h += sectionBody(s.body);
            });
        }
    }
    writeSections(SectionPlacement::End);
    return h + QStringLiteral("</body></html>");
}

QString ReportRenderer::cityHtml(const CityView &v, const QDate &date, bool contents)
{
    const auto number = [](const std::optional<double> &x, int decimals, const QString &unit) {
        return x ? SwedishNumber::format(*x, decimals, unit) : QString();
    };
    const auto statusText = [](IndicatorStatus s) {
        return s == IndicatorStatus::NotAssessable ? QString() : labels::status(s, Language::Swedish);
    };
    int tableId = 0;
    QString h = QStringLiteral("<html><body style='font-size:8.5pt'>");
    h += QStringLiteral("<p style='font-size:11pt'>Stadsledningskontoret – samtliga nämnder</p>");
    h += QStringLiteral("<h1 style='font-size:22pt'>%1 %2</h1>").arg(esc(periodTitle(v.period))).arg(v.year);
    h += QStringLiteral("<p style='font-size:12pt'>Nämndernas uppföljning av KF:s mål och KF-indikatorer</p>");
    h += QStringLiteral("<p>Datum: %1</p>").arg(date.toString(Qt::ISODate));
    auto heading = [&](int level, const QString &anchor, const QString &text) {
        h += QStringLiteral("<h%1><a name='%2'></a>%3</h%1>").arg(level).arg(anchor, esc(text));
    };
    if (contents) {
        h += QStringLiteral("<h2>Innehåll</h2><table width='100%' cellspacing='0' cellpadding='1'>");
        auto tocLine = [&](const QString &anchor, const QString &text, int indent) {
            h += QStringLiteral("<tr><td style='padding-left:%1px'>%2</td><td align='right' width='40'><a name='toc:%3'></a>–</td></tr>")
                     .arg(indent * 14)
                     .arg(esc(text), anchor);
        };
        tocLine(QStringLiteral("summary"), QStringLiteral("Sammanfattning"), 0);
        for (const CityGoal &g : v.goals) tocLine(QStringLiteral("kfgoal-%1").arg(g.kf.id), g.kf.number + u' ' + g.kf.title, g.kf.level - 1);
        tocLine(QStringLiteral("round"), QStringLiteral("Inlämning"), 0);
        h += QStringLiteral("</table>");
    }
    // The city's summary: the counts of every KF goal and KF-indikator.
    heading(2, QStringLiteral("summary"), QStringLiteral("Sammanfattning"));
    int full = 0, partly = 0, notMet = 0, notSet = 0, meeting = 0, entries = 0;
    for (const CityGoal &g : v.goals) {
        full += g.full;
        partly += g.partly;
        notMet += g.notMet;
        notSet += g.notSet;
    }
    for (const CityIndicator &i : v.indicators) {
        meeting += i.meeting;
        entries += int(i.entries.size());
    }
    h += QStringLiteral("<p>%1 nämnder följs upp mot KF:s %2 mål och %3 KF-indikatorer. Nämndernas bedömningar av KF:s mål: "
                        "uppfylls helt %4, uppfylls delvis %5, uppfylls inte %6, ej bedömda %7. Av nämndernas %8 KF-indikatorer "
                        "bedöms %9 nå årsmålet.</p>")
             .arg(v.rounds.size())
             .arg(v.goals.size())
             .arg(v.indicators.size())
             .arg(full)
             .arg(partly)
             .arg(notMet)
             .arg(notSet)
             .arg(entries)
             .arg(meeting);
    std::vector<QStringList> counts;
    for (const CityGoal &g : v.goals)
        counts.push_back({g.kf.number + u' ' + g.kf.title, QString::number(g.full), QString::number(g.partly), QString::number(g.notMet),
                          QString::number(g.notSet)});
    table(h, tableId++, {QStringLiteral("Mål"), QStringLiteral("Uppfylls helt"), QStringLiteral("Uppfylls delvis"), QStringLiteral("Uppfylls inte"),
                         QStringLiteral("Ej bedömt")},
          counts);

    // Per KF goal: the committees' assessments beside the suggestions; its KF-indikatorer by committee.
    for (const CityGoal &g : v.goals) {
        heading(g.kf.level + 1, QStringLiteral("kfgoal-%1").arg(g.kf.id),
                (g.kf.level == 1 ? QStringLiteral("KF:s inriktningsmål: ") : QStringLiteral("KF:s mål för verksamhetsområdet: ")) + g.kf.number +
                    u' ' + g.kf.title);
        h += QStringLiteral("<p>Uppfylls helt i %1, delvis i %2, inte i %3 nämnder; %4 har inte bedömt målet.</p>")
                 .arg(g.full)
                 .arg(g.partly)
                 .arg(g.notMet)
                 .arg(g.notSet);
        TableWriter w(h, tableId++);
        w.header({QStringLiteral("Nämnd"), QStringLiteral("Bedömning"), QStringLiteral("Förslag")}, {40, 30, 30});
        for (const CityGoalEntry &e : g.entries)
            w.row(QStringLiteral("<tr><td>%1</td><td>%2%3</td><td>%4%5</td></tr>")
                      .arg(esc(e.committee), assessmentSymbol(e.assessment), esc(labels::assessment(e.assessment, Language::Swedish)),
                           assessmentSymbol(e.suggestion), esc(labels::assessment(e.suggestion, Language::Swedish))));
        w.end();
        for (const CityIndicator &i : v.indicators) {
            if (i.kf.goalId != g.kf.id) continue;
            const QString kfTarget = i.entries.empty() ? TargetText::format(i.kf.kfTarget, i.kf.decimals, i.kf.unit) : i.entries.front().kfTarget;
            h += QStringLiteral("<p><b>%1</b><br>KF:s årsmål: %2. %3 av %4 nämnder når årsmålet%5.</p>")
                     .arg(esc(i.kf.name), esc(kfTarget.isEmpty() ? QStringLiteral("–") : kfTarget))
                     .arg(i.meeting)
                     .arg(i.entries.size())
                     .arg(i.median ? QStringLiteral("; utfall lägst %1, median %2, högst %3")
                                         .arg(number(i.lowest, i.kf.decimals, i.kf.unit), number(i.median, i.kf.decimals, i.kf.unit),
                                              number(i.highest, i.kf.decimals, i.kf.unit))
                                   : QString());
            TableWriter t(h, tableId++);
            const bool split = std::any_of(i.entries.begin(), i.entries.end(), [](const CityIndicatorEntry &e) { return e.women || e.men; });
            QStringList header{QStringLiteral("Nämnd"), QStringLiteral("Utfall")};
            if (split) header << QStringLiteral("Kvinnor/ flickor") << QStringLiteral("Män/ pojkar");
            header << QStringLiteral("Prognos helår") << QStringLiteral("Årsmål") << QStringLiteral("Status");
            t.header(header, {28});
            for (const CityIndicatorEntry &e : i.entries) {
                QString row = QStringLiteral("<tr><td>%1</td><td align='right'>%2</td>")
                                  .arg(esc(e.committee), e.notReported ? QStringLiteral("Redovisas inte")
                                                                       : esc(number(e.outcome, i.kf.decimals, i.kf.unit)));
                if (split)
                    row += QStringLiteral("<td align='right'>%1</td><td align='right'>%2</td>")
                               .arg(esc(number(e.women, i.kf.decimals, i.kf.unit)), esc(number(e.men, i.kf.decimals, i.kf.unit)));
                row += QStringLiteral("<td align='right'>%1</td><td align='right'>%2</td><td>%3</td></tr>")
                           .arg(esc(number(e.prognosis, i.kf.decimals, i.kf.unit)), esc(e.target),
                                e.status == IndicatorStatus::NotAssessable ? QString() : statusCell(e.status, statusText(e.status)));
                t.row(row);
            }
            t.end();
        }
    }
    heading(2, QStringLiteral("round"), QStringLiteral("Inlämning"));
    std::vector<QStringList> rounds;
    for (const CityRound &r : v.rounds)
        rounds.push_back({r.committee, QStringLiteral("%1 av %2").arg(r.approved).arg(r.units), QString::number(r.submitted),
                          r.deadline.isValid() ? r.deadline.toString(Qt::ISODate) : QStringLiteral("–"), QString::number(r.overdue)});
    table(h, tableId++, {QStringLiteral("Nämnd"), QStringLiteral("Godkända enheter"), QStringLiteral("Klara för granskning"),
                         QStringLiteral("Sista dag"), QStringLiteral("Försenade")},
          rounds);
    h += QStringLiteral("</body></html>");
    return h;
}

Result<int> ReportRenderer::writeCityPdf(const CityView &view, const QString &path, const QDate &date)
{
    const QString title = QStringLiteral("Staden – %1 %2").arg(periodTitle(view.period)).arg(view.year);
    return writePdfFile(path, title, [&](QPagedPaintDevice &device) {
        QTextDocument doc;
        return paintHtml(doc, cityHtml(view, date, true), title, date, device);
    });
}

Result<void> ReportRenderer::writeCityOdt(const CityView &view, const QString &path, const QDate &date, bool replace)
{
    if (QFileInfo::exists(path) && !replace) return fail(tr("“%1” exists; it was left as it is.").arg(path));
    QTextDocument doc;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    doc.setDefaultFont(font);
    doc.setHtml(cityHtml(view, date, false));
    return writeOdtDocument(doc, path, replace);
}

Result<int> ReportRenderer::paint(const CommitteeReport &r, QPagedPaintDevice &device, const Progress &progress)
{
    // The charts are drawn in place of their images; they outlive the document that refers to them.
    ChartObjects charts(r);
    QTextDocument doc;
    doc.documentLayout()->registerHandler(QTextFormat::ImageObject, &charts);
    const QString headerText = r.committee + QStringLiteral(" – ") + r.title + QLatin1Char(' ') + QString::number(r.year) +
                               (r.unitName.isEmpty() ? QString() : QStringLiteral(" – ") + r.unitName);
    return paintHtml(doc, html(r), headerText, r.date, device, progress);
}

namespace {
// The headings of the PDF being written (writePdfFile gathers them from paintHtml for its outline).
thread_local std::vector<PdfHeading> *t_headings = nullptr;
} // namespace

Result<int> ReportRenderer::paintHtml(QTextDocument &doc, const QString &html, const QString &headerText, const QDate &date,
                                      QPagedPaintDevice &device, const Progress &progress)
{
    const QPageLayout layout = device.pageLayout();
    const QRectF paintRect = layout.paintRectPixels(device.logicalDpiX());
    const qreal mm = device.logicalDpiY() / 25.4;
    const qreal headerHeight = 10 * mm, footerHeight = 10 * mm;
    const QSizeF bodySize(paintRect.width(), paintRect.height() - headerHeight - footerHeight);

    doc.documentLayout()->setPaintDevice(&device);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setTextWidth(bodySize.width()); // one long page, laid out once and then cut into pages
    doc.setHtml(html);
    const DocumentPages pages(doc, bodySize.height());
    const int pageCount = pages.count();

    // The table of contents gets its page numbers: each "–" marked "toc:ANCHOR" becomes the page
    // ANCHOR is printed on. Numbers take no more room than the dash, so nothing moves.
    QHash<QString, qreal> anchors;
    std::vector<std::pair<int, QString>> tocCells;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            for (const QString &n : it.fragment().charFormat().anchorNames()) {
                if (n.startsWith(QLatin1String("toc:"))) tocCells.push_back({b.position(), n.mid(4)});
                else if (!n.startsWith(QLatin1String("row-"))) anchors.insert(n, doc.documentLayout()->blockBoundingRect(b).top());
            }
    std::reverse(tocCells.begin(), tocCells.end()); // from the end, so that positions before stay valid
    for (const auto &[position, anchor] : tocCells) {
        if (!anchors.contains(anchor)) continue;
        QTextCursor cursor(doc.findBlock(position));
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.insertText(QString::number(pages.pageAt(anchors.value(anchor)) + 1));
    }

    // Each heading where it is printed: the PDF's outline.
    if (t_headings)
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            const int level = b.blockFormat().headingLevel();
            if (level <= 0 || b.text().trimmed().isEmpty()) continue;
            const qreal y = doc.documentLayout()->blockBoundingRect(b).top();
            for (const DocumentPages::Slice &slice : pages.slices())
                if (y >= slice.top && y < slice.bottom) {
                    const qreal onPage = headerHeight + slice.y + (y - slice.top);
                    t_headings->push_back({b.text().trimmed(), level, slice.page,
                                           layout.paintRectPoints().top() + onPage * 72.0 / device.logicalDpiY()});
                    break;
                }
        }

    QPainter painter;
    if (!painter.begin(&device)) return fail(tr("Cannot start drawing the report."));
    QFont small = font;
    small.setPointSizeF(7.5);
    const qreal hair = device.logicalDpiY() / 150.0;
    for (int page = 0; page < pageCount; ++page) {
        if (progress && !progress(page + 1, pageCount)) {
            painter.end();
            return fail(tr("The report was cancelled."));
        }
        if (page > 0) device.newPage();
        painter.setFont(small);
        painter.setPen(QColor(0x60, 0x60, 0x60));
        const QRectF headerRect(0, 0, bodySize.width(), headerHeight * 0.7);
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignBottom, headerText);
        painter.drawLine(QPointF(0, headerHeight * 0.8), QPointF(bodySize.width(), headerHeight * 0.8));
        const QRectF footerRect(0, headerHeight + bodySize.height() + footerHeight * 0.2, bodySize.width(), footerHeight * 0.8);
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignTop, QStringLiteral("sida %1 (%2)").arg(page + 1).arg(pageCount));
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignTop, date.toString(Qt::ISODate));
        for (const DocumentPages::Slice &slice : pages.slices()) {
            if (slice.page != page) continue;
            painter.save();
            painter.translate(0, headerHeight + slice.y - slice.top);
            const QRectF clip(0, slice.top, bodySize.width(), slice.bottom - slice.top);
            painter.setClipRect(clip);
            // Qt draws every block and cell the clip touches, edge included; drawn and clipped away,
            // a neighbour's text would still be in the PDF's text layer. A hair inside: only this slice.
            QAbstractTextDocumentLayout::PaintContext ctx;
            ctx.clip = clip.adjusted(0, hair, 0, -hair);
            doc.documentLayout()->draw(&painter, ctx);
            painter.restore();
        }
    }
    painter.end();
    return pageCount;
}

Result<void> ReportRenderer::writeOdt(const CommitteeReport &r, const QString &path, bool replace)
{
    if (QFileInfo::exists(path) && !replace) return fail(tr("“%1” exists; it was left as it is.").arg(path)); // before the work
    QTextDocument doc;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    doc.setDefaultFont(font);
    doc.setHtml(html(r, false));
    // The charts as pictures in the document, drawn by the same code as in the PDF at twice the
    // size they are shown, so they stay sharp when printed.
    QHash<QString, QString> descriptions; // each chart in words, its text alternative in the document
    if (r.charts && !r.plan) {
        for (const ReportGoalSection &s : r.goals)
            for (size_t k = 0; k < s.indicators.size(); ++k) {
                descriptions.insert(QStringLiteral("chart:%1:%2").arg(s.goal.id).arg(k), trendText(s.indicators[k].trend, Language::Swedish));
                QImage image(QSize(kChartWidth, kChartHeight) * 2, QImage::Format_RGB32);
                image.fill(Qt::white);
                QPainter painter(&image);
                painter.setRenderHint(QPainter::Antialiasing);
                painter.scale(2, 2);
                TrendChart::paint(painter, QRectF(0, 0, kChartWidth, kChartHeight), s.indicators[k].trend);
                painter.end();
                doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:%1:%2").arg(s.goal.id).arg(k)), image);
            }
    }
    return writeOdtDocument(doc, path, replace, descriptions);
}

Result<void> ReportRenderer::writeOdtDocument(QTextDocument &doc, const QString &path, bool replace,
                                              const QHash<QString, QString> &descriptions)
{
    // Headings are marked, so that they become real headings (text:h with their level) that a word
    // processor lists in its table of contents: Qt's ODF writer writes every block as a paragraph.
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        if (const int level = block.blockFormat().headingLevel(); level > 0)
            QTextCursor(block).insertText(OdfHeadings::headingMark(level));
    // The ODF writer closes the device it writes to: it writes into memory; the package is then
    // written beside `path` and renamed when complete.
    QBuffer bytes;
    bytes.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&bytes, "odf");
    if (!writer.write(&doc)) return fail(tr("Cannot write “%1” as OpenDocument text.").arg(path));
    // Qt's package is read back from a scratch file beside `path` (the zip library reads by name).
    const QFileInfo target(path);
    QTemporaryFile raw(target.absoluteDir().filePath(QStringLiteral(".%1-XXXXXX.odt").arg(target.completeBaseName())));
    if (!raw.open() || raw.write(bytes.data()) != bytes.data().size() || !raw.flush())
        return fail(tr("Cannot write in the folder of “%1”: %2").arg(path, raw.errorString()));
    return FileBeside::write(path, replace, [&](const QString &part) { return OdfHeadings::rewrite(raw.fileName(), part, descriptions); });
}

Result<int> ReportRenderer::writePdf(const CommitteeReport &r, const QString &path, const Progress &progress)
{
    return writePdfFile(path, r.title + QLatin1Char(' ') + QString::number(r.year) + QStringLiteral(" – ") + r.committee,
                        [&](QPagedPaintDevice &device) { return paint(r, device, progress); });
}

Result<int> ReportRenderer::writePdfFile(const QString &path, const QString &title, const std::function<Result<int>(QPagedPaintDevice &)> &draw)
{
    // Written to a temporary file beside `path` and renamed when complete: a cancelled or failed
    // report leaves an earlier file of that name as it was. The caller has asked before replacing one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return fail(tr("Cannot write “%1”: %2").arg(path, file.errorString()));
    Result<int> pages = 0;
    std::vector<PdfHeading> headings;
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Målkoll"));
        t_headings = &headings;
        pages = draw(writer);
        t_headings = nullptr;
    } // the writer finishes the PDF when it goes
    if (!pages) {
        file.cancelWriting();
        return pages;
    }
    if (!file.commit()) return fail(tr("Cannot write “%1”: %2").arg(path, file.errorString()));
    // The headings as bookmarks, the language, the title shown (the reports are Swedish).
    if (auto outlined = PdfOutline::add(path, headings, QStringLiteral("sv-SE")); !outlined) return Error{outlined.error()};
    return pages;
}

} // namespace malkoll

#include "reportrenderer.moc"
