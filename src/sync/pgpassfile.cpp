#include "pgpassfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

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

bool storePassword(const server::ServerAddress &address, const QString &password, QString *error)
{
    const QString path = passwordFilePath();
    const QString prefix = entryPrefix(address);
    QStringList lines;
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("steadyline::sync", "The password file %1 cannot be read: %2")
                         .arg(path, existing.errorString());
            return false;
        }
        for (const QString &line : QString::fromUtf8(existing.readAll()).split(QLatin1Char('\n'))) {
            if (!line.isEmpty() && !line.startsWith(prefix))
                lines << line;
        }
    }
    lines << prefix + escaped(password);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()) < 0 || !file.commit()) {
        *error = QCoreApplication::translate("steadyline::sync", "The password file %1 cannot be written: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace steadyline::sync
