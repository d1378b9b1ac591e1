#include "teampromises.h"

#include "journal/timestamp.h"
#include "journalrows.h"
#include "teamstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>

namespace steadyline::sync {

namespace {

using namespace journalrows;

const QString kHolderKind = QStringLiteral("promise_holder");

// The server writes times as PostgreSQL does (microseconds, an offset), the desk as ISO with ms.
QDateTime timeOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

void takeCall(TeamPromise &promise, const QJsonObject &call)
{
    promise.callStarted = timeOf(call.value(QStringLiteral("started_at")));
    promise.playbookId = call.value(QStringLiteral("playbook_id")).toString();
    promise.playbookRevision = call.value(QStringLiteral("playbook_revision")).toInt();
    promise.channel = call.value(QStringLiteral("channel")).toString();
}

void takePromise(TeamPromise &promise, const QJsonObject &data)
{
    promise.text = data.value(QStringLiteral("text")).toString();
    promise.promisedAt = timeOf(data.value(QStringLiteral("at")));
    promise.due = timeOf(data.value(QStringLiteral("due_at")));
    promise.callId = data.value(QStringLiteral("call_id")).toString();
}

// Overdue (earliest due) first, those without a due time last, then by when they were made.
bool dueFirst(const TeamPromise &a, const TeamPromise &b)
{
    if (a.due.isValid() != b.due.isValid())
        return a.due.isValid();
    if (a.due != b.due)
        return a.due < b.due;
    return a.promisedAt < b.promisedAt;
}

} // namespace

TeamPromises::TeamPromises(QSqlDatabase journal)
    : m_db(std::move(journal))
{}

QString TeamPromises::login(QString *error) const
{
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT login FROM team_sync WHERE id = 1"), {}, error) || !q.next())
        return {};
    return q.value(0).toString();
}

std::vector<TeamPromise> TeamPromises::all(QString *error) const
{
    QSqlQuery q(m_db);
    if (!run(q,
             // A lead's desk holds every call of the team: only those with a promise are read.
             QStringLiteral("SELECT r.kind, r.uuid, r.login, r.data, coalesce(s.local_id, 0) FROM team_rows r "
                            "LEFT JOIN shared_ids s ON s.kind = 'promise' AND s.uuid = r.uuid "
                            "WHERE r.kind IN ('promise', 'promise_holder', 'promise_status') "
                            "OR (r.kind = 'call' AND r.uuid IN (SELECT json_extract(p.data, '$.call_id') "
                            "FROM team_rows p WHERE p.kind = 'promise')) ORDER BY r.seq"),
             {}, error))
        return {};
    QHash<QString, TeamPromise> promises;
    QHash<QString, QJsonObject> calls;
    // A promise's status: the change with the latest desk time wins, then the server's order
    // (TeamStore::promiseStatus's rule); rows come in the server's order.
    QHash<QString, QDateTime> statusAt;
    QStringList order;
    const auto promiseFor = [&](const QString &id) -> TeamPromise & {
        auto found = promises.find(id);
        if (found == promises.end()) {
            found = promises.insert(id, TeamPromise{});
            found->id = id;
            order << id;
        }
        return *found;
    };
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const QString id = q.value(1).toString();
        const QJsonObject data = objectFrom(q.value(3).toString());
        if (kind == u"call") {
            calls.insert(id, data);
        } else if (kind == u"promise") {
            TeamPromise &promise = promiseFor(id);
            takePromise(promise, data);
            promise.owner = q.value(2).toString();
            if (promise.lastAction.isEmpty())
                promise.holder = promise.owner;
            promise.localId = q.value(4).toLongLong();
        } else if (kind == u"promise_status") {
            const QString promiseId = data.value(QStringLiteral("promise_id")).toString();
            const QDateTime at = timeOf(data.value(QStringLiteral("at")));
            TeamPromise &promise = promiseFor(promiseId);
            if (!statusAt.contains(promiseId) || at >= statusAt.value(promiseId)) {
                statusAt.insert(promiseId, at);
                promise.status = data.value(QStringLiteral("status")).toString();
            }
        } else if (kind == kHolderKind) {
            const QString action = data.value(QStringLiteral("action")).toString();
            const QString promiseId = data.value(QStringLiteral("promise_id")).toString();
            if (promiseId.isEmpty() || action == u"refused" || action == u"reassigned_all")
                continue;
            TeamPromise &promise = promiseFor(promiseId);
            promise.holder = data.value(QStringLiteral("holder")).toString();
            promise.owner = data.value(QStringLiteral("owner")).toString();
            promise.movedBy = q.value(2).toString();
            promise.movedAt = timeOf(data.value(QStringLiteral("at")));
            promise.lastAction = action;
            const QJsonObject context = data.value(QStringLiteral("context")).toObject();
            // The promise as it was when moved; a later promise row (an edit) comes after it.
            if (context.contains(QStringLiteral("promise")))
                takePromise(promise, context.value(QStringLiteral("promise")).toObject());
            if (context.contains(QStringLiteral("call")))
                takeCall(promise, context.value(QStringLiteral("call")).toObject());
            QStringList notes;
            for (const QJsonValue &note : context.value(QStringLiteral("notes")).toArray()) {
                const QJsonObject object = note.toObject();
                const QString text = object.value(QStringLiteral("text")).toString();
                if (!text.isEmpty()) {
                    notes << text;
                } else {
                    QStringList tags;
                    for (const QJsonValue &tag : object.value(QStringLiteral("tags")).toArray())
                        tags << tag.toString();
                    if (!tags.isEmpty())
                        notes << QStringLiteral("[%1]").arg(tags.join(QStringLiteral(", ")));
                }
            }
            if (!notes.isEmpty() || context.contains(QStringLiteral("notes")))
                promise.notes = notes;
        }
    }
    // A status change or a hand-back this desk made and has not sent yet counts already.
    QSqlQuery waiting(m_db);
    if (run(waiting,
            QStringLiteral("SELECT kind, data FROM outbox WHERE kind = 'promise_status' OR (kind = ? AND "
                           "json_extract(data, '$.action') = 'hand_back') ORDER BY seq"),
            {kHolderKind}, error)) {
        while (waiting.next()) {
            const QJsonObject data = objectFrom(waiting.value(1).toString());
            const auto found = promises.find(data.value(QStringLiteral("promise_id")).toString());
            if (found == promises.end())
                continue;
            if (waiting.value(0).toString() == kHolderKind)
                found->holder.clear();
            else
                found->status = data.value(QStringLiteral("status")).toString();
        }
    }
    std::vector<TeamPromise> result;
    for (const QString &id : order) {
        TeamPromise promise = promises.value(id);
        if (promise.text.isEmpty() && promise.owner.isEmpty())
            continue; // a status change of a promise this desk never saw
        if (!promise.callStarted.isValid() && calls.contains(promise.callId))
            takeCall(promise, calls.value(promise.callId));
        result.push_back(promise);
    }
    std::stable_sort(result.begin(), result.end(), dueFirst);
    return result;
}

