#pragma once

#include "serveraddress.h"
#include "teamexchange.h"

#include <QString>

#include <optional>

namespace steadyline {
class Settings;
namespace journal {
class Journal;
}
} // namespace steadyline

namespace steadyline::sync {

// What checking a server found, with what recording the membership then needs: a check run in
// another thread hands this back to the window's.
struct JoinCheck
{
    server::ServerAddress address;
    QString password;
    std::optional<ServerIdentity> identity; // nullopt: refused, `error` says why
    QString error;
};

// Joining a team server and leaving it, the same for `steadyline team join | leave` and for
// Preferences → Team. Joining has two halves so that a window can run the slow one off its
// thread:
//   1. checkServer() connects with the password and checks that the database is a Steadyline
//      team server of a schema this desk knows and that the login is a member of a team.
//      Blocking (up to the connection's timeout, seconds against a dead server), safe in any
//      thread, and writes nothing.
//   2. record() then writes, all or nothing: the password into libpq's password file (never the
//      settings), the membership into the journal, the server's address into the settings.
// Every failure is one plain, translated sentence saying what to do.
class TeamJoin
{
public:
    TeamJoin(journal::Journal &journal, Settings &settings);

    // The address a person typed, with the login given apart; nullopt with the reason when the
    // address cannot be read, has no login, or carries a password (it would end up in a list of
    // recent commands or a settings file: the password is asked for apart).
    [[nodiscard]] static std::optional<server::ServerAddress> address(const QString &url, const QString &login,
                                                                      QString *error);
    [[nodiscard]] static std::optional<ServerIdentity> checkServer(const server::ServerAddress &address,
                                                                   const QString &password, QString *error);
    [[nodiscard]] static JoinCheck check(const server::ServerAddress &address, const QString &password);

    bool record(const server::ServerAddress &address, const QString &password, const ServerIdentity &identity,
                QString *error);

    // Changes written on this desk and not yet on the server (-1 when the journal cannot be read).
    [[nodiscard]] int waiting(QString *error) const;
    // Leaves the team: the membership, the changes not yet sent, the rows received from the team
    // and the password go; the desk's own calls, notes and promises stay in its journal. Refused
    // while changes wait, unless `discardWaiting`. The sync worker must be stopped first.
    bool leave(bool discardWaiting, QString *error);

private:
    journal::Journal &m_journal;
    Settings &m_settings;
};

} // namespace steadyline::sync
