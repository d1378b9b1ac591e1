// Desks and the team server, for real: a private PostgreSQL 15 cluster, the steadyline binary as
// a consultant runs it, and the sync worker in its thread. Two desks join one team; what one
// writes reaches the lead once, whatever happens to the server or the desk in between.
#include "deskfixture.h"
#include "eventually.h"
#include "serveraddress.h"
#include "teamexchange.h"
#include "teamsync.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTranslator>

#include <QMutex>

#include <csignal>

using namespace steadyline;
using namespace steadyline::test;

namespace {

const QString kAnnaPassword = QStringLiteral("anna-secret-1");
const QString kLenaPassword = QStringLiteral("lena-secret-1");

// The cluster with team Claims, the agent anna and the lead lena.
struct TeamFixture : ServerFixture
{
    TeamFixture()
    {
        const CommandRun run = init();
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        addTeam(QStringLiteral("Claims"));
        addUser(QStringLiteral("anna"), QStringLiteral("agent"), QStringLiteral("Claims"), kAnnaPassword);
        addUser(QStringLiteral("lena"), QStringLiteral("lead"), QStringLiteral("Claims"), kLenaPassword);
    }

    [[nodiscard]] int count(const QString &table) const
    {
        return superuserSql(QStringLiteral("SELECT count(*) FROM steadyline.%1").arg(table)).trimmed().toInt();
    }

    void joinBoth(const Desk &anna, const Desk &lena) const
    {
        const CommandRun a = anna.join(url(QStringLiteral("anna")), QStringLiteral("anna"), kAnnaPassword);
        INFO(a.err.toStdString());
        REQUIRE(a.exitCode == 0);
        const CommandRun l = lena.join(url(QStringLiteral("lena")), QStringLiteral("lena"), kLenaPassword);
        INFO(l.err.toStdString());
        REQUIRE(l.exitCode == 0);
    }
};

journal::CallStart callStart()
{
    journal::CallStart start;
    start.caseReference = QStringLiteral("ZG-2026/0042");
    start.playbookId = QStringLiteral("aggressive-caller-pl");
    start.revision = 3;
    start.locale = QStringLiteral("pl");
    return start;
}

void requireSynced(const Desk &desk)
{
    const CommandRun run = desk.sync();
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

// Every file under `folder`, as text, to prove a password is in none of them.
QString everythingIn(const QString &folder)
{
    QString all;
    QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            all += QString::fromUtf8(file.readAll());
    }
    return all;
}

} // namespace

