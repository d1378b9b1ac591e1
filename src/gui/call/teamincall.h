#pragma once

#include <QObject>
#include <QString>

class QAction;
class QStackedWidget;
class QStatusBar;
class QWidget;

namespace Ui {
class AssistWindow;
}

namespace steadyline {
class CallRecorder;
class CallSession;
namespace journal {
class Journal;
}
} // namespace steadyline

namespace steadyline::gui {

class CallerIncidentsBanner;
class CoolDownPage;
class RaisedHand;

// What the team adds to the call window (issue #18): the raised hand and the lead's answer, the
// caller's earlier abusive calls, and the break after an abusive call. The window hands it each
// call; the team's features and the tray reach it through AssistWindow::team(). Everything here
// works without a team server: the desk's own journal counts and keeps it.
class TeamInCall : public QObject
{
    Q_OBJECT

public:
    // The days over which a caller's earlier incidents are counted at the desk.
    static constexpr int kCallerIncidentDays = 30;

    // `raiseHand` is the window's action; the banners go on the call page, the break page into the
    // window's page stack at `breakPageIndex`. Each is made at its first use: most calls need none.
    TeamInCall(Ui::AssistWindow &ui, int breakPageIndex, QAction &raiseHand, journal::Journal *journal,
               QStatusBar &statusBar, QWidget &window);

    // A new call: a rehearsal neither raises a hand nor counts incidents nor takes a break.
    void attach(CallSession *call, CallRecorder *recorder, bool rehearsal);
    // The live call's caller reference, entered at its start: the desk's own count at once, and
    // callerReferenceEntered() asks the team's.
    void callerReferenceGiven(const QString &caseReference);
    void detach();
    // The call entered a step (the rule that raises the hand at the final warning).
    void followStep();
    void retranslate();

    // The call just ended: true when it was abusive and the team gives a break after such calls.
    [[nodiscard]] bool breakDue() const;
    // Starts the break on its page (made now if this is the first), for the window to show.
    void startBreak();
    // Ends a running break (why: journal::kCoolDown…); nothing when none runs.
    void endBreak(const QString &reason);
    [[nodiscard]] bool inCoolDown() const;
    // The team's policy: the break's length after an abusive call (0: no break).
    void setCoolDownSeconds(int seconds);
    [[nodiscard]] int coolDownSeconds() const { return m_coolDownSeconds; }

    // The team's rule: the hand goes up by itself at the final warning.
    void setRaiseHandAtFinalWarning(bool raise);
    [[nodiscard]] bool isHandRaised() const;
    // The window's key: raises the hand, or lowers it when it is up. False when there is no live call.
    bool toggleRaisedHand();
    // The tray and the global shortcut: as if the window's key were pressed. False when the hand
    // could not move.
    bool toggleHand();
    // The lead's answer to the raised hand: under the hand's line and in the status bar.
    void showHandAnswer(const QString &text, const QString &lead);
    // The team's count of abusive calls from this caller over `days` (late answers are dropped).
    void showCallerIncidents(int count, int days);

signals:
    void handRaised();
    // The break ended (why: journal::kCoolDown…).
    void breakFinished(const QString &reason);
    void callerReferenceEntered(const QString &caseReference);

private:
    CoolDownPage &coolDownPage();

    QStackedWidget &m_pages;
    const int m_breakPageIndex;
    QAction &m_raiseHand;
    journal::Journal *m_journal;
    QStatusBar &m_statusBar;
    QWidget &m_window;
    RaisedHand *m_hand;
    CoolDownPage *m_coolDown = nullptr;
    CallerIncidentsBanner *m_callerIncidents;
    CallSession *m_call = nullptr;
    CallRecorder *m_recorder = nullptr;
    bool m_rehearsal = false;
    int m_coolDownSeconds = 180;
};

} // namespace steadyline::gui
