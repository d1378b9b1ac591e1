#pragma once

// A desk for the team server's tests: its own home, settings, password file and journal, and the
// real steadyline binary run in that environment.
#include "catch_qt.h"
#include "journal/journal.h"
#include "serverfixture.h"
#include "teamstore.h"
#include "teamsync.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <map>
#include <memory>
#include <utility>
#include <vector>

namespace steadyline::test {

// The sync worker's timing for tests: every wait short, so a test sees a reconnect in a second.
inline sync::SyncTiming quickSyncTiming()
{
    sync::SyncTiming timing;
    timing.pullIntervalMs = 500;
    timing.heartbeatMs = 200;
    timing.outboxPollMs = 100;
    timing.firstRetryMs = 100;
    timing.longestRetryMs = 500;
    return timing;
}

struct Desk
{
    Desk() { REQUIRE(home.isValid()); }

    [[nodiscard]] QString dataDir() const { return home.filePath(QStringLiteral("data")); }
    [[nodiscard]] QString passwordFile() const { return home.filePath(QStringLiteral("pgpass")); }

    [[nodiscard]] QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("PGPASSFILE"), passwordFile());
        return environment;
    }

    // steadyline --data-dir DATA ARGUMENTS..., as this desk's user.
    [[nodiscard]] CommandRun run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(STEADYLINE_BINARY),
                      QStringList{QStringLiteral("--data-dir"), dataDir()} + arguments);
        REQUIRE(process.waitForStarted());
        process.write(input);
        process.closeWriteChannel();
        REQUIRE(process.waitForFinished(60000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    [[nodiscard]] CommandRun join(const QString &url, const QString &login, const QString &password) const
    {
        return run({QStringLiteral("team"), QStringLiteral("join"), url, QStringLiteral("--login"), login},
                   password.toUtf8() + '\n');
    }

    [[nodiscard]] CommandRun sync() const { return run({QStringLiteral("team"), QStringLiteral("sync")}); }

    // The desk's journal, opened in the test (close it before the binary needs a quiet journal).
    [[nodiscard]] std::unique_ptr<journal::Journal> openJournal(const Clock &clock = SystemClock::instance()) const
    {
        QString error;
        auto journal = journal::Journal::open(dataDir(), &error, clock);
        INFO(error.toStdString());
        REQUIRE(journal);
        return journal;
    }

    [[nodiscard]] static sync::TeamStore store(const journal::Journal &journal)
    {
        return sync::TeamStore(QSqlDatabase::database(journal.connectionName(), false));
    }

    QTemporaryDir home;
};

// A team, Claims, on the test's private server and a joined desk for each member (login and role;
// the password is "<login>-secret-1"). The apps of a test live in one process and libpq reads one
// password file: while this lives, PGPASSFILE names one that holds every desk's line.
struct TeamDesks
{
    explicit TeamDesks(const std::vector<std::pair<const char *, const char *>> &members)
    {
        REQUIRE(passwords.isValid());
        REQUIRE(server.init().exitCode == 0);
        server.addTeam(QStringLiteral("Claims"));
        for (const auto &[login, role] : members)
            server.addUser(QString::fromLatin1(login), QString::fromLatin1(role), QStringLiteral("Claims"),
                           password(QString::fromLatin1(login)));
        QFile all(passwords.filePath(QStringLiteral("pgpass")));
        REQUIRE(all.open(QIODevice::WriteOnly));
        for (const auto &[login, role] : members) {
            const QString name = QString::fromLatin1(login);
            const Desk &joined = *desks.emplace(name, std::make_unique<Desk>()).first->second;
            REQUIRE(joined.join(server.url(name), name, password(name)).exitCode == 0);
            QFile one(joined.passwordFile());
            REQUIRE(one.open(QIODevice::ReadOnly));
            all.write(one.readAll());
        }
        all.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        all.close();
        qputenv("PGPASSFILE", QFile::encodeName(all.fileName()));
    }
    ~TeamDesks() { qunsetenv("PGPASSFILE"); }
    TeamDesks(const TeamDesks &) = delete;
    TeamDesks &operator=(const TeamDesks &) = delete;

    static QString password(const QString &login) { return login + QStringLiteral("-secret-1"); }

    [[nodiscard]] const Desk &desk(const QString &login) const
    {
        const auto found = desks.find(login);
        REQUIRE(found != desks.end());
        return *found->second;
    }

    [[nodiscard]] QString url(const QString &login) const { return server.url(login); }

    ServerFixture server;
    QTemporaryDir passwords;
    std::map<QString, std::unique_ptr<Desk>> desks;
};

} // namespace steadyline::test
