#include "commandline.h"

#include "playbook/playbookengine.h"
#include "playbook/playbookloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace steadyline::cli {

namespace {

// The word in an event list that expires the current step's timer at once.
const QString kTimeoutWord = QStringLiteral("@timeout");
// The word in an event list that undoes the last transition.
const QString kUndoWord = QStringLiteral("@undo");

void write(std::FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<std::size_t>(utf8.size()), stream);
}

void writeLine(std::FILE *stream, const QString &text)
{
    write(stream, text + QLatin1Char('\n'));
}

std::string utf8(const QString &text)
{
    return text.toStdString();
}

QString generalHelp()
{
    return QStringLiteral(
        "Usage: steadyline [COMMAND] [OPTIONS]\n"
        "\n"
        "Without a command, starts the Steadyline window.\n"
        "\n"
        "Commands:\n"
        "  validate [--json] FILE...   check playbook files; prints FILE:LINE:COL: error|warning CODE: message\n"
        "  simulate PLAYBOOK [OPTIONS] EVENT...\n"
        "                              walk a call through a playbook; prints one JSON object per step entered\n"
        "  help                        show this help\n"
        "\n"
        "Run 'steadyline COMMAND --help' for a command's options.\n"
        "Exit status: 0 success, 1 errors found or the command failed, 2 wrong usage.\n");
}

int usageError(std::FILE *err, const QString &message, const QString &command)
{
    writeLine(err, QStringLiteral("steadyline %1: %2").arg(command, message));
    writeLine(err, QStringLiteral("Run 'steadyline %1 --help' for usage.").arg(command));
    return UsageError;
}

// Parses a command's own arguments; on failure or --help, `exitCode` is set.
bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &command, std::FILE *out,
                  std::FILE *err, int &exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("steadyline ") + command);
    if (!parser.parse(withProgram)) {
        exitCode = usageError(err, parser.errorText(), command);
        return false;
    }
    if (parser.isSet(help)) {
        write(out, parser.helpText());
        exitCode = Success;
        return false;
    }
    return true;
}

nlohmann::json diagnosticToJson(const Diagnostic &d)
{
    return {{"file", utf8(d.file)}, {"line", d.line},
            {"column", d.column},   {"severity", utf8(severityName(d.severity))},
            {"code", utf8(d.code)}, {"message", utf8(d.message)}};
}

int runValidate(const QStringList &arguments, std::FILE *out, std::FILE *err)
{
    const QString command = QStringLiteral("validate");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Checks playbook files and prints one diagnostic a line: FILE:LINE:COL: error|warning CODE: message.\n"
        "Exit status: 0 no errors (warnings allowed), 1 a file has errors, 2 wrong usage."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print the diagnostics as a JSON array."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Playbook files to check."),
                                 QStringLiteral("FILE..."));
    int exitCode = Success;
    if (!parseCommand(parser, arguments, command, out, err, exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(err, QStringLiteral("name at least one file to check."), command);

    nlohmann::json all = nlohmann::json::array();
    int errors = 0;
    int warnings = 0;
    int filesWithErrors = 0;
    for (const QString &file : files) {
        const LoadResult result = PlaybookLoader::loadFile(file);
        for (const Diagnostic &d : result.diagnostics) {
            (d.severity == Severity::Error ? errors : warnings) += 1;
            if (parser.isSet(jsonOption))
                all.push_back(diagnosticToJson(d));
            else
                writeLine(out, d.toString());
        }
        filesWithErrors += hasErrors(result.diagnostics) ? 1 : 0;
    }
    if (parser.isSet(jsonOption))
        writeLine(out, QString::fromStdString(all.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)));
    writeLine(err, QStringLiteral("%1 file(s) checked: %2 error(s), %3 warning(s)%4")
                       .arg(files.size())
                       .arg(errors)
                       .arg(warnings)
                       .arg(filesWithErrors ? QStringLiteral(" in %1 file(s)").arg(filesWithErrors) : QString()));
    return filesWithErrors ? Failure : Success;
}