TEST_CASE("Two desks join one team: a call, note and promise reach the lead once, however often pushed")
{
    TeamFixture server;
    Desk anna;
    Desk lena;
    server.joinBoth(anna, lena);
    // The password is in libpq's private file, not in the settings or anywhere else of the desk.
    QFile passwords(anna.passwordFile());
    REQUIRE(passwords.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(passwords.readAll()).contains(kAnnaPassword));
    CHECK(passwords.permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    const QString config = everythingIn(anna.home.filePath(QStringLiteral("config")));
    CHECK(config.contains(QStringLiteral("postgresql://anna@127.0.0.1")));
    CHECK_FALSE(config.contains(kAnnaPassword));
    // A desk login cannot hold up the others' pushes with a transaction left open.
    CHECK(server
              .superuserSql(QStringLiteral("SELECT array_to_string(rolconfig, ',') FROM pg_roles WHERE rolname = "
                                           "'anna'"))
              .contains(QStringLiteral("idle_in_transaction_session_timeout=30s")));

    {
        auto journal = anna.openJournal();
        const qint64 call = journal->beginCall(callStart()).id;
        REQUIRE(journal->addNote(call, QStringLiteral("Klient grozi, tel. 601 234 567")).ok);
        REQUIRE(journal->addPromise(call, QStringLiteral("Oddzwonię jutro"), {}, {}).ok);
        REQUIRE(journal->endCall(call, CallOutcome::EndedByConsultant).ok);
        // Keep a copy of what is about to be pushed, to push it a second time.
        QSqlQuery q(QSqlDatabase::database(journal->connectionName(), false));
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE pushed_before AS SELECT uuid, kind, data FROM outbox")));
    }
    requireSynced(anna);
    CHECK(server.count(QStringLiteral("calls")) == 1);
    CHECK(server.count(QStringLiteral("notes")) == 1);
    CHECK(server.count(QStringLiteral("promises")) == 1);
    // The team keeps note text on the desks (the default policy): the server has none.
    CHECK(server.superuserSql(QStringLiteral("SELECT count(*) FROM steadyline.notes WHERE text IS NULL")).trimmed() ==
          QStringLiteral("1"));

    {
        auto journal = anna.openJournal();
        QSqlQuery q(QSqlDatabase::database(journal->connectionName(), false));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO outbox (uuid, kind, data) SELECT uuid, kind, data FROM "
                                      "pushed_before")));
        QString error;
        CHECK(Desk::store(*journal).waiting(&error) == 4);
    }
    requireSynced(anna);
    CHECK(server.count(QStringLiteral("calls")) == 1);
    CHECK(server.count(QStringLiteral("notes")) == 1);
    CHECK(server.count(QStringLiteral("promises")) == 1);

    requireSynced(lena);
    {
        auto journal = lena.openJournal();
        QString error;
        const auto calls = Desk::store(*journal).teamRows(QStringLiteral("call"), &error);
        REQUIRE(calls.size() == 1);
        CHECK(calls[0].login == QStringLiteral("anna"));
        CHECK(calls[0].data.value(QStringLiteral("outcome")).toString() ==
              callOutcomeName(CallOutcome::EndedByConsultant));
        const auto notes = Desk::store(*journal).teamRows(QStringLiteral("note"), &error);
        REQUIRE(notes.size() == 1);
        CHECK(notes[0].data.value(QStringLiteral("text")).isNull());
        CHECK(Desk::store(*journal).teamRows(QStringLiteral("promise"), &error).size() == 1);
    }

    const CommandRun status = anna.run({QStringLiteral("team"), QStringLiteral("status")});
    INFO(status.err.toStdString());
    CHECK(status.exitCode == 0);
    CHECK(status.out.contains(QStringLiteral("Connection: online")));
    CHECK(status.out.contains(QStringLiteral("Changes waiting: 0")));
    CHECK_FALSE(status.out.contains(QStringLiteral("Last push: never")));
}

