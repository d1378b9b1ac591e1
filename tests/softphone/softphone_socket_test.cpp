// The softphone adapters on real sockets: the baresip client against a stand-in ctrl_tcp server
// (the real baresip is driven by tests/softphone/baresip_call_test.py), and the loopback
// listener against real HTTP clients.
#include "catch_qt.h"
#include "eventually.h"

#include "softphone/baresipclient.h"
#include "softphone/calleventlistener.h"
#include "softphone/netstring.h"

#include <QFile>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

using namespace steadyline;
using softphone::CallEvent;
using softphone::CallEventKind;

namespace {

const QString kToken = QStringLiteral("fedcba9876543210fedcba9876543210");

const QByteArray kEstablished =
    softphone::NetstringReader::encode(R"({"event":true,"type":"CALL_ESTABLISHED","class":"call","accountaor":)"
                                       R"("sip:bob@127.0.0.1","direction":"incoming","peeruri":"sip:601@127.0.0.1",)"
                                       R"("id":"c1","param":"sip:601@127.0.0.1"})");
const QByteArray kClosed =
    softphone::NetstringReader::encode(R"({"event":true,"type":"CALL_CLOSED","class":"call","accountaor":)"
                                       R"("sip:bob@127.0.0.1","direction":"incoming","peeruri":"sip:601@127.0.0.1",)"
                                       R"("id":"c1","param":"Connection reset by user"})");

// A stand-in for baresip's ctrl_tcp: accepts one client at a time and writes what it is told.
struct FakeCtrlTcp
{
    QTcpServer server;
    QTcpSocket *client = nullptr;

    bool listen(quint16 port = 0)
    {
        if (!server.listen(QHostAddress::LocalHost, port))
            return false;
        QObject::connect(&server, &QTcpServer::newConnection, &server,
                         [this] { client = server.nextPendingConnection(); });
        return true;
    }
    void write(const QByteArray &bytes)
    {
        client->write(bytes);
        client->flush();
    }
};

// One HTTP exchange with the listener (in this thread: the event loop must run while waiting);
// returns what it answered, or "not connected: …".
QByteArray exchange(quint16 port, const QByteArray &request, const QHostAddress &address = QHostAddress::LocalHost)
{
    QTcpSocket socket;
    QByteArray answer;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    socket.connectToHost(address, port);
    if (!QTest::qWaitFor(
            [&] {
                return socket.state() == QAbstractSocket::ConnectedState ||
                       socket.state() == QAbstractSocket::UnconnectedState;
            },
            3000) ||
        socket.state() != QAbstractSocket::ConnectedState)
        return "not connected: " + socket.errorString().toUtf8();
    socket.write(request);
    // The listener closes the connection after its answer; a test reads whatever came by then.
    static_cast<void>(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 5000));
    answer += socket.readAll();
    return answer;
}

} // namespace

TEST_CASE("the baresip client turns ctrl_tcp's stream into call events")
{
    FakeCtrlTcp baresip;
    REQUIRE(baresip.listen());
    desktop::BaresipClient client;
    QSignalSpy events(&client, &desktop::BaresipClient::callEvent);
    client.start(QStringLiteral("127.0.0.1"), baresip.server.serverPort());
    REQUIRE_EVENTUALLY(client.isConnected() && baresip.client);
    // Cut anywhere: the events still come whole and in order.
    const QByteArray stream = kEstablished + kClosed;
    baresip.write(stream.left(17));
    baresip.write(stream.mid(17, 150));
    baresip.write(stream.mid(167));
    REQUIRE_EVENTUALLY(events.size() == 2);
    const auto first = events.at(0).at(0).value<CallEvent>();
    CHECK(first.kind == CallEventKind::Answered);
    CHECK(first.peer == QStringLiteral("601"));
    CHECK(events.at(1).at(0).value<CallEvent>().kind == CallEventKind::Ended);
}

TEST_CASE("the baresip client reconnects when baresip restarts")
{
    auto baresip = std::make_unique<FakeCtrlTcp>();
    REQUIRE(baresip->listen());
    const quint16 port = baresip->server.serverPort();
    desktop::BaresipClient client;
    QSignalSpy events(&client, &desktop::BaresipClient::callEvent);
    client.start(QStringLiteral("127.0.0.1"), port);
    REQUIRE_EVENTUALLY(client.isConnected());

    baresip.reset(); // baresip ends: the connection closes, nobody listens
    REQUIRE_EVENTUALLY(!client.isConnected());
    baresip = std::make_unique<FakeCtrlTcp>();
    REQUIRE(baresip->listen(port)); // and is back on the same port
    REQUIRE_EVENTUALLY_WITHIN(client.isConnected() && baresip->client, 3 * desktop::BaresipClient::kMaxRetryMs);
    baresip->write(kEstablished);
    REQUIRE_EVENTUALLY(events.size() == 1);
}

