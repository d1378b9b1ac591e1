// Team promises on the server (migration 6, issue #18 §4), tried the way desks reach them: psql with
// each login's own credentials. Team X: agents anna and bob, lead lena, admin adm. Team Y: agent
// yuri, lead yan.
#include "teamfixture.h"

#include <QDate>
#include <QDateTime>

using steadyline::test::CommandRun;
using steadyline::test::PsqlRun;
using steadyline::test::runSteadyline;
using steadyline::test::Team;

namespace {

const QString kAnnaCall = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString kCallBack = QStringLiteral("31111111-1111-4111-8111-111111111111");
const QString kLetter = QStringLiteral("31111111-1111-4111-8111-111111111112");
const QString kRefund = QStringLiteral("31111111-1111-4111-8111-111111111113");

struct Teams : Team
{
    Teams()
    {
        // Anna's call with a note (its text stays on her desk: the default policy) and three promises.
        const QString due = QDateTime::currentDateTimeUtc().addSecs(-600).toString(Qt::ISODate);
        REQUIRE(
            ok(QStringLiteral("anna"),
               QStringLiteral(
                   R"(SELECT steadyline.push_changes('[{"kind":"call","id":"%1","data":{"started_at":"2026-12-06T10:00:00Z","ended_at":"2026-12-06T10:05:00Z","playbook_id":"standard","playbook_revision":3,"outcome":"resolved"}},)"
                   R"({"kind":"note","id":"21111111-1111-4111-8111-111111111111","data":{"call_id":"%1","at":"2026-12-06T10:01:00Z","text":"the caller account details","tags":["billing"]}},)"
                   R"({"kind":"promise","id":"%2","data":{"call_id":"%1","at":"2026-12-06T10:02:00Z","text":"Call back about the invoice","due_at":"%5"}},)"
                   R"({"kind":"promise","id":"%3","data":{"call_id":"%1","at":"2026-12-06T10:03:00Z","text":"Send the letter","due_at":"2030-01-01T09:00:00Z"}},)"
                   R"({"kind":"promise","id":"%4","data":{"call_id":"%1","at":"2026-12-06T10:04:00Z","text":"Refund"}}]'))")
                   .arg(kAnnaCall, kCallBack, kLetter, kRefund, due)) == QStringLiteral("5"));
    }

    // '' when done, else the server's reason.
    QString reassign(const QString &login, const QString &changeId, const QString &promise, const QString &to) const
    {
        return ok(
            login,
            QStringLiteral("SELECT steadyline.reassign_promise('%1', '%2', '%3', now())").arg(changeId, promise, to));
    }

    QString handBack(const QString &login, const QString &changeId, const QString &promise) const
    {
        return ok(login,
                  QStringLiteral("SELECT steadyline.hand_back_promise('%1', '%2', now())").arg(changeId, promise));
    }

    QString holder(const QString &promise) const
    {
        return superuserSql(QStringLiteral("SELECT coalesce(holder, '-') FROM steadyline.promise_current WHERE "
                                           "promise_id = '%1'")
                                .arg(promise))
            .trimmed();
    }

