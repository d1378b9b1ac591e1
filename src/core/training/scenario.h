#pragma once

#include "playbook/playbook.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace steadyline {

// The newest scenario format this build understands.
inline constexpr int kScenarioSchemaVersion = 1;

enum class Difficulty { Beginner, Intermediate, Advanced };

// How the simulated caller speaks; `Calming` and `Calm` mean the caller is calming down.
enum class CallerTone {
    Shouting,
    Aggressive,
    Insulting,
    Threatening,
    Sarcastic,
    Upset,
    Venting,
    Calming,
    Calm,
    Silent
};

// What the trainee does with an option: the playbook's own actions or a line to say.
enum class OptionAction { Event, Say, Promise, Note, StopCountdown, EndCall };

struct ScenarioOption
{
    QString id;
    OptionAction action = OptionAction::Say;
    QString event; // OptionAction::Event
    QString text;  // Say, Promise, Note: the line, the promise, the note
    int points = 0;
    QString feedback;
    QString next; // a turn or an ending
    bool apology = false;
    bool promiseMade = false;
    bool addressesProblem = false;
    std::string pointer;
};

struct ScenarioTurn
{
    QString id;
    QString step; // the playbook step the trainee is at
    CallerTone tone = CallerTone::Upset;
    QString callerLine;
    QString callerAudio; // a recording of the line, relative to the scenario's folder; empty: synthesised
    std::vector<ScenarioOption> options;
    QString onTimer; // where the scenario goes when the step's countdown reaches zero
    std::string pointer;

    [[nodiscard]] const ScenarioOption *findOption(const QString &optionId) const;
    [[nodiscard]] bool callerCalming() const { return tone == CallerTone::Calming || tone == CallerTone::Calm; }
};

struct ScenarioEnding
{
    QString id;
    CallOutcome outcome = CallOutcome::Resolved;
    QString text;
    std::string pointer;
};

struct ScenarioExpectations
{
    bool promise = false;
    bool note = false;
    bool countdown = false;
    bool problemAddressed = false;
};

struct Scenario
{
    int schemaVersion = kScenarioSchemaVersion;
    QString id;
    int revision = 1;
    QString language;
    QString title;
    Difficulty difficulty = Difficulty::Beginner;
    QString briefing;
    QStringList goals;
    QString playbookId;
    int playbookMinRevision = 1;
    Channel channel = Channel::Phone;
    FormOfAddress address = FormOfAddress::FormalMale;
    QString start;
    int passMark = 70; // percent
    ScenarioExpectations expect;
    std::vector<ScenarioTurn> turns;
    std::vector<ScenarioEnding> endings;
    QString folder; // the scenario file's folder, where recordings are found; empty when not read from a file

    [[nodiscard]] const ScenarioTurn *findTurn(const QString &turnId) const;
    [[nodiscard]] const ScenarioEnding *findEnding(const QString &endingId) const;
    // The recording of the turn's caller line as an absolute path; empty when it has none.
    [[nodiscard]] QString callerAudioPath(const ScenarioTurn &turn) const;
};

[[nodiscard]] QString difficultyName(Difficulty difficulty);
[[nodiscard]] std::optional<Difficulty> difficultyFromName(const QString &name);
[[nodiscard]] QString callerToneName(CallerTone tone);
[[nodiscard]] std::optional<CallerTone> callerToneFromName(const QString &name);
[[nodiscard]] QStringList callerToneNames();

} // namespace steadyline
