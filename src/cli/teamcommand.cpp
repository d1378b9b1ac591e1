#include "teamcommand.h"

#include "commandio.h"
#include "commandline.h"
#include "journal/journal.h"
#include "outboxpush.h"
#include "passwordinput.h"
#include "playbook/playbookloader.h"
#include "playbook/publishedplaybooks.h"
#include "settings/settings.h"
#include "subcommandline.h"
#include "teamexchange.h"
#include "teamjoin.h"
#include "teamstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace steadyline::cli {

namespace {

const QString kCommand = QStringLiteral("team");
const QString kConnection = QStringLiteral("steadyline-team-command");

QString tr(const char *text)
{
    return QCoreApplication::translate("steadyline::cli", text);
}

// The server connection of one command, closed and removed at the end.
class ServerSession
{
public:
    ServerSession() = default;
    ~ServerSession()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(kConnection, false);
            if (db.isValid())
                db.close();
        }
        if (QSqlDatabase::contains(kConnection))
            QSqlDatabase::removeDatabase(kConnection);
    }
    ServerSession(const ServerSession &) = delete;
    ServerSession &operator=(const ServerSession &) = delete;

    bool open(const server::ServerAddress &address, QString *error)
    {
        return sync::openServerConnection(address, kConnection, error);
    }
    // Opens it and has the server say who this login is: false with the reason when either fails.
    bool openIdentified(const server::ServerAddress &address, QString *error)
    {
        return open(address, error) && exchange().identify(error).has_value();
    }
    [[nodiscard]] sync::TeamExchange exchange() const
    {
        return sync::TeamExchange(QSqlDatabase::database(kConnection, false));
    }
};

std::unique_ptr<journal::Journal> openJournal(SubcommandLine &line)
{
    QString error;
    auto journal = journal::Journal::open(journalFolder(line.invocation().dataDir), &error);
    if (!journal)
        line.stop(line.fail(error));
    return journal;
}

sync::TeamStore storeOf(const journal::Journal &journal)
{
    return sync::TeamStore(QSqlDatabase::database(journal.connectionName(), false));
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : tr("never");
}

int runJoin(const Invocation &invocation)
{
    SubcommandLine line(
        invocation, kCommand, QStringLiteral("join"),
        QStringLiteral(
            "Joins this desk to a team server. The password is read from standard input and kept in libpq's password "
            "file (~/.pgpass, or $PGPASSFILE), readable by you alone; the server's address goes to the settings. From "
            "then on every call, note, promise and rehearsal is also queued for the team.\n"
            "Example: steadyline team join 'postgresql://server.example/steadyline?sslmode=verify-full&sslrootcert="
            "/etc/steadyline/ca.crt' --login anna\n"
            "Exit status: 0 joined, 1 refused (nothing was changed), 2 wrong usage."));
    QCommandLineParser &parser = line.parser;
    const QCommandLineOption login(QStringLiteral("login"), QStringLiteral("Your login on the team server."),
                                   QStringLiteral("LOGIN"));
    parser.addOption(login);
    parser.addPositionalArgument(QStringLiteral("URL"), QStringLiteral("The team server, as your admin gave it."));
    if (!line.parse())
        return line.exitCode();
    if (parser.positionalArguments().size() != 1)
        return line.usage(tr("name the team server's URL."));
    QString error;
    const auto address = sync::TeamJoin::address(parser.positionalArguments().first(), parser.value(login), &error);
    if (!address)
        return line.usage(error);
    const std::optional<QString> password = readPassword(tr("Password for %1: ").arg(address->user), invocation.err);
    if (!password || password->isEmpty())
        return line.fail(tr("no password was given on standard input."));

    // The server is asked before the journal is even opened: a refusal leaves the desk as it was
    // (no journal made for a desk that never joined, no password stored).
    const auto identity = sync::TeamJoin::checkServer(*address, *password, &error);
    if (!identity)
        return line.fail(error);
    auto journal = openJournal(line);
    if (!journal)
        return line.exitCode();
    Settings settings;
    if (!sync::TeamJoin(*journal, settings).record(*address, *password, *identity, &error))
        return line.fail(error);
    writeLine(invocation.out, tr("Joined team '%1' on %2 as %3 (%4). Changes from now on are shared; run steadyline "
                                 "team sync or start Steadyline to send them.")
                                  .arg(identity->team, address->displayText(), identity->login, identity->role));
    return Success;
}

// The journal, the membership and the server's address of a desk that joined; nullopt (the
// subcommand stopped) otherwise.
struct JoinedDesk
{
    std::unique_ptr<journal::Journal> journal;
    sync::Membership membership;
    server::ServerAddress address;
};

