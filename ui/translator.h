#pragma once
// Loads Målkoll's and Qt's translations for the language chosen in Settings
// ("system" follows the system locale; Swedish on a Swedish system).
#include <QString>

class QCoreApplication;

namespace malkoll {

// Returns the language code in use ("sv" or "en").
QString installTranslations(QCoreApplication &app, const QString &setting);

} // namespace malkoll
