#include "journal/recoveryfile.h"

#include "common/privatefile.h"
#include "journal/journal.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <spdlog/spdlog.h>

#include <sys/stat.h>
#include <unistd.h>

namespace steadyline::journal {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("steadyline::journal", text);
}

// A name per journal: one user may keep several (--data-dir).
QString prefixFor(const Journal &journal)
{
    const QByteArray digest =
        QCryptographicHash::hash(journal.filePath().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("recovery-") + QString::fromLatin1(digest) + QLatin1Char('-');
}

bool makePrivateFolder(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return false;
    const QByteArray path = QFile::encodeName(folder);
    struct stat info = {};
    if (::lstat(path.constData(), &info) != 0 || !S_ISDIR(info.st_mode) || info.st_uid != ::geteuid())
        return false;
    return ::chmod(path.constData(), 0700) == 0;
}

} // namespace

QStringList recoveryFolders()
{
    const QByteArray state = qgetenv("XDG_STATE_HOME");
    const QString stateHome =
        state.isEmpty() ? QDir::home().filePath(QStringLiteral(".local/state")) : QString::fromLocal8Bit(state);
    return {QDir(stateHome).filePath(QStringLiteral("Steadyline")),
            QStringLiteral("/dev/shm/steadyline-%1").arg(::geteuid())};
}

QString saveRecoveryFile(const Journal &journal, QString *error)
{
    const QByteArray content = journal.pendingWritesJson();
    const QString name = prefixFor(journal) +
                         QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz")) +
                         QStringLiteral(".json");
    QStringList problems;
    for (const QString &folder : recoveryFolders()) {
        if (!makePrivateFolder(folder)) {
            problems << tr("%1 cannot be used.").arg(folder);
            continue;
        }
        const QString path = QDir(folder).filePath(name);
        QString why;
        if (writePrivateFile(path, content, &why)) {
            spdlog::warn("{} waiting writes kept in a recovery file", journal.pendingWrites());
            return path;
        }
        problems << why;
    }
    *error = problems.join(QLatin1Char(' '));
    return {};
}

RecoveryReport restoreRecoveryFiles(Journal &journal)
{
    RecoveryReport report;
    const QString prefix = prefixFor(journal);
    for (const QString &folder : recoveryFolders()) {
        const QStringList names =
            QDir(folder).entryList({prefix + QStringLiteral("*.json")}, QDir::Files, QDir::Name); // oldest first
        for (const QString &name : names) {
            const QString path = QDir(folder).filePath(name);
            QFile file(path);
            struct stat info = {};
            if (::lstat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISREG(info.st_mode) ||
                info.st_uid != ::geteuid() || !file.open(QIODevice::ReadOnly)) {
                report.problems << tr("The recovery file %1 is not your own private file; it was not read.").arg(path);
                continue;
            }
            const auto restored = journal.restoreWrites(file.readAll());
            file.close();
            ++report.files;
            if (!restored.ok()) {
                report.problems << tr("The recovery file %1 could not be written back: %2").arg(path, restored.error);
                continue;
            }
            report.writes += restored.value;
            QFile::remove(path);
        }
    }
    return report;
}

} // namespace steadyline::journal