std::optional<JoinedDesk> joinedDesk(SubcommandLine &line)
{
    JoinedDesk desk;
    desk.journal = openJournal(line);
    if (!desk.journal)
        return std::nullopt;
    QString error;
    const auto membership = storeOf(*desk.journal).membership(&error);
    if (!membership) {
        line.stop(line.fail(error.isEmpty() ? tr("this desk has not joined a team: run steadyline team join URL "
                                                 "--login LOGIN first.")
                                            : error));
        return std::nullopt;
    }
    desk.membership = *membership;
    const auto address = server::parseServerUrl(membership->server, &error);
    if (!address) {
        line.stop(line.fail(error));
        return std::nullopt;
    }
    desk.address = *address;
    return desk;
}

// What `team sync` says of the changes the server refused for good in this run.
QString refusedText(int count, const QString &reason)
{
    return QCoreApplication::translate("steadyline::cli",
                                       "%n changes refused by the team server and kept on this desk, no longer "
                                       "waiting (steadyline team status lists them): %1",
                                       nullptr, count)
        .arg(reason);
}

int runStatus(const Invocation &invocation)
{
    SubcommandLine line(
        invocation, kCommand, QStringLiteral("status"),
        QStringLiteral(
            "Shows this desk's team server, whether it can be reached now, the changes waiting to be sent, and when "
            "changes were last sent and received.\nExit status: 0 shown, 1 not joined or the journal cannot be read."));
    if (!line.parse())
        return line.exitCode();
    auto desk = joinedDesk(line);
    if (!desk)
        return line.exitCode();
    QString error;
    const int waiting = storeOf(*desk->journal).waiting(&error);
    QString state;
    {
        ServerSession session;
        if (session.openIdentified(desk->address, &error))
            state = tr("online");
        else
            state = tr("offline: %1").arg(error);
    }
    writeLine(invocation.out, tr("Server: %1").arg(desk->membership.server));
    writeLine(invocation.out, tr("Login: %1 (team '%2')").arg(desk->membership.login, desk->membership.team));
    writeLine(invocation.out, tr("Connection: %1").arg(state));
    writeLine(invocation.out, tr("Changes waiting: %1").arg(waiting));
    writeLine(invocation.out, tr("Last push: %1").arg(timeText(desk->membership.lastPush)));
    writeLine(invocation.out, tr("Last pull: %1").arg(timeText(desk->membership.lastPull)));
    const std::vector<sync::RefusedChange> refused = storeOf(*desk->journal).refusedChanges(&error);
    if (!refused.empty())
        writeLine(invocation.out, QCoreApplication::translate("steadyline::cli", "%n changes refused by the server: %1",
                                                              nullptr, int(refused.size()))
                                      .arg(refused.back().reason));
    return Success;
}