TEST_CASE("Joining with bad input says what to do, exits 1 and writes nothing")
{
    TeamFixture server;
    REQUIRE(server.cluster.createDatabase(QStringLiteral("crm")));
    server.superuserSql(QStringLiteral("CREATE ROLE stranger LOGIN PASSWORD 'stranger-secret'"));
    REQUIRE(
        server.cluster
            .psql(server.cluster.superuserUrl(QStringLiteral("crm")), QStringLiteral("CREATE TABLE customers (id int)"))
            .exitCode == 0);
    const QString annaUrl = server.url(QStringLiteral("anna"));
    QString unreachable = annaUrl;
    unreachable.replace(QStringLiteral(":%1/").arg(server.cluster.port()), QStringLiteral(":1/"));
    QString otherCa = annaUrl;
    otherCa.replace(QRegularExpression(QStringLiteral("sslrootcert=[^&]*")),
                    QStringLiteral("sslrootcert=/etc/ssl/certs/ca-certificates.crt"));
    QString otherDatabase = annaUrl;
    otherDatabase.replace(QStringLiteral("/steadyline?"), QStringLiteral("/crm?"));

    struct Case
    {
        const char *what;
        QString url;
        QString login;
        QString password;
        QString expected;
    };
    const std::vector<Case> cases{
        {"wrong password", annaUrl, QStringLiteral("anna"), QStringLiteral("not-her-password"),
         QStringLiteral("password is wrong")},
        {"unreachable server", unreachable, QStringLiteral("anna"), kAnnaPassword,
         QStringLiteral("cannot be reached, so this desk did not join")},
        {"certificate that does not verify", otherCa, QStringLiteral("anna"), kAnnaPassword,
         QStringLiteral("certificate could not be verified")},
        {"another application's database", otherDatabase, QStringLiteral("anna"), kAnnaPassword,
         QStringLiteral("not a Steadyline team server")},
        {"a login that is no member", annaUrl, QStringLiteral("stranger"), QStringLiteral("stranger-secret"),
         QStringLiteral("not a member of any team")},
    };
    // One cluster for all cases (a SECTION would start the cluster again for each).
    const auto unreachableJoin = [&] {
        Desk desk;
        return desk.join(unreachable, QStringLiteral("anna"), kAnnaPassword);
    }();
    INFO(unreachableJoin.err.toStdString());
    // What failed, and what to do about it.
    CHECK(unreachableJoin.err.contains(QStringLiteral("Check the address and the port")));
    CHECK(unreachableJoin.err.contains(QStringLiteral("your team's admin")));
    for (const Case &c : cases) {
        INFO(c.what);
        {
            Desk desk;
            const CommandRun run = desk.join(c.url, c.login, c.password);
            INFO(run.err.toStdString());
            CHECK(run.exitCode == 1);
            CHECK(run.err.contains(c.expected));
            // A desk that never joined has no offline to keep working in.
            CHECK_FALSE(run.err.contains(QStringLiteral("offline")));
            CHECK_FALSE(QFile::exists(desk.passwordFile()));
            // Not even an empty journal for a desk that never joined.
            CHECK_FALSE(QFile::exists(desk.dataDir()));
            CHECK_FALSE(
                everythingIn(desk.home.filePath(QStringLiteral("config"))).contains(QStringLiteral("postgresql://")));
            auto journal = desk.openJournal();
            QString error;
            CHECK_FALSE(Desk::store(*journal).membership(&error).has_value());
        }
    }
}

TEST_CASE("A Polish desk reads the server's refusals in Polish, not only the network's")
{
    // The messages of TeamExchange's own functions were once filed by lupdate under another
    // context than the one the code asked for, so a Polish window showed them in English.
    TeamFixture server;
    REQUIRE(server.cluster.createDatabase(QStringLiteral("crm")));
    QTemporaryDir passwords;
    QFile file(passwords.filePath(QStringLiteral("pgpass")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("*:*:*:anna:%1\n").arg(kAnnaPassword).toUtf8());
    file.close();
    REQUIRE(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    qputenv("PGPASSFILE", QFile::encodeName(file.fileName()));
    QString crmUrl = server.url(QStringLiteral("anna"));
    crmUrl.replace(QStringLiteral("/steadyline?"), QStringLiteral("/crm?"));
    QString error;
    const auto crm = server::parseServerUrl(crmUrl, &error);
    REQUIRE(crm);

    QTranslator polish;
    REQUIRE(polish.load(QStringLiteral("steadyline_pl"), QStringLiteral(STEADYLINE_TRANSLATIONS_DIR)));
    QCoreApplication::installTranslator(&polish);
    const QString connection = QStringLiteral("polish-crm");
    bool unreachable = false;
    REQUIRE(sync::openServerConnection(*crm, connection, &error, &unreachable));
    {
        sync::TeamExchange exchange(QSqlDatabase::database(connection, false));
        CHECK_FALSE(exchange.identify(&error));
    }
    QSqlDatabase::removeDatabase(connection);
    QCoreApplication::removeTranslator(&polish);
    qunsetenv("PGPASSFILE");
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("nie jest serwerem zespołu Steadyline")));
}

