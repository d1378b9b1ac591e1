#include "commandio.h"

#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

namespace steadyline::cli {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

void write(std::FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<std::size_t>(utf8.size()), stream);
}

void writeLine(std::FILE *stream, const QString &text)
{
    write(stream, text + QLatin1Char('\n'));
}

QString journalFolder(const QString &dataDir)
{
    return dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dataDir;
}

int usageError(std::FILE *err, const QString &message, const QString &command)
{
    writeLine(err, QStringLiteral("steadyline %1: %2").arg(command, message));
    writeLine(err, QStringLiteral("Run 'steadyline %1 --help' for usage.").arg(command));
    return UsageError;
}

bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &command, std::FILE *out,
                  std::FILE *err, int &exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("steadyline ") + command} + arguments)) {
        exitCode = usageError(err, parser.errorText(), command);
        return false;
    }
    if (parser.isSet(help)) {
        // The usage line names the program as it was started (argv[0]); the documentation says
        // "steadyline COMMAND", which is what a lead types.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (!program.isEmpty() && text.startsWith(QStringLiteral("Usage: ") + program + QLatin1Char(' ')))
            text.replace(7, program.size(), QStringLiteral("steadyline ") + command);
        write(out, text);
        exitCode = Success;
        return false;
    }
    return true;
}

} // namespace steadyline::cli
