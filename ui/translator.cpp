#include "translator.h"
#include "text/labels.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace malkoll {

namespace {
// Debian ships Swedish for Qt only as the older all-in-one qt_sv catalogue, whose standard
// button texts (Avbryt, Spara, Ja, Nej …) are under the Qt 5 context QDialogButtonBox; Qt 6 asks
// for them under QPlatformTheme. This translator answers the new context from the old one.
class QtCatalogue : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        QString text = QTranslator::translate(context, source, disambiguation, n);
        if (text.isEmpty() && qstrcmp(context, "QPlatformTheme") == 0)
            text = QTranslator::translate("QDialogButtonBox", source, disambiguation, n);
        return text;
    }
};
} // namespace

QString installTranslations(QCoreApplication &app, const QString &setting)
{
    QString language = setting;
    if (language.isEmpty() || language == QLatin1String("system"))
        language = QLocale::system().language() == QLocale::Swedish ? QStringLiteral("sv") : QStringLiteral("en");
    if (language == QLatin1String("sv")) QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    labels::setUiLanguage(language == QLatin1String("sv") ? Language::Swedish : Language::English);
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/malkoll_%1.qm").arg(language))) app.installTranslator(own);
    // Qt's own texts (Cancel, Yes, No in standard dialogs): qtbase_sv where the system has it,
    // else the older all-in-one qt_sv catalogue that Debian ships for Swedish.
    auto *qt = new QtCatalogue;
    qt->setParent(&app);
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), dir) || qt->load(QStringLiteral("qt_%1").arg(language), dir))
        app.installTranslator(qt);
    return language;
}

} // namespace malkoll
