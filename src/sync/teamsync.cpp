#include "teamsync.h"

#include "journal/journal.h"
#include "outboxpush.h"
#include "playbook/publishedplaybooks.h"
#include "synclog.h"
#include "syncworker.h"
#include "teamexchange.h"
#include "teamstore.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>

namespace steadyline::sync {

namespace {

const QString kDoorbell = QStringLiteral("steadyline_changes");

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("steadyline-sync-%1").arg(++counter);
}

QString connectionLost()
{
    return QCoreApplication::translate("steadyline::sync",
                                       "The connection to the team server was lost. The desk keeps working offline "
                                       "and sends its changes when the server is back.");
}

} // namespace

// --- TeamSync: the window's side ---------------------------------------------------------------

TeamSync::TeamSync(const QString &dataDir, const server::ServerAddress &address, const SyncTiming &timing,
                   QObject *parent)
    : QObject(parent)
    , m_worker(new SyncWorker(dataDir, address, timing))
{
    qRegisterMetaType<SyncStatus>();
    m_status.server = address.displayText();
    m_thread.setObjectName(QStringLiteral("steadyline-sync"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &SyncWorker::statusChanged, this, &TeamSync::takeStatus);
    connect(m_worker, &SyncWorker::teamRowsArrived, this, &TeamSync::teamRowsArrived);
    connect(m_worker, &SyncWorker::callerIncidents, this, &TeamSync::callerIncidents);
    connect(m_worker, &SyncWorker::teamMembers, this, &TeamSync::teamMembers);
    connect(m_worker, &SyncWorker::publicationDone, this, &TeamSync::publicationDone);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

TeamSync::~TeamSync()
{
    if (!m_started) {
        delete m_worker;
        return;
    }
    // After stopLater() the worker may be gone already (deleted as its thread finished).
    if (!m_stopping) {
        QMetaObject::invokeMethod(m_worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
        m_thread.quit();
    }
    m_thread.wait();
}

void TeamSync::start()
{
    if (m_started || m_stopping)
        return;
    m_started = true;
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::start, Qt::QueuedConnection);
}

void TeamSync::stopLater()
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (!m_started) {
        QMetaObject::invokeMethod(this, &TeamSync::stopped, Qt::QueuedConnection);
        return;
    }
    // finished() comes from the worker's thread; queued, it arrives here after the worker let go.
    connect(&m_thread, &QThread::finished, this, &TeamSync::stopped, Qt::QueuedConnection);
    QThread *workerThread = &m_thread;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, workerThread] {
            worker->stop();
            workerThread->quit();
        },
        Qt::QueuedConnection);
}

void TeamSync::syncNow()
{
    if (m_stopping)
        return;
    QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

void TeamSync::nudge()
{
    if (m_stopping)
        return;
    QMetaObject::invokeMethod(m_worker, &SyncWorker::nudge, Qt::QueuedConnection);
}

void TeamSync::askCallerIncidents(const QString &caseReference, int days)
{
    if (m_stopping)
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, caseReference, days] { worker->askCallerIncidents(caseReference, days); },
        Qt::QueuedConnection);
}

const QStringList TeamSync::kAuditActions{QStringLiteral("call_opened"),        QStringLiteral("export"),
                                          QStringLiteral("playbook_published"), QStringLiteral("playbook_rolled_back"),
                                          QStringLiteral("promise_reassigned"), QStringLiteral("promise_taken"),
                                          QStringLiteral("promise_handed_back")};

bool TeamSync::recordAudit(const QString &action, const QJsonObject &detail)
{
    if (m_stopping || !kAuditActions.contains(action))
        return false;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, action, detail] { worker->recordAudit(action, detail); }, Qt::QueuedConnection);
    return true;
}

void TeamSync::askTeamMembers()
{
    if (m_stopping)
        return;
    QMetaObject::invokeMethod(m_worker, &SyncWorker::askTeamMembers, Qt::QueuedConnection);
}

void TeamSync::publishPlaybook(const QByteArray &json, const QString &note)
{
    if (m_stopping)
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, json, note] { worker->publishPlaybook(json, note); }, Qt::QueuedConnection);
}