int runSync(const Invocation &invocation)
{
    SubcommandLine line(
        invocation, kCommand, QStringLiteral("sync"),
        QStringLiteral("Sends the changes waiting on this desk to the team server and receives the team's, once.\n"
                       "Exit status: 0 nothing is left waiting, 1 changes are still waiting (the message says why)."));
    if (!line.parse())
        return line.exitCode();
    auto desk = joinedDesk(line);
    if (!desk)
        return line.exitCode();
    sync::TeamStore store = storeOf(*desk->journal);
    QString error;
    ServerSession session;
    std::optional<sync::ServerIdentity> identity;
    if (session.open(desk->address, &error))
        identity = session.exchange().identify(&error);
    int pushed = 0;
    int pulled = 0;
    if (identity) {
        sync::TeamExchange server = session.exchange();
        constexpr int kBatch = 200;
        sync::PushOutcome outcome;
        sync::pushOutbox(store, server, identity->noteTextLeavesDesk, kBatch, &outcome, &error);
        pushed = outcome.pushed;
        if (outcome.refused > 0)
            writeLine(invocation.err,
                      QStringLiteral("steadyline team sync: %1").arg(refusedText(outcome.refused, outcome.refusal)));
        constexpr int kPullRows = 1000;
        while (error.isEmpty()) {
            const auto membership = store.membership(&error);
            if (!membership)
                break;
            const qint64 takenBeforePull = store.pushedThroughSeq(&error);
            const auto changes = server.pull(membership->cursor, kPullRows, &error);
            if (!changes || !store.storePulled(*changes, QDateTime::currentDateTime(), &error,
                                               changes->size() < kPullRows ? takenBeforePull : 0))
                break;
            pulled += int(changes->size());
            if (changes->size() < kPullRows)
                break;
        }
        // The team's published playbooks, kept where the window's catalog reads them.
        if (error.isEmpty()) {
            const qint64 since = store.publishedPlaybookCursor(&error);
            auto published = error.isEmpty() ? server.pullPublishedPlaybooks(since, &error) : std::nullopt;
            if (published && !published->empty()) {
                for (sync::TeamChange &change : *published)
                    change.team = identity->team;
                if (store.storePublishedPlaybooks(*published, &error)) {
                    const auto active = store.activePublishedPlaybooks(&error);
                    if (error.isEmpty())
                        writePublishedPlaybooks(publishedPlaybookFolder(journalFolder(invocation.dataDir)), active,
                                                &error);
                }
                pulled += int(published->size());
            }
        }
    }
    QString ignored;
    const int waiting = store.waiting(&ignored);
    if (waiting > 0) {
        writeLine(invocation.err, QStringLiteral("steadyline team sync: %1").arg(error));
        writeLine(
            invocation.err,
            tr("%1 changes are still waiting on this desk; they are kept and sent by the next sync.").arg(waiting));
        return Failure;
    }
    if (!error.isEmpty()) {
        // Nothing of this desk's is left to send (exit 0, as documented), but say that the team's
        // changes did not arrive, so that a script's log shows it.
        writeLine(invocation.err, QStringLiteral("steadyline team sync: %1").arg(error));
        writeLine(invocation.err, tr("Nothing is waiting on this desk, but the team's changes could not be received."));
        return Success;
    }
    writeLine(invocation.out, tr("Sent %1 changes, received %2; nothing is waiting.").arg(pushed).arg(pulled));
    return Success;
}

int runLeave(const Invocation &invocation)
{
    SubcommandLine line(
        invocation, kCommand, QStringLiteral("leave"),
        QStringLiteral(
            "Takes this desk out of its team. Your calls, notes and promises stay in this desk's journal; what the "
            "team "
            "shared with you, the changes not yet sent and the password in libpq's password file are removed, and new "
            "changes are no longer queued. Refused while changes wait to be sent: run steadyline team sync first, or "
            "give --discard-waiting to drop them (the team never gets them). Stop Steadyline's window first.\n"
            "Exit status: 0 left, 1 refused (nothing was changed), 2 wrong usage."));
    QCommandLineParser &parser = line.parser;
    const QCommandLineOption discard(QStringLiteral("discard-waiting"),
                                     QStringLiteral("Leave even though changes wait; the team never gets them."));
    parser.addOption(discard);
    if (!line.parse())
        return line.exitCode();
    auto desk = joinedDesk(line);
    if (!desk)
        return line.exitCode();
    Settings settings;
    sync::TeamJoin team(*desk->journal, settings);
    QString error;
    const int waiting = team.waiting(&error);
    if (waiting < 0)
        return line.fail(error);
    if (waiting > 0 && !parser.isSet(discard))
        return line.fail(QCoreApplication::translate(
            "steadyline::cli",
            "%n changes have not reached the team server yet. Run steadyline team sync first, or leave "
            "with --discard-waiting to drop them (they stay in this desk's journal, but the team never "
            "gets them).",
            nullptr, waiting));
    if (!team.leave(parser.isSet(discard), &error))
        return line.fail(error);
    // The team's published playbooks leave with the team.
    if (!writePublishedPlaybooks(publishedPlaybookFolder(journalFolder(invocation.dataDir)), {}, &error))
        writeLine(invocation.err, QStringLiteral("steadyline team leave: %1").arg(error));
    writeLine(invocation.out,
              waiting > 0 ? QCoreApplication::translate("steadyline::cli",
                                                        "Left team '%1'; %n changes that had not been sent were "
                                                        "discarded. Your own calls, notes and promises stay in this "
                                                        "desk's journal.",
                                                        nullptr, waiting)
                                .arg(desk->membership.team)
                          : tr("Left team '%1'. Your own calls, notes and promises stay in this desk's journal.")
                                .arg(desk->membership.team));
    return Success;
}

