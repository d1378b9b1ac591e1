#include "baresipclient.h"

#include "common/namedlogger.h"
#include "softphone/baresipevent.h"

namespace steadyline::desktop {

namespace {

std::shared_ptr<spdlog::logger> logger()
{
    static const auto instance = namedLogger("softphone");
    return instance;
}

} // namespace

BaresipClient::BaresipClient(QObject *parent)
    : QObject(parent)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &BaresipClient::connectNow);
    connect(&m_socket, &QTcpSocket::connected, this, &BaresipClient::onConnected);
    connect(&m_socket, &QTcpSocket::disconnected, this, &BaresipClient::onDisconnected);
    connect(&m_socket, &QTcpSocket::readyRead, this, &BaresipClient::onReadyRead);
    // A refused or failed connection attempt ends in errorOccurred without disconnected.
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
}

BaresipClient::~BaresipClient()
{
    stop();
}

void BaresipClient::start(const QString &host, quint16 port)
{
    stop();
    m_host = host;
    m_port = port;
    m_running = true;
    m_retryMs = kFirstRetryMs;
    connectNow();
}

void BaresipClient::stop()
{
    m_running = false;
    m_retryTimer.stop();
    m_socket.abort();
    m_reader.reset();
    if (m_connected) {
        m_connected = false;
        emit connectedChanged(false);
    }
}

bool BaresipClient::isConnected() const
{
    return m_connected;
}

bool BaresipClient::sendCommand(const QString &command, const QString &params)
{
    if (!m_connected)
        return false;
    m_socket.write(softphone::baresipCommand(command, params));
    return true;
}

void BaresipClient::connectNow()
{
    if (!m_running || m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    m_reader.reset();
    m_socket.connectToHost(m_host, m_port);
}

void BaresipClient::onConnected()
{
    m_retryMs = kFirstRetryMs;
    m_connected = true;
    logger()->info("connected to baresip's ctrl_tcp");
    emit connectedChanged(true);
}

void BaresipClient::onDisconnected()
{
    if (m_connected) {
        m_connected = false;
        logger()->info("baresip's ctrl_tcp closed the connection; reconnecting");
        emit connectedChanged(false);
    }
    scheduleRetry();
}

void BaresipClient::scheduleRetry()
{
    if (!m_running || m_retryTimer.isActive())
        return;
    m_retryTimer.start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, kMaxRetryMs);
}

void BaresipClient::onReadyRead()
{
    for (const QByteArray &message : m_reader.feed(m_socket.readAll())) {
        if (const auto event = softphone::parseBaresipMessage(message)) {
            logger()->debug("baresip: {}", softphone::describeForLog(*event).toStdString());
            emit callEvent(*event);
        }
    }
    if (m_reader.failed()) {
        // Not a ctrl_tcp stream (another program on the port, or a broken one): start afresh.
        logger()->warn("what arrives from {}:{} is not baresip's ctrl_tcp; reconnecting", m_host.toStdString(), m_port);
        m_socket.abort();
        onDisconnected();
    }
}

} // namespace steadyline::desktop
