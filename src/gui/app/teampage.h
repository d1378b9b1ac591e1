#pragma once

#include <QFutureWatcher>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace steadyline {
class Settings;
namespace journal {
class Journal;
}
namespace sync {
class TeamControl;
struct JoinCheck;
} // namespace sync
} // namespace steadyline

namespace steadyline::gui {

// Preferences → Team: joining a team server from the window, what the desk's link to it is
// doing, "Sync now" and leaving the team. Joining and leaving take effect at once (not on the
// dialog's Save). The server is asked in a thread of the pool, never in the window's: the page
// shows that it works, Cancel returns at once (the abandoned check ends on its own within the
// connection's timeout and writes nothing), and only a check that succeeded writes: the password
// into libpq's password file, the membership into the journal, the address into the settings.
class TeamPage : public QWidget
{
    Q_OBJECT

public:
    TeamPage(Settings &settings, journal::Journal *journal, sync::TeamControl *team, QWidget *parent = nullptr);
    ~TeamPage() override;

    // A join is being checked with the server.
    [[nodiscard]] bool isJoining() const { return m_joining; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void join();
    void cancelJoin();
    void finishJoin();
    void recordJoin(const sync::JoinCheck &result);
    void leave();
    void finishLeave(const QString &team, int waiting);
    // Stops the desk's running link without waiting for it, then `next` (not when the page is
    // gone by then).
    void stopSyncThen(std::function<void()> next);
    void setJoining(bool joining);
    void showFeedback(const QString &text, bool problem);
    void updateState();

    Settings &m_settings;
    journal::Journal *m_journal;
    sync::TeamControl *m_team;
    QLineEdit *m_serverEdit = nullptr;
    QLineEdit *m_loginEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QPushButton *m_joinButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_feedback = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_syncButton = nullptr;
    QPushButton *m_leaveButton = nullptr;
    bool m_joining = false;
    bool m_leaving = false; // the link is stopping before the desk leaves
    int m_joinAttempt = 0;  // counts cancels: an answer for an older attempt is dropped
    std::unique_ptr<QFutureWatcher<sync::JoinCheck>> m_check;
};

} // namespace steadyline::gui