    // The ids of `kind` that `login` pulls from the start.
    QStringList pulled(const QString &login, const QString &kind) const
    {
        return ok(login,
                  QStringLiteral("SELECT id FROM steadyline.pull_changes(0) WHERE kind = '%1' ORDER BY id").arg(kind))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    QString audit() const
    {
        return superuserSql(QStringLiteral("SELECT string_agg(login || ' ' || action || ' ' || (detail->>'promise_id') "
                                           "|| ' ' || coalesce(detail->>'from', '-') || '>' || "
                                           "coalesce(detail->>'to', '-'), E'\\n' ORDER BY id) FROM "
                                           "steadyline.audit_log"))
            .trimmed();
    }
};

} // namespace

TEST_CASE("a lead reassigns a promise of the team and only that reaches the colleague, audited")
{
    Teams server;
    // Bob reads nothing of Anna's before.
    CHECK(server.pulled(QStringLiteral("bob"), QStringLiteral("promise")).isEmpty());

    // An agent may not reassign, not even their own promise; a lead of another team may not; a lead
    // may not give it to someone outside the team. Each is refused with the reason and changes nothing.
    CHECK(server.reassign(QStringLiteral("anna"), QStringLiteral("41111111-1111-4111-8111-111111111111"), kCallBack,
                          QStringLiteral("bob")) == QStringLiteral("only a lead or admin of the promise's team "
                                                                   "reassigns it"));
    CHECK(server.reassign(QStringLiteral("yan"), QStringLiteral("41111111-1111-4111-8111-111111111112"), kCallBack,
                          QStringLiteral("yuri")) == QStringLiteral("only a lead or admin of the promise's team "
                                                                    "reassigns it"));
    CHECK(server.reassign(QStringLiteral("lena"), QStringLiteral("41111111-1111-4111-8111-111111111113"), kCallBack,
                          QStringLiteral("yuri")) == QStringLiteral("yuri is not a member of the team X"));
    CHECK(server.holder(kCallBack) == QStringLiteral("anna"));
    CHECK(server.audit().isEmpty());
    // Nor past the functions: the tables take no write from a desk login.
    CHECK(server
              .as(QStringLiteral("lena"),
                  QStringLiteral("UPDATE steadyline.promise_current SET holder = 'bob' WHERE promise_id = '%1'")
                      .arg(kCallBack))
              .exitCode != 0);
    CHECK(server
              .as(QStringLiteral("anna"),
                  QStringLiteral("INSERT INTO steadyline.promise_holders (id, promise_id, login, team, at, action, "
                                 "holder) VALUES (gen_random_uuid(), '%1', 'anna', 'X', now(), 'taken', 'anna')")
                      .arg(kCallBack))
              .exitCode != 0);
    // The refusals are rows the asker pulls (their desk says why), the lead's with the reason.
    CHECK(server.ok(QStringLiteral("lena"), QStringLiteral("SELECT data->>'reason' FROM steadyline.pull_changes(0) "
                                                           "WHERE kind = 'promise_holder' AND login = 'lena'")) ==
          QStringLiteral("yuri is not a member of the team X"));

    // The lead gives it to Bob; the same request again (a lost answer) changes nothing more.
    const QString change = QStringLiteral("41111111-1111-4111-8111-111111111114");
    CHECK(server.reassign(QStringLiteral("lena"), change, kCallBack, QStringLiteral("bob")) == QString());
    CHECK(server.reassign(QStringLiteral("lena"), change, kCallBack, QStringLiteral("bob")) == QString());
    CHECK(server.holder(kCallBack) == QStringLiteral("bob"));
    CHECK(server.audit() == QStringLiteral("lena promise_reassigned %1 anna>bob").arg(kCallBack));

    // Bob reads the promise and the change with its call's context; the note without its text.
    CHECK(server.pulled(QStringLiteral("bob"), QStringLiteral("promise")) == QStringList{kCallBack});
    CHECK(server.ok(QStringLiteral("bob"),
                    QStringLiteral("SELECT (data->>'holder') || ' ' || (data->'context'->'promise'->>'text') || ' ' || "
                                   "(data->'context'->'call'->>'playbook_id') || ' ' || "
                                   "(data->'context'->'notes'->0->'tags'->>0) || ' ' || "
                                   "coalesce(data->'context'->'notes'->0->>'text', 'no text') FROM "
                                   "steadyline.pull_changes(0) WHERE kind = 'promise_holder'")) ==
          QStringLiteral("bob Call back about the invoice standard billing no text"));
    // Nothing else of Anna's: her other promises, her call, her note.
    CHECK(server.pulled(QStringLiteral("bob"), QStringLiteral("call")).isEmpty());
    CHECK(server.pulled(QStringLiteral("bob"), QStringLiteral("note")).isEmpty());
    // Yuri of team Y reads none of it.
    CHECK(server.ok(QStringLiteral("yuri"), QStringLiteral("SELECT count(*) FROM steadyline.pull_changes(0)")) ==
          QStringLiteral("0"));
    // Anna, who made it, learns where it went.
    CHECK(server.ok(
              QStringLiteral("anna"),
              QStringLiteral("SELECT data->>'holder' FROM steadyline.pull_changes(0) WHERE id = '%1'").arg(change)) ==
          QStringLiteral("bob"));

    // Bob keeps it: his status change is stored and Anna and the lead read it.
    const QString kept = QStringLiteral("51111111-1111-4111-8111-111111111111");
    CHECK(server.ok(QStringLiteral("bob"),
                    QStringLiteral(R"(SELECT steadyline.push_changes('[{"kind":"promise_status","id":"%1","data":)"
                                   R"({"promise_id":"%2","at":"2026-12-06T11:00:00Z","status":"kept"}}]'))")
                        .arg(kept, kCallBack)) == QStringLiteral("1"));
    for (const QString &login : {QStringLiteral("anna"), QStringLiteral("lena")})
        CHECK(server.pulled(login, QStringLiteral("promise_status")) == QStringList{kept});
    // A kept promise is no longer moved.
    CHECK(server.reassign(QStringLiteral("lena"), QStringLiteral("41111111-1111-4111-8111-111111111115"), kCallBack,
                          QStringLiteral("anna")) == QStringLiteral("the promise is no longer open (kept)"));
}

TEST_CASE("the old holder reads no more of a promise reassigned on, and cannot mark it")
{
    Teams server;
    CHECK(server.reassign(QStringLiteral("lena"), QStringLiteral("41111111-1111-4111-8111-111111111111"), kLetter,
                          QStringLiteral("bob")) == QString());
    CHECK(server.pulled(QStringLiteral("bob"), QStringLiteral("promise")) == QStringList{kLetter});
    // The lead takes it herself: a take, audited as such.
    CHECK(server.reassign(QStringLiteral("lena"), QStringLiteral("41111111-1111-4111-8111-111111111112"), kLetter,
                          QStringLiteral("lena")) == QString());
    CHECK(server.holder(kLetter) == QStringLiteral("lena"));
    CHECK(server.audit().endsWith(QStringLiteral("lena promise_taken %1 bob>lena").arg(kLetter)));
    CHECK(server.pulled(QStringLiteral("bob"), QStringLiteral("promise")).isEmpty());
    // Bob still learns it left him (his desk stops reminding him of it).
    CHECK(server.ok(QStringLiteral("bob"), QStringLiteral("SELECT data->>'holder' FROM steadyline.pull_changes(0) "
                                                          "WHERE kind = 'promise_holder' ORDER BY seq DESC LIMIT 1")) ==
          QStringLiteral("lena"));
    const PsqlRun mark =
        server.as(QStringLiteral("bob"),
                  QStringLiteral(R"(SELECT steadyline.push_changes('[{"kind":"promise_status","id":"%1","data":)"
                                 R"({"promise_id":"%2","at":"2026-12-06T11:00:00Z","status":"kept"}}]'))")
                      .arg(QStringLiteral("51111111-1111-4111-8111-111111111112"), kLetter));
    CHECK(mark.exitCode != 0);
}

TEST_CASE("the holder hands a promise back to the lead's pool, and only the holder")
{
    Teams server;
    CHECK(server.handBack(QStringLiteral("bob"), QStringLiteral("71111111-1111-4111-8111-111111111111"), kRefund) ==
          QStringLiteral("only the promise's holder hands it back"));
    CHECK(server.reassign(QStringLiteral("lena"), QStringLiteral("41111111-1111-4111-8111-111111111111"), kRefund,
                          QStringLiteral("bob")) == QString());
    CHECK(server.handBack(QStringLiteral("bob"), QStringLiteral("71111111-1111-4111-8111-111111111112"), kRefund) ==
          QString());
    CHECK(server.holder(kRefund) == QStringLiteral("-"));
    CHECK(server.audit().endsWith(QStringLiteral("bob promise_handed_back %1 bob>-").arg(kRefund)));
    // The lead sees it without a holder among the open promises; Bob no longer reads it.
    CHECK(
        server.ok(QStringLiteral("lena"),
                  QStringLiteral("SELECT coalesce(holder, 'handed back') FROM steadyline.team_open_promises_held('X') "
                                 "WHERE id = '%1'")
                      .arg(kRefund)) == QStringLiteral("handed back"));
    CHECK(server.pulled(QStringLiteral("bob"), QStringLiteral("promise")).isEmpty());
    // Handing back twice, or what one does not hold, is refused.
    CHECK(server.handBack(QStringLiteral("bob"), QStringLiteral("71111111-1111-4111-8111-111111111113"), kRefund) ==
          QStringLiteral("only the promise's holder hands it back"));
    // From the pool, the lead gives it on.
    CHECK(server.reassign(QStringLiteral("lena"), QStringLiteral("41111111-1111-4111-8111-111111111112"), kRefund,
                          QStringLiteral("anna")) == QString());
    CHECK(server.holder(kRefund) == QStringLiteral("anna"));
}

TEST_CASE("a lead moves every open promise of a consultant away for the day in one call, each audited")
{
    Teams server;
    // One of Anna's is kept already: it stays.
    CHECK(server.ok(QStringLiteral("anna"),
                    QStringLiteral(R"(SELECT steadyline.push_changes('[{"kind":"promise_status","id":"%1","data":)"
                                   R"({"promise_id":"%2","at":"2026-12-06T11:00:00Z","status":"kept"}}]'))")
                        .arg(QStringLiteral("51111111-1111-4111-8111-111111111111"), kRefund)) == QStringLiteral("1"));
    const QString bulk = QStringLiteral("61111111-1111-4111-8111-111111111111");
    const QString call = QStringLiteral("SELECT steadyline.reassign_all_promises('%1', '%2', '%3', now())");
    CHECK(server.ok(QStringLiteral("bob"), call.arg(QStringLiteral("61111111-1111-4111-8111-111111111110"),
                                                    QStringLiteral("anna"), QStringLiteral("bob"))) ==
          QStringLiteral("only a lead or admin reassigns the team's promises"));
    CHECK(server.ok(QStringLiteral("lena"), call.arg(QStringLiteral("61111111-1111-4111-8111-111111111112"),
                                                     QStringLiteral("anna"), QStringLiteral("yuri"))) ==
          QStringLiteral("yuri is not a member of the team X"));
    CHECK(server.ok(QStringLiteral("lena"), call.arg(bulk, QStringLiteral("anna"), QStringLiteral("bob"))) ==
          QString());
    CHECK(server.holder(kCallBack) == QStringLiteral("bob"));
    CHECK(server.holder(kLetter) == QStringLiteral("bob"));
    CHECK(server.holder(kRefund) == QStringLiteral("anna"));
    CHECK(server.pulled(QStringLiteral("bob"), QStringLiteral("promise")) == QStringList{kCallBack, kLetter});
    // Two entries, one per promise, naming the bulk request.
    CHECK(server
              .superuserSql(QStringLiteral("SELECT count(*) || ' ' || count(DISTINCT detail->>'promise_id') || ' ' || "
                                           "bool_and(detail->>'bulk' = '%1') FROM steadyline.audit_log WHERE action "
                                           "= 'promise_reassigned'")
                                .arg(bulk))
              .trimmed() == QStringLiteral("2 2 true"));
    // The lead's desk reads how many moved; the same request again moves nothing more.
    CHECK(server.ok(QStringLiteral("lena"),
                    QStringLiteral("SELECT data->'context'->>'moved' FROM steadyline.pull_changes(0) WHERE id = '%1'")
                        .arg(bulk)) == QStringLiteral("2"));
    CHECK(server.ok(QStringLiteral("lena"), call.arg(bulk, QStringLiteral("anna"), QStringLiteral("bob"))) ==
          QString());
    CHECK(server.superuserSql(QStringLiteral("SELECT count(*) FROM steadyline.audit_log")).trimmed() ==
          QStringLiteral("2"));
}

TEST_CASE("a lead lists the team's logins for the picker, an agent cannot")
{
    Teams server;
    CHECK(server.ok(QStringLiteral("lena"), QStringLiteral("SELECT string_agg(login || ':' || role, ',') FROM "
                                                           "steadyline.team_members()")) ==
          QStringLiteral("adm:admin,anna:agent,bob:agent,lena:lead"));
    CHECK(server.ok(QStringLiteral("yan"), QStringLiteral("SELECT string_agg(login, ',') FROM "
                                                          "steadyline.team_members()")) == QStringLiteral("yan,yuri"));
    CHECK(server.as(QStringLiteral("anna"), QStringLiteral("SELECT * FROM steadyline.team_members()")).exitCode != 0);
}

TEST_CASE("server audit prints a reassignment to an admin and refuses a lead and an agent")
{
    Teams server;
    CHECK(server.reassign(QStringLiteral("lena"), QStringLiteral("41111111-1111-4111-8111-111111111111"), kCallBack,
                          QStringLiteral("bob")) == QString());
    const auto audit = [&](const QString &login) {
        qputenv("PGPASSWORD", Teams::password(login).toUtf8());
        const CommandRun run =
            runSteadyline({QStringLiteral("server"), QStringLiteral("audit"), QStringLiteral("--since"),
                           QDate::currentDate().toString(Qt::ISODate), QStringLiteral("--db"), server.url(login)});
        qunsetenv("PGPASSWORD");
        return run;
    };
    const CommandRun admin = audit(QStringLiteral("adm"));
    INFO(admin.err.toStdString());
    REQUIRE(admin.exitCode == 0);
    CHECK(admin.out.contains(QStringLiteral("  lena  X  promise_reassigned  ")));
    CHECK(admin.out.contains(kCallBack));
    for (const QString &login : {QStringLiteral("lena"), QStringLiteral("anna")}) {
        const CommandRun refused = audit(login);
        INFO(login.toStdString());
        CHECK(refused.exitCode != 0);
        CHECK_FALSE(refused.out.contains(kCallBack));
    }
}
