// The Journal facade: its lifetime, what it says of itself, and the writes, each checked and
// handed to the write queue. Where the rest is: journal_p.h.
#include "journal/journal.h"

#include "journal/journal_p.h"
#include "journal/journallog.h"
#include "journal/timestamp.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace steadyline::journal {

namespace {

QString tagsToJson(const QStringList &tags)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

// A write refused before it reaches the database.
WriteResult refused(const QString &why)
{
    WriteResult result;
    result.error = why;
    return result;
}

} // namespace

QString promiseStatusName(PromiseStatus status)
{
    switch (status) {
    case PromiseStatus::Open: return QStringLiteral("open");
    case PromiseStatus::Kept: return QStringLiteral("kept");
    case PromiseStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<PromiseStatus> promiseStatusFromName(const QString &name)
{
    for (PromiseStatus status : {PromiseStatus::Open, PromiseStatus::Kept, PromiseStatus::Cancelled}) {
        if (promiseStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

Journal::Journal(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{}

Journal::~Journal()
{
    if (!d->writes.empty()) {
        d->writes.flush();
        if (!d->writes.empty())
            journalLog()->error("{} writes could not be saved before the journal was closed", d->writes.size());
    }
}

QString Journal::filePath() const
{
    return d->file;
}

QString Journal::recoveryMessage() const
{
    return d->recoveryMessage;
}

QString Journal::movedAsidePath() const
{
    return d->movedAside;
}

bool Journal::fullTextSearch() const
{
    return d->fullTextSearch;
}

QString Journal::connectionName() const
{
    return d->connection;
}

WriteResult Journal::beginCall(const CallStart &start)
{
    const QDateTime now = d->now();
    return d->writes.submit(BeginCallOp{start, isoTimestamp(now), now.toMSecsSinceEpoch()}, true);
}

WriteResult Journal::addTimelineEvent(qint64 callId, const QString &kind, const QString &stepId, const QString &detail,
                                      const QDateTime &at)
{
    if (kind.isEmpty())
        return refused(QCoreApplication::translate("steadyline::journal", "A timeline event needs a kind."));
    return d->writes.submit(TimelineOp{callId, isoTimestamp(at.isValid() ? at : d->now()), kind, stepId, detail},
                            false);
}

WriteResult Journal::addNote(qint64 callId, const QString &text, const QStringList &tags)
{
    if (text.trimmed().isEmpty() && tags.isEmpty())
        return refused(QCoreApplication::translate("steadyline::journal", "An empty note is not saved."));
    return d->writes.submit(NoteOp{callId, isoTimestamp(d->now()), text, tagsToJson(tags)}, true);
}

WriteResult Journal::addPromise(qint64 callId, const QString &text, const QString &caseReference, const QDateTime &due)
{
    if (text.trimmed().isEmpty())
        return refused(
            QCoreApplication::translate("steadyline::journal", "A promise needs a text: what was promised."));
    PromiseOp op{callId, isoTimestamp(d->now()), text, caseReference, isoTimestamp(due), std::nullopt};
    if (due.isValid())
        op.dueMs = due.toMSecsSinceEpoch();
    return d->writes.submit(std::move(op), true);
}

WriteResult Journal::setPromiseStatus(qint64 promiseId, PromiseStatus status)
{
    return d->writes.submit(PromiseStatusOp{promiseId, status, isoTimestamp(d->now())}, false);
}

WriteResult Journal::saveDraft(qint64 callId, const QString &text)
{
    return d->writes.submit(SaveDraftOp{callId, text, isoTimestamp(d->now())}, false);
}

WriteResult Journal::clearDraft(qint64 callId)
{
    return d->writes.submit(ClearDraftOp{callId}, false);
}

WriteResult Journal::endCall(qint64 callId, CallOutcome outcome)
{
    return d->writes.submit(EndCallOp{callId, outcome, isoTimestamp(d->now())}, false);
}

WriteResult Journal::markInterrupted(qint64 callId)
{
    return d->writes.submit(InterruptOp{callId, isoTimestamp(d->now())}, false);
}

WriteResult Journal::resumeCall(qint64 callId)
{
    return d->writes.submit(ResumeOp{callId, isoTimestamp(d->now())}, false);
}

WriteResult Journal::addTrainingAttempt(const TrainingAttempt &attempt)
{
    if (attempt.scenarioId.trimmed().isEmpty())
        return refused(
            QCoreApplication::translate("steadyline::journal", "A training attempt needs the id of its scenario."));
    if (attempt.percent < 0 || attempt.percent > 100)
        return refused(QCoreApplication::translate("steadyline::journal",
                                                   "A training attempt's percentage must be between 0 and 100."));
    const QDateTime finished = attempt.finishedAt.isValid() ? attempt.finishedAt : d->now();
    return d->writes.submit(TrainingAttemptOp{attempt, isoTimestamp(finished), finished.toMSecsSinceEpoch()}, true);
}

WriteResult Journal::flushPending()
{
    WriteResult result;
    const WriteQueue::FlushReport report = d->writes.flush();
    result.ok = report.drained;
    result.queued = !report.drained;
    result.warning = report.given.join(QLatin1Char(' '));
    if (!report.drained) {
        // A plain variable: lupdate misses a translate() whose count is a cast.
        const int waiting = static_cast<int>(d->writes.size());
        result.error = report.error + QLatin1Char(' ') +
                       QCoreApplication::translate("steadyline::journal", "%n entries are still waiting to be saved.",
                                                   nullptr, waiting);
    }
    return result;
}

int Journal::pendingWrites() const
{
    return static_cast<int>(d->writes.size());
}

qint64 Journal::resolveId(qint64 id) const
{
    return d->resolve(id).value_or(0);
}

} // namespace steadyline::journal
