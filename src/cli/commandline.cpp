#include "commandline.h"

#include "calleventcommand.h"
#include "exportformat.h"
#include "graphcommand.h"
#include "i18nstatuscommand.h"
#include "journal/export.h"
#include "journal/journal.h"
#include "playbook/playbookengine.h"
#include "playbook/playbookloader.h"
#include "training/scenarioloader.h"
#include "training/trainingrun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <nlohmann/json.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

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
        "Usage: steadyline [--data-dir DIR] [COMMAND] [OPTIONS]\n"
        "       steadyline [--data-dir DIR] [--verbose] [--start-call phone|in_person] [--rehearse SCENARIO]\n"
        "\n"
        "Without a command, starts the Steadyline window; if it is already running, raises it.\n"
        "\n"
        "Options for the window:\n"
        "  --verbose                   log in detail, to the log file and the terminal\n"
        "                              (log: ~/.local/share/Steadyline/steadyline/logs/steadyline.log)\n"
        "  --start-call CHANNEL        start a call (phone or in_person) on the playbook chosen on the start\n"
        "                              page, in the running window if there is one (a softphone's on-call hook)\n"
        "  --rehearse SCENARIO         open the window with a rehearsal of this training scenario\n"
        "  --version                   print the version\n"
        "\n"
        "Commands:\n"
        "  validate [--json] FILE...   check playbook and scenario files; prints FILE:LINE:COL: error|warning CODE: "
        "message\n"
        "  simulate PLAYBOOK [OPTIONS] EVENT...\n"
        "                              walk a call through a playbook; prints one JSON object per step entered\n"
        "  train SCENARIO --answers ID,ID,...\n"
        "                              play a training scenario headless; prints the score as JSON\n"
        "  export calls [--since DATE] [--until DATE] [--format md|json|pdf] [--redact] --out FILE\n"
        "                              write a report of the recorded calls (training calls excluded)\n"
        "  export promises [--status open|all] --format csv|ics [--redact] --out FILE\n"
        "                              write the promises as CSV or as iCalendar tasks\n"
        "  i18n-status [--json] [--list] [--mark-current LOCALE] FILE...\n"
        "                              per locale: texts translated, stale (base text changed since) and missing\n"
        "  graph FILE [--format dot|mermaid] [--locale L]\n"
        "                              print the playbook's flow as a Graphviz or Mermaid diagram\n"
        "  call-event started|answered|ended [--call-id ID] [--peer NUMBER] [--direction in|out]\n"
        "                              hand a softphone's call event to the running window (docs/softphones.md)\n"
        "  help                        show this help\n"
        "\n"
        "Options for every command:\n"
        "  --data-dir DIR              the folder of the journal (default: $XDG_DATA_HOME/Steadyline/steadyline,\n"
        "                              usually ~/.local/share/Steadyline/steadyline)\n"
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

// Whether the file is a training scenario rather than a playbook (unreadable files are left to
// the playbook loader, which reports them).
bool isScenarioFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return ScenarioLoader::looksLikeScenario(file.read(ScenarioLoader::kMaxFileBytes));
}

// The playbooks a scenario may train: the files named on the command line, those beside the
// scenario and in the folder above (where shipped scenarios find theirs), and the built-in ones.
PlaybookSet playbooksForScenario(const QString &scenarioPath, const QStringList &files)
{
    PlaybookSet playbooks;
    for (const QString &file : files) {
        if (file != scenarioPath && !isScenarioFile(file))
            playbooks.add(PlaybookLoader::loadFile(file).playbook);
    }
    const QDir folder = QFileInfo(scenarioPath).absoluteDir();
    playbooks.addFolder(folder.path());
    playbooks.addFolder(QFileInfo(folder.path()).absolutePath());
    playbooks.addBuiltIn();
    return playbooks;
}

