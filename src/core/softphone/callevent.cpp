#include "softphone/callevent.h"

#include <QRegularExpression>

namespace steadyline::softphone {

QString callEventKindName(CallEventKind kind)
{
    switch (kind) {
    case CallEventKind::Started: return QStringLiteral("started");
    case CallEventKind::Answered: return QStringLiteral("answered");
    case CallEventKind::Ended: return QStringLiteral("ended");
    }
    return {};
}

std::optional<CallEventKind> callEventKindFromName(const QString &name)
{
    for (const CallEventKind kind : {CallEventKind::Started, CallEventKind::Answered, CallEventKind::Ended}) {
        if (name.compare(callEventKindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString callDirectionName(CallDirection direction)
{
    return direction == CallDirection::Incoming ? QStringLiteral("in") : QStringLiteral("out");
}

std::optional<CallDirection> callDirectionFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"in" || lower == u"incoming" || lower == u"inbound")
        return CallDirection::Incoming;
    if (lower == u"out" || lower == u"outgoing" || lower == u"outbound")
        return CallDirection::Outgoing;
    return std::nullopt;
}

QString peerNumber(const QString &peer)
{
    QString text = peer.trimmed();
    // A display name with the address in angle brackets: keep the address.
    if (const qsizetype open = text.indexOf(QLatin1Char('<')); open >= 0) {
        const qsizetype close = text.indexOf(QLatin1Char('>'), open);
        text = text.mid(open + 1, close > open ? close - open - 1 : -1);
    }
    // The scheme, then everything after the user part: host, port, parameters, headers.
    static const QRegularExpression scheme(QStringLiteral("^(sips?|tel):"), QRegularExpression::CaseInsensitiveOption);
    text.remove(scheme);
    for (const QChar end : {QLatin1Char('@'), QLatin1Char(';'), QLatin1Char('?')}) {
        if (const qsizetype at = text.indexOf(end); at >= 0)
            text.truncate(at);
    }
    // Visual separators of a telephone number ("+48-601 234 567", "(601) 234.567") go; what is
    // left is what a consultant types as a caller reference.
    static const QRegularExpression separators(QStringLiteral("[\\s\\-.()]"));
    if (text.contains(QRegularExpression(QStringLiteral("^[+0-9\\s\\-.()]+$"))))
        text.remove(separators);
    // Nothing that cannot be printed, and a sane length.
    text.remove(QRegularExpression(QStringLiteral("[\\p{Cc}\\p{Cf}]")));
    return text.left(kMaxPeerLength);
}

QString describeForLog(const CallEvent &event)
{
    QString line = callEventKindName(event.kind);
    if (!event.callId.isEmpty())
        line += QStringLiteral(" (call id of %1 characters)").arg(event.callId.size());
    if (event.direction)
        line += QLatin1Char(' ') + callDirectionName(*event.direction);
    return line;
}

} // namespace steadyline::softphone
