#include "journal/writequeue.h"

#include "journal/journallog.h"
#include "journal/sqliteerror.h"

#include <QCoreApplication>

namespace steadyline::journal {

namespace {

bool isDraftOf(const WriteOp &op, qint64 callId)
{
    if (const auto *save = std::get_if<SaveDraftOp>(&op))
        return save->callId == callId;
    if (const auto *clear = std::get_if<ClearDraftOp>(&op))
        return clear->callId == callId;
    return false;
}

// For the user: a waiting write had to be given up, and why. One sentence per kind of write, so
// each language can say it in its own grammar.
QString givenUp(const WriteOp &op, const QString &why)
{
    static constexpr const char *sentences[] = {
        QT_TRANSLATE_NOOP("steadyline::journal", "An earlier call start could not be saved: %1"),
        QT_TRANSLATE_NOOP("steadyline::journal", "An earlier timeline event could not be saved: %1"),
        QT_TRANSLATE_NOOP("steadyline::journal", "An earlier note could not be saved: %1"),
        QT_TRANSLATE_NOOP("steadyline::journal", "An earlier promise could not be saved: %1"),
        QT_TRANSLATE_NOOP("steadyline::journal", "An earlier promise status could not be saved: %1"),
        QT_TRANSLATE_NOOP("steadyline::journal", "An earlier draft could not be saved: %1"),
        QT_TRANSLATE_NOOP("steadyline::journal", "An earlier draft removal could not be saved: %1"),
        QT_TRANSLATE_NOOP("steadyline::journal", "An earlier call end could not be saved: %1"),
        QT_TRANSLATE_NOOP("steadyline::journal", "An earlier interruption could not be saved: %1"),
        QT_TRANSLATE_NOOP("steadyline::journal", "An earlier resumption could not be saved: %1"),
        QT_TRANSLATE_NOOP("steadyline::journal", "An earlier training attempt could not be saved: %1"),
    };
    static_assert(std::size(sentences) == std::variant_size_v<WriteOp>);
    return QCoreApplication::translate("steadyline::journal", sentences[op.index()]).arg(why);
}

} // namespace

WriteQueue::WriteQueue(const QSqlDatabase &db)
    : m_db(db)
{}

std::optional<qint64> WriteQueue::resolve(qint64 id) const
{
    if (id >= 0)
        return id;
    const auto it = m_written.find(id);
    if (it == m_written.end())
        return std::nullopt;
    return it->second;
}

WriteOutcome WriteQueue::execute(const WriteOp &op) const
{
    return executeWrite(m_db, op, [this](qint64 id) { return resolve(id); });
}

WriteQueue::FlushReport WriteQueue::flush()
{
    FlushReport report;
    const std::size_t waiting = m_queue.size();
    while (!m_queue.empty()) {
        PendingWrite &next = m_queue.front();
        const WriteOutcome outcome = execute(next.op);
        if (!outcome.ok && !isPermanent(outcome.code)) {
            report.drained = false;
            report.error = outcome.message;
            return report;
        }
        if (outcome.ok) {
            if (next.provisionalId != 0)
                m_written[next.provisionalId] = outcome.id;
        } else {
            journalLog()->error("a waiting {} could not be saved and was given up (code {})", opName(next.op),
                                outcome.code);
            report.given << givenUp(next.op, outcome.message);
            if (next.provisionalId != 0)
                m_written[next.provisionalId] = 0;
        }
        m_queue.pop_front();
    }
    if (waiting > 0)
        journalLog()->info("{} waiting writes are saved", waiting - static_cast<std::size_t>(report.given.size()));
    return report;
}

WriteResult WriteQueue::enqueue(WriteOp op, bool createsRow, const QString &why, WriteResult result)
{
    if (m_queue.size() >= kMaxPendingWrites) {
        result.error = why + QLatin1Char(' ') +
                       QCoreApplication::translate("steadyline::journal",
                                                   "Too many entries are waiting to be saved; this one was not kept.");
        journalLog()->error("the write queue is full ({} waiting); a {} was refused", m_queue.size(), opName(op));
        return result;
    }
    // Only the newest draft of a call matters.
    if (const auto *save = std::get_if<SaveDraftOp>(&op))
        std::erase_if(m_queue, [&](const PendingWrite &p) { return isDraftOf(p.op, save->callId); });
    else if (const auto *clear = std::get_if<ClearDraftOp>(&op))
        std::erase_if(m_queue, [&](const PendingWrite &p) { return isDraftOf(p.op, clear->callId); });
    PendingWrite pending{std::move(op), createsRow ? m_nextProvisional-- : 0};
    result.queued = true;
    result.id = pending.provisionalId;
    result.error = why + QLatin1Char(' ') +
                   QCoreApplication::translate("steadyline::journal",
                                               "It is kept in memory and will be saved as soon as the journal can be "
                                               "written again.");
    journalLog()->warn("a {} could not be written and waits in memory ({} waiting)", opName(pending.op),
                       m_queue.size() + 1);
    m_queue.push_back(std::move(pending));
    return result;
}

WriteResult WriteQueue::submit(WriteOp op, bool createsRow)
{
    WriteResult result;
    if (!m_queue.empty()) {
        const FlushReport report = flush();
        result.warning = report.given.join(QLatin1Char(' '));
        if (!report.drained)
            return enqueue(std::move(op), createsRow, report.error, result);
    }
    const WriteOutcome outcome = execute(op);
    if (outcome.ok) {
        result.ok = true;
        result.id = outcome.id;
        return result;
    }
    if (!isPermanent(outcome.code))
        return enqueue(std::move(op), createsRow, outcome.message, result);
    journalLog()->warn("a {} was refused (code {})", opName(op), outcome.code);
    result.error = outcome.message;
    return result;
}

} // namespace steadyline::journal
