#include "appsettings.h"

#include "store/server.h"

#include <QFileInfo>
#include <QSettings>

namespace malkoll {

namespace {
QVariant value(const char *key, const QVariant &fallback = {}) { return QSettings().value(QLatin1String(key), fallback); }
void setValue(const char *key, const QVariant &v) { QSettings().setValue(QLatin1String(key), v); }
} // namespace

QString AppSettings::language() { return value("ui/language", QStringLiteral("system")).toString(); }
void AppSettings::setLanguage(const QString &code) { setValue("ui/language", code); }
QString AppSettings::myUnit() { return value("ui/myUnit").toString(); }
void AppSettings::setMyUnit(const QString &name) { setValue("ui/myUnit", name); }
bool AppSettings::myUnitOnly() { return value("ui/myUnitOnly", false).toBool(); }
void AppSettings::setMyUnitOnly(bool only) { setValue("ui/myUnitOnly", only); }
bool AppSettings::includeSubGoals() { return value("ui/includeSubGoals", false).toBool(); }
void AppSettings::setIncludeSubGoals(bool include) { setValue("ui/includeSubGoals", include); }

AppSettings::Role AppSettings::role()
{
    return value("ui/role", QStringLiteral("unit")).toString() == QLatin1String("controller") ? Role::Controller : Role::Unit;
}

void AppSettings::setRole(Role role)
{
    setValue("ui/role", role == Role::Controller ? QStringLiteral("controller") : QStringLiteral("unit"));
}

int AppSettings::backupsToKeep() { return value("backup/keep", 10).toInt(); }
void AppSettings::setBackupsToKeep(int count) { setValue("backup/keep", count); }

QStringList AppSettings::recentStores() { return value("recentFiles").toStringList(); }
QString AppSettings::lastStore() { return value("lastStore").toString(); }
QString AppSettings::lastServer() { return value("lastServer").toString(); }
void AppSettings::setLastServer(const QString &url) { setValue("lastServer", url); }

void AppSettings::rememberStore(const QString &path)
{
    QStringList recent = recentStores();
    // A server is remembered by its address (never with a password); a file by its full path.
    const QString absolute = ServerAddress::isUrl(path) ? path : QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > 8) recent.removeLast();
    setValue("recentFiles", recent);
    setValue("lastStore", absolute);
}

QByteArray AppSettings::windowGeometry() { return value("ui/geometry").toByteArray(); }
QByteArray AppSettings::splitterState() { return value("ui/splitter").toByteArray(); }
QByteArray AppSettings::entrySplitterState() { return value("ui/entrySplitter").toByteArray(); }
void AppSettings::setEntrySplitterState(const QByteArray &state) { setValue("ui/entrySplitter", state); }
int AppSettings::entryLowerTab() { return value("ui/entryLowerTab", 0).toInt(); }
void AppSettings::setEntryLowerTab(int index) { setValue("ui/entryLowerTab", index); }

void AppSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &splitter)
{
    setValue("ui/geometry", geometry);
    setValue("ui/splitter", splitter);
}

QString AppSettings::csvImportFolder() { return value("csvImport/folder").toString(); }
void AppSettings::setCsvImportFolder(const QString &folder) { setValue("csvImport/folder", folder); }
QString AppSettings::exportFolder() { return value("export/folder").toString(); }
void AppSettings::setExportFolder(const QString &folder) { setValue("export/folder", folder); }
QVariant AppSettings::csvDialect(const QVariant &fallback) { return value("csvImport/dialect", fallback); }
QVariantMap AppSettings::csvMapping() { return value("csvImport/mapping").toMap(); }

void AppSettings::setCsvImport(const QVariantMap &mapping, const QVariant &dialect)
{
    setValue("csvImport/mapping", mapping);
    setValue("csvImport/dialect", dialect);
}

} // namespace malkoll
