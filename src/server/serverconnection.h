#pragma once

#include "serveraddress.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlError;

namespace steadyline::server {

// One connection to the team server through Qt's QPSQL driver, closed and removed when this
// object ends. Each object has a connection name of its own, so several may live in one process
// (and each stays in the thread that opened it, as Qt's SQL classes require).
class ServerConnection
{
public:
    ServerConnection();
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    // Connects; false with a plain sentence in `error` (what went wrong, what to do).
    bool open(const ServerAddress &address, QString *error);

    [[nodiscard]] QSqlDatabase database() const;

private:
    QString m_name;
};

// Why libpq refused a connection, told apart so that each audience (the admin's command line, a
// desk's window) can say in its own words what to do.
enum class ConnectionProblem {
    DriverMissing,      // Qt's QPSQL driver is not installed
    WrongLogin,         // wrong password, no password, or no such login
    NoDatabase,         // the server has no database of that name
    Certificate,        // TLS: the server's certificate could not be verified
    NotAllowedFromHere, // pg_hba.conf has no entry for this login from this address
    Unreachable,        // refused, timed out, no such host or socket
    Other,
};

// The kind of problem libpq's reason for a refused connection names.
[[nodiscard]] ConnectionProblem connectionProblemOf(const QString &reason);

// Adds the QPSQL connection `name` for `address` (its parameters after `options`) and opens it.
// False with libpq's own reason in `reason` (empty when the driver is missing) and the kind of
// problem in `problem`.
bool openPostgresConnection(const ServerAddress &address, const QString &name, const QStringList &options,
                            QString *reason, ConnectionProblem *problem);

// The server's own words for a failed statement, without libpq's "ERROR:" prefix and context
// lines, followed by its hint when it gave one.
[[nodiscard]] QString serverErrorText(const QSqlError &error);

// The SQLSTATE of a failed statement ("42501" for a missing privilege), empty when unknown.
[[nodiscard]] QString sqlState(const QSqlError &error);

} // namespace steadyline::server
