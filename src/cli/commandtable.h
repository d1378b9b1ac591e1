#pragma once

#include <QString>
#include <QStringList>

#include <cstdio>
#include <vector>

namespace steadyline::cli {

// The global option naming the journal's folder (before the command; export also takes it after).
inline const QString kDataDirOption = QStringLiteral("data-dir");

// What a command is handed.
struct Invocation
{
    QStringList arguments; // after the command's name
    QString dataDir;       // --data-dir; empty: the user's data folder
    std::FILE *out = stdout;
    std::FILE *err = stderr;
};

// One way to call a command, as the general help lists it.
struct CommandUsage
{
    QString synopsis; // what follows `steadyline`, e.g. "validate [--json] FILE..."
    QString summary;  // what it does, in one line
};

struct Command
{
    QString name;
    QStringList aliases;              // other words that run it ("--help" for help)
    std::vector<CommandUsage> usages; // a form per subcommand; none: not listed under "Commands"
    int (*run)(const Invocation &invocation);
};

// Every command, in the order the help lists them: the one list that dispatch, the general help,
// export's help and the window's "is this a command?" all read.
[[nodiscard]] const std::vector<Command> &commands();

// The command that `word` (a name or an alias) runs; nullptr when none does.
[[nodiscard]] const Command *findCommand(const QString &word);

} // namespace steadyline::cli
