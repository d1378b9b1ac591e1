#pragma once

#include "call/callsession.h"

#include <QCoreApplication>

#include <memory>

namespace steadyline::gui {

class CallActions;
class NotesPanel;
class RehearsalController;

// What the call's keys do (next step, calmed down, another event, a note, a promise, stopping or
// stretching the countdown, a quick tag): carried out on the live call, or, in a rehearsal, handed
// to the scenario, which scores the choice before the call moves. The window keeps the pages, the
// summary and the call's lifetime.
class CallCommands
{
    Q_DECLARE_TR_FUNCTIONS(steadyline::gui::CallCommands)

public:
    // `call` is the window's slot for the call in progress (empty between calls).
    CallCommands(const std::unique_ptr<CallSession> &call, RehearsalController &rehearsals, NotesPanel &notes);

    // The call's keys (F5…F9, Esc, the countdown's keys, the quick tags, Ctrl+1…) do these from now on.
    void connectKeys(const CallActions &actions);

    void nextStep();
    void calmed();
    // The step's `index`-th event besides the primary one (Ctrl+1…).
    void fireOtherEvent(int index);
    void stopCountdown();
    void adjustCountdown(int deltaMs);
    void otherPhrasing();
    void undoStep();
    void tagMoment(const QString &tag, const QString &note);
    // The note field: opened for a plain note.
    void startNote();
    // The note field's text, kept as a note or (in promise mode) a promise.
    void commitNote();
    // F9: the typed text becomes a promise, or the field opens for one.
    void recordPromise();

private:
    [[nodiscard]] bool rehearsing() const;

    const std::unique_ptr<CallSession> &m_call;
    RehearsalController &m_rehearsals;
    NotesPanel &m_notes;
};

} // namespace steadyline::gui