int runPublish(const Invocation &invocation)
{
    SubcommandLine line(
        invocation, kCommand, QStringLiteral("publish"),
        QStringLiteral(
            "Publishes a playbook file to this desk's team (a lead or admin of the team only): every desk of the team "
            "uses it from its next call. The file is validated first and refused with its first error; its "
            "\"revision\" "
            "must be higher than every revision of the playbook published before. The server records it in the audit "
            "log.\nExit status: 0 published, 1 refused (the message says why), 2 wrong usage."));
    QCommandLineParser &parser = line.parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The playbook's JSON file."));
    const QCommandLineOption note(QStringLiteral("note"),
                                  QStringLiteral("What changed, in a line the team reads (at most 500 characters)."),
                                  QStringLiteral("TEXT"));
    parser.addOption(note);
    if (!line.parse())
        return line.exitCode();
    if (parser.positionalArguments().size() != 1)
        return line.usage(tr("give one playbook file."));
    const QString file = parser.positionalArguments().constFirst();
    const LoadResult loaded = PlaybookLoader::loadFile(file);
    if (!loaded.ok()) {
        for (const Diagnostic &d : loaded.diagnostics) {
            if (d.severity == Severity::Error) {
                writeLine(invocation.err, d.toString());
                break;
            }
        }
        return line.fail(
            tr("%1 has errors and was not published; run steadyline validate %1 for all of them.").arg(file));
    }
    auto desk = joinedDesk(line);
    if (!desk)
        return line.exitCode();
    QString error;
    ServerSession session;
    if (!session.openIdentified(desk->address, &error))
        return line.fail(error);
    const auto publication =
        session.exchange().publishPlaybook(desk->membership.team, loaded.source, parser.value(note), &error);
    if (!publication)
        return line.fail(error);
    writeLine(invocation.out, tr("Published revision %1 of '%2' to team '%3'; desks use it from their next call.")
                                  .arg(publication->revision)
                                  .arg(publication->playbookId, desk->membership.team));
    return Success;
}

int runPlaybooks(const Invocation &invocation)
{
    SubcommandLine line(
        invocation, kCommand, QStringLiteral("playbooks"),
        QStringLiteral(
            "Lists the playbooks published to this desk's team, one revision a line: the playbook, the revision, "
            "whether desks use it now, who published it, when, and the note. Read from the team server.\n"
            "Exit status: 0 listed, 1 not joined or the server cannot be reached."));
    if (!line.parse())
        return line.exitCode();
    auto desk = joinedDesk(line);
    if (!desk)
        return line.exitCode();
    QString error;
    ServerSession session;
    if (!session.openIdentified(desk->address, &error))
        return line.fail(error);
    const auto rows = session.exchange().pullPublishedPlaybooks(0, &error);
    if (!rows)
        return line.fail(error);
    if (rows->empty()) {
        writeLine(invocation.err, tr("Nothing is published to team '%1' yet.").arg(desk->membership.team));
        return Success;
    }
    for (const sync::TeamChange &row : *rows) {
        const QJsonObject &data = row.data;
        writeLine(invocation.out, QStringLiteral("%1  %2  %3  %4  %5  %6")
                                      .arg(data.value(QStringLiteral("playbook_id")).toString())
                                      .arg(data.value(QStringLiteral("revision")).toInt())
                                      .arg(data.value(QStringLiteral("active")).toBool() ? tr("in use") : tr("earlier"))
                                      .arg(row.login, data.value(QStringLiteral("published_at")).toString(),
                                           data.value(QStringLiteral("note")).toString()));
    }
    return Success;
}

} // namespace

int runTeam(const Invocation &invocation)
{
    const QString subcommand = invocation.arguments.value(0);
    if (subcommand == QStringLiteral("join"))
        return runJoin(invocation);
    if (subcommand == QStringLiteral("status"))
        return runStatus(invocation);
    if (subcommand == QStringLiteral("sync"))
        return runSync(invocation);
    if (subcommand == QStringLiteral("leave"))
        return runLeave(invocation);
    if (subcommand == QStringLiteral("publish"))
        return runPublish(invocation);
    if (subcommand == QStringLiteral("playbooks"))
        return runPlaybooks(invocation);
    if (subcommand.isEmpty() || subcommand == QStringLiteral("--help") || subcommand == QStringLiteral("-h")) {
        writeLine(subcommand.isEmpty() ? invocation.err : invocation.out,
                  QStringLiteral("Usage: steadyline team join URL --login LOGIN | team status | team sync | team leave "
                                 "[--discard-waiting] | team publish FILE [--note TEXT] | team playbooks\n"
                                 "See steadyline team SUBCOMMAND --help and docs/team-server.md."));
        return subcommand.isEmpty() ? UsageError : Success;
    }
    return usageError(
        invocation.err,
        tr("unknown subcommand '%1': use join, status, sync, leave, publish or playbooks.").arg(subcommand), kCommand);
}

} // namespace steadyline::cli
