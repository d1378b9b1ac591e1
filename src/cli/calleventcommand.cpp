#include "calleventcommand.h"

#include "commandio.h"
#include "commandline.h"
#include "instance/singleinstance.h"
#include "softphone/callevent.h"

#include <QCommandLineParser>
#include <QDir>

namespace steadyline::cli {

namespace {

const QString kCommand = QStringLiteral("call-event");

int usage(std::FILE *err, const QString &message)
{
    return usageError(err, message, kCommand);
}

} // namespace

int runCallEvent(const Invocation &invocation)
{
    std::FILE *out = invocation.out;
    std::FILE *err = invocation.err;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Tells the running Steadyline window what the softphone did: 'answered' starts a call on the playbook "
        "chosen on the start page, 'ended' ends the call it started (as ended by the caller), 'started' shows "
        "who is ringing. For softphones that run a program on call events; see docs/softphones.md.\n"
        "Example: steadyline call-event answered --call-id 7f3a --peer +48601234567 --direction in\n"
        "Exit status: 0 the window took the event, 1 no window runs or it refused, 2 wrong usage."));
    const QCommandLineOption callId(QStringLiteral("call-id"),
                                    QStringLiteral("The softphone's id of the call: 'ended' ends only the call "
                                                   "that 'answered' started with the same id."),
                                    QStringLiteral("ID"));
    const QCommandLineOption peer(QStringLiteral("peer"),
                                  QStringLiteral("The other party's number or SIP address; it becomes the call's "
                                                 "caller reference (unless turned off in the preferences)."),
                                  QStringLiteral("NUMBER"));
    const QCommandLineOption direction(QStringLiteral("direction"), QStringLiteral("in or out."),
                                       QStringLiteral("DIRECTION"));
    const QCommandLineOption queue(QStringLiteral("queue"),
                                   QStringLiteral("The queue or line the call came in on, for the preferences' "
                                                  "playbook rules (queue:NAME = PLAYBOOK-ID)."),
                                   QStringLiteral("NAME"));
    parser.addOptions({callId, peer, direction, queue});
    parser.addPositionalArgument(QStringLiteral("EVENT"), QStringLiteral("started, answered or ended."));
    int exitCode = Success;
    if (!parseCommand(parser, invocation.arguments, kCommand, out, err, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(err, positional.isEmpty() ? QStringLiteral("name the event: started, answered or ended.")
                                               : QStringLiteral("name one event, not %1.").arg(positional.size()));
    softphone::CallEvent event;
    const auto kind = softphone::callEventKindFromName(positional.first());
    if (!kind)
        return usage(err,
                     QStringLiteral("the event must be started, answered or ended, not '%1'.").arg(positional.first()));
    event.kind = *kind;
    if (parser.isSet(direction)) {
        event.direction = softphone::callDirectionFromName(parser.value(direction));
        if (!event.direction)
            return usage(err, QStringLiteral("--direction must be in or out, not '%1'.").arg(parser.value(direction)));
    }
    event.callId = parser.value(callId).trimmed().left(softphone::kMaxCallIdLength);
    event.peer = softphone::peerNumber(parser.value(peer));
    event.queue = parser.value(queue).trimmed().left(softphone::kMaxPeerLength);

    const QString folder = journalFolder(invocation.dataDir);
    desktop::SingleInstance instance(QDir(folder).absolutePath());
    desktop::InstanceRequest request;
    request.callEvent = event;
    QString message;
    const bool taken = instance.sendToRunning(request, &message);
    writeLine(taken ? out : err, (taken ? QString() : QStringLiteral("steadyline call-event: ")) + message);
    return taken ? Success : Failure;
}

} // namespace steadyline::cli
