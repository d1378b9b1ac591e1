#include "callcommands.h"

#include "callactions.h"
#include "notespanel.h"
#include "rehearsalcontroller.h"

#include <QAction>

namespace steadyline::gui {

CallCommands::CallCommands(const std::unique_ptr<CallSession> &call, RehearsalController &rehearsals, NotesPanel &notes)
    : m_call(call)
    , m_rehearsals(rehearsals)
    , m_notes(notes)
{}

void CallCommands::connectKeys(const CallActions &actions)
{
    using Id = CallActions::Id;
    const auto on = [&actions](Id id, auto command) {
        QObject::connect(actions[id], &QAction::triggered, actions[id], command);
    };
    on(Id::NextStep, [this] { nextStep(); });
    on(Id::Calmed, [this] { calmed(); });
    on(Id::OtherPhrasing, [this] { otherPhrasing(); });
    on(Id::UndoStep, [this] { undoStep(); });
    on(Id::Note, [this] { startNote(); });
    on(Id::Promise, [this] { recordPromise(); });
    on(Id::PromiseDueNext, [this] { m_notes.nextDueChoice(); });
    on(Id::StopCountdown, [this] { stopCountdown(); });
    on(Id::CountdownLonger, [this] { adjustCountdown(1000); });
    on(Id::CountdownShorter, [this] { adjustCountdown(-1000); });
    for (const Id id : {Id::TagInsult, Id::TagThreat, Id::TagManager, Id::TagMoment}) {
        // The note is the action's text when the key is pressed: after a live language switch it
        // is in the language the consultant now sees.
        QAction *action = actions[id];
        on(id, [this, id, action] { tagMoment(CallActions::quickTag(id), action->text()); });
    }
    for (int i = 0; i < static_cast<int>(actions.eventActions().size()); ++i) {
        QAction *action = actions.eventActions()[static_cast<std::size_t>(i)];
        QObject::connect(action, &QAction::triggered, action, [this, i] { fireOtherEvent(i); });
    }
}

bool CallCommands::rehearsing() const
{
    return m_call && m_rehearsals.active();
}

void CallCommands::nextStep()
{
    if (!m_call || m_call->reachedFinalStep())
        return;
    if (rehearsing()) {
        if (m_call->step().timer)
            m_rehearsals.rehearse(OptionAction::EndCall, {}, {}, tr("Acting now"));
        else
            m_rehearsals.rehearse(OptionAction::Event, m_call->primaryEvent(), {},
                                  m_call->eventLabel(m_call->primaryEvent()));
        return;
    }
    if (m_call->step().timer)
        m_call->proceedNow();
    else if (const QString event = m_call->primaryEvent(); !event.isEmpty())
        m_call->fire(event);
}

void CallCommands::calmed()
{
    if (rehearsing())
        m_rehearsals.rehearse(OptionAction::Event, m_call->calmEvent(), {}, m_call->eventLabel(m_call->calmEvent()));
    else if (m_call)
        m_call->calm();
}

void CallCommands::fireOtherEvent(int index)
{
    if (!m_call)
        return;
    const QStringList events = m_call->otherEvents();
    if (index >= events.size())
        return;
    if (rehearsing())
        m_rehearsals.rehearse(OptionAction::Event, events.at(index), {}, m_call->eventLabel(events.at(index)));
    else
        m_call->fire(events.at(index));
}

void CallCommands::stopCountdown()
{
    if (rehearsing())
        m_rehearsals.rehearse(OptionAction::StopCountdown, {}, {}, tr("Stopping the countdown"));
    else if (m_call)
        m_call->stopCountdown();
}

void CallCommands::adjustCountdown(int deltaMs)
{
    if (m_call)
        m_call->adjustCountdown(deltaMs);
}

void CallCommands::otherPhrasing()
{
    if (m_call)
        m_call->nextPhrasing();
}

void CallCommands::undoStep()
{
    if (m_call)
        m_call->undo();
}

void CallCommands::tagMoment(const QString &tag, const QString &note)
{
    if (m_call)
        m_call->addTaggedMoment(tag, note);
}

void CallCommands::startNote()
{
    m_notes.setPromiseMode(false);
    m_notes.focusField();
}

void CallCommands::commitNote()
{
    if (!m_call)
        return;
    const QString text = m_notes.typed();
    if (rehearsing()) {
        if (text.trimmed().isEmpty())
            return;
        const bool promise = m_notes.promiseMode();
        if (m_rehearsals.rehearse(promise ? OptionAction::Promise : OptionAction::Note, {}, text,
                                  promise ? tr("Recording a promise") : tr("Taking a note"))) {
            m_notes.clearTyped();
            m_notes.setPromiseMode(false);
        }
        return;
    }
    if (m_notes.promiseMode())
        m_call->addPromise(text, m_notes.chosenDue());
    else
        m_call->addNote(text);
    if (!text.trimmed().isEmpty()) {
        m_notes.clearTyped();
        m_notes.setPromiseMode(!m_call->promisePrompt().isEmpty());
    }
}

void CallCommands::recordPromise()
{
    if (!m_call)
        return;
    if (rehearsing() && m_notes.hasText()) {
        m_notes.setPromiseMode(true);
        commitNote();
        return;
    }
    if (m_notes.hasText()) {
        m_call->addPromise(m_notes.typed(), m_notes.chosenDue());
        m_notes.clearTyped();
        return;
    }
    m_notes.setPromiseMode(true);
    m_notes.focusField();
}

} // namespace steadyline::gui