void TeamSync::rollBackPlaybook(const QString &playbookId, int revision)
{
    if (m_stopping)
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, playbookId, revision] { worker->rollBackPlaybook(playbookId, revision); },
        Qt::QueuedConnection);
}

void TeamSync::takeStatus(const SyncStatus &status)
{
    m_status = status;
    emit statusChanged(status);
}

// --- SyncWorker: the thread's side -------------------------------------------------------------

SyncWorker::SyncWorker(QString dataDir, server::ServerAddress address, SyncTiming timing)
    : m_dataDir(std::move(dataDir))
    , m_address(std::move(address))
    , m_timing(timing)
    , m_connectionName(nextConnectionName())
    , m_nextRetryMs(timing.firstRetryMs)
{
    m_status.server = m_address.displayText();
    // Timers move with their parent to the worker's thread.
    for (QTimer *timer : {&m_pullTimer, &m_heartbeatTimer, &m_outboxTimer, &m_reconnectTimer, &m_doorbellTimer})
        timer->setParent(this);
    m_reconnectTimer.setSingleShot(true);
    m_doorbellTimer.setSingleShot(true);
    connect(&m_pullTimer, &QTimer::timeout, this, &SyncWorker::syncNow);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &SyncWorker::checkHeartbeat);
    connect(&m_outboxTimer, &QTimer::timeout, this, &SyncWorker::pollOutbox);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SyncWorker::connectToServer);
    connect(&m_doorbellTimer, &QTimer::timeout, this, &SyncWorker::pullForDoorbell);
}

SyncWorker::~SyncWorker()
{
    // The timers are members; they must not be deleted again as children.
    for (QTimer *timer : {&m_pullTimer, &m_heartbeatTimer, &m_outboxTimer, &m_reconnectTimer, &m_doorbellTimer})
        timer->setParent(nullptr);
    disconnectFromServer();
}

void SyncWorker::start()
{
    QString error;
    m_journal = journal::Journal::open(m_dataDir, &error);
    if (!m_journal) {
        m_status.lastError = error;
        publish();
        return;
    }
    const TeamStore store(QSqlDatabase::database(m_journal->connectionName(), false));
    const auto membership = store.membership(&error);
    m_status.joined = membership.has_value();
    m_status.waiting = store.waiting(&error);
    if (membership) {
        m_status.lastPush = membership->lastPush;
        m_status.lastPull = membership->lastPull;
        m_status.coolDownSeconds = membership->coolDownSeconds;
        m_status.raiseHandAtFinalWarning = membership->raiseHandAtFinalWarning;
        // The role last said holds offline; the server says it again on connecting.
        m_status.role = membership->role;
        takeRefused(store);
    }
    m_status.lastError = error;
    publish();
    // The published playbooks hold offline; a desk that left its team keeps none of them.
    keepPublishedPlaybooks(store);
    if (!membership)
        return;
    m_outboxTimer.start(m_timing.outboxPollMs);
    connectToServer();
}

void SyncWorker::stop()
{
    m_stopped = true;
    for (QTimer *timer : {&m_pullTimer, &m_heartbeatTimer, &m_outboxTimer, &m_reconnectTimer, &m_doorbellTimer})
        timer->stop();
    disconnectFromServer();
    m_journal.reset();
}