std::vector<TeamPromise> TeamPromises::open(QString *error) const
{
    std::vector<TeamPromise> promises = all(error);
    std::erase_if(promises, [](const TeamPromise &promise) { return !promise.isOpen(); });
    return promises;
}

std::vector<TeamPromise> TeamPromises::heldBy(const QString &holder, QString *error) const
{
    std::vector<TeamPromise> promises = open(error);
    std::erase_if(promises, [&](const TeamPromise &promise) {
        return promise.holder != holder || promise.owner == holder || holder.isEmpty();
    });
    return promises;
}

QSet<qint64> TeamPromises::ownHeldElsewhere(QString *error) const
{
    QSet<qint64> elsewhere;
    const QString me = login(error);
    if (me.isEmpty())
        return elsewhere;
    for (const TeamPromise &promise : all(error)) {
        if (promise.localId != 0 && promise.holder != me)
            elsewhere.insert(promise.localId);
    }
    // A hand-back still in the outbox has left this desk already, also of a promise the team's
    // rows do not hold yet (made offline).
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT s.local_id FROM outbox o JOIN shared_ids s ON s.kind = 'promise' "
                            "AND s.uuid = json_extract(o.data, '$.promise_id') WHERE o.kind = ? "
                            "AND json_extract(o.data, '$.action') = 'hand_back'"),
             {kHolderKind}, error))
        return elsewhere;
    while (q.next())
        elsewhere.insert(q.value(0).toLongLong());
    return elsewhere;
}

