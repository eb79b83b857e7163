#include "fold.h"

#include <QRegularExpression>

namespace malkoll {

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed)
        if (c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing) out += c;
    return out;
}

QString plainFromHtml(const QString &html)
{
    static const QRegularExpression head(QStringLiteral("<(head|style)[^>]*>.*?</\\1>"),
                                         QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    QString s = html;
    s.remove(head).replace(tag, QStringLiteral(" "));
    QString out;
    qsizetype at = 0;
    for (auto it = numeric.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(s).mid(at, m.capturedStart() - at);
        bool ok = false;
        const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        if (ok && code > 0 && code < 0x110000) out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        at = m.capturedEnd();
    }
    out += QStringView(s).mid(at);
    out.replace(QLatin1String("&nbsp;"), QStringLiteral(" "))
        .replace(QLatin1String("&lt;"), QStringLiteral("<"))
        .replace(QLatin1String("&gt;"), QStringLiteral(">"))
        .replace(QLatin1String("&quot;"), QStringLiteral("\""))
        .replace(QLatin1String("&#39;"), QStringLiteral("'"))
        .replace(QLatin1String("&amp;"), QStringLiteral("&"));
    return out.simplified();
}

} // namespace malkoll
