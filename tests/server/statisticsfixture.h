#pragma once

// The dashboard's known data set (issue #18 §6): teams north (agents anna and bob, lead lena),
// south (agent yuri, lead yan) and hq (admin ada), with calls, timelines, promises and training
// attempts pushed by the desks' own logins. dashboard_statistics_test.cpp says what each question
// answers on it.
#include "serveraddress.h"
#include "teamfixture.h"

namespace steadyline::test {

// Team north: agents anna and bob, lead lena. Team south: agent yuri, lead yan. Team hq: admin ada.
struct Statistics : Team
{
    Statistics()
        : Team({{"anna", "agent", "north"},
                {"bob", "agent", "north"},
                {"lena", "lead", "north"},
                {"yuri", "agent", "south"},
                {"yan", "lead", "south"},
                {"ada", "admin", "hq"}})
    {
        pushKnownData();
    }

    // Where `login` reaches the server, with the password (a desk reads it from libpq's file).
    server::ServerAddress address(const QString &login) const
    {
        QString error;
        auto parsed = server::parseServerUrl(url(login), &error);
        INFO(error.toStdString());
        REQUIRE(parsed);
        parsed->password = password(login);
        return *parsed;
    }

    void push(const QString &login, const QStringList &changes) const { ok(login, Team::push(changes)); }

