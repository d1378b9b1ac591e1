// The softphone adapters' logic, without a socket: netstrings, baresip's events (both key
// spellings), the loopback listener's requests, and which event does what to the window's call.
#include "catch_qt.h"

#include "softphone/baresipevent.h"
#include "softphone/callevent.h"
#include "softphone/calleventrequest.h"
#include "softphone/callfollower.h"
#include "softphone/listenertoken.h"
#include "softphone/netstring.h"
#include "softphone/playbookrules.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace steadyline::softphone;

namespace {

QByteArray netstring(const char *json)
{
    return NetstringReader::encode(QByteArray(json));
}

HttpRequest get(const QByteArray &target)
{
    return parseHttpRequest("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
}

const QString kToken = QStringLiteral("0123456789abcdef0123456789abcdef");

} // namespace

TEST_CASE("netstrings are read whole, however the stream is cut")
{
    const QByteArray stream = netstring(R"({"a":1})") + netstring("") + netstring(R"({"b":"x,y:z"})");
    // Every cut into two pieces gives the same three messages.
    for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
        NetstringReader reader;
        std::vector<QByteArray> messages = reader.feed(stream.left(cut));
        for (QByteArray &m : reader.feed(stream.mid(cut)))
            messages.push_back(std::move(m));
        INFO("cut at " << cut);
        REQUIRE(messages.size() == 3);
        CHECK(messages[0] == R"({"a":1})");
        CHECK(messages[1].isEmpty());
        CHECK(messages[2] == R"({"b":"x,y:z"})");
        CHECK_FALSE(reader.failed());
    }
    // One byte at a time.
    NetstringReader reader;
    int count = 0;
    for (const char byte : stream)
        count += static_cast<int>(reader.feed(QByteArray(1, byte)).size());
    CHECK(count == 3);
}

TEST_CASE("garbage is not taken for netstrings")
{
    for (const char *bad : {"abc:{}", "5:hello!", ":x,", "99999999:x", "GET / HTTP/1.1\r\n"}) {
        NetstringReader reader;
        INFO(bad);
        CHECK(reader.feed(QByteArray(bad)).empty());
        CHECK(reader.failed());
        // Nothing more until reset, even a good message.
        CHECK(reader.feed(netstring("{}")).empty());
        reader.reset();
        CHECK(reader.feed(netstring("{}")).size() == 1);
    }
    NetstringReader reader;
    const QByteArray tooLong = QByteArray::number(NetstringReader::kMaxMessageBytes + 1) + ':';
    CHECK(reader.feed(tooLong).empty());
    CHECK(reader.failed());
}

TEST_CASE("baresip 1.0's call events, with peeruri and accountaor")
{
    const auto incoming = parseBaresipMessage(
        R"({"event":true,"type":"CALL_INCOMING","class":"call","accountaor":"sip:bob@127.0.0.1:5070","direction":"incoming","peeruri":"sip:+48601234567@127.0.0.1:5060","id":"3a7c1f","param":"sip:+48601234567@127.0.0.1:5060"})");
    REQUIRE(incoming);
    CHECK(incoming->kind == CallEventKind::Started);
    CHECK(incoming->direction == CallDirection::Incoming);
    CHECK(incoming->peer == QStringLiteral("+48601234567"));
    CHECK(incoming->callId == QStringLiteral("3a7c1f"));

    const auto established = parseBaresipMessage(
        R"({"event":true,"type":"CALL_ESTABLISHED","class":"call","accountaor":"sip:bob@127.0.0.1","direction":"incoming","peeruri":"sip:alice@127.0.0.1:5060","id":"3a7c1f","param":"sip:alice@127.0.0.1:5060"})");
    REQUIRE(established);
    CHECK(established->kind == CallEventKind::Answered);
    CHECK(established->peer == QStringLiteral("alice"));

    const auto closed = parseBaresipMessage(
        R"({"event":true,"type":"CALL_CLOSED","class":"call","accountaor":"sip:bob@127.0.0.1","direction":"incoming","peeruri":"sip:alice@127.0.0.1","id":"3a7c1f","param":"Connection reset by user"})");
    REQUIRE(closed);
    CHECK(closed->kind == CallEventKind::Ended);
    CHECK(closed->callId == QStringLiteral("3a7c1f"));
    CHECK(closed->peer == QStringLiteral("alice")); // never the reason in "param"
}

