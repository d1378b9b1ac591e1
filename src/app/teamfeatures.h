#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "app/trayicon.h"
#include "team/teamboardwindow.h"
#include "team/teampromiseswindow.h"

#include "team/trainingassignmentwindow.h"
#include "teamplaybookpublisher.h"
#include <QSet>

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
    // Team promises (#18 §4): the lead's window (null before first use), and for everyone a notice
    // when a lead hands them a colleague's promise.
    [[nodiscard]] TeamPromisesWindow *teamPromises() const { return m_teamPromises; }
    void openTeamPromises();
    // The lead's training assignments (issue #18 §7), made on first use (null before).
    [[nodiscard]] TrainingAssignmentWindow *assignments() const { return m_assignments; }
    void openAssignments();

private:
    void followStatus();
    void takeRows(const QStringList &kinds);
    void showNewAnswers();
    void answerHand(const QString &callUuid, const QString &text);
    void notify(const QString &title, const QString &message);
    [[nodiscard]] bool isLead() const;
    void ensureBoard();
    [[nodiscard]] std::optional<server::ServerAddress> dashboardServer() const; // dash19
    void takePromiseRows();
    // Published playbooks (issue #18 §5): the catalog reads the team's folder while the desk is
    // in a team, and rereads it when a pull brought a publication.
    void followPublishedPlaybooks();

    AppContext &m_context;
    AssistWindow &m_window;
    TeamLink &m_team;
    QPointer<TrayIcon> m_tray;
    QPointer<TeamBoardWindow> m_board;
    QPointer<TrainingAssignmentWindow> m_assignments;
    QString m_askedReference; // the caller reference the server was last asked about
    QDateTime m_lastAnswerAt; // the newest answer shown, so an answer shows once
    // Pulls arrive many times a second in a busy team: the board reads at most this often.
    QTimer m_boardRefresh;
    static constexpr int kBoardRefreshMs = 250;
    QPointer<TeamPromisesWindow> m_teamPromises;
    QSet<QString> m_heldHere; // colleagues' promises this consultant holds, as last seen
    bool m_heldKnown = false; // m_heldHere was read once (no notice for what was there at start)
    TeamPlaybookPublisher m_publisher;
};

} // namespace steadyline::gui