std::vector<PendingHolderChange> TeamPromises::pending(QString *error) const
{
    std::vector<PendingHolderChange> changes;
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT uuid, data FROM outbox WHERE kind = ? ORDER BY seq"), {kHolderKind}, error))
        return changes;
    while (q.next()) {
        const QJsonObject data = objectFrom(q.value(1).toString());
        changes.push_back({q.value(0).toString(), data.value(QStringLiteral("action")).toString(),
                           data.value(QStringLiteral("promise_id")).toString(),
                           data.value(QStringLiteral("to")).toString(), data.value(QStringLiteral("from")).toString()});
    }
    return changes;
}

std::vector<HolderRefusal> TeamPromises::refusals(QString *error) const
{
    std::vector<HolderRefusal> refused;
    const QString me = login(error);
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT uuid, data FROM team_rows WHERE kind = ? AND login = ? "
                            "AND json_extract(data, '$.action') = 'refused' ORDER BY seq"),
             {kHolderKind, me}, error))
        return refused;
    while (q.next()) {
        const QJsonObject data = objectFrom(q.value(1).toString());
        refused.push_back({q.value(0).toString(), data.value(QStringLiteral("promise_id")).toString(),
                           data.value(QStringLiteral("reason")).toString(), timeOf(data.value(QStringLiteral("at")))});
    }
    return refused;
}

QStringList TeamPromises::knownLogins(QString *error) const
{
    QStringList logins;
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT DISTINCT login FROM team_rows ORDER BY login"), {}, error))
        return logins;
    while (q.next())
        logins << q.value(0).toString();
    return logins;
}

QString TeamPromises::queue(const QJsonObject &data, QString *error)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("INSERT INTO outbox (uuid, kind, data) VALUES (?, ?, ?)"),
             {id, kHolderKind, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))}, error))
        return {};
    return id;
}

QString TeamPromises::queueReassign(const QString &promiseId, const QString &to, const QDateTime &at, QString *error)
{
    return queue({{QStringLiteral("action"), QStringLiteral("reassign")},
                  {QStringLiteral("promise_id"), promiseId},
                  {QStringLiteral("to"), to},
                  {QStringLiteral("at"), journal::isoTimestamp(at)}},
                 error);
}

QString TeamPromises::queueHandBack(const QString &promiseId, const QDateTime &at, QString *error)
{
    return queue({{QStringLiteral("action"), QStringLiteral("hand_back")},
                  {QStringLiteral("promise_id"), promiseId},
                  {QStringLiteral("at"), journal::isoTimestamp(at)}},
                 error);
}

QString TeamPromises::queueReassignAll(const QString &from, const QString &to, const QDateTime &at, QString *error)
{
    return queue({{QStringLiteral("action"), QStringLiteral("reassign_all")},
                  {QStringLiteral("from"), from},
                  {QStringLiteral("to"), to},
                  {QStringLiteral("at"), journal::isoTimestamp(at)}},
                 error);
}

bool TeamPromises::withdraw(const QString &requestId, QString *error)
{
    QSqlQuery q(m_db);
    // Only while it waits: a request the server took is done.
    if (!run(q, QStringLiteral("DELETE FROM outbox WHERE uuid = ? AND kind = ? AND seq > %1").arg(pushedThrough()),
             {requestId, kHolderKind}, error))
        return false;
    return q.numRowsAffected() > 0;
}

bool TeamPromises::queueStatus(const QString &promiseId, const QString &status, const QDateTime &at, QString *error)
{
    const QJsonObject data{{QStringLiteral("promise_id"), promiseId},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("at"), journal::isoTimestamp(at)}};
    QSqlQuery q(m_db);
    return run(q, QStringLiteral("INSERT INTO outbox (uuid, kind, data) VALUES (?, 'promise_status', ?)"),
               {QUuid::createUuid().toString(QUuid::WithoutBraces),
                QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))},
               error);
}

} // namespace steadyline::sync
