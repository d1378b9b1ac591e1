#pragma once

#include "call/callsession.h"
#include "journal/journal.h"
#include "playbook/playbookloader.h"

#include <QObject>
#include <QString>

namespace steadyline {

// The journal's call record for a call started now on `setup` with the loaded `playbook` (its
// id, revision and the file's SHA-256, so the journal says which version guided the call).
[[nodiscard]] journal::CallStart callStartFor(const LoadResult &playbook, const CallSetup &setup, bool training);

// The setup to continue an interrupted call with: its channel, language, form of address and
// reference (the consultant's name and gender come from today's settings).
[[nodiscard]] CallSetup setupToContinue(const journal::CallRecord &interrupted, const Playbook &playbook);

// Writes one live call into the journal as it happens: the call record, every step entered
// and line said, the countdown's life, notes, promises, the text being typed, the outcome.
// Each write is committed at once, so a crash or power cut loses at most the typing of the
// last second. Write failures are reported, never swallowed; the journal keeps failed writes
// in memory and retries them.
class CallRecorder : public QObject
{
    Q_OBJECT

public:
    CallRecorder(journal::Journal &journal, CallSession &call, const journal::CallStart &start,
                 QObject *parent = nullptr);
    // Continues recording into an interrupted call, which the journal reopens.
    CallRecorder(journal::Journal &journal, CallSession &call, const journal::CallRecord &interrupted,
                 QObject *parent = nullptr);

    [[nodiscard]] qint64 callId() const { return m_callId; }
    [[nodiscard]] bool recording() const { return m_callId != 0; }
    // Whether the session's note or promise at `index` is in the journal (false while its write
    // waits in memory: a full disk, a read-only folder).
    [[nodiscard]] bool noteSaved(std::size_t index) const;
    [[nodiscard]] bool promiseSaved(std::size_t index) const;
    // The note being typed; the window calls this shortly after the last key press.
    void saveDraft(const QString &text);
    // A timeline event the window adds (a raised hand), now, on this call.
    void addTimelineEvent(const QString &kind, const QString &stepId, const QString &detail);

signals:
    // A write failed or had to wait in memory; `message` is for the consultant.
    void problem(const QString &message);

private:
    void follow(); // connects to the session's signals once the call id is known
    void recordNewTransitions();
    void check(const journal::WriteResult &result);

    journal::Journal &m_journal;
    CallSession &m_call;
    qint64 m_callId = 0;
    std::size_t m_transitionsRecorded = 0;
    std::size_t m_notesRecorded = 0;
    std::size_t m_promisesRecorded = 0;
    std::vector<qint64> m_noteIds; // as the journal answered: provisional (negative) while waiting
    std::vector<qint64> m_promiseIds;
    QString m_caseReference;
    QString m_lastLine; // the line on screen, recorded as said when the step is left
};

} // namespace steadyline
