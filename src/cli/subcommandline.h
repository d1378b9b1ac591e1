#pragma once

#include "commandtable.h"

#include <QCommandLineParser>
#include <QString>

namespace steadyline::cli {

// The command line of one subcommand, `steadyline COMMAND SUBCOMMAND …` (server, team): its
// parser, and its usage errors and failures worded with its name.
class SubcommandLine
{
public:
    // `usageName` names it in usage errors and --help where that is more than "COMMAND SUBCOMMAND"
    // (e.g. "server report incidents").
    SubcommandLine(const Invocation &invocation, const QString &command, const QString &subcommand,
                   const QString &description, const QString &usageName = {});

    // Parses the arguments after the first `skipped` (the subcommand's name). False when the
    // subcommand should stop, with exitCode() set: wrong usage, or --help printed.
    bool parse(qsizetype skipped = 1);
    [[nodiscard]] int exitCode() const { return m_exitCode; }

    // "steadyline COMMAND SUBCOMMAND: MESSAGE" and where to read the usage; returns UsageError.
    [[nodiscard]] int usage(const QString &message) const;
    // "steadyline COMMAND SUBCOMMAND: MESSAGE"; returns Failure.
    [[nodiscard]] int fail(const QString &message) const;
    // Stops the subcommand with `exitCode` (one of usage(), fail()), for what parse() and the
    // helpers beside it report through exitCode().
    void stop(int exitCode) { m_exitCode = exitCode; }

    [[nodiscard]] const Invocation &invocation() const { return m_invocation; }
    [[nodiscard]] QString subcommand() const { return m_subcommand; }
    // "COMMAND SUBCOMMAND".
    [[nodiscard]] QString name() const { return m_command + QLatin1Char(' ') + m_subcommand; }

    QCommandLineParser parser;

private:
    const Invocation &m_invocation;
    QString m_command;
    QString m_subcommand;
    QString m_usageName;
    int m_exitCode = 0;
};

} // namespace steadyline::cli
