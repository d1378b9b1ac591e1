#include "journal/writes.h"

#include "journal/timestamp.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <iterator>

namespace steadyline::journal {

namespace {

QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

WriteOutcome unknownCall()
{
    return WriteOutcome::refusal(
        QCoreApplication::translate("steadyline::journal", "That call is not in the journal."));
}

WriteOutcome waitingCall()
{
    return WriteOutcome::refusal(QCoreApplication::translate(
        "steadyline::journal", "The call this belongs to could not be saved, so neither can this."));
}

// Why an UPDATE of a call touched no row.
WriteOutcome callNotChanged(QSqlQuery &q, qint64 callId, const QString &why)
{
    if (!runStatement(q, QStringLiteral("SELECT 1 FROM calls WHERE id = ?"), {callId}))
        return WriteOutcome::failure(q.lastError());
    return q.next() ? WriteOutcome::refusal(why) : unknownCall();
}

// The SQL of each write, one transaction each (a visitor of WriteOp).
class Writer
{
public:
    Writer(const QSqlDatabase &db, const ResolveId &resolve)
        : m_db(db)
        , m_resolve(resolve)
    {}

    WriteOutcome operator()(const BeginCallOp &op) const
    {
        return inTransaction(m_db, [&](QSqlQuery &q) {
            const CallStart &s = op.start;
            if (!runStatement(q,
                              QStringLiteral("INSERT INTO calls (started, started_ms, channel, address, "
                                             "case_reference, playbook_id, playbook_revision, playbook_sha256, locale, "
                                             "training) VALUES (?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, "
                                             "COALESCE(?, ''), COALESCE(?, ''), ?)"),
                              {op.at, op.atMs, channelName(s.channel), formOfAddressName(s.address), s.caseReference,
                               s.playbookId, s.revision, s.sha256, s.locale, s.training ? 1 : 0}))
                return WriteOutcome::failure(q.lastError());
            return WriteOutcome::success(q.lastInsertId().toLongLong());
        });
    }

    WriteOutcome operator()(const TimelineOp &op) const
    {
        const auto callId = m_resolve(op.callId);
        if (!callId)
            return waitingCall();
        return inTransaction(m_db, [&](QSqlQuery &q) {
            if (!runStatement(q,
                              QStringLiteral("INSERT INTO timeline (call_id, at, kind, step_id, detail) "
                                             "VALUES (?, ?, ?, COALESCE(?, ''), COALESCE(?, ''))"),
                              {*callId, op.at, op.kind, op.stepId, op.detail}))
                return WriteOutcome::failure(q.lastError());
            return WriteOutcome::success(q.lastInsertId().toLongLong());
        });
    }

    WriteOutcome operator()(const NoteOp &op) const
    {
        const auto callId = m_resolve(op.callId);
        if (!callId)
            return waitingCall();
        return inTransaction(m_db, [&](QSqlQuery &q) {
            if (!runStatement(q, QStringLiteral("INSERT INTO notes (call_id, at, text, tags) VALUES (?, ?, ?, ?)"),
                              {*callId, op.at, op.text, op.tagsJson}))
                return WriteOutcome::failure(q.lastError());
            return WriteOutcome::success(q.lastInsertId().toLongLong());
        });
    }

    WriteOutcome operator()(const PromiseOp &op) const
    {
        const auto callId = m_resolve(op.callId);
        if (!callId)
            return waitingCall();
        return inTransaction(m_db, [&](QSqlQuery &q) {
            if (!runStatement(q,
                              QStringLiteral("INSERT INTO promises (call_id, at, text, case_reference, due, due_ms) "
                                             "VALUES (?, ?, ?, COALESCE(?, ''), ?, ?)"),
                              {*callId, op.at, op.text, op.caseReference, optionalText(op.due),
                               op.dueMs ? QVariant(*op.dueMs) : QVariant()}))
                return WriteOutcome::failure(q.lastError());
            return WriteOutcome::success(q.lastInsertId().toLongLong());
        });
    }

