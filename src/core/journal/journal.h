#pragma once

#include "common/clock.h"
#include "journal/schema.h"
#include "playbook/playbook.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace steadyline::journal {

// The file inside the data folder.
inline const QString kJournalFileName = QStringLiteral("journal.sqlite");

enum class PromiseStatus { Open, Kept, Cancelled };
[[nodiscard]] QString promiseStatusName(PromiseStatus status); // "open", "kept", "cancelled"
[[nodiscard]] std::optional<PromiseStatus> promiseStatusFromName(const QString &name);

// The timeline's kinds of event. The journal stores any kind; these are the ones the app writes.
inline const QString kTimelineStepEntered = QStringLiteral("step_entered");
inline const QString kTimelineLineSaid = QStringLiteral("line_said");
inline const QString kTimelineCountdownStarted = QStringLiteral("countdown_started");
inline const QString kTimelineCountdownAdjusted = QStringLiteral("countdown_adjusted");
inline const QString kTimelineCountdownCancelled = QStringLiteral("countdown_cancelled");
inline const QString kTimelineCountdownExpired = QStringLiteral("countdown_expired");
inline const QString kTimelineFinalAction = QStringLiteral("final_action");
inline const QString kTimelineInterrupted = QStringLiteral("interrupted"); // written by markInterrupted
inline const QString kTimelineResumed = QStringLiteral("resumed");         // written by resumeCall
// Issue #18: a raised hand (step id and title), taken down (detail kHandCancelled…), and the
// cool-down after an incident (detail: the planned seconds; at its end kCoolDownEnded…).
inline const QString kTimelineHandRaised = QStringLiteral("hand_raised");
inline const QString kTimelineHandCancelled = QStringLiteral("hand_cancelled");
inline const QString kTimelineCoolDownStarted = QStringLiteral("cooldown_started");
inline const QString kTimelineCoolDownEnded = QStringLiteral("cooldown_ended");
inline const QString kHandCancelledByConsultant = QStringLiteral("by_consultant");
inline const QString kHandCancelledCallEnded = QStringLiteral("call_ended");
inline const QString kCoolDownFinished = QStringLiteral("finished");
inline const QString kCoolDownSkipped = QStringLiteral("skipped");
inline const QString kCoolDownNewCall = QStringLiteral("new_call");
// The tag of the note written on the cool-down page, for the lead.
inline const QString kCoolDownNoteTag = QStringLiteral("cooldown");

// What is known when a call starts.
struct CallStart
{
    Channel channel = Channel::Phone;
    FormOfAddress address = FormOfAddress::FormalMale;
    QString caseReference;
    QString playbookId;
    int revision = 0;
    QString sha256; // of the playbook file
    QString locale;
    bool training = false;
};

struct CallRecord
{
    qint64 id = 0;
    QDateTime started;
    QDateTime ended; // invalid while the call is open
    Channel channel = Channel::Phone;
    FormOfAddress address = FormOfAddress::FormalMale;
    QString caseReference;
    QString playbookId;
    int revision = 0;
    QString sha256;
    QString locale;
    std::optional<CallOutcome> outcome; // none while the call is open (or was never ended)
    bool training = false;
};

struct TimelineEvent
{
    qint64 id = 0;
    qint64 callId = 0;
    QDateTime at;
    QString kind;
    QString stepId;
    QString detail;
};

struct Note
{
    qint64 id = 0;
    qint64 callId = 0;
    QDateTime at;
    QString text;
    QStringList tags;
};

struct Promise
{
    qint64 id = 0;
    qint64 callId = 0;
    QDateTime at; // when it was promised
    QString text;
    QString caseReference;
    QDateTime due; // invalid: no due time
    PromiseStatus status = PromiseStatus::Open;
    QDateTime keptAt; // valid once kept
};

struct Draft
{
    QString text;
    QDateTime updatedAt;
};

// One finished rehearsal (training mode), for the trainee's progress. It copies what the progress
// view shows, so it outlives its call record (see schema.cpp, version 2).
struct TrainingAttempt
{
    qint64 id = 0;
    qint64 callId = 0; // the rehearsal's call record (a call with training = true), 0 if none
    QString scenarioId;
    int scenarioRevision = 0;
    QString scenarioTitle;
    QString language;
    QDateTime finishedAt;
    int score = 0;
    int max = 0;
    int percent = 0;
    bool passed = false;
    QString mistakesJson; // JSON array [{turn, code, critical, message, advice}]
};

