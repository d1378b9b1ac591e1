// Team promises between desks (issue #18 §4) and the audit wrapper (§8), for real: three desks
// (the agents anna and bob, the lead lena), each with its own journal and sync worker, on a private
// PostgreSQL 15 cluster.
#include "deskfixture.h"
#include "eventually.h"
#include "serveraddress.h"
#include "teamexchange.h"
#include "teampromises.h"
#include "teamsync.h"

#include <QDate>
#include <QJsonObject>

#include <algorithm>

using namespace steadyline;
using namespace steadyline::test;

namespace {

QString passwordOf(const QString &login)
{
    return login + QStringLiteral("-secret-1");
}

struct TeamFixture : ServerFixture
{
    TeamFixture()
    {
        const CommandRun run = init();
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        addTeam(QStringLiteral("Claims"));
        for (const auto &[login, role] : {std::pair{"anna", "agent"}, std::pair{"bob", "agent"},
                                          std::pair{"lena", "lead"}, std::pair{"adm", "admin"}})
            addUser(QString::fromLatin1(login), QString::fromLatin1(role), QStringLiteral("Claims"),
                    passwordOf(QString::fromLatin1(login)));
        for (const auto &[desk, login] : {std::pair{&anna, "anna"}, std::pair{&bob, "bob"}, std::pair{&lena, "lena"}}) {
            const CommandRun joined = desk->join(url(QString::fromLatin1(login)), QString::fromLatin1(login),
                                                 passwordOf(QString::fromLatin1(login)));
            INFO(joined.err.toStdString());
            REQUIRE(joined.exitCode == 0);
        }
    }

    [[nodiscard]] server::ServerAddress address(const QString &login) const
    {
        QString error;
        auto parsed = server::parseServerUrl(url(login), &error);
        INFO(error.toStdString());
        REQUIRE(parsed);
        parsed->password = passwordOf(login);
        return *parsed;
    }

    [[nodiscard]] std::unique_ptr<sync::TeamSync> worker(const Desk &desk, const QString &login) const
    {
        auto sync = std::make_unique<sync::TeamSync>(desk.dataDir(), address(login), quickSyncTiming());
        sync->start();
        return sync;
    }

    // steadyline server audit --since today, as `login`.
    [[nodiscard]] CommandRun audit(const QString &login) const
    {
        qputenv("PGPASSWORD", passwordOf(login).toUtf8());
        const CommandRun run =
            runSteadyline({QStringLiteral("server"), QStringLiteral("audit"), QStringLiteral("--since"),
                           QDate::currentDate().toString(Qt::ISODate), QStringLiteral("--db"), url(login)});
        qunsetenv("PGPASSWORD");
        return run;
    }

    Desk anna;
    Desk bob;
    Desk lena;
};

sync::TeamPromises promisesOf(const journal::Journal &journal)
{
    return sync::TeamPromises(QSqlDatabase::database(journal.connectionName(), false));
}

journal::CallStart callStart()
{
    journal::CallStart start;
    start.caseReference = QStringLiteral("ZG-2026/0042");
    start.playbookId = QStringLiteral("aggressive-caller-pl");
    start.revision = 3;
    start.locale = QStringLiteral("pl");
    return start;
}

std::optional<sync::TeamPromise> findByText(const std::vector<sync::TeamPromise> &promises, const QString &text)
{
    const auto found = std::find_if(promises.begin(), promises.end(),
                                    [&](const sync::TeamPromise &promise) { return promise.text == text; });
    return found == promises.end() ? std::nullopt : std::optional<sync::TeamPromise>(*found);
}

} // namespace

