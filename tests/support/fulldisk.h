#pragma once

// A small, really full file system for tests of what happens when a write fails for want of room:
// a tmpfs mounted in a temporary folder (as tests/faults/faultsupport.py does), filled to the last
// byte. Mounting needs root (CAP_SYS_ADMIN), which CI has; elsewhere a test prints the skip marker
// that ctest turns into "skipped" (steadyline_add_test sets SKIP_REGULAR_EXPRESSION).

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <sys/mount.h>

#include <cerrno>
#include <cstring>

namespace steadyline::test {

// What a test prints when its machine cannot give it a full disk.
#define STEADYLINE_SKIP_MARKER "STEADYLINE-SKIP: "

class FullDisk
{
public:
    // Mounts a tmpfs of `sizeKb` KiB; check mounted() before use.
    explicit FullDisk(int sizeKb = 256)
    {
        if (!m_dir.isValid())
            return;
        const QByteArray options = "size=" + QByteArray::number(sizeKb) + "k,mode=0755";
        if (::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0, options.constData()) != 0)
            m_problem = QString::fromLocal8Bit(std::strerror(errno));
        else
            m_mounted = true;
    }
    ~FullDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;

    [[nodiscard]] bool mounted() const { return m_mounted; }
    // Why it could not be mounted.
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] QString filePath(const QString &name) const { return QDir(m_dir.path()).filePath(name); }

    // Takes every free byte with a file of zeros (unbuffered, so the last short write is seen).
    // Returns false when the disk did not fill.
    bool fill()
    {
        QFile filler(filePath(QStringLiteral(".filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return false;
        const QByteArray block(4096, '\0');
        while (filler.write(block) == block.size()) {
        }
        // A block that did not fit whole leaves a few bytes; take them too.
        while (filler.write(block.left(1)) == 1) {
        }
        return true;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_problem;
};

} // namespace steadyline::test

// Ends the test early, as skipped, when no full disk can be had here.
#define STEADYLINE_REQUIRE_FULL_DISK(disk)                                                                             \
    do {                                                                                                               \
        if (!(disk).mounted()) {                                                                                       \
            WARN(STEADYLINE_SKIP_MARKER "cannot mount a tmpfs here (" << (disk).problem().toStdString()                \
                                                                      << "); run as root to test a full disk");        \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)
