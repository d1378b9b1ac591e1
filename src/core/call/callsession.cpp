#include "callsession.h"

#include <algorithm>

namespace steadyline {

namespace {
// Often enough for a smooth seconds display; the deadline itself is exact.
constexpr int kTickMs = 50;
} // namespace

CallSession::CallSession(std::shared_ptr<const Playbook> playbook, CallSetup setup, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_engine(std::move(playbook), std::move(setup), clock)
    , m_clock(clock)
{
    m_ticker.setInterval(kTickMs);
    m_ticker.setTimerType(Qt::PreciseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &CallSession::poll);
    m_summary.channel = m_engine.setup().channel;
    m_summary.playbookId = m_engine.playbook().id;
    m_summary.playbookRevision = m_engine.playbook().revision;
}

void CallSession::start()
{
    m_summary.started = m_clock.wallNow();
    m_engine.start();
    afterTransition();
}

bool CallSession::fire(const QString &event)
{
    if (m_ended || m_engine.fire(event) != FireResult::Moved)
        return false;
    afterTransition();
    return true;
}

QString CallSession::primaryEvent() const
{
    if (m_ended || !m_engine.started())
        return {};
    const QStringList available = m_engine.availableEvents();
    for (const QString &event : m_engine.playbook().eventsWithRole(EventRole::Next)) {
        if (available.contains(event))
            return event;
    }
    return {};
}

QString CallSession::calmEvent() const
{
    if (m_ended || !m_engine.started())
        return {};
    const QStringList available = m_engine.availableEvents();
    for (const QString &event : m_engine.playbook().eventsWithRole(EventRole::Calmed)) {
        if (available.contains(event))
            return event;
    }
    return {};
}

bool CallSession::primaryEventStartsCountdown() const
{
    const QString event = primaryEvent();
    if (event.isEmpty() || step().timer || reachedFinalStep())
        return false;
    const Playbook &playbook = m_engine.playbook();
    for (const Transition &transition : m_engine.currentStep().transitions) {
        const Step *target = playbook.findStep(transition.target);
        if (transition.event == event && target && target->timer)
            return true;
    }
    return false;
}

QStringList CallSession::methodPath() const
{
    std::vector<QString> stack;
    const Playbook &playbook = m_engine.playbook();
    for (const TransitionRecord &record : m_engine.history()) {
        const Step *step = playbook.findStep(record.toStep);
        const QString label = step ? step->label : QString();
        if (record.cause == TransitionCause::Undo) {
            // Undo returns to the step before: it replaces the step taken back.
            if (!stack.empty())
                stack.pop_back();
            if (!stack.empty())
                stack.back() = label;
            else
                stack.push_back(label);
            continue;
        }
        stack.push_back(label);
    }
    QStringList path;
    for (const QString &label : stack) {
        if (path.isEmpty() || path.last() != label)
            path << label;
    }
    return path;
}

bool CallSession::canCalm() const
{
    return !calmEvent().isEmpty();
}

bool CallSession::calm()
{
    const QString event = calmEvent();
    return !event.isEmpty() && fire(event);
}

bool CallSession::proceedNow()
{
    if (m_ended || !m_engine.currentStep().timer)
        return false;
    if (!m_engine.expireTimer())
        return false;
    afterTransition();
    emit countdownExpired();
    return true;
}

bool CallSession::undo()
{
    // Undo is for slips during the call; once ended, the record stands.
    if (m_ended || !m_engine.undo())
        return false;
    afterTransition();
    return true;
}

bool CallSession::canUndo() const
{
    return !m_ended && m_engine.canUndo();
}

void CallSession::nextPhrasing()
{
    const qsizetype count = step().say.size();
    if (count > 1) {
        m_phrasing = (m_phrasing + 1) % static_cast<int>(count);
        emit stepChanged();
    }
}

QString CallSession::currentLine() const
{
    const QStringList &say = step().say;
    return say.isEmpty() ? QString() : say.at(std::min<qsizetype>(m_phrasing, say.size() - 1));
}

bool CallSession::countdownRunning() const
{
    return !m_ended && m_engine.timerRemaining().has_value();
}

std::optional<std::chrono::milliseconds> CallSession::countdownRemaining() const
{
    return m_ended ? std::nullopt : m_engine.timerRemaining();
}

int CallSession::countdownDurationMs() const
{
    return m_engine.timerDurationMs().value_or(step().timer ? step().timer->defaultMs : 0);
}

void CallSession::stopCountdown()
{
    if (!countdownRunning())
        return;
    m_stoppedWith = m_engine.timerRemaining();
    m_engine.cancelTimer();
    m_ticker.stop();
    emit countdownStopped();
    emit countdownTick();
}

void CallSession::adjustCountdown(int deltaMs)
{
    if (!countdownRunning())
        return;
    const int before = countdownDurationMs();
    m_engine.adjustTimer(before + deltaMs);
    if (countdownDurationMs() != before)
        emit countdownAdjusted(countdownDurationMs());
    emit countdownTick();
}

void CallSession::addNote(const QString &text, const QStringList &tags)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    m_summary.notes.push_back({m_clock.wallNow(), trimmed, tags});
    emit noteAdded();
}

void CallSession::addTaggedMoment(const QString &tag, const QString &label)
{
    addNote(label, {tag});
}

void CallSession::addPromise(const QString &text, const QDateTime &due)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    m_summary.promises.push_back({m_clock.wallNow(), trimmed, due});
    emit promiseRecorded();
}