nlohmann::ordered_json actionToJson(const RenderedAction &action)
{
    nlohmann::ordered_json j = {{"type", utf8(actionTypeName(action.type))}};
    switch (action.type) {
    case ActionType::LogEvent:
        j["event"] = utf8(action.eventCode);
        if (!action.text.isEmpty())
            j["note"] = utf8(action.text);
        break;
    case ActionType::RequestPromise: j["prompt"] = utf8(action.text); break;
    case ActionType::NotifySupervisor:
        j["reason"] = utf8(action.reason);
        j["urgent"] = action.urgent;
        break;
    case ActionType::EndCall: j["outcome"] = utf8(callOutcomeName(action.outcome)); break;
    }
    return j;
}

void printStep(std::FILE *out, const StepView &view)
{
    nlohmann::ordered_json say = nlohmann::ordered_json::array();
    for (const QString &line : view.say)
        say.push_back(utf8(line));
    nlohmann::ordered_json actions = nlohmann::ordered_json::array();
    for (const RenderedAction &action : view.actions)
        actions.push_back(actionToJson(action));
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    j["step"] = utf8(view.stepId);
    j["label"] = utf8(view.label);
    j["title"] = utf8(view.title);
    j["say"] = std::move(say);
    j["timerMs"] = view.timer ? nlohmann::ordered_json(view.timer->defaultMs) : nlohmann::ordered_json(nullptr);
    j["actions"] = std::move(actions);
    j["final"] = view.isFinal;
    writeLine(out, QString::fromStdString(j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)));
}

