#pragma once

#include "common/clock.h"
#include "messagetemplate.h"
#include "playbook.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace steadyline {

struct CallSetup
{
    Channel channel = Channel::Phone;
    QString locale; // empty: the playbook's base locale
    RenderContext render;
};

// An action of a step, with its text rendered for this call.
struct RenderedAction
{
    ActionType type = ActionType::LogEvent;
    QString eventCode;
    QString text;
    QString reason;
    bool urgent = false;
    CallOutcome outcome = CallOutcome::EndedByConsultant;
    FinalAction finalAction = FinalAction::HangUp;
};

struct TimerSpec
{
    int minMs = 0;
    int maxMs = 0;
    int defaultMs = 0;
};

// What the consultant sees in a step: everything already rendered for this call.
struct StepView
{
    QString stepId;
    QString label;
    QString title;
    QStringList say; // alternatives
    QStringList tips;
    std::optional<TimerSpec> timer;
    std::vector<RenderedAction> actions;
    bool isFinal = false;
    int position = 0; // 1-based index of the step in the playbook
    int stepCount = 0;
};

enum class TransitionCause { Start, Event, TimerExpired, Undo };

// One entry of the call's timeline, for the journal.
struct TransitionRecord
{
    TransitionCause cause = TransitionCause::Start;
    QString fromStep; // empty at the start
    QString toStep;
    QString event; // the event, or empty
    std::chrono::milliseconds monotonic{0};
    QDateTime wallTime;
};

enum class FireResult {
    Moved,         // a transition was taken
    UnknownEvent,  // the playbook declares no such event
    NotApplicable, // declared, but no transition for it in this step and channel
    CallFinished   // the call is in a final step
};

// Walks one call through a playbook. Pure logic: it runs no timers itself but says which timer
// to run and when it expires; the caller (the window, the simulator, a test) asks `poll()`.
class PlaybookEngine
{
public:
    PlaybookEngine(std::shared_ptr<const Playbook> playbook, CallSetup setup,
                   const Clock &clock = SystemClock::instance());

    const StepView &start();

    FireResult fire(const QString &event);
    // Expires the current step's timer now, whatever its deadline. False if it has none.
    bool expireTimer();
    // Expires the timer if its deadline has passed. True if a transition was taken.
    bool poll();
    // Sets the running timer's duration, clamped to the step's bounds; returns the value used.
    std::optional<int> adjustTimer(int durationMs);
    void cancelTimer();
    [[nodiscard]] std::optional<std::chrono::milliseconds> timerRemaining() const;
    [[nodiscard]] std::optional<int> timerDurationMs() const;

    [[nodiscard]] bool canUndo() const;
    // Goes back to the previous step (a slipped key must be recoverable). Its timer restarts.
    bool undo();

    [[nodiscard]] bool started() const { return !m_stack.empty(); }
    [[nodiscard]] bool finished() const;
    [[nodiscard]] const StepView &current() const { return m_view; }
    [[nodiscard]] const Step &currentStep() const;
    // Events that lead somewhere from the current step in this call's channel.
    [[nodiscard]] QStringList availableEvents() const;
    [[nodiscard]] const std::vector<TransitionRecord> &history() const { return m_history; }
    [[nodiscard]] const Playbook &playbook() const { return *m_playbook; }
    [[nodiscard]] const CallSetup &setup() const { return m_setup; }
    [[nodiscard]] QString renderText(const LocalizedText &text) const;

private:
    [[nodiscard]] const Transition *transitionFor(const Step &step, const QString &event) const;
    void enter(int stepIndex, TransitionCause cause, const QString &event);
    void renderCurrent();

    std::shared_ptr<const Playbook> m_playbook;
    CallSetup m_setup;
    const Clock &m_clock;
    std::vector<int> m_stack; // step indices entered, for undo
    StepView m_view;
    std::optional<std::chrono::milliseconds> m_deadline;
    std::optional<int> m_timerDurationMs;
    std::vector<TransitionRecord> m_history;
};

[[nodiscard]] QString transitionCauseName(TransitionCause cause);

// Where `event` leads from `step` in `channel` (the step's own transitions first, then the
// playbook-wide ones); null if nowhere. The engine and the scenario checker share it.
[[nodiscard]] const Transition *findTransition(const Playbook &playbook, const Step &step, const QString &event,
                                               Channel channel);
// Where the step's timer leads at zero in `channel`; null if the step has no timer or no target.
[[nodiscard]] const Transition *findExpiryTransition(const Step &step, Channel channel);

} // namespace steadyline
