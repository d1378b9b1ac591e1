#include "journal/transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace steadyline::journal {

bool runStatement(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &value : values)
        q.addBindValue(value);
    return q.exec();
}

WriteOutcome inTransaction(const QSqlDatabase &db, const std::function<WriteOutcome(QSqlQuery &)> &work)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return WriteOutcome::failure(q.lastError());
    WriteOutcome outcome = work(q);
    if (outcome.ok && !q.exec(QStringLiteral("COMMIT")))
        outcome = WriteOutcome::failure(q.lastError());
    if (!outcome.ok)
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); // may already be rolled back by SQLite
    return outcome;
}

} // namespace steadyline::journal