TEST_CASE("The server crashes mid-shift: the worker keeps every change and sends each once when it is back")
{
    TeamFixture server;
    Desk anna;
    Desk lena;
    server.joinBoth(anna, lena);
    qputenv("PGPASSFILE", QFile::encodeName(anna.passwordFile()));
    QString error;
    const auto address = server::parseServerUrl(server.url(QStringLiteral("anna")), &error);
    REQUIRE(address);
    const sync::SyncTiming timing = quickSyncTiming();
    auto journal = anna.openJournal();
    {
        sync::TeamSync worker(anna.dataDir(), *address, timing);
        QSignalSpy changes(&worker, &sync::TeamSync::statusChanged);
        worker.start();
        REQUIRE_EVENTUALLY_WITHIN(worker.status().online, 20000);
        CHECK(worker.status().joined);
        CHECK(worker.status().server == address->displayText());

        const qint64 first = journal->beginCall(callStart()).id;
        REQUIRE(journal->addNote(first, QStringLiteral("przed awarią")).ok);
        worker.nudge();
        REQUIRE_EVENTUALLY_WITHIN(worker.status().waiting == 0 && worker.status().lastPush.isValid(), 20000);

        REQUIRE(server.cluster.stopImmediately());
        REQUIRE_EVENTUALLY_WITHIN(!worker.status().online, 20000);
        CHECK_FALSE(worker.status().lastError.isEmpty());
        // The desk keeps working: the journal takes calls while the server is away.
        const qint64 second = journal->beginCall(callStart()).id;
        for (int i = 0; i < 5; ++i)
            REQUIRE(journal->addNote(second, QStringLiteral("w czasie awarii %1").arg(i)).ok);
        REQUIRE(journal->endCall(second, CallOutcome::Resolved).ok);
        REQUIRE_EVENTUALLY_WITHIN(worker.status().waiting == 7, 20000);

        REQUIRE(server.cluster.startAgain());
        REQUIRE_EVENTUALLY_WITHIN(worker.status().online && worker.status().waiting == 0, 30000);
        CHECK(worker.status().lastError.isEmpty());
        CHECK(changes.size() >= 4);
    }
    qunsetenv("PGPASSFILE");
    CHECK(server.count(QStringLiteral("calls")) == 2);
    CHECK(server.count(QStringLiteral("notes")) == 6);
    CHECK(server.superuserSql(QStringLiteral("SELECT count(*) FROM steadyline.calls WHERE outcome = 'resolved'"))
              .trimmed() == QStringLiteral("1"));
    // The worker pulled too: anna's desk holds her own rows as the server numbered them.
    CHECK(Desk::store(*journal).teamRows(QStringLiteral("note"), &error).size() == 6);
}