void SyncWorker::connectToServer()
{
    if (m_stopped || m_connected || !m_journal)
        return;
    QString error;
    bool unreachable = false;
    if (!openServerConnection(m_address, m_connectionName, &error, &unreachable)) {
        m_status.needsAction = !unreachable;
        goOffline(error);
        return;
    }
    const auto identity = TeamExchange(QSqlDatabase::database(m_connectionName, false)).identify(&error);
    if (!identity) {
        // Not a team server, too old or new, not a member: the admin or an update must help.
        m_status.needsAction = true;
        goOffline(error);
        return;
    }
    m_status.needsAction = false;
    m_connected = true;
    m_shareNoteText = identity->noteTextLeavesDesk;
    m_team = identity->team;
    takeRole(identity->role);
    takePolicy(identity->policy);
    m_nextRetryMs = m_timing.firstRetryMs;
    {
        // Scoped: the syncNow() below may go offline, which removes the connection, and a handle
        // still held here would make Qt warn that it "is still in use".
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        // The doorbell: the server rings after every push that stored something.
        if (!db.driver()->subscribeToNotification(kDoorbell))
            syncLog()->warn("could not LISTEN for the team's doorbell; pulling on the timer only");
        connect(db.driver(), &QSqlDriver::notification, this, &SyncWorker::ringDoorbell, Qt::UniqueConnection);
    }
    syncLog()->info("connected to the team server as a member of the team (schema {})", identity->schemaVersion);
    m_status.online = true;
    m_status.lastError.clear();
    m_pullTimer.start(m_timing.pullIntervalMs);
    m_heartbeatTimer.start(m_timing.heartbeatMs);
    // Notifications sent while offline are lost: a pull now catches up.
    syncNow();
}

void SyncWorker::disconnectFromServer()
{
    m_connected = false;
    m_pullTimer.stop();
    m_heartbeatTimer.stop();
    m_doorbellTimer.stop(); // the pull after reconnecting takes what it would have
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid()) {
            if (db.isOpen() && db.driver())
                db.driver()->unsubscribeFromNotification(kDoorbell);
            db.close();
        }
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

void SyncWorker::goOffline(const QString &why)
{
    disconnectFromServer();
    m_status.online = false;
    m_status.lastError = why;
    syncLog()->info("offline from the team server; next try in {} ms", m_nextRetryMs);
    publish();
    scheduleReconnect();
}

void SyncWorker::scheduleReconnect()
{
    if (m_stopped)
        return;
    m_reconnectTimer.start(m_nextRetryMs);
    m_nextRetryMs = std::min(m_nextRetryMs * 2, m_timing.longestRetryMs);
}

void SyncWorker::syncNow()
{
    if (m_stopped || !m_journal)
        return;
    if (!m_connected) {
        if (m_status.joined) {
            m_reconnectTimer.stop();
            connectToServer();
        }
        return;
    }
    // Offline only once exchange() has returned and dropped its handles on the connection.
    if (exchange())
        publish();
    else
        goOffline(connectionLost());
}

void SyncWorker::ringDoorbell()
{
    // A pull already asked for takes this change too: it begins after this doorbell rang, which
    // is after the change was committed. A doorbell heard during a pull arrives here when that
    // pull is over (the worker's thread was busy with it), so it asks for one more.
    if (m_doorbellTimer.isActive())
        return;
    const qint64 sinceLast = m_doorbellPulled.isValid() ? m_doorbellPulled.elapsed() : m_timing.doorbellWindowMs;
    m_doorbellTimer.start(static_cast<int>(std::max<qint64>(0, m_timing.doorbellWindowMs - sinceLast)));
}

void SyncWorker::pullForDoorbell()
{
    m_doorbellPulled.start();
    syncNow();
}

void SyncWorker::nudge()
{
    pollOutbox();
}

