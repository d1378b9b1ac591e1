#include "trayicon.h"

#include "call/assistwindow.h"
#include "call/teamincall.h"

#include <QApplication>
#include <QEvent>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace steadyline::gui {

namespace {

// How long a promise reminder stays up, where the desktop lets an app choose.
constexpr int kReminderShownMs = 15000;

} // namespace

TrayIcon::TrayIcon(AssistWindow &window)
    : QObject(&window)
    , m_window(window)
    , m_icon(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    const auto command = [this](const QString &text, AssistWindow::RemoteCommand which) {
        QAction *action = m_menu->addAction(text);
        connect(action, &QAction::triggered, this, [this, which] { m_window.perform(which); });
        return action;
    };
    m_next = command(tr("Next step"), AssistWindow::RemoteCommand::NextStep);
    m_calmed = command(tr("Calmed down"), AssistWindow::RemoteCommand::Calmed);
    m_countdown = command(tr("Start or stop the countdown"), AssistWindow::RemoteCommand::ToggleCountdown);
    m_note = command(tr("New note"), AssistWindow::RemoteCommand::NewNote);
    m_hand = m_menu->addAction(tr("Raise hand"));
    connect(m_hand, &QAction::triggered, this, [this] { m_window.team().toggleHand(); });
    m_menu->addSeparator();
    QAction *show = m_show = m_menu->addAction(tr("Show Steadyline"));
    connect(show, &QAction::triggered, &m_window, &AssistWindow::bringToFront);
    QAction *quit = m_quit = m_menu->addAction(tr("Quit"));
    connect(quit, &QAction::triggered, &m_window, &QWidget::close);

    m_icon->setIcon(QApplication::windowIcon());
    m_icon->setContextMenu(m_menu);
    m_menu->installEventFilter(this);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            m_window.bringToFront();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, &m_window, &AssistWindow::bringToFront);
    connect(&m_window, &AssistWindow::statusChanged, this, &TrayIcon::updateState);
    connect(&m_window, &AssistWindow::promiseReminder, this, &TrayIcon::showMessage);
    updateState();
    if (desktopHasTray())
        m_icon->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a context menu has no parent, so the tray does not own it
}

bool TrayIcon::desktopHasTray()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

QString TrayIcon::toolTip() const
{
    return m_toolTip;
}

void TrayIcon::updateState()
{
    m_toolTip = tr("Steadyline — %1").arg(m_window.statusText());
    // The step's title comes from a playbook, perhaps the team share's: escaped, so that markup
    // in it is shown as characters, never drawn in the tray's tooltip (review M3).
    m_icon->setToolTip(QStringLiteral("<p style='white-space:pre'>%1</p>").arg(m_toolTip.toHtmlEscaped()));
    // The call's actions only during a call; perform() checks again when one is chosen.
    const bool inCall = m_window.call() && !m_window.call()->ended();
    for (QAction *action : {m_next, m_calmed, m_countdown, m_note, m_hand})
        action->setEnabled(inCall);
    m_hand->setText(m_window.team().isHandRaised() ? tr("Lower hand") : tr("Raise hand"));
}

void TrayIcon::showMessage(const QString &title, const QString &text)
{
    m_lastMessage = title + QLatin1Char('\n') + text;
    if (m_icon->isVisible())
        m_icon->showMessage(title, text, QSystemTrayIcon::Information, kReminderShownMs);
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void TrayIcon::retranslate()
{
    // The same source texts as in the constructor.
    m_next->setText(tr("Next step"));
    m_calmed->setText(tr("Calmed down"));
    m_countdown->setText(tr("Start or stop the countdown"));
    m_note->setText(tr("New note"));
    // m_hand's text follows the hand (updateState).
    m_show->setText(tr("Show Steadyline"));
    m_quit->setText(tr("Quit"));
    updateState();
}

} // namespace steadyline::gui
