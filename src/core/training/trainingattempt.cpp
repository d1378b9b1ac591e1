#include "trainingattempt.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>

namespace steadyline {

namespace {

using Json = nlohmann::ordered_json;

std::string utf8(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

QString textMember(const Json &object, const char *name)
{
    const auto it = object.find(name);
    if (it == object.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

} // namespace

QString mistakesToJson(const std::vector<TrainingMistake> &mistakes)
{
    Json array = Json::array();
    for (const TrainingMistake &m : mistakes) {
        array.push_back({{"turn", utf8(m.turn)},
                         {"code", utf8(m.code)},
                         {"critical", m.critical},
                         {"message", utf8(m.message)},
                         {"advice", utf8(m.advice)}});
    }
    // Texts come from scenario files; an invalid UTF-8 sequence is replaced, never thrown on.
    return QString::fromStdString(array.dump(-1, ' ', false, Json::error_handler_t::replace));
}

std::optional<std::vector<TrainingMistake>> mistakesFromJson(const QString &json)
{
    const Json array = Json::parse(utf8(json), nullptr, false);
    if (array.is_discarded() || !array.is_array())
        return std::nullopt;
    std::vector<TrainingMistake> mistakes;
    for (const Json &item : array) {
        if (!item.is_object())
            return std::nullopt;
        TrainingMistake mistake;
        mistake.turn = textMember(item, "turn");
        mistake.code = textMember(item, "code");
        const auto critical = item.find("critical");
        mistake.critical = critical != item.end() && critical->is_boolean() && critical->get<bool>();
        mistake.message = textMember(item, "message");
        mistake.advice = textMember(item, "advice");
        mistakes.push_back(std::move(mistake));
    }
    return mistakes;
}

journal::TrainingAttempt attemptFromResult(const TrainingResult &result, const Scenario &scenario, qint64 callId,
                                           QDateTime finishedAt)
{
    journal::TrainingAttempt attempt;
    attempt.callId = callId;
    attempt.scenarioId = result.scenarioId.isEmpty() ? scenario.id : result.scenarioId;
    attempt.scenarioRevision = result.scenarioRevision > 0 ? result.scenarioRevision : scenario.revision;
    attempt.scenarioTitle = scenario.title;
    attempt.language = scenario.language;
    attempt.finishedAt = std::move(finishedAt);
    attempt.score = result.score;
    attempt.max = result.max;
    attempt.percent = std::clamp(result.percent, 0, 100);
    attempt.passed = result.passed;
    attempt.mistakesJson = mistakesToJson(result.mistakes);
    return attempt;
}

journal::WriteResult storeAttempt(journal::Journal &journal, const TrainingResult &result, const Scenario &scenario,
                                  qint64 callId, const QDateTime &finishedAt)
{
    return journal.addTrainingAttempt(attemptFromResult(result, scenario, callId, finishedAt));
}

} // namespace steadyline
