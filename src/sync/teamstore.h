#pragma once

#include "playbook/publishedplaybooks.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace steadyline::sync {

// The team a journal belongs to (table team_sync), and where its sync stands.
struct Membership
{
    QString server; // the address without a password
    QString login;
    QString team;
    qint64 cursor = 0; // the server's number of the last change pulled
    QDateTime lastPush;
    QDateTime lastPull;
    // The team's policy as last read from the server (held offline).
    int coolDownSeconds = 180;
    bool raiseHandAtFinalWarning = false;
    QByteArray callerKeySecret; // empty until the desk first reached the server
    // agent, lead or admin, as the server last said (at the join or a connection); kept so that a
    // lead's desk started without the server keeps the lead's features. The server still decides.
    QString role;
};

// A change the server refused for good (a constraint, a right, a check: not the network): it
// left the outbox so that later changes do not wait behind it, and is kept here with the reason.
struct RefusedChange
{
    QString id;   // the change's UUID
    QString kind; // as in the outbox
    QJsonObject data;
    QString reason; // the server's words, translated around
    QDateTime at;   // when the server refused it
};

// A lead's answer to a raised hand (kind hand_answer).
struct HandAnswer
{
    QString callUuid;
    qint64 localCallId = 0; // 0 if the call is not this desk's
    QDateTime at;
    QString text;
    QString lead; // the login that answered
};

// A change written on this desk, waiting in the outbox (filled by the journal's triggers).
struct OutboxChange
{
    qint64 seq = 0; // the outbox's own order
    QString id;     // the change's UUID, made on the desk
    QString kind;   // call, timeline, note, promise, promise_status, training_attempt
    QJsonObject data;
};

// A change of the team read from the server (pull_changes).
struct TeamChange
{
    qint64 seq = 0; // the server's number
    QString kind;
    QString id;
    QString login;
    QString team;
    QJsonObject data;
};

// The kind of team_rows that holds the team's published playbooks (one row per published revision).
inline constexpr const char *kPublishedPlaybookKind = "published_playbook";
// The kinds of team_rows that are the desk's own state, not the team's rows: a change the server
// refused, and the role the server gave this login.
inline constexpr const char *kRefusedChangeKind = "refused_change";
inline constexpr const char *kDeskRoleKind = "desk_role";
// The outbox's last change the server took (its seq in the row's seq): changes up to it stay in the
// outbox, no longer sent, until a pull has brought the team's rows up to date, so that a window
// showing what waits never sees a change vanish between its push and the pull that brings it back.
inline constexpr const char *kPushedThroughKind = "pushed_through";
// That change's seq (0: none) as an SQL subquery, for the outbox's readers: `seq > (…)` waits.
[[nodiscard]] QString pushedThrough();

// The journal's side of the team server: membership, outbox and the team's rows, on the
// journal's own SQLite connection (schema version 3, see src/core/journal/schema.cpp). Every
// method is one statement or one transaction; errors come back as translated sentences.
class TeamStore
{
public:
    explicit TeamStore(QSqlDatabase journal);

    // nullopt when the desk has not joined (error stays empty) or the journal cannot be read.
    [[nodiscard]] std::optional<Membership> membership(QString *error) const;
    // Joins (or moves to) a team as `role`: from now on shared changes go to the outbox. Joining
    // another server or login starts the team's rows and cursor afresh.
    bool join(const QString &server, const QString &login, const QString &team, const QString &role, QString *error);
    // Keeps the role the server gave this login (Membership::role).
    bool storeRole(const QString &role, QString *error);
    // Leaves the team, in one transaction: the membership, the outbox (changes not sent are
    // dropped: the caller decides that) and the team's rows go; the desk's own journal stays.
    bool leave(QString *error);

    // The changes not yet taken by the server.
    [[nodiscard]] int waiting(QString *error) const;
    [[nodiscard]] std::vector<OutboxChange> nextBatch(int maxChanges, QString *error) const;
    // The server took every change up to `lastSeq`: they are not sent again, and leave the outbox
    // with the next pull that catches up (storePulled).
    bool removePushed(qint64 lastSeq, const QDateTime &at, QString *error);
    // The server refused `change` for good: it leaves the outbox and is kept as refused (team_rows,
    // kind refused_change), in one transaction.
    bool refuse(const OutboxChange &change, const QString &reason, const QDateTime &at, QString *error);
    // Every change the server refused, oldest first.
    [[nodiscard]] std::vector<RefusedChange> refusedChanges(QString *error) const;
    // Stores pulled changes (a change seen again replaces its row) and moves the cursor, in one
    // transaction. `takenBeforePull`: when these were the server's last rows, pushedThroughSeq()
    // read before the pull began: the changes up to it are in the team's rows now and leave the
    // outbox in the same transaction (0: more rows to come, or nothing pushed).
    bool storePulled(const std::vector<TeamChange> &changes, const QDateTime &at, QString *error,
                     qint64 takenBeforePull);
    // The outbox's last change the server took (0: none).
    [[nodiscard]] qint64 pushedThroughSeq(QString *error) const;

    // The team's rows of one kind, in the server's order.
    [[nodiscard]] std::vector<TeamChange> teamRows(const QString &kind, QString *error) const;
    // A promise's status as the team sees it: the status change with the latest desk time wins,
    // and of two with the same time the one the server stored last; "open" without any.
    [[nodiscard]] QString promiseStatus(const QString &promiseId, QString *error) const;
    // A lead taking over a colleague's promise: a status change for a promise known from the
    // team's rows, queued like the desk's own changes.
    bool queuePromiseStatus(const QString &promiseId, const QString &status, const QDateTime &at, QString *error);

    // An entry for the audit log, queued for the server (kind audit; TeamSync::recordAudit).
    bool queueAudit(const QString &action, const QJsonObject &detail, QString *error);

    // Keeps the team's policy read from the server, for when the desk is offline.
    bool storePolicy(int coolDownSeconds, bool raiseHandAtFinalWarning, const QByteArray &callerKeySecret,
                     QString *error);

    // A lead's answer to a colleague's raised hand, queued for the server (which accepts it from a
    // lead or admin of the call's team only). `text` is 1 to kLongestHandAnswer characters.
    bool queueHandAnswer(const QString &callUuid, const QString &text, const QDateTime &at, QString *error);
    // Every answer pulled from the server, oldest first.
    [[nodiscard]] std::vector<HandAnswer> handAnswers(QString *error) const;
    // The UUID the server knows a call of this desk by; empty when the call is not shared.
    [[nodiscard]] QString callUuid(qint64 localCallId, QString *error) const;

    static constexpr int kLongestHandAnswer = 500; // as the server's check

    // --- Published playbooks (issue #18 §5) ---
    // Stores publications pulled from the server (pullPublishedPlaybooks) in team_rows; the JSON
    // text is kept for the active revisions only. They have a cursor of their own: the highest
    // server number stored (published_playbook_changes() numbers every change anew).
    bool storePublishedPlaybooks(const std::vector<TeamChange> &changes, QString *error);
    [[nodiscard]] qint64 publishedPlaybookCursor(QString *error) const;
    // Every published revision known on this desk, oldest first (the editor's list).
    [[nodiscard]] std::vector<PlaybookPublication> publications(QString *error) const;
    // The active revision of each published playbook, with its JSON text.
    [[nodiscard]] std::vector<PublishedPlaybook> activePublishedPlaybooks(QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace steadyline::sync
