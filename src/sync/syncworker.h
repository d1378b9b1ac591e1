#pragma once

// TeamSync's worker, which lives in TeamSync's thread. Not part of the API.
#include "serveraddress.h"
#include "syncstatus.h"
#include "teamexchange.h"
#include "teamsync.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace steadyline::journal {
class Journal;
}

namespace steadyline::sync {

class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(QString dataDir, server::ServerAddress address, SyncTiming timing);
    ~SyncWorker() override;
    SyncWorker(const SyncWorker &) = delete;
    SyncWorker &operator=(const SyncWorker &) = delete;

    // Each runs in the worker's thread (called through queued connections).
    void start();
    void syncNow();
    void nudge();
    void stop();
    void askCallerIncidents(const QString &caseReference, int days);
    void recordAudit(const QString &action, const QJsonObject &detail);
    void askTeamMembers();
    void publishPlaybook(const QByteArray &json, const QString &note);
    void rollBackPlaybook(const QString &playbookId, int revision);

signals:
    void statusChanged(const steadyline::sync::SyncStatus &status);
    void teamRowsArrived(const QStringList &kinds);
    void callerIncidents(const QString &caseReference, int count);
    void teamMembers(const QStringList &logins);
    void publicationDone(const QString &playbookId, int revision, const QString &error);

private:
    void connectToServer();
    void disconnectFromServer();
    void scheduleReconnect();
    // Pushes everything waiting and pulls everything new; false when the connection broke (the
    // caller then goes offline, once this has let go of the connection).
    bool exchange();
    // The server's doorbell rang: one pull soon, however many ring (SyncTiming::doorbellWindowMs).
    void ringDoorbell();
    void pullForDoorbell();
    void checkHeartbeat();
    void pollOutbox();
    void publish();
    void goOffline(const QString &why);
    // Takes the team's policy into the status and keeps it in the journal.
    void takePolicy(const DeskPolicy &policy);
    // The same for the role the server gave this login.
    void takeRole(const QString &role);
    // The changes the server refused for good, into the status.
    void takeRefused(const TeamStore &store);
    // Pulls the team's publications past the desk's cursor; true when some arrived.
    bool pullPublishedPlaybooks(TeamStore &store, TeamExchange &server, QString *error);
    // Makes the published playbooks' folder hold the active revisions in team_rows.
    void keepPublishedPlaybooks(const TeamStore &store);
    // The answer to a publication or rollback the desk cannot send now.
    [[nodiscard]] bool refuseOffline(const QString &playbookId, int revision);

    QString m_dataDir;
    QString m_team; // as the server said when last connected
    server::ServerAddress m_address;
    SyncTiming m_timing;
    QString m_connectionName;
    std::unique_ptr<journal::Journal> m_journal;
    bool m_connected = false;
    bool m_shareNoteText = false;
    bool m_stopped = false;
    int m_nextRetryMs = 0;
    QTimer m_pullTimer;
    QTimer m_heartbeatTimer;
    QTimer m_outboxTimer;
    QTimer m_reconnectTimer;
    QTimer m_doorbellTimer;         // single shot: the one pull the doorbells since the last asked for
    QElapsedTimer m_doorbellPulled; // since the last doorbell's pull began
    SyncStatus m_status;
    SyncStatus m_published;
    bool m_everPublished = false;
};

} // namespace steadyline::sync
