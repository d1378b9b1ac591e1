#include "optionchecks.h"

#include <QHash>

namespace steadyline {

void checkSameEventOptions(const Scenario &scenario, DiagnosticSink &sink)
{
    for (const ScenarioTurn &turn : scenario.turns) {
        QHash<QString, const ScenarioOption *> firstByEvent;
        for (const ScenarioOption &option : turn.options) {
            if (option.action != OptionAction::Event || option.event.isEmpty())
                continue;
            const ScenarioOption *first = firstByEvent.value(option.event);
            if (!first) {
                firstByEvent.insert(option.event, &option);
                continue;
            }
            sink.warning(QStringLiteral("same-event-options"), json::appendPointer(option.pointer, "event"),
                         DiagnosticText(QT_TRANSLATE_NOOP(
                                            "steadyline::Diagnostic",
                                            "options '%1' and '%2' of turn '%3' both fire the event '%4'. In the "
                                            "rehearsal window the event's button always plays '%1', so '%2' can never "
                                            "be chosen there. Give '%2' another event, or make the difference a "
                                            "'say' option."))
                             .arg(first->id, option.id, turn.id, option.event));
        }
    }
}

} // namespace steadyline
