#include "scenarioloader.h"

#include "common/suggestion.h"
#include "playbook/playbookloader.h"
#include "scenariochecker.h"
#include "scenarioparser.h"

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
    return loadData(*data, path, playbooks);
}

ScenarioLoadResult ScenarioLoader::loadData(const QByteArray &data, const QString &displayName,
                                            const PlaybookSet &playbooks)
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
    if (parser.parse(document->root, *scenario)) {
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