TEST_CASE("A desk killed mid-push, two desks setting one promise, a clock 3 hours off, a newer server")
{
    TeamFixture server;
    Desk anna;
    Desk lena;
    server.joinBoth(anna, lena);
    // anna's clock runs 3 hours ahead of the server's and lena's.
    ManualClock annaClock(QDateTime::currentDateTimeUtc().addSecs(3 * 3600));
    constexpr int kCalls = 120;
    QString promiseUuid;
    {
        auto journal = anna.openJournal(annaClock);
        for (int i = 0; i < kCalls; ++i) {
            const qint64 call = journal->beginCall(callStart()).id;
            REQUIRE(journal->addTimelineEvent(call, journal::kTimelineStepEntered, QStringLiteral("offer_help")).ok);
            REQUIRE(journal->endCall(call, CallOutcome::Resolved).ok);
        }
        const qint64 call = journal->beginCall(callStart()).id;
        const qint64 promise = journal->addPromise(call, QStringLiteral("Oddzwonię"), {}, {}).id;
        QSqlQuery q(QSqlDatabase::database(journal->connectionName(), false));
        REQUIRE(q.exec(
            QStringLiteral("SELECT uuid FROM shared_ids WHERE kind = 'promise' AND local_id = %1").arg(promise)));
        REQUIRE(q.next());
        promiseUuid = q.value(0).toString();
    }

    // Killed while pushing (or before, or after: whenever the kill lands), then run again.
    QProcess doomed;
    doomed.setProcessEnvironment(anna.environment());
    doomed.start(QStringLiteral(STEADYLINE_BINARY),
                 {QStringLiteral("--data-dir"), anna.dataDir(), QStringLiteral("team"), QStringLiteral("sync")});
    REQUIRE(doomed.waitForStarted());
    QTest::qWait(150);
    ::kill(pid_t(doomed.processId()), SIGKILL);
    REQUIRE(doomed.waitForFinished(10000));
    requireSynced(anna);
    CHECK(server.count(QStringLiteral("calls")) == kCalls + 1);
    CHECK(server.count(QStringLiteral("timeline_events")) == kCalls);
    CHECK(server.count(QStringLiteral("promises")) == 1);

    // The lead pulls by the server's numbers, so anna's times 3 hours ahead hide nothing.
    requireSynced(lena);
    {
        auto journal = lena.openJournal();
        QString error;
        CHECK(Desk::store(*journal).teamRows(QStringLiteral("call"), &error).size() == kCalls + 1);
        // lena cancels the promise now; anna marks it kept afterwards, by the real clock, but
        // her clock says 3 hours later. The rule: the latest desk time wins, whoever pushes last.
        REQUIRE(Desk::store(*journal).queuePromiseStatus(promiseUuid, QStringLiteral("cancelled"),
                                                         QDateTime::currentDateTimeUtc(), &error));
    }
    requireSynced(lena);
    {
        auto journal = anna.openJournal(annaClock);
        QSqlQuery q(QSqlDatabase::database(journal->connectionName(), false));
        REQUIRE(q.exec(QStringLiteral("SELECT local_id FROM shared_ids WHERE uuid = '%1'").arg(promiseUuid)));
        REQUIRE(q.next());
        REQUIRE(journal->setPromiseStatus(q.value(0).toLongLong(), journal::PromiseStatus::Kept).ok);
    }
    requireSynced(anna);
    requireSynced(lena);
    for (const Desk *desk : {&anna, &lena}) {
        auto journal = desk->openJournal();
        QString error;
        CHECK(Desk::store(*journal).promiseStatus(promiseUuid, &error) == QStringLiteral("kept"));
    }
    // A later desk time wins even when pushed before: lena reopens it 4 hours from now.
    {
        auto journal = lena.openJournal();
        QString error;
        REQUIRE(Desk::store(*journal).queuePromiseStatus(promiseUuid, QStringLiteral("open"),
                                                         QDateTime::currentDateTimeUtc().addSecs(4 * 3600), &error));
    }
    requireSynced(lena);
    requireSynced(anna);
    // The agent whose promise it is learns what the lead set (schema version 2 lets her read
    // status changes of her own promises).
    for (const Desk *desk : {&anna, &lena}) {
        auto journal = desk->openJournal();
        QString error;
        CHECK(Desk::store(*journal).promiseStatus(promiseUuid, &error) == QStringLiteral("open"));
    }

    // The server is migrated by a newer Steadyline: this desk says so and keeps its changes.
    server.superuserSql(
        QStringLiteral("INSERT INTO steadyline.schema_version (version, description) VALUES (99, 'future')"));
    {
        auto journal = anna.openJournal();
        const qint64 call = journal->beginCall(callStart()).id;
        REQUIRE(journal->endCall(call, CallOutcome::Resolved).ok);
    }
    const CommandRun refused = anna.sync();
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("newer (schema 99)")));
    CHECK(refused.err.contains(QStringLiteral("2 changes are still waiting")));
    const CommandRun status = anna.run({QStringLiteral("team"), QStringLiteral("status")});
    CHECK(status.exitCode == 0);
    CHECK(status.out.contains(QStringLiteral("Changes waiting: 2")));
    CHECK(status.out.contains(QStringLiteral("Update Steadyline")));
    {
        auto journal = anna.openJournal();
        REQUIRE(journal->beginCall(callStart()).ok);
    }
}

