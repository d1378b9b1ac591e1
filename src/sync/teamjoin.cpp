#include "teamjoin.h"

#include "journal/journal.h"
#include "pgpassfile.h"
#include "settings/settings.h"
#include "teamstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUuid>

namespace steadyline::sync {

namespace {

TeamStore storeOf(const journal::Journal &journal)
{
    return TeamStore(QSqlDatabase::database(journal.connectionName(), false));
}

} // namespace

TeamJoin::TeamJoin(journal::Journal &journal, Settings &settings)
    : m_journal(journal)
    , m_settings(settings)
{}

std::optional<server::ServerAddress> TeamJoin::address(const QString &url, const QString &login, QString *error)
{
    if (url.trimmed().isEmpty()) {
        *error = QCoreApplication::translate(
            "steadyline::sync", "Enter the team server's address, as your team's admin gave it (postgresql://…).");
        return std::nullopt;
    }
    auto parsed = server::parseServerUrl(url.trimmed(), error);
    if (!parsed)
        return std::nullopt;
    if (!login.trimmed().isEmpty())
        parsed->user = login.trimmed();
    if (parsed->user.isEmpty()) {
        *error = QCoreApplication::translate("steadyline::sync", "Enter your login on the team server.");
        return std::nullopt;
    }
    if (!parsed->password.isEmpty()) {
        *error = QCoreApplication::translate(
            "steadyline::sync",
            "Leave the password out of the address: it is asked for on its own and kept in libpq's password "
            "file.");
        return std::nullopt;
    }
    return parsed;
}

std::optional<ServerIdentity> TeamJoin::checkServer(const server::ServerAddress &address, const QString &password,
                                                    QString *error)
{
    if (password.isEmpty()) {
        *error = QCoreApplication::translate("steadyline::sync", "Enter the password your team's admin gave you.");
        return std::nullopt;
    }
    // A connection of its own, so that checks may run in any thread, even two at once.
    const QString connection = QStringLiteral("steadyline-join-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    server::ServerAddress withPassword = address;
    withPassword.password = password;
    std::optional<ServerIdentity> identity;
    bool unreachable = false;
    if (openServerConnection(withPassword, connection, error, &unreachable))
        identity = TeamExchange(QSqlDatabase::database(connection, false)).identify(error);
    else if (unreachable)
        // A desk that never joined has no offline work to keep: say what failed and what to do.
        *error = QCoreApplication::translate(
                     "steadyline::sync",
                     "The team server %1 cannot be reached, so this desk did not join. Check the address and the "
                     "port, and that this computer is on the network that reaches the server; if they are right, ask "
                     "your team's admin whether the server is running and accepts connections from here.")
                     .arg(address.displayText());
    // Every handle on the connection is gone here, so removing it warns of nothing.
    QSqlDatabase::database(connection, false).close();
    QSqlDatabase::removeDatabase(connection);
    return identity;
}

JoinCheck TeamJoin::check(const server::ServerAddress &address, const QString &password)
{
    JoinCheck result{address, password, std::nullopt, QString()};
    result.identity = checkServer(address, password, &result.error);
    return result;
}

bool TeamJoin::record(const server::ServerAddress &address, const QString &password, const ServerIdentity &identity,
                      QString *error)
{
    // The password file first: should the journal then refuse, the file is put back as it was,
    // so a failed join leaves no half membership behind.
    const PasswordFileSnapshot before = snapshotPasswordFile();
    if (!storePassword(address, password, error))
        return false;
    if (!storeOf(m_journal).join(address.displayText(), identity.login, identity.team, identity.role, error)) {
        QString ignored;
        restorePasswordFile(before, &ignored);
        return false;
    }
    m_settings.setValue(Settings::Key::TeamServer, address.displayText());
    m_settings.sync();
    return true;
}

int TeamJoin::waiting(QString *error) const
{
    const int count = storeOf(m_journal).waiting(error);
    return error->isEmpty() ? count : -1;
}

bool TeamJoin::leave(bool discardWaiting, QString *error)
{
    TeamStore store = storeOf(m_journal);
    const auto membership = store.membership(error);
    if (!membership) {
        if (error->isEmpty())
            *error = QCoreApplication::translate("steadyline::sync", "This desk is not in a team.");
        return false;
    }
    const int count = waiting(error);
    if (count < 0)
        return false;
    if (count > 0 && !discardWaiting) {
        *error = QCoreApplication::translate(
            "steadyline::sync",
            "%n changes have not reached the team server yet. Send them first (Sync now, or steadyline team sync), "
            "or leave and discard them: they stay in this desk's journal but the team never gets them.",
            nullptr, count);
        return false;
    }
    const auto address = server::parseServerUrl(membership->server, error);
    const PasswordFileSnapshot before = snapshotPasswordFile();
    if (address) {
        server::ServerAddress withLogin = *address;
        withLogin.user = membership->login;
        if (!removePassword(withLogin, error))
            return false;
    }
    error->clear();
    if (!store.leave(error)) {
        QString ignored;
        restorePasswordFile(before, &ignored);
        return false;
    }
    m_settings.setValue(Settings::Key::TeamServer, QString());
    m_settings.sync();
    return true;
}

} // namespace steadyline::sync
