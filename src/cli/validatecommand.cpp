#include "validatecommand.h"

#include "commandio.h"
#include "commandline.h"
#include "playbook/playbookloader.h"
#include "scenarioplaybooks.h"
#include "training/scenarioloader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <optional>

#include <nlohmann/json.hpp>

namespace steadyline::cli {

namespace {

nlohmann::json diagnosticToJson(const Diagnostic &d)
{
    return {{"file", utf8(d.file)}, {"line", d.line},
            {"column", d.column},   {"severity", utf8(severityName(d.severity))},
            {"code", utf8(d.code)}, {"message", utf8(d.message)}};
}

// The files to check: each FILE as given, each FOLDER as every *.json file under it (a team
// folder with its scenarios/ in CI), sorted; JSON Schema files (*.schema.json) are not playbooks.
std::optional<QStringList> filesToCheck(const QStringList &arguments, std::FILE *err)
{
    QStringList files;
    for (const QString &argument : arguments) {
        if (!QFileInfo(argument).isDir()) {
            files << argument;
            continue;
        }
        QStringList found;
        QDirIterator it(argument, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.endsWith(QStringLiteral(".schema.json")))
                found << path;
        }
        if (found.isEmpty()) {
            writeLine(err, QStringLiteral("steadyline validate: the folder %1 has no .json files.").arg(argument));
            return std::nullopt;
        }
        found.sort();
        files << found;
    }
    return files;
}

} // namespace

int runValidate(const Invocation &invocation)
{
    const QStringList &arguments = invocation.arguments;
    std::FILE *out = invocation.out;
    std::FILE *err = invocation.err;
    const QString command = QStringLiteral("validate");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Checks playbook and scenario files and prints one diagnostic a line: FILE:LINE:COL: error|warning CODE: "
        "message.\n"
        "A FOLDER stands for every .json file under it, scenarios/ included (*.schema.json files are skipped).\n"
        "A scenario's playbook is looked up among the files given, then beside the scenario and in the folder above,\n"
        "then among the built-in playbooks.\n"
        "Exit status: 0 no errors (warnings allowed), 1 a file has errors, 2 wrong usage."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print the diagnostics as a JSON array."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("Playbook or scenario files, or folders of them, to check."),
                                 QStringLiteral("FILE|FOLDER..."));
    int exitCode = Success;
    if (!parseCommand(parser, arguments, command, out, err, exitCode))
        return exitCode;
    if (parser.positionalArguments().isEmpty())
        return usageError(err, QStringLiteral("name at least one file or folder to check."), command);
    const std::optional<QStringList> expanded = filesToCheck(parser.positionalArguments(), err);
    if (!expanded)
        return Failure;
    const QStringList &files = *expanded;

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

} // namespace steadyline::cli
