#pragma once

#include "softphone/callevent.h"

#include <QObject>
#include <QString>

class QTcpServer;
class QTcpSocket;

namespace steadyline::desktop {

// An HTTP listener on 127.0.0.1 for softphones and PBX "action URLs" that can open a URL on a
// call event: GET or POST /call-event?token=…&event=answered&call_id=…&peer=…&direction=in.
// Bound to the loopback address only, never any other; a request without the token (a web page
// the consultant visits can reach 127.0.0.1 too) is refused and changes nothing.
class CallEventListener : public QObject
{
    Q_OBJECT

public:
    explicit CallEventListener(QObject *parent = nullptr);
    ~CallEventListener() override;

    // Listens on 127.0.0.1:port (0: any free port); false with `error` set when it cannot.
    bool listen(quint16 port, const QString &token, QString *error);
    void close();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 port() const;

    // A client that has not sent a whole request by then is dropped.
    static constexpr int kRequestTimeoutMs = 5000;
    // More connections at once than a softphone makes are refused.
    static constexpr int kMaxConnections = 16;

signals:
    void callEvent(const steadyline::softphone::CallEvent &event);

private:
    void accept();
    void read(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    QString m_token;
    int m_connections = 0;
};

} // namespace steadyline::desktop
