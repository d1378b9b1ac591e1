#pragma once

#include "syncstatus.h"
#include "teamcontrol.h"
#include "teamsync.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

class QFrame;
class QLabel;
class QMainWindow;
class QToolBar;

namespace steadyline {
class Settings;
}

namespace steadyline::gui {

// The window's link to the team server: while the desk belongs to a team (the settings name its
// server, see `steadyline team join` or Preferences → Team), a TeamSync keeps the journal in sync
// in its own thread, and the status bar shows "Team: online" or "Team: offline · 3 waiting", the
// details in its tool tip. A problem the consultant must act on (a wrong password, a server too
// old or too new, a login that is no member) also shows a banner across the top of the window,
// with what to do; waiting cures nothing there. Without a team nothing runs and nothing is shown.
class TeamLink : public sync::TeamControl
{
    Q_OBJECT

public:
    TeamLink(QString dataDir, Settings &settings, QMainWindow &window, sync::SyncTiming timing = {},
             QObject *parent = nullptr);
    ~TeamLink() override;

    // Starts, restarts or stops the worker when the server in the settings changed.
    void applySettings() override;
    [[nodiscard]] const sync::SyncStatus &status() const override { return m_status; }
    void syncNow() override;
    void stopSync(std::function<void()> whenStopped) override;
    // Something was written that the team should see soon (a raised hand): push now.
    void nudge();
    // Asks the server how many incidents the team had with this caller (answer: callerIncidents).
    void askCallerIncidents(const QString &caseReference, int days);
    // Team promises (#18 §4) and the audit log (§8): see TeamSync. recordAudit is false without a
    // running link or for an action the server does not record.
    bool recordAudit(const QString &action, const QJsonObject &detail);
    // Asks the server for the team's logins (a lead's desk; answer: teamMembers).
    void askTeamMembers();
    // Published playbooks (issue #18 §5): answered by publicationDone(), at once when the desk
    // runs no sync (no team).
    void publishPlaybook(const QByteArray &json, const QString &note);
    void rollBackPlaybook(const QString &playbookId, int revision);
    [[nodiscard]] const QString &dataDir() const { return m_dataDir; }

    // The status bar's line: empty when the desk is not in a team.
    [[nodiscard]] static QString statusLine(const sync::SyncStatus &status);
    // The tool tip: the server, the last push and pull, the last problem.
    [[nodiscard]] static QString statusDetails(const sync::SyncStatus &status);
    // "N changes refused by the server: <reason> …": empty when the server refused none.
    [[nodiscard]] static QString refusedText(const sync::SyncStatus &status);
    // The banner's text: empty unless the status needs the consultant.
    [[nodiscard]] static QString bannerText(const sync::SyncStatus &status);

signals:
    // A pull stored the team's rows of these kinds in the journal (the lead's board reads them).
    void teamRowsArrived(const QStringList &kinds);
    void callerIncidents(const QString &caseReference, int count);
    void teamMembers(const QStringList &logins);
    void publicationDone(const QString &playbookId, int revision, const QString &error);

private:
    void show(const sync::SyncStatus &status);
    void makeBanner(QMainWindow &window);

    QString m_dataDir;
    Settings &m_settings;
    sync::SyncTiming m_timing;
    QLabel *m_label = nullptr;
    QPointer<QToolBar> m_bannerBar;
    QLabel *m_bannerText = nullptr;
    QString m_dismissed; // the banner text the consultant closed; shown again when it changes
    QString m_server;
    std::unique_ptr<sync::TeamSync> m_sync;
    sync::SyncStatus m_status;
};

} // namespace steadyline::gui
