#include "softphone/baresipevent.h"

#include "softphone/netstring.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace steadyline::softphone {

namespace {

QString firstString(const QJsonObject &object, std::initializer_list<QLatin1StringView> names)
{
    for (const QLatin1StringView name : names) {
        if (const QJsonValue value = object.value(name); value.isString() && !value.toString().isEmpty())
            return value.toString();
    }
    return {};
}

} // namespace

std::optional<CallEvent> parseBaresipMessage(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (!object.value(QLatin1StringView("event")).toBool())
        return std::nullopt; // a response to a command
    const QString type = object.value(QLatin1StringView("type")).toString();
    CallEvent event;
    if (type == u"CALL_INCOMING") {
        event.kind = CallEventKind::Started;
        event.direction = CallDirection::Incoming;
    } else if (type == u"CALL_OUTGOING" || type == u"CALL_RINGING") {
        event.kind = CallEventKind::Started;
        event.direction = CallDirection::Outgoing;
    } else if (type == u"CALL_ESTABLISHED") {
        event.kind = CallEventKind::Answered;
    } else if (type == u"CALL_CLOSED") {
        event.kind = CallEventKind::Ended;
    } else {
        return std::nullopt;
    }
    if (const auto direction = callDirectionFromName(object.value(QLatin1StringView("direction")).toString()))
        event.direction = direction;
    event.callId = object.value(QLatin1StringView("id")).toString().left(kMaxCallIdLength);
    // Not "param": in CALL_CLOSED it holds the reason, not the peer.
    event.peer = peerNumber(firstString(object, {QLatin1StringView("peeruri"), QLatin1StringView("peer")}));
    return event;
}

QByteArray baresipCommand(const QString &command, const QString &params, const QString &token)
{
    QJsonObject object{{QStringLiteral("command"), command}};
    if (!params.isEmpty())
        object.insert(QStringLiteral("params"), params);
    if (!token.isEmpty())
        object.insert(QStringLiteral("token"), token);
    return NetstringReader::encode(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace steadyline::softphone

namespace steadyline::softphone {

std::optional<HostAndPort> parseHostAndPort(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype colon = trimmed.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    QString host = trimmed.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(QLatin1Char(':')))
        return std::nullopt; // an IPv6 address needs its brackets
    bool ok = false;
    const uint port = trimmed.mid(colon + 1).toUInt(&ok);
    if (!ok || port == 0 || port > 65535 || host.isEmpty() || host.contains(QLatin1Char(' ')))
        return std::nullopt;
    return HostAndPort{host, static_cast<quint16>(port)};
}

} // namespace steadyline::softphone
