#include "softphone/listenertoken.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <array>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace steadyline::softphone {

namespace {

// The context is the namespace's: lupdate files a free function's tr() there, so the two agree
// (tests/i18n checks a message of this file in Polish).
QString tr(const char *text)
{
    return QCoreApplication::translate("steadyline::softphone", text);
}

bool isHexToken(const QByteArray &text)
{
    if (text.size() < 32)
        return false;
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

} // namespace

QString loadOrCreateListenerToken(const QString &folder, QString *error)
{
    if (!QDir().mkpath(folder)) {
        *error = tr("The folder %1 cannot be created.").arg(folder);
        return {};
    }
    const QByteArray path = QFile::encodeName(QDir(folder).filePath(kListenerTokenFileName));
    // O_NOFOLLOW: a link planted in the folder is never followed.
    int fd = ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd >= 0) {
        struct stat info = {};
        QByteArray text(128, '\0');
        const ssize_t got = ::fstat(fd, &info) == 0 ? ::read(fd, text.data(), static_cast<size_t>(text.size())) : -1;
        ::close(fd);
        if (got < 0 || !S_ISREG(info.st_mode) || info.st_uid != ::getuid() || (info.st_mode & 077) != 0) {
            *error = tr("%1 is not your own private file (readable by you alone); remove it and try again.")
                         .arg(QFile::decodeName(path));
            return {};
        }
        text.truncate(got);
        text = text.trimmed();
        if (isHexToken(text))
            return QString::fromLatin1(text);
        ::unlink(path.constData()); // damaged: make a new one
    } else if (errno != ENOENT) {
        *error = tr("%1 cannot be read.").arg(QFile::decodeName(path));
        return {};
    }
    std::array<quint32, 8> random{};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    const QByteArray token =
        QByteArray(reinterpret_cast<const char *>(random.data()), static_cast<qsizetype>(sizeof(random))).toHex();
    fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = tr("%1 cannot be written.").arg(QFile::decodeName(path));
        return {};
    }
    const QByteArray line = token + '\n';
    const bool written =
        ::write(fd, line.constData(), static_cast<size_t>(line.size())) == line.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!written) {
        ::unlink(path.constData());
        *error = tr("%1 cannot be written.").arg(QFile::decodeName(path));
        return {};
    }
    return QString::fromLatin1(token);
}

QString listenerUrl(quint16 port, const QString &token)
{
    return QStringLiteral("http://127.0.0.1:%1/call-event?token=%2").arg(port).arg(token);
}

} // namespace steadyline::softphone
