#pragma once

#include "call/callsession.h"
#include "scenario.h"

#include <QObject>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace steadyline {

// A mistake in a rehearsal: where it happened, what happened and what to do instead.
struct TrainingMistake
{
    QString turn;
    QString code; // "option-penalty" or one of the method checks (docs/scenario-format.md)
    bool critical = false;
    QString message;
    QString advice;
};

// One entry of the path through a scenario: an option chosen at a turn, the countdown reaching
// zero at a turn (`option` empty), or the ending (`turn` empty).
struct TrainingPathEntry
{
    QString turn;
    QString option;
    int points = 0;
    QString ending;
};

// What the trainee and the caller said, in order, for the transcript and the report.
struct TranscriptLine
{
    enum class Speaker { Caller, Trainee, Note, Promise, System };
    Speaker speaker = Speaker::Caller;
    QString text;
    QString turn;
    CallerTone tone = CallerTone::Upset;
    QString audio; // the caller line's recording (an absolute path), played instead of a synthetic voice
};

struct TrainingResult
{
    QString scenarioId;
    int scenarioRevision = 0;
    bool finished = false;
    int score = 0;
    int max = 0;
    int percent = 0;
    int passMark = 0;
    bool passed = false;
    QString ending;
    QString endingText;
    CallOutcome outcome = CallOutcome::Interrupted;
    std::vector<TrainingMistake> mistakes;
    std::vector<TrainingPathEntry> path;
};

// Points taken off for every slip in the method (a mistake that is not critical). Slips together
// take at most half of the points earned, so a near miss still scores well above a failed call;
// a critical mistake scores 0 whatever else went well.
inline constexpr int kMethodMistakePenalty = 3;

[[nodiscard]] constexpr int scoreAfterMistakes(int points, int slips, bool critical)
{
    if (critical || points <= 0)
        return 0;
    const int penalty = kMethodMistakePenalty * slips;
    return points - (penalty < points / 2 ? penalty : points / 2);
}

// One rehearsal of a scenario: the real call session (same engine, same step card, same keys as
// a live call) plus the simulated caller, who reacts to what the trainee does, and the scoring.
// The window and `steadyline train` both drive it.
class TrainingRun : public QObject
{
    Q_OBJECT

public:
    enum class Choice { Chosen, NotOffered, Finished };

    // `session` is the rehearsal's call, made with setupFor() on the scenario's playbook; it must
    // outlive the run. The window owns it like any call, so the step card and keys work unchanged.
    TrainingRun(std::shared_ptr<const Scenario> scenario, CallSession &session, QObject *parent = nullptr);

    // The call a rehearsal of `scenario` runs: its channel and caller, the trainee's gender.
    [[nodiscard]] static CallSetup setupFor(const Scenario &scenario, const Playbook &playbook, Gender trainee);

    // Starts the session and presents the first turn.
    void start();

    [[nodiscard]] const Scenario &scenario() const { return *m_scenario; }
    [[nodiscard]] CallSession &session() { return m_session; }
    [[nodiscard]] const CallSession &session() const { return m_session; }
    // Null once the rehearsal has reached an ending.
    [[nodiscard]] const ScenarioTurn *currentTurn() const { return m_turn; }
    [[nodiscard]] bool isFinished() const { return m_finished; }

    // `typed` replaces the option's own text for a note or a promise the trainee typed.
    Choice choose(const QString &optionId, const QString &typed = {});
    // The current turn's option for what the trainee did in the window (a key), or null when the
    // scenario does not offer it here.
    [[nodiscard]] const ScenarioOption *optionFiring(const QString &event) const;
    [[nodiscard]] const ScenarioOption *optionDoing(OptionAction action) const;
    // The "things to say" of the current turn, in order (buttons A, B, C, D in the window).
    [[nodiscard]] std::vector<const ScenarioOption *> sayOptions() const;

    // Checks the countdown now (the session's own timer does this in the window; the command
    // line calls it after moving its clock).
    void poll();

    // A text of the scenario with its placeholders rendered for this caller and trainee.
    [[nodiscard]] QString render(const QString &text) const;
    [[nodiscard]] const std::vector<TranscriptLine> &transcript() const { return m_transcript; }
    [[nodiscard]] TrainingResult result() const;

signals:
    void turnChanged();
    // After an option was chosen: what the trainee did and the feedback for it.
    void optionChosen(const QString &optionId, int points, const QString &feedback);
    void finished();

private:
    void enterTurn(const QString &target);
    void finish(const ScenarioEnding &ending);
    void onCountdownExpired();
    void checkTransition(const QString &fromStep, const QString &toStep);
    void checkEnding();
    [[nodiscard]] QString describe(const ScenarioOption &option) const;
    void addMistake(const QString &code, const QString &message, const QString &advice);
    [[nodiscard]] std::chrono::milliseconds sinceStepEntered() const;
    [[nodiscard]] bool trackStepEntered(double label) const;

    std::shared_ptr<const Scenario> m_scenario;
    CallSession &m_session;
    const Playbook &m_playbook;
    const ScenarioTurn *m_turn = nullptr;
    bool m_finished = false;
    bool m_followsMethodTrack = false; // the playbook has the 1 → 2 → 3 → 3½ steps
    bool m_actingNow = false;          // the trainee ended the countdown: its "expired" is not the caller's cue
    bool m_countdownRespected = false;
    bool m_countdownJudged = false; // cut short or stretched: already a mistake of its own
    bool m_problemAddressed = false;
    int m_apologies = 0;
    QString m_promiseMadeAt; // the turn where a promise was said, if any
    const ScenarioEnding *m_ending = nullptr;
    std::vector<TrainingMistake> m_mistakes;
    std::vector<TrainingPathEntry> m_path;
    std::vector<TranscriptLine> m_transcript;
    int m_points = 0;
};

// The place of a step on the method's 1 → 2 → 3 → 3½ track from its label ("3½" and "3.5" are
// 3.5), or nothing for other labels ("A", "✓", "4").
[[nodiscard]] std::optional<double> trackPosition(const QString &label);

} // namespace steadyline
