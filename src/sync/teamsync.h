#pragma once

#include "serveraddress.h"
#include "syncstatus.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

namespace steadyline::sync {

class SyncWorker;

// How often the worker does what; the defaults suit a desk, tests make them short.
struct SyncTiming
{
    int pullIntervalMs = 30000; // a pull even without a doorbell (notifications are lost while offline)
    int heartbeatMs = 15000;    // a round trip that notices a dead connection
    int outboxPollMs = 2000;    // how soon a change written in the window is pushed (also: nudge())
    int firstRetryMs = 1000;    // reconnecting: the first wait, doubled after each failure …
    int longestRetryMs = 60000; // … up to this
    int batchSize = 200;        // changes per push_changes call
    // Doorbells are coalesced: one pull at a time, and the doorbells that ring during a pull or
    // within this long after a doorbell's pull began make one more pull (300 pushing desks ring
    // tens of times a second, and each pull is a journal transaction).
    int doorbellWindowMs = 150;
};

// Keeps one desk's journal in sync with the team server, in a thread of its own: connecting and
// every query happen there, never in the window's thread.
//
// For the window (status bar, Preferences → Team):
//   auto *sync = new TeamSync(dataDir, address, {}, this);   // address from the settings
//   connect(sync, &TeamSync::statusChanged, this, &MainWindow::showTeamStatus);
//   sync->start();
//   … after a journal write: sync->nudge();   "Sync now": sync->syncNow();
// statusChanged() is delivered in the thread that made the TeamSync; status() is the last one.
// The worker pushes the outbox in batches (push_changes: the same UUID twice is stored once),
// pulls the team's changes since its cursor into the journal's team_rows, listens for the
// server's doorbell (LISTEN steadyline_changes) and pulls on a timer too, re-subscribes and
// re-pulls after every reconnect, sends a heartbeat, and reconnects with a growing pause. A
// desk that has not joined a team gets one status with joined = false, and nothing runs.
// The password is never handled here: libpq reads it from its password file (pgpassfile.h).
class TeamSync : public QObject
{
    Q_OBJECT

public:
    TeamSync(const QString &dataDir, const server::ServerAddress &address, const SyncTiming &timing = {},
             QObject *parent = nullptr);
    // Stops the worker and waits for its thread (at most the length of one query).
    ~TeamSync() override;
    TeamSync(const TeamSync &) = delete;
    TeamSync &operator=(const TeamSync &) = delete;

    void start();
    // Stops the worker without waiting for it: stopped() follows (in this object's thread) once
    // the worker's thread let go of the journal and the server, which may take as long as the
    // query or connection attempt in progress. For a window that must not freeze meanwhile.
    void stopLater();
    // Push and pull now (a button, a test); when offline: try to connect now.
    void syncNow();
    // Something was written: push soon without waiting for the outbox poll.
    void nudge();
    // How many incidents the team had with this caller in the last `days` days: answered by
    // callerIncidents() when the server answers; nothing when offline. Only the caller key (a
    // keyed hash of the reference) goes to the server.
    void askCallerIncidents(const QString &caseReference, int days);
    // An entry for the audit log (#18 §8), queued in the outbox (kind audit) and sent with the next
    // push, so that it waits while offline and is written once. `action` is one record_audit()
    // knows (kAuditActions); false for another, which would never be taken.
    bool recordAudit(const QString &action, const QJsonObject &detail);
    // A lead's team members (team_members()): answered by teamMembers() when the server answers;
    // nothing when offline.
    void askTeamMembers();

    static const QStringList kAuditActions;
    // Publishes a validated playbook's JSON to the desk's team (a lead or admin only), or makes
    // an earlier published revision active again: answered by publicationDone(). Refused at once
    // when offline (a lead's publication is not queued: it should reach the team now or be
    // published again knowingly).
    void publishPlaybook(const QByteArray &json, const QString &note);
    void rollBackPlaybook(const QString &playbookId, int revision);

    [[nodiscard]] SyncStatus status() const { return m_status; }

signals:
    void statusChanged(const steadyline::sync::SyncStatus &status);
    // A pull stored rows of these kinds (call, timeline, hand_answer, ...) in the journal.
    void teamRowsArrived(const QStringList &kinds);
    void callerIncidents(const QString &caseReference, int count);
    void teamMembers(const QStringList &logins);
    // A publication or rollback went through (`error` empty) or was refused (a translated
    // sentence: offline, not a lead, an older revision, ...).
    void publicationDone(const QString &playbookId, int revision, const QString &error);
    // After stopLater(): the worker has stopped; deleting this object then waits for nothing.
    void stopped();

private:
    void takeStatus(const steadyline::sync::SyncStatus &status);

    QThread m_thread;
    SyncWorker *m_worker = nullptr; // lives in m_thread; deleted there when it finishes
    bool m_started = false;
    bool m_stopping = false; // stopLater() asked the worker to stop; it no longer takes calls
    SyncStatus m_status;
};

} // namespace steadyline::sync
