#include "callactions.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QWidget>

namespace steadyline::gui {

namespace {

// Where an action applies.
enum class Applies { Always, StartPage, InCall, LiveCall, QuickTag, BetweenCalls, AfterStart, Interrupted };

struct ActionSpec
{
    CallActions::Id id;
    const char *text;   // the menu's text (translated in the call window's context)
    const char *button; // a button's shorter text, or nullptr: the same
    const char *tag;    // the journal's tag of a quick tag, or nullptr
    QKeyCombination key;
    Applies applies;
    bool needsJournal = false;
};

// The translations of these texts live in the call window's context, where they always were.
constexpr char kContext[] = "steadyline::gui::AssistWindow";

// clang-format off
const ActionSpec kActions[] = {
    {CallActions::Id::StartCall, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Start call"), nullptr, nullptr, Qt::Key_Return, Applies::StartPage},
    {CallActions::Id::NextStep, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Next step"), nullptr, nullptr, Qt::Key_F5, Applies::InCall},
    {CallActions::Id::Calmed, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Calmed down"), nullptr, nullptr, Qt::Key_F6, Applies::InCall},
    {CallActions::Id::OtherPhrasing, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Other phrasing"), nullptr, nullptr, Qt::Key_F7, Applies::InCall},
    {CallActions::Id::UndoStep, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Undo step"), QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Undo"), nullptr, Qt::SHIFT | Qt::Key_F5, Applies::InCall},
    {CallActions::Id::Note, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Note"), nullptr, nullptr, Qt::Key_F8, Applies::InCall},
    {CallActions::Id::Promise, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Promise"), nullptr, nullptr, Qt::Key_F9, Applies::InCall},
    // While a promise is typed: Ctrl+D picks the next due choice, without leaving the text.
    {CallActions::Id::PromiseDueNext, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Promise due: next choice"), nullptr, nullptr, Qt::CTRL | Qt::Key_D, Applies::QuickTag},
    // Quick tags: one key records what just happened, with the time, without typing.
    {CallActions::Id::TagInsult, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Insult"), nullptr, "insult", Qt::ALT | Qt::Key_1, Applies::QuickTag},
    {CallActions::Id::TagThreat, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Threat"), nullptr, "threat", Qt::ALT | Qt::Key_2, Applies::QuickTag},
    {CallActions::Id::TagManager, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Asked for a manager"), QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Manager?"), "asked_for_manager", Qt::ALT | Qt::Key_3, Applies::QuickTag},
    {CallActions::Id::TagMoment, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Time mark"), QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Mark"), "moment", Qt::ALT | Qt::Key_4, Applies::QuickTag},
    {CallActions::Id::EndCall, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "End call"), nullptr, nullptr, Qt::Key_F10, Applies::InCall},
    {CallActions::Id::StopCountdown, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Stop countdown"), nullptr, nullptr, Qt::Key_Escape, Applies::InCall},
    {CallActions::Id::CountdownLonger, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Countdown +1 s"), nullptr, nullptr, Qt::CTRL | Qt::Key_Up, Applies::InCall},
    {CallActions::Id::CountdownShorter, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Countdown −1 s"), nullptr, nullptr, Qt::CTRL | Qt::Key_Down, Applies::InCall},
    // Asks the team lead for help (issue #18): F12, the last key of the row, away from the
    // method's F5…F10 so it is not hit by mistake. Not in a rehearsal: it would reach the lead.
    {CallActions::Id::RaiseHand, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Raise hand"), nullptr, nullptr, Qt::Key_F12, Applies::LiveCall},
    {CallActions::Id::NextCall, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Next call"), nullptr, nullptr, Qt::CTRL | Qt::Key_N, Applies::AfterStart},
    {CallActions::Id::ContinueInterrupted, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Continue the interrupted call"), nullptr, nullptr, Qt::CTRL | Qt::SHIFT | Qt::Key_R, Applies::Interrupted},
    {CallActions::Id::AlwaysOnTop, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Always on top"), nullptr, nullptr, Qt::CTRL | Qt::Key_T, Applies::Always},
    // Dialogs and editors only between calls: nothing modal may stand in the way during one.
    {CallActions::Id::Preferences, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Preferences…"), nullptr, nullptr, Qt::CTRL | Qt::Key_Comma, Applies::BetweenCalls},
    {CallActions::Id::Quit, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Quit"), nullptr, nullptr, Qt::CTRL | Qt::Key_Q, Applies::Always},
    {CallActions::Id::Library, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Playbook library…"), nullptr, nullptr, QKeyCombination(), Applies::Always},
    {CallActions::Id::Editor, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Playbook editor…"), nullptr, nullptr, Qt::CTRL | Qt::Key_E, Applies::BetweenCalls},
    {CallActions::Id::Training, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Training…"), nullptr, nullptr, Qt::CTRL | Qt::SHIFT | Qt::Key_T, Applies::Always},
    {CallActions::Id::History, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Call history…"), nullptr, nullptr, Qt::CTRL | Qt::Key_H, Applies::Always, true},
    {CallActions::Id::Promises, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Promises…"), nullptr, nullptr, Qt::CTRL | Qt::Key_P, Applies::Always, true},
    {CallActions::Id::TeamBoard, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Team board…"), nullptr, nullptr, Qt::CTRL | Qt::SHIFT | Qt::Key_B, Applies::Always, true},
    {CallActions::Id::TeamPromises, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Team promises…"), nullptr, nullptr, Qt::CTRL | Qt::SHIFT | Qt::Key_P, Applies::Always, true},
    {CallActions::Id::AssignTraining, QT_TRANSLATE_NOOP("steadyline::gui::AssistWindow", "Assign training…"), nullptr, nullptr, Qt::CTRL | Qt::SHIFT | Qt::Key_A, Applies::Always, true},
};
// clang-format on
static_assert(std::size(kActions) == CallActions::kCount, "every action is declared once in the table");

const ActionSpec &specOf(CallActions::Id id)
{
    return kActions[static_cast<std::size_t>(id)];
}

QString translated(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

} // namespace

QString withShortcut(const QString &text, const QAction *action)
{
    const QString keys = action->shortcut().toString(QKeySequence::NativeText);
    return keys.isEmpty() ? text : QStringLiteral("%1  [%2]").arg(text, keys);
}

CallActions::CallActions(QWidget &window, bool withJournal)
    : QObject(&window)
{
    for (std::size_t i = 0; i < std::size(kActions); ++i) {
        const ActionSpec &spec = kActions[i];
        Q_ASSERT(static_cast<std::size_t>(spec.id) == i); // the table is in the enum's order
        if (spec.needsJournal && !withJournal)
            continue;
        auto *action = new QAction(translated(spec.text), &window);
        if (spec.key != QKeyCombination())
            action->setShortcut(QKeySequence(spec.key));
        action->setShortcutContext(Qt::WindowShortcut);
        window.addAction(action);
        m_actions[i] = action;
    }
    // Enter on the keypad starts a call too.
    (*this)[Id::StartCall]->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    (*this)[Id::AlwaysOnTop]->setCheckable(true);
    for (int i = 0; i < kEventKeys; ++i) {
        auto *action = new QAction(&window);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WindowShortcut);
        window.addAction(action);
        m_events.push_back(action);
    }
}

std::vector<QAction *> CallActions::quickTags() const
{
    return {(*this)[Id::TagInsult], (*this)[Id::TagThreat], (*this)[Id::TagManager], (*this)[Id::TagMoment]};
}

QString CallActions::buttonText(Id id)
{
    const ActionSpec &spec = specOf(id);
    return translated(spec.button ? spec.button : spec.text);
}

QString CallActions::quickTag(Id id)
{
    const char *tag = specOf(id).tag;
    return tag ? QString::fromLatin1(tag) : QString();
}

void CallActions::setPage(Page page, bool rehearsal, bool canContinue)
{
    const bool inCall = page == Page::Call;
    for (const ActionSpec &spec : kActions) {
        QAction *action = (*this)[spec.id];
        if (!action)
            continue;
        switch (spec.applies) {
        case Applies::Always: break;
        case Applies::StartPage: action->setEnabled(page == Page::Start); break;
        case Applies::InCall: action->setEnabled(inCall); break;
        case Applies::LiveCall: action->setEnabled(inCall && !rehearsal); break;
        case Applies::QuickTag: action->setEnabled(inCall && !rehearsal); break;
        case Applies::BetweenCalls: action->setEnabled(!inCall); break;
        case Applies::AfterStart: action->setEnabled(page != Page::Start); break;
        case Applies::Interrupted: action->setEnabled(page == Page::Start && canContinue); break;
        }
    }
    for (QAction *action : m_events)
        action->setEnabled(inCall);
    // On the summary page Enter also goes on to the next call; during a call Enter belongs to
    // the note field, so there only Ctrl+N starts over.
    QAction *next = (*this)[Id::NextCall];
    if (page == Page::Summary)
        next->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::Key_N), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    else
        next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
}

void CallActions::retranslate()
{
    for (const ActionSpec &spec : kActions) {
        if (QAction *action = (*this)[spec.id])
            action->setText(translated(spec.text));
    }
}

void CallActions::addToMenus(QMenu &call, QMenu &view) const
{
    for (const Id id :
         {Id::StartCall, Id::NextStep, Id::Calmed, Id::OtherPhrasing, Id::UndoStep, Id::Note, Id::Promise,
          Id::StopCountdown, Id::CountdownLonger, Id::CountdownShorter, Id::RaiseHand, Id::EndCall, Id::NextCall})
        call.addAction((*this)[id]);
    call.addSeparator();
    call.addActions({(*this)[Id::Preferences], (*this)[Id::Quit]});
    for (const Id id : {Id::AlwaysOnTop, Id::Library, Id::Editor, Id::Training, Id::History, Id::Promises,
                        Id::TeamBoard, Id::TeamPromises, Id::AssignTraining}) {
        if (QAction *action = (*this)[id]) // the journal's windows only with a journal
            view.addAction(action);
    }
}

bool CallActions::triggerIfEnabled(Id id) const
{
    QAction *action = (*this)[id];
    if (!action->isEnabled())
        return false;
    action->trigger();
    return true;
}

} // namespace steadyline::gui