TEST_CASE("team sync exits 0 offline when nothing waits and 1 when changes wait — team leave is explicit about them")
{
    TeamFixture server;
    Desk anna;
    Desk lena;
    server.joinBoth(anna, lena);
    requireSynced(anna);
    REQUIRE(server.cluster.stopImmediately());
    {
        const CommandRun run = anna.sync();
        INFO(run.out.toStdString() << run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.err.contains(QStringLiteral("cannot be reached")));
        CHECK(run.err.contains(QStringLiteral("could not be received")));
    }
    {
        auto journal = anna.openJournal();
        const qint64 call = journal->beginCall(callStart()).id;
        REQUIRE(journal->addNote(call, QStringLiteral("offline")).ok);
    }
    {
        const CommandRun run = anna.sync();
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("2 changes are still waiting")));
    }
    const QString leave = QStringLiteral("leave");
    const QString team = QStringLiteral("team");
    {
        // Changes wait: refused, and nothing changed.
        const CommandRun run = anna.run({team, leave});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("2 changes have not reached the team server yet")));
        CHECK(run.err.contains(QStringLiteral("--discard-waiting")));
        auto journal = anna.openJournal();
        QString error;
        CHECK(Desk::store(*journal).membership(&error).has_value());
        CHECK(Desk::store(*journal).waiting(&error) == 2);
    }
    {
        const CommandRun run = anna.run({team, leave, QStringLiteral("--discard-waiting")});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("Left team 'Claims'; 2 changes that had not been sent were discarded")));
    }
    {
        auto journal = anna.openJournal();
        QString error;
        CHECK_FALSE(Desk::store(*journal).membership(&error).has_value());
        CHECK(error.isEmpty());
        CHECK(Desk::store(*journal).waiting(&error) == 0);
        CHECK(Desk::store(*journal).teamRows(QStringLiteral("call"), &error).empty());
        // The desk's own calls stay; new ones are no longer queued for the team.
        CHECK(journal->calls().value.size() == 1);
        const qint64 call = journal->beginCall(callStart()).id;
        REQUIRE(journal->addNote(call, QStringLiteral("after leaving")).ok);
        CHECK(Desk::store(*journal).waiting(&error) == 0);
    }
    QFile passwords(anna.passwordFile());
    REQUIRE(passwords.open(QIODevice::ReadOnly));
    CHECK_FALSE(passwords.readAll().contains("anna"));
    CHECK(everythingIn(anna.home.filePath(QStringLiteral("config"))).contains(QStringLiteral("postgresql://")) ==
          false);
    {
        const CommandRun run = anna.run({team, leave});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("has not joined a team")));
    }
    // Lena, with nothing waiting, leaves while the server is away too: nothing needs it.
    const CommandRun run = lena.run({team, leave});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Left team 'Claims'.")));
}

namespace {

QMutex warningsLock;
QStringList warnings;

void keepWarning(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    const QMutexLocker locker(&warningsLock);
    warnings << message;
}

} // namespace

TEST_CASE("The worker drops a broken connection without Qt warning that it is still in use")
{
    TeamFixture server;
    Desk anna;
    Desk lena;
    server.joinBoth(anna, lena);
    qputenv("PGPASSFILE", QFile::encodeName(anna.passwordFile()));
    QString error;
    const auto address = server::parseServerUrl(server.url(QStringLiteral("anna")), &error);
    REQUIRE(address);
    // No heartbeat and no timed pull: the broken connection is found by the exchange itself.
    sync::SyncTiming timing = quickSyncTiming();
    timing.heartbeatMs = 600000;
    timing.pullIntervalMs = 600000;
    timing.outboxPollMs = 600000;
    const QtMessageHandler previous = qInstallMessageHandler(keepWarning);
    {
        sync::TeamSync worker(anna.dataDir(), *address, timing);
        worker.start();
        REQUIRE_EVENTUALLY_WITHIN(worker.status().online, 20000);
        REQUIRE(server.cluster.stopImmediately());
        worker.syncNow();
        REQUIRE_EVENTUALLY_WITHIN(!worker.status().online, 20000);
        REQUIRE(server.cluster.startAgain());
        worker.syncNow();
        REQUIRE_EVENTUALLY_WITHIN(worker.status().online, 30000);
    }
    qInstallMessageHandler(previous);
    qunsetenv("PGPASSFILE");
    const QMutexLocker locker(&warningsLock);
    INFO(warnings.join(QLatin1Char('\n')).toStdString());
    CHECK(warnings.filter(QStringLiteral("still in use")).isEmpty());
}

