// malkoll_load: the shared store under a reporting round's load. Run by scripts/load.sh, which
// starts a throwaway cluster; prints the figures and exits non-zero if a value was lost,
// duplicated, wrong or unaudited, or a save was refused.
//   malkoll_load --socket DIR [--port N] [--users 50] [--values 20] [--committees N] [--pace SECONDS]
#include "serverload.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString socket;
    int users = 50, values = 20, committees = 1, port = 0;
    double pace = 0;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--socket")) socket = args[i + 1];
        else if (args[i] == QLatin1String("--users")) users = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--values")) values = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--committees")) committees = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--pace")) pace = args[i + 1].toDouble();
        else if (args[i] == QLatin1String("--port")) port = args[i + 1].toInt();
    }
    if (socket.isEmpty() || users < 1 || values < 1 || committees < 1 || pace < 0) {
        std::fprintf(stderr, "usage: malkoll_load --socket DIR [--port N] [--users N] [--values N] [--committees N] [--pace SECONDS]\n");
        return 2;
    }
    const QString database = QStringLiteral("malkoll_load_%1").arg(QCoreApplication::applicationPid());
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        admin.setHostName(socket);
        if (port > 0) admin.setPort(port);
        admin.setUserName(QStringLiteral("postgres"));
        admin.setPassword(QStringLiteral("malkoll-test"));
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.open() || !QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(database))) {
            std::fprintf(stderr, "malkoll_load: %s\n", qPrintable(admin.lastError().text()));
            return 1;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    const QString host = QString::fromUtf8(QUrl::toPercentEncoding(socket));
    const QString at = port > 0 ? QStringLiteral("%1:%2").arg(host).arg(port) : host;
    const auto url = [&](const QString &login) { return QStringLiteral("postgresql://%1@%2/%3").arg(login, at, database); };
    const auto r = malkoll::load::run(url(QStringLiteral("postgres")), url, database + u'_', users, values, committees, pace);
    std::printf("%s\n", qPrintable(r.describe()));
    for (const QString &e : r.errors) std::printf("  refused: %s\n", qPrintable(e));
    const bool clean = r.refused == 0 && r.wrong == 0 && r.missing == 0 && r.duplicated == 0 && r.auditMissing == 0 &&
                       r.submitted == users && r.saves == users * values;
    return clean ? 0 : 1;
}
