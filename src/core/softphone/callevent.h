#pragma once

#include <QString>

#include <optional>

namespace steadyline::softphone {

// What a softphone tells Steadyline about one of its calls: it rang or was dialled (started),
// the two parties are talking (answered), it is over (ended).
enum class CallEventKind { Started, Answered, Ended };
enum class CallDirection { Incoming, Outgoing };

struct CallEvent
{
    CallEventKind kind = CallEventKind::Started;
    QString callId; // the softphone's id of the call; empty when it sends none
    QString peer;   // the other party's number (or SIP user), as the caller reference shows it
    std::optional<CallDirection> direction;
    QString queue; // the queue (or line) a telephone system names, for choosing the playbook

    friend bool operator==(const CallEvent &, const CallEvent &) = default;
};

[[nodiscard]] QString callEventKindName(CallEventKind kind); // "started", "answered", "ended"
[[nodiscard]] std::optional<CallEventKind> callEventKindFromName(const QString &name);
[[nodiscard]] QString callDirectionName(CallDirection direction); // "in", "out"
// "in"/"incoming"/"inbound" and "out"/"outgoing"/"outbound", any case.
[[nodiscard]] std::optional<CallDirection> callDirectionFromName(const QString &name);

// The number (or user part) of what a softphone calls the peer: "sip:+48601234567@pbx;user=phone",
// "\"Jan\" <sip:601234567@10.0.0.1:5060>", "tel:+48-601-234-567" or a bare number. Empty when
// nothing usable is left. Never longer than kMaxPeerLength characters.
[[nodiscard]] QString peerNumber(const QString &peer);
inline constexpr int kMaxPeerLength = 64;
// A call id is kept as given, up to this length (longer ones are cut: they only need to match).
inline constexpr int kMaxCallIdLength = 128;

// The event as a line for the log: kind and call id, never the peer's number (customer data).
[[nodiscard]] QString describeForLog(const CallEvent &event);

} // namespace steadyline::softphone