bool SyncWorker::exchange()
{
    TeamStore store(QSqlDatabase::database(m_journal->connectionName(), false));
    TeamExchange server(QSqlDatabase::database(m_connectionName, false));
    QString error;
    // Push first, so the pull that follows already holds this desk's own changes.
    PushOutcome pushed;
    pushOutbox(store, server, m_shareNoteText, m_timing.batchSize, &pushed, &error);
    QStringList kinds;
    if (error.isEmpty()) {
        for (;;) {
            const auto membership = store.membership(&error);
            if (!membership)
                break;
            constexpr int kPullRows = 1000;
            const qint64 takenBeforePull = store.pushedThroughSeq(&error);
            const auto changes = server.pull(membership->cursor, kPullRows, &error);
            if (!changes || !store.storePulled(*changes, QDateTime::currentDateTime(), &error,
                                               changes->size() < kPullRows ? takenBeforePull : 0))
                break;
            for (const TeamChange &change : *changes)
                if (!kinds.contains(change.kind))
                    kinds << change.kind;
            if (changes->size() < kPullRows)
                break;
        }
    }
    if (error.isEmpty() && pullPublishedPlaybooks(store, server, &error))
        kinds << QString::fromLatin1(kPublishedPlaybookKind);
    // The admin may change the policy at any time: read it with every exchange.
    if (error.isEmpty()) {
        if (const auto policy = server.deskPolicy(&error)) {
            m_shareNoteText = policy->noteTextLeavesDesk;
            takePolicy(*policy);
        }
    }
    if (!kinds.isEmpty())
        emit teamRowsArrived(kinds);
    QString ignored;
    const auto membership = store.membership(&ignored);
    if (membership) {
        m_status.lastPush = membership->lastPush;
        m_status.lastPull = membership->lastPull;
    }
    m_status.waiting = store.waiting(&ignored);
    takeRefused(store);
    if (!error.isEmpty() && !server.heartbeat())
        return false;
    m_status.lastError = error;
    return true;
}

void SyncWorker::takeRole(const QString &role)
{
    m_status.role = role;
    QString error;
    TeamStore store(QSqlDatabase::database(m_journal->connectionName(), false));
    const auto kept = store.membership(&error);
    if (kept && kept->role != role && !store.storeRole(role, &error))
        syncLog()->warn("could not keep the desk's role in the journal");
}

void SyncWorker::takeRefused(const TeamStore &store)
{
    QString error;
    const std::vector<RefusedChange> refused = store.refusedChanges(&error);
    m_status.refused = int(refused.size());
    m_status.refusedReason = refused.empty() ? QString() : refused.back().reason;
}

void SyncWorker::takePolicy(const DeskPolicy &policy)
{
    m_status.coolDownSeconds = policy.coolDownSeconds;
    m_status.raiseHandAtFinalWarning = policy.raiseHandAtFinalWarning;
    QString error;
    TeamStore store(QSqlDatabase::database(m_journal->connectionName(), false));
    const auto kept = store.membership(&error);
    if (kept &&
        (kept->coolDownSeconds != policy.coolDownSeconds ||
         kept->raiseHandAtFinalWarning != policy.raiseHandAtFinalWarning ||
         kept->callerKeySecret != policy.callerKeySecret) &&
        !store.storePolicy(policy.coolDownSeconds, policy.raiseHandAtFinalWarning, policy.callerKeySecret, &error))
        syncLog()->warn("could not keep the team's policy in the journal");
}

void SyncWorker::askCallerIncidents(const QString &caseReference, int days)
{
    if (m_stopped || !m_connected)
        return;
    QString error;
    const auto count =
        TeamExchange(QSqlDatabase::database(m_connectionName, false)).callerIncidents(caseReference, days, &error);
    if (!count) {
        // The reference stays out of the log (it is a customer's).
        syncLog()->warn("could not ask the team server for a caller's incidents");
        if (!TeamExchange(QSqlDatabase::database(m_connectionName, false)).heartbeat())
            goOffline(connectionLost());
        return;
    }
    emit callerIncidents(caseReference, *count);
}

void SyncWorker::recordAudit(const QString &action, const QJsonObject &detail)
{
    if (m_stopped || !m_journal)
        return;
    QString error;
    TeamStore store(QSqlDatabase::database(m_journal->connectionName(), false));
    if (!store.queueAudit(action, detail, &error)) {
        syncLog()->warn("could not queue an audit entry in the journal");
        return;
    }
    pollOutbox();
}

void SyncWorker::askTeamMembers()
{
    if (m_stopped || !m_connected)
        return;
    QString error;
    const auto logins = TeamExchange(QSqlDatabase::database(m_connectionName, false)).teamMembers(&error);
    if (!logins) {
        syncLog()->warn("could not list the team's members");
        if (!TeamExchange(QSqlDatabase::database(m_connectionName, false)).heartbeat())
            goOffline(connectionLost());
        return;
    }
    emit teamMembers(*logins);
}

