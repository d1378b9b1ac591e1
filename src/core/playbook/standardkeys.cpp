#include "standardkeys.h"

#include "playbookchecker.h"

namespace steadyline {

namespace {

bool eventLeavesStep(const Playbook &playbook, const Step &step, const QString &event)
{
    for (const Transition &transition : step.transitions) {
        if (transition.event == event)
            return true;
    }
    for (const GlobalTransition &global : playbook.globalTransitions) {
        if (global.transition.event == event && appliesIn(global, step))
            return true;
    }
    return false;
}

} // namespace

void checkStandardKeys(const Playbook &playbook, DiagnosticSink &sink)
{
    const QStringList calmed = playbook.eventsWithRole(EventRole::Calmed);
    for (const Step &step : playbook.steps) {
        if (!step.timer || step.isFinal)
            continue;
        if (calmed.isEmpty()) {
            // One report is enough: the cause is the missing role, not each countdown.
            sink.warning(QStringLiteral("no-calmed-event"), playbook.events.empty() ? step.pointer : "/events",
                         DiagnosticText(QT_TRANSLATE_NOOP(
                                            "steadyline::Diagnostic",
                                            "the countdown of step '%1' cannot be stopped with F6 (\"the caller calmed "
                                            "down\"): no event has \"role\": \"calmed\". Give the event for a caller "
                                            "who calms down that role, so F6, the tray item and the global shortcut "
                                            "fire it."))
                             .arg(step.id));
            return;
        }
        const bool reachable = std::any_of(
            calmed.begin(), calmed.end(), [&](const QString &event) { return eventLeavesStep(playbook, step, event); });
        if (!reachable)
            sink.warning(QStringLiteral("calmed-event-unused"), step.pointer,
                         DiagnosticText(QT_TRANSLATE_NOOP(
                                            "steadyline::Diagnostic",
                                            "F6 (\"the caller calmed down\") does nothing during the countdown of step "
                                            "'%1': neither the step nor a global transition uses event '%2'."))
                             .arg(step.id, calmed.first()));
    }
}

} // namespace steadyline