// What the journal knows of one caller reference (e.g. the number a softphone reported), shown
// when a call with it starts: "2 earlier calls, 1 open promise". Rehearsals do not count.
struct CallerHistory
{
    int calls = 0;
    int openPromises = 0;
    QDateTime lastCall; // invalid when there was none
};

struct CallQuery
{
    QDateTime since; // started at or after (invalid: no bound)
    QDateTime until; // started before (invalid: no bound)
    std::optional<CallOutcome> outcome;
    QString text; // words to find in notes, tags, promises and case references (all must occur)
    bool includeTraining = false;
    int limit = 500; // newest first (the order calls began); 0 = no limit
};

struct PromiseQuery
{
    std::optional<PromiseStatus> status;
    QDateTime dueBefore; // due strictly before (invalid: no bound)
    QDateTime dueAfter;  // due at or after (invalid: no bound)
    std::optional<qint64> callId;
    bool includeTraining = false;
};

// The result of a write. Every write is its own transaction: `ok` means it is committed
// durably. When the database cannot be written (disk full, read-only, locked, I/O error) the
// entry is not lost: it is kept in memory (`queued`), `error` says so in words the user can be
// shown, and it is written, in order, at the next write or flushPending().
struct WriteResult
{
    bool ok = false;
    bool queued = false;
    // The new row's id for beginCall, addNote and addPromise. While queued it is a provisional
    // negative id, which every method of Journal accepts and maps to the real one once written.
    qint64 id = 0;
    QString error;
    // Set when this write succeeded but an earlier queued write had to be given up.
    QString warning;

    explicit operator bool() const { return ok; }
};

