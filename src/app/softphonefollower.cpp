#include "softphonefollower.h"

#include "call/assistwindow.h"
#include "common/namedlogger.h"
#include "settings/settings.h"
#include "softphone/baresipevent.h"
#include "softphone/listenertoken.h"
#include "softphone/playbookrules.h"

namespace steadyline::gui {

namespace {

std::shared_ptr<spdlog::logger> logger()
{
    static const auto instance = namedLogger("softphone");
    return instance;
}

} // namespace

SoftphoneFollower::SoftphoneFollower(AssistWindow &window, Settings &settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
{
    connect(&m_baresip, &desktop::BaresipClient::callEvent, this, &SoftphoneFollower::handle);
    connect(&m_baresip, &desktop::BaresipClient::connectedChanged, this, &SoftphoneFollower::statusChanged);
    connect(&m_listener, &desktop::CallEventListener::callEvent, this, &SoftphoneFollower::handle);
    // Whoever ends the window's call, no later event of the phone ends anything else.
    connect(&m_window, &AssistWindow::callEnded, this, [this] { m_follower.callEnded(); });
}

SoftphoneFollower::~SoftphoneFollower() = default;

QStringList SoftphoneFollower::applySettings()
{
    QStringList problems;
    m_baresip.stop();
    if (m_settings.flag(Settings::Key::SoftphoneBaresip)) {
        const QString address = m_settings.string(Settings::Key::SoftphoneBaresipAddress);
        if (const auto where = softphone::parseHostAndPort(address))
            m_baresip.start(where->host, where->port);
        else
            problems << tr("The baresip address \"%1\" is not host:port (e.g. 127.0.0.1:4444).").arg(address);
    }
    m_listener.close();
    if (m_settings.flag(Settings::Key::SoftphoneListener)) {
        QString error;
        const QString token = softphone::loadOrCreateListenerToken(m_settings.folder(), &error);
        const int port = m_settings.value(Settings::Key::SoftphoneListenerPort).toInt();
        if (token.isEmpty())
            problems << error;
        else if (port < 1 || port > 65535 || !m_listener.listen(static_cast<quint16>(port), token, &error))
            problems << (error.isEmpty() ? tr("The listener's port %1 is not a port number.").arg(port) : error);
    }
    emit statusChanged();
    return problems;
}

QString SoftphoneFollower::handle(const softphone::CallEvent &given)
{
    // Every adapter already hands over the number alone; whatever else calls this does too.
    softphone::CallEvent event = given;
    event.peer = softphone::peerNumber(event.peer);
    const CallSession *call = m_window.call();
    const bool callInProgress = call && !call->ended();
    const softphone::CallFollower::Decision decision = m_follower.onEvent(event, callInProgress);
    logger()->info("{}: {}", softphone::describeForLog(event).toStdString(), decision.reason);
    using Action = softphone::CallFollower::Action;
    const bool useNumber = m_settings.flag(Settings::Key::SoftphoneCallerReferenceFromNumber);
    switch (decision.action) {
    case Action::None:
        if (event.kind == softphone::CallEventKind::Answered && callInProgress)
            return tr("A call is already in progress in Steadyline.");
        return {};
    case Action::ShowRinging: m_window.showIncomingCall(useNumber ? decision.peer : QString()); return {};
    case Action::RingingOver: m_window.showIncomingCall({}, false); return {};
    case Action::StartCall: {
        // The rules look at the number even when it is not kept as the caller reference.
        const QString playbook = softphone::playbookForCall(
            softphone::parsePlaybookRules(m_settings.string(Settings::Key::SoftphonePlaybookRules)), decision.peer,
            event.queue);
        const QString refusal =
            m_window.startCallFromOutside(Channel::Phone, useNumber ? decision.peer : QString(), playbook);
        if (refusal.isEmpty())
            m_follower.followingStarted();
        return refusal;
    }
    case Action::EndCall: m_window.endCallFromOutside(CallOutcome::CallerHungUp); return {};
    }
    return {};
}

QString SoftphoneFollower::statusText() const
{
    QStringList parts;
    if (m_baresip.isRunning())
        parts << (m_baresip.isConnected() ? tr("baresip connected") : tr("waiting for baresip"));
    if (m_listener.isListening())
        parts << tr("listening on 127.0.0.1:%1").arg(m_listener.port());
    return parts.isEmpty() ? QString() : tr("Softphone: %1").arg(parts.join(QStringLiteral(", ")));
}

} // namespace steadyline::gui
