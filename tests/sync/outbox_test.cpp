// The outbox without a server: what the journal queues for the team (and when it queues
// nothing), what leaves the desk under each note policy, and the password file.
#include "catch_qt.h"
#include "journal/journal.h"
#include "pgpassfile.h"
#include "teamexchange.h"
#include "teamstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace steadyline;
using namespace steadyline::sync;

namespace {

journal::CallStart callStart()
{
    journal::CallStart start;
    start.caseReference = QStringLiteral("ZG-2026/0042");
    start.playbookId = QStringLiteral("aggressive-caller-pl");
    start.revision = 3;
    start.locale = QStringLiteral("pl");
    return start;
}

TeamStore storeOf(const journal::Journal &journal)
{
    return TeamStore(QSqlDatabase::database(journal.connectionName(), false));
}

std::vector<OutboxChange> outbox(const journal::Journal &journal)
{
    QString error;
    auto changes = storeOf(journal).nextBatch(1000, &error);
    REQUIRE(error.isEmpty());
    return changes;
}

} // namespace

TEST_CASE("A desk that never joined a team grows no outbox")
{
    QTemporaryDir dir;
    QString error;
    auto journal = journal::Journal::open(dir.path(), &error);
    REQUIRE(journal);
    const qint64 call = journal->beginCall(callStart()).id;
    REQUIRE(journal->addNote(call, QStringLiteral("Klient krzyczy.")).ok);
    const qint64 promise = journal->addPromise(call, QStringLiteral("Oddzwonię"), {}, {}).id;
    REQUIRE(journal->setPromiseStatus(promise, journal::PromiseStatus::Kept).ok);
    REQUIRE(journal->endCall(call, CallOutcome::EndedByConsultant).ok);
    CHECK(outbox(*journal).empty());
    CHECK_FALSE(storeOf(*journal).membership(&error).has_value());
}

TEST_CASE("Once joined, every shared change is queued with a UUID in the transaction of its write")
{
    QTemporaryDir dir;
    QString error;
    auto journal = journal::Journal::open(dir.path(), &error);
    REQUIRE(journal);
    const qint64 before = journal->beginCall(callStart()).id; // begun before joining: stays on the desk
    REQUIRE(storeOf(*journal).join(QStringLiteral("postgresql://anna@server/steadyline"), QStringLiteral("anna"),
                                   QStringLiteral("Claims"), QStringLiteral("agent"), &error));
    REQUIRE(journal->addNote(before, QStringLiteral("przed dołączeniem")).ok);
    CHECK(outbox(*journal).empty());

    const qint64 call = journal->beginCall(callStart()).id;
    REQUIRE(journal->addTimelineEvent(call, journal::kTimelineStepEntered, QStringLiteral("offer_help")).ok);
    REQUIRE(
        journal->addNote(call, QStringLiteral("Pan Jan Kowalski, tel. 601 234 567"), {QStringLiteral("groźby")}).ok);
    const qint64 promise =
        journal->addPromise(call, QStringLiteral("Oddzwonię jutro"), {}, QDateTime::currentDateTime().addDays(1)).id;
    REQUIRE(journal->setPromiseStatus(promise, journal::PromiseStatus::Kept).ok);
    REQUIRE(journal->endCall(call, CallOutcome::EndedByConsultant).ok);
    journal::TrainingAttempt attempt;
    attempt.scenarioId = QStringLiteral("turtle");
    attempt.score = 7;
    attempt.max = 10;
    attempt.percent = 70;
    REQUIRE(journal->addTrainingAttempt(attempt).ok);

    const auto changes = outbox(*journal);
    QStringList kinds;
    for (const OutboxChange &change : changes)
        kinds << change.kind;
    CHECK(kinds == QStringList{QStringLiteral("call"), QStringLiteral("timeline"), QStringLiteral("note"),
                               QStringLiteral("promise"), QStringLiteral("promise_status"), QStringLiteral("call"),
                               QStringLiteral("training_attempt")});
    const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QStringList ids;
    for (const OutboxChange &change : changes) {
        INFO(change.id.toStdString());
        CHECK(uuid.match(change.id).hasMatch());
        ids << change.id;
    }
    // The call's two changes (begun, ended) carry its one UUID; the others name it.
    CHECK(changes[0].id == changes[5].id);
    CHECK(ids.removeDuplicates() == 1);
    CHECK(changes[1].data.value(QStringLiteral("call_id")).toString() == changes[0].id);
    CHECK(changes[2].data.value(QStringLiteral("tags")).toArray() == QJsonArray{QStringLiteral("groźby")});
    CHECK(changes[4].data.value(QStringLiteral("promise_id")).toString() == changes[3].id);
    CHECK(changes[4].data.value(QStringLiteral("status")).toString() == QStringLiteral("kept"));
    CHECK(changes[5].data.value(QStringLiteral("outcome")).toString() ==
          callOutcomeName(CallOutcome::EndedByConsultant));
    CHECK(storeOf(*journal).waiting(&error) == 7);

    // What the server took leaves the outbox; the rest stays in order.
    REQUIRE(storeOf(*journal).removePushed(changes[3].seq, QDateTime::currentDateTime(), &error));
    CHECK(storeOf(*journal).waiting(&error) == 3);
    CHECK(storeOf(*journal).membership(&error)->lastPush.isValid());
}

