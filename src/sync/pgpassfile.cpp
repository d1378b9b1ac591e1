#include "pgpassfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStringList>

namespace steadyline::sync {

namespace {

// libpq's .pgpass escapes ':' and '\' with a backslash.
QString escaped(QString field)
{
    field.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    field.replace(QLatin1Char(':'), QStringLiteral("\\:"));
    return field;
}

QString entryPrefix(const server::ServerAddress &address)
{
    // libpq matches an empty host (its default socket) as "localhost" and its default port 5432.
    const QString host = address.host.isEmpty() ? QStringLiteral("localhost") : address.host;
    const int port = address.port > 0 ? address.port : 5432;
    return QStringLiteral("%1:%2:%3:%4:")
        .arg(escaped(host), QString::number(port), escaped(address.database), escaped(address.user));
}

} // namespace

QString passwordFilePath()
{
    const QString fromEnvironment = qEnvironmentVariable("PGPASSFILE");
    return fromEnvironment.isEmpty() ? QDir::home().filePath(QStringLiteral(".pgpass")) : fromEnvironment;
}

namespace {

QString cannotWrite(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("steadyline::sync", "The password file %1 cannot be written: %2")
        .arg(path, reason);
}

// Writes `content` 0600 in one step (QSaveFile): the file is either the old one or the new one.
bool writeWhole(const QString &path, const QByteArray &content, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(content) < 0 || !file.commit()) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    return true;
}

// Every entry except the one for `address`'s prefix; false when the file exists and cannot be read.
bool otherEntries(const QString &path, const QString &prefix, QStringList *lines, bool *found, QString *error)
{
    QFile existing(path);
    if (!existing.exists())
        return true;
    if (!existing.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("steadyline::sync", "The password file %1 cannot be read: %2")
                     .arg(path, existing.errorString());
        return false;
    }
    for (const QString &line : QString::fromUtf8(existing.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(prefix))
            *found = true;
        else if (!line.isEmpty())
            *lines << line;
    }
    return true;
}

QByteArray fileContent(const QStringList &lines)
{
    return lines.isEmpty() ? QByteArray() : (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

} // namespace

bool storePassword(const server::ServerAddress &address, const QString &password, QString *error)
{
    const QString path = passwordFilePath();
    const QString prefix = entryPrefix(address);
    QStringList lines;
    bool found = false;
    if (!otherEntries(path, prefix, &lines, &found, error))
        return false;
    lines << prefix + escaped(password);
    return writeWhole(path, fileContent(lines), error);
}

bool removePassword(const server::ServerAddress &address, QString *error)
{
    const QString path = passwordFilePath();
    QStringList lines;
    bool found = false;
    if (!otherEntries(path, entryPrefix(address), &lines, &found, error))
        return false;
    return !found || writeWhole(path, fileContent(lines), error);
}

PasswordFileSnapshot snapshotPasswordFile()
{
    PasswordFileSnapshot snapshot;
    QFile file(passwordFilePath());
    snapshot.existed = file.exists();
    if (snapshot.existed && file.open(QIODevice::ReadOnly))
        snapshot.content = file.readAll();
    return snapshot;
}

bool restorePasswordFile(const PasswordFileSnapshot &snapshot, QString *error)
{
    const QString path = passwordFilePath();
    if (snapshot.existed)
        return writeWhole(path, snapshot.content, error);
    QFile file(path);
    if (file.exists() && !file.remove()) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace steadyline::sync
