#include "scenarioloader.h"

#include "common/suggestion.h"
#include "playbook/playbookloader.h"
#include "scenariochecker.h"
#include "scenarioparser.h"

#include <QDir>
#include <QFileInfo>

#include <spdlog/spdlog.h>

namespace steadyline {

ScenarioLoadResult ScenarioLoader::loadFile(const QString &path, const PlaybookSet &playbooks)
{
    ScenarioLoadResult result;
    const auto data =
        readUserFile(path, kMaxFileBytes, DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "scenario")),
                     result.diagnostics);
    if (!data)
        return result;
    return loadData(*data, path, playbooks, QFileInfo(path).absolutePath());
}

namespace {

// Every recording a caller line names is a file in the scenario's folder (or below it).
void checkRecordings(const Scenario &scenario, DiagnosticSink &sink)
{
    for (const ScenarioTurn &turn : scenario.turns) {
        if (turn.callerAudio.isEmpty())
            continue;
        const std::string pointer = turn.pointer + "/caller/audio";
        if (QDir::isAbsolutePath(turn.callerAudio) || turn.callerAudio.startsWith(QLatin1Char('~'))) {
            sink.error(QStringLiteral("invalid-value"), pointer,
                       DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                        "the recording '%1' of turn '%2' must be given relative to "
                                                        "the scenario's folder, e.g. \"audio/opening.wav\"."))
                           .arg(turn.callerAudio, turn.id));
            continue;
        }
        if (scenario.folder.isEmpty())
            continue;
        const QFileInfo file(scenario.callerAudioPath(turn));
        if (!file.isFile() || !file.isReadable())
            sink.error(QStringLiteral("missing-audio"), pointer,
                       DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                        "the recording '%1' of turn '%2' was not found: there is no "
                                                        "readable file %3. Put it there, or remove 'audio' to have "
                                                        "the line read by a synthetic voice."))
                           .arg(turn.callerAudio, turn.id, QDir::toNativeSeparators(file.filePath())));
    }
}

} // namespace

ScenarioLoadResult ScenarioLoader::loadData(const QByteArray &data, const QString &displayName,
                                            const PlaybookSet &playbooks, const QString &folder)
{
    ScenarioLoadResult result;
    const auto document = readUserJson(
        data, displayName, DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "scenario")), result.diagnostics);
    if (!document)
        return result;
    DiagnosticSink sink(displayName, &document->positions);
    reportDuplicateKeys(*document, sink);
    auto scenario = std::make_shared<Scenario>();
    ScenarioParser parser(sink);
    scenario->folder = folder;
    if (parser.parse(document->root, *scenario)) {
        checkRecordings(*scenario, sink);
        std::shared_ptr<const Playbook> playbook;
        if (!scenario->playbookId.isEmpty()) {
            playbook = playbooks.find(scenario->playbookId);
            if (!playbook) {
                sink.error(QStringLiteral("unknown-playbook"), "/playbook/id",
                           DiagnosticText(
                               QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                 "no playbook with the id '%1' was found.%2 Give its file on the same "
                                                 "command line, or put it beside the scenario or in the folder above."))
                               .arg(scenario->playbookId, didYouMean(scenario->playbookId, playbooks.ids())));
            } else if (playbook->revision < scenario->playbookMinRevision) {
                sink.error(QStringLiteral("playbook-too-old"), "/playbook/minRevision",
                           DiagnosticText(QT_TRANSLATE_NOOP(
                                              "steadyline::Diagnostic",
                                              "the scenario needs revision %1 or later of playbook '%2', but the one "
                                              "found is revision %3."))
                               .arg(scenario->playbookMinRevision)
                               .arg(scenario->playbookId)
                               .arg(playbook->revision));
                playbook.reset();
            }
        }
        ScenarioChecker checker(sink);
        checker.check(*scenario, playbook.get());
        result.playbook = std::move(playbook);
    }
    sortByPosition(sink.diagnostics());
    result.diagnostics = std::move(sink.diagnostics());
    if (!hasErrors(result.diagnostics))
        result.scenario = std::move(scenario);
    else
        result.playbook.reset();
    spdlog::debug("{}: {} scenario diagnostics", displayName.toStdString(), result.diagnostics.size());
    return result;
}

bool ScenarioLoader::looksLikeScenario(const QByteArray &data)
{
    // Playbooks have no "kind" member, so most files are told apart without parsing them twice.
    if (!data.contains("\"kind\""))
        return false;
    const auto read = json::readJson(std::string_view(data.constData(), static_cast<std::size_t>(data.size())));
    return read.document && ScenarioParser::isScenarioDocument(read.document->root);
}

} // namespace steadyline