    void pushKnownData() const;
};

inline QString callId(int number)
{
    return QStringLiteral("11111111-1111-4111-8111-%1").arg(number, 12, 10, QLatin1Char('0'));
}

inline QString call(int number, const QString &started, const QString &outcome, bool training = false)
{
    return QStringLiteral(R"({"kind":"call","id":"%1","data":{"started_at":"%2","ended_at":"%2","outcome":"%3",)"
                          R"("playbook_id":"aggressive-caller-en","playbook_revision":3,"training":%4}})")
        .arg(callId(number), started, outcome, training ? QStringLiteral("true") : QStringLiteral("false"));
}

inline int eventNumber = 0;

// A timeline event of call `number`.
inline QString event(int number, const QString &at, const QString &kind, const QString &stepId, const QString &detail)
{
    ++eventNumber;
    return QStringLiteral(R"({"kind":"timeline","id":"21111111-1111-4111-8111-%1","data":{"call_id":"%2",)"
                          R"("at":"%3","kind":"%4","step_id":"%5","detail":"%6"}})")
        .arg(eventNumber, 12, 10, QLatin1Char('0'))
        .arg(callId(number), at, kind, stepId, detail);
}

inline QString step(int number, const QString &at, const QString &stepId,
                    const QString &detail = QStringLiteral("event:next"))
{
    return event(number, at, QStringLiteral("step_entered"), stepId, detail);
}

inline QString note(int number, int call, const QString &tag)
{
    return QStringLiteral(R"({"kind":"note","id":"51111111-1111-4111-8111-%1","data":{"call_id":"%2",)"
                          R"("at":"2026-11-03T09:00:30Z","text":"","tags":["%3"]}})")
        .arg(number, 12, 10, QLatin1Char('0'))
        .arg(callId(call), tag);
}

inline QString promise(int number, int call, const QString &dueAt)
{
    return QStringLiteral(R"({"kind":"promise","id":"31111111-1111-4111-8111-%1","data":{"call_id":"%2",)"
                          R"("at":"2026-11-02T11:00:00Z","text":"promise %3","due_at":"%4"}})")
        .arg(number, 12, 10, QLatin1Char('0'))
        .arg(callId(call), QString::number(number), dueAt);
}

inline QString status(int number, int promise, const QString &at, const QString &value)
{
    return QStringLiteral(R"({"kind":"promise_status","id":"41111111-1111-4111-8111-%1","data":{)"
                          R"("promise_id":"31111111-1111-4111-8111-%2","at":"%3","status":"%4"}})")
        .arg(number, 12, 10, QLatin1Char('0'))
        .arg(promise, 12, 10, QLatin1Char('0'))
        .arg(at, value);
}

inline QString attempt(int number, const QString &at, const QString &scenario, int score)
{
    return QStringLiteral(R"({"kind":"training_attempt","id":"61111111-1111-4111-8111-%1","data":{"at":"%2",)"
                          R"("scenario_id":"%3","score":%4,"max_score":10}})")
        .arg(number, 12, 10, QLatin1Char('0'))
        .arg(at, scenario, QString::number(score));
}

// Training assigned by lead lena (#18 §7): `number`, for `login`, assigned at `at`, due `dueOn`.
inline QString assignment(int number, const QString &login, const QString &scenario, const QString &at,
                          const QString &dueOn)
{
    return QStringLiteral(R"({"kind":"training_assignment","id":"71111111-1111-4111-8111-%1","data":{"login":"%2",)"
                          R"("scenario_id":"%3","scenario_title":"Scenario %3","due_on":"%4","note":"","at":"%5"}})")
        .arg(number, 12, 10, QLatin1Char('0'))
        .arg(login, scenario, dueOn, at);
}

// Three assignments of team north: anna's angry-1 done (her attempt of 3 November, 80%), bob's
// threat-2 overdue (his attempt came before it was assigned), anna's threat-2 not yet due.
inline void pushAssignments(const Statistics &server)
{
    const auto s = [](const char *text) { return QString::fromLatin1(text); };
    server.push(s("lena"), {assignment(1, s("anna"), s("angry-1"), s("2026-11-01T08:00:00Z"), s("2026-11-05")),
                            assignment(2, s("bob"), s("threat-2"), s("2026-11-12T08:00:00Z"), s("2026-11-13")),
                            assignment(3, s("anna"), s("threat-2"), s("2026-11-12T08:00:00Z"), s("2099-01-01"))});
}

inline void Statistics::pushKnownData() const
{
    const auto s = [](const char *text) { return QString::fromLatin1(text); };
    // anna. Call 1: the whole method, hung up at 3½, a cool-down taken.
    push(s("anna"),
         {call(1, s("2026-11-02T09:00:00Z"), s("escalated")),
          step(1, s("2026-11-02T09:00:10Z"), s("help_offer"), s("event:abuse")),
          step(1, s("2026-11-02T09:01:00Z"), s("boundary")), step(1, s("2026-11-02T09:02:00Z"), s("final_warning")),
          step(1, s("2026-11-02T09:03:00Z"), s("countdown")),
          step(1, s("2026-11-02T09:03:10Z"), s("hang_up"), s("timer")),
          event(1, s("2026-11-02T09:03:10Z"), s("final_action"), s("hang_up"), s("hang_up")),
          event(1, s("2026-11-02T09:04:00Z"), s("cooldown_started"), {}, s("180")),
          event(1, s("2026-11-02T09:07:00Z"), s("cooldown_ended"), {}, s("finished")),
          // Call 2: calmed at step 1 after 30 s.
          call(2, s("2026-11-02T11:00:00Z"), s("resolved")), step(2, s("2026-11-02T11:00:00Z"), s("help_offer")),
          step(2, s("2026-11-02T11:00:30Z"), s("resolution"), s("event:calmed")),
          // Call 3: an insult (an incident by its tag), calmed at step 2 after 90 s; the cool-down skipped.
          call(3, s("2026-11-03T09:00:00Z"), s("resolved")), step(3, s("2026-11-03T09:00:00Z"), s("help_offer")),
          step(3, s("2026-11-03T09:00:20Z"), s("boundary")),
          step(3, s("2026-11-03T09:01:30Z"), s("resolution"), s("event:calmed")), note(1, 3, s("insult")),
          event(3, s("2026-11-03T09:02:00Z"), s("cooldown_started"), {}, s("180")),
          event(3, s("2026-11-03T09:02:05Z"), s("cooldown_ended"), {}, s("skipped")),
          // Call 4: a rehearsal counts nowhere.
          call(4, s("2026-11-03T10:00:00Z"), s("escalated"), true), step(4, s("2026-11-03T10:00:00Z"), s("help_offer")),
          event(4, s("2026-11-03T10:01:00Z"), s("final_action"), s("hang_up"), s("hang_up")),
          // Promises on call 2: kept on time, kept late, open past due, cancelled.
          promise(1, 2, s("2026-11-04T10:00:00Z")), promise(2, 2, s("2026-11-05T10:00:00Z")),
          promise(3, 2, s("2026-11-06T10:00:00Z")), promise(4, 2, s("2026-11-07T10:00:00Z")),
          status(1, 1, s("2026-11-04T09:00:00Z"), s("kept")), status(2, 2, s("2026-11-06T09:00:00Z"), s("kept")),
          status(3, 4, s("2026-11-05T09:00:00Z"), s("cancelled")),
          attempt(1, s("2026-11-03T15:00:00Z"), s("angry-1"), 8)});
    // bob. Call 5: calmed at step 3 after 120 s, ended by the consultant with F10 (not the method's
    // end), an incident by its threat tag.
    push(s("bob"),
         {call(5, s("2026-11-10T10:00:00Z"), s("ended_by_consultant")),
          step(5, s("2026-11-10T10:00:00Z"), s("help_offer")), step(5, s("2026-11-10T10:00:40Z"), s("boundary")),
          step(5, s("2026-11-10T10:01:20Z"), s("final_warning")),
          step(5, s("2026-11-10T10:02:00Z"), s("resolution"), s("event:calmed")), note(2, 5, s("threat")),
          event(5, s("2026-11-10T10:03:00Z"), s("cooldown_started"), {}, s("180")),
          // Call 6: the caller hung up at step 1.
          call(6, s("2026-11-10T11:00:00Z"), s("caller_hung_up")), step(6, s("2026-11-10T11:00:00Z"), s("help_offer")),
          attempt(2, s("2026-11-10T15:00:00Z"), s("angry-1"), 6),
          attempt(3, s("2026-11-11T15:00:00Z"), s("threat-2"), 9)});
    // yuri of the other team: security called.
    push(s("yuri"),
         {call(7, s("2026-11-02T09:30:00Z"), s("escalated")), step(7, s("2026-11-02T09:30:00Z"), s("help_offer")),
          step(7, s("2026-11-02T09:31:00Z"), s("call_security")),
          event(7, s("2026-11-02T09:31:00Z"), s("final_action"), s("call_security"), s("call_security")),
          attempt(4, s("2026-11-03T15:00:00Z"), s("angry-1"), 2)});
}

} // namespace steadyline::test