int runValidate(const QStringList &arguments, std::FILE *out, std::FILE *err)
{
    const QString command = QStringLiteral("validate");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Checks playbook and scenario files and prints one diagnostic a line: FILE:LINE:COL: error|warning CODE: "
        "message.\n"
        "A scenario's playbook is looked up among the files given, then beside the scenario and in the folder above,\n"
        "then among the built-in playbooks.\n"
        "Exit status: 0 no errors (warnings allowed), 1 a file has errors, 2 wrong usage."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print the diagnostics as a JSON array."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Playbook or scenario files to check."),
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
        const Diagnostics diagnostics =
            isScenarioFile(file) ? ScenarioLoader::loadFile(file, playbooksForScenario(file, files)).diagnostics
                                 : PlaybookLoader::loadFile(file).diagnostics;
        for (const Diagnostic &d : diagnostics) {
            (d.severity == Severity::Error ? errors : warnings) += 1;
            if (parser.isSet(jsonOption))
                all.push_back(diagnosticToJson(d));
            else
                writeLine(out, d.toString());
        }
        filesWithErrors += hasErrors(diagnostics) ? 1 : 0;
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

// --- export --------------------------------------------------------------------------------------

const QString kDataDirOption = QStringLiteral("data-dir");

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

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

// A bound of --since/--until: a day (YYYY-MM-DD, local time) or an ISO 8601 time, with or
// without a UTC offset (without one: local time). A day given to --until includes that day.
std::optional<QDateTime> parseBound(const QString &text, bool until)
{
    static const QRegularExpression day(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (day.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return QDateTime(until ? date.addDays(1) : date, QTime(0, 0), Qt::LocalTime);
    }
    static const QRegularExpression time(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}([.,]\d{1,3})?)?(Z|[+-]\d{2}(:?\d{2})?)?$)"));
    if (!time.match(text).hasMatch())
        return std::nullopt;
    QString iso = text;
    iso[10] = QLatin1Char('T');
    const QDateTime parsed = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed;
}

// Only warnings, and on stderr: the journal's info lines would mix with the command's output.
void quietLogging()
{
    auto logger =
        std::make_shared<spdlog::logger>("steadyline", std::make_shared<spdlog::sinks::stderr_color_sink_st>());
    logger->set_level(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    for (const char *name : {"journal", "playbook"}) {
        if (auto existing = spdlog::get(name))
            existing->set_level(spdlog::level::warn);
    }
}

std::unique_ptr<journal::Journal> openJournalForExport(const QString &dataDir, std::FILE *err)
{
    const QString folder = dataDir.isEmpty() ? defaultDataDir() : dataDir;
    const QString file = QDir(folder).filePath(journal::kJournalFileName);
    // Exporting never creates a journal: a missing one is most likely the wrong folder.
    if (!QFileInfo::exists(file)) {
        writeLine(err, QStringLiteral("steadyline export: there is no journal in %1 (no %2). Nothing has been "
                                      "recorded there; name the right folder with --data-dir DIR.")
                           .arg(QDir::toNativeSeparators(folder), journal::kJournalFileName));
        return nullptr;
    }
    quietLogging();
    QString error;
    journal::OpenOptions options;
    options.dataDir = folder;
    options.onlyToRead = true; // an export never moves a damaged journal aside
    auto journal = journal::Journal::open(options, &error);
    if (!journal) {
        writeLine(err, QStringLiteral("steadyline export: %1").arg(error));
        return nullptr;
    }
    if (!journal->recoveryMessage().isEmpty())
        writeLine(err, QStringLiteral("steadyline export: %1").arg(journal->recoveryMessage()));
    return journal;
}

QString redactionLine(const journal::RedactionCounts &counts)
{
    // Every kind that was found, by its label: the parts add up to the total.
    QStringList parts;
    for (const journal::RedactedKind kind : journal::kRedactedKinds) {
        if (const int n = counts.of(kind); n > 0)
            parts << QStringLiteral("%1 %2").arg(n).arg(journal::redactionLabel(kind));
    }
    return QStringLiteral("; %1 item(s) of personal data masked%2")
        .arg(counts.total())
        .arg(parts.isEmpty() ? QString() : QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')'));
}

