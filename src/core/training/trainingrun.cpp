#include "trainingrun.h"

#include "playbook/messagetemplate.h"
#include "scenariochecker.h"

#include <algorithm>
#include <cmath>

namespace steadyline {

using std::chrono::milliseconds;

std::optional<double> trackPosition(const QString &label)
{
    QString text = label.trimmed();
    double half = 0.0;
    if (text.endsWith(u'½')) {
        half = 0.5;
        text.chop(1);
    }
    bool ok = false;
    const double value = text.toDouble(&ok) + half;
    // Only the method's own steps: a complaint playbook numbering its steps 1–6 is not a track.
    if (!ok || !(value == 1.0 || value == 2.0 || value == 3.0 || value == 3.5))
        return std::nullopt;
    return value;
}

TrainingRun::TrainingRun(std::shared_ptr<const Scenario> scenario, CallSession &session, QObject *parent)
    : QObject(parent)
    , m_scenario(std::move(scenario))
    , m_session(session)
    , m_playbook(session.engine().playbook())
{
    // The track rules apply to playbooks of the 3½-step method, recognised by their 3½ step.
    m_followsMethodTrack = std::any_of(m_playbook.steps.begin(), m_playbook.steps.end(),
                                       [](const Step &step) { return trackPosition(step.label) == 3.5; });
    connect(&m_session, &CallSession::countdownExpired, this, &TrainingRun::onCountdownExpired);
}

CallSetup TrainingRun::setupFor(const Scenario &scenario, const Playbook &playbook, Gender trainee)
{
    CallSetup setup;
    setup.channel = scenario.channel;
    setup.locale = playbook.locales.contains(scenario.language) ? scenario.language : QString();
    setup.render.address = scenario.address;
    setup.render.agentGender = trainee;
    return setup;
}

void TrainingRun::start()
{
    m_session.start();
    enterTurn(m_scenario->start);
}

QString TrainingRun::render(const QString &text) const
{
    return MessageTemplate::render(text, m_session.engine().setup().render);
}

void TrainingRun::enterTurn(const QString &target)
{
    if (const ScenarioEnding *ending = m_scenario->findEnding(target)) {
        finish(*ending);
        return;
    }
    m_turn = m_scenario->findTurn(target);
    Q_ASSERT(m_turn); // the checker guarantees every target exists
    if (!m_turn->callerLine.isEmpty())
        m_transcript.push_back({TranscriptLine::Speaker::Caller, render(m_turn->callerLine), m_turn->id, m_turn->tone,
                                m_scenario->callerAudioPath(*m_turn)});
    emit turnChanged();
}

const ScenarioOption *TrainingRun::optionFiring(const QString &event) const
{
    if (!m_turn)
        return nullptr;
    for (const ScenarioOption &option : m_turn->options) {
        if (option.action == OptionAction::Event && option.event == event)
            return &option;
    }
    return nullptr;
}

const ScenarioOption *TrainingRun::optionDoing(OptionAction action) const
{
    if (!m_turn)
        return nullptr;
    for (const ScenarioOption &option : m_turn->options) {
        if (option.action == action)
            return &option;
    }
    return nullptr;
}

std::vector<const ScenarioOption *> TrainingRun::sayOptions() const
{
    std::vector<const ScenarioOption *> says;
    if (!m_turn)
        return says;
    for (const ScenarioOption &option : m_turn->options) {
        if (option.action == OptionAction::Say)
            says.push_back(&option);
    }
    return says;
}

milliseconds TrainingRun::sinceStepEntered() const
{
    const auto &history = m_session.engine().history();
    return history.empty() ? milliseconds(0) : m_session.clock().monotonicNow() - history.back().monotonic;
}

bool TrainingRun::trackStepEntered(double label) const
{
    for (const TransitionRecord &record : m_session.engine().history()) {
        const Step *step = m_playbook.findStep(record.toStep);
        if (step && trackPosition(step->label) == label)
            return true;
    }
    return false;
}

void TrainingRun::addMistake(const QString &code, const QString &message, const QString &advice)
{
    static const QStringList critical{QStringLiteral("step-skipped"), QStringLiteral("escalated-while-calming"),
                                      QStringLiteral("ended-before-final-warning"),
                                      QStringLiteral("countdown-ended-calm-caller")};
    m_mistakes.push_back({m_turn ? m_turn->id : QString(), code, critical.contains(code), message, advice});
}

TrainingRun::Choice TrainingRun::choose(const QString &optionId, const QString &typed)
{
    if (m_finished || !m_turn)
        return Choice::Finished;
    const ScenarioOption *option = m_turn->findOption(optionId);
    if (!option)
        return Choice::NotOffered;
    const ScenarioTurn &turn = *m_turn;
    m_path.push_back({turn.id, option->id, option->points, {}});
    m_points += option->points;
    if (option->points < 0) {
        addMistake(QStringLiteral("option-penalty"), describe(*option), render(option->feedback));
    }
    if (option->apology && ++m_apologies == 2) {
        addMistake(QStringLiteral("apologised-twice"), tr("You apologised again for the same thing."),
                   tr("\"Sorry\" works only once: an apology repeated for the same failure only annoys. Apologise "
                      "sincerely once, then act — and make sure it does not happen again."));
    }
    if (option->promiseMade && m_promiseMadeAt.isEmpty())
        m_promiseMadeAt = turn.id;
    m_problemAddressed = m_problemAddressed || option->addressesProblem;

    const QString fromStep = m_session.step().stepId;
    switch (option->action) {
    case OptionAction::Event:
        m_session.fire(option->event);
        checkTransition(fromStep, m_session.step().stepId);
        break;
    case OptionAction::Say:
        m_transcript.push_back({TranscriptLine::Speaker::Trainee, render(option->text), turn.id, turn.tone, {}});
        break;
    case OptionAction::Promise: {
        const QString text = typed.trimmed().isEmpty() ? render(option->text) : typed.trimmed();
        m_session.addPromise(text);
        m_transcript.push_back({TranscriptLine::Speaker::Promise, text, turn.id, turn.tone, {}});
        break;
    }
    case OptionAction::Note: {
        const QString text = typed.trimmed().isEmpty() ? render(option->text) : typed.trimmed();
        m_session.addNote(text);
        m_transcript.push_back({TranscriptLine::Speaker::Note, text, turn.id, turn.tone, {}});
        break;
    }
    case OptionAction::StopCountdown: m_session.stopCountdown(); break;
    case OptionAction::EndCall: {
        const Step *step = m_playbook.findStep(fromStep);
        if (step && step->timer) {
            // Acting before zero (or after a stopped countdown): the wait is judged here.
            const milliseconds waited = sinceStepEntered();
            if (waited.count() < step->timer->minMs) {
                addMistake(QStringLiteral("countdown-too-short"),
                           tr("You acted after %1 s of the 3½ wait.").arg(waited.count() / 1000.0, 0, 'f', 1),
                           tr("Give the caller at least %1 s after the final warning: it is their last chance to "
                              "change the tone.")
                               .arg(step->timer->minMs / 1000));
            } else if (waited.count() > step->timer->maxMs) {
                addMistake(QStringLiteral("countdown-too-long"),
                           tr("You waited %1 s after the final warning.").arg(waited.count() / 1000.0, 0, 'f', 1),
                           tr("Keep the 3½ wait within %1 s: a warning that is not followed through loses its "
                              "meaning.")
                               .arg(step->timer->maxMs / 1000));
            } else {
                m_countdownRespected = true;
            }
            m_countdownJudged = true;
            m_actingNow = true;
            m_session.proceedNow();
            m_actingNow = false;
        } else if (!m_session.reachedFinalStep()) {
            const ScenarioEnding *ending = m_scenario->findEnding(option->next);
            const bool resolved = ending && ending->outcome == CallOutcome::Resolved;
            if (turn.callerCalming() && !resolved) {
                addMistake(QStringLiteral("escalated-while-calming"),
                           tr("You ended the call while the caller was calming down."),
                           tr("When the caller calms down, leave the escalation and turn to their problem."));
            } else if (m_followsMethodTrack && !trackStepEntered(3.0)) {
                m_countdownJudged = true; // the early end is the mistake, not the missing wait
                addMistake(QStringLiteral("ended-before-final-warning"),
                           tr("You ended the call before giving the final warning (step 3)."),
                           tr("Take the steps in order: offer help, set the boundary, give the final warning, "
                              "wait, and only then end the call."));
            }
        }
        break;
    }
    }
    emit optionChosen(option->id, option->points, render(option->feedback));
    enterTurn(option->next);
    return Choice::Chosen;
}

QString TrainingRun::describe(const ScenarioOption &option) const
{
    switch (option.action) {
    case OptionAction::Event: return tr("You chose \"%1\".").arg(m_session.eventLabel(option.event));
    case OptionAction::Say: return tr("You said: \"%1\"").arg(render(option.text));
    case OptionAction::Promise: return tr("You promised: \"%1\"").arg(render(option.text));
    case OptionAction::Note: return tr("You noted: \"%1\"").arg(render(option.text));
    case OptionAction::StopCountdown: return tr("You stopped the countdown.");
    case OptionAction::EndCall: return tr("You ended the call.");
    }
    return {};
}

void TrainingRun::checkTransition(const QString &fromStep, const QString &toStep)
{
    if (fromStep == toStep || !m_followsMethodTrack)
        return;
    const Step *from = m_playbook.findStep(fromStep);
    const Step *to = m_playbook.findStep(toStep);
    if (!from || !to)
        return;
    const auto fromPlace = trackPosition(from->label);
    const auto toPlace = trackPosition(to->label);
    if (!toPlace)
        return;
    const bool escalation = !fromPlace || *toPlace > *fromPlace;
    if (escalation && m_turn && m_turn->callerCalming()) {
        addMistake(QStringLiteral("escalated-while-calming"),
                   tr("You moved to step %1 while the caller was calming down.").arg(to->label),
                   tr("When the caller calms down, leave the escalation and turn to their problem (F6)."));
    } else if (fromPlace && *toPlace > *fromPlace + 1.0) {
        addMistake(QStringLiteral("step-skipped"), tr("You went from step %1 to step %2.").arg(from->label, to->label),
                   tr("Take every step in order: each one gives the caller a chance to change the tone."));
    }
}

void TrainingRun::onCountdownExpired()
{
    if (m_actingNow || m_finished || !m_turn)
        return;
    // The countdown ran out: the wait was exactly the playbook's (adjusting stays within bounds).
    m_countdownRespected = true;
    // ...but a caller who calmed down during the wait was their last chance taken: as critical
    // as ending the call on a calm caller anywhere else.
    if (m_turn->callerCalming())
        addMistake(QStringLiteral("countdown-ended-calm-caller"),
                   tr("The countdown ended the call although the caller had calmed down."),
                   tr("The 3½ wait is the caller's last chance: when they calm down, stop it with F6 and turn to "
                      "their problem."));
    m_path.push_back({m_turn->id, {}, 0, {}});
    enterTurn(m_turn->onTimer);
}

void TrainingRun::poll()
{
    m_session.poll();
}

void TrainingRun::checkEnding()
{
    if (m_scenario->expect.countdown && !m_countdownRespected && !m_countdownJudged &&
        m_ending->outcome != CallOutcome::Resolved)
        addMistake(QStringLiteral("countdown-not-respected"), tr("The call ended without the 3½ wait being kept."),
                   tr("After the final warning, wait %1 s before you act.").arg(QStringLiteral("5–10")));
    if ((m_scenario->expect.promise || !m_promiseMadeAt.isEmpty()) && m_session.promises().empty()) {
        addMistake(QStringLiteral("promise-not-recorded"),
                   m_promiseMadeAt.isEmpty() ? tr("No promise was recorded in this call.")
                                             : tr("A promise was made but not recorded."),
                   tr("Record every promise (F9) with what, to whom and by when, so it is followed up."));
        if (!m_promiseMadeAt.isEmpty())
            m_mistakes.back().turn = m_promiseMadeAt;
    }
    if (m_scenario->expect.note && m_session.notes().empty())
        addMistake(QStringLiteral("note-not-taken"), tr("No note was taken during the call."),
                   tr("Note what happened (F8): date, time, details and every resolution."));
    if (m_scenario->expect.problemAddressed && !m_problemAddressed)
        addMistake(QStringLiteral("problem-not-addressed"), tr("The caller's real problem was never dealt with."),
                   tr("Listen for what is really wrong and ask about it (\"It seems something upset you?\")."));
}

void TrainingRun::finish(const ScenarioEnding &ending)
{
    m_ending = &ending;
    checkEnding(); // mistakes found at the end belong to the last turn played
    m_turn = nullptr;
    m_finished = true;
    m_path.push_back({{}, {}, 0, ending.id});
    m_transcript.push_back({TranscriptLine::Speaker::System, render(ending.text), {}, CallerTone::Calm, {}});
    m_session.end(ending.outcome);
    emit turnChanged();
    emit finished();
}

TrainingResult TrainingRun::result() const
{
    TrainingResult result;
    result.scenarioId = m_scenario->id;
    result.scenarioRevision = m_scenario->revision;
    result.finished = m_finished;
    result.max = ScenarioChecker::maximumScore(*m_scenario);
    int slips = 0;
    bool critical = false;
    for (const TrainingMistake &mistake : m_mistakes) {
        if (mistake.code != u"option-penalty" && !mistake.critical)
            ++slips;
        critical = critical || mistake.critical;
    }
    result.score = scoreAfterMistakes(m_points, slips, critical);
    result.percent = result.max > 0 ? static_cast<int>(std::lround(100.0 * result.score / result.max)) : 0;
    result.passMark = m_scenario->passMark;
    result.passed = m_finished && !critical && result.percent >= result.passMark;
    if (m_ending) {
        result.ending = m_ending->id;
        result.endingText = render(m_ending->text);
        result.outcome = m_ending->outcome;
    }
    result.mistakes = m_mistakes;
    result.path = m_path;
    return result;
}

} // namespace steadyline