TEST_CASE("the baresip client drops a stream that is not ctrl_tcp and tries again")
{
    FakeCtrlTcp other;
    REQUIRE(other.listen());
    desktop::BaresipClient client;
    QSignalSpy events(&client, &desktop::BaresipClient::callEvent);
    QSignalSpy connected(&client, &desktop::BaresipClient::connectedChanged);
    client.start(QStringLiteral("127.0.0.1"), other.server.serverPort());
    REQUIRE_EVENTUALLY(client.isConnected() && other.client);
    QTcpSocket *first = other.client;
    other.write("HTTP/1.1 400 Bad Request\r\n\r\n");
    // It lets go, and connects again after a pause.
    REQUIRE_EVENTUALLY(connected.size() >= 2);
    REQUIRE_EVENTUALLY(other.client != first && client.isConnected());
    other.write(kEstablished);
    REQUIRE_EVENTUALLY(events.size() == 1);
}

TEST_CASE("the baresip client waits for baresip that is not there yet")
{
    quint16 port = 0;
    {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    desktop::BaresipClient client;
    client.start(QStringLiteral("127.0.0.1"), port);
    QTest::qWait(300);
    CHECK_FALSE(client.isConnected());
    CHECK(client.isRunning());
    FakeCtrlTcp baresip;
    REQUIRE(baresip.listen(port));
    REQUIRE_EVENTUALLY_WITHIN(client.isConnected(), 3 * desktop::BaresipClient::kMaxRetryMs);
    client.stop();
    CHECK_FALSE(client.isRunning());
}

TEST_CASE("the listener answers call events with the token and refuses the rest")
{
    desktop::CallEventListener listener;
    QString error;
    REQUIRE(listener.listen(0, kToken, &error));
    QSignalSpy events(&listener, &desktop::CallEventListener::callEvent);
    const quint16 port = listener.port();

    const QByteArray refused =
        exchange(port, "GET /call-event?event=answered&peer=601 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    CHECK(refused.startsWith("HTTP/1.1 403 "));
    const QByteArray malformed = exchange(port, "BLAH\r\n\r\n");
    CHECK(malformed.startsWith("HTTP/1.1 400 "));
    QTest::qWait(100);
    CHECK(events.isEmpty());

    const QByteArray taken = exchange(port, "GET /call-event?token=" + kToken.toLatin1() +
                                                "&event=answered&call_id=7&peer=601 HTTP/1.1\r\nHost: x\r\n\r\n");
    CHECK(taken.startsWith("HTTP/1.1 200 OK\r\n"));
    REQUIRE_EVENTUALLY(events.size() == 1);
    CHECK(events.at(0).at(0).value<CallEvent>().callId == QStringLiteral("7"));
}

TEST_CASE("the listener is bound to the loopback address only")
{
    desktop::CallEventListener listener;
    QString error;
    REQUIRE(listener.listen(0, kToken, &error));
    CHECK(listener.isListening());
    // Every other address of this machine is refused.
    int tried = 0;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        ++tried;
        INFO(address.toString().toStdString());
        CHECK(exchange(listener.port(), "GET / HTTP/1.1\r\n\r\n", address).startsWith("not connected"));
    }
    WARN("addresses other than loopback tried: " << tried);
    // A token too short to be a secret is refused outright.
    desktop::CallEventListener weak;
    CHECK_FALSE(weak.listen(0, QStringLiteral("1234"), &error));
    CHECK_FALSE(weak.isListening());
}

TEST_CASE("a slow client is dropped and the listener goes on")
{
    desktop::CallEventListener listener;
    QString error;
    REQUIRE(listener.listen(0, kToken, &error));
    QTcpSocket idle;
    idle.connectToHost(QHostAddress::LocalHost, listener.port());
    REQUIRE(idle.waitForConnected(3000));
    idle.write("GET /call-event?token=");
    REQUIRE_EVENTUALLY_WITHIN(idle.state() == QAbstractSocket::UnconnectedState,
                              desktop::CallEventListener::kRequestTimeoutMs + 3000);
    CHECK(exchange(listener.port(), "GET /call-event HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 403 "));
}
