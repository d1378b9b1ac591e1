#include "scenario.h"

#include <array>
#include <utility>

namespace steadyline {

namespace {

constexpr std::array<std::pair<CallerTone, const char *>, 10> kTones{{
    {CallerTone::Shouting, "shouting"},
    {CallerTone::Aggressive, "aggressive"},
    {CallerTone::Insulting, "insulting"},
    {CallerTone::Threatening, "threatening"},
    {CallerTone::Sarcastic, "sarcastic"},
    {CallerTone::Upset, "upset"},
    {CallerTone::Venting, "venting"},
    {CallerTone::Calming, "calming"},
    {CallerTone::Calm, "calm"},
    {CallerTone::Silent, "silent"},
}};

constexpr std::array<std::pair<Difficulty, const char *>, 3> kDifficulties{{
    {Difficulty::Beginner, "beginner"},
    {Difficulty::Intermediate, "intermediate"},
    {Difficulty::Advanced, "advanced"},
}};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &text)
{
    for (const auto &[candidate, name] : table) {
        if (text == QLatin1String(name))
            return candidate;
    }
    return std::nullopt;
}

} // namespace

const ScenarioOption *ScenarioTurn::findOption(const QString &optionId) const
{
    for (const ScenarioOption &option : options) {
        if (option.id == optionId)
            return &option;
    }
    return nullptr;
}

const ScenarioTurn *Scenario::findTurn(const QString &turnId) const
{
    for (const ScenarioTurn &turn : turns) {
        if (turn.id == turnId)
            return &turn;
    }
    return nullptr;
}

const ScenarioEnding *Scenario::findEnding(const QString &endingId) const
{
    for (const ScenarioEnding &ending : endings) {
        if (ending.id == endingId)
            return &ending;
    }
    return nullptr;
}

QString difficultyName(Difficulty difficulty)
{
    return nameOf(kDifficulties, difficulty);
}

std::optional<Difficulty> difficultyFromName(const QString &name)
{
    return valueOf(kDifficulties, name);
}

QString callerToneName(CallerTone tone)
{
    return nameOf(kTones, tone);
}

std::optional<CallerTone> callerToneFromName(const QString &name)
{
    return valueOf(kTones, name);
}

QStringList callerToneNames()
{
    QStringList names;
    for (const auto &entry : kTones)
        names << QString::fromLatin1(entry.second);
    return names;
}

} // namespace steadyline
