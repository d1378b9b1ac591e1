#include "windowoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace steadyline::app {

WindowOptions parseWindowOptions(const QStringList &arguments)
{
    WindowOptions options;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("steadyline::app::WindowOptions", "The folder of the journal."),
        QStringLiteral("DIR"));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"),
        QCoreApplication::translate("steadyline::app::WindowOptions", "Log in detail, also to the terminal."));
    const QCommandLineOption startCall(
        QStringLiteral("start-call"),
        QCoreApplication::translate("steadyline::app::WindowOptions", "Start a call on this channel."),
        QStringLiteral("CHANNEL"));
    const QCommandLineOption rehearse(
        QStringLiteral("rehearse"),
        QCoreApplication::translate("steadyline::app::WindowOptions", "Rehearse this training scenario at once."),
        QStringLiteral("SCENARIO"));
    parser.addOptions({dataDir, verbose, startCall, rehearse});
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("steadyline"));
    if (!parser.parse(withProgram)) {
        options.error = parser.errorText();
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.error = QCoreApplication::translate("steadyline::app::WindowOptions", "unknown command '%1'.")
                            .arg(parser.positionalArguments().constFirst());
        return options;
    }
    if (parser.isSet(dataDir)) {
        options.dataDir = parser.value(dataDir);
        if (options.dataDir.isEmpty()) {
            options.error = QCoreApplication::translate("steadyline::app::WindowOptions", "--data-dir needs a folder.");
            return options;
        }
    }
    options.verbose = parser.isSet(verbose);
    if (parser.isSet(startCall)) {
        options.startCall = channelFromName(parser.value(startCall));
        if (!options.startCall) {
            options.error = QCoreApplication::translate("steadyline::app::WindowOptions",
                                                        "--start-call takes phone or in_person, not '%1'.")
                                .arg(parser.value(startCall));
            return options;
        }
    }
    options.rehearse = parser.value(rehearse);
    return options;
}

bool asksForHelpOrVersion(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--data-dir" || argument == u"--start-call" || argument == u"--rehearse") {
            ++i; // its value, which may be any word
            continue;
        }
        if (argument == u"--help" || argument == u"-h" || argument == u"--version")
            return true;
    }
    return false;
}

} // namespace steadyline::app
