#include "timelinewording.h"

namespace steadyline::gui {

namespace {

QString seconds(const QString &milliseconds)
{
    bool ok = false;
    const qint64 ms = milliseconds.toLongLong(&ok);
    return ok ? TimelineWording::tr("%n s", nullptr, static_cast<int>((ms + 500) / 1000)) : milliseconds;
}

} // namespace

QString TimelineWording::describe(const journal::TimelineEvent &event, const Playbook *used, const QString &locale)
{
    const QString base = used ? used->baseLocale : locale;
    const Step *step = used ? used->findStep(event.stepId) : nullptr;
    const QString stepName =
        step ? tr("step %1 · %2").arg(step->label, step->title.resolve(locale, base)) : event.stepId;

    if (event.kind == journal::kTimelineStepEntered) {
        const QString cause = event.detail.section(QLatin1Char(':'), 0, 0);
        const QString eventId = event.detail.section(QLatin1Char(':'), 1);
        QString why;
        if (cause == u"start")
            why = tr("the call began");
        else if (cause == u"timer_expired")
            why = tr("the countdown ran out");
        else if (cause == u"undo")
            why = tr("undo");
        else if (!eventId.isEmpty()) {
            const EventDefinition *definition = used ? used->findEvent(eventId) : nullptr;
            why = definition ? definition->label.resolve(locale, base) : eventId;
        }
        return why.isEmpty() ? tr("Entered %1").arg(stepName) : tr("Entered %1 (%2)").arg(stepName, why);
    }
    if (event.kind == journal::kTimelineLineSaid)
        return tr("Said: “%1”").arg(event.detail);
    if (event.kind == journal::kTimelineCountdownStarted)
        return tr("Countdown started: %1").arg(seconds(event.detail));
    if (event.kind == journal::kTimelineCountdownAdjusted)
        return tr("Countdown set to %1").arg(seconds(event.detail));
    if (event.kind == journal::kTimelineCountdownCancelled)
        return tr("Countdown stopped");
    if (event.kind == journal::kTimelineCountdownExpired)
        return tr("Countdown ran out");
    if (event.kind == journal::kTimelineFinalAction) {
        // Calls recorded before final actions were explicit name the action type instead.
        const auto legacy = actionTypeFromName(event.detail);
        const auto action = legacy == ActionType::EndCall            ? std::optional(FinalAction::End)
                            : legacy == ActionType::NotifySupervisor ? std::optional(FinalAction::CallSecurity)
                                                                     : finalActionFromName(event.detail);
        if (action == FinalAction::HangUp)
            return tr("Final action: hang up");
        if (action == FinalAction::CallSecurity)
            return tr("Final action: call the manager / security");
        if (action == FinalAction::HandOver)
            return tr("Final action: hand over to a colleague");
        if (action == FinalAction::End)
            return tr("Final action: end the call");
        return tr("Final action: %1").arg(event.detail);
    }
    if (event.kind == journal::kTimelineInterrupted)
        return tr("Interrupted: the app or the computer stopped during the call");
    if (event.kind == journal::kTimelineResumed)
        return tr("Resumed");
    if (event.kind == journal::kTimelineHandRaised)
        return tr("Raised a hand for the lead at %1").arg(stepName);
    if (event.kind == journal::kTimelineHandCancelled)
        return event.detail == u"call_ended" ? tr("The hand went down with the end of the call")
                                             : tr("Lowered the hand");
    if (event.kind == journal::kTimelineCoolDownStarted) {
        bool ok = false;
        const int secs = event.detail.toInt(&ok);
        return ok ? tr("Cool-down began (%n min)", nullptr, (secs + 30) / 60) : tr("Cool-down began");
    }
    if (event.kind == journal::kTimelineCoolDownEnded) {
        if (event.detail == u"skipped")
            return tr("Cool-down skipped");
        if (event.detail == u"new_call")
            return tr("Cool-down ended by a new call");
        return tr("Cool-down over");
    }
    QStringList parts{event.kind};
    for (const QString &part : {stepName, event.detail}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace steadyline::gui
