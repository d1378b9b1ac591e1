#include "scenariochecker.h"

#include "common/suggestion.h"
#include "optionchecks.h"
#include "playbook/messagetemplate.h"
#include "playbook/playbookengine.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>

namespace steadyline {

namespace {

std::string at(const std::string &pointer, const char *member)
{
    return json::appendPointer(pointer, member);
}

DiagnosticText channelPhrase(Channel channel)
{
    return channel == Channel::Phone ? DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "on the phone"))
                                     : DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "in person"));
}

} // namespace

ScenarioChecker::ScenarioChecker(DiagnosticSink &sink)
    : m_sink(sink)
{}

void ScenarioChecker::check(const Scenario &scenario, const Playbook *playbook)
{
    checkSameEventOptions(scenario, m_sink);
    if (playbook && scenario.address == FormOfAddress::FormalPlural && !everyAddressHasPluralForm(*playbook))
        m_sink.warning(QStringLiteral("address-plural-missing"), "/call/address",
                       DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                        "the scenario's caller is addressed in the plural "
                                                        "(formal_plural), but the playbook '%1' has lines with only "
                                                        "two forms of address, which the rehearsal would show as both "
                                                        "(\"Panu/Pani\"); give them the third form, or address the "
                                                        "caller as formal_male or formal_female."))
                           .arg(playbook->id));
    // Ids: turns and endings share one name space, so a `next` is never ambiguous.
    QHash<QString, QString> kindOfId;
    QStringList targetIds;
    for (const ScenarioTurn &turn : scenario.turns) {
        if (turn.id.isEmpty())
            continue;
        if (kindOfId.contains(turn.id))
            m_sink.error(
                QStringLiteral("duplicate-id"), at(turn.pointer, "id"),
                DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                 "the id '%1' is used twice; turns and endings need distinct ids."))
                    .arg(turn.id));
        kindOfId.insert(turn.id, QStringLiteral("turn"));
        targetIds << turn.id;
        QSet<QString> optionIds;
        for (const ScenarioOption &option : turn.options) {
            if (option.id.isEmpty())
                continue;
            if (optionIds.contains(option.id))
                m_sink.error(
                    QStringLiteral("duplicate-id"), at(option.pointer, "id"),
                    DiagnosticText(
                        QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                          "turn '%1' has two options with the id '%2'; option ids must be distinct "
                                          "within a turn."))
                        .arg(turn.id, option.id));
            optionIds.insert(option.id);
        }
    }
    for (const ScenarioEnding &ending : scenario.endings) {
        if (ending.id.isEmpty())
            continue;
        if (kindOfId.contains(ending.id))
            m_sink.error(
                QStringLiteral("duplicate-id"), at(ending.pointer, "id"),
                DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                 "the id '%1' is used twice; turns and endings need distinct ids."))
                    .arg(ending.id));
        kindOfId.insert(ending.id, QStringLiteral("ending"));
        targetIds << ending.id;
    }

    const auto checkTarget = [&](const QString &target, const std::string &pointer, const DiagnosticText &what) {
        if (target.isEmpty() || kindOfId.contains(target))
            return true;
        m_sink.error(QStringLiteral("unknown-target"), pointer,
                     DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                      "%1 names '%2', which is neither a turn nor an ending.%3"))
                         .arg(what, target, didYouMean(target, targetIds)));
        return false;
    };

    if (!scenario.start.isEmpty() && !scenario.findTurn(scenario.start)) {
        QStringList turnIds;
        for (const ScenarioTurn &turn : scenario.turns)
            turnIds << turn.id;
        m_sink.error(
            QStringLiteral("unknown-target"), "/start",
            DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "'start' names '%1', which is not a turn.%2"))
                .arg(scenario.start, didYouMean(scenario.start, turnIds)));
    }

    if (playbook && playbook->baseLocale != scenario.language && !playbook->locales.contains(scenario.language)) {
        m_sink.warning(
            QStringLiteral("language-mismatch"), "/language",
            DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                             "the scenario is in '%1' but playbook '%2' has no text in that language "
                                             "(it is in %3); the step card will not match the caller."))
                .arg(scenario.language, playbook->id, playbook->locales.join(QStringLiteral(", "))));
    }
    QStringList stepIds;
    QStringList eventIds;
    if (playbook) {
        for (const Step &step : playbook->steps)
            stepIds << step.id;
        for (const EventDefinition &event : playbook->events)
            eventIds << event.id;
    }

    bool graphComplete = true;
    for (const ScenarioTurn &turn : scenario.turns) {
        const DiagnosticText turnName =
            DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "turn '%1'")).arg(turn.id);
        const Step *step = nullptr;
        if (playbook && !turn.step.isEmpty()) {
            step = playbook->findStep(turn.step);
            if (!step)
                m_sink.error(
                    QStringLiteral("unknown-step"), at(turn.pointer, "step"),
                    DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                     "%1 names step '%2', which playbook '%3' does not have.%4"))
                        .arg(turnName, turn.step, playbook->id, didYouMean(turn.step, stepIds)));
        }
        const auto stepOfTarget = [&](const QString &target) -> QString {
            const ScenarioTurn *next = scenario.findTurn(target);
            return next ? next->step : QString();
        };
        const auto checkStepAgrees = [&](const QString &target, const QString &expectedStep, const std::string &pointer,
                                         const DiagnosticText &because) {
            const QString nextStep = stepOfTarget(target);
            // A next turn naming an unknown step is reported there; do not repeat it here.
            if (nextStep.isEmpty() || expectedStep.isEmpty() || nextStep == expectedStep ||
                !playbook->findStep(nextStep))
                return;
            m_sink.error(
                QStringLiteral("step-mismatch"), pointer,
                DiagnosticText(
                    QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                      "%1, the playbook is at step '%2', but the next turn '%3' says step '%4'; make "
                                      "them agree."))
                    .arg(because, expectedStep, target, nextStep));
        };

        if (!checkTarget(turn.onTimer, at(turn.pointer, "onTimer"),
                         DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "'onTimer' of %1")).arg(turnName)))
            graphComplete = false;
        if (step) {
            const Transition *expiry = findExpiryTransition(*step, scenario.channel);
            if (expiry && turn.onTimer.isEmpty()) {
                m_sink.error(
                    QStringLiteral("missing-on-timer"), turn.pointer,
                    DiagnosticText(
                        QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                          "%1 is at step '%2', whose countdown leads to '%3' at zero; add 'onTimer' "
                                          "naming the turn or ending that follows."))
                        .arg(turnName, turn.step, expiry->target));
            } else if (!step->timer && !turn.onTimer.isEmpty()) {
                m_sink.warning(QStringLiteral("on-timer-without-timer"), at(turn.pointer, "onTimer"),
                               DiagnosticText(QT_TRANSLATE_NOOP(
                                                  "steadyline::Diagnostic",
                                                  "%1 has 'onTimer', but step '%2' has no countdown; it never fires."))
                                   .arg(turnName, turn.step));
            } else if (expiry) {
                checkStepAgrees(
                    turn.onTimer, expiry->target, at(turn.pointer, "onTimer"),
                    DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "When the countdown of %1 reaches zero"))
                        .arg(turnName));
            }
        }

        for (const ScenarioOption &option : turn.options) {
            const DiagnosticText optionName =
                DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "option '%1' of %2"))
                    .arg(option.id, turnName);
            const std::string nextPointer = at(option.pointer, "next");
            if (!checkTarget(
                    option.next, nextPointer,
                    DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "'next' of %1")).arg(optionName)))
                graphComplete = false;
            if (option.action == OptionAction::EndCall && scenario.findTurn(option.next)) {
                m_sink.error(QStringLiteral("end-call-needs-ending"), nextPointer,
                             DiagnosticText(
                                 QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                   "%1 ends the call, so its 'next' must be an ending, not turn '%2'."))
                                 .arg(optionName, option.next));
            }
            if (!playbook)
                continue;
            QString expectedStep = turn.step;
            if (option.action == OptionAction::Event && !option.event.isEmpty()) {
                if (!playbook->findEvent(option.event)) {
                    m_sink.error(QStringLiteral("unknown-event"), at(option.pointer, "event"),
                                 DiagnosticText(
                                     QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                       "%1 fires event '%2', which playbook '%3' does not declare.%4"))
                                     .arg(optionName, option.event, playbook->id, didYouMean(option.event, eventIds)));
                    continue;
                }
                if (!step)
                    continue;
                const Transition *transition = findTransition(*playbook, *step, option.event, scenario.channel);
                if (!transition) {
                    QStringList possible;
                    for (const QString &event : eventIds) {
                        if (findTransition(*playbook, *step, event, scenario.channel))
                            possible << event;
                    }
                    m_sink.error(QStringLiteral("event-not-applicable"), at(option.pointer, "event"),
                                 DiagnosticText(QT_TRANSLATE_NOOP(
                                                    "steadyline::Diagnostic",
                                                    "%1 fires event '%2', which leads nowhere from step '%3' %4. From "
                                                    "there: %5."))
                                     .arg(optionName, option.event, turn.step, channelPhrase(scenario.channel),
                                          possible.isEmpty()
                                              ? DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "no event"))
                                              : verbatimList(possible)));
                    continue;
                }
                expectedStep = transition->target;
            }
            if (option.action != OptionAction::EndCall && step)
                checkStepAgrees(
                    option.next, expectedStep, nextPointer,
                    DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "After %1")).arg(optionName));
        }
    }

    if (!graphComplete || !scenario.findTurn(scenario.start))
        return;

    // Walks the turns from the start: a cycle is an error (a scripted call moves forward, and the
    // maximum score must exist); whatever is never reached is probably a mistake.
    enum class Mark { Unvisited, Active, Done };
    QHash<QString, Mark> marks;
    bool cyclic = false;
    std::function<void(const ScenarioTurn &)> visit = [&](const ScenarioTurn &turn) {
        marks[turn.id] = Mark::Active;
        const auto follow = [&](const QString &target, const std::string &pointer) {
            const ScenarioTurn *next = scenario.findTurn(target);
            if (!next) {
                marks[target] = Mark::Done; // an ending
                return;
            }
            const Mark mark = marks.value(target, Mark::Unvisited);
            if (mark == Mark::Active) {
                cyclic = true;
                m_sink.error(QStringLiteral("scenario-cycle"), pointer,
                             DiagnosticText(QT_TRANSLATE_NOOP(
                                                "steadyline::Diagnostic",
                                                "this leads back to turn '%1', which comes earlier; a scenario moves "
                                                "forward, so use a new turn instead."))
                                 .arg(target));
            } else if (mark == Mark::Unvisited) {
                visit(*next);
            }
        };
        for (const ScenarioOption &option : turn.options)
            follow(option.next, at(option.pointer, "next"));
        if (!turn.onTimer.isEmpty())
            follow(turn.onTimer, at(turn.pointer, "onTimer"));
        marks[turn.id] = Mark::Done;
    };
    visit(*scenario.findTurn(scenario.start));
    for (const ScenarioTurn &turn : scenario.turns) {
        if (!marks.contains(turn.id))
            m_sink.warning(QStringLiteral("unreachable"), turn.pointer,
                           DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                            "turn '%1' cannot be reached from the start."))
                               .arg(turn.id));
    }
    for (const ScenarioEnding &ending : scenario.endings) {
        if (!marks.contains(ending.id))
            m_sink.warning(QStringLiteral("unreachable"), ending.pointer,
                           DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                            "ending '%1' cannot be reached from the start."))
                               .arg(ending.id));
    }
    if (!cyclic && maximumScore(scenario) <= 0)
        m_sink.error(
            QStringLiteral("no-points"), "",
            DiagnosticText(QT_TRANSLATE_NOOP(
                "steadyline::Diagnostic", "no path from the start earns any points, so no rehearsal can pass; give the "
                                          "good options positive points.")));
}

int ScenarioChecker::maximumScore(const Scenario &scenario)
{
    QHash<QString, int> best;
    QSet<QString> active;
    bool broken = false;
    std::function<int(const QString &)> bestFrom = [&](const QString &target) -> int {
        const ScenarioTurn *turn = scenario.findTurn(target);
        if (!turn)
            return 0; // an ending
        if (const auto known = best.constFind(target); known != best.cend())
            return *known;
        if (active.contains(target)) {
            broken = true;
            return 0;
        }
        active.insert(target);
        std::optional<int> value;
        for (const ScenarioOption &option : turn->options) {
            const int total = option.points + bestFrom(option.next);
            value = value ? std::max(*value, total) : total;
        }
        if (!turn->onTimer.isEmpty())
            value = std::max(value.value_or(0), bestFrom(turn->onTimer));
        active.remove(target);
        best.insert(target, value.value_or(0));
        return value.value_or(0);
    };
    const int result = bestFrom(scenario.start);
    return broken ? 0 : result;
}

} // namespace steadyline
