#include "scenario.h"

#include "common/enumnames.h"

#include <QDir>

#include <array>
#include <utility>

namespace steadyline {

namespace {

constexpr EnumNameTable<CallerTone, 10> kTones{{
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

constexpr EnumNameTable<Difficulty, 3> kDifficulties{{
    {Difficulty::Beginner, "beginner"},
    {Difficulty::Intermediate, "intermediate"},
    {Difficulty::Advanced, "advanced"},
}};

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

QString Scenario::callerAudioPath(const ScenarioTurn &turn) const
{
    if (turn.callerAudio.isEmpty() || folder.isEmpty())
        return {};
    return QDir::cleanPath(QDir(folder).absoluteFilePath(turn.callerAudio));
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
    return enumName(kDifficulties, difficulty);
}

std::optional<Difficulty> difficultyFromName(const QString &name)
{
    return enumFromName(kDifficulties, name);
}

QString callerToneName(CallerTone tone)
{
    return enumName(kTones, tone);
}

std::optional<CallerTone> callerToneFromName(const QString &name)
{
    return enumFromName(kTones, name);
}

QStringList callerToneNames()
{
    QStringList names;
    for (const auto &entry : kTones)
        names << QString::fromLatin1(entry.second);
    return names;
}

} // namespace steadyline
