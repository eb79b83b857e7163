#pragma once
// Every setting Målkoll keeps for the user (QSettings), with its key and default in one place:
// the language, "my unit" and its filter, the role, backups, recent stores, the window's layout
// and what the CSV import remembers. Nothing else in the program spells a settings key.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace malkoll {

class AppSettings
{
public:
    enum class Role { Unit, Controller }; // enhetschef, or controller (locks periods)

    static QString language(); // "system" (default), "sv" or "en"
    static void setLanguage(const QString &code);
    static QString myUnit();   // the unit the user enters values for; empty for none
    static void setMyUnit(const QString &name);
    static bool myUnitOnly();
    static void setMyUnitOnly(bool only);
    static bool includeSubGoals();
    static void setIncludeSubGoals(bool include);
    static Role role();
    static void setRole(Role role);
    static int backupsToKeep(); // 10 unless set
    static void setBackupsToKeep(int count);

    static QStringList recentStores();
    static QString lastServer(); // the address of the last server connected to (no password)
    static void setLastServer(const QString &url); // newest first, at most 8
    static QString lastStore();
    static void rememberStore(const QString &path); // recent and last

    static QByteArray windowGeometry();
    static QByteArray splitterState();
    static void setWindowLayout(const QByteArray &geometry, const QByteArray &splitter);
    static QByteArray entrySplitterState(); // the entry tab's division between indicators and the tabs below
    static void setEntrySplitterState(const QByteArray &state);
    static int entryLowerTab(); // activities, trend or the goal's assessment
    static void setEntryLowerTab(int index);

    static QString csvImportFolder();
    static void setCsvImportFolder(const QString &folder);
    static QString exportFolder(); // where the last workbook or document was exported
    static void setExportFolder(const QString &folder);
    static QVariant csvDialect(const QVariant &fallback); // the import dialog's choice of dialect
    static QVariantMap csvMapping();                     // folded column name → field code
    static void setCsvImport(const QVariantMap &mapping, const QVariant &dialect);
};

} // namespace malkoll