int runSimulate(const QStringList &arguments, std::FILE *out, std::FILE *err)
{
    const QString command = QStringLiteral("simulate");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Walks a call through a playbook and prints one JSON object per step entered.\n"
        "EVENT is an event the playbook declares, '@timeout' to expire the current step's timer at once, "
        "or '@undo' to undo the last step."));
    const QCommandLineOption channel(QStringLiteral("channel"), QStringLiteral("phone or in_person (default phone)."),
                                     QStringLiteral("CHANNEL"), QStringLiteral("phone"));
    const QCommandLineOption locale(QStringLiteral("locale"),
                                    QStringLiteral("The playbook language (default: its base locale)."),
                                    QStringLiteral("LOCALE"));
    const QCommandLineOption address(
        QStringLiteral("address"),
        QStringLiteral("The caller's form of address: formal_male or formal_female (default formal_male)."),
        QStringLiteral("ADDRESS"), QStringLiteral("formal_male"));
    const QCommandLineOption gender(
        QStringLiteral("agent-gender"),
        QStringLiteral("The consultant's grammatical gender: male or female (default female)."),
        QStringLiteral("GENDER"), QStringLiteral("female"));
    parser.addOptions({channel, locale, address, gender});
    parser.addPositionalArgument(QStringLiteral("PLAYBOOK"), QStringLiteral("The playbook file."));
    parser.addPositionalArgument(QStringLiteral("EVENT"), QStringLiteral("Events, in order."),
                                 QStringLiteral("EVENT..."));
    int exitCode = Success;
    if (!parseCommand(parser, arguments, command, out, err, exitCode))
        return exitCode;
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(err, QStringLiteral("name the playbook file."), command);

    CallSetup setup;
    const auto parsedChannel = channelFromName(parser.value(channel));
    if (!parsedChannel)
        return usageError(
            err, QStringLiteral("--channel must be phone or in_person, not '%1'.").arg(parser.value(channel)), command);
    setup.channel = *parsedChannel;
    const auto parsedAddress = formOfAddressFromName(parser.value(address));
    if (!parsedAddress)
        return usageError(
            err, QStringLiteral("--address must be formal_male or formal_female, not '%1'.").arg(parser.value(address)),
            command);
    setup.render.address = *parsedAddress;
    const auto parsedGender = genderFromName(parser.value(gender));
    if (!parsedGender)
        return usageError(
            err, QStringLiteral("--agent-gender must be male or female, not '%1'.").arg(parser.value(gender)), command);
    setup.render.agentGender = *parsedGender;

    const QString file = positional.takeFirst();
    const LoadResult loaded = PlaybookLoader::loadFile(file);
    if (!loaded.ok()) {
        for (const Diagnostic &d : loaded.diagnostics) {
            if (d.severity == Severity::Error)
                writeLine(err, d.toString());
        }
        writeLine(err,
                  QStringLiteral("steadyline simulate: %1 has errors; fix them first (see 'steadyline validate %1').")
                      .arg(file));
        return Failure;
    }
    setup.locale = parser.isSet(locale) ? parser.value(locale) : loaded.playbook->baseLocale;
    // "pl-PL" is served by a playbook written in "pl".
    if (!loaded.playbook->locales.contains(setup.locale) &&
        !loaded.playbook->locales.contains(setup.locale.section(QLatin1Char('-'), 0, 0))) {
        writeLine(err, QStringLiteral("steadyline simulate: the playbook is not written in '%1'; it has: %2.")
                           .arg(setup.locale, loaded.playbook->locales.join(QStringLiteral(", "))));
        return Failure;
    }

    PlaybookEngine engine(loaded.playbook, setup);
    printStep(out, engine.start());
    for (const QString &event : std::as_const(positional)) {
        const QString at = engine.current().stepId;
        if (event == kTimeoutWord) {
            if (!engine.currentStep().timer) {
                writeLine(
                    err,
                    QStringLiteral("steadyline simulate: '%1' given in step '%2', which has no timer.").arg(event, at));
                return Failure;
            }
            if (!engine.expireTimer()) {
                writeLine(
                    err, QStringLiteral("steadyline simulate: the timer of step '%1' has no target for the %2 channel.")
                             .arg(at, channelName(setup.channel)));
                return Failure;
            }
        } else if (event == kUndoWord) {
            if (!engine.undo()) {
                writeLine(err, QStringLiteral("steadyline simulate: nothing to undo in step '%1'.").arg(at));
                return Failure;
            }
        } else {
            switch (engine.fire(event)) {
            case FireResult::Moved: break;
            case FireResult::UnknownEvent: {
                QStringList declared;
                for (const EventDefinition &e : engine.playbook().events)
                    declared << e.id;
                writeLine(err, QStringLiteral("steadyline simulate: unknown event '%1'; this playbook declares: %2 "
                                              "(and %3, %4).")
                                   .arg(event, declared.join(QStringLiteral(", ")), kTimeoutWord, kUndoWord));
                return Failure;
            }
            case FireResult::NotApplicable:
                writeLine(err,
                          QStringLiteral("steadyline simulate: the event '%1' leads nowhere from step '%2' on the %3 "
                                         "channel; possible here: %4.")
                              .arg(event, at, channelName(setup.channel),
                                   engine.availableEvents().isEmpty()
                                       ? QStringLiteral("none")
                                       : engine.availableEvents().join(QStringLiteral(", "))));
                return Failure;
            case FireResult::CallFinished:
                writeLine(
                    err, QStringLiteral("steadyline simulate: the call already ended in step '%1'; '%2' came after it.")
                             .arg(at, event));
                return Failure;
            }
        }
        printStep(out, engine.current());
    }
    return Success;
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    static const QStringList words{QStringLiteral("validate"), QStringLiteral("simulate"), QStringLiteral("help"),
                                   QStringLiteral("--help"),   QStringLiteral("-h"),       QStringLiteral("--version")};
    return words.contains(arguments.first());
}

int run(const QStringList &arguments, std::FILE *out, std::FILE *err)
{
    if (arguments.isEmpty())
        return usageError(err, QStringLiteral("name a command."), QString());
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == u"validate")
        return runValidate(rest, out, err);
    if (command == u"simulate")
        return runSimulate(rest, out, err);
    if (command == u"help" || command == u"--help" || command == u"-h") {
        write(out, generalHelp());
        return Success;
    }
    if (command == u"--version") {
        writeLine(out, QStringLiteral("steadyline %1").arg(QCoreApplication::applicationVersion()));
        return Success;
    }
    writeLine(err, QStringLiteral("steadyline: unknown command '%1'.").arg(command));
    write(err, generalHelp());
    return UsageError;
}

} // namespace steadyline::cli
