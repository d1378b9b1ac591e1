#include "softphone/calleventrequest.h"

#include <QList>
#include <QUrl>

namespace steadyline::softphone {

namespace {

bool sameSecret(const QByteArray &given, const QByteArray &expected)
{
    if (expected.isEmpty())
        return false; // no token set: nothing is accepted
    // Every byte is looked at whatever the first difference: the time taken tells nothing.
    unsigned char difference = given.size() == expected.size() ? 0 : 1;
    for (qsizetype i = 0; i < given.size(); ++i)
        difference |= static_cast<unsigned char>(given.at(i) ^ expected.at(i % expected.size()));
    return difference == 0;
}

QString formValue(const QUrlQuery &form, const QString &name)
{
    return form.queryItemValue(name, QUrl::FullyDecoded).trimmed();
}

CallEventReply reply(int status, const char *body)
{
    return CallEventReply{status, QByteArray(body) + '\n', std::nullopt};
}

} // namespace

HttpRequest parseHttpRequest(const QByteArray &bytes)
{
    HttpRequest request;
    const qsizetype headerEnd = bytes.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        request.state =
            bytes.size() > kMaxHttpRequestBytes ? HttpRequest::State::Malformed : HttpRequest::State::Incomplete;
        return request;
    }
    request.state = HttpRequest::State::Malformed;
    const QList<QByteArray> lines = bytes.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return request;
    request.method = requestLine.at(0);
    const QUrl target(QString::fromLatin1(requestLine.at(1)), QUrl::StrictMode);
    if (!target.isValid() || !requestLine.at(1).startsWith('/'))
        return request;
    request.path = target.path();
    QString fields = target.query(QUrl::FullyEncoded);

    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return request;
        if (line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            contentLength = line.mid(colon + 1).trimmed().toLongLong(&ok);
            if (!ok || contentLength < 0)
                return request;
        }
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (bodyStart + contentLength > kMaxHttpRequestBytes)
        return request;
    if (bytes.size() < bodyStart + contentLength) {
        request.state = HttpRequest::State::Incomplete;
        return request;
    }
    // A form body's fields join the query's. "+" stays a plus (numbers such as +48… are sent
    // unencoded far more often than a space, which is %20).
    if (contentLength > 0)
        fields += QLatin1Char('&') + QString::fromUtf8(bytes.mid(bodyStart, contentLength)).trimmed();
    request.form = QUrlQuery(fields);
    request.state = HttpRequest::State::Complete;
    return request;
}

CallEventReply interpretCallEventRequest(const HttpRequest &request, const QString &token)
{
    if (request.state != HttpRequest::State::Complete)
        return reply(400, "malformed request");
    if (request.path != u"/call-event")
        return reply(404, "not found");
    if (request.method != "GET" && request.method != "POST")
        return reply(405, "use GET or POST");
    if (!sameSecret(formValue(request.form, QStringLiteral("token")).toUtf8(), token.toUtf8()))
        return reply(403, "wrong or missing token");
    CallEvent event;
    const auto kind = callEventKindFromName(formValue(request.form, QStringLiteral("event")));
    if (!kind)
        return reply(400, "event must be started, answered or ended");
    event.kind = *kind;
    const QString direction = formValue(request.form, QStringLiteral("direction"));
    if (!direction.isEmpty()) {
        event.direction = callDirectionFromName(direction);
        if (!event.direction)
            return reply(400, "direction must be in or out");
    }
    event.callId = formValue(request.form, QStringLiteral("call_id")).left(kMaxCallIdLength);
    event.peer = peerNumber(formValue(request.form, QStringLiteral("peer")));
    event.queue = formValue(request.form, QStringLiteral("queue")).left(kMaxPeerLength);
    return CallEventReply{200, QByteArrayLiteral("ok\n"), event};
}

QByteArray httpResponse(int status, const QByteArray &body)
{
    const char *reason = "Bad Request";
    switch (status) {
    case 200: reason = "OK"; break;
    case 403: reason = "Forbidden"; break;
    case 404: reason = "Not Found"; break;
    case 405: reason = "Method Not Allowed"; break;
    case 503: reason = "Service Unavailable"; break;
    default: break;
    }
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n" + body;
}

} // namespace steadyline::softphone
