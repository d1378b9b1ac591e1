#pragma once

#include <QString>

#include <sys/types.h>

namespace steadyline::journal {

// The journal is readable by its user alone: its folder is 0700 and its files 0600, made so
// before SQLite touches them, and it is never kept in another user's folder or file, nor opened
// through a link planted in its place. Each function's `error` is for the user to read.

// Makes `dir` exist with mode 0700, tightening an existing folder's group and other bits.
bool ensurePrivateFolder(const QString &dir, QString *error);

// Creates `file` with mode 0600 if it does not exist (so SQLite never creates it with the
// umask's mode) and tightens an existing one; fails if it cannot be opened for writing.
bool ensurePrivateFile(const QString &file, QString *error);

// SQLite gives its -wal and -shm files the database file's mode; this makes sure of it.
void tightenCompanionFiles(const QString &file);

// While SQLite opens and first writes the database, files it creates are private whatever the
// process umask is. (The umask is per process; for that moment other threads' new files are
// private too, which does no harm.) Scopes may overlap in several threads (two journals opened
// at once, e.g. a sync worker's and the window's): the umask is set by the first and restored
// by the last, never left at 077.
class PrivateUmask
{
public:
    PrivateUmask();
    ~PrivateUmask();
    PrivateUmask(const PrivateUmask &) = delete;
    PrivateUmask &operator=(const PrivateUmask &) = delete;
};

} // namespace steadyline::journal
