#include "teamfeatures.h"

#include "app/appcontext.h"
#include "app/trayicon.h"
#include "call/assistwindow.h"
#include "journal/journal.h"
#include "playbook/publishedplaybooks.h"
#include "team/teamboardwindow.h"
#include "teamlink.h"
#include "teamstore.h"

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
    connect(&m_window, &AssistWindow::handRaised, &m_team, &TeamLink::nudge);
    connect(&m_window, &AssistWindow::callerReferenceEntered, this, [this](const QString &reference) {
        m_askedReference = reference;
        m_team.askCallerIncidents(reference, AssistWindow::kCallerIncidentDays);
    });
    connect(&m_team, &TeamLink::callerIncidents, this, [this](const QString &reference, int count) {
        // An answer about an earlier call's caller is no news for this one.
        if (reference == m_askedReference && m_window.liveCallId() != 0)
            m_window.showCallerIncidents(count, AssistWindow::kCallerIncidentDays);
    });
    connect(&m_window, &AssistWindow::teamBoardRequested, this, &TeamFeatures::openBoard);
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
    m_window.setCoolDownSeconds(status.coolDownSeconds);
    m_window.setRaiseHandAtFinalWarning(status.raiseHandAtFinalWarning);
    m_window.setTeamBoardAvailable(isLead());
    if (isLead() && !m_board)
        ensureBoard(); // made at once, so that it announces hands and incidents while closed
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

void TeamFeatures::takeRows(const QStringList &kinds)
{
    if (kinds.contains(QStringLiteral("hand_answer")))
        showNewAnswers();
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
    if (!journal || callId == 0 || !m_window.isHandRaised())
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
        m_window.showHandAnswer(newest->text, newest->lead);
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
