#pragma once

#include "serveraddress.h"
#include "teamstore.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace steadyline::sync {

// The oldest and newest server schema a desk of this version works with.
inline constexpr int kMinimumServerSchema = 2;
[[nodiscard]] int newestServerSchema();

// Who the server takes the desk for, and the team's policy for notes.
struct ServerIdentity
{
    int schemaVersion = 0;
    QString login;
    QString role;
    QString team;
    bool noteTextLeavesDesk = false;
};

// Opens a QPSQL connection named `connectionName` (in the calling thread) with short timeouts
// and TCP keepalives, so a dead server is noticed. The password comes from `address` when it
// has one, else from libpq's password file. false with a plain, translated sentence (what went
// wrong, what to do) in `error`, and `unreachable` (when given) true when the network or the
// server is away, which waiting may cure, false for what a person must fix (password, certificate).
bool openServerConnection(const server::ServerAddress &address, const QString &connectionName, QString *error,
                          bool *unreachable = nullptr);

// The changes as push_changes takes them: a note's text is dropped unless the team shares it,
// and masked (journal::redact) when it does.
[[nodiscard]] QByteArray changesForServer(const std::vector<OutboxChange> &changes, bool shareNoteText);

// One conversation with the team server on an open connection: blocking, so for the sync
// worker's thread or the command line, never for the window's thread.
class TeamExchange
{
public:
    explicit TeamExchange(QSqlDatabase server);

    // Checks that this is a Steadyline server of a schema this desk knows and that the login
    // is a member; nullopt with a plain sentence otherwise.
    [[nodiscard]] std::optional<ServerIdentity> identify(QString *error);
    // Stores the changes (one transaction on the server; a change pushed before is skipped).
    // Returns how many were new, or nullopt with `error`.
    [[nodiscard]] std::optional<int> push(const std::vector<OutboxChange> &changes, bool shareNoteText, QString *error);
    [[nodiscard]] std::optional<std::vector<TeamChange>> pull(qint64 since, int maxRows, QString *error);
    // A cheap round trip; false when the connection is dead.
    [[nodiscard]] bool heartbeat();

private:
    QSqlDatabase m_server;
};

} // namespace steadyline::sync
