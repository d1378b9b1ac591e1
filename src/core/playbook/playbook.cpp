#include "playbook.h"

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

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char16_t *>, N> &table, Enum value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char16_t *>, N> &table, const QString &name)
{
    for (const auto &[e, n] : table) {
        if (name == QStringView(n))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Channel, const char16_t *>, 2> kChannels{{
    {Channel::Phone, u"phone"},
    {Channel::InPerson, u"in_person"},
}};
constexpr std::array<std::pair<FormOfAddress, const char16_t *>, 2> kAddresses{{
    {FormOfAddress::FormalMale, u"formal_male"},
    {FormOfAddress::FormalFemale, u"formal_female"},
}};
constexpr std::array<std::pair<Gender, const char16_t *>, 2> kGenders{{
    {Gender::Male, u"male"},
    {Gender::Female, u"female"},
}};
constexpr std::array<std::pair<ActionType, const char16_t *>, 4> kActions{{
    {ActionType::LogEvent, u"log_event"},
    {ActionType::RequestPromise, u"request_promise"},
    {ActionType::NotifySupervisor, u"notify_supervisor"},
    {ActionType::EndCall, u"end_call"},
}};
constexpr std::array<std::pair<CallOutcome, const char16_t *>, 6> kOutcomes{{
    {CallOutcome::Resolved, u"resolved"},
    {CallOutcome::EndedByConsultant, u"ended_by_consultant"},
    {CallOutcome::Escalated, u"escalated"},
    {CallOutcome::CallerHungUp, u"caller_hung_up"},
    {CallOutcome::Interrupted, u"interrupted"},
    {CallOutcome::HandedOver, u"handed_over"},
}};
constexpr std::array<std::pair<FinalAction, const char16_t *>, 4> kFinalActions{{
    {FinalAction::HangUp, u"hang_up"},
    {FinalAction::CallSecurity, u"call_security"},
    {FinalAction::HandOver, u"hand_over"},
    {FinalAction::End, u"end"},
}};
constexpr std::array<std::pair<EventRole, const char16_t *>, 2> kEventRoles{{
    {EventRole::Next, u"next"},
    {EventRole::Calmed, u"calmed"},
}};

} // namespace

QString channelName(Channel channel)
{
    return nameOf(kChannels, channel);
}
std::optional<Channel> channelFromName(const QString &name)
{
    return valueOf(kChannels, name);
}
QString formOfAddressName(FormOfAddress address)
{
    return nameOf(kAddresses, address);
}
std::optional<FormOfAddress> formOfAddressFromName(const QString &name)
{
    return valueOf(kAddresses, name);
}
QString genderName(Gender gender)
{
    return nameOf(kGenders, gender);
}
std::optional<Gender> genderFromName(const QString &name)
{
    return valueOf(kGenders, name);
}
QString actionTypeName(ActionType type)
{
    return nameOf(kActions, type);
}
std::optional<ActionType> actionTypeFromName(const QString &name)
{
    return valueOf(kActions, name);
}
QString callOutcomeName(CallOutcome outcome)
{
    return nameOf(kOutcomes, outcome);
}
std::optional<CallOutcome> callOutcomeFromName(const QString &name)
{
    return valueOf(kOutcomes, name);
}
QString finalActionName(FinalAction action)
{
    return nameOf(kFinalActions, action);
}
std::optional<FinalAction> finalActionFromName(const QString &name)
{
    return valueOf(kFinalActions, name);
}
QString eventRoleName(EventRole role)
{
    return nameOf(kEventRoles, role);
}
std::optional<EventRole> eventRoleFromName(const QString &name)
{
    return valueOf(kEventRoles, name);
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
