#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace steadyline::server {

// Where the team server is and how to reach it, read from a libpq-style URL:
//   postgresql://LOGIN@HOST:PORT/DATABASE?sslmode=verify-full&sslrootcert=/path/ca.crt
//   postgresql:///DATABASE?host=/run/postgresql&user=postgres   (a Unix socket)
// Qt's QPSQL driver takes the parts one by one, so the URL is taken apart here.
struct ServerAddress
{
    QString host; // a name, an address or a socket folder; empty: libpq's default
    int port = -1;
    QString database;
    QString user;
    QString password;       // only when the URL carries one (better: ~/.pgpass or a prompt)
    QStringList parameters; // other libpq settings, "key=value" each (sslmode, sslrootcert, ...)

    // The URL again, without any password: for messages and status lines.
    [[nodiscard]] QString displayText() const;
};

// The address in `url`, or nullopt with the reason in `error`.
[[nodiscard]] std::optional<ServerAddress> parseServerUrl(const QString &url, QString *error);

} // namespace steadyline::server
