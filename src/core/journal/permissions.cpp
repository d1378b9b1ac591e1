#include "journal/permissions.h"

#include "journal/journallog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <mutex>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace steadyline::journal {

namespace {

// Why a file operation failed: the C library's words for the common reasons, translated into the
// interface language (the C library speaks the system's, which may differ); its own for the rest.
QString systemError(int errorNumber)
{
    switch (errorNumber) {
    case EACCES: return QCoreApplication::translate("steadyline::journal", "Permission denied");
    case EPERM: return QCoreApplication::translate("steadyline::journal", "Operation not permitted");
    case EROFS: return QCoreApplication::translate("steadyline::journal", "Read-only file system");
    case ENOSPC: return QCoreApplication::translate("steadyline::journal", "No space left on device");
    case EDQUOT: return QCoreApplication::translate("steadyline::journal", "Disk quota exceeded");
    case ENOENT: return QCoreApplication::translate("steadyline::journal", "No such file or directory");
    case ENOTDIR: return QCoreApplication::translate("steadyline::journal", "Not a directory");
    case ENAMETOOLONG: return QCoreApplication::translate("steadyline::journal", "File name too long");
    case EIO: return QCoreApplication::translate("steadyline::journal", "Input/output error");
    default: return QString::fromLocal8Bit(std::strerror(errorNumber));
    }
}

} // namespace

bool ensurePrivateFolder(const QString &dir, QString *error)
{
    const QByteArray path = QFile::encodeName(dir);
    struct stat info = {};
    if (::stat(path.constData(), &info) != 0) {
        if (errno != ENOENT) {
            *error = QCoreApplication::translate("steadyline::journal", "The journal folder %1 cannot be used: %2.")
                         .arg(dir, systemError(errno));
            return false;
        }
        const QString parent = QFileInfo(dir).absolutePath();
        if (!QDir().mkpath(parent)) {
            *error = QCoreApplication::translate("steadyline::journal", "The journal folder %1 cannot be created.")
                         .arg(parent);
            return false;
        }
        if (::mkdir(path.constData(), 0700) != 0 && errno != EEXIST) {
            *error = QCoreApplication::translate("steadyline::journal", "The journal folder %1 cannot be created: %2.")
                         .arg(dir, systemError(errno));
            return false;
        }
        if (::stat(path.constData(), &info) != 0) {
            *error = QCoreApplication::translate("steadyline::journal", "The journal folder %1 cannot be used: %2.")
                         .arg(dir, systemError(errno));
            return false;
        }
    }
    if (!S_ISDIR(info.st_mode)) {
        *error = QCoreApplication::translate("steadyline::journal", "The journal folder %1 is a file, not a folder.")
                     .arg(dir);
        return false;
    }
    // Another user's folder (a shared /srv, /tmp, a --data-dir someone made first) could be
    // read or swapped by them: the journal is kept only in a folder of the user's own.
    if (info.st_uid != ::geteuid()) {
        *error = QCoreApplication::translate("steadyline::journal",
                                             "The journal folder %1 belongs to another user. Steadyline keeps the "
                                             "journal only in a folder of your own; choose another one with "
                                             "--data-dir.")
                     .arg(dir);
        return false;
    }
    if ((info.st_mode & 077) != 0 && ::chmod(path.constData(), 0700) != 0) {
        *error = QCoreApplication::translate("steadyline::journal",
                                             "The journal folder %1 cannot be made private (readable by you alone): "
                                             "%2.")
                     .arg(dir, systemError(errno));
        return false;
    }
    return true;
}

bool ensurePrivateFile(const QString &file, QString *error)
{
    const QByteArray path = QFile::encodeName(file);
    // O_NOFOLLOW: a link planted in the folder never leads the journal elsewhere.
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int failure = errno;
        if (failure == ELOOP)
            *error = QCoreApplication::translate("steadyline::journal",
                                                 "The journal %1 is a symbolic link; Steadyline opens only the file "
                                                 "itself.")
                         .arg(file);
        else if (failure == EACCES || failure == EPERM || failure == EROFS)
            *error = QCoreApplication::translate("steadyline::journal",
                                                 "The journal %1 cannot be written: %2. Check the permissions of the "
                                                 "file and its folder.")
                         .arg(file, systemError(failure));
        else
            *error = QCoreApplication::translate("steadyline::journal", "The journal %1 cannot be opened: %2.")
                         .arg(file, systemError(failure));
        return false;
    }
    struct stat info = {};
    QString refusal;
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode))
        refusal = QCoreApplication::translate("steadyline::journal", "The journal %1 is not a regular file.").arg(file);
    else if (info.st_uid != ::geteuid())
        refusal = QCoreApplication::translate("steadyline::journal",
                                              "The journal %1 belongs to another user, who could read it; Steadyline "
                                              "does not write into it. Move it away or choose another folder with "
                                              "--data-dir.")
                      .arg(file);
    else if ((info.st_mode & 077) != 0 && ::fchmod(fd, 0600) != 0)
        refusal = QCoreApplication::translate("steadyline::journal",
                                              "The journal %1 cannot be made private (readable by you alone): %2.")
                      .arg(file, systemError(errno));
    ::close(fd);
    if (!refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    return true;
}

void tightenCompanionFiles(const QString &file)
{
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QByteArray path = QFile::encodeName(file + suffix);
        struct stat info = {};
        if (::stat(path.constData(), &info) == 0 && (info.st_mode & 077) != 0 && ::chmod(path.constData(), 0600) != 0)
            journalLog()->warn("the journal's {} file's mode cannot be made 0600", suffix.toStdString());
    }
}

namespace {

// The scopes open now and the umask from before the first of them.
struct UmaskScopes
{
    std::mutex mutex;
    int open = 0;
    mode_t previous = 0;
};

UmaskScopes &umaskScopes()
{
    static UmaskScopes scopes;
    return scopes;
}

} // namespace

PrivateUmask::PrivateUmask()
{
    UmaskScopes &scopes = umaskScopes();
    const std::lock_guard lock(scopes.mutex);
    if (scopes.open++ == 0)
        scopes.previous = ::umask(077);
}

PrivateUmask::~PrivateUmask()
{
    UmaskScopes &scopes = umaskScopes();
    const std::lock_guard lock(scopes.mutex);
    if (--scopes.open == 0)
        ::umask(scopes.previous);
}

} // namespace steadyline::journal
