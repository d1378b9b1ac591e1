#pragma once

#include "softphone/callevent.h"

#include <QByteArray>

#include <optional>

namespace steadyline::softphone {

// One message of baresip's ctrl_tcp (the JSON inside a netstring) as a call event: CALL_INCOMING
// and CALL_OUTGOING/CALL_RINGING start a call, CALL_ESTABLISHED answers it, CALL_CLOSED ends it.
// Everything else (command responses, registration and other events, broken JSON) is none.
// baresip 1.0 names the peer "peeruri" and the account "accountaor"; later versions "peer" and
// "account": both are read.
[[nodiscard]] std::optional<CallEvent> parseBaresipMessage(const QByteArray &json);

// A ctrl_tcp command ({"command": …, "params": …, "token": …}), framed as a netstring.
[[nodiscard]] QByteArray baresipCommand(const QString &command, const QString &params = {}, const QString &token = {});

} // namespace steadyline::softphone

namespace steadyline::softphone {

struct HostAndPort
{
    QString host;
    quint16 port = 0;
};
// "127.0.0.1:4444", "localhost:4444", "[::1]:4444"; none when it is not such an address.
[[nodiscard]] std::optional<HostAndPort> parseHostAndPort(const QString &text);

} // namespace steadyline::softphone