QString CallSession::promisePrompt() const
{
    for (const RenderedAction &action : step().actions) {
        if (action.type == ActionType::RequestPromise)
            return action.text;
    }
    return {};
}

void CallSession::end(CallOutcome outcome)
{
    if (m_ended)
        return;
    emit aboutToEnd();
    m_ticker.stop();
    m_ended = true;
    m_summary.ended = m_clock.wallNow();
    m_summary.outcome = outcome;
    m_summary.endedAtMethodEnd = step().timer.has_value() && !m_engine.finished(); // hung up during the warning
    if (m_engine.finished()) {
        for (const RenderedAction &action : step().actions) {
            if (action.type != ActionType::EndCall)
                continue;
            m_summary.outcome = action.outcome;
            m_summary.endedAtMethodEnd =
                action.finalAction == FinalAction::HangUp || action.finalAction == FinalAction::CallSecurity;
        }
    }
    m_summary.finalStepTitle = step().title;
    m_summary.timeline = m_engine.history();
    emit callEnded();
}

FinalPrompt CallSession::finalPrompt() const
{
    if (!m_engine.finished())
        return FinalPrompt::None;
    // Only the playbook's explicit final action decides: a notify_supervisor elsewhere in the
    // step (a hand-over, a report) must not tell a consultant on the phone to call security.
    for (const RenderedAction &action : step().actions) {
        if (action.type != ActionType::EndCall)
            continue;
        switch (action.finalAction) {
        case FinalAction::HangUp:
            return m_engine.setup().channel == Channel::Phone ? FinalPrompt::HangUp : FinalPrompt::EndConversation;
        case FinalAction::CallSecurity: return FinalPrompt::CallSecurity;
        case FinalAction::HandOver: return FinalPrompt::HandOver;
        case FinalAction::End: return FinalPrompt::Finished;
        }
    }
    return FinalPrompt::Finished;
}

QStringList CallSession::otherEvents() const
{
    QStringList events = m_ended ? QStringList() : m_engine.availableEvents();
    events.removeAll(primaryEvent());
    events.removeAll(calmEvent());
    return events;
}

QString CallSession::eventLabel(const QString &event) const
{
    const EventDefinition *definition = m_engine.playbook().findEvent(event);
    return definition ? m_engine.renderText(definition->label) : event;
}

CallSummary CallSession::summary() const
{
    CallSummary summary = m_summary;
    if (!m_ended)
        summary.timeline = m_engine.history();
    return summary;
}

void CallSession::poll()
{
    if (m_ended)
        return;
    if (m_engine.poll()) {
        afterTransition();
        emit countdownExpired();
        return;
    }
    if (countdownRunning())
        emit countdownTick();
}

void CallSession::afterTransition()
{
    m_phrasing = 0;
    m_stoppedWith.reset();
    if (m_engine.timerRemaining())
        m_ticker.start();
    else
        m_ticker.stop();
    emit stepChanged();
}

} // namespace steadyline
