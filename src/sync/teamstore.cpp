#include "teamstore.h"

#include "journal/timestamp.h"
#include "journalrows.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <tuple>

namespace steadyline::sync {

QString pushedThrough()
{
    return QStringLiteral("(SELECT coalesce(max(seq), 0) FROM team_rows WHERE kind = '%1')")
        .arg(QLatin1String(kPushedThroughKind));
}

namespace {

using namespace journalrows;

// Commits or rolls back; a transaction object per writing method.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db)
        : m_db(db)
        , m_open(db.transaction())
    {}
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    [[nodiscard]] bool started() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase &m_db;
    bool m_open;
};

} // namespace

TeamStore::TeamStore(QSqlDatabase journal)
    : m_db(std::move(journal))
{}

std::optional<Membership> TeamStore::membership(QString *error) const
{
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT server, login, team, cursor, last_push, last_pull, cool_down_seconds, "
                            "raise_hand_at_final_warning, caller_key_secret, (SELECT json_extract(data, '$.role') "
                            "FROM team_rows WHERE kind = ? LIMIT 1) FROM team_sync WHERE id = 1"),
             {QString::fromLatin1(kDeskRoleKind)}, error) ||
        !q.next())
        return std::nullopt;
    Membership m;
    m.server = q.value(0).toString();
    m.login = q.value(1).toString();
    m.team = q.value(2).toString();
    m.cursor = q.value(3).toLongLong();
    m.lastPush = journal::parseTimestamp(q.value(4).toString());
    m.lastPull = journal::parseTimestamp(q.value(5).toString());
    m.coolDownSeconds = q.value(6).toInt();
    m.raiseHandAtFinalWarning = q.value(7).toBool();
    m.callerKeySecret = QByteArray::fromHex(q.value(8).toString().toLatin1());
    m.role = q.value(9).toString();
    return m;
}

bool TeamStore::join(const QString &server, const QString &login, const QString &team, const QString &role,
                     QString *error)
{
    Transaction transaction(m_db);
    QSqlQuery q(m_db);
    const auto before = membership(error);
    if (!error->isEmpty())
        return false;
    const bool sameServer = before && before->server == server && before->login == login;
    // Changes the old server took are not for the new one.
    if (!sameServer && (!run(q, QStringLiteral("DELETE FROM outbox WHERE seq <= %1").arg(pushedThrough()), {}, error) ||
                        !run(q, QStringLiteral("DELETE FROM team_rows"), {}, error)))
        return false;
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO team_sync (id, server, login, team, joined_at, cursor) VALUES (1, ?, ?, ?, ?, ?) "
                 "ON CONFLICT (id) DO UPDATE SET server = excluded.server, login = excluded.login, "
                 "team = excluded.team, cursor = excluded.cursor"),
             {server, login, team, journal::isoTimestamp(QDateTime::currentDateTime()),
              sameServer ? before->cursor : qint64(0)},
             error) ||
        !storeRole(role, error))
        return false;
    if (!transaction.commit()) {
        *error = journalProblem(q);
        return false;
    }
    return true;
}

bool TeamStore::storeRole(const QString &role, QString *error)
{
    QSqlQuery q(m_db);
    // One row of its own kind, with the login and team of the membership; it goes with the team's
    // rows when the desk leaves or joins another server.
    return run(q,
               QStringLiteral("INSERT INTO team_rows (uuid, seq, kind, login, team, data) "
                              "SELECT ?, 0, ?, login, team, ? FROM team_sync WHERE id = 1 "
                              "ON CONFLICT (uuid) DO UPDATE SET data = excluded.data, login = excluded.login, "
                              "team = excluded.team"),
               {QString::fromLatin1(kDeskRoleKind), QString::fromLatin1(kDeskRoleKind),
                textOf(QJsonObject{{QStringLiteral("role"), role}})},
               error);
}

bool TeamStore::leave(QString *error)
{
    Transaction transaction(m_db);
    QSqlQuery q(m_db);
    for (const QString &sql : {QStringLiteral("DELETE FROM team_sync"), QStringLiteral("DELETE FROM outbox"),
                               QStringLiteral("DELETE FROM team_rows")}) {
        if (!run(q, sql, {}, error))
            return false;
    }
    if (!transaction.commit()) {
        *error = journalProblem(q);
        return false;
    }
    return true;
}

