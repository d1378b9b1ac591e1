#include "playbookengine.h"

#include "playbookchecker.h"

#include <algorithm>

namespace steadyline {

using std::chrono::milliseconds;

QString transitionCauseName(TransitionCause cause)
{
    switch (cause) {
    case TransitionCause::Start: return QStringLiteral("start");
    case TransitionCause::Event: return QStringLiteral("event");
    case TransitionCause::TimerExpired: return QStringLiteral("timer_expired");
    case TransitionCause::Undo: return QStringLiteral("undo");
    }
    return {};
}

PlaybookEngine::PlaybookEngine(std::shared_ptr<const Playbook> playbook, CallSetup setup, const Clock &clock)
    : m_playbook(std::move(playbook))
    , m_setup(std::move(setup))
    , m_clock(clock)
{
    if (m_setup.locale.isEmpty())
        m_setup.locale = m_playbook->baseLocale;
    // {channel:…|…} follows the call's channel; the setup names it once.
    m_setup.render.channel = m_setup.channel;
}

const StepView &PlaybookEngine::start()
{
    m_stack.clear();
    m_history.clear();
    enter(m_playbook->stepIndex(m_playbook->initialStep), TransitionCause::Start, {});
    return m_view;
}

const Step &PlaybookEngine::currentStep() const
{
    return m_playbook->steps[static_cast<std::size_t>(m_stack.back())];
}

bool PlaybookEngine::finished() const
{
    return started() && currentStep().isFinal;
}

const Transition *findTransition(const Playbook &playbook, const Step &step, const QString &event, Channel channel)
{
    if (step.isFinal)
        return nullptr;
    // The step's own transitions take precedence over the playbook-wide ones.
    for (const Transition &t : step.transitions) {
        if (t.event == event && t.guard.matches(channel))
            return &t;
    }
    for (const GlobalTransition &global : playbook.globalTransitions) {
        if (global.transition.event == event && global.transition.guard.matches(channel) && appliesIn(global, step))
            return &global.transition;
    }
    return nullptr;
}

const Transition *findExpiryTransition(const Step &step, Channel channel)
{
    if (!step.timer)
        return nullptr;
    for (const Transition &t : step.timer->onExpiry) {
        if (t.guard.matches(channel))
            return &t;
    }
    return nullptr;
}

const Transition *PlaybookEngine::transitionFor(const Step &step, const QString &event) const
{
    return findTransition(*m_playbook, step, event, m_setup.channel);
}

FireResult PlaybookEngine::fire(const QString &event)
{
    if (!m_playbook->findEvent(event))
        return FireResult::UnknownEvent;
    if (finished())
        return FireResult::CallFinished;
    const Transition *transition = transitionFor(currentStep(), event);
    if (!transition)
        return FireResult::NotApplicable;
    enter(m_playbook->stepIndex(transition->target), TransitionCause::Event, event);
    return FireResult::Moved;
}

bool PlaybookEngine::expireTimer()
{
    if (!started() || !currentStep().timer)
        return false;
    if (const Transition *t = findExpiryTransition(currentStep(), m_setup.channel)) {
        enter(m_playbook->stepIndex(t->target), TransitionCause::TimerExpired, {});
        return true;
    }
    // No target for this channel: the timer stops and the consultant decides.
    m_deadline.reset();
    return false;
}

bool PlaybookEngine::poll()
{
    if (!m_deadline || m_clock.monotonicNow() < *m_deadline)
        return false;
    return expireTimer();
}

std::optional<int> PlaybookEngine::adjustTimer(int durationMs)
{
    if (!started() || !currentStep().timer || !m_deadline)
        return std::nullopt;
    const StepTimer &timer = *currentStep().timer;
    const int clamped = std::clamp(durationMs, timer.minMs, timer.maxMs);
    // The new duration counts from when the countdown started, not from now.
    const milliseconds startedAt = *m_deadline - milliseconds(*m_timerDurationMs);
    m_timerDurationMs = clamped;
    m_deadline = startedAt + milliseconds(clamped);
    return clamped;
}

void PlaybookEngine::cancelTimer()
{
    m_deadline.reset();
}

std::optional<milliseconds> PlaybookEngine::timerRemaining() const
{
    if (!m_deadline)
        return std::nullopt;
    return std::max(milliseconds(0), *m_deadline - m_clock.monotonicNow());
}

std::optional<int> PlaybookEngine::timerDurationMs() const
{
    return m_deadline ? m_timerDurationMs : std::nullopt;
}

bool PlaybookEngine::canUndo() const
{
    return m_stack.size() > 1;
}

bool PlaybookEngine::undo()
{
    if (!canUndo())
        return false;
    const QString from = currentStep().id;
    m_stack.pop_back();
    const int index = m_stack.back();
    m_stack.pop_back();
    enter(index, TransitionCause::Undo, {});
    m_history.back().fromStep = from;
    return true;
}

QStringList PlaybookEngine::availableEvents() const
{
    QStringList events;
    if (!started())
        return events;
    for (const EventDefinition &event : m_playbook->events) {
        if (transitionFor(currentStep(), event.id))
            events << event.id;
    }
    return events;
}

QString PlaybookEngine::renderText(const LocalizedText &text) const
{
    return MessageTemplate::render(text.resolve(m_setup.locale, m_playbook->baseLocale), m_setup.render);
}

void PlaybookEngine::enter(int stepIndex, TransitionCause cause, const QString &event)
{
    const QString from = started() ? currentStep().id : QString();
    m_stack.push_back(stepIndex);
    const Step &step = currentStep();
    const milliseconds now = m_clock.monotonicNow();
    m_history.push_back({cause, from, step.id, event, now, m_clock.wallNow()});
    // Leaving a step cancels its timer; entering a timed step starts the new one at its default.
    m_deadline.reset();
    m_timerDurationMs.reset();
    if (step.timer) {
        m_timerDurationMs = step.timer->defaultMs;
        m_deadline = now + milliseconds(step.timer->defaultMs);
    }
    renderCurrent();
}

void PlaybookEngine::renderCurrent()
{
    const Step &step = currentStep();
    StepView view;
    view.stepId = step.id;
    view.label = step.label;
    view.title = renderText(step.title);
    for (const LocalizedText &line : step.say)
        view.say << renderText(line);
    for (const LocalizedText &tip : step.tips)
        view.tips << renderText(tip);
    if (step.timer)
        view.timer = TimerSpec{step.timer->minMs, step.timer->maxMs, step.timer->defaultMs};
    for (const Action &action : step.actions) {
        RenderedAction rendered;
        rendered.type = action.type;
        rendered.eventCode = action.eventCode;
        rendered.text = action.text.isEmpty() ? QString() : renderText(action.text);
        rendered.reason = action.reason;
        rendered.urgent = action.urgent;
        rendered.outcome = action.outcome;
        rendered.finalAction = action.finalAction;
        view.actions.push_back(std::move(rendered));
    }
    view.isFinal = step.isFinal;
    view.position = m_stack.back() + 1;
    view.stepCount = static_cast<int>(m_playbook->steps.size());
    m_view = std::move(view);
}

} // namespace steadyline
