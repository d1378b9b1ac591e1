#include "teamfeatures.h"

#include "app/appcontext.h"
#include "app/trayicon.h"
#include "call/assistwindow.h"
#include "call/teamincall.h"
#include "journal/journal.h"
#include "playbook/publishedplaybooks.h"
#include "team/teamboardwindow.h"
#include "team/trainingassignmentwindow.h"
#include "teamlink.h"
#include "teampromises.h"
#include "teamstore.h"
#include "training/trainingwindow.h"

// dash19: the dashboard's statistics ask the team server in the settings.
#include "serveraddress.h"
#include "settings/settings.h"

#include <QApplication>
#include <QSqlDatabase>
#include <QStatusBar>

namespace steadyline::gui {

TeamFeatures::TeamFeatures(AppContext &context, AssistWindow &window, TeamLink &team, TrayIcon *tray, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_window(window)
    , m_team(team)
    , m_tray(tray)
    , m_publisher(team, context.journal())
{
    m_context.setPublisher(&m_publisher);
    connect(&m_team, &TeamLink::statusChanged, this, &TeamFeatures::followStatus);
    connect(&m_team, &TeamLink::teamRowsArrived, this, &TeamFeatures::takeRows);
    connect(&m_window.team(), &TeamInCall::handRaised, &m_team, &TeamLink::nudge);
    connect(&m_window.team(), &TeamInCall::callerReferenceEntered, this, [this](const QString &reference) {
        m_askedReference = reference;
        m_team.askCallerIncidents(reference, TeamInCall::kCallerIncidentDays);
    });
    connect(&m_team, &TeamLink::callerIncidents, this, [this](const QString &reference, int count) {
        // An answer about an earlier call's caller is no news for this one.
        if (reference == m_askedReference && m_window.liveCallId() != 0)
            m_window.team().showCallerIncidents(count, TeamInCall::kCallerIncidentDays);
    });
    connect(&m_window, &AssistWindow::teamBoardRequested, this, &TeamFeatures::openBoard);
    connect(&m_window, &AssistWindow::teamPromisesRequested, this, &TeamFeatures::openTeamPromises);
    connect(&m_window, &AssistWindow::trainingAssignmentsRequested, this, &TeamFeatures::openAssignments);
    connect(&m_team, &TeamLink::teamMembers, this, [this](const QStringList &logins) {
        if (m_teamPromises)
            m_teamPromises->setMembers(logins);
        if (m_assignments)
            m_assignments->setTeamLogins(logins);
    });
    m_boardRefresh.setSingleShot(true);
    m_boardRefresh.setInterval(kBoardRefreshMs);
    connect(&m_boardRefresh, &QTimer::timeout, this, [this] {
        if (m_board)
            m_board->refresh();
    });
    m_lastAnswerAt = QDateTime::currentDateTimeUtc();
    followStatus();
}

TeamFeatures::~TeamFeatures()
{
    if (m_context.publisher() == &m_publisher)
        m_context.setPublisher(nullptr);
}

void TeamFeatures::followPublishedPlaybooks()
{
    const QString folder = m_team.status().joined ? publishedPlaybookFolder(m_team.dataDir()) : QString();
    if (m_context.catalog().folder(PlaybookSource::Published) != folder)
        m_context.catalog().setPublishedFolder(folder);
}

bool TeamFeatures::isLead() const
{
    const QString &role = m_team.status().role;
    return m_team.status().joined && (role == u"lead" || role == u"admin");
}

void TeamFeatures::followStatus()
{
    const sync::SyncStatus &status = m_team.status();
    followPublishedPlaybooks();
    if (!status.joined)
        return;
    m_window.team().setCoolDownSeconds(status.coolDownSeconds);
    m_window.team().setRaiseHandAtFinalWarning(status.raiseHandAtFinalWarning);
    m_window.setTeamBoardAvailable(isLead());
    if (isLead() && !m_board)
        ensureBoard(); // made at once, so that it announces hands and incidents while closed
    // dash19: the statistics follow the server in the settings.
    if (m_board)
        m_board->setServer(dashboardServer());
    if (m_teamPromises)
        m_teamPromises->setOnline(status.online);
    if (!m_heldKnown)
        takePromiseRows();
}

std::optional<server::ServerAddress> TeamFeatures::dashboardServer() const
{
    const QString url = m_context.settings().string(Settings::Key::TeamServer);
    QString error;
    return url.isEmpty() ? std::nullopt : server::parseServerUrl(url, &error);
}

void TeamFeatures::openTeamPromises()
{
    journal::Journal *journal = m_context.journal();
    if (!journal)
        return;
    if (!m_teamPromises) {
        m_teamPromises = new TeamPromisesWindow(*journal, &m_window);
        m_teamPromises->setWindowFlag(Qt::Window);
        connect(m_teamPromises, &TeamPromisesWindow::requestQueued, &m_team, &TeamLink::nudge);
        connect(m_teamPromises, &TeamPromisesWindow::membersWanted, &m_team, &TeamLink::askTeamMembers);
    }
    m_teamPromises->setOnline(m_team.status().online);
    m_teamPromises->show();
    m_teamPromises->raise();
    m_teamPromises->activateWindow();
}

void TeamFeatures::takePromiseRows()
{
    journal::Journal *journal = m_context.journal();
    if (!journal || !m_team.status().joined)
        return;
    QString error;
    const sync::TeamPromises team(QSqlDatabase::database(journal->connectionName(), false));
    QSet<QString> held;
    for (const sync::TeamPromise &promise : team.heldBy(team.login(&error), &error))
        held.insert(promise.id);
    const qsizetype arrived = (held - m_heldHere).size();
    if (m_heldKnown && arrived > 0) {
        const QString message = tr("%n promise(s) of a colleague handed to you by your lead; see Promises (Ctrl+P).",
                                   nullptr, static_cast<int>(arrived));
        m_window.statusBar()->showMessage(message, 60000);
        // The notification says how many, never what was promised (it may show on the lock screen).
        if (m_tray)
            m_tray->showMessage(tr("Promise handed to you"), message);
    }
    m_heldHere = held;
    m_heldKnown = true;
}

void TeamFeatures::ensureBoard()
{
    if (m_board)
        return;
    m_board = new TeamBoardWindow(m_context, &m_window);
    m_board->setWindowFlag(Qt::Window);
    connect(m_board, &TeamBoardWindow::answerRequested, this, &TeamFeatures::answerHand);
    connect(m_board, &TeamBoardWindow::handAnnounced, this, &TeamFeatures::notify);
    connect(m_board, &TeamBoardWindow::incidentAnnounced, this, &TeamFeatures::notify);
    connect(m_board, &TeamBoardWindow::callOpened, this, [this](const QString &callUuid, const QString &login) {
        // Queued in the journal's outbox when offline, so the opening is written once the server is back.
        if (!m_team.recordAudit(QStringLiteral("call_opened"),
                                {{QStringLiteral("call_id"), callUuid}, {QStringLiteral("consultant"), login}}))
            m_board->statusBar()->showMessage(
                tr("Opening this call could not be written in the team's audit log: the desk is not linked to the "
                   "team server."),
                15000);
    });
    m_board->refresh();
}

void TeamFeatures::openBoard()
{
    ensureBoard();
    m_board->refresh();
    m_board->show();
    m_board->raise();
    m_board->activateWindow();
}

void TeamFeatures::openAssignments()
{
    if (!m_assignments) {
        m_assignments = new TrainingAssignmentWindow(m_context, &m_window);
        m_assignments->setWindowFlag(Qt::Window);
        connect(m_assignments, &TrainingAssignmentWindow::changesQueued, &m_team, &TeamLink::nudge);
        connect(m_assignments, &TrainingAssignmentWindow::teamLoginsWanted, &m_team, &TeamLink::askTeamMembers);
    }
    m_assignments->show();
    m_assignments->raise();
    m_assignments->activateWindow();
}

void TeamFeatures::takeRows(const QStringList &kinds)
{
    // Training assigned by the lead: the consultant's Training window lists it, the lead's window
    // shows who has done it. The Training window is the launcher's, a child of the call window.
    if (kinds.contains(QStringLiteral("training_assignment")) || kinds.contains(QStringLiteral("training_attempt"))) {
        if (auto *training = m_window.findChild<TrainingWindow *>())
            training->refreshAssignments();
        if (m_assignments)
            m_assignments->refresh();
    }
    if (kinds.contains(QStringLiteral("hand_answer")))
        showNewAnswers();
    if (kinds.contains(QStringLiteral("promise_holder")) || kinds.contains(QStringLiteral("promise_status")) ||
        kinds.contains(QStringLiteral("promise"))) {
        takePromiseRows();
        if (m_teamPromises && m_teamPromises->isVisible())
            m_teamPromises->refresh();
    }
    // The worker wrote the folder before it said so: the next call uses the new revision (a call
    // on now keeps the version it started with).
    if (kinds.contains(QString::fromLatin1(sync::kPublishedPlaybookKind)))
        m_context.catalog().rescan();
    if (m_board && !m_boardRefresh.isActive())
        m_boardRefresh.start();
}

void TeamFeatures::showNewAnswers()
{
    journal::Journal *journal = m_context.journal();
    const qint64 callId = m_window.liveCallId();
    if (!journal || callId == 0 || !m_window.team().isHandRaised())
        return;
    QString error;
    const sync::TeamStore store(QSqlDatabase::database(journal->connectionName(), false));
    const std::vector<sync::HandAnswer> answers = store.handAnswers(&error);
    const sync::HandAnswer *newest = nullptr;
    for (const sync::HandAnswer &answer : answers) {
        if (answer.localCallId == callId && (!newest || answer.at > newest->at))
            newest = &answer;
    }
    // The lead's clock may differ from this desk's: an answer is new when it is newer than the
    // last one shown, whatever the desk's own time says.
    if (newest && (!m_lastAnswerAt.isValid() || newest->at != m_lastAnswerAt)) {
        m_lastAnswerAt = newest->at;
        m_window.team().showHandAnswer(newest->text, newest->lead);
    }
}

void TeamFeatures::answerHand(const QString &callUuid, const QString &text)
{
    journal::Journal *journal = m_context.journal();
    if (!journal)
        return;
    QString error;
    sync::TeamStore store(QSqlDatabase::database(journal->connectionName(), false));
    if (!store.queueHandAnswer(callUuid, text, QDateTime::currentDateTimeUtc(), &error)) {
        if (m_board)
            m_board->statusBar()->showMessage(error, 15000);
        return;
    }
    m_team.nudge();
}

void TeamFeatures::notify(const QString &title, const QString &message)
{
    if (m_tray)
        m_tray->showMessage(title, message);
    if (m_board)
        QApplication::alert(m_board);
}

} // namespace steadyline::gui