TEST_CASE("A promise the lead reassigns reaches the colleague's desk with its context and leaves the maker's")
{
    TeamFixture server;
    auto annaJournal = server.anna.openJournal();
    auto bobJournal = server.bob.openJournal();
    auto lenaJournal = server.lena.openJournal();
    const auto annaSync = server.worker(server.anna, QStringLiteral("anna"));
    const auto bobSync = server.worker(server.bob, QStringLiteral("bob"));
    const auto lenaSync = server.worker(server.lena, QStringLiteral("lena"));
    REQUIRE_EVENTUALLY(annaSync->status().online && bobSync->status().online && lenaSync->status().online);

    // Anna's call with two promises, one overdue.
    const qint64 call = annaJournal->beginCall(callStart()).id;
    const qint64 callBack = annaJournal
                                ->addPromise(call, QStringLiteral("Call back about the invoice"), {},
                                             QDateTime::currentDateTime().addSecs(-300))
                                .id;
    const qint64 letter =
        annaJournal->addPromise(call, QStringLiteral("Send the letter"), {}, QDateTime::currentDateTime().addDays(1))
            .id;
    REQUIRE(annaJournal->endCall(call, CallOutcome::Resolved).ok);
    annaSync->nudge();

    // The lead's desk lists both, overdue first, held by Anna.
    QString error;
    REQUIRE_EVENTUALLY(promisesOf(*lenaJournal).open(&error).size() == 2);
    const std::vector<sync::TeamPromise> open = promisesOf(*lenaJournal).open(&error);
    CHECK(open[0].text == QStringLiteral("Call back about the invoice"));
    CHECK(open[0].holder == QStringLiteral("anna"));
    CHECK(open[0].owner == QStringLiteral("anna"));
    CHECK(open[0].playbookId == QStringLiteral("aggressive-caller-pl"));
    CHECK(open[1].text == QStringLiteral("Send the letter"));
    CHECK(promisesOf(*bobJournal).heldBy(QStringLiteral("bob"), &error).empty());

    // She gives the overdue one to Bob; his desk holds it with its call's context.
    auto lenaPromises = promisesOf(*lenaJournal);
    const QString request =
        lenaPromises.queueReassign(open[0].id, QStringLiteral("bob"), QDateTime::currentDateTime(), &error);
    REQUIRE_FALSE(request.isEmpty());
    CHECK(lenaPromises.pending(&error).size() == 1);
    lenaSync->nudge();
    REQUIRE_EVENTUALLY(promisesOf(*bobJournal).heldBy(QStringLiteral("bob"), &error).size() == 1);
    const sync::TeamPromise held = promisesOf(*bobJournal).heldBy(QStringLiteral("bob"), &error).front();
    CHECK(held.text == QStringLiteral("Call back about the invoice"));
    CHECK(held.owner == QStringLiteral("anna"));
    CHECK(held.movedBy == QStringLiteral("lena"));
    CHECK(held.playbookId == QStringLiteral("aggressive-caller-pl"));
    CHECK(held.playbookRevision == 3);
    CHECK(held.callStarted.isValid());
    CHECK(held.due.isValid());
    CHECK(held.due < QDateTime::currentDateTime());
    REQUIRE_EVENTUALLY(lenaPromises.pending(&error).empty());
    // Anna's desk no longer counts it as hers to keep; the other one stays.
    REQUIRE_EVENTUALLY(promisesOf(*annaJournal).ownHeldElsewhere(&error) == QSet<qint64>{callBack});
    CHECK_FALSE(promisesOf(*annaJournal).ownHeldElsewhere(&error).contains(letter));

    // Bob keeps it: the status reaches the lead and Anna.
    REQUIRE(promisesOf(*bobJournal).queueStatus(held.id, QStringLiteral("kept"), QDateTime::currentDateTime(), &error));
    bobSync->nudge();
    REQUIRE_EVENTUALLY(promisesOf(*lenaJournal).open(&error).size() == 1);
    REQUIRE_EVENTUALLY(
        !findByText(promisesOf(*annaJournal).open(&error), QStringLiteral("Call back about the invoice")));
    // Bob's desk reads its own change back with its next pull (its outbox is emptied just before).
    REQUIRE_EVENTUALLY(promisesOf(*bobJournal).heldBy(QStringLiteral("bob"), &error).empty());

    // A request the server refuses comes back with its reason.
    const QString refused =
        lenaPromises.queueReassign(open[1].id, QStringLiteral("nobody"), QDateTime::currentDateTime(), &error);
    lenaSync->nudge();
    REQUIRE_EVENTUALLY(!lenaPromises.refusals(&error).empty());
    CHECK(lenaPromises.refusals(&error).front().id == refused);
    CHECK(lenaPromises.refusals(&error).front().reason == QStringLiteral("nobody is not a member of the team Claims"));

    // Anna is away: everything open she holds goes to Bob in one request.
    REQUIRE_FALSE(
        lenaPromises
            .queueReassignAll(QStringLiteral("anna"), QStringLiteral("bob"), QDateTime::currentDateTime(), &error)
            .isEmpty());
    lenaSync->nudge();
    REQUIRE_EVENTUALLY(promisesOf(*bobJournal).heldBy(QStringLiteral("bob"), &error).size() == 1);
    CHECK(promisesOf(*bobJournal).heldBy(QStringLiteral("bob"), &error).front().text ==
          QStringLiteral("Send the letter"));
    REQUIRE_EVENTUALLY(promisesOf(*annaJournal).ownHeldElsewhere(&error).contains(letter));

    // Bob hands it back: the lead sees it without a holder; Bob holds nothing.
    REQUIRE_FALSE(promisesOf(*bobJournal)
                      .queueHandBack(promisesOf(*bobJournal).heldBy(QStringLiteral("bob"), &error).front().id,
                                     QDateTime::currentDateTime(), &error)
                      .isEmpty());
    bobSync->nudge();
    REQUIRE_EVENTUALLY(
        findByText(promisesOf(*lenaJournal).open(&error), QStringLiteral("Send the letter")) &&
        findByText(promisesOf(*lenaJournal).open(&error), QStringLiteral("Send the letter"))->holder.isEmpty());
    REQUIRE_EVENTUALLY(promisesOf(*bobJournal).heldBy(QStringLiteral("bob"), &error).empty());
    CHECK(server.superuserSql(QStringLiteral("SELECT string_agg(action, ',' ORDER BY id) FROM steadyline.audit_log"))
              .trimmed() == QStringLiteral("promise_reassigned,promise_reassigned,promise_handed_back"));
}

