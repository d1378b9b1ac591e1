#include "playbook.h"

#include "common/enumnames.h"

#include <array>
#include <utility>

namespace steadyline {

QString LocalizedText::resolve(const QString &locale, const QString &baseLocale) const
{
    if (const auto it = byLocale.constFind(locale); it != byLocale.constEnd())
        return *it;
    // "pl-PL" falls back to "pl" before the base locale.
    if (const qsizetype dash = locale.indexOf(QLatin1Char('-')); dash > 0) {
        if (const auto it = byLocale.constFind(locale.left(dash)); it != byLocale.constEnd())
            return *it;
    }
    if (const auto it = byLocale.constFind(baseLocale); it != byLocale.constEnd())
        return *it;
    return byLocale.isEmpty() ? QString() : byLocale.constBegin().value();
}

const Step *Playbook::findStep(const QString &stepId) const
{
    const int index = stepIndex(stepId);
    return index < 0 ? nullptr : &steps[static_cast<std::size_t>(index)];
}

const EventDefinition *Playbook::findEvent(const QString &eventId) const
{
    for (const EventDefinition &event : events) {
        if (event.id == eventId)
            return &event;
    }
    return nullptr;
}

QStringList Playbook::eventsWithRole(EventRole role) const
{
    QStringList found;
    for (const EventDefinition &event : events) {
        if (event.role == role)
            found << event.id;
    }
    if (!found.isEmpty() || role == EventRole::None)
        return found;
    // No event has the role: the ids of the first playbooks, where they exist.
    const QStringList fallback = role == EventRole::Next
                                     ? QStringList{QStringLiteral("no_change"), QStringLiteral("next")}
                                     : QStringList{QStringLiteral("calmed")};
    for (const QString &eventId : fallback) {
        if (findEvent(eventId))
            found << eventId;
    }
    return found;
}

int Playbook::stepIndex(const QString &stepId) const
{
    return m_stepIndex.value(stepId, -1);
}

void Playbook::rebuildIndex()
{
    m_stepIndex.clear();
    for (std::size_t i = 0; i < steps.size(); ++i) {
        // The first of duplicate ids wins; the validator reports the others.
        if (!m_stepIndex.contains(steps[i].id))
            m_stepIndex.insert(steps[i].id, static_cast<int>(i));
    }
}

namespace {

constexpr EnumNameTable<Channel, 2> kChannels{{
    {Channel::Phone, "phone"},
    {Channel::InPerson, "in_person"},
}};
constexpr EnumNameTable<FormOfAddress, 3> kAddresses{{
    {FormOfAddress::FormalMale, "formal_male"},
    {FormOfAddress::FormalFemale, "formal_female"},
    {FormOfAddress::FormalPlural, "formal_plural"},
}};
constexpr EnumNameTable<Gender, 2> kGenders{{
    {Gender::Male, "male"},
    {Gender::Female, "female"},
}};
constexpr EnumNameTable<ActionType, 4> kActions{{
    {ActionType::LogEvent, "log_event"},
    {ActionType::RequestPromise, "request_promise"},
    {ActionType::NotifySupervisor, "notify_supervisor"},
    {ActionType::EndCall, "end_call"},
}};
constexpr EnumNameTable<CallOutcome, 6> kOutcomes{{
    {CallOutcome::Resolved, "resolved"},
    {CallOutcome::EndedByConsultant, "ended_by_consultant"},
    {CallOutcome::Escalated, "escalated"},
    {CallOutcome::CallerHungUp, "caller_hung_up"},
    {CallOutcome::Interrupted, "interrupted"},
    {CallOutcome::HandedOver, "handed_over"},
}};
constexpr EnumNameTable<FinalAction, 4> kFinalActions{{
    {FinalAction::HangUp, "hang_up"},
    {FinalAction::CallSecurity, "call_security"},
    {FinalAction::HandOver, "hand_over"},
    {FinalAction::End, "end"},
}};
constexpr EnumNameTable<EventRole, 2> kEventRoles{{
    {EventRole::Next, "next"},
    {EventRole::Calmed, "calmed"},
}};

} // namespace

QString channelName(Channel channel)
{
    return enumName(kChannels, channel);
}
std::optional<Channel> channelFromName(const QString &name)
{
    return enumFromName(kChannels, name);
}
QString formOfAddressName(FormOfAddress address)
{
    return enumName(kAddresses, address);
}
std::optional<FormOfAddress> formOfAddressFromName(const QString &name)
{
    return enumFromName(kAddresses, name);
}
QString genderName(Gender gender)
{
    return enumName(kGenders, gender);
}
std::optional<Gender> genderFromName(const QString &name)
{
    return enumFromName(kGenders, name);
}
QString actionTypeName(ActionType type)
{
    return enumName(kActions, type);
}
std::optional<ActionType> actionTypeFromName(const QString &name)
{
    return enumFromName(kActions, name);
}
QString callOutcomeName(CallOutcome outcome)
{
    return enumName(kOutcomes, outcome);
}
std::optional<CallOutcome> callOutcomeFromName(const QString &name)
{
    return enumFromName(kOutcomes, name);
}
QString finalActionName(FinalAction action)
{
    return enumName(kFinalActions, action);
}
std::optional<FinalAction> finalActionFromName(const QString &name)
{
    return enumFromName(kFinalActions, name);
}
QString eventRoleName(EventRole role)
{
    return enumName(kEventRoles, role);
}
std::optional<EventRole> eventRoleFromName(const QString &name)
{
    return enumFromName(kEventRoles, name);
}

CallOutcome defaultOutcome(FinalAction action)
{
    switch (action) {
    case FinalAction::HangUp: return CallOutcome::EndedByConsultant;
    case FinalAction::CallSecurity: return CallOutcome::Escalated;
    case FinalAction::HandOver: return CallOutcome::HandedOver;
    case FinalAction::End: break;
    }
    return CallOutcome::Resolved;
}

FinalAction defaultFinalAction(CallOutcome outcome)
{
    switch (outcome) {
    case CallOutcome::EndedByConsultant: return FinalAction::HangUp;
    case CallOutcome::Escalated: return FinalAction::CallSecurity;
    case CallOutcome::HandedOver: return FinalAction::HandOver;
    case CallOutcome::Resolved:
    case CallOutcome::CallerHungUp:
    case CallOutcome::Interrupted: break;
    }
    return FinalAction::End;
}

} // namespace steadyline
