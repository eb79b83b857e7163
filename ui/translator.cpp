#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace malkoll {

QString installTranslations(QCoreApplication &app, const QString &setting)
{
    QString language = setting;
    if (language.isEmpty() || language == QLatin1String("system"))
        language = QLocale::system().language() == QLocale::Swedish ? QStringLiteral("sv") : QStringLiteral("en");
    if (language == QLatin1String("sv")) QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/malkoll_%1.qm").arg(language))) app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    return language;
}

} // namespace malkoll
