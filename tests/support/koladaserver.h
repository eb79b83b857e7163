#pragma once
// The stand-in for Kolada's API v3 (tests/data/kolada/server.py) on 127.0.0.1, started for a test
// and stopped after it. No test reaches an outside address.
#include <QFile>
#include <QProcess>
#include <QString>
#include <gtest/gtest.h>

namespace malkoll::test {

class KoladaServer
{
public:
    // `folder`: where the server logs the paths it was asked for (asked.log).
    explicit KoladaServer(const QString &folder) : m_folder(folder)
    {
        m_process.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(MALKOLL_TEST_DATA "/kolada/server.py"), folder});
        EXPECT_TRUE(m_process.waitForReadyRead(20000)) << m_process.readAllStandardError().toStdString();
        const QByteArray port = m_process.readLine().trimmed();
        EXPECT_FALSE(port.isEmpty());
        m_api = QStringLiteral("http://127.0.0.1:%1/v3").arg(QString::fromLatin1(port));
    }
    ~KoladaServer()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QString api() const { return m_api; }
    QString asked() const
    {
        QFile f(m_folder + QStringLiteral("/asked.log"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private:
    QString m_folder;
    QProcess m_process;
    QString m_api;
};

} // namespace malkoll::test