TEST_CASE("Note text leaves the desk only when the team shares it, and then masked")
{
    OutboxChange note{1, QStringLiteral("6f1c2f1e-0a55-4d6b-9a43-3c1f0f5b7a10"), QStringLiteral("note"),
                      QJsonObject{{QStringLiteral("call_id"), QStringLiteral("6f1c2f1e-0a55-4d6b-9a43-3c1f0f5b7a11")},
                                  {QStringLiteral("text"), QStringLiteral("Pan Jan Kowalski, tel. 601 234 567")},
                                  {QStringLiteral("tags"), QJsonArray{QStringLiteral("groźby")}}}};
    const auto sent = [&](bool share) {
        return QJsonDocument::fromJson(changesForServer({note}, share)).array().at(0).toObject();
    };
    const QJsonObject kept = sent(false);
    CHECK(kept.value(QStringLiteral("kind")).toString() == QStringLiteral("note"));
    CHECK(kept.value(QStringLiteral("id")).toString() == note.id);
    CHECK_FALSE(kept.value(QStringLiteral("data")).toObject().contains(QStringLiteral("text")));
    CHECK(kept.value(QStringLiteral("data")).toObject().value(QStringLiteral("tags")).toArray().size() == 1);
    const QString shared = sent(true).value(QStringLiteral("data")).toObject().value(QStringLiteral("text")).toString();
    CHECK_FALSE(shared.contains(QStringLiteral("601 234 567")));
    CHECK_FALSE(shared.contains(QStringLiteral("Kowalski")));
    CHECK(shared.contains(QStringLiteral("[phone]")));
}

TEST_CASE("A call's case reference leaves the desk only as its caller key, a keyed hash")
{
    // HMAC-SHA256 with a 32-byte key of 0x0b over "ZG-2026/0042", computed independently (Python's
    // hmac module).
    const QByteArray secret = QByteArray::fromHex(QByteArray("0b").repeated(32));
    const QString expected = QStringLiteral("48b1c6a9289d0897b0b341cd0500ee61e143c251cd411cedea803f8f6e0c6a5f");
    CHECK(callerKey(QStringLiteral("ZG-2026/0042"), secret) == expected);
    // One caller however it is typed; another reference or another team's secret, another key.
    CHECK(normalisedCaseReference(QStringLiteral(" zg-2026/ 0042\t")) == QStringLiteral("ZG-2026/0042"));
    CHECK(callerKey(QStringLiteral(" zg-2026/0042 "), secret) == expected);
    CHECK(callerKey(QStringLiteral("ZG-2026/0043"), secret) != expected);
    CHECK(callerKey(QStringLiteral("ZG-2026/0042"), QByteArray(32, '\x0c')) != expected);
    CHECK(callerKey(QStringLiteral("  "), secret).isEmpty());
    CHECK(callerKey(QStringLiteral("ZG-2026/0042"), {}).isEmpty());

    const OutboxChange call{1, QStringLiteral("6f1c2f1e-0a55-4d6b-9a43-3c1f0f5b7a11"), QStringLiteral("call"),
                            QJsonObject{{QStringLiteral("started_at"), QStringLiteral("2026-12-06T10:00:00Z")},
                                        {QStringLiteral("case_reference"), QStringLiteral("ZG-2026/0042")}}};
    const auto sent = [&](const QByteArray &key) {
        const QByteArray json = changesForServer({call}, false, key);
        CHECK_FALSE(json.contains("0042"));
        return QJsonDocument::fromJson(json).array().at(0).toObject().value(QStringLiteral("data")).toObject();
    };
    CHECK(sent(secret).value(QStringLiteral("caller_key")).toString() == expected);
    CHECK_FALSE(sent(secret).contains(QStringLiteral("case_reference")));
    // Without the team's secret nothing of the reference goes, not even a key.
    CHECK_FALSE(sent({}).contains(QStringLiteral("caller_key")));
}