int runExportCalls(const QStringList &arguments, QString dataDir, std::FILE *out, std::FILE *err)
{
    const QString command = QStringLiteral("export calls");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a report of the recorded calls, oldest first: when, channel, form of address, case reference, "
        "outcome, the playbook revision used, the timeline with times, notes and promises. Training calls are "
        "never included. The file is written atomically and is readable by you alone.\n"
        "DATE is a day (YYYY-MM-DD, local time; --until includes that day) or an ISO 8601 time "
        "(2026-11-23T09:00, 2026-11-23T09:00:00+01:00).\n"
        "Exit status: 0 written, 1 the journal could not be read or the file not written, 2 wrong usage."));
    const QCommandLineOption since(QStringLiteral("since"), QStringLiteral("Calls started at or after DATE."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption until(QStringLiteral("until"),
                                   QStringLiteral("Calls started before DATE (a day: up "
                                                  "to its end)."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("md (Markdown, the default), json (schemaVersion 1) or pdf (A4)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("md"));
    const QCommandLineOption redact(QStringLiteral("redact"),
                                    QStringLiteral("Mask card numbers, IBANs, PESEL numbers, e-mail addresses and "
                                                   "phone numbers in every text."));
    const QCommandLineOption output(QStringLiteral("out"), QStringLiteral("The file to write."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption data(kDataDirOption, QStringLiteral("The journal's folder."), QStringLiteral("DIR"));
    parser.addOptions({since, until, format, redact, output, data});
    int exitCode = Success;
    if (!parseCommand(parser, arguments, command, out, err, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usageError(err, QStringLiteral("unexpected argument '%1'.").arg(parser.positionalArguments().first()),
                          command);
    const auto reportFormat = report::callReportFormatNamed(parser.value(format));
    if (!reportFormat)
        return usageError(err, QStringLiteral("--format must be md, json or pdf, not '%1'.").arg(parser.value(format)),
                          command);
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return usageError(err, QStringLiteral("name the file to write with --out FILE."), command);
    journal::CallReportOptions options;
    options.redact = parser.isSet(redact);
    for (const auto &[option, isUntil, target] :
         {std::tuple{&since, false, &options.since}, std::tuple{&until, true, &options.until}}) {
        if (!parser.isSet(*option))
            continue;
        const auto bound = parseBound(parser.value(*option), isUntil);
        if (!bound)
            return usageError(err,
                              QStringLiteral("--%1 takes a day (YYYY-MM-DD) or an ISO 8601 time "
                                             "(YYYY-MM-DDTHH:MM[:SS][+HH:MM]), not '%2'.")
                                  .arg(option->names().first(), parser.value(*option)),
                              command);
        *target = *bound;
    }
    if (options.since.isValid() && options.until.isValid() && options.until <= options.since)
        return usageError(err, QStringLiteral("--until must come after --since."), command);
    if (parser.isSet(data))
        dataDir = parser.value(data);

    const auto journal = openJournalForExport(dataDir, err);
    if (!journal)
        return Failure;
    const auto report = journal::collectCallReport(*journal, options);
    if (!report.ok()) {
        writeLine(err, QStringLiteral("steadyline export: the journal could not be read. %1").arg(report.error));
        return Failure;
    }
    QString error;
    if (!report::writeCallReport(parser.value(output), *reportFormat, report.value, &error)) {
        writeLine(err, QStringLiteral("steadyline export: %1").arg(error));
        return Failure;
    }
    writeLine(err, QStringLiteral("%1 call(s) written to %2%3")
                       .arg(report.value.calls.size())
                       .arg(parser.value(output), options.redact ? redactionLine(report.value.redactions) : QString()));
    return Success;
}

int runExportPromises(const QStringList &arguments, QString dataDir, std::FILE *out, std::FILE *err)
{
    const QString command = QStringLiteral("export promises");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes the promises made during calls (training calls excluded), by due time: as CSV (RFC 4180, UTF-8, a "
        "header row) or as iCalendar (RFC 5545, one task with its due time per promise), to import into a "
        "calendar. The file is written atomically and is readable by you alone.\n"
        "Exit status: 0 written, 1 the journal could not be read or the file not written, 2 wrong usage."));
    const QCommandLineOption status(QStringLiteral("status"),
                                    QStringLiteral("open (the default: not yet kept or cancelled) or all."),
                                    QStringLiteral("STATUS"), QStringLiteral("open"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("csv or ics."), QStringLiteral("FORMAT"));
    const QCommandLineOption redact(QStringLiteral("redact"),
                                    QStringLiteral("Mask card numbers, IBANs, PESEL numbers, e-mail addresses and "
                                                   "phone numbers in the promises' text and case references."));
    const QCommandLineOption output(QStringLiteral("out"), QStringLiteral("The file to write."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption data(kDataDirOption, QStringLiteral("The journal's folder."), QStringLiteral("DIR"));
    parser.addOptions({status, format, redact, output, data});
    int exitCode = Success;
    if (!parseCommand(parser, arguments, command, out, err, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usageError(err, QStringLiteral("unexpected argument '%1'.").arg(parser.positionalArguments().first()),
                          command);
    const QString statusName = parser.value(status).toLower();
    if (statusName != u"open" && statusName != u"all")
        return usageError(err, QStringLiteral("--status must be open or all, not '%1'.").arg(parser.value(status)),
                          command);
    if (!parser.isSet(format))
        return usageError(err, QStringLiteral("choose the format with --format csv or --format ics."), command);
    const auto promiseFormat = report::promiseFormatNamed(parser.value(format));
    if (!promiseFormat)
        return usageError(err, QStringLiteral("--format must be csv or ics, not '%1'.").arg(parser.value(format)),
                          command);
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return usageError(err, QStringLiteral("name the file to write with --out FILE."), command);
    if (parser.isSet(data))
        dataDir = parser.value(data);

    journal::PromiseExportOptions options;
    options.openOnly = statusName == u"open";
    options.redact = parser.isSet(redact);
    const auto journal = openJournalForExport(dataDir, err);
    if (!journal)
        return Failure;
    const auto promises = journal::collectPromises(*journal, options);
    if (!promises.ok()) {
        writeLine(err, QStringLiteral("steadyline export: the journal could not be read. %1").arg(promises.error));
        return Failure;
    }
    QString error;
    if (!report::writePromises(parser.value(output), *promiseFormat, promises.value, &error)) {
        writeLine(err, QStringLiteral("steadyline export: %1").arg(error));
        return Failure;
    }
    writeLine(err, QStringLiteral("%1 %2 promise(s) written to %3%4")
                       .arg(promises.value.promises.size())
                       .arg(options.openOnly ? QStringLiteral("open") : QStringLiteral("(all)"), parser.value(output),
                            options.redact ? redactionLine(promises.value.redactions) : QString()));
    return Success;
}

QString exportHelp()
{
    return QStringLiteral(
        "Usage: steadyline [--data-dir DIR] export calls [--since DATE] [--until DATE] [--format md|json|pdf] "
        "[--redact] "
        "--out FILE\n"
        "       steadyline [--data-dir DIR] export promises [--status open|all] --format csv|ics [--redact] --out "
        "FILE\n"
        "\n"
        "Run 'steadyline export calls --help' or 'steadyline export promises --help' for the options.\n");
}

int runExport(const QStringList &arguments, const QString &dataDir, std::FILE *out, std::FILE *err)
{
    const QString what = arguments.value(0);
    if (what == u"calls")
        return runExportCalls(arguments.mid(1), dataDir, out, err);
    if (what == u"promises")
        return runExportPromises(arguments.mid(1), dataDir, out, err);
    if (what == u"--help" || what == u"-h" || what == u"help") {
        write(out, exportHelp());
        return Success;
    }
    writeLine(err, what.isEmpty()
                       ? QStringLiteral("steadyline export: say what to export: calls or promises.")
                       : QStringLiteral("steadyline export: cannot export '%1'; choose calls or promises.").arg(what));
    write(err, exportHelp());
    return UsageError;
}

QString describeOptions(const ScenarioTurn &turn)
{
    QStringList ids;
    for (const ScenarioOption &option : turn.options)
        ids << option.id;
    if (turn.onTimer.isEmpty())
        return ids.join(QStringLiteral(", "));
    return ids.join(QStringLiteral(", ")) + QStringLiteral(" (or @wait:MS until the countdown ends)");
}

nlohmann::ordered_json trainingResultToJson(const TrainingResult &result)
{
    nlohmann::ordered_json mistakes = nlohmann::ordered_json::array();
    for (const TrainingMistake &m : result.mistakes) {
        mistakes.push_back({{"turn", utf8(m.turn)},
                            {"code", utf8(m.code)},
                            {"critical", m.critical},
                            {"message", utf8(m.message)},
                            {"advice", utf8(m.advice)}});
    }
    nlohmann::ordered_json path = nlohmann::ordered_json::array();
    for (const TrainingPathEntry &entry : result.path) {
        if (!entry.ending.isEmpty())
            path.push_back({{"ending", utf8(entry.ending)}});
        else if (entry.option.isEmpty())
            path.push_back({{"turn", utf8(entry.turn)}, {"countdownEnded", true}});
        else
            path.push_back({{"turn", utf8(entry.turn)}, {"option", utf8(entry.option)}, {"points", entry.points}});
    }
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    j["scenario"] = utf8(result.scenarioId);
    j["revision"] = result.scenarioRevision;
    j["score"] = result.score;
    j["max"] = result.max;
    j["percent"] = result.percent;
    j["passMark"] = result.passMark;
    j["passed"] = result.passed;
    j["ending"] = utf8(result.ending);
    j["outcome"] = utf8(callOutcomeName(result.outcome));
    j["mistakes"] = std::move(mistakes);
    j["path"] = std::move(path);
    return j;
}

int runTrain(const QStringList &arguments, std::FILE *out, std::FILE *err)
{
    const QString command = QStringLiteral("train");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Plays a training scenario without a display, taking option ids in order, and prints the result as JSON\n"
        "(score, max, passed, mistakes, path). '@wait:MS' lets MS milliseconds pass, e.g. during the countdown.\n"
        "Exit status: 0 the scenario reached an ending (passed or not), 1 an answer is not offered, the answers\n"
        "ran out before an ending or go on after it, or the scenario has errors; 2 wrong usage."));
    const QCommandLineOption answers(QStringLiteral("answers"),
                                     QStringLiteral("Option ids and @wait:MS, separated by commas."),
                                     QStringLiteral("ID,ID,..."));
    const QCommandLineOption gender(
        QStringLiteral("agent-gender"),
        QStringLiteral("The trainee's grammatical gender: male or female (default female)."), QStringLiteral("GENDER"),
        QStringLiteral("female"));
    const QCommandLineOption playbookFile(QStringLiteral("playbook"),
                                          QStringLiteral("A playbook file the scenario may train (repeatable)."),
                                          QStringLiteral("FILE"));
    parser.addOptions({answers, gender, playbookFile});
    parser.addPositionalArgument(QStringLiteral("SCENARIO"), QStringLiteral("The scenario file."));
    int exitCode = Success;
    if (!parseCommand(parser, arguments, command, out, err, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usageError(err, QStringLiteral("name exactly one scenario file."), command);
    if (!parser.isSet(answers))
        return usageError(err, QStringLiteral("give the answers with --answers ID,ID,..."), command);
    const auto trainee = genderFromName(parser.value(gender));
    if (!trainee)
        return usageError(
            err, QStringLiteral("--agent-gender must be male or female, not '%1'.").arg(parser.value(gender)), command);

    // The answers are checked for form before anything runs, so a typo costs no run.
    struct Answer
    {
        QString option;
        std::optional<int> waitMs;
    };
    std::vector<Answer> steps;
    for (const QString &word : parser.value(answers).split(u',', Qt::SkipEmptyParts)) {
        const QString answer = word.trimmed();
        if (answer.startsWith(u'@')) {
            bool ok = false;
            const int ms = answer.startsWith(QStringLiteral("@wait:")) ? answer.mid(6).toInt(&ok) : 0;
            if (!ok || ms < 0 || ms > 3'600'000)
                return usageError(err,
                                  QStringLiteral("'%1' is not understood; write @wait:MS with MS a number of "
                                                 "milliseconds up to 3600000.")
                                      .arg(answer),
                                  command);
            steps.push_back({{}, ms});
        } else {
            steps.push_back({answer, std::nullopt});
        }
    }

    const QString path = parser.positionalArguments().first();
    const ScenarioLoadResult loaded =
        ScenarioLoader::loadFile(path, playbooksForScenario(path, parser.values(playbookFile)));
    for (const Diagnostic &d : loaded.diagnostics)
        writeLine(err, d.toString());
    if (!loaded.ok()) {
        writeLine(err, QStringLiteral("steadyline train: the scenario cannot be played until its errors are fixed."));
        return Failure;
    }
    ManualClock clock;
    CallSession session(loaded.playbook, TrainingRun::setupFor(*loaded.scenario, *loaded.playbook, *trainee), clock);
    TrainingRun run(loaded.scenario, session);
    run.start();
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Answer &answer = steps[i];
        const QString shown = answer.waitMs ? QStringLiteral("@wait:%1").arg(*answer.waitMs) : answer.option;
        if (run.isFinished()) {
            writeLine(err,
                      QStringLiteral("steadyline train: answer %1 '%2' comes after the scenario ended (ending '%3').")
                          .arg(i + 1)
                          .arg(shown, run.result().ending));
            return Failure;
        }
        if (answer.waitMs) {
            // In small steps, as the window's ticker would: the countdown ends at its exact millisecond.
            for (int left = *answer.waitMs; left > 0 && !run.isFinished();) {
                const int slice = std::min(left, 100);
                clock.advance(std::chrono::milliseconds(slice));
                left -= slice;
                run.poll();
            }
            continue;
        }
        const ScenarioTurn &turn = *run.currentTurn();
        if (run.choose(answer.option) == TrainingRun::Choice::NotOffered) {
            writeLine(err, QStringLiteral("steadyline train: answer %1 '%2' is not offered at turn '%3'; the options "
                                          "there are: %4.")
                               .arg(i + 1)
                               .arg(answer.option, turn.id, describeOptions(turn)));
            return Failure;
        }
    }
    if (!run.isFinished()) {
        const ScenarioTurn &turn = *run.currentTurn();
        writeLine(err, QStringLiteral("steadyline train: the answers ran out before an ending; the scenario waits at "
                                      "turn '%1' for one of: %2.")
                           .arg(turn.id, describeOptions(turn)));
        return Failure;
    }
    writeLine(
        out,
        QString::fromStdString(
            trainingResultToJson(run.result()).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)));
    return Success;
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    // `--data-dir DIR` alone starts the window with that journal; `--data-dir` without a folder is
    // wrong usage, reported by run().
    const GlobalOptions global = splitGlobalOptions(arguments);
    if (!global.error.isEmpty())
        return true;
    const QStringList &rest = global.rest;
    if (rest.isEmpty())
        return false;
    static const QStringList words{QStringLiteral("validate"), QStringLiteral("simulate"), QStringLiteral("train"),
                                   QStringLiteral("export"),   QStringLiteral("help"),     QStringLiteral("--help"),
                                   QStringLiteral("-h"),       QStringLiteral("--version")};
    if (rest.first() == u"i18n-status")
        return true;
    return words.contains(rest.first()) || rest.first() == u"graph" || rest.first() == u"call-event";
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
    const QString command = global.rest.first();
    const QStringList rest = global.rest.mid(1);
    if (command == u"export")
        return runExport(rest, global.dataDir, out, err);
    if (command == u"validate")
        return runValidate(rest, out, err);
    if (command == u"simulate")
        return runSimulate(rest, out, err);
    if (command == u"train")
        return runTrain(rest, out, err);
    if (command == u"i18n-status")
        return runI18nStatus(rest, out, err);
    if (command == u"graph")
        return runGraph(rest, out, err);
    if (command == u"call-event")
        return runCallEvent(rest, global.dataDir, out, err);
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