TEST_CASE("A burst of doorbells makes few pulls on the lead's desk, and the last change still arrives (#18)")
{
    TeamFixture server;
    Desk anna;
    Desk lena;
    server.joinBoth(anna, lena);
    // One password file for both: the lead's worker connects as lena, the test pushes as anna.
    QTemporaryDir passwords;
    REQUIRE(passwords.isValid());
    QFile both(passwords.filePath(QStringLiteral("pgpass")));
    REQUIRE(both.open(QIODevice::WriteOnly));
    for (const Desk *desk : {&anna, &lena}) {
        QFile one(desk->passwordFile());
        REQUIRE(one.open(QIODevice::ReadOnly));
        both.write(one.readAll().trimmed() + '\n');
    }
    both.close();
    REQUIRE(both.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    qputenv("PGPASSFILE", QFile::encodeName(both.fileName()));
    QString error;
    const auto annaAddress = server::parseServerUrl(server.url(QStringLiteral("anna")), &error);
    const auto lenaAddress = server::parseServerUrl(server.url(QStringLiteral("lena")), &error);
    REQUIRE(annaAddress);
    REQUIRE(lenaAddress);
    // Only the doorbell pulls: no timed pull, heartbeat or outbox poll during the test.
    sync::SyncTiming timing = quickSyncTiming();
    timing.pullIntervalMs = 600000;
    timing.heartbeatMs = 600000;
    timing.outboxPollMs = 600000;
    timing.doorbellWindowMs = 200;
    const QString annaConnection = QStringLiteral("burst-anna");
    bool unreachable = false;
    REQUIRE(sync::openServerConnection(*annaAddress, annaConnection, &error, &unreachable));
    auto annaJournal = anna.openJournal();
    auto lenaJournal = lena.openJournal();
    constexpr int kNotes = 40;
    {
        sync::TeamSync lead(lena.dataDir(), *lenaAddress, timing);
        QSignalSpy pulls(&lead, &sync::TeamSync::teamRowsArrived);
        lead.start();
        REQUIRE_EVENTUALLY_WITHIN(lead.status().online, 20000);
        QTest::qWait(500); // the pull on connecting is over
        pulls.clear();

        // Each change pushed on its own, as 40 desks would: 40 transactions, 40 doorbells.
        sync::TeamStore annaStore = Desk::store(*annaJournal);
        sync::TeamExchange annaServer(QSqlDatabase::database(annaConnection, false));
        const auto pushWaiting = [&] {
            for (;;) {
                const std::vector<sync::OutboxChange> one = annaStore.nextBatch(1, &error);
                if (one.empty())
                    return;
                REQUIRE(annaServer.push(one, true, &error));
                REQUIRE(annaStore.removePushed(one.back().seq, QDateTime::currentDateTime(), &error));
            }
        };
        QElapsedTimer burst;
        burst.start();
        const qint64 call = annaJournal->beginCall(callStart()).id;
        for (int i = 0; i < kNotes; ++i) {
            REQUIRE(annaJournal->addNote(call, QStringLiteral("notatka %1").arg(i)).ok);
            pushWaiting();
            QTest::qWait(20);
        }
        // The last note rang while a pull was under way or just after one: it arrives all the same.
        REQUIRE_EVENTUALLY_WITHIN(Desk::store(*lenaJournal).teamRows(QStringLiteral("note"), &error).size() == kNotes,
                                  10000);
        const qint64 elapsedMs = burst.elapsed();
        INFO(pulls.size() << " pulls stored rows in " << elapsedMs << " ms");
        // At most one pull per window, give or take the first and the last.
        CHECK(pulls.size() <= elapsedMs / timing.doorbellWindowMs + 3);
        CHECK(pulls.size() >= 2);
    }
    QSqlDatabase::removeDatabase(annaConnection);
    qunsetenv("PGPASSFILE");
}

TEST_CASE("A change the server refuses for good leaves the queue, kept as refused with its reason, and the rest go on")
{
    TeamFixture server;
    Desk anna;
    Desk lena;
    server.joinBoth(anna, lena);
    QString error;
    {
        // An agent answering a raised hand: the server takes that from a lead or admin only. The
        // call and note written after it must not wait behind it.
        auto journal = anna.openJournal();
        const qint64 call = journal->beginCall(callStart()).id;
        const QString callUuid = Desk::store(*journal).callUuid(call, &error);
        REQUIRE_FALSE(callUuid.isEmpty());
        REQUIRE(Desk::store(*journal).queueHandAnswer(callUuid, QStringLiteral("Nie mnie odpowiadać"),
                                                      QDateTime::currentDateTimeUtc(), &error));
        REQUIRE(journal->addNote(call, QStringLiteral("po odmowie")).ok);
    }
    {
        const CommandRun run = anna.sync();
        INFO(run.out.toStdString() << run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.err.contains(QStringLiteral("1 change")));
        CHECK(run.err.contains(QStringLiteral("refused by the team server")));
        CHECK(run.err.contains(QStringLiteral("only a lead or admin")));
    }
    CHECK(server.count(QStringLiteral("calls")) == 1);
    CHECK(server.count(QStringLiteral("notes")) == 1);
    CHECK(server.count(QStringLiteral("hand_answers")) == 0);
    {
        // Kept on the desk with its reason, not waiting any more.
        auto journal = anna.openJournal();
        const sync::TeamStore store = Desk::store(*journal);
        CHECK(store.waiting(&error) == 0);
        const std::vector<sync::RefusedChange> refused = store.refusedChanges(&error);
        REQUIRE(refused.size() == 1);
        CHECK(refused.front().kind == QStringLiteral("hand_answer"));
        CHECK(refused.front().data.value(QStringLiteral("text")).toString() == QStringLiteral("Nie mnie odpowiadać"));
        CHECK(refused.front().reason.contains(QStringLiteral("only a lead or admin")));
    }
    {
        const CommandRun run = anna.run({QStringLiteral("team"), QStringLiteral("status")});
        INFO(run.out.toStdString() << run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("Changes waiting: 0")));
        CHECK(run.out.contains(QStringLiteral("1 change")));
        CHECK(run.out.contains(QStringLiteral("refused by the server: ")));
        CHECK(run.out.contains(QStringLiteral("only a lead or admin")));
    }

    // The worker too: a refusal in the middle of a batch leaves the queue, the changes around it go.
    qputenv("PGPASSFILE", QFile::encodeName(anna.passwordFile()));
    const auto address = server::parseServerUrl(server.url(QStringLiteral("anna")), &error);
    REQUIRE(address);
    auto journal = anna.openJournal();
    const qint64 call = journal->beginCall(callStart()).id;
    REQUIRE(journal->addNote(call, QStringLiteral("przed")).ok);
    REQUIRE(Desk::store(*journal).queueHandAnswer(Desk::store(*journal).callUuid(call, &error),
                                                  QStringLiteral("Znowu nie mnie"), QDateTime::currentDateTimeUtc(),
                                                  &error));
    REQUIRE(journal->addNote(call, QStringLiteral("po")).ok);
    {
        sync::TeamSync worker(anna.dataDir(), *address, quickSyncTiming());
        worker.start();
        REQUIRE_EVENTUALLY_WITHIN(worker.status().online && worker.status().waiting == 0, 20000);
        CHECK(worker.status().refused == 2);
        CHECK(worker.status().refusedReason.contains(QStringLiteral("only a lead or admin")));
        CHECK(worker.status().lastError.isEmpty());
    }
    qunsetenv("PGPASSFILE");
    CHECK(server.count(QStringLiteral("calls")) == 2);
    CHECK(server.count(QStringLiteral("notes")) == 3);
    CHECK(Desk::store(*journal).refusedChanges(&error).size() == 2);
}