qint64 TeamStore::pushedThroughSeq(QString *error) const
{
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT %1").arg(pushedThrough()), {}, error) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

int TeamStore::waiting(QString *error) const
{
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT count(*) FROM outbox WHERE seq > %1").arg(pushedThrough()), {}, error) ||
        !q.next())
        return 0;
    return q.value(0).toInt();
}

std::vector<OutboxChange> TeamStore::nextBatch(int maxChanges, QString *error) const
{
    std::vector<OutboxChange> batch;
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT seq, uuid, kind, data FROM outbox WHERE seq > %1 ORDER BY seq LIMIT ?")
                 .arg(pushedThrough()),
             {maxChanges}, error))
        return batch;
    while (q.next())
        batch.push_back(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), objectFrom(q.value(3).toString())});
    return batch;
}

bool TeamStore::removePushed(qint64 lastSeq, const QDateTime &at, QString *error)
{
    Transaction transaction(m_db);
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("INSERT INTO team_rows (uuid, seq, kind, login, team, data) "
                            "SELECT ?, ?, ?, login, team, '{}' FROM team_sync WHERE id = 1 "
                            "ON CONFLICT (uuid) DO UPDATE SET seq = max(seq, excluded.seq)"),
             {QString::fromLatin1(kPushedThroughKind), lastSeq, QString::fromLatin1(kPushedThroughKind)}, error) ||
        !run(q, QStringLiteral("UPDATE team_sync SET last_push = ?"), {journal::isoTimestamp(at)}, error))
        return false;
    if (!transaction.commit()) {
        *error = journalProblem(q);
        return false;
    }
    return true;
}

bool TeamStore::refuse(const OutboxChange &change, const QString &reason, const QDateTime &at, QString *error)
{
    Transaction transaction(m_db);
    QSqlQuery q(m_db);
    const QJsonObject kept{{QStringLiteral("change_id"), change.id},
                           {QStringLiteral("kind"), change.kind},
                           {QStringLiteral("data"), change.data},
                           {QStringLiteral("reason"), reason},
                           {QStringLiteral("at"), journal::isoTimestamp(at)}};
    if (!run(
            q,
            QStringLiteral("INSERT INTO team_rows (uuid, seq, kind, login, team, data) "
                           "SELECT ?, 0, ?, login, team, ? FROM team_sync WHERE id = 1"),
            {QUuid::createUuid().toString(QUuid::WithoutBraces), QString::fromLatin1(kRefusedChangeKind), textOf(kept)},
            error) ||
        !run(q, QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {change.seq}, error))
        return false;
    if (!transaction.commit()) {
        *error = journalProblem(q);
        return false;
    }
    return true;
}

std::vector<RefusedChange> TeamStore::refusedChanges(QString *error) const
{
    std::vector<RefusedChange> refused;
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT data FROM team_rows WHERE kind = ? ORDER BY rowid"),
             {QString::fromLatin1(kRefusedChangeKind)}, error))
        return refused;
    while (q.next()) {
        const QJsonObject kept = objectFrom(q.value(0).toString());
        refused.push_back({kept.value(QStringLiteral("change_id")).toString(),
                           kept.value(QStringLiteral("kind")).toString(), kept.value(QStringLiteral("data")).toObject(),
                           kept.value(QStringLiteral("reason")).toString(),
                           journal::parseTimestamp(kept.value(QStringLiteral("at")).toString())});
    }
    return refused;
}

bool TeamStore::storePulled(const std::vector<TeamChange> &changes, const QDateTime &at, QString *error,
                            qint64 takenBeforePull)
{
    Transaction transaction(m_db);
    QSqlQuery q(m_db);
    qint64 cursor = 0;
    for (const TeamChange &change : changes) {
        if (!run(q,
                 QStringLiteral("INSERT INTO team_rows (uuid, seq, kind, login, team, data) VALUES (?, ?, ?, ?, ?, ?) "
                                "ON CONFLICT (uuid) DO UPDATE SET seq = excluded.seq, data = excluded.data"),
                 {change.id, change.seq, change.kind, change.login, change.team, textOf(change.data)}, error))
            return false;
        cursor = std::max(cursor, change.seq);
    }
    if (!run(q, QStringLiteral("UPDATE team_sync SET cursor = max(cursor, ?), last_pull = ?"),
             {cursor, journal::isoTimestamp(at)}, error))
        return false;
    // Only what was taken before the pull began: a push meanwhile (the command line's `team sync`
    // beside the window's worker) may not be in these rows.
    if (takenBeforePull > 0 && !run(q, QStringLiteral("DELETE FROM outbox WHERE seq <= ?"), {takenBeforePull}, error))
        return false;
    if (!transaction.commit()) {
        *error = journalProblem(q);
        return false;
    }
    return true;
}

