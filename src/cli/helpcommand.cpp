#include "helpcommand.h"

#include "commandio.h"
#include "commandline.h"

#include <QCoreApplication>

namespace steadyline::cli {

namespace {

// Where a command's summary starts; a longer synopsis gets a line of its own.
constexpr qsizetype kSummaryColumn = 30;

QString commandList()
{
    QString list;
    for (const Command &command : commands()) {
        for (const CommandUsage &usage : command.usages) {
            const QString synopsis = QStringLiteral("  ") + usage.synopsis;
            list += synopsis.size() + 2 <= kSummaryColumn
                        ? synopsis.leftJustified(kSummaryColumn)
                        : synopsis + QLatin1Char('\n') + QString(kSummaryColumn, QLatin1Char(' '));
            list += usage.summary + QLatin1Char('\n');
        }
    }
    return list;
}

} // namespace

QString generalHelp()
{
    return QStringLiteral(
               "Usage: steadyline [--data-dir DIR] [COMMAND] [OPTIONS]\n"
               "       steadyline [--data-dir DIR] [--verbose] [--start-call phone|in_person] [--rehearse SCENARIO]\n"
               "\n"
               "Without a command, starts the Steadyline window; if it is already running, raises it.\n"
               "\n"
               "Options for the window:\n"
               "  --verbose                   log in detail, to the log file and the terminal\n"
               "                              (log: ~/.local/share/Steadyline/steadyline/logs/steadyline.log)\n"
               "  --start-call CHANNEL        start a call (phone or in_person) on the playbook chosen on the start\n"
               "                              page, in the running window if there is one (a softphone's on-call "
               "hook)\n"
               "  --rehearse SCENARIO         open the window with a rehearsal of this training scenario\n"
               "  --version                   print the version\n"
               "\n"
               "Commands:\n") +
           commandList() +
           QStringLiteral("\n"
                          "Options for every command:\n"
                          "  --data-dir DIR              the folder of the journal (default: "
                          "$XDG_DATA_HOME/Steadyline/steadyline,\n"
                          "                              usually ~/.local/share/Steadyline/steadyline)\n"
                          "\n"
                          "Run 'steadyline COMMAND --help' for a command's options.\n"
                          "Exit status: 0 success, 1 errors found or the command failed, 2 wrong usage.\n");
}

int runHelp(const Invocation &invocation)
{
    write(invocation.out, generalHelp());
    return Success;
}

int runVersion(const Invocation &invocation)
{
    writeLine(invocation.out, QStringLiteral("steadyline %1").arg(QCoreApplication::applicationVersion()));
    return Success;
}

} // namespace steadyline::cli
