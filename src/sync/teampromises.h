#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace steadyline::sync {

// A promise of the team as this desk knows it from the team's rows (issue #18 §4): who made it,
// who holds it now, and its call's context as the server shared it.
struct TeamPromise
{
    QString id;     // the promise's UUID
    QString owner;  // the consultant who made it
    QString holder; // who keeps it now; empty: handed back to the leads
    QString text;
    QDateTime promisedAt;
    QDateTime due; // invalid: no due time
    QString status = QStringLiteral("open");
    QString callId;
    QDateTime callStarted; // invalid when the call is not known here
    QString playbookId;
    int playbookRevision = 0;
    QString channel;
    QStringList notes;  // each note's text, or its tags when the team keeps note text on the desks
    QString movedBy;    // who last changed the holder (empty: nobody yet)
    QDateTime movedAt;  // when (the asker's time)
    QString lastAction; // reassigned, taken, handed_back (empty: never moved)
    qint64 localId = 0; // the promise's id in this journal when this desk made it

    [[nodiscard]] bool isOpen() const { return status == u"open"; }
};

// A request about a promise's holder written on this desk and not yet taken by the server.
struct PendingHolderChange
{
    QString id;     // the request's UUID (the outbox row's)
    QString action; // reassign, hand_back, reassign_all
    QString promiseId;
    QString to;
    QString from;
};

// A request the server refused, with its reason (pulled back as a promise_holder row).
struct HolderRefusal
{
    QString id;
    QString promiseId; // empty when the server could not name it
    QString reason;
    QDateTime at;
};

// The team's promises on the journal's connection: what a lead's Team promises window lists, what a
// consultant holds of a colleague's, which of this desk's own promises went elsewhere (no reminder
// for them here), and the requests queued for the server. Requests go to the outbox like every
// change of the desk and are sent, in order, with the next push (TeamExchange::push) through the
// server's narrow functions (reassign_promise, hand_back_promise, reassign_all_promises).
class TeamPromises
{
public:
    explicit TeamPromises(QSqlDatabase journal);

    // The login this desk joined as; empty when it belongs to no team.
    [[nodiscard]] QString login(QString *error) const;
    // Every promise the team's rows hold, open or not, in the order of their due time (overdue
    // first, those without one last).
    [[nodiscard]] std::vector<TeamPromise> all(QString *error) const;
    // The open ones, for a lead.
    [[nodiscard]] std::vector<TeamPromise> open(QString *error) const;
    // Open promises of colleagues that `holder` holds now.
    [[nodiscard]] std::vector<TeamPromise> heldBy(const QString &holder, QString *error) const;
    // This desk's own promises (journal ids) that someone else holds now, or that a queued
    // hand-back is taking away: the desk no longer reminds of them.
    [[nodiscard]] QSet<qint64> ownHeldElsewhere(QString *error) const;

    [[nodiscard]] std::vector<PendingHolderChange> pending(QString *error) const;
    [[nodiscard]] std::vector<HolderRefusal> refusals(QString *error) const;
    // Logins of the team seen in its rows (the member picker's fallback while offline).
    [[nodiscard]] QStringList knownLogins(QString *error) const;

    // Queue a request; each returns its UUID (empty with `error`).
    QString queueReassign(const QString &promiseId, const QString &to, const QDateTime &at, QString *error);
    QString queueHandBack(const QString &promiseId, const QDateTime &at, QString *error);
    QString queueReassignAll(const QString &from, const QString &to, const QDateTime &at, QString *error);
    // Takes back a request not sent yet; false when it has left already.
    bool withdraw(const QString &requestId, QString *error);
    // The holder (or a lead) marks a colleague's promise kept or cancelled: a status change queued
    // for the server (the journal has no row for it).
    bool queueStatus(const QString &promiseId, const QString &status, const QDateTime &at, QString *error);

private:
    QString queue(const QJsonObject &data, QString *error);

    QSqlDatabase m_db;
};

} // namespace steadyline::sync
