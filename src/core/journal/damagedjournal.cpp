#include "journal/damagedjournal.h"

#include "journal/journallog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace steadyline::journal {

bool hasSqliteHeader(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return true; // not for this check to decide; opening it will say what is wrong
    if (f.size() == 0)
        return true;
    static const QByteArray header("SQLite format 3\0", 16);
    return f.read(header.size()) == header;
}

std::optional<MovedAside> moveAside(const QString &file, const QDateTime &now, QString *error)
{
    const QString stamp = now.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString target = file + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(target) || QFileInfo::exists(target + QStringLiteral("-wal")); ++n)
        target = file + QStringLiteral(".corrupt-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(file, target)) {
        *error = QCoreApplication::translate("steadyline::journal",
                                             "The journal %1 is damaged and could not be moved aside to %2. Nothing "
                                             "was deleted; move or repair the file, then start Steadyline again.")
                     .arg(file, target);
        return std::nullopt;
    }
    // The write-ahead log belongs to the damaged file: left behind, SQLite would apply it to
    // the new one.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(file + suffix) && !QFile::rename(file + suffix, target + suffix)) {
            *error = QCoreApplication::translate("steadyline::journal",
                                                 "The journal %1 is damaged; it was moved to %2, but its %3 file "
                                                 "could not be moved. Move it next to %2, then start Steadyline "
                                                 "again.")
                         .arg(file, target, suffix);
            return std::nullopt;
        }
    }
    journalLog()->warn("damaged journal moved aside; a new one was started");
    return MovedAside{target, QCoreApplication::translate("steadyline::journal",
                                                          "The journal was damaged and could not be read, so a new, "
                                                          "empty journal was started. The damaged file was kept as "
                                                          "%1; earlier calls may be recoverable from it.")
                                  .arg(target)};
}

} // namespace steadyline::journal
