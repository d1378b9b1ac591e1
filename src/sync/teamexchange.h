#pragma once

#include "playbook/publishedplaybooks.h"
#include "serveraddress.h"
#include "teamstore.h"
#include "trainingassignments.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace steadyline::sync {

// The oldest and newest server schema a desk of this version works with.
// 4: the team's policy for the cool-down and the raised hand, caller keys, hand answers.
// 5: calls.method_end, the timeline's half of the incident rule (the lead's board reads it).
// 6: team promises (reassign_promise, hand_back_promise, reassign_all_promises, team_members).
// 7: playbooks published to the team (published_playbook_changes()).
// 9: training assigned by the lead (the kinds training_assignment and training_withdrawal).
// 10 (not needed by the desk): the dashboard's call summaries; it drops team_member_logins(),
//    which no desk calls.
inline constexpr int kMinimumServerSchema = 9;
[[nodiscard]] int newestServerSchema();

// The team's policy as a desk reads it (desk_policy()).
struct DeskPolicy
{
    bool noteTextLeavesDesk = false;
    int coolDownSeconds = 180;
    bool raiseHandAtFinalWarning = false;
    QByteArray callerKeySecret; // the key of caller keys (bytes); members only
};

// Who the server takes the desk for, and the team's policy.
struct ServerIdentity
{
    int schemaVersion = 0;
    QString login;
    QString role;
    QString team;
    bool noteTextLeavesDesk = false;
    DeskPolicy policy;
};

// A case reference as it is compared: Unicode NFKC, without white space, in upper case, so that
// "zg-2026/0042 " and "ZG-2026/0042" are one caller.
[[nodiscard]] QString normalisedCaseReference(const QString &caseReference);
// The caller key the server stores instead of a case reference: lower-case hex of
// HMAC-SHA256(team secret, the normalised reference). Empty for an empty reference or secret.
[[nodiscard]] QString callerKey(const QString &caseReference, const QByteArray &secret);

// Opens a QPSQL connection named `connectionName` (in the calling thread) with short timeouts
// and TCP keepalives, so a dead server is noticed. The password comes from `address` when it
// has one, else from libpq's password file. false with a plain, translated sentence (what went
// wrong, what to do) in `error`, and `unreachable` (when given) true when the network or the
// server is away, which waiting may cure, false for what a person must fix (password, certificate).
bool openServerConnection(const server::ServerAddress &address, const QString &connectionName, QString *error,
                          bool *unreachable = nullptr);

// The changes as push_changes takes them: a note's text is dropped unless the team shares it,
// and masked (journal::redact) when it does; a call's case reference never leaves: it becomes
// its caller key (nothing without a secret).
[[nodiscard]] QByteArray changesForServer(const std::vector<OutboxChange> &changes, bool shareNoteText,
                                          const QByteArray &callerKeySecret = {});

// One conversation with the team server on an open connection: blocking, so for the sync
// worker's thread or the command line, never for the window's thread.
class TeamExchange
{
    // lupdate files the texts of these functions under this class: they are looked up there too.
    Q_DECLARE_TR_FUNCTIONS(steadyline::sync::TeamExchange)

public:
    explicit TeamExchange(QSqlDatabase server);

    // Checks that this is a Steadyline server of a schema this desk knows and that the login
    // is a member; nullopt with a plain sentence otherwise.
    [[nodiscard]] std::optional<ServerIdentity> identify(QString *error);
    // The team's policy now (desk_policy()); nullopt with `error`.
    [[nodiscard]] std::optional<DeskPolicy> deskPolicy(QString *error);
    // Stores the changes (one transaction on the server; a change pushed before is skipped).
    // Returns how many were new, or nullopt with `error`. Reads the caller-key secret once per
    // TeamExchange when a call carries a case reference. Requests about a promise's holder and
    // audit entries (kinds promise_holder and audit, see teampromises.h) go, in their order among
    // the others, through their own narrow functions in the same transaction.
    // `refusedForGood` (when given) says whether the server refused the changes themselves (a
    // constraint, a right, a check: class 22, 23, 42, 44 or P0) on a connection that still works,
    // which no retry cures, or failed in a way that waiting may cure (network, server away,
    // serialization).
    [[nodiscard]] std::optional<int> push(const std::vector<OutboxChange> &changes, bool shareNoteText, QString *error,
                                          bool *refusedForGood = nullptr);
    // Writes one entry in the audit log in this login's name (record_audit(); #18 §8): an action the
    // server knows (e.g. call_opened, export) and a JSON object of ids, never a caller's data.
    bool recordAudit(const QString &action, const QJsonObject &detail, QString *error);
    // The logins of a lead's own team (team_members()), for the member picker; nullopt with `error`.
    [[nodiscard]] std::optional<QStringList> teamMembers(QString *error);
    // How many incidents the team had with this caller in the last `days` days (caller_incidents()):
    // only the caller key is sent.
    [[nodiscard]] std::optional<int> callerIncidents(const QString &caseReference, int days, QString *error);
    [[nodiscard]] std::optional<std::vector<TeamChange>> pull(qint64 since, int maxRows, QString *error);

    // --- Published playbooks (issue #18 §5) ---
    // Publishes a playbook's JSON text to `team` as the active revision of its playbook (a lead
    // or admin of the team only; the server records it in the audit log). The publication as
    // stored, or nullopt with `error` (the server's reason: an older revision, not a lead, ...).
    [[nodiscard]] std::optional<PlaybookPublication> publishPlaybook(const QString &team, const QByteArray &json,
                                                                     const QString &note, QString *error);
    // Makes an earlier published revision the active one again (audited on the server).
    bool rollBackPlaybook(const QString &team, const QString &playbookId, int revision, QString *error);
    // The team's publications changed past `since` (kind "published_playbook": every revision
    // with who, when and note; the JSON text of the active ones only), oldest first.
    [[nodiscard]] std::optional<std::vector<TeamChange>> pullPublishedPlaybooks(qint64 since, QString *error);
    // A cheap round trip; false when the connection is dead.
    [[nodiscard]] bool heartbeat();

    // Training assigned by the lead (issue #18 §7), for a lead or an admin only (the logins to
    // choose from are teamMembers()): the team's assignments not withdrawn, done and scored by
    // the server from the team's attempts (team_training_assignments()), newest first: what the
    // lead's dashboard shows.
    [[nodiscard]] std::optional<std::vector<TrainingAssignment>> teamTrainingAssignments(const QString &team,
                                                                                         QString *error);

private:
    [[nodiscard]] std::optional<QByteArray> callerKeySecret(QString *error);
    [[nodiscard]] std::optional<int> pushInOrder(const std::vector<OutboxChange> &changes, bool shareNoteText,
                                                 QString *error);
    [[nodiscard]] std::optional<int> pushChanges(const std::vector<OutboxChange> &changes, bool shareNoteText,
                                                 QString *error);
    // A promise_holder request; true when the server answered (done or refused with a reason,
    // which it records for this login's desk to pull).
    bool sendHolderChange(const OutboxChange &change, QString *error);
    // A push's statement failed: its sentence in `error`, its SQLSTATE kept for push(); false.
    bool pushFailed(const QSqlQuery &query, QString *error);

    QString m_pushFailureState; // the SQLSTATE of the last push statement that failed

    QSqlDatabase m_server;
    std::optional<QByteArray> m_callerKeySecret;
};

} // namespace steadyline::sync
