// Team features between desks (issue #18), for real: a consultant's desk and a lead's desk, each
// with its own journal and sync worker, on a private PostgreSQL 15 cluster. A raised hand reaches
// the lead, the answer reaches the consultant, a caller's earlier incidents are counted without
// the case reference leaving the desk, and the team's policy holds while the server is away.
#include "deskfixture.h"
#include "eventually.h"
#include "serveraddress.h"
#include "teamexchange.h"
#include "teamsync.h"

#include <QSignalSpy>

#include <algorithm>

using namespace steadyline;
using namespace steadyline::test;

namespace {

const QString kAnnaPassword = QStringLiteral("anna-secret-1");
const QString kLenaPassword = QStringLiteral("lena-secret-1");
const QString kReference = QStringLiteral("ZG-2026/0042");

// Team Claims: the agent anna and the lead lena, both joined.
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
        const CommandRun a = anna.join(url(QStringLiteral("anna")), QStringLiteral("anna"), kAnnaPassword);
        INFO(a.err.toStdString());
        REQUIRE(a.exitCode == 0);
        const CommandRun l = lena.join(url(QStringLiteral("lena")), QStringLiteral("lena"), kLenaPassword);
        INFO(l.err.toStdString());
        REQUIRE(l.exitCode == 0);
    }

    // A worker for a desk; two desks share this process, so each address carries its password.
    [[nodiscard]] std::unique_ptr<sync::TeamSync> worker(const Desk &desk, const QString &login,
                                                         const QString &password) const
    {
        QString error;
        auto address = server::parseServerUrl(url(login), &error);
        INFO(error.toStdString());
        REQUIRE(address);
        address->password = password;
        auto sync = std::make_unique<sync::TeamSync>(desk.dataDir(), *address, quickSyncTiming());
        sync->start();
        return sync;
    }

    Desk anna;
    Desk lena;
};

journal::CallStart callStart()
{
    journal::CallStart start;
    start.caseReference = kReference;
    start.playbookId = QStringLiteral("aggressive-caller-pl");
    start.revision = 3;
    start.locale = QStringLiteral("pl");
    return start;
}

} // namespace

