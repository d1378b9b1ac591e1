#pragma once

// What the team server's tests share: a private cluster with a database made for the test, and
// the real steadyline binary run as an admin would run it.
#include "catch_qt.h"
#include "postgrescluster.h"

#include <QProcess>

namespace steadyline::test {

struct CommandRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CommandRun runSteadyline(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("PGPASSFILE"), QStringLiteral("/dev/null"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(STEADYLINE_BINARY), arguments);
    REQUIRE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// A started cluster with an empty database `steadyline`; fails the test when it cannot start.
struct ServerFixture
{
    ServerFixture()
    {
        INFO(cluster.problem().toStdString());
        REQUIRE(cluster.problem().isEmpty());
        REQUIRE(cluster.createDatabase(database));
    }

    [[nodiscard]] QString adminUrl() const { return cluster.superuserUrl(database); }
    [[nodiscard]] QString url(const QString &login) const { return cluster.loginUrl(database, login); }

    // psql as the superuser; the test fails when the statement does.
    QString superuserSql(const QString &sql) const
    {
        const PsqlRun run = cluster.psql(adminUrl(), sql);
        INFO(sql.toStdString() << "\n" << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return run.out;
    }

    CommandRun init() const
    {
        return runSteadyline({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"), adminUrl()});
    }

    void addTeam(const QString &team) const
    {
        const CommandRun run = runSteadyline(
            {QStringLiteral("server"), QStringLiteral("add-team"), team, QStringLiteral("--db"), adminUrl()});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }

    void addUser(const QString &login, const QString &role, const QString &team, const QString &password) const
    {
        const CommandRun run =
            runSteadyline({QStringLiteral("server"), QStringLiteral("add-user"), login, QStringLiteral("--role"), role,
                           QStringLiteral("--team"), team, QStringLiteral("--db"), adminUrl()},
                          password.toUtf8() + '\n');
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }

    PostgresCluster cluster;
    QString database = QStringLiteral("steadyline");
};

} // namespace steadyline::test
