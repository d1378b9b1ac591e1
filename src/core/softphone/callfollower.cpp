#include "softphone/callfollower.h"

namespace steadyline::softphone {

CallFollower::Decision CallFollower::onEvent(const CallEvent &event, bool callInProgress)
{
    if (!callInProgress)
        m_following.reset(); // the window's call ended without telling us (e.g. a crash resumed)
    switch (event.kind) {
    case CallEventKind::Started:
        if (callInProgress)
            return {Action::None, {}, "a call is already in progress: a second call rings"};
        m_ringing = Tracked{event.callId, event.peer};
        return {Action::ShowRinging, event.peer, "a call rings"};
    case CallEventKind::Answered: {
        if (callInProgress) {
            if (m_following && m_following->callId == event.callId)
                return {Action::None, {}, "the call followed is already in progress"};
            return {Action::None, {}, "a call is already in progress"};
        }
        QString peer = event.peer;
        if (peer.isEmpty() && m_ringing && m_ringing->callId == event.callId)
            peer = m_ringing->peer; // some softphones name the peer only when it rings
        m_ringing.reset();
        m_pending = Tracked{event.callId, peer};
        return {Action::StartCall, peer, "the call was answered"};
    }
    case CallEventKind::Ended:
        if (m_ringing && m_ringing->callId == event.callId) {
            m_ringing.reset();
            if (!callInProgress)
                return {Action::RingingOver, {}, "the call that rang ended unanswered"};
        }
        if (!callInProgress)
            return {Action::None, {}, "no call in progress"};
        if (!m_following)
            return {Action::None, {}, "the call in progress was not started by the softphone"};
        if (m_following->callId != event.callId)
            return {Action::None, {}, "the event is for another call"};
        m_following.reset();
        return {Action::EndCall, {}, "the caller hung up"};
    }
    return {};
}

void CallFollower::followingStarted()
{
    m_following = m_pending;
    m_pending.reset();
}

void CallFollower::callEnded()
{
    m_following.reset();
    m_pending.reset();
}

} // namespace steadyline::softphone
