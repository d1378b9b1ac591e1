#pragma once

#include "journal/journal.h"
#include "journal/writes.h"

#include <QStringList>

#include <deque>
#include <optional>
#include <unordered_map>

class QSqlDatabase;

namespace steadyline::journal {

// One write waiting in memory.
struct PendingWrite
{
    WriteOp op;
    qint64 provisionalId = 0; // for a write that creates a row
};

// Every write goes through here. When the database cannot take it (disk full, read-only,
// locked, an I/O error) it waits in memory, in order, and is retried before the next write or at
// flush(); a write that creates a row gets a provisional negative id at once, which later writes
// may refer to and resolve() maps to the real one once written. A write that can never succeed
// (a constraint, a call that is not there) is refused, or given up if it was waiting.
class WriteQueue
{
public:
    // At most this many writes wait in memory.
    static constexpr std::size_t kMaxPendingWrites = 10000;

    // `db` is the journal's connection; it may be opened after the queue is made.
    explicit WriteQueue(const QSqlDatabase &db);

    // Writes `op` (after what waits) or keeps it waiting; `createsRow` gives it a provisional id.
    WriteResult submit(WriteOp op, bool createsRow);

    struct FlushReport
    {
        bool drained = true;
        QString error;     // why the queue could not be written (it stays)
        QStringList given; // writes dropped because they can never succeed, for the user
    };
    // Writes what waits, in order, until one fails for a reason that may pass.
    FlushReport flush();

    // The real id for `id`; none while a provisional id is still waiting to be written (0 when
    // its write was given up).
    [[nodiscard]] std::optional<qint64> resolve(qint64 id) const;

    [[nodiscard]] const std::deque<PendingWrite> &pending() const { return m_queue; }
    [[nodiscard]] std::size_t size() const { return m_queue.size(); }
    [[nodiscard]] bool empty() const { return m_queue.empty(); }

private:
    WriteOutcome execute(const WriteOp &op) const;
    WriteResult enqueue(WriteOp op, bool createsRow, const QString &why, WriteResult result);

    const QSqlDatabase &m_db;
    std::deque<PendingWrite> m_queue;
    qint64 m_nextProvisional = -1;
    std::unordered_map<qint64, qint64> m_written; // provisional id → real id (0: given up)
};

} // namespace steadyline::journal
