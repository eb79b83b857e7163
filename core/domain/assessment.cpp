#include "assessment.h"

namespace malkoll {

QString assessmentCode(Assessment a)
{
    switch (a) {
    case Assessment::NotSet: return {};
    case Assessment::Full: return QStringLiteral("helt");
    case Assessment::Partly: return QStringLiteral("delvis");
    case Assessment::NotMet: return QStringLiteral("inte");
    case Assessment::NotAssessed: return QStringLiteral("ingen");
    }
    return {};
}

std::optional<Assessment> assessmentFromText(const QString &text)
{
    QString t = text.trimmed().toLower();
    t.replace(QStringLiteral("uppfylles"), QStringLiteral("uppfylls")); // a spelling seen in real reports
    if (t.isEmpty()) return Assessment::NotSet;
    if (t == u"helt" || t.endsWith(u"uppfylls helt") || t == u"uppfyllt") return Assessment::Full;
    if (t == u"delvis" || t.endsWith(u"uppfylls delvis") || t == u"delvis uppfyllt") return Assessment::Partly;
    if (t == u"inte" || t.endsWith(u"uppfylls inte") || t == u"ej uppfyllt") return Assessment::NotMet;
    if (t == u"ingen") return Assessment::NotAssessed;
    // The forecast forms of a plan or an early report: "Bedöms uppfyllas helt", "Prognostiseras att
    // uppfyllas delvis", "Uppfyllt helt" — a short line, not a sentence that happens to end so.
    if (t.contains(u"uppfyll") && t.count(u' ') <= 5) {
        if (t.endsWith(u" helt")) return Assessment::Full;
        if (t.endsWith(u" delvis")) return Assessment::Partly;
        if (t.endsWith(u" inte") || t.endsWith(u" ej")) return Assessment::NotMet;
    }
    return std::nullopt;
}

} // namespace malkoll