TEST_CASE("newer baresip's call events, with peer and account")
{
    const auto event = parseBaresipMessage(
        R"({"event":true,"type":"CALL_ESTABLISHED","class":"call","account":"sip:bob@pbx","direction":"outgoing","peer":"sip:601234567@pbx;user=phone","id":"x9"})");
    REQUIRE(event);
    CHECK(event->kind == CallEventKind::Answered);
    CHECK(event->direction == CallDirection::Outgoing);
    CHECK(event->peer == QStringLiteral("601234567"));
}

TEST_CASE("what is not a call event is ignored")
{
    for (const char *other : {R"({"response":true,"ok":true,"data":"","token":"t1"})",
                              R"({"event":true,"type":"REGISTER_OK","class":"register"})",
                              R"({"event":true,"type":"CALL_PROGRESS","class":"call","id":"1"})",
                              R"({"event":false,"type":"CALL_CLOSED"})", R"([1,2,3])", "not json", ""}) {
        INFO(other);
        CHECK_FALSE(parseBaresipMessage(QByteArray(other)));
    }
}

TEST_CASE("a ctrl_tcp command is JSON in a netstring")
{
    NetstringReader reader;
    const auto messages = reader.feed(baresipCommand(QStringLiteral("dial"), QStringLiteral("sip:bob@127.0.0.1")));
    REQUIRE(messages.size() == 1);
    CHECK(messages.front() == R"({"command":"dial","params":"sip:bob@127.0.0.1"})");
}

TEST_CASE("the peer's number is what a consultant would type")
{
    CHECK(peerNumber(QStringLiteral("sip:+48601234567@pbx.example;user=phone")) == QStringLiteral("+48601234567"));
    CHECK(peerNumber(QStringLiteral("\"Jan Nowak\" <sip:601234567@10.0.0.1:5060>")) == QStringLiteral("601234567"));
    CHECK(peerNumber(QStringLiteral("tel:+48-601-234-567")) == QStringLiteral("+48601234567"));
    CHECK(peerNumber(QStringLiteral("  +420 601 234 567 ")) == QStringLiteral("+420601234567"));
    CHECK(peerNumber(QStringLiteral("sips:alice@example.org")) == QStringLiteral("alice"));
    CHECK(peerNumber(QString()).isEmpty());
    CHECK(peerNumber(QStringLiteral("123\u202E456")) == QStringLiteral("123456")); // no bidi override
    CHECK(peerNumber(QString(500, QLatin1Char('9'))).size() == kMaxPeerLength);
}

TEST_CASE("host:port addresses of baresip's ctrl_tcp")
{
    const auto plain = parseHostAndPort(QStringLiteral("127.0.0.1:4444"));
    REQUIRE(plain);
    CHECK(plain->host == QStringLiteral("127.0.0.1"));
    CHECK(plain->port == 4444);
    const auto v6 = parseHostAndPort(QStringLiteral("[::1]:4444"));
    REQUIRE(v6);
    CHECK(v6->host == QStringLiteral("::1"));
    for (const char *bad : {"127.0.0.1", ":4444", "localhost:0", "localhost:70000", "::1:4444", "host:port"})
        CHECK_FALSE(parseHostAndPort(QString::fromLatin1(bad)));
}

TEST_CASE("the listener takes a GET with the token and the event's fields")
{
    const CallEventReply reply = interpretCallEventRequest(
        get("/call-event?token=" + kToken.toLatin1() + "&event=answered&call_id=c-17&peer=%2B48601234567&direction=in"),
        kToken);
    CHECK(reply.status == 200);
    REQUIRE(reply.event);
    CHECK(reply.event->kind == CallEventKind::Answered);
    CHECK(reply.event->callId == QStringLiteral("c-17"));
    CHECK(reply.event->peer == QStringLiteral("+48601234567"));
    CHECK(reply.event->direction == CallDirection::Incoming);
    // A PBX that puts the plus sign unencoded.
    const CallEventReply plus =
        interpretCallEventRequest(get("/call-event?token=" + kToken.toLatin1() + "&event=ended&peer=+48601"), kToken);
    REQUIRE(plus.event);
    CHECK(plus.event->peer == QStringLiteral("+48601"));
}

