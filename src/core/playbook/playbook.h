#pragma once

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace steadyline {

// The newest playbook format this build understands.
inline constexpr int kPlaybookSchemaVersion = 1;

enum class Channel { Phone, InPerson };
// How the caller is addressed: as a man, as a woman, or in the plural form that suits a couple
// and a caller whose gender is not known (Państwo, vy with plural forms, вы, you).
enum class FormOfAddress { FormalMale, FormalFemale, FormalPlural };
inline constexpr FormOfAddress kFormsOfAddress[] = {FormOfAddress::FormalMale, FormOfAddress::FormalFemale,
                                                    FormOfAddress::FormalPlural};
enum class Gender { Male, Female };

// How a call ended; the journal stores it, `end_call` names it.
enum class CallOutcome { Resolved, EndedByConsultant, Escalated, CallerHungUp, Interrupted, HandedOver };

// What the consultant does at the very end (an `end_call`'s `finalAction`): each has its own
// prompt on the screen and its own default outcome.
enum class FinalAction { HangUp, CallSecurity, HandOver, End };

// What an event means to the app's standard keys (F5, F6, the tray and the global shortcut).
enum class EventRole { None, Next, Calmed };

// A string the consultant reads, per locale. `key` is stable across edits (it is built from
// step ids, not array positions) so translations can be tracked.
struct LocalizedText
{
    // A map, not a hash: a text has one to four versions, and a Qt 6 hash of any size walks 128
    // buckets to be iterated; the checks iterate every text several times.
    QMap<QString, QString> byLocale;
    std::string pointer; // JSON Pointer of the text in its file, for diagnostics
    QString key;
    bool spoken = false; // a line the consultant says to the caller (not a title or a tip)

    // The text in `locale`, else in `baseLocale`, else any; empty if there is none.
    [[nodiscard]] QString resolve(const QString &locale, const QString &baseLocale) const;
    [[nodiscard]] bool isEmpty() const { return byLocale.isEmpty(); }
};

struct Guard
{
    std::optional<Channel> channel;
    bool known = true; // false when 'when' tests something unknown (already reported)

    [[nodiscard]] bool matches(Channel c) const { return !channel || *channel == c; }
};

struct Transition
{
    QString event; // empty for timer expiry
    QString target;
    Guard guard;
    std::string pointer;
};

// A transition that applies in every step except the listed ones (and final steps).
struct GlobalTransition
{
    Transition transition;
    QStringList exceptSteps;
};

struct StepTimer
{
    int minMs = 0;
    int maxMs = 0;
    int defaultMs = 0;
    std::vector<Transition> onExpiry; // first whose guard matches wins
    std::string pointer;
    bool complete = true; // false when a duration is missing or mistyped (already reported)
};

enum class ActionType { LogEvent, RequestPromise, NotifySupervisor, EndCall };

// A closed list of actions with typed parameters; which fields are set depends on `type`.
struct Action
{
    ActionType type = ActionType::LogEvent;
    QString eventCode;   // log_event: a short machine-readable code, e.g. "boundary_set"
    LocalizedText text;  // log_event: optional note; request_promise: the prompt
    QString reason;      // notify_supervisor
    bool urgent = false; // notify_supervisor
    CallOutcome outcome = CallOutcome::EndedByConsultant; // end_call
    FinalAction finalAction = FinalAction::HangUp;        // end_call
    std::string pointer;
};

struct Step
{
    QString id;
    QString invalidId; // the id as written when it is not a valid id (already reported; `id` is empty)
    QString label;     // as the consultant knows it: "1", "2", "3", "3½"
    LocalizedText title;
    std::vector<LocalizedText> say; // alternative phrasings of the same line
    std::vector<LocalizedText> tips;
    std::vector<Transition> transitions;
    std::optional<StepTimer> timer;
    std::vector<Action> actions; // performed when the step is entered
    bool isFinal = false;
    std::string pointer;
};

struct EventDefinition
{
    QString id;
    LocalizedText label;
    EventRole role = EventRole::None;
    std::string pointer;
};

struct Playbook
{
    int schemaVersion = kPlaybookSchemaVersion;
    QString id;
    int revision = 1;
    QString baseLocale;
    QStringList locales; // every locale the playbook claims to be complete in
    LocalizedText title;
    LocalizedText description;
    QString initialStep;
    std::vector<EventDefinition> events;
    std::vector<Step> steps;
    std::vector<GlobalTransition> globalTransitions;
    // locale → text key → fingerprint of the base text the translation was made from
    // (`translatedFrom`; see translationstatus.h).
    QHash<QString, QHash<QString, QString>> translatedFrom;

    [[nodiscard]] const Step *findStep(const QString &stepId) const;
    [[nodiscard]] const EventDefinition *findEvent(const QString &eventId) const;
    // The events F5 (`next`) or F6 (`calmed`) fire, in file order. A playbook that gives no event
    // the role falls back on the ids the first playbooks used: `no_change` and `next` for F5,
    // `calmed` for F6.
    [[nodiscard]] QStringList eventsWithRole(EventRole role) const;
    [[nodiscard]] int stepIndex(const QString &stepId) const; // -1 if absent
    void rebuildIndex();

    // Calls `visit` for every localised text of the playbook, in file order.
    template<typename Visitor> void forEachText(Visitor visit) const
    {
        visit(title);
        if (!description.isEmpty())
            visit(description);
        for (const EventDefinition &event : events)
            visit(event.label);
        for (const Step &step : steps) {
            visit(step.title);
            for (const LocalizedText &line : step.say)
                visit(line);
            for (const LocalizedText &tip : step.tips)
                visit(tip);
            for (const Action &action : step.actions) {
                if (!action.text.isEmpty())
                    visit(action.text);
            }
        }
    }

private:
    QHash<QString, int> m_stepIndex;
};

[[nodiscard]] QString channelName(Channel channel);
[[nodiscard]] std::optional<Channel> channelFromName(const QString &name);
[[nodiscard]] QString formOfAddressName(FormOfAddress address);
[[nodiscard]] std::optional<FormOfAddress> formOfAddressFromName(const QString &name);
[[nodiscard]] QString genderName(Gender gender);
[[nodiscard]] std::optional<Gender> genderFromName(const QString &name);
[[nodiscard]] QString actionTypeName(ActionType type);
[[nodiscard]] std::optional<ActionType> actionTypeFromName(const QString &name);
[[nodiscard]] QString callOutcomeName(CallOutcome outcome);
[[nodiscard]] std::optional<CallOutcome> callOutcomeFromName(const QString &name);
[[nodiscard]] QString finalActionName(FinalAction action);
[[nodiscard]] std::optional<FinalAction> finalActionFromName(const QString &name);
[[nodiscard]] QString eventRoleName(EventRole role);
[[nodiscard]] std::optional<EventRole> eventRoleFromName(const QString &name);
// The outcome a final action records unless the playbook names another, and the final action
// an outcome implies in playbooks written before `finalAction` existed.
[[nodiscard]] CallOutcome defaultOutcome(FinalAction action);
[[nodiscard]] FinalAction defaultFinalAction(CallOutcome outcome);

} // namespace steadyline
