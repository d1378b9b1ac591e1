#pragma once

#include "softphone/callevent.h"
#include "softphone/netstring.h"

#include <QObject>
#include <QTcpSocket>
#include <QTimer>

namespace steadyline::desktop {

// Follows baresip's calls over its ctrl_tcp interface (module ctrl_tcp.so, JSON in netstrings).
// Connects to the address given, turns its call events into CallEvents, and keeps trying to
// reconnect whenever baresip is not there (not started yet, restarted, crashed): the consultant
// never has to reconnect by hand. Nothing it reads is logged but the kind of event.
class BaresipClient : public QObject
{
    Q_OBJECT

public:
    explicit BaresipClient(QObject *parent = nullptr);
    ~BaresipClient() override;

    // Connects to host:port, and again after every disconnection, until stop().
    void start(const QString &host, quint16 port);
    void stop();
    [[nodiscard]] bool isConnected() const;
    [[nodiscard]] bool isRunning() const { return m_running; }
    // Sends a ctrl_tcp command (e.g. "accept", "hangup"); false when not connected.
    bool sendCommand(const QString &command, const QString &params = {});

    // How long to wait before the next attempt: from 0.5 s, doubling, at most 5 s.
    static constexpr int kFirstRetryMs = 500;
    static constexpr int kMaxRetryMs = 5000;

signals:
    void callEvent(const steadyline::softphone::CallEvent &event);
    void connectedChanged(bool connected);

private:
    void connectNow();
    void onConnected();
    void onDisconnected();
    void onReadyRead();
    void scheduleRetry();

    QTcpSocket m_socket;
    QTimer m_retryTimer;
    softphone::NetstringReader m_reader;
    QString m_host;
    quint16 m_port = 0;
    int m_retryMs = kFirstRetryMs;
    bool m_running = false;
    bool m_connected = false;
};

} // namespace steadyline::desktop
