#pragma once

// The inside of a Journal, shared by the files that implement it. Not part of the API.
//
// Journal's work is spread over src/core/journal/ by concern:
//   journal.cpp            the facade: lifetime, the writes' checks, what the user asks for
//   opening.cpp            Journal::open: the connection, its pragmas, integrity, schema version,
//                          migration and the write check
//   permissions.cpp        the 0700 folder and 0600 files, never another user's or a link
//   damagedjournal.cpp     a damaged journal moved aside, never deleted
//   schema.cpp             the schema and its migrations
//   writes.cpp             each write as a value, and its SQL
//   writequeue.cpp         writes waiting in memory while the disk cannot take them, the retry
//   pendingwritesjson.cpp  waiting writes as JSON for a recovery file, and back
//   queries.cpp            the reads and the search
//   retention.cpp          deleting old calls
//   sqliteerror.cpp        SQLite's failures in the user's words
//   transaction.cpp        running a statement, a write in a transaction
// Every message for the user is translated (context "steadyline::journal"); the log is English
// and holds no customer text (journallog.h).
#include "journal/journal.h"
#include "journal/writequeue.h"

#include <QSqlDatabase>

namespace steadyline::journal {

struct Journal::Impl
{
    Impl() = default;
    ~Impl() { close(); }
    Impl(const Impl &) = delete;
    Impl &operator=(const Impl &) = delete;

    void close()
    {
        if (connection.isEmpty())
            return;
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
        connection.clear();
    }

    [[nodiscard]] QDateTime now() const { return clock->wallNow(); }

    // The real id for `id`; nullopt while a provisional id is still waiting to be written.
    [[nodiscard]] std::optional<qint64> resolve(qint64 id) const { return writes.resolve(id); }

    // --- opening (opening.cpp) -------------------------------------------------------------
    enum class Attempt { Ready, Corrupt, Failed };
    // Opens `file`, checks and configures it, and brings its schema up to date.
    Attempt connect(const OpenOptions &options, QString *error);
    Attempt migrate(int from, const OpenOptions &options, QString *error);

    QString connection;
    QSqlDatabase db;
    QString file;
    const Clock *clock = nullptr;
    bool fullTextSearch = true;
    QString recoveryMessage;
    QString movedAside;
    WriteQueue writes{db}; // writes through `db`, so it comes after it
};

} // namespace steadyline::journal
