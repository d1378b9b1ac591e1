#include "subcommandline.h"

#include "commandio.h"
#include "commandline.h"

namespace steadyline::cli {

SubcommandLine::SubcommandLine(const Invocation &invocation, const QString &command, const QString &subcommand,
                               const QString &description, const QString &usageName)
    : m_invocation(invocation)
    , m_command(command)
    , m_subcommand(subcommand)
    , m_usageName(usageName.isEmpty() ? command + QLatin1Char(' ') + subcommand : usageName)
    , m_exitCode(Success)
{
    parser.setApplicationDescription(description);
}

bool SubcommandLine::parse(qsizetype skipped)
{
    return parseCommand(parser, m_invocation.arguments.mid(skipped), m_usageName, m_invocation.out, m_invocation.err,
                        m_exitCode);
}

int SubcommandLine::usage(const QString &message) const
{
    return usageError(m_invocation.err, message, m_usageName);
}

int SubcommandLine::fail(const QString &message) const
{
    writeLine(m_invocation.err, QStringLiteral("steadyline %1: %2").arg(name(), message));
    return Failure;
}

} // namespace steadyline::cli