std::vector<TeamChange> TeamStore::teamRows(const QString &kind, QString *error) const
{
    std::vector<TeamChange> rows;
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT seq, kind, uuid, login, team, data FROM team_rows WHERE kind = ? ORDER BY seq"),
             {kind}, error))
        return rows;
    while (q.next())
        rows.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), objectFrom(q.value(5).toString())});
    return rows;
}

QString TeamStore::promiseStatus(const QString &promiseId, QString *error) const
{
    QString status = QStringLiteral("open");
    QDateTime latest;
    qint64 latestSeq = -1;
    for (const TeamChange &change : teamRows(QStringLiteral("promise_status"), error)) {
        if (change.data.value(QStringLiteral("promise_id")).toString() != promiseId)
            continue;
        const QDateTime at =
            QDateTime::fromString(change.data.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        if (!latest.isValid() || at > latest || (at == latest && change.seq > latestSeq)) {
            latest = at;
            latestSeq = change.seq;
            status = change.data.value(QStringLiteral("status")).toString();
        }
    }
    return status;
}

bool TeamStore::queuePromiseStatus(const QString &promiseId, const QString &status, const QDateTime &at, QString *error)
{
    QJsonObject data{{QStringLiteral("promise_id"), promiseId},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("at"), journal::isoTimestamp(at)}};
    QSqlQuery q(m_db);
    return run(q, QStringLiteral("INSERT INTO outbox (uuid, kind, data) VALUES (?, 'promise_status', ?)"),
               {QUuid::createUuid().toString(QUuid::WithoutBraces), textOf(data)}, error);
}

bool TeamStore::queueAudit(const QString &action, const QJsonObject &detail, QString *error)
{
    const QJsonObject data{{QStringLiteral("action"), action}, {QStringLiteral("detail"), detail}};
    QSqlQuery q(m_db);
    return run(q, QStringLiteral("INSERT INTO outbox (uuid, kind, data) VALUES (?, 'audit', ?)"),
               {QUuid::createUuid().toString(QUuid::WithoutBraces), textOf(data)}, error);
}

bool TeamStore::storePolicy(int coolDownSeconds, bool raiseHandAtFinalWarning, const QByteArray &callerKeySecret,
                            QString *error)
{
    QSqlQuery q(m_db);
    return run(q,
               QStringLiteral("UPDATE team_sync SET cool_down_seconds = ?, raise_hand_at_final_warning = ?, "
                              "caller_key_secret = ? WHERE id = 1"),
               {coolDownSeconds, raiseHandAtFinalWarning ? 1 : 0, QString::fromLatin1(callerKeySecret.toHex())}, error);
}

bool TeamStore::queueHandAnswer(const QString &callUuid, const QString &text, const QDateTime &at, QString *error)
{
    const QString answer = text.trimmed();
    if (answer.isEmpty() || answer.size() > kLongestHandAnswer) {
        *error = QCoreApplication::translate("steadyline::sync", "An answer to a raised hand has 1 to %1 characters.")
                     .arg(kLongestHandAnswer);
        return false;
    }
    if (QUuid::fromString(callUuid).isNull()) {
        *error = QCoreApplication::translate("steadyline::sync", "The call to answer is not one the team shares.");
        return false;
    }
    const QJsonObject data{{QStringLiteral("call_id"), callUuid},
                           {QStringLiteral("at"), journal::isoTimestamp(at)},
                           {QStringLiteral("text"), answer}};
    QSqlQuery q(m_db);
    return run(q, QStringLiteral("INSERT INTO outbox (uuid, kind, data) VALUES (?, 'hand_answer', ?)"),
               {QUuid::createUuid().toString(QUuid::WithoutBraces), textOf(data)}, error);
}

