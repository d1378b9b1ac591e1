#pragma once

#include "serveraddress.h"

#include <QByteArray>
#include <QString>

namespace steadyline::sync {

// A desk's password lives where libpq itself looks for it: $PGPASSFILE, else ~/.pgpass, written
// 0600 (libpq ignores a file others may read). Never in the settings file or the log. The entry
// matches the address's host, port, database and login exactly, so other entries stay untouched.
[[nodiscard]] QString passwordFilePath();

// Adds or replaces the entry for `address` (its user is the login). false with a plain sentence
// in `error` when the file cannot be written; the file is then left as it was.
bool storePassword(const server::ServerAddress &address, const QString &password, QString *error);

// Removes the entry for `address` (leaving a team); true when there was none.
bool removePassword(const server::ServerAddress &address, QString *error);

// The file as it is now, so that a join failing after the password was stored can put it back.
struct PasswordFileSnapshot
{
    bool existed = false;
    QByteArray content;
};
[[nodiscard]] PasswordFileSnapshot snapshotPasswordFile();
bool restorePasswordFile(const PasswordFileSnapshot &snapshot, QString *error);

} // namespace steadyline::sync
