#pragma once
// A login's own session on the throwaway cluster, Målkoll nowhere in it (libpq with the login's
// scram-sha-256 password, as psql logs in), and the store's fingerprint to prove an attack changed
// nothing. Shared by the hostile tests of the shared store.
#include "store/store.h"
#include "tempstore.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace malkoll::test {

inline QAtomicInt hostileConnections{0};

// A login's own session on the server, Målkoll nowhere in it.
class Psql
{
public:
    Psql(const TempDatabase &db, const QString &login, const QString &database = {})
        : m_name(QStringLiteral("hostile-%1").arg(hostileConnections.fetchAndAddRelaxed(1)))
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        c.setHostName(testServerSocket());
        c.setUserName(login);
        c.setPassword(QLatin1String(kTestPassword));
        c.setDatabaseName(database.isEmpty() ? db.name() : database);
        if (!c.open()) m_openError = c.lastError().text();
    }
    ~Psql()
    {
        {
            QSqlDatabase c = QSqlDatabase::database(m_name, false);
            c.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Psql(const Psql &) = delete;
    Psql &operator=(const Psql &) = delete;
    bool isOpen() const { return m_openError.isEmpty(); }
    QString openError() const { return m_openError; }
    // The server's error for the statement, or empty when it ran.
    QString run(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) ? QString() : q.lastError().text();
    }
    QString scalar(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next()) return QStringLiteral("<error: %1>").arg(q.lastError().text());
        return q.value(0).toString();
    }

private:
    QString m_name;
    QString m_openError;
};

// Every row of every table of the store and the change counter, as the superuser reads them.
inline QString fingerprint(Store &owner)
{
    QSqlQuery tables(owner.database());
    EXPECT_TRUE(tables.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND "
                                           "tablename <> 'copy_mode' ORDER BY tablename")));
    QString out;
    while (tables.next()) {
        const QString t = tables.value(0).toString();
        QSqlQuery rows(owner.database());
        EXPECT_TRUE(rows.exec(QStringLiteral("SELECT count(*), md5(COALESCE(string_agg(r::text, '|' ORDER BY r::text), '')) "
                                             "FROM %1 r").arg(t)));
        if (rows.next()) out += QStringLiteral("%1:%2:%3\n").arg(t, rows.value(0).toString(), rows.value(1).toString());
    }
    QSqlQuery seq(owner.database());
    if (seq.exec(QStringLiteral("SELECT last_value FROM malkoll_change_seq")) && seq.next())
        out += QStringLiteral("change:%1\n").arg(seq.value(0).toString());
    return out;
}

} // namespace malkoll::test
