#pragma once

#include "playbook/playbookcatalog.h"
#include "serveraddress.h"
#include "teamboard.h"

#include <QMainWindow>
#include <QSet>
#include <QTimer>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace steadyline {
class AppContext;
}

namespace steadyline::gui {

class DashboardStatistics;

// The lead's dashboard (issue #18 §6). Its first tab, "Now": raised hands first, with an answer the consultant
// sees at once; who is in a call, on which step and for how long; who is in a cool-down; and the
// abusive calls of the last days, each with its timeline. Reads the team's rows the sync worker
// pulled into this desk's journal; refresh() after each pull, the clock ticks every second.
// New hands and incidents are announced (handAnnounced, incidentAnnounced) for the tray's
// notification; the first reading only learns what is already there. Its second tab,
// "Statistics" (DashboardStatistics), shows the team server's figures for a period.
class TeamBoardWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit TeamBoardWindow(AppContext &context, QWidget *parent = nullptr);

    void refresh();
    // Where the statistics come from (the desk's team server; none: the tab says so).
    void setServer(const std::optional<server::ServerAddress> &address);
    [[nodiscard]] DashboardStatistics *statistics() const { return m_statistics; }
    void showStatistics();
    // How far back incidents are listed.
    static constexpr int kIncidentDays = 7;

signals:
    // The lead answered the selected hand: the app queues it for the server.
    void answerRequested(const QString &callUuid, const QString &text);
    void handAnnounced(const QString &title, const QString &message);
    void incidentAnnounced(const QString &title, const QString &message);
    // The lead opened the timeline of a consultant's call (#18 §8: written in the audit log).
    // Once per choice: the list read again with the same call chosen is no new opening.
    void callOpened(const QString &callUuid, const QString &login);

private:
    void buildWidgets();
    void showBoard();
    void tick();
    void answerSelectedHand();
    void showSelectedIncident();
    void announceNews();
    [[nodiscard]] QString stepText(const QString &playbookId, const QString &stepId) const;
    [[nodiscard]] PlaybookSnapshot playbook(const QString &id) const;

    AppContext &m_context;
    std::optional<sync::TeamBoard> m_board;
    QTimer m_clock;
    QSet<QString> m_knownHands;     // call UUID + raised time of every hand seen
    QSet<QString> m_knownIncidents; // call UUIDs
    bool m_firstReading = true;
    QString m_openedCall; // the call whose timeline is shown, announced by callOpened

    QTabWidget *m_tabs = nullptr;
    DashboardStatistics *m_statistics = nullptr;
    bool m_statisticsAsked = false;
    QLabel *m_summary = nullptr;
    QLabel *m_problem = nullptr;
    QTreeWidget *m_hands = nullptr;
    QLineEdit *m_answer = nullptr;
    QPushButton *m_answerButton = nullptr;
    QTreeWidget *m_live = nullptr;
    QTreeWidget *m_coolDowns = nullptr;
    QTreeWidget *m_incidents = nullptr;
    QTextBrowser *m_incidentTimeline = nullptr;
};

} // namespace steadyline::gui
