#include "teampage.h"

#include "journal/journal.h"
#include "settings/settings.h"
#include "teamcontrol.h"
#include "teamjoin.h"
#include "teamstore.h"
#include "widgets/confirmation.h"
#include "widgets/noticestyle.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlDatabase>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace steadyline::gui {

namespace {

sync::TeamStore storeOf(const journal::Journal &journal)
{
    return sync::TeamStore(QSqlDatabase::database(journal.connectionName(), false));
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : TeamPage::tr("never", "no changes sent or received yet");
}

} // namespace

TeamPage::TeamPage(Settings &settings, journal::Journal *journal, sync::TeamControl *team, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_journal(journal)
    , m_team(team)
{
    auto *layout = new QVBoxLayout(this);

    auto *joinBox = new QGroupBox(tr("Join a team server"), this);
    auto *form = new QFormLayout(joinBox);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_serverEdit = new QLineEdit(joinBox);
    m_serverEdit->setObjectName(QStringLiteral("teamServerEdit"));
    m_serverEdit->setAccessibleName(tr("Team server address"));
    m_serverEdit->setPlaceholderText(
        QStringLiteral("postgresql://team.example.org/steadyline?sslmode=verify-full&sslrootcert=/path/ca.crt"));
    m_serverEdit->setToolTip(tr("The address your team's admin gave you. It is saved in the settings; the password "
                                "never is."));
    auto *serverLabel = new QLabel(tr("Server &address:"), joinBox);
    serverLabel->setBuddy(m_serverEdit);
    form->addRow(serverLabel, m_serverEdit);
    m_loginEdit = new QLineEdit(joinBox);
    m_loginEdit->setObjectName(QStringLiteral("teamLoginEdit"));
    m_loginEdit->setAccessibleName(tr("Your login on the team server"));
    auto *loginLabel = new QLabel(tr("&Login:"), joinBox);
    loginLabel->setBuddy(m_loginEdit);
    form->addRow(loginLabel, m_loginEdit);
    m_passwordEdit = new QLineEdit(joinBox);
    m_passwordEdit->setObjectName(QStringLiteral("teamPasswordEdit"));
    m_passwordEdit->setAccessibleName(tr("Your password on the team server"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setToolTip(tr("Kept in libpq's password file (~/.pgpass), readable by you alone; never in the "
                                  "settings or the log."));
    auto *passwordLabel = new QLabel(tr("Pass&word:"), joinBox);
    passwordLabel->setBuddy(m_passwordEdit);
    form->addRow(passwordLabel, m_passwordEdit);

    auto *buttons = new QHBoxLayout;
    m_joinButton = new QPushButton(tr("&Join"), joinBox);
    m_joinButton->setObjectName(QStringLiteral("teamJoinButton"));
    m_busy = new QProgressBar(joinBox);
    m_busy->setObjectName(QStringLiteral("teamJoinBusy"));
    m_busy->setRange(0, 0); // no steps to count: it moves while the server is asked
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Checking the team server"));
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    m_cancelButton = new QPushButton(tr("Cancel joinin&g"), joinBox);
    m_cancelButton->setObjectName(QStringLiteral("teamJoinCancel"));
    m_cancelButton->hide();
    buttons->addWidget(m_joinButton);
    buttons->addWidget(m_busy);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    form->addRow(buttons);
    m_feedback = new QLabel(joinBox);
    m_feedback->setObjectName(QStringLiteral("teamFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_feedback->hide();
    form->addRow(m_feedback);
    layout->addWidget(joinBox);

    auto *stateBox = new QGroupBox(tr("This desk"), this);
    auto *stateLayout = new QVBoxLayout(stateBox);
    m_state = new QLabel(stateBox);
    m_state->setObjectName(QStringLiteral("teamState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    stateLayout->addWidget(m_state);
    auto *stateButtons = new QHBoxLayout;
    m_syncButton = new QPushButton(tr("Sync &now"), stateBox);
    m_syncButton->setObjectName(QStringLiteral("teamSyncButton"));
    m_leaveButton = new QPushButton(tr("Lea&ve the team…"), stateBox);
    m_leaveButton->setObjectName(QStringLiteral("teamLeaveButton"));
    stateButtons->addWidget(m_syncButton);
    stateButtons->addWidget(m_leaveButton);
    stateButtons->addStretch(1);
    stateLayout->addLayout(stateButtons);
    layout->addWidget(stateBox);
    layout->addStretch(1);

    // The address of the team this desk is in, else the last one saved: joining again after a
    // password change is then a matter of typing the new password.
    QString error;
    const QString saved = m_settings.string(Settings::Key::TeamServer);
    if (const auto address = server::parseServerUrl(saved, &error)) {
        server::ServerAddress withoutLogin = *address;
        withoutLogin.user.clear();
        m_serverEdit->setText(withoutLogin.displayText());
        m_loginEdit->setText(address->user);
    }

    connect(m_joinButton, &QPushButton::clicked, this, &TeamPage::join);
    // Enter in the form joins; the dialog would otherwise take it for Save and close.
    for (QLineEdit *edit : {m_serverEdit, m_loginEdit, m_passwordEdit})
        edit->installEventFilter(this);
    connect(m_cancelButton, &QPushButton::clicked, this, &TeamPage::cancelJoin);
    connect(m_syncButton, &QPushButton::clicked, this, [this] {
        if (m_team)
            m_team->syncNow();
        showFeedback(tr("Sending and receiving now; the state below follows."), false);
    });
    connect(m_leaveButton, &QPushButton::clicked, this, &TeamPage::leave);
    if (m_team)
        connect(m_team, &sync::TeamControl::statusChanged, this, &TeamPage::updateState);
    if (!m_journal) {
        m_joinButton->setEnabled(false);
        showFeedback(tr("The journal could not be opened, so this desk cannot join a team now. Restart Steadyline; "
                        "if it says so again, see the message at its start."),
                     true);
    }
    updateState();
}

TeamPage::~TeamPage() = default;

bool TeamPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            join();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TeamPage::join()
{
    if (m_joining || m_leaving || !m_journal)
        return;
    QString error;
    const auto address = sync::TeamJoin::address(m_serverEdit->text(), m_loginEdit->text(), &error);
    if (!address) {
        showFeedback(error, true);
        (m_serverEdit->text().trimmed().isEmpty() || !m_loginEdit->text().trimmed().isEmpty() ? m_serverEdit
                                                                                              : m_loginEdit)
            ->setFocus();
        return;
    }
    if (m_passwordEdit->text().isEmpty()) {
        showFeedback(tr("Enter the password your team's admin gave you."), true);
        m_passwordEdit->setFocus();
        return;
    }
    setJoining(true);
    showFeedback(tr("Checking %1 … the rest of Steadyline keeps working meanwhile.").arg(address->displayText()),
                 false);
    m_check = std::make_unique<QFutureWatcher<sync::JoinCheck>>();
    connect(m_check.get(), &QFutureWatcher<sync::JoinCheck>::finished, this, &TeamPage::finishJoin);
    m_check->setFuture(QtConcurrent::run(&sync::TeamJoin::check, *address, m_passwordEdit->text()));
}

void TeamPage::cancelJoin()
{
    if (!m_joining)
        return;
    // The check cannot be interrupted inside libpq; it is abandoned instead: its answer is
    // ignored, and only an answer taken here writes anything. The same for a link still stopping
    // after the check said yes.
    m_check.reset();
    ++m_joinAttempt;
    setJoining(false);
    showFeedback(tr("Joining was cancelled; nothing was changed on this desk."), false);
    m_joinButton->setFocus();
}

void TeamPage::finishJoin()
{
    if (!m_check)
        return;
    const sync::JoinCheck result = m_check->result();
    m_check.reset();
    if (!result.identity) {
        setJoining(false);
        showFeedback(result.error + QLatin1Char(' ') + tr("Nothing was changed on this desk."), true);
        m_passwordEdit->selectAll();
        m_passwordEdit->setFocus();
        return;
    }
    // The running worker lets go of the journal first (joining another team starts its rows
    // afresh); it may be waiting for a dead server, so the window does not wait with it.
    showFeedback(tr("The server said yes; stopping the link to the old server first …"), false);
    const int attempt = m_joinAttempt;
    stopSyncThen([this, attempt, result] {
        if (attempt != m_joinAttempt) {
            // Cancelled meanwhile: the old link starts again, nothing was written.
            if (m_team)
                m_team->applySettings();
            return;
        }
        recordJoin(result);
    });
}

void TeamPage::recordJoin(const sync::JoinCheck &result)
{
    QString error;
    const bool joined =
        sync::TeamJoin(*m_journal, m_settings).record(result.address, result.password, *result.identity, &error);
    if (m_team)
        m_team->applySettings();
    setJoining(false);
    if (!joined) {
        showFeedback(error + QLatin1Char(' ') + tr("Nothing was changed on this desk."), true);
        return;
    }
    m_passwordEdit->clear();
    showFeedback(tr("Joined team '%1' as %2 (%3). From now on calls, notes, promises and rehearsals are shared with "
                    "the team.")
                     .arg(result.identity->team, result.identity->login, result.identity->role),
                 false);
    updateState();
    m_syncButton->setFocus();
}

void TeamPage::stopSyncThen(std::function<void()> next)
{
    if (!m_team) {
        next();
        return;
    }
    // The page may be closed before the worker stops: then nothing is done for it.
    m_team->stopSync([page = QPointer<TeamPage>(this), next = std::move(next)] {
        if (page)
            next();
    });
}

void TeamPage::leave()
{
    if (!m_journal || m_leaving || m_joining)
        return;
    QString error;
    const auto membership = storeOf(*m_journal).membership(&error);
    if (!membership)
        return;
    const int waiting = storeOf(*m_journal).waiting(&error);
    QString text = tr("Leave team '%1' on %2?\n\nYour own calls, notes and promises stay in this desk's journal. What "
                      "the team shared with you is removed from this desk, and so is the password; new calls are no "
                      "longer shared.")
                       .arg(membership->team, membership->server);
    if (waiting > 0)
        text += QStringLiteral("\n\n") +
                tr("%n changes have not reached the server yet. Leaving now discards them: they stay in your "
                   "journal, but the team never gets them. To send them first, cancel and use Sync now while the "
                   "team is online.",
                   nullptr, waiting);
    const QString confirm = waiting > 0 ? tr("Leave and discard %n changes", nullptr, waiting) : tr("Leave the team");
    if (!Confirmation::ask(this, tr("Leave the team"), text, confirm))
        return;
    // The worker lets go of the journal first; it may be waiting for a dead server, so the window
    // does not wait with it.
    m_leaving = true;
    m_leaveButton->setEnabled(false);
    m_joinButton->setEnabled(false);
    showFeedback(tr("Leaving team '%1' … the link to the server is stopping; the rest of Steadyline keeps working "
                    "meanwhile.")
                     .arg(membership->team),
                 false);
    stopSyncThen([this, team = membership->team, waiting] { finishLeave(team, waiting); });
}

void TeamPage::finishLeave(const QString &team, int waiting)
{
    QString error;
    const bool left = sync::TeamJoin(*m_journal, m_settings).leave(true, &error);
    if (m_team)
        m_team->applySettings();
    m_leaving = false;
    m_joinButton->setEnabled(!m_joining);
    if (!left) {
        showFeedback(error, true);
        updateState();
        return;
    }
    showFeedback(waiting > 0 ? tr("Left team '%1'; %n changes not sent were discarded.", nullptr, waiting).arg(team)
                             : tr("Left team '%1'. Your own journal stays on this desk.").arg(team),
                 false);
    updateState();
    m_serverEdit->setFocus();
}

void TeamPage::setJoining(bool joining)
{
    m_joining = joining;
    m_busy->setVisible(joining);
    m_cancelButton->setVisible(joining);
    m_joinButton->setEnabled(!joining && m_journal);
    for (QLineEdit *edit : {m_serverEdit, m_loginEdit, m_passwordEdit})
        edit->setReadOnly(joining);
    m_leaveButton->setEnabled(!joining && m_leaveButton->isEnabled());
    if (joining)
        m_cancelButton->setFocus();
    else
        updateState();
}

void TeamPage::showFeedback(const QString &text, bool problem)
{
    m_feedback->setText(text);
    m_feedback->setAccessibleName(text);
    styleAsNotice(m_feedback, problem ? NoticeKind::Problem : NoticeKind::Success);
    m_feedback->setVisible(!text.isEmpty());
}

void TeamPage::updateState()
{
    QString error;
    const auto membership = m_journal ? storeOf(*m_journal).membership(&error) : std::nullopt;
    m_syncButton->setEnabled(membership && m_team);
    m_leaveButton->setEnabled(membership.has_value() && !m_joining && !m_leaving);
    if (!membership) {
        m_state->setText(error.isEmpty() ? tr("This desk is not in a team: its journal stays on this computer alone.")
                                         : error);
        return;
    }
    QStringList lines{tr("Team '%1' on %2, as %3.").arg(membership->team, membership->server, membership->login)};
    if (m_team && m_team->status().joined) {
        const sync::SyncStatus &status = m_team->status();
        lines << (status.online ? tr("Online; %n changes waiting to be sent.", nullptr, status.waiting)
                                : tr("Offline; %n changes waiting, kept on this desk until the server is back.",
                                     nullptr, status.waiting));
        lines << tr("Last sent: %1. Last received: %2.").arg(timeText(status.lastPush), timeText(status.lastPull));
        if (!status.lastError.isEmpty())
            lines << status.lastError;
        if (status.refused > 0)
            lines << tr("%n changes refused by the server: %1 They are kept on this desk and no longer wait.", nullptr,
                        status.refused)
                         .arg(status.refusedReason);
    } else {
        lines << tr("%n changes waiting to be sent.", nullptr, storeOf(*m_journal).waiting(&error));
        lines << tr("Last sent: %1. Last received: %2.")
                     .arg(timeText(membership->lastPush), timeText(membership->lastPull));
    }
    m_state->setText(lines.join(QLatin1Char('\n')));
    m_state->setAccessibleName(lines.join(QLatin1Char(' ')));
}

} // namespace steadyline::gui
