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
    return std::nullopt;
}

} // namespace malkoll
