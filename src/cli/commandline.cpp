#include "commandline.h"

#include "commandio.h"
#include "commandtable.h"
#include "helpcommand.h"

namespace steadyline::cli {

namespace {

// The global options (before the command): `--data-dir DIR` or `--data-dir=DIR`.
struct GlobalOptions
{
    QString dataDir; // empty: the user's data folder
    QStringList rest;
    QString error;
};

GlobalOptions splitGlobalOptions(const QStringList &arguments)
{
    GlobalOptions options;
    const QString flag = QStringLiteral("--") + kDataDirOption;
    qsizetype i = 0;
    while (i < arguments.size()) {
        const QString &argument = arguments.at(i);
        if (argument == flag) {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).isEmpty()) {
                options.error = QStringLiteral("--data-dir needs a folder.");
                return options;
            }
            options.dataDir = arguments.at(i + 1);
            i += 2;
        } else if (argument.startsWith(flag + QLatin1Char('='))) {
            options.dataDir = argument.mid(flag.size() + 1);
            if (options.dataDir.isEmpty()) {
                options.error = QStringLiteral("--data-dir needs a folder.");
                return options;
            }
            i += 1;
        } else {
            break;
        }
    }
    options.rest = arguments.mid(i);
    return options;
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    // `--data-dir DIR` alone starts the window with that journal; `--data-dir` without a folder is
    // wrong usage, reported by run().
    const GlobalOptions global = splitGlobalOptions(arguments);
    if (!global.error.isEmpty())
        return true;
    return !global.rest.isEmpty() && findCommand(global.rest.first()) != nullptr;
}

int run(const QStringList &arguments, std::FILE *out, std::FILE *err)
{
    const GlobalOptions global = splitGlobalOptions(arguments);
    if (!global.error.isEmpty()) {
        writeLine(err, QStringLiteral("steadyline: %1").arg(global.error));
        return UsageError;
    }
    if (global.rest.isEmpty())
        return usageError(err, QStringLiteral("name a command."), QString());
    const QString name = global.rest.first();
    const Command *command = findCommand(name);
    if (command == nullptr) {
        writeLine(err, QStringLiteral("steadyline: unknown command '%1'.").arg(name));
        write(err, generalHelp());
        return UsageError;
    }
    return command->run({global.rest.mid(1), global.dataDir, out, err});
}

} // namespace steadyline::cli
