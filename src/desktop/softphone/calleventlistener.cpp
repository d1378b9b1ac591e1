#include "calleventlistener.h"

#include "common/namedlogger.h"
#include "softphone/calleventrequest.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace steadyline::desktop {

namespace {

std::shared_ptr<spdlog::logger> logger()
{
    static const auto instance = namedLogger("softphone");
    return instance;
}

constexpr const char *kBuffer = "steadylineRequest";

} // namespace

CallEventListener::CallEventListener(QObject *parent)
    : QObject(parent)
{}

CallEventListener::~CallEventListener()
{
    close();
}

bool CallEventListener::listen(quint16 port, const QString &token, QString *error)
{
    close();
    if (token.size() < 16) {
        *error = tr("The listener needs a token of at least 16 characters.");
        return false;
    }
    m_token = token;
    m_server = new QTcpServer(this);
    m_server->setMaxPendingConnections(kMaxConnections);
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        *error = tr("Cannot listen for call events on 127.0.0.1:%1: %2").arg(port).arg(m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QTcpServer::newConnection, this, &CallEventListener::accept);
    logger()->info("listening for call events on 127.0.0.1:{}", m_server->serverPort());
    return true;
}

void CallEventListener::close()
{
    if (!m_server)
        return;
    m_server->close();
    // Its sockets are its children and go with it; they must not call back while they do.
    for (QTcpSocket *socket : m_server->findChildren<QTcpSocket *>())
        disconnect(socket, nullptr, this, nullptr);
    delete m_server;
    m_server = nullptr;
    m_connections = 0;
}

bool CallEventListener::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 CallEventListener::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void CallEventListener::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        // Only this machine, whatever the routing: the server is bound to 127.0.0.1 already.
        if (!socket->peerAddress().isLoopback() || m_connections >= kMaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_connections;
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_connections;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        QTimer::singleShot(kRequestTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void CallEventListener::read(QTcpSocket *socket)
{
    QByteArray buffer = socket->property(kBuffer).toByteArray() + socket->readAll();
    const softphone::HttpRequest request = softphone::parseHttpRequest(buffer);
    if (request.state == softphone::HttpRequest::State::Incomplete) {
        socket->setProperty(kBuffer, buffer);
        return;
    }
    const softphone::CallEventReply reply = softphone::interpretCallEventRequest(request, m_token);
    socket->write(softphone::httpResponse(reply.status, reply.body));
    socket->disconnectFromHost();
    socket->setProperty(kBuffer, QByteArray());
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    if (reply.event) {
        logger()->info("call event over HTTP: {}", softphone::describeForLog(*reply.event).toStdString());
        emit callEvent(*reply.event);
    } else {
        logger()->info("call event request refused ({})", reply.status);
    }
}

} // namespace steadyline::desktop
