#include "privatefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <optional>

#include <sys/stat.h>
#include <unistd.h>

namespace steadyline {

namespace {

// Restores the process's file mode creation mask on leaving the scope.
class UmaskGuard
{
public:
    explicit UmaskGuard(mode_t mask)
        : m_previous(::umask(mask))
    {}
    ~UmaskGuard() { ::umask(m_previous); }
    UmaskGuard(const UmaskGuard &) = delete;
    UmaskGuard &operator=(const UmaskGuard &) = delete;

private:
    mode_t m_previous;
};

// Why a private file may not be written at `path`; empty when it may.
QString privatePathProblem(const QString &path)
{
    // QSaveFile follows a symbolic link in user space (readlink, then a rename onto its target),
    // around the kernel's protected_symlinks: a link planted at the path would have the report
    // replace, say, ~/.bashrc. A link is refused, and so is a folder that other users may write
    // into (they could plant one between this check and the rename), unless it is the user's own.
    const QByteArray native = QFile::encodeName(path);
    struct stat info = {};
    if (::lstat(native.constData(), &info) == 0 && S_ISLNK(info.st_mode))
        return QCoreApplication::translate("steadyline::common",
                                           "Cannot write %1: it is a symbolic link. Name the file itself.")
            .arg(path);
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    if (::stat(folder.constData(), &info) == 0 && (info.st_mode & S_IWOTH) != 0 && info.st_uid != ::geteuid())
        return QCoreApplication::translate(
                   "steadyline::common", "Cannot write %1: other users can write into %2. Choose a folder of your own.")
            .arg(path, QFile::decodeName(folder));
    return {};
}

} // namespace

bool writeFileAtomically(const QString &path, const QByteArray &content, FileAccess access, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (path.isEmpty()) {
        message = QCoreApplication::translate("steadyline::common", "No file was named to write to.");
        return false;
    }
    if (QFileInfo(path).isDir()) {
        message = QCoreApplication::translate("steadyline::common", "Cannot write %1: it is a folder. Name a file.")
                      .arg(path);
        return false;
    }
    const bool ownerOnly = access == FileAccess::OwnerOnly;
    if (ownerOnly) {
        if (const QString problem = privatePathProblem(path); !problem.isEmpty()) {
            message = problem;
            return false;
        }
    }
    QSaveFile file(path);
    {
        // QSaveFile creates its temporary file with 0666 & ~umask (or the mode of the file it
        // replaces); the mask makes a private one private from the first byte. The mask is
        // process-wide, so this is kept to the one call.
        std::optional<UmaskGuard> guard;
        if (ownerOnly)
            guard.emplace(077);
        if (!file.open(QIODevice::WriteOnly)) {
            message =
                QCoreApplication::translate("steadyline::common", "Cannot write %1: %2.").arg(path, file.errorString());
            return false;
        }
    }
    // A file being replaced lends its mode to the temporary one; make it private before writing.
    if (ownerOnly && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        message =
            QCoreApplication::translate("steadyline::common", "Cannot make %1 private (readable by you alone): %2.")
                .arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (file.write(content) != content.size()) {
        message =
            QCoreApplication::translate("steadyline::common", "Cannot write %1: %2.").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    // QSaveFile buffers what is written; in Qt 6.4 commit() does not notice a failure to write
    // that buffer out (a full disk) and would replace the file with a truncated one.
    if (!file.flush()) {
        message = QCoreApplication::translate("steadyline::common", "Cannot write %1: %2. Nothing was changed.")
                      .arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        message = QCoreApplication::translate("steadyline::common", "Cannot write %1: %2. Nothing was changed.")
                      .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace steadyline