template<typename T> struct Result
{
    T value{};
    QString error; // empty on success; otherwise words for the user

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

struct OpenOptions
{
    QString dataDir;
    const Clock *clock = nullptr;    // nullptr: the system clock
    int busyTimeoutMs = 3000;        // how long to wait for another program's lock
    bool allowFullTextSearch = true; // false: search by LIKE even if FTS5 exists (tests the fallback)
    // For commands that only read (exports): a damaged journal is an error, never moved aside
    // and replaced by an empty one (a script would publish an empty report), and a missing one
    // is not made. Recovery is left to the window.
    bool onlyToRead = false;
};

// The call journal: one SQLite database (WAL, foreign keys, synchronous=FULL) in the data
// folder, readable by the user alone. Not thread-safe: use it from the thread that opened it.
class Journal
{
public:
    // Opens (creating if needed) dataDir/journal.sqlite. The folder is made 0700 and the file
    // 0600 before SQLite touches it. A file that fails `PRAGMA quick_check` is moved aside to
    // journal.sqlite.corrupt-<time> (never deleted) and a new one started; recoveryMessage()
    // then says so. Returns nullptr with a plain-words `error` when the journal is locked,
    // unwritable, from a newer Steadyline, or cannot be created.
    [[nodiscard]] static std::unique_ptr<Journal> open(const QString &dataDir, QString *error,
                                                       const Clock &clock = SystemClock::instance());
    [[nodiscard]] static std::unique_ptr<Journal> open(const OpenOptions &options, QString *error);
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    [[nodiscard]] QString filePath() const;
    // Non-empty when a damaged journal was moved aside at open; for the user to read.
    [[nodiscard]] QString recoveryMessage() const;
    // The path the damaged file was moved to, if any.
    [[nodiscard]] QString movedAsidePath() const;
    // Whether search uses FTS5 (false: the LIKE fallback).
    [[nodiscard]] bool fullTextSearch() const;
    // The Qt Sql connection name (unique per Journal), for tests and diagnostics.
    [[nodiscard]] QString connectionName() const;

    // --- writes -----------------------------------------------------------------------------
    WriteResult beginCall(const CallStart &start);
    // `at` defaults to now.
    WriteResult addTimelineEvent(qint64 callId, const QString &kind, const QString &stepId = {},
                                 const QString &detail = {}, const QDateTime &at = {});
    WriteResult addNote(qint64 callId, const QString &text, const QStringList &tags = {});
    WriteResult addPromise(qint64 callId, const QString &text, const QString &caseReference, const QDateTime &due);
    WriteResult setPromiseStatus(qint64 promiseId, PromiseStatus status);
    // The text being typed; one per call, replaced by each save.
    WriteResult saveDraft(qint64 callId, const QString &text);
    WriteResult clearDraft(qint64 callId);
    // Ends an open or interrupted call.
    WriteResult endCall(qint64 callId, CallOutcome outcome);
    // For a call found unfinished at start: outcome "interrupted", its end the time of its last
    // recorded activity, an "interrupted" timeline event. Its draft is kept.
    WriteResult markInterrupted(qint64 callId);
    // Continues an interrupted call: open again, with a "resumed" timeline event.
    WriteResult resumeCall(qint64 callId);
    // Stores a finished rehearsal. `callId` may be provisional (its call still waiting to be
    // written), 0 for none, and must otherwise be a training call; a call that was given up
    // leaves the attempt without one rather than losing it. An invalid `finishedAt` means now;
    // an empty `mistakesJson` means no mistakes.
    WriteResult addTrainingAttempt(const TrainingAttempt &attempt);

    // Writes what is queued; ok when nothing is left waiting.
    WriteResult flushPending();
    [[nodiscard]] int pendingWrites() const;
    // The writes still waiting, as JSON, for a recovery file when the app must end before they
    // could be saved (a full disk at logout); restoreWrites() writes them at the next start, in
    // order, the rows they create getting real ids.
    [[nodiscard]] QByteArray pendingWritesJson() const;
    Result<int> restoreWrites(const QByteArray &json);
    // The real id for a provisional (negative) one once written; the id itself if not
    // provisional; 0 while still waiting.
    [[nodiscard]] qint64 resolveId(qint64 id) const;

    // --- reads (what is committed; queued writes are not seen until written) -----------------
    [[nodiscard]] Result<std::optional<CallRecord>> call(qint64 callId) const;
    [[nodiscard]] Result<std::vector<CallRecord>> calls(const CallQuery &query = {}) const;
    // Calls without an outcome, oldest first (at start: mark them interrupted).
    [[nodiscard]] Result<std::vector<CallRecord>> unfinishedCalls() const;
    [[nodiscard]] Result<std::vector<TimelineEvent>> timeline(qint64 callId) const;
    [[nodiscard]] Result<std::vector<Note>> notes(qint64 callId) const;
    // Ordered by due time (those without one last), then by id.
    [[nodiscard]] Result<std::vector<Promise>> promises(const PromiseQuery &query = {}) const;
    // The journal's clock: what overdue() and dueToday() reckon from (a test's clock in tests).
    [[nodiscard]] QDateTime now() const;
    // Open promises due from now until the end of today (local day of the clock).
    [[nodiscard]] Result<std::vector<Promise>> dueToday() const;
    // Open promises whose due time has passed.
    [[nodiscard]] Result<std::vector<Promise>> overdue() const;
    [[nodiscard]] Result<std::optional<Draft>> draft(qint64 callId) const;
    // Earlier calls and open promises with exactly this caller reference (none for an empty one).
    [[nodiscard]] Result<CallerHistory> callerHistory(const QString &caseReference) const;
    // Training attempts, oldest first (by when they finished, then id); all scenarios when
    // `scenarioId` is empty. Attempts are never part of calls(), promises() or the exports.
    [[nodiscard]] Result<std::vector<TrainingAttempt>> trainingAttempts(const QString &scenarioId = {}) const;

    // --- retention ----------------------------------------------------------------------------
    // Deletes calls started more than `days` days ago, with their timeline, notes, promises and
    // draft, except calls with an open promise (a rehearsal's promises hold nothing back). Returns
    // how many calls were deleted. Training attempts are kept (their callId becomes 0): a
    // trainee's progress outlives the calls.
    Result<int> deleteCallsOlderThan(int days);
    // The same, automatically at start, counted from the newest call when the clock says later:
    // a clock that jumped ahead (a wrong real-time clock, an NTP step) never empties the journal.
    Result<int> deleteCallsAtStart(int days);

private:
    struct Impl;
    explicit Journal(std::unique_ptr<Impl> impl);
    Result<int> deleteCallsBefore(const QDateTime &now, int days);
    std::unique_ptr<Impl> d;
};

} // namespace steadyline::journal
