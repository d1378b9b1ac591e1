#include "teamlink.h"

#include "serveraddress.h"
#include "settings/settings.h"
#include "widgets/noticestyle.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>
#include <QToolBar>

namespace steadyline::gui {

TeamLink::TeamLink(QString dataDir, Settings &settings, QMainWindow &window, sync::SyncTiming timing, QObject *parent)
    : sync::TeamControl(parent)
    , m_dataDir(std::move(dataDir))
    , m_settings(settings)
    , m_timing(timing)
    , m_label(new QLabel(&window))
{
    m_label->setObjectName(QStringLiteral("teamStatus"));
    m_label->hide();
    window.statusBar()->addPermanentWidget(m_label);
    makeBanner(window);
    applySettings();
}

TeamLink::~TeamLink() = default;

void TeamLink::makeBanner(QMainWindow &window)
{
    // A bar of its own across the top: the call window's layout stays the call window's.
    m_bannerBar = new QToolBar(tr("Team server problem"), &window);
    m_bannerBar->setObjectName(QStringLiteral("teamBannerBar"));
    m_bannerBar->setMovable(false);
    m_bannerBar->setFloatable(false);
    m_bannerBar->toggleViewAction()->setVisible(false);
    auto *banner = new QFrame(m_bannerBar);
    banner->setObjectName(QStringLiteral("teamBanner"));
    styleAsNotice(banner, NoticeKind::Attention);
    auto *layout = new QHBoxLayout(banner);
    m_bannerText = new QLabel(banner);
    m_bannerText->setObjectName(QStringLiteral("teamBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_bannerText, 1);
    auto *retry = new QPushButton(tr("&Try again"), banner);
    retry->setObjectName(QStringLiteral("teamBannerRetry"));
    connect(retry, &QPushButton::clicked, this, &TeamLink::syncNow);
    layout->addWidget(retry);
    auto *close = new QPushButton(tr("Hide"), banner);
    close->setObjectName(QStringLiteral("teamBannerHide"));
    close->setAccessibleDescription(tr("Hides this message until the problem changes; the status bar keeps it."));
    connect(close, &QPushButton::clicked, this, [this] {
        m_dismissed = m_bannerText->text();
        m_bannerBar->hide();
    });
    layout->addWidget(close);
    m_bannerBar->addWidget(banner);
    if (!window.findChildren<QToolBar *>().isEmpty())
        window.addToolBarBreak(Qt::TopToolBarArea);
    window.addToolBar(Qt::TopToolBarArea, m_bannerBar);
    m_bannerBar->hide();
}

void TeamLink::applySettings()
{
    const QString server = m_settings.string(Settings::Key::TeamServer);
    if (server == m_server && (m_sync || server.isEmpty()))
        return;
    m_server = server;
    m_sync.reset(); // waits for the old worker's thread
    show({});
    if (server.isEmpty())
        return;
    QString error;
    const auto address = server::parseServerUrl(server, &error);
    if (!address) {
        sync::SyncStatus broken;
        broken.joined = true;
        broken.server = server;
        broken.lastError = error;
        broken.needsAction = true;
        show(broken);
        return;
    }
    m_sync = std::make_unique<sync::TeamSync>(m_dataDir, *address, m_timing);
    connect(m_sync.get(), &sync::TeamSync::statusChanged, this, &TeamLink::show);
    connect(m_sync.get(), &sync::TeamSync::teamRowsArrived, this, &TeamLink::teamRowsArrived);
    connect(m_sync.get(), &sync::TeamSync::callerIncidents, this, &TeamLink::callerIncidents);
    connect(m_sync.get(), &sync::TeamSync::teamMembers, this, &TeamLink::teamMembers);
    connect(m_sync.get(), &sync::TeamSync::publicationDone, this, &TeamLink::publicationDone);
    m_sync->start();
}

void TeamLink::nudge()
{
    if (m_sync)
        m_sync->nudge();
}

void TeamLink::askCallerIncidents(const QString &caseReference, int days)
{
    if (m_sync)
        m_sync->askCallerIncidents(caseReference, days);
}

bool TeamLink::recordAudit(const QString &action, const QJsonObject &detail)
{
    return m_sync && m_sync->recordAudit(action, detail);
}

void TeamLink::askTeamMembers()
{
    if (m_sync)
        m_sync->askTeamMembers();
}

void TeamLink::publishPlaybook(const QByteArray &json, const QString &note)
{
    if (m_sync)
        m_sync->publishPlaybook(json, note);
    else
        emit publicationDone({}, 0, tr("This desk is not in a team: there is no team to publish to."));
}

void TeamLink::rollBackPlaybook(const QString &playbookId, int revision)
{
    if (m_sync)
        m_sync->rollBackPlaybook(playbookId, revision);
    else
        emit publicationDone(playbookId, revision, tr("This desk is not in a team: there is no team to publish to."));
}

void TeamLink::syncNow()
{
    if (m_sync)
        m_sync->syncNow();
}

void TeamLink::stopSync(std::function<void()> whenStopped)
{
    // The server stays noted: applySettings() then starts again (same server) or shows nothing
    // (the desk left).
    if (!m_sync) {
        whenStopped();
        return;
    }
    // The worker may wait for a dead server for seconds: it stops in its own time, and this link
    // neither shows nor forwards anything of it meanwhile. A child until then, so that closing
    // the window still waits for it.
    sync::TeamSync *stopping = m_sync.release();
    stopping->disconnect(this);
    stopping->setParent(this);
    connect(stopping, &sync::TeamSync::stopped, this, [stopping, whenStopped = std::move(whenStopped)] {
        stopping->deleteLater();
        whenStopped();
    });
    stopping->stopLater();
}

void TeamLink::show(const sync::SyncStatus &status)
{
    m_status = status;
    const QString line = statusLine(status);
    m_label->setText(line);
    m_label->setAccessibleName(line);
    m_label->setToolTip(statusDetails(status));
    m_label->setVisible(!line.isEmpty());
    const QString banner = bannerText(status);
    if (banner != m_bannerText->text()) {
        m_bannerText->setText(banner);
        m_dismissed.clear();
    }
    if (m_bannerBar)
        m_bannerBar->setVisible(!banner.isEmpty() && banner != m_dismissed);
    emit statusChanged();
}

QString TeamLink::statusLine(const sync::SyncStatus &status)
{
    if (!status.joined)
        return {};
    QString line = status.online ? (status.waiting == 0 ? tr("Team: online")
                                                        : tr("Team: online · %n waiting", nullptr, status.waiting))
                                 : tr("Team: offline · %n waiting", nullptr, status.waiting);
    if (status.refused > 0)
        line += QStringLiteral(" · ") + tr("%n refused", nullptr, status.refused);
    return line;
}

QString TeamLink::refusedText(const sync::SyncStatus &status)
{
    if (status.refused == 0)
        return {};
    return tr("%n changes refused by the server: %1 They are kept on this desk and no longer wait.", nullptr,
              status.refused)
        .arg(status.refusedReason);
}

QString TeamLink::statusDetails(const sync::SyncStatus &status)
{
    if (!status.joined)
        return {};
    const auto when = [](const QDateTime &time) {
        return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : tr("never");
    };
    QStringList lines{tr("Team server: %1").arg(status.server), tr("Last sent: %1").arg(when(status.lastPush)),
                      tr("Last received: %1").arg(when(status.lastPull))};
    if (!status.lastError.isEmpty())
        lines << status.lastError;
    if (status.refused > 0)
        lines << refusedText(status);
    if (!status.online)
        lines << tr("Calls, notes and promises are kept on this desk and sent when the server is back.");
    return lines.join(QLatin1Char('\n'));
}

QString TeamLink::bannerText(const sync::SyncStatus &status)
{
    if (!status.joined || status.online || !status.needsAction)
        return {};
    return tr("The team server does not take this desk's changes: %1 Your work is kept on this desk. Preferences → "
              "Team (Ctrl+,) joins again with another password or address.")
        .arg(status.lastError);
}

} // namespace steadyline::gui
