#include "teamlink.h"

#include "serveraddress.h"
#include "settings/settings.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>

namespace steadyline::gui {

TeamLink::TeamLink(QString dataDir, Settings &settings, QStatusBar &statusBar, sync::SyncTiming timing, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_settings(settings)
    , m_timing(timing)
    , m_label(new QLabel(statusBar.parentWidget()))
{
    m_label->setObjectName(QStringLiteral("teamStatus"));
    m_label->hide();
    statusBar.addPermanentWidget(m_label);
    applySettings();
}

TeamLink::~TeamLink() = default;

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
        show(broken);
        return;
    }
    m_sync = std::make_unique<sync::TeamSync>(m_dataDir, *address, m_timing);
    connect(m_sync.get(), &sync::TeamSync::statusChanged, this, &TeamLink::show);
    m_sync->start();
}

void TeamLink::show(const sync::SyncStatus &status)
{
    m_status = status;
    const QString line = statusLine(status);
    m_label->setText(line);
    m_label->setAccessibleName(line);
    m_label->setToolTip(statusDetails(status));
    m_label->setVisible(!line.isEmpty());
    emit statusChanged();
}

QString TeamLink::statusLine(const sync::SyncStatus &status)
{
    if (!status.joined)
        return {};
    if (status.online)
        return status.waiting == 0 ? tr("Team: online") : tr("Team: online · %n waiting", nullptr, status.waiting);
    return tr("Team: offline · %n waiting", nullptr, status.waiting);
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
    if (!status.online)
        lines << tr("Calls, notes and promises are kept on this desk and sent when the server is back.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace steadyline::gui