std::vector<HandAnswer> TeamStore::handAnswers(QString *error) const
{
    std::vector<HandAnswer> answers;
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT r.data, r.login, coalesce(s.local_id, 0) FROM team_rows r "
                            "LEFT JOIN shared_ids s ON s.kind = 'call' AND s.uuid = json_extract(r.data, '$.call_id') "
                            "WHERE r.kind = 'hand_answer' ORDER BY r.seq"),
             {}, error))
        return answers;
    while (q.next()) {
        const QJsonObject data = objectFrom(q.value(0).toString());
        HandAnswer answer;
        answer.callUuid = data.value(QStringLiteral("call_id")).toString();
        answer.localCallId = q.value(2).toLongLong();
        answer.at = QDateTime::fromString(data.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        answer.text = data.value(QStringLiteral("text")).toString();
        answer.lead = q.value(1).toString();
        answers.push_back(answer);
    }
    return answers;
}

QString TeamStore::callUuid(qint64 localCallId, QString *error) const
{
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT uuid FROM shared_ids WHERE kind = 'call' AND local_id = ?"), {localCallId},
             error) ||
        !q.next())
        return {};
    return q.value(0).toString();
}

namespace {

PlaybookPublication publicationFrom(const QJsonObject &data, const QString &login)
{
    PlaybookPublication publication;
    publication.playbookId = data.value(QStringLiteral("playbook_id")).toString();
    publication.revision = data.value(QStringLiteral("revision")).toInt();
    publication.publishedBy = login;
    publication.publishedAt = QDateTime::fromString(data.value(QStringLiteral("published_at")).toString(), Qt::ISODate);
    publication.note = data.value(QStringLiteral("note")).toString();
    publication.sha256 = data.value(QStringLiteral("sha256")).toString();
    publication.active = data.value(QStringLiteral("active")).toBool();
    return publication;
}

} // namespace

bool TeamStore::storePublishedPlaybooks(const std::vector<TeamChange> &changes, QString *error)
{
    Transaction transaction(m_db);
    QSqlQuery q(m_db);
    for (const TeamChange &change : changes) {
        QJsonObject data = change.data;
        if (!data.value(QStringLiteral("active")).toBool())
            data.remove(QStringLiteral("body")); // an inactive revision's text is the server's to keep
        if (!run(q,
                 QStringLiteral("INSERT INTO team_rows (uuid, seq, kind, login, team, data) VALUES (?, ?, ?, ?, ?, ?) "
                                "ON CONFLICT (uuid) DO UPDATE SET seq = excluded.seq, data = excluded.data"),
                 {change.id, change.seq, QString::fromLatin1(kPublishedPlaybookKind), change.login, change.team,
                  textOf(data)},
                 error))
            return false;
    }
    if (!transaction.commit()) {
        *error = journalProblem(q);
        return false;
    }
    return true;
}

qint64 TeamStore::publishedPlaybookCursor(QString *error) const
{
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT coalesce(max(seq), 0) FROM team_rows WHERE kind = ?"),
             {QString::fromLatin1(kPublishedPlaybookKind)}, error) ||
        !q.next())
        return 0;
    return q.value(0).toLongLong();
}

std::vector<PlaybookPublication> TeamStore::publications(QString *error) const
{
    std::vector<PlaybookPublication> found;
    for (const TeamChange &row : teamRows(QString::fromLatin1(kPublishedPlaybookKind), error))
        found.push_back(publicationFrom(row.data, row.login));
    std::sort(found.begin(), found.end(), [](const PlaybookPublication &a, const PlaybookPublication &b) {
        return std::tie(a.playbookId, a.revision) < std::tie(b.playbookId, b.revision);
    });
    return found;
}

std::vector<PublishedPlaybook> TeamStore::activePublishedPlaybooks(QString *error) const
{
    std::vector<PublishedPlaybook> found;
    for (const TeamChange &row : teamRows(QString::fromLatin1(kPublishedPlaybookKind), error)) {
        if (!row.data.value(QStringLiteral("active")).toBool())
            continue;
        found.push_back(
            {publicationFrom(row.data, row.login), row.data.value(QStringLiteral("body")).toString().toUtf8()});
    }
    return found;
}

} // namespace steadyline::sync
