#pragma once

#include <QByteArray>
#include <QString>

namespace steadyline::server {

// The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802/7677, as
// PQencryptPasswordConn makes it): "SCRAM-SHA-256$4096:SALT$STOREDKEY:SERVERKEY". Made on the
// admin's machine, so the password itself never travels to the server. The password is
// normalised to NFKC, which is what SASLprep does to every password a person types.
[[nodiscard]] QString scramVerifier(const QString &password, const QByteArray &salt, int iterations = 4096);

// The same with a fresh random 16-byte salt.
[[nodiscard]] QString scramVerifier(const QString &password);

} // namespace steadyline::server