TEST_CASE("the listener takes a POSTed form, in pieces")
{
    const QByteArray body = "token=" + kToken.toLatin1() + "&event=ended&call_id=c-17";
    const QByteArray request = "POST /call-event HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                               "application/x-www-form-urlencoded\r\nContent-Length: " +
                               QByteArray::number(body.size()) + "\r\n\r\n" + body;
    for (qsizetype cut = 0; cut < request.size(); ++cut)
        REQUIRE(parseHttpRequest(request.left(cut)).state == HttpRequest::State::Incomplete);
    const CallEventReply reply = interpretCallEventRequest(parseHttpRequest(request), kToken);
    CHECK(reply.status == 200);
    REQUIRE(reply.event);
    CHECK(reply.event->kind == CallEventKind::Ended);
}

TEST_CASE("the listener refuses what lacks the token and changes nothing")
{
    const QByteArray fields = "&event=answered&peer=1";
    CHECK(interpretCallEventRequest(get("/call-event?event=answered"), kToken).status == 403);
    CHECK(interpretCallEventRequest(get("/call-event?token=wrong" + fields), kToken).status == 403);
    CHECK(interpretCallEventRequest(get("/call-event?token=" + kToken.left(31).toLatin1() + fields), kToken).status ==
          403);
    CHECK(interpretCallEventRequest(get("/call-event?token=" + kToken.toLatin1() + "0" + fields), kToken).status ==
          403);
    // No token set: nothing is accepted, not even an empty one.
    CHECK(interpretCallEventRequest(get("/call-event?token=" + fields), QString()).status == 403);
    for (const CallEventReply &refused :
         {interpretCallEventRequest(get("/call-event?event=answered"), kToken),
          interpretCallEventRequest(get("/other?token=" + kToken.toLatin1() + fields), kToken)})
        CHECK_FALSE(refused.event);
}

TEST_CASE("malformed requests are answered with an error")
{
    const QByteArray token = "token=" + kToken.toLatin1();
    CHECK(interpretCallEventRequest(get("/call-event?" + token + "&event=exploded"), kToken).status == 400);
    CHECK(interpretCallEventRequest(get("/call-event?" + token + "&event=ended&direction=sideways"), kToken).status ==
          400);
    CHECK(interpretCallEventRequest(get("/nothing"), kToken).status == 404);
    CHECK(interpretCallEventRequest(parseHttpRequest("DELETE /call-event HTTP/1.1\r\n\r\n"), kToken).status == 405);
    for (const char *bad :
         {"GET\r\n\r\n", "GET /call-event\r\n\r\n", "GET http://x/ HTTP/1.1\r\n\r\n",
          "GET / HTTP/1.1\r\nno colon here\r\n\r\n", "POST / HTTP/1.1\r\nContent-Length: -5\r\n\r\n"}) {
        INFO(bad);
        CHECK(parseHttpRequest(QByteArray(bad)).state == HttpRequest::State::Malformed);
    }
    CHECK(parseHttpRequest(QByteArray(kMaxHttpRequestBytes + 1, 'x')).state == HttpRequest::State::Malformed);
    const QByteArray huge = "POST /call-event HTTP/1.1\r\nContent-Length: 100000\r\n\r\n";
    CHECK(parseHttpRequest(huge).state == HttpRequest::State::Malformed);
    const QByteArray response = httpResponse(403, "wrong or missing token\n");
    CHECK(response.startsWith("HTTP/1.1 403 Forbidden\r\n"));
    CHECK(response.endsWith("\r\n\r\nwrong or missing token\n"));
}

