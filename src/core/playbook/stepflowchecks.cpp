#include "stepflowchecks.h"

#include "playbookchecker.h"

#include <algorithm>

namespace steadyline {

bool endsCall(const Step &step)
{
    return std::any_of(step.actions.begin(), step.actions.end(),
                       [](const Action &action) { return action.type == ActionType::EndCall; });
}

bool hasReported(DiagnosticSink &sink, const QString &code)
{
    const Diagnostics &diagnostics = sink.diagnostics();
    return std::any_of(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic &d) { return d.code == code; });
}

void checkEndCallSteps(const Playbook &playbook, DiagnosticSink &sink)
{
    for (const Step &step : playbook.steps) {
        if (step.isFinal)
            continue;
        const auto endCall = std::find_if(step.actions.begin(), step.actions.end(),
                                          [](const Action &action) { return action.type == ActionType::EndCall; });
        if (endCall == step.actions.end())
            continue;
        QStringList waysOn;
        for (const Transition &t : step.transitions)
            waysOn << t.event;
        for (const GlobalTransition &global : playbook.globalTransitions) {
            if (appliesIn(global, step))
                waysOn << global.transition.event;
        }
        waysOn.removeDuplicates();
        const DiagnosticText after =
            waysOn.isEmpty()
                ? DiagnosticText(
                      QT_TRANSLATE_NOOP("steadyline::Diagnostic", "the call would stay in it after it has ended"))
                : DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                   "the consultant would still be offered %1 after the call has ended"))
                      .arg(QLatin1Char('\'') + waysOn.join(QStringLiteral("', '")) + QLatin1Char('\''));
        sink.error(
            QStringLiteral("end-call-not-final"), json::appendPointer(endCall->pointer, "type"),
            DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                             "the step '%1' ends the call (end_call) but is not final, so %2; add "
                                             "\"final\": true to the step."))
                .arg(step.id, after));
    }
}

} // namespace steadyline