    WriteOutcome operator()(const PromiseStatusOp &op) const
    {
        const auto promiseId = m_resolve(op.promiseId);
        if (!promiseId)
            return WriteOutcome::refusal(QCoreApplication::translate(
                "steadyline::journal", "That promise could not be saved, so its status cannot be set."));
        return inTransaction(m_db, [&](QSqlQuery &q) {
            const bool kept = op.status == PromiseStatus::Kept;
            if (!runStatement(q,
                              QStringLiteral("UPDATE promises SET status = ?, kept_at = ?, status_at = ? WHERE id = ?"),
                              {promiseStatusName(op.status), kept ? QVariant(op.at) : QVariant(), op.at, *promiseId}))
                return WriteOutcome::failure(q.lastError());
            if (q.numRowsAffected() == 0)
                return WriteOutcome::refusal(
                    QCoreApplication::translate("steadyline::journal", "That promise is not in the journal."));
            return WriteOutcome::success(*promiseId);
        });
    }

    WriteOutcome operator()(const SaveDraftOp &op) const
    {
        const auto callId = m_resolve(op.callId);
        if (!callId)
            return waitingCall();
        return inTransaction(m_db, [&](QSqlQuery &q) {
            if (!runStatement(q,
                              QStringLiteral("INSERT INTO drafts (call_id, text, updated_at) VALUES (?, "
                                             "COALESCE(?, ''), ?) ON CONFLICT (call_id) DO UPDATE SET text = "
                                             "excluded.text, updated_at = excluded.updated_at"),
                              {*callId, op.text, op.at}))
                return WriteOutcome::failure(q.lastError());
            return WriteOutcome::success();
        });
    }

    WriteOutcome operator()(const ClearDraftOp &op) const
    {
        const auto callId = m_resolve(op.callId);
        if (!callId)
            return waitingCall();
        return inTransaction(m_db, [&](QSqlQuery &q) {
            if (!runStatement(q, QStringLiteral("DELETE FROM drafts WHERE call_id = ?"), {*callId}))
                return WriteOutcome::failure(q.lastError());
            return WriteOutcome::success();
        });
    }

    WriteOutcome operator()(const EndCallOp &op) const
    {
        const auto callId = m_resolve(op.callId);
        if (!callId)
            return waitingCall();
        return inTransaction(m_db, [&](QSqlQuery &q) {
            if (!runStatement(q,
                              QStringLiteral("UPDATE calls SET outcome = ?, ended = ? WHERE id = ? "
                                             "AND (outcome IS NULL OR outcome = 'interrupted')"),
                              {callOutcomeName(op.outcome), op.at, *callId}))
                return WriteOutcome::failure(q.lastError());
            if (q.numRowsAffected() == 0)
                return callNotChanged(
                    q, *callId, QCoreApplication::translate("steadyline::journal", "That call has already ended."));
            return WriteOutcome::success(*callId);
        });
    }

    WriteOutcome operator()(const InterruptOp &op) const
    {
        const auto callId = m_resolve(op.callId);
        if (!callId)
            return waitingCall();
        return inTransaction(m_db, [&](QSqlQuery &q) {
            // The call ended, as far as anyone knows, at its last recorded activity.
            if (!runStatement(q,
                              QStringLiteral("SELECT at FROM timeline WHERE call_id = ? UNION ALL "
                                             "SELECT at FROM notes WHERE call_id = ? UNION ALL "
                                             "SELECT at FROM promises WHERE call_id = ? UNION ALL "
                                             "SELECT updated_at FROM drafts WHERE call_id = ? UNION ALL "
                                             "SELECT started FROM calls WHERE id = ?"),
                              {*callId, *callId, *callId, *callId, *callId}))
                return WriteOutcome::failure(q.lastError());
            QString last;
            QDateTime lastTime;
            while (q.next()) {
                const QString text = q.value(0).toString();
                const QDateTime time = parseTimestamp(text);
                if (time.isValid() && (!lastTime.isValid() || time > lastTime)) {
                    lastTime = time;
                    last = text;
                }
            }
            if (!runStatement(q,
                              QStringLiteral("UPDATE calls SET outcome = 'interrupted', ended = ? "
                                             "WHERE id = ? AND outcome IS NULL"),
                              {last, *callId}))
                return WriteOutcome::failure(q.lastError());
            if (q.numRowsAffected() == 0)
                return callNotChanged(
                    q, *callId, QCoreApplication::translate("steadyline::journal", "That call is not unfinished."));
            if (!runStatement(q,
                              QStringLiteral("INSERT INTO timeline (call_id, at, kind, detail) "
                                             "VALUES (?, ?, 'interrupted', 'found unfinished at start')"),
                              {*callId, op.at}))
                return WriteOutcome::failure(q.lastError());
            return WriteOutcome::success(*callId);
        });
    }