TEST_CASE("an answered call starts a call, and its own end ends it")
{
    CallFollower follower;
    using Action = CallFollower::Action;
    const auto ringing = follower.onEvent(
        {CallEventKind::Started, QStringLiteral("a"), QStringLiteral("601"), CallDirection::Incoming, {}}, false);
    CHECK(ringing.action == Action::ShowRinging);
    CHECK(ringing.peer == QStringLiteral("601"));
    // The peer known from the ringing is used when the answer does not name it.
    const auto answered = follower.onEvent({CallEventKind::Answered, QStringLiteral("a"), {}, {}, {}}, false);
    CHECK(answered.action == Action::StartCall);
    CHECK(answered.peer == QStringLiteral("601"));
    follower.followingStarted();
    CHECK(follower.following());
    // Another call's end (call waiting, a colleague's line) does nothing.
    CHECK(follower.onEvent({CallEventKind::Ended, QStringLiteral("b"), {}, {}, {}}, true).action == Action::None);
    CHECK(follower.onEvent({CallEventKind::Answered, QStringLiteral("b"), {}, {}, {}}, true).action == Action::None);
    CHECK(follower.onEvent({CallEventKind::Ended, QStringLiteral("a"), {}, {}, {}}, true).action == Action::EndCall);
    CHECK_FALSE(follower.following());
}

TEST_CASE("a call started by hand is never ended by the phone")
{
    CallFollower follower;
    using Action = CallFollower::Action;
    CHECK(follower.onEvent({CallEventKind::Ended, QStringLiteral("a"), {}, {}, {}}, true).action == Action::None);
    CHECK(follower.onEvent({CallEventKind::Ended, QString(), {}, {}, {}}, true).action == Action::None);
}

TEST_CASE("after the consultant ended the call, its late end touches nothing")
{
    CallFollower follower;
    using Action = CallFollower::Action;
    REQUIRE(follower.onEvent({CallEventKind::Answered, QStringLiteral("a"), {}, {}, {}}, false).action ==
            Action::StartCall);
    follower.followingStarted();
    follower.callEnded(); // the consultant pressed End, then started the next call by hand
    CHECK(follower.onEvent({CallEventKind::Ended, QStringLiteral("a"), {}, {}, {}}, true).action == Action::None);
}

TEST_CASE("a call that rang and was never answered ends the ringing")
{
    CallFollower follower;
    using Action = CallFollower::Action;
    REQUIRE(follower.onEvent({CallEventKind::Started, QStringLiteral("a"), {}, {}, {}}, false).action ==
            Action::ShowRinging);
    CHECK(follower.onEvent({CallEventKind::Ended, QStringLiteral("a"), {}, {}, {}}, false).action ==
          Action::RingingOver);
    // Events without ids (a softphone that has none) still pair up.
    REQUIRE(follower.onEvent({CallEventKind::Answered, QString(), {}, {}, {}}, false).action == Action::StartCall);
    follower.followingStarted();
    CHECK(follower.onEvent({CallEventKind::Ended, QString(), {}, {}, {}}, true).action == Action::EndCall);
}

TEST_CASE("the listener's token is private, kept, and refused when planted by someone")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    QString error;
    const QString token = loadOrCreateListenerToken(folder.path(), &error);
    INFO(error.toStdString());
    REQUIRE(token.size() == 64);
    const QString path = QDir(folder.path()).filePath(kListenerTokenFileName);
    struct stat info = {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    CHECK(loadOrCreateListenerToken(folder.path(), &error) == token);

    // Readable by others: refused, never used.
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    CHECK(loadOrCreateListenerToken(folder.path(), &error).isEmpty());
    CHECK(error.contains(QStringLiteral("private")));

    // A symbolic link in its place is not followed.
    QFile::remove(path);
    REQUIRE(QFile::link(QDir(folder.path()).filePath(QStringLiteral("elsewhere")), path));
    CHECK(loadOrCreateListenerToken(folder.path(), &error).isEmpty());
    CHECK(listenerUrl(17345, token) == QStringLiteral("http://127.0.0.1:17345/call-event?token=") + token);
}

TEST_CASE("playbook rules choose by number or queue, the first match wins")
{
    const PlaybookRules rules = parsePlaybookRules(QStringLiteral("# Czech callers first\n"
                                                                  "+420* = complaint-cs\n"
                                                                  "  queue:Complaints=complaint-pl  \n"
                                                                  "+48 601 ??? ??? = aggressive-caller-pl\n"
                                                                  "* = aggressive-caller-en\n"));
    CHECK(rules.problems.isEmpty());
    REQUIRE(rules.rules.size() == 4);
    CHECK(playbookForCall(rules, QStringLiteral("+420601234567"), {}) == QStringLiteral("complaint-cs"));
    CHECK(playbookForCall(rules, QStringLiteral("+48601234567"), QStringLiteral("complaints")) ==
          QStringLiteral("complaint-pl"));
    CHECK(playbookForCall(rules, QStringLiteral("+48601234567"), {}) == QStringLiteral("aggressive-caller-pl"));
    CHECK(playbookForCall(rules, QStringLiteral("+4860123456"), {}) == QStringLiteral("aggressive-caller-en"));
    CHECK(playbookForCall(PlaybookRules{}, QStringLiteral("+420601234567"), {}).isEmpty());
    CHECK(playbookForCall(parsePlaybookRules(QStringLiteral("+420* = complaint-cs")), QString(), {}).isEmpty());
}