bool SyncWorker::pullPublishedPlaybooks(TeamStore &store, TeamExchange &server, QString *error)
{
    const qint64 since = store.publishedPlaybookCursor(error);
    if (!error->isEmpty())
        return false;
    auto changes = server.pullPublishedPlaybooks(since, error);
    if (!changes || changes->empty())
        return false;
    for (TeamChange &change : *changes)
        change.team = m_team;
    if (!store.storePublishedPlaybooks(*changes, error))
        return false;
    syncLog()->info("pulled {} changes of the team's published playbooks", changes->size());
    keepPublishedPlaybooks(store);
    return true;
}

void SyncWorker::keepPublishedPlaybooks(const TeamStore &store)
{
    QString error;
    const QString folder = publishedPlaybookFolder(m_dataDir);
    const bool joined = store.membership(&error).has_value();
    const std::vector<PublishedPlaybook> active =
        joined ? store.activePublishedPlaybooks(&error) : std::vector<PublishedPlaybook>{};
    if (!error.isEmpty()) {
        syncLog()->warn("could not read the team's published playbooks from the journal");
        return;
    }
    if (active.empty() && !QFileInfo::exists(folder))
        return;
    if (!writePublishedPlaybooks(folder, active, &error))
        syncLog()->warn("could not keep the team's published playbooks on this desk");
}

bool SyncWorker::refuseOffline(const QString &playbookId, int revision)
{
    if (m_connected && !m_stopped && m_journal)
        return false;
    emit publicationDone(playbookId, revision,
                         QCoreApplication::translate(
                             "steadyline::sync", "The team server cannot be reached now, so nothing was sent to "
                                                 "the team. Try again when the status bar says the team is online."));
    return true;
}

void SyncWorker::publishPlaybook(const QByteArray &json, const QString &note)
{
    if (refuseOffline({}, 0))
        return;
    QString error;
    std::optional<PlaybookPublication> publication;
    bool alive = true;
    {
        // Scoped: going offline removes the connection, which no handle may still hold.
        TeamExchange server(QSqlDatabase::database(m_connectionName, false));
        publication = server.publishPlaybook(m_team, json, note, &error);
        alive = publication || server.heartbeat();
    }
    if (!publication) {
        emit publicationDone({}, 0, error);
        if (!alive)
            goOffline(connectionLost());
        return;
    }
    syncLog()->info("published revision {} of a playbook to the team", publication->revision);
    emit publicationDone(publication->playbookId, publication->revision, {});
    syncNow(); // this desk takes the new revision at once, as the others do on the doorbell
}

void SyncWorker::rollBackPlaybook(const QString &playbookId, int revision)
{
    if (refuseOffline(playbookId, revision))
        return;
    QString error;
    bool done = false;
    bool alive = true;
    {
        TeamExchange server(QSqlDatabase::database(m_connectionName, false));
        done = server.rollBackPlaybook(m_team, playbookId, revision, &error);
        alive = done || server.heartbeat();
    }
    if (!done) {
        emit publicationDone(playbookId, revision, error);
        if (!alive)
            goOffline(connectionLost());
        return;
    }
    syncLog()->info("rolled a published playbook back to revision {}", revision);
    emit publicationDone(playbookId, revision, {});
    syncNow();
}

void SyncWorker::checkHeartbeat()
{
    if (m_connected && !TeamExchange(QSqlDatabase::database(m_connectionName, false)).heartbeat())
        goOffline(connectionLost());
}

void SyncWorker::pollOutbox()
{
    if (!m_journal)
        return;
    QString error;
    const int waiting = TeamStore(QSqlDatabase::database(m_journal->connectionName(), false)).waiting(&error);
    if (waiting > 0 && m_connected) {
        syncNow();
        return;
    }
    m_status.waiting = waiting;
    publish();
}

void SyncWorker::publish()
{
    if (m_everPublished && m_status == m_published)
        return;
    m_everPublished = true;
    m_published = m_status;
    emit statusChanged(m_status);
}

} // namespace steadyline::sync
