#pragma once

#include "journal/sqliteerror.h"

#include <QSqlError>
#include <QString>
#include <QVariantList>

#include <functional>

class QSqlDatabase;
class QSqlQuery;

namespace steadyline::journal {

// What running one write gave.
struct WriteOutcome
{
    bool ok = false;
    int code = 0; // SQLite's primary result code, or kLogicError, kUnknownCode
    QString message;
    qint64 id = 0;

    static WriteOutcome success(qint64 newId = 0) { return {true, 0, {}, newId}; }
    static WriteOutcome failure(const QSqlError &error)
    {
        return {false, sqliteCode(error), sqliteErrorText(error), 0};
    }
    static WriteOutcome refusal(const QString &message) { return {false, kLogicError, message, 0}; }
};

// Prepares `sql` on `q`, binds `values` in order and runs it.
bool runStatement(QSqlQuery &q, const QString &sql, const QVariantList &values);

// Runs `work` inside BEGIN IMMEDIATE … COMMIT; anything failing rolls back.
WriteOutcome inTransaction(const QSqlDatabase &db, const std::function<WriteOutcome(QSqlQuery &)> &work);

} // namespace steadyline::journal
