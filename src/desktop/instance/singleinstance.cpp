#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QThread>

#include <spdlog/spdlog.h>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace steadyline::desktop {

namespace {

// A later start waits this long for the running window to listen and to answer.
constexpr int kAnswerTimeoutMs = 5000;
// The largest request accepted: a request is one short line.
constexpr qint64 kMaxRequestBytes = 4096;

const QByteArray kOk = "ok";
const QByteArray kRefused = "refused";

std::shared_ptr<spdlog::logger> logger()
{
    static const auto instance = [] {
        auto existing = spdlog::get("app");
        return existing ? existing : spdlog::default_logger()->clone("app");
    }();
    return instance;
}

// A socket path may not exceed 107 bytes (sun_path).
constexpr qsizetype kMaxSocketPath = 100;

// The uid of the process at the other end of a local socket; -1 when it cannot be told.
qint64 peerUid(qintptr descriptor)
{
    struct ucred credentials = {};
    socklen_t length = sizeof credentials;
    if (descriptor < 0 ||
        ::getsockopt(static_cast<int>(descriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0)
        return -1;
    return credentials.uid;
}

// The data folder, made if needed and private (0700). Both the lock and the socket live in it:
// it is the user's own, whatever $XDG_RUNTIME_DIR says (a softphone hook may run without it,
// and /tmp is where another user can squat a name), and a bind mount or a second spelling of
// the folder reaches the same files.
bool makeFolder(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return false;
    ::chmod(QFile::encodeName(folder).constData(), 0700);
    return true;
}

// The folder's one true name: symbolic links resolved, so every spelling of the same journal
// folder (a link to it, "a/../data", a trailing slash) gives the same key. The part that does
// not exist yet (the first start, before the journal creates it) is kept as written below the
// deepest folder that exists.
QString canonicalFolder(const QString &path)
{
    QString existing = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList missing;
    while (!QFileInfo::exists(existing)) {
        const QFileInfo info(existing);
        if (info.dir().absolutePath() == existing)
            break; // the root
        missing.prepend(info.fileName());
        existing = info.dir().absolutePath();
    }
    const QString canonical = QFileInfo(existing).canonicalFilePath();
    QString result = canonical.isEmpty() ? existing : canonical;
    for (const QString &part : missing)
        result = QDir(result).filePath(part);
    return QDir::cleanPath(result);
}

} // namespace

QByteArray InstanceRequest::toMessage() const
{
    QJsonObject object;
    if (callEvent) {
        object.insert(QStringLiteral("action"), QStringLiteral("call-event"));
        object.insert(QStringLiteral("event"), softphone::callEventKindName(callEvent->kind));
        object.insert(QStringLiteral("call_id"), callEvent->callId);
        object.insert(QStringLiteral("peer"), callEvent->peer);
        object.insert(QStringLiteral("queue"), callEvent->queue);
        if (callEvent->direction)
            object.insert(QStringLiteral("direction"), softphone::callDirectionName(*callEvent->direction));
    } else if (!rehearse.isEmpty()) {
        object.insert(QStringLiteral("action"), QStringLiteral("rehearse"));
        object.insert(QStringLiteral("scenario"), rehearse);
    } else {
        object.insert(QStringLiteral("action"), startCall ? QStringLiteral("start-call") : QStringLiteral("raise"));
        if (startCall)
            object.insert(QStringLiteral("channel"), channelName(*startCall));
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<InstanceRequest> InstanceRequest::fromMessage(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.trimmed(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const QString action = object.value(QStringLiteral("action")).toString();
    InstanceRequest request;
    if (action == u"raise")
        return request;
    if (action == u"call-event") {
        softphone::CallEvent event;
        const auto kind = softphone::callEventKindFromName(object.value(QStringLiteral("event")).toString());
        if (!kind)
            return std::nullopt;
        event.kind = *kind;
        event.callId = object.value(QStringLiteral("call_id")).toString().left(softphone::kMaxCallIdLength);
        event.peer = softphone::peerNumber(object.value(QStringLiteral("peer")).toString());
        event.queue = object.value(QStringLiteral("queue")).toString().left(softphone::kMaxPeerLength);
        if (object.contains(QStringLiteral("direction"))) {
            event.direction = softphone::callDirectionFromName(object.value(QStringLiteral("direction")).toString());
            if (!event.direction)
                return std::nullopt;
        }
        request.callEvent = event;
        return request;
    }
    if (action == u"rehearse") {
        request.rehearse = object.value(QStringLiteral("scenario")).toString();
        // The later start resolved the path in its own folder; a relative one means nothing here.
        if (request.rehearse.isEmpty() || QDir::isRelativePath(request.rehearse))
            return std::nullopt;
        return request;
    }
    if (action != u"start-call")
        return std::nullopt;
    request.startCall = channelFromName(object.value(QStringLiteral("channel")).toString());
    if (!request.startCall)
        return std::nullopt;
    return request;
}

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_folder(canonicalFolder(key))
{
    m_lockPath = QDir(m_folder).filePath(kLockFileName);
    m_socketPath = QDir(m_folder).filePath(kSocketFileName);
    if (QFile::encodeName(m_socketPath).size() > kMaxSocketPath) {
        // Too long a path for a socket: the user's runtime folder, named after the data folder's
        // identity on disk (device and inode), which every path to it shares.
        const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        struct stat info = {};
        makeFolder(m_folder);
        const QByteArray identity =
            ::stat(QFile::encodeName(m_folder).constData(), &info) == 0
                ? QByteArray::number(quint64(info.st_dev)) + ':' + QByteArray::number(quint64(info.st_ino))
                : m_folder.toUtf8();
        const QByteArray digest = QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(16);
        m_socketPath = runtime.isEmpty()
                           ? QString()
                           : QDir(runtime).filePath(QStringLiteral("steadyline-") + QString::fromLatin1(digest) +
                                                    QStringLiteral(".socket"));
    }
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close(); // removes the socket file
    if (m_lockFd >= 0)
        ::close(m_lockFd); // releases the lock
}

SingleInstance::Role SingleInstance::claim(const InstanceRequest &request, QString *message)
{
    makeFolder(m_folder);
    if (tryLock()) {
        if (!listen()) {
            logger()->warn("a later start cannot reach this window: {}",
                           m_server ? m_server->errorString().toStdString() : "no place for the socket");
            m_problem = tr("Later starts of Steadyline (a softphone's call events, --start-call) cannot reach this "
                           "window: %1")
                            .arg(m_server ? m_server->errorString() : tr("the data folder's path is too long"));
        }
        return Role::Primary;
    }
    return forward(request, message);
}

bool SingleInstance::sendToRunning(const InstanceRequest &request, QString *message)
{
    // No data folder, no window ever ran on it: never make one just to ask.
    if (!QFileInfo(m_folder).isDir() || tryLock()) {
        // Nobody holds the lock: no window runs. Let go at once, so a window can start.
        if (m_lockFd >= 0)
            ::close(m_lockFd);
        m_lockFd = -1;
        *message = tr("Steadyline is not running (no window has this journal open).");
        return false;
    }
    return forward(request, message) == Role::Forwarded;
}

bool SingleInstance::tryLock()
{
    m_lockFd = ::open(QFile::encodeName(m_lockPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_lockFd < 0) {
        // Without a lock file there is no telling; run rather than refuse to start.
        logger()->warn("the instance lock cannot be created: {}", std::strerror(errno));
        return true;
    }
    if (::flock(m_lockFd, LOCK_EX | LOCK_NB) == 0)
        return true;
    ::close(m_lockFd);
    m_lockFd = -1;
    return false;
}

bool SingleInstance::listen()
{
    if (m_socketPath.isEmpty())
        return false;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // We hold the lock, so a socket file here is left by a process that died: remove it.
    QLocalServer::removeServer(m_socketPath);
    if (!m_server->listen(m_socketPath))
        return false;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::answer);
    logger()->info("the window listens for later starts");
    return true;
}

void SingleInstance::answer()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > kMaxRequestBytes)
                    socket->abort();
                return;
            }
            // Only the user's own processes may ask anything of this window.
            if (peerUid(socket->socketDescriptor()) != qint64(::geteuid())) {
                logger()->warn("a request from another user's process was refused");
                socket->abort();
                return;
            }
            const auto request = InstanceRequest::fromMessage(socket->readLine(kMaxRequestBytes));
            QString refusal;
            if (!request)
                refusal = tr("The running Steadyline did not understand the request.");
            else if (m_handler)
                refusal = m_handler(*request);
            const char *what = !request                       ? "unreadable"
                               : request->callEvent           ? "a call event"
                               : request->startCall           ? "start a call"
                               : !request->rehearse.isEmpty() ? "start a rehearsal"
                                                              : "raise the window";
            logger()->info("a later start asked: {} ({})", what, refusal.isEmpty() ? "done" : "refused");
            socket->write((refusal.isEmpty() ? kOk : kRefused + ' ' + refusal.toUtf8()) + '\n');
            socket->flush();
            socket->disconnectFromServer();
        });
    }
}