TEST_CASE("The password goes to libpq's password file, private, one entry per server and login")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pgpass"));
    qputenv("PGPASSFILE", QFile::encodeName(path));
    {
        QFile other(path);
        REQUIRE(other.open(QIODevice::WriteOnly));
        other.write("otherhost:5432:*:bob:secret\n");
    }
    server::ServerAddress address;
    address.host = QStringLiteral("127.0.0.1");
    address.port = 6543;
    address.database = QStringLiteral("steadyline");
    address.user = QStringLiteral("anna");
    QString error;
    REQUIRE(storePassword(address, QStringLiteral("first:pass\\word"), &error));
    REQUIRE(storePassword(address, QStringLiteral("second"), &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()) ==
          QStringLiteral("otherhost:5432:*:bob:secret\n127.0.0.1:6543:steadyline:anna:second\n"));
    CHECK(file.permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    qunsetenv("PGPASSFILE");
}

TEST_CASE("What the server took is never sent again, leaves with the pull, and never goes to another server")
{
    QTemporaryDir dir;
    QString error;
    auto journal = journal::Journal::open(dir.path(), &error);
    REQUIRE(journal);
    TeamStore store = storeOf(*journal);
    REQUIRE(store.join(QStringLiteral("postgresql://anna@server/steadyline"), QStringLiteral("anna"),
                       QStringLiteral("Claims"), QStringLiteral("agent"), &error));
    const qint64 call = journal->beginCall(callStart()).id;
    REQUIRE(journal->addNote(call, QStringLiteral("pierwsza")).ok);
    REQUIRE(journal->addNote(call, QStringLiteral("druga")).ok);
    const auto queued = outbox(*journal);
    REQUIRE(queued.size() == 3);
    const auto rows = [&journal] {
        QSqlQuery q(QSqlDatabase::database(journal->connectionName(), false));
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM outbox")));
        REQUIRE(q.next());
        return q.value(0).toInt();
    };

    // Taken up to the first note: the rest is what a push sends next.
    REQUIRE(store.removePushed(queued[1].seq, QDateTime::currentDateTime(), &error));
    CHECK(store.pushedThroughSeq(&error) == queued[1].seq);
    REQUIRE(outbox(*journal).size() == 1);
    CHECK(outbox(*journal).front().id == queued[2].id);
    // A refusal takes only the change refused; the watermark never goes back.
    REQUIRE(store.refuse(queued[2], QStringLiteral("no"), QDateTime::currentDateTime(), &error));
    CHECK(outbox(*journal).empty());
    REQUIRE(store.removePushed(queued[0].seq, QDateTime::currentDateTime(), &error));
    CHECK(store.pushedThroughSeq(&error) == queued[1].seq);
    CHECK(rows() == 2);

    // A pull with more to come keeps them; the one that catches up, with what was taken before it
    // began, takes them out.
    REQUIRE(store.storePulled({}, QDateTime::currentDateTime(), &error, 0));
    CHECK(rows() == 2);
    REQUIRE(store.storePulled({}, QDateTime::currentDateTime(), &error, queued[0].seq));
    CHECK(rows() == 1);

    // Another server: what this one took is not sent there; what waits is.
    REQUIRE(journal->addNote(call, QStringLiteral("trzecia")).ok);
    REQUIRE(store.join(QStringLiteral("postgresql://anna@other/steadyline"), QStringLiteral("anna"),
                       QStringLiteral("Claims"), QStringLiteral("agent"), &error));
    CHECK(store.pushedThroughSeq(&error) == 0);
    const auto forTheNewServer = outbox(*journal);
    REQUIRE(forTheNewServer.size() == 1);
    CHECK(forTheNewServer.front().data.value(QStringLiteral("text")).toString() == QStringLiteral("trzecia"));
    CHECK(rows() == 1);

    // Leaving drops the outbox and the watermark with the team's rows.
    REQUIRE(store.leave(&error));
    CHECK(rows() == 0);
    CHECK(store.pushedThroughSeq(&error) == 0);
}
