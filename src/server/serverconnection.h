#pragma once

#include "serveraddress.h"

#include <QSqlDatabase>
#include <QString>

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

// The server's own words for a failed statement, without libpq's "ERROR:" prefix and context
// lines, followed by its hint when it gave one.
[[nodiscard]] QString serverErrorText(const QSqlError &error);

// The SQLSTATE of a failed statement ("42501" for a missing privilege), empty when unknown.
[[nodiscard]] QString sqlState(const QSqlError &error);

} // namespace steadyline::server