    WriteOutcome operator()(const ResumeOp &op) const
    {
        const auto callId = m_resolve(op.callId);
        if (!callId)
            return waitingCall();
        return inTransaction(m_db, [&](QSqlQuery &q) {
            if (!runStatement(q,
                              QStringLiteral("UPDATE calls SET outcome = NULL, ended = NULL "
                                             "WHERE id = ? AND outcome = 'interrupted'"),
                              {*callId}))
                return WriteOutcome::failure(q.lastError());
            if (q.numRowsAffected() == 0)
                return callNotChanged(
                    q, *callId,
                    QCoreApplication::translate("steadyline::journal", "Only an interrupted call can be continued."));
            if (!runStatement(q, QStringLiteral("INSERT INTO timeline (call_id, at, kind) VALUES (?, ?, 'resumed')"),
                              {*callId, op.at}))
                return WriteOutcome::failure(q.lastError());
            return WriteOutcome::success(*callId);
        });
    }

    WriteOutcome operator()(const TrainingAttemptOp &op) const
    {
        QVariant callId; // NULL: the attempt has no call record
        if (op.attempt.callId != 0) {
            const auto resolved = m_resolve(op.attempt.callId);
            if (!resolved)
                return waitingCall();
            // 0: its call had to be given up; the score is still worth keeping without it.
            if (*resolved != 0)
                callId = *resolved;
        }
        const TrainingAttempt &a = op.attempt;
        return inTransaction(m_db, [&](QSqlQuery &q) {
            if (!runStatement(q,
                              QStringLiteral("INSERT INTO training_attempts (call_id, scenario_id, scenario_revision, "
                                             "scenario_title, language, finished_at, finished_ms, score, max_score, "
                                             "percent, passed, mistakes) VALUES (?, ?, ?, COALESCE(?, ''), "
                                             "COALESCE(?, ''), ?, ?, ?, ?, ?, ?, ?)"),
                              {callId, a.scenarioId, a.scenarioRevision, a.scenarioTitle, a.language, op.finishedAt,
                               op.finishedMs, a.score, a.max, a.percent, a.passed ? 1 : 0,
                               a.mistakesJson.trimmed().isEmpty() ? QStringLiteral("[]") : a.mistakesJson}))
                return WriteOutcome::failure(q.lastError());
            return WriteOutcome::success(q.lastInsertId().toLongLong());
        });
    }

private:
    const QSqlDatabase &m_db;
    const ResolveId &m_resolve;
};

} // namespace

const char *opName(const WriteOp &op)
{
    static constexpr const char *names[] = {
        "call start",    "timeline event", "note",         "promise",    "promise status",  "draft",
        "draft removal", "call end",       "interruption", "resumption", "training attempt"};
    static_assert(std::size(names) == std::variant_size_v<WriteOp>);
    return names[op.index()];
}

WriteOutcome executeWrite(const QSqlDatabase &db, const WriteOp &op, const ResolveId &resolve)
{
    return std::visit(Writer(db, resolve), op);
}

} // namespace steadyline::journal