TEST_CASE("a line that is not a playbook rule is named with its line number")
{
    const PlaybookRules rules = parsePlaybookRules(
        QStringLiteral("+420* complaint-cs\n= complaint-cs\n+48* = Complaint PL\n+49* = complaint-de"));
    REQUIRE(rules.problems.size() == 3);
    CHECK(rules.problems.at(0).startsWith(QStringLiteral("line 1: ")));
    CHECK(rules.problems.at(1).startsWith(QStringLiteral("line 2: ")));
    CHECK(rules.problems.at(2).contains(QStringLiteral("\"Complaint PL\"")));
    REQUIRE(rules.rules.size() == 1);
    CHECK(rules.rules.front().playbookId == QStringLiteral("complaint-de"));
}

namespace {

// The call events in a stream recorded from a real baresip 1.0 (tests/softphone/data/README.md),
// fed to the reader in pieces of `chunk` bytes.
std::vector<CallEvent> recordedEvents(const char *name, qsizetype chunk)
{
    QFile file(QStringLiteral(STEADYLINE_SOURCE_DIR "/tests/softphone/data/") + QString::fromLatin1(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray stream = file.readAll();
    NetstringReader reader;
    std::vector<CallEvent> events;
    for (qsizetype at = 0; at < stream.size(); at += chunk) {
        for (const QByteArray &message : reader.feed(stream.mid(at, chunk))) {
            if (const auto event = parseBaresipMessage(message))
                events.push_back(*event);
        }
    }
    REQUIRE_FALSE(reader.failed());
    return events;
}

} // namespace

TEST_CASE("a real baresip 1.0 stream: the callee's call rings, is answered and ends")
{
    for (const qsizetype chunk : {qsizetype(1), qsizetype(7), qsizetype(4096)}) {
        const std::vector<CallEvent> events = recordedEvents("baresip-1.0-callee.bin", chunk);
        REQUIRE(events.size() == 3);
        CHECK(events[0].kind == CallEventKind::Started);
        CHECK(events[1].kind == CallEventKind::Answered);
        CHECK(events[2].kind == CallEventKind::Ended);
        for (const CallEvent &event : events) {
            CHECK(event.peer == QStringLiteral("+48221234567"));
            CHECK(event.direction == CallDirection::Incoming);
            CHECK(event.callId == events[0].callId);
        }
        CHECK_FALSE(events[0].callId.isEmpty());
    }
}

TEST_CASE("a real baresip 1.0 stream: the caller's side, a missed call and an answer without ringing")
{
    const std::vector<CallEvent> caller = recordedEvents("baresip-1.0-caller.bin", 5);
    REQUIRE(caller.size() == 3);
    CHECK(caller[0].kind == CallEventKind::Started);
    CHECK(caller[0].direction == CallDirection::Outgoing);
    CHECK(caller[1].kind == CallEventKind::Answered);
    CHECK(caller[2].kind == CallEventKind::Ended);

    const std::vector<CallEvent> missed = recordedEvents("baresip-1.0-callee-missed.bin", 3);
    REQUIRE(missed.size() == 2);
    CallFollower follower;
    CHECK(follower.onEvent(missed[0], false).action == CallFollower::Action::ShowRinging);
    CHECK(follower.onEvent(missed[1], false).action == CallFollower::Action::RingingOver);

    const std::vector<CallEvent> automatic = recordedEvents("baresip-1.0-callee-autoanswer.bin", 11);
    REQUIRE(automatic.size() == 2);
    CHECK(follower.onEvent(automatic[0], false).action == CallFollower::Action::StartCall);
    follower.followingStarted();
    CHECK(follower.onEvent(automatic[1], true).action == CallFollower::Action::EndCall);
}
