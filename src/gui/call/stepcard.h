#pragma once

#include "call/callsession.h"
#include "callactions.h"

#include <QObject>
#include <QPalette>
#include <QString>

#include <vector>

class QAction;
class QPushButton;

namespace Ui {
class AssistWindow;
}

namespace steadyline::gui {

// The call page's step card: the step's badge (1, 2, 3, 3½) and title, the method's path, the
// line to say and its phrasings, tips, the countdown, the final prompt and one button per key
// that applies now. It only shows a CallSession; the keys are the window's actions.
//
// How far the escalation has gone shows by colour (the badge takes the palette's highlight at
// step 1, turns warm at 2 and 3 and red at 3½) and, for those who cannot tell the colours apart,
// by the badge's frame growing heavier and the step's name read out with the badge.
class StepCard : public QObject
{
    Q_OBJECT

public:
    StepCard(Ui::AssistWindow &ui, CallActions &actions, QObject *parent = nullptr);

    // Shows the current step of `call`; in a rehearsal nothing can be taken back.
    // `finalInstruction` is the app's instruction under the final step's title.
    void show(const CallSession &call, bool rehearsal, const QString &finalInstruction);
    // Only the countdown (it ticks ten times a second; the rest of the card stays).
    void showCountdown(const CallSession &call);
    // The buttons' texts, keys and tool tips, again in the language now installed.
    void retranslate();

    // The app's instruction under the final step's title: hang up, call the manager or security
    // (with their `numbers`, kept on one line each), or end the call.
    [[nodiscard]] static QString finalInstruction(FinalPrompt prompt, const QStringList &numbers);
    // The escalation level a step label stands for: 1, 2, 3 or 4 (for 3½); 0 for any other.
    [[nodiscard]] static int escalationLevel(const QString &label);

private:
    void styleBadge(int level);
    // Alarm red for an ending on abuse, a calm tint for a hand-over or a solved call.
    [[nodiscard]] QPalette finalPromptPalette(FinalPrompt prompt) const;
    void bindButtons();
    // Each button of the card with the action it triggers.
    [[nodiscard]] std::vector<std::pair<QPushButton *, CallActions::Id>> buttons() const;
    void showEventButtons(const CallSession &call);
    // Grows the event buttons to `count`, each bound to its event key, in the card's tab order.
    void addEventButtons(std::size_t count);

    Ui::AssistWindow &m_ui;
    CallActions &m_actions;
    std::vector<QPushButton *> m_eventButtons;
};

// A button shows its action's text and key, and triggers it.
void bindButton(QPushButton *button, QAction *action, const QString &text);

} // namespace steadyline::gui
