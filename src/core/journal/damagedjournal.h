#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace steadyline::journal {

// A journal SQLite cannot read is never deleted: it is moved aside, with its companion files, to
// journal.sqlite.corrupt-<time>, and a new journal is started in its place.

// Whether `file` is empty or starts like an SQLite database. A file that does not is damaged;
// it is found before SQLite opens it, because SQLite, finding no database, would delete a
// -wal file beside it that may hold the last commits.
[[nodiscard]] bool hasSqliteHeader(const QString &file);

struct MovedAside
{
    QString path;    // where the damaged file is now
    QString message; // for the user: what happened and where the file is
};

// Moves the damaged `file` and its -wal, -shm and -journal files to
// <file>.corrupt-<time>[-wal|-shm|-journal]; none, with `error` set, if that failed.
[[nodiscard]] std::optional<MovedAside> moveAside(const QString &file, const QDateTime &now, QString *error);

} // namespace steadyline::journal
