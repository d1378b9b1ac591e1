#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "app/trayicon.h"
#include "team/teamboardwindow.h"
#include "teamplaybookpublisher.h"

namespace steadyline {
class AppContext;
}

namespace steadyline::gui {

class AssistWindow;
class TeamLink;

// The team's features wired between the windows and the team link (issue #18):
// - at the desk: a raised hand is pushed at once; the lead's answer reaches the card; the team's
//   count of a caller's incidents replaces the desk's own; the team's policy sets the cool-down
//   and whether the hand goes up by itself at the final warning;
// - for a lead: View → Team board, refreshed after every pull; the lead's answer is queued for
//   the server; a new raised hand or abusive call shows a desktop notification.
class TeamFeatures : public QObject
{
    Q_OBJECT

public:
    TeamFeatures(AppContext &context, AssistWindow &window, TeamLink &team, TrayIcon *tray, QObject *parent = nullptr);
    ~TeamFeatures() override;
    TeamFeatures(const TeamFeatures &) = delete;
    TeamFeatures &operator=(const TeamFeatures &) = delete;

    // The lead's board, made on first use (null before).
    [[nodiscard]] TeamBoardWindow *board() const { return m_board; }
    void openBoard();

private:
    void followStatus();
    void takeRows(const QStringList &kinds);
    void showNewAnswers();
    void answerHand(const QString &callUuid, const QString &text);
    void notify(const QString &title, const QString &message);
    [[nodiscard]] bool isLead() const;
    void ensureBoard();
    // Published playbooks (issue #18 §5): the catalog reads the team's folder while the desk is
    // in a team, and rereads it when a pull brought a publication.
    void followPublishedPlaybooks();

    AppContext &m_context;
    AssistWindow &m_window;
    TeamLink &m_team;
    QPointer<TrayIcon> m_tray;
    QPointer<TeamBoardWindow> m_board;
    QString m_askedReference; // the caller reference the server was last asked about
    QDateTime m_lastAnswerAt; // the newest answer shown, so an answer shows once
    // Pulls arrive many times a second in a busy team: the board reads at most this often.
    QTimer m_boardRefresh;
    static constexpr int kBoardRefreshMs = 250;
    TeamPlaybookPublisher m_publisher;
};

} // namespace steadyline::gui
