#include "labels.h"

#include "playbook/playbook.h"

#include <QCoreApplication>

namespace steadyline {

namespace {

// The source text, marked for lupdate: one wording for both the translated and the English label.
const char *outcomeSourceText(std::optional<CallOutcome> outcome)
{
    if (!outcome)
        return QT_TRANSLATE_NOOP("steadyline::Labels", "not ended");
    switch (*outcome) {
    case CallOutcome::Resolved: return QT_TRANSLATE_NOOP("steadyline::Labels", "resolved");
    case CallOutcome::EndedByConsultant: return QT_TRANSLATE_NOOP("steadyline::Labels", "ended by the consultant");
    case CallOutcome::Escalated: return QT_TRANSLATE_NOOP("steadyline::Labels", "escalated to the manager / security");
    case CallOutcome::CallerHungUp: return QT_TRANSLATE_NOOP("steadyline::Labels", "the caller hung up");
    case CallOutcome::Interrupted: return QT_TRANSLATE_NOOP("steadyline::Labels", "interrupted");
    case CallOutcome::HandedOver: return QT_TRANSLATE_NOOP("steadyline::Labels", "handed over to a colleague");
    }
    return nullptr;
}

} // namespace

QString callOutcomeLabel(std::optional<CallOutcome> outcome)
{
    const char *text = outcomeSourceText(outcome);
    return text ? QCoreApplication::translate("steadyline::Labels", text) : callOutcomeName(*outcome);
}

QString callOutcomeEnglishLabel(std::optional<CallOutcome> outcome)
{
    const char *text = outcomeSourceText(outcome);
    return text ? QString::fromLatin1(text) : callOutcomeName(*outcome);
}

QString playbookSourceLabel(PlaybookSource source)
{
    switch (source) {
    case PlaybookSource::Team: return QCoreApplication::translate("steadyline::Labels", "team folder");
    case PlaybookSource::User: return QCoreApplication::translate("steadyline::Labels", "your folder");
    case PlaybookSource::Published: return QCoreApplication::translate("steadyline::Labels", "published by your team");
    case PlaybookSource::BuiltIn: break;
    }
    return QCoreApplication::translate("steadyline::Labels", "built in");
}

} // namespace steadyline
