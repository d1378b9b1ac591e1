#pragma once

#include "playbook/playbook.h"
#include "softphone/callevent.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QLocalServer;

namespace steadyline::desktop {

// What a later start of the app asks of the window already running.
struct InstanceRequest
{
    std::optional<Channel> startCall;              // none: only raise the window
    std::optional<softphone::CallEvent> callEvent; // a softphone's event (`steadyline call-event`)
    QString rehearse;                              // an absolute path: rehearse this scenario (`--rehearse FILE`)

    [[nodiscard]] QByteArray toMessage() const; // one line of JSON
    [[nodiscard]] static std::optional<InstanceRequest> fromMessage(const QByteArray &line);
};

// One window per user and journal. The first start takes an flock() on a lock file in the
// journal's own folder (the kernel releases it when the process dies, however it dies; a bind
// mount or another spelling of the folder meets the same lock) and listens on a local socket
// beside it; a later start finds the lock taken, hands its request to the socket and ends. Both
// sides check that the other end is the same user (SO_PEERCRED). Nothing is ever put in /tmp,
// where another user could take the name first. A socket left behind by a crash is removed by
// the next first start.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        Primary,   // this process runs the window
        Forwarded, // the running window got the request (and answered `message`)
        Failed,    // another process holds the lock but did not answer; `message` says so
    };
    // Answers a request in the running window: empty when done, else why not (shown to the
    // user of the later start).
    using Handler = std::function<QString(const InstanceRequest &)>;

    // `key` tells instances apart: the journal's folder (two journals, two windows).
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    Role claim(const InstanceRequest &request, QString *message);
    // Hands the request to the running window only: never becomes the window itself. False, with
    // `message` saying why, when no window runs for this journal or it refused.
    bool sendToRunning(const InstanceRequest &request, QString *message);
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    [[nodiscard]] QString socketPath() const { return m_socketPath; }
    [[nodiscard]] QString lockPath() const { return m_lockPath; }
    // Why later starts cannot reach this window (shown in it); empty when they can.
    [[nodiscard]] QString problem() const { return m_problem; }

    // In the data folder: the lock (held while a window runs) and the window's socket.
    static inline const QString kLockFileName = QStringLiteral("steadyline.lock");
    static inline const QString kSocketFileName = QStringLiteral("steadyline.socket");

private:
    bool tryLock();
    bool listen();
    void answer();
    Role forward(const InstanceRequest &request, QString *message) const;

    QString m_folder;
    QString m_socketPath;
    QString m_lockPath;
    QString m_problem;
    int m_lockFd = -1;
    QLocalServer *m_server = nullptr;
    Handler m_handler;
};

} // namespace steadyline::desktop
