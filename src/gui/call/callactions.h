#pragma once

#include <QObject>

#include <array>
#include <vector>

class QAction;
class QMenu;
class QWidget;

namespace steadyline::gui {

// Every action of the call window, declared once in a table (text, keys, when it applies) that
// drives their creation, their enabling per page and their retranslation. The window connects
// each to what it does; buttons, menus, the tray and the global shortcuts trigger the same action.
class CallActions : public QObject
{
    Q_OBJECT

public:
    enum class Id {
        StartCall,
        NextStep,
        Calmed,
        OtherPhrasing,
        UndoStep,
        Note,
        Promise,
        PromiseDueNext,
        TagInsult,
        TagThreat,
        TagManager,
        TagMoment,
        EndCall,
        StopCountdown,
        CountdownLonger,
        CountdownShorter,
        RaiseHand,
        NextCall,
        ContinueInterrupted,
        AlwaysOnTop,
        Preferences,
        Quit,
        Library,
        Editor,
        Training,
        History,
        Promises,
        TeamBoard,      // a lead's window on the team (shown to leads only)
        TeamPromises,   // a lead's window on the team's open promises (shown to leads only)
        AssignTraining, // a lead's training assignments (shown to leads only)
    };
    static constexpr int kCount = static_cast<int>(Id::AssignTraining) + 1;
    // Ctrl+1 … Ctrl+9: the current step's events besides the forward one and "calmed down".
    static constexpr int kEventKeys = 9;

    // The page the window shows decides what applies.
    // The cool-down after an incident is between calls, but Enter belongs to its note line.
    enum class Page { Start, Call, Summary, CoolDown };

    // Creates the actions on `window` (so their keys work anywhere in it); the journal's windows
    // exist only `withJournal`.
    CallActions(QWidget &window, bool withJournal);

    [[nodiscard]] QAction *operator[](Id id) const { return m_actions.at(static_cast<std::size_t>(id)); }
    // What the key would do, for the tray, the global shortcuts and the command line: false when
    // the action does not apply now.
    bool triggerIfEnabled(Id id) const;
    [[nodiscard]] const std::vector<QAction *> &eventActions() const { return m_events; }
    // The four quick tags (Alt+1 … Alt+4), in the order of the table.
    [[nodiscard]] std::vector<QAction *> quickTags() const;
    // The short text a button shows for `id` ("Manager?" for "Asked for a manager").
    [[nodiscard]] static QString buttonText(Id id);
    // The journal's tag a quick-tag action records ("insult", …); empty for other actions.
    [[nodiscard]] static QString quickTag(Id id);

    // Enables what applies on `page`: call keys during a call (quick tags and the raised hand not
    // in a rehearsal: its notes are its own options, and a lead must not be called to a
    // rehearsal), dialogs and editors between calls only.
    void setPage(Page page, bool rehearsal, bool canContinue);
    // The texts again, in the language now installed.
    void retranslate();
    // The window's menus: the call's keys in `call`, the other windows in `view`.
    void addToMenus(QMenu &call, QMenu &view) const;

private:
    std::array<QAction *, kCount> m_actions{};
    std::vector<QAction *> m_events;
};

// "Text  [F5]": an action's text with its first key, as buttons show it.
[[nodiscard]] QString withShortcut(const QString &text, const QAction *action);

} // namespace steadyline::gui
