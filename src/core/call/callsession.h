#pragma once

#include "playbook/playbookengine.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace steadyline {

struct CallNote
{
    QDateTime at;
    QString text;
    QStringList tags; // quick tags: "insult", "threat", "asked_for_manager", "moment"
};

struct CallPromise
{
    QDateTime at;
    QString text;
    QDateTime due; // invalid: no due time
};

// What the window shows after a call, and what the journal will store.
struct CallSummary
{
    QDateTime started;
    QDateTime ended;
    Channel channel = Channel::Phone;
    QString playbookId;
    int playbookRevision = 0;
    CallOutcome outcome = CallOutcome::Interrupted;
    QString finalStepTitle;
    // Ended during the final warning (a countdown step) or at step 3½ (hang up, call security):
    // with the consultant's ending, what makes the call an incident (call/incidentrule.h).
    bool endedAtMethodEnd = false;
    std::vector<TransitionRecord> timeline;
    std::vector<CallNote> notes;
    std::vector<CallPromise> promises;
};

// What the consultant must do when the call reaches its end in a final step: the playbook's
// `finalAction`, read for the channel (hanging up in person means ending the conversation).
enum class FinalPrompt { None, HangUp, EndConversation, CallSecurity, HandOver, Finished };

// One live call: the engine plus what a consultant does around it (choosing a phrasing,
// stopping or adjusting the countdown, notes, promises, ending). Lives in the core so the window
// holds no logic and every path is testable without a display. The countdown is polled on a
// short timer against the engine's monotonic clock, so it keeps exact time in the background.
class CallSession : public QObject
{
    Q_OBJECT

public:
    CallSession(std::shared_ptr<const Playbook> playbook, CallSetup setup, const Clock &clock = SystemClock::instance(),
                QObject *parent = nullptr);

    void start();

    // The playbook's event; false if it leads nowhere from here.
    bool fire(const QString &event);
    // The main forward action of the current step (F5): the first available event whose role is
    // `next` (see Playbook::eventsWithRole). Empty when there is none.
    [[nodiscard]] QString primaryEvent() const;
    // Whether the primary event leads into a timed step (3 → 3½): a remote "start the countdown"
    // takes it then, and only then.
    [[nodiscard]] bool primaryEventStartsCountdown() const;
    // The path so far as the method names the steps ("1", "2", "3", "3½"), undone steps taken
    // back and repeats of one label (the countdown and the hang-up are both "3½") shown once.
    [[nodiscard]] QStringList methodPath() const;
    // The event F6, the tray and the global shortcut fire here: the available event whose role is
    // `calmed`. Empty when there is none.
    [[nodiscard]] QString calmEvent() const;
    [[nodiscard]] bool canCalm() const;
    bool calm();
    // In a timed step: act now instead of waiting for zero.
    bool proceedNow();
    bool undo();
    [[nodiscard]] bool canUndo() const;

    void nextPhrasing();
    [[nodiscard]] int phrasingIndex() const { return m_phrasing; }
    [[nodiscard]] QString currentLine() const;

    [[nodiscard]] bool countdownRunning() const;
    [[nodiscard]] std::optional<std::chrono::milliseconds> countdownRemaining() const;
    [[nodiscard]] int countdownDurationMs() const;
    void stopCountdown();
    // What was left when the countdown was stopped (so the display does not look reset).
    [[nodiscard]] std::optional<std::chrono::milliseconds> stoppedWith() const { return m_stoppedWith; }
    // Changes the countdown by `deltaMs` within the playbook's bounds.
    void adjustCountdown(int deltaMs);

    void addNote(const QString &text, const QStringList &tags = {});
    // A quick tag: one key records that it happened, now (the text is the tag's label).
    void addTaggedMoment(const QString &tag, const QString &label);
    void addPromise(const QString &text, const QDateTime &due = {});
    [[nodiscard]] const std::vector<CallNote> &notes() const { return m_summary.notes; }
    [[nodiscard]] const std::vector<CallPromise> &promises() const { return m_summary.promises; }
    // Whether the current step asks for a promise to be recorded.
    [[nodiscard]] QString promisePrompt() const;

    // Ends the call; in a final step its outcome is the playbook's, otherwise `outcome`.
    void end(CallOutcome outcome = CallOutcome::EndedByConsultant);
    [[nodiscard]] bool ended() const { return m_ended; }
    [[nodiscard]] bool reachedFinalStep() const { return m_engine.finished(); }
    [[nodiscard]] FinalPrompt finalPrompt() const;

    [[nodiscard]] const StepView &step() const { return m_engine.current(); }
    [[nodiscard]] const PlaybookEngine &engine() const { return m_engine; }
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    [[nodiscard]] QStringList otherEvents() const; // available events besides primary and calm
    [[nodiscard]] QString eventLabel(const QString &event) const;
    [[nodiscard]] CallSummary summary() const;

    // Checks the countdown now (the internal timer calls this; tests may too).
    void poll();

signals:
    void stepChanged();
    void countdownTick();
    void countdownExpired();
    void countdownAdjusted(int durationMs);
    void countdownStopped();
    void promiseRecorded();
    void noteAdded();
    // The call is about to end (the outcome not yet set): what must be recorded before the end
    // (a raised hand taken down) is written now.
    void aboutToEnd();
    void callEnded();

private:
    void afterTransition();

    PlaybookEngine m_engine;
    const Clock &m_clock;
    QTimer m_ticker;
    int m_phrasing = 0;
    std::optional<std::chrono::milliseconds> m_stoppedWith;
    bool m_ended = false;
    CallSummary m_summary;
};

// The event ids of the shipped 3.5-step playbooks (the keys follow the events' roles, not these).
inline const QString kEventNoChange = QStringLiteral("no_change");
inline const QString kEventNext = QStringLiteral("next");
inline const QString kEventCalmed = QStringLiteral("calmed");

} // namespace steadyline
