#include "simulatecommand.h"

#include "commandio.h"
#include "commandline.h"
#include "playbook/playbookengine.h"
#include "playbook/playbookloader.h"

#include <QCommandLineParser>

#include <nlohmann/json.hpp>

namespace steadyline::cli {

namespace {

// The word in an event list that expires the current step's timer at once.
const QString kTimeoutWord = QStringLiteral("@timeout");
// The word in an event list that undoes the last transition.
const QString kUndoWord = QStringLiteral("@undo");

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
    case ActionType::EndCall:
        j["finalAction"] = utf8(finalActionName(action.finalAction));
        j["outcome"] = utf8(callOutcomeName(action.outcome));
        break;
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

} // namespace

int runSimulate(const Invocation &invocation)
{
    const QStringList &arguments = invocation.arguments;
    std::FILE *out = invocation.out;
    std::FILE *err = invocation.err;
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
        QStringLiteral("The caller's form of address: formal_male, formal_female or formal_plural (a couple, or a "
                       "caller of unknown gender; default formal_male)."),
        QStringLiteral("ADDRESS"), QStringLiteral("formal_male"));
    const QCommandLineOption gender(
        QStringLiteral("agent-gender"),
        QStringLiteral("The consultant's grammatical gender: male or female (default female)."),
        QStringLiteral("GENDER"), QStringLiteral("female"));
    const QCommandLineOption agentName(QStringLiteral("agent-name"),
                                       QStringLiteral("The consultant's name for {agentName} (default: empty)."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption caseReference(QStringLiteral("case-ref"),
                                           QStringLiteral("The case reference for {caseRef} (default: empty)."),
                                           QStringLiteral("REF"));
    parser.addOptions({channel, locale, address, gender, agentName, caseReference});
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
        return usageError(err,
                          QStringLiteral("--address must be formal_male, formal_female or formal_plural, not '%1'.")
                              .arg(parser.value(address)),
                          command);
    setup.render.address = *parsedAddress;
    const auto parsedGender = genderFromName(parser.value(gender));
    if (!parsedGender)
        return usageError(
            err, QStringLiteral("--agent-gender must be male or female, not '%1'.").arg(parser.value(gender)), command);
    setup.render.agentGender = *parsedGender;
    setup.render.agentName = parser.value(agentName);
    setup.render.caseReference = parser.value(caseReference);

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

} // namespace steadyline::cli
