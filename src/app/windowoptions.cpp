#include "windowoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace steadyline::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("steadyline::app::WindowOptions", text);
}

} // namespace

WindowOptions parseWindowOptions(const QStringList &arguments)
{
    WindowOptions options;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), tr("The folder of the journal."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), tr("Log in detail, also to the terminal."));
    const QCommandLineOption startCall(QStringLiteral("start-call"), tr("Start a call on this channel."),
                                       QStringLiteral("CHANNEL"));
    parser.addOptions({dataDir, verbose, startCall});
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("steadyline"));
    if (!parser.parse(withProgram)) {
        options.error = parser.errorText();
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.error = tr("unknown command '%1'.").arg(parser.positionalArguments().constFirst());
        return options;
    }
    if (parser.isSet(dataDir)) {
        options.dataDir = parser.value(dataDir);
        if (options.dataDir.isEmpty()) {
            options.error = tr("--data-dir needs a folder.");
            return options;
        }
    }
    options.verbose = parser.isSet(verbose);
    if (parser.isSet(startCall)) {
        options.startCall = channelFromName(parser.value(startCall));
        if (!options.startCall) {
            options.error = tr("--start-call takes phone or in_person, not '%1'.").arg(parser.value(startCall));
            return options;
        }
    }
    return options;
}

bool asksForHelpOrVersion(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--data-dir" || argument == u"--start-call") {
            ++i; // its value, which may be any word
            continue;
        }
        if (argument == u"--help" || argument == u"-h" || argument == u"--version")
            return true;
    }
    return false;
}

} // namespace steadyline::app