SingleInstance::Role SingleInstance::forward(const InstanceRequest &request, QString *message) const
{
    // The running window may still be starting (it locks before it listens): try for a while.
    QDeadlineTimer deadline(kAnswerTimeoutMs);
    QLocalSocket socket;
    for (;;) {
        if (m_socketPath.isEmpty()) {
            *message = tr("Steadyline is already running but does not answer (%1).")
                           .arg(tr("the data folder's path is too long"));
            return Role::Failed;
        }
        socket.connectToServer(m_socketPath);
        if (socket.waitForConnected(500))
            break;
        if (deadline.hasExpired()) {
            *message = tr("Steadyline is already running but does not answer (%1).").arg(socket.errorString());
            return Role::Failed;
        }
        QThread::msleep(100);
    }
    // The window is the user's own process, or nobody gets the request.
    if (peerUid(socket.socketDescriptor()) != qint64(::geteuid())) {
        *message = tr("The socket %1 belongs to another user; the request was not sent.").arg(m_socketPath);
        return Role::Failed;
    }
    socket.write(request.toMessage());
    socket.flush();
    QByteArray reply;
    while (!reply.contains('\n') && !deadline.hasExpired()) {
        if (!socket.waitForReadyRead(static_cast<int>(std::max<qint64>(1, deadline.remainingTime()))))
            break;
        reply += socket.readAll();
    }
    reply = reply.trimmed();
    if (reply == kOk) {
        *message = request.callEvent   ? tr("The running Steadyline window took the call event.")
                   : request.startCall ? tr("The call was started in the running Steadyline window.")
                   : !request.rehearse.isEmpty()
                       ? tr("The rehearsal was started in the running Steadyline window.")
                       : tr("Steadyline is already running; its window was brought to the front.");
        return Role::Forwarded;
    }
    if (reply.startsWith(kRefused)) {
        *message = QString::fromUtf8(reply.mid(kRefused.size()).trimmed());
        return Role::Failed;
    }
    *message = tr("Steadyline is already running but did not answer in time.");
    return Role::Failed;
}

} // namespace steadyline::desktop
