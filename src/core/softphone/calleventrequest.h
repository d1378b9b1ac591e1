#pragma once

#include "softphone/callevent.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace steadyline::softphone {

// One HTTP request to the loopback listener, read as far as it has arrived. Only what the
// listener needs: GET with a query, POST with a form body (application/x-www-form-urlencoded).
struct HttpRequest
{
    enum class State { Incomplete, Complete, Malformed };
    State state = State::Incomplete;
    QByteArray method;
    QString path;
    QUrlQuery form; // the query's fields, and a POST body's
};

// Requests are small: larger ones are malformed (a listener never buffers more than this).
inline constexpr qsizetype kMaxHttpRequestBytes = 8 * 1024;

[[nodiscard]] HttpRequest parseHttpRequest(const QByteArray &bytes);

// What the listener answers a complete request, and the event it carries when it is accepted.
struct CallEventReply
{
    int status = 400; // 200, 400, 403, 404 or 405
    QByteArray body;  // one line of plain text saying why
    std::optional<CallEvent> event;
};

// /call-event?token=…&event=answered&call_id=…&peer=…&direction=in. The token is compared in
// constant time; a request without the right one changes nothing whatever else it holds.
[[nodiscard]] CallEventReply interpretCallEventRequest(const HttpRequest &request, const QString &token);

// The reply as it goes on the wire (HTTP/1.1, Connection: close).
[[nodiscard]] QByteArray httpResponse(int status, const QByteArray &body);

} // namespace steadyline::softphone