TEST_CASE("A hand-back is taken back while it has not left the desk")
{
    TeamFixture server;
    auto bobJournal = server.bob.openJournal();
    auto bob = promisesOf(*bobJournal);
    QString error;
    // What Bob's desk pulled when the lead gave him Anna's promise (no worker runs here).
    const QString promiseId = QStringLiteral("31111111-1111-4111-8111-111111111111");
    const QJsonObject given{
        {QStringLiteral("promise_id"), promiseId},
        {QStringLiteral("action"), QStringLiteral("reassigned")},
        {QStringLiteral("holder"), QStringLiteral("bob")},
        {QStringLiteral("previous"), QStringLiteral("anna")},
        {QStringLiteral("owner"), QStringLiteral("anna")},
        {QStringLiteral("at"), QStringLiteral("2026-12-06T11:00:00+00:00")},
        {QStringLiteral("context"),
         QJsonObject{{QStringLiteral("promise"),
                      QJsonObject{{QStringLiteral("text"), QStringLiteral("Call back")},
                                  {QStringLiteral("at"), QStringLiteral("2026-12-06T10:00:00+00:00")}}}}}};
    REQUIRE(
        Desk::store(*bobJournal)
            .storePulled({{7, QStringLiteral("promise_holder"), QStringLiteral("41111111-1111-4111-8111-111111111111"),
                           QStringLiteral("lena"), QStringLiteral("Claims"), given}},
                         QDateTime::currentDateTime(), &error, 0));
    REQUIRE(bob.heldBy(QStringLiteral("bob"), &error).size() == 1);

    // Handed back: gone from his promises at once, waiting in the outbox.
    const QString request = bob.queueHandBack(promiseId, QDateTime::currentDateTime(), &error);
    REQUIRE_FALSE(request.isEmpty());
    CHECK(bob.pending(&error).size() == 1);
    CHECK(bob.heldBy(QStringLiteral("bob"), &error).empty());
    // Taken back before it was sent: his again.
    CHECK(bob.withdraw(request, &error));
    CHECK(bob.pending(&error).empty());
    CHECK(bob.heldBy(QStringLiteral("bob"), &error).size() == 1);
    // Gone already: nothing to take back.
    CHECK_FALSE(bob.withdraw(request, &error));
    CHECK(error.isEmpty());
}

TEST_CASE("The audit wrapper writes in the member's name, through the worker too, and only an admin reads the log")
{
    TeamFixture server;
    // Directly, on a connection of the lead's.
    QString error;
    REQUIRE(sync::openServerConnection(server.address(QStringLiteral("lena")), QStringLiteral("audit-test"), &error));
    {
        sync::TeamExchange exchange(QSqlDatabase::database(QStringLiteral("audit-test"), false));
        CHECK(exchange.recordAudit(
            QStringLiteral("call_opened"),
            {{QStringLiteral("call_id"), QStringLiteral("11111111-1111-4111-8111-111111111111")}}, &error));
        CHECK(error.isEmpty());
        CHECK_FALSE(exchange.recordAudit(QStringLiteral("coffee_break"), {}, &error));
        CHECK(error.contains(QStringLiteral("not an action the audit log records")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("audit-test"));

    // Through the worker: queued in the outbox, sent with the next push.
    auto lenaJournal = server.lena.openJournal();
    const auto lenaSync = server.worker(server.lena, QStringLiteral("lena"));
    CHECK_FALSE(lenaSync->recordAudit(QStringLiteral("coffee_break"), {}));
    REQUIRE(
        lenaSync->recordAudit(QStringLiteral("export"), {{QStringLiteral("what"), QStringLiteral("promises.csv")}}));
    REQUIRE_EVENTUALLY(server.superuserSql(QStringLiteral("SELECT count(*) FROM steadyline.audit_log")).trimmed() ==
                       QStringLiteral("2"));
    REQUIRE_EVENTUALLY(lenaSync->status().waiting == 0);

    const CommandRun admin = server.audit(QStringLiteral("adm"));
    INFO(admin.err.toStdString());
    REQUIRE(admin.exitCode == 0);
    const QStringList lines = admin.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].contains(QStringLiteral("  lena  Claims  call_opened  ")));
    CHECK(lines[1].contains(QStringLiteral("  lena  Claims  export  ")));
    CHECK(lines[1].contains(QStringLiteral("promises.csv")));
    for (const QString &login : {QStringLiteral("lena"), QStringLiteral("anna")}) {
        const CommandRun refused = server.audit(login);
        INFO(login.toStdString());
        CHECK(refused.exitCode != 0);
        CHECK_FALSE(refused.out.contains(QStringLiteral("call_opened")));
    }
}
