#pragma once

#include "journal/journal.h"
#include "journal/transaction.h"

#include <functional>
#include <optional>
#include <variant>

class QSqlDatabase;

namespace steadyline::journal {

// The journal's writes, as values, so a write the database cannot take yet can wait in memory
// (writequeue.h) or in a recovery file (pendingwritesjson.cpp). Times are stamped when the user
// acted, not when the write reaches the disk. An id below zero is provisional: its row is still
// waiting to be written.

struct BeginCallOp
{
    CallStart start;
    QString at;
    qint64 atMs = 0;
};
struct TimelineOp
{
    qint64 callId = 0;
    QString at, kind, stepId, detail;
};
struct NoteOp
{
    qint64 callId = 0;
    QString at, text, tagsJson;
};
struct PromiseOp
{
    qint64 callId = 0;
    QString at, text, caseReference, due;
    std::optional<qint64> dueMs;
};
struct PromiseStatusOp
{
    qint64 promiseId = 0;
    PromiseStatus status = PromiseStatus::Open;
    QString at;
};
struct SaveDraftOp
{
    qint64 callId = 0;
    QString text, at;
};
struct ClearDraftOp
{
    qint64 callId = 0;
};
struct EndCallOp
{
    qint64 callId = 0;
    CallOutcome outcome = CallOutcome::EndedByConsultant;
    QString at;
};
struct InterruptOp
{
    qint64 callId = 0;
    QString at;
};
struct ResumeOp
{
    qint64 callId = 0;
    QString at;
};
struct TrainingAttemptOp
{
    TrainingAttempt attempt;
    QString finishedAt;
    qint64 finishedMs = 0;
};
// The order is kept in recovery files (their "kind"): new kinds go at the end.
using WriteOp = std::variant<BeginCallOp, TimelineOp, NoteOp, PromiseOp, PromiseStatusOp, SaveDraftOp, ClearDraftOp,
                             EndCallOp, InterruptOp, ResumeOp, TrainingAttemptOp>;

// The kind of write in English, for the log and recovery files: "note", "call end", ….
[[nodiscard]] const char *opName(const WriteOp &op);

// The real id for a provisional one; none while its write still waits.
using ResolveId = std::function<std::optional<qint64>(qint64)>;

// Runs one write in a transaction of its own.
WriteOutcome executeWrite(const QSqlDatabase &db, const WriteOp &op, const ResolveId &resolve);

} // namespace steadyline::journal