TEST_CASE("A raised hand reaches the lead, the answer reaches the desk, and the case reference stays on the desk")
{
    TeamFixture server;
    auto annaJournal = server.anna.openJournal();
    auto lenaJournal = server.lena.openJournal();
    const auto annaSync = server.worker(server.anna, QStringLiteral("anna"), kAnnaPassword);
    const auto lenaSync = server.worker(server.lena, QStringLiteral("lena"), kLenaPassword);
    QSignalSpy arrived(lenaSync.get(), &sync::TeamSync::teamRowsArrived);
    REQUIRE_EVENTUALLY(annaSync->status().online && lenaSync->status().online);

    const qint64 call = annaJournal->beginCall(callStart()).id;
    REQUIRE(annaJournal
                ->addTimelineEvent(call, QStringLiteral("hand_raised"), QStringLiteral("final-warning"),
                                   QStringLiteral("Ostatnie ostrzeżenie"))
                .ok);
    annaSync->nudge();

    // The lead's desk holds the raised hand, and said so.
    QString error;
    const auto raisedHand = [&]() -> std::optional<sync::TeamChange> {
        for (const sync::TeamChange &row : Desk::store(*lenaJournal).teamRows(QStringLiteral("timeline"), &error))
            if (row.data.value(QStringLiteral("kind")).toString() == QStringLiteral("hand_raised"))
                return row;
        return std::nullopt;
    };
    REQUIRE_EVENTUALLY(raisedHand().has_value());
    const sync::TeamChange hand = *raisedHand();
    CHECK(hand.login == QStringLiteral("anna"));
    CHECK(hand.data.value(QStringLiteral("detail")).toString() == QStringLiteral("Ostatnie ostrzeżenie"));
    REQUIRE_EVENTUALLY(std::any_of(arrived.begin(), arrived.end(), [](const QList<QVariant> &signal) {
        return signal.at(0).toStringList().contains(QStringLiteral("timeline"));
    }));

    // The lead answers; the consultant's desk shows it against her call.
    const QString callUuid = hand.data.value(QStringLiteral("call_id")).toString();
    CHECK(Desk::store(*annaJournal).callUuid(call, &error) == callUuid);
    CHECK(Desk::store(*lenaJournal).callUuid(call, &error).isEmpty()); // not a call of the lead's desk
    CHECK_FALSE(Desk::store(*lenaJournal).queueHandAnswer(callUuid, QStringLiteral("   "), {}, &error));
    CHECK_FALSE(error.isEmpty());
    error.clear();
    const QDateTime answeredAt = QDateTime::currentDateTime();
    REQUIRE(
        Desk::store(*lenaJournal).queueHandAnswer(callUuid, QStringLiteral("Idę, dwie minuty"), answeredAt, &error));
    lenaSync->nudge();
    REQUIRE_EVENTUALLY(!Desk::store(*annaJournal).handAnswers(&error).empty());
    const sync::HandAnswer answer = Desk::store(*annaJournal).handAnswers(&error).front();
    CHECK(answer.callUuid == callUuid);
    CHECK(answer.localCallId == call);
    CHECK(answer.text == QStringLiteral("Idę, dwie minuty"));
    CHECK(answer.lead == QStringLiteral("lena"));
    CHECK(answer.at.toSecsSinceEpoch() == answeredAt.toSecsSinceEpoch());
    // The lead's desk holds its own answer too, for a call that is not its own.
    REQUIRE_EVENTUALLY(!Desk::store(*lenaJournal).handAnswers(&error).empty());
    CHECK(Desk::store(*lenaJournal).handAnswers(&error).front().localCallId == 0);

    // The call ends at 3½: an incident. The server holds its caller key and nowhere the reference.
    REQUIRE(annaJournal->addTimelineEvent(call, journal::kTimelineStepEntered, QStringLiteral("hang_up")).ok);
    REQUIRE(annaJournal
                ->addTimelineEvent(call, journal::kTimelineFinalAction, QStringLiteral("hang_up"),
                                   QStringLiteral("hang_up"))
                .ok);
    REQUIRE(annaJournal->endCall(call, CallOutcome::EndedByConsultant).ok);
    annaSync->nudge();
    REQUIRE_EVENTUALLY(annaSync->status().waiting == 0 &&
                       server.superuserSql(QStringLiteral("SELECT count(*) FROM steadyline.calls WHERE outcome IS NOT "
                                                          "NULL"))
                               .trimmed() == QStringLiteral("1"));
    const QByteArray secret = QByteArray::fromHex(
        server.superuserSql(QStringLiteral("SELECT caller_key_secret FROM steadyline.teams")).trimmed().toLatin1());
    REQUIRE(secret.size() == 32);
    CHECK(server.superuserSql(QStringLiteral("SELECT caller_key FROM steadyline.calls")).trimmed() ==
          sync::callerKey(kReference, secret));
    const QString everywhere = QStringLiteral(
        "SELECT count(*) FROM (SELECT to_jsonb(c)::text AS t FROM steadyline.calls c UNION ALL SELECT "
        "to_jsonb(e)::text FROM steadyline.timeline_events e UNION ALL SELECT to_jsonb(n)::text FROM "
        "steadyline.notes n UNION ALL SELECT to_jsonb(h)::text FROM steadyline.hand_answers h UNION ALL SELECT "
        "to_jsonb(a)::text FROM steadyline.audit_log a) rows WHERE t ILIKE '%2026/0042%'");
    CHECK(server.superuserSql(everywhere).trimmed() == QStringLiteral("0"));
    CHECK(server
              .superuserSql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE query ILIKE "
                                           "'%2026/0042%' AND pid <> pg_backend_pid()"))
              .trimmed() == QStringLiteral("0"));

    // The next call with this caller (typed differently) learns of the earlier incident.
    QSignalSpy incidents(annaSync.get(), &sync::TeamSync::callerIncidents);
    annaSync->askCallerIncidents(QStringLiteral(" zg-2026/0042 "), 30);
    REQUIRE_EVENTUALLY(incidents.size() == 1);
    CHECK(incidents.at(0).at(0).toString() == QStringLiteral(" zg-2026/0042 "));
    CHECK(incidents.at(0).at(1).toInt() == 1);
    QSignalSpy leadIncidents(lenaSync.get(), &sync::TeamSync::callerIncidents);
    lenaSync->askCallerIncidents(QStringLiteral("ZG-2026/0043"), 30);
    REQUIRE_EVENTUALLY(leadIncidents.size() == 1);
    CHECK(leadIncidents.at(0).at(1).toInt() == 0);
}

TEST_CASE("The team's policy reaches the desk's status, follows a change, and holds while the server is away")
{
    TeamFixture server;
    const auto policy = [&](const QStringList &options) {
        const CommandRun run = runSteadyline(QStringList{QStringLiteral("server"), QStringLiteral("policy"),
                                                         QStringLiteral("--team"), QStringLiteral("Claims")} +
                                             options + QStringList{QStringLiteral("--db"), server.adminUrl()});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    };
    {
        const auto annaSync = server.worker(server.anna, QStringLiteral("anna"), kAnnaPassword);
        REQUIRE_EVENTUALLY(annaSync->status().online);
        CHECK(annaSync->status().coolDownSeconds == 180);
        CHECK_FALSE(annaSync->status().raiseHandAtFinalWarning);
        policy({QStringLiteral("--cool-down"), QStringLiteral("300"), QStringLiteral("--raise-hand-at-final-warning"),
                QStringLiteral("yes")});
        annaSync->syncNow();
        REQUIRE_EVENTUALLY(annaSync->status().coolDownSeconds == 300 && annaSync->status().raiseHandAtFinalWarning);
    }
    REQUIRE(server.cluster.stopImmediately());
    const auto offline = server.worker(server.anna, QStringLiteral("anna"), kAnnaPassword);
    REQUIRE_EVENTUALLY(offline->status().joined && !offline->status().lastError.isEmpty());
    CHECK_FALSE(offline->status().online);
    CHECK(offline->status().coolDownSeconds == 300);
    CHECK(offline->status().raiseHandAtFinalWarning);
    // The secret of caller keys is kept in the journal too, not offered when offline.
    {
        auto journal = server.anna.openJournal();
        QString error;
        const auto membership = Desk::store(*journal).membership(&error);
        REQUIRE(membership);
        CHECK(membership->callerKeySecret.size() == 32);
    }
    QSignalSpy incidents(offline.get(), &sync::TeamSync::callerIncidents);
    offline->askCallerIncidents(kReference, 30);
    QTest::qWait(300);
    CHECK(incidents.isEmpty());
}
