// Retention: calls older than the kept number of days are deleted, with everything recorded in
// them, except calls with an open promise; damaged journals moved aside follow the same rule.
#include "journal/journal_p.h"
#include "journal/journallog.h"
#include "journal/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace steadyline::journal {

Result<int> Journal::deleteCallsAtStart(int days)
{
    QSqlQuery q(d->db);
    QDateTime anchor = d->now();
    if (runStatement(q, QStringLiteral("SELECT MAX(started_ms) FROM calls"), {}) && q.next() && !q.value(0).isNull()) {
        // The day after the newest call at the latest: a clock far ahead of every record is
        // not believed.
        const QDateTime newest = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC).addDays(1);
        if (newest < anchor) {
            journalLog()->warn("automatic retention: the clock is {} days past the newest call; counted from that call",
                               newest.daysTo(anchor));
            anchor = newest;
        }
    }
    q.finish(); // an open read would keep the checkpoint after the deletion from completing
    // Damaged journals moved aside hold calls too: the same retention applies to them (L5).
    const QDir folder = QFileInfo(d->file).absoluteDir();
    for (const QFileInfo &copy : folder.entryInfoList({kJournalFileName + QStringLiteral(".corrupt-*")}, QDir::Files)) {
        if (days >= 1 && copy.lastModified() < anchor.addDays(-days) && QFile::remove(copy.absoluteFilePath()))
            journalLog()->info("retention: a damaged journal kept since {} was deleted",
                               copy.lastModified().toString(Qt::ISODate).toStdString());
    }
    return deleteCallsBefore(anchor, days);
}

Result<int> Journal::deleteCallsOlderThan(int days)
{
    return deleteCallsBefore(d->now(), days);
}

Result<int> Journal::deleteCallsBefore(const QDateTime &now, int days)
{
    Result<int> result;
    if (days < 1) {
        result.error = QCoreApplication::translate("steadyline::journal", "Calls are kept for at least one day.");
        return result;
    }
    const qint64 cutoff = now.addDays(-days).toMSecsSinceEpoch();
    int deleted = 0;
    const WriteOutcome outcome = inTransaction(d->db, [&](QSqlQuery &q) {
        if (!runStatement(q,
                          QStringLiteral("DELETE FROM calls WHERE started_ms < ? AND (training = 1 OR NOT EXISTS "
                                         "(SELECT 1 FROM promises p WHERE p.call_id = calls.id AND p.status = "
                                         "'open'))"),
                          {cutoff}))
            return WriteOutcome::failure(q.lastError());
        deleted = q.numRowsAffected();
        return WriteOutcome::success();
    });
    if (!outcome.ok) {
        journalLog()->warn("retention failed (code {})", outcome.code);
        result.error = QCoreApplication::translate("steadyline::journal", "Old calls could not be deleted.") +
                       QLatin1Char(' ') + outcome.message;
        return result;
    }
    journalLog()->info("retention: {} calls older than {} days deleted", deleted, days);
    if (deleted > 0) {
        // secure_delete zeroes the pages, but the words stay in the WAL until a checkpoint.
        QSqlQuery checkpoint(d->db);
        runStatement(checkpoint, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {});
    }
    result.value = deleted;
    return result;
}

} // namespace steadyline::journal
