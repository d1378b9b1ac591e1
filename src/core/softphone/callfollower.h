#pragma once

#include "softphone/callevent.h"

#include <QString>

#include <optional>

namespace steadyline::softphone {

// Decides what a softphone's call event does to the window's call, so that a call follows the
// phone and nothing else: `answered` starts a call when none is in progress; `ended` ends the
// call it started (matched by call id) and nothing else — a call the consultant started by hand
// is never ended by an event, and neither is a call after the consultant ended it.
class CallFollower
{
public:
    enum class Action {
        None,        // nothing to do (`reason` says why, for the log)
        ShowRinging, // a call rings (or is dialled): show who it is, before it is answered
        RingingOver, // the call that rang ended unanswered
        StartCall,   // start a call on the phone channel, caller reference `peer`
        EndCall,     // end the window's call: the caller hung up
    };
    struct Decision
    {
        Action action = Action::None;
        QString peer;
        const char *reason = ""; // for the log (never customer data)
    };

    // `callInProgress`: the window has a call that has not ended (a rehearsal counts: it is
    // never interrupted by the phone either).
    [[nodiscard]] Decision onEvent(const CallEvent &event, bool callInProgress);
    // The window started the call that onEvent() asked for.
    void followingStarted();
    // The window's call ended, whoever ended it: no later event ends anything.
    void callEnded();

    [[nodiscard]] bool following() const { return m_following.has_value(); }

private:
    struct Tracked
    {
        QString callId;
        QString peer;
    };
    std::optional<Tracked> m_ringing;   // the softphone call that rang, not yet answered
    std::optional<Tracked> m_pending;   // answered: the start asked of the window
    std::optional<Tracked> m_following; // the softphone call the window's call follows
};

} // namespace steadyline::softphone
