// What moved out of the call window into the core: the method's path with undo, whether the
// forward key starts the countdown, when a promise falls due, the journal's call record, the
// housekeeping at start, and which playbooks a scenario may use. No display needed.
#include "call/callrecorder.h"
#include "call/callsession.h"
#include "call/promisedue.h"
#include "journal/startuphousekeeping.h"
#include "testplaybooks.h"
#include "training/playbookset.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include "catch_qt.h"

using namespace steadyline;
using namespace std::chrono_literals;

namespace {

LoadResult polishLoad()
{
    LoadResult result = PlaybookLoader::loadFile(test::shippedPlaybookPath("aggressive-caller-pl.json"));
    REQUIRE(result.ok());
    return result;
}

CallSetup phoneSetup()
{
    CallSetup setup;
    setup.channel = Channel::Phone;
    setup.locale = QStringLiteral("pl");
    setup.render.address = FormOfAddress::FormalFemale;
    setup.render.caseReference = QStringLiteral("ZG-2026/0042");
    return setup;
}

// A copy of a shipped playbook under another revision, written to `path`.
void writeRevision(const QString &path, int revision)
{
    QFile source(test::shippedPlaybookPath("aggressive-caller-pl.json"));
    REQUIRE(source.open(QIODevice::ReadOnly));
    QByteArray json = source.readAll();
    const qsizetype at = json.indexOf("\"revision\"");
    REQUIRE(at >= 0);
    const qsizetype end = json.indexOf(',', at);
    json.replace(at, end - at, "\"revision\": " + QByteArray::number(revision));
    QFile target(path);
    REQUIRE(target.open(QIODevice::WriteOnly));
    target.write(json);
}

const QStringList kFullPath{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("3½")};

} // namespace

TEST_CASE("The method's path follows the steps, takes undone ones back and shows 3½ once", "[call][path]")
{
    ManualClock clock;
    CallSession call(polishLoad().playbook, phoneSetup(), clock);
    call.start();
    CHECK(call.methodPath() == QStringList{QStringLiteral("1")});
    REQUIRE(call.fire(call.primaryEvent()));
    CHECK(call.methodPath() == QStringList{QStringLiteral("1"), QStringLiteral("2")});
    REQUIRE(call.undo());
    CHECK(call.methodPath() == QStringList{QStringLiteral("1")});
    REQUIRE(call.fire(call.primaryEvent()));
    REQUIRE(call.fire(call.primaryEvent()));
    REQUIRE(call.fire(call.primaryEvent()));
    CHECK(call.methodPath() == kFullPath);
    clock.advance(10s);
    call.poll();
    REQUIRE(call.reachedFinalStep());
    // The countdown and the hang-up are both "3½": the path names it once.
    CHECK(call.methodPath() == kFullPath);
}

TEST_CASE("Only the forward key of the final warning starts the countdown", "[call][countdown]")
{
    ManualClock clock;
    CallSession call(polishLoad().playbook, phoneSetup(), clock);
    call.start();
    CHECK_FALSE(call.primaryEventStartsCountdown()); // step 1
    call.fire(call.primaryEvent());
    CHECK_FALSE(call.primaryEventStartsCountdown()); // step 2
    call.fire(call.primaryEvent());
    CHECK(call.primaryEventStartsCountdown()); // step 3 → 3½
    call.fire(call.primaryEvent());
    REQUIRE(call.countdownRunning());
    CHECK_FALSE(call.primaryEventStartsCountdown()); // in the countdown itself
}

TEST_CASE("A promise falls due at the end of the working day, or in an hour when that has passed", "[call][promise]")
{
    const QDateTime morning(QDate(2026, 12, 7), QTime(10, 15));
    CHECK(promiseDueIn(0, morning) == QDateTime(QDate(2026, 12, 7), QTime(17, 0)));
    CHECK(promiseDueIn(1, morning) == QDateTime(QDate(2026, 12, 8), QTime(17, 0)));
    CHECK(promiseDueIn(7, morning) == QDateTime(QDate(2026, 12, 14), QTime(17, 0)));
    CHECK_FALSE(promiseDueIn(-1, morning).isValid());
    const QDateTime evening(QDate(2026, 12, 7), QTime(18, 30));
    CHECK(promiseDueIn(0, evening) == evening.addSecs(3600));
    CHECK(promiseDueIn(1, evening) == QDateTime(QDate(2026, 12, 8), QTime(17, 0)));
}

TEST_CASE("An open promise is overdue, due today, upcoming or without a due time, as its due time stands to now",
          "[call][promise]")
{
    const QDateTime now(QDate(2026, 12, 7), QTime(12, 0));
    CHECK(promiseDueGroup({}, now) == PromiseDueGroup::NoDueTime);
    CHECK(promiseDueGroup(now.addSecs(-1), now) == PromiseDueGroup::Overdue);
    CHECK(promiseDueGroup(QDateTime(QDate(2026, 12, 6), QTime(17, 0)), now) == PromiseDueGroup::Overdue);
    // Due this very moment is not overdue yet (the journal's overdue() counts due < now).
    CHECK(promiseDueGroup(now, now) == PromiseDueGroup::DueToday);
    CHECK(promiseDueGroup(QDateTime(QDate(2026, 12, 7), QTime(23, 59, 59)), now) == PromiseDueGroup::DueToday);
    // Midnight belongs to the next day.
    CHECK(promiseDueGroup(QDateTime(QDate(2026, 12, 8), QTime(0, 0)), now) == PromiseDueGroup::Upcoming);
    CHECK(promiseDueGroup(QDateTime(QDate(2026, 12, 14), QTime(17, 0)), now) == PromiseDueGroup::Upcoming);
    // The day ends at midnight in now's own time zone: 23:30 UTC is tomorrow in Warsaw already,
    // 23:30 in Warsaw is still today there.
    const QTimeZone warsaw("Europe/Warsaw");
    const QDateTime warsawNoon(QDate(2026, 12, 7), QTime(12, 0), warsaw);
    CHECK(startOfNextDay(warsawNoon) == QDateTime(QDate(2026, 12, 8), QTime(0, 0), warsaw));
    CHECK(promiseDueGroup(QDateTime(QDate(2026, 12, 7), QTime(23, 30), Qt::UTC), warsawNoon) ==
          PromiseDueGroup::Upcoming);
    CHECK(promiseDueGroup(QDateTime(QDate(2026, 12, 7), QTime(23, 30), warsaw), warsawNoon) ==
          PromiseDueGroup::DueToday);
}

TEST_CASE("The journal's call record names the playbook version that guided the call", "[call][journal]")
{
    const LoadResult playbook = polishLoad();
    const journal::CallStart start = callStartFor(playbook, phoneSetup(), true);
    CHECK(start.playbookId == QStringLiteral("aggressive-caller-pl"));
    CHECK(start.revision == playbook.playbook->revision);
    QFile file(test::shippedPlaybookPath("aggressive-caller-pl.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(start.sha256 ==
          QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    CHECK(start.caseReference == QStringLiteral("ZG-2026/0042"));
    CHECK(start.channel == Channel::Phone);
    CHECK(start.address == FormOfAddress::FormalFemale);
    CHECK(start.locale == QStringLiteral("pl"));
    CHECK(start.training);
}

TEST_CASE("Housekeeping at start closes calls left open and offers the latest live one", "[journal][start]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ManualClock clock(QDateTime::currentDateTimeUtc());
    QString error;
    auto journal = journal::Journal::open(dir.path(), &error, clock);
    REQUIRE(journal);
    const LoadResult playbook = polishLoad();
    const qint64 older = journal->beginCall(callStartFor(playbook, phoneSetup(), false)).id;
    clock.advance(60s);
    const qint64 rehearsal = journal->beginCall(callStartFor(playbook, phoneSetup(), true)).id;
    clock.advance(60s);
    const qint64 latest = journal->beginCall(callStartFor(playbook, phoneSetup(), false)).id;
    REQUIRE(journal->addPromise(latest, QStringLiteral("oddzwonić"), {}, clock.wallNow().addDays(-1)).ok);
    const qint64 finished = journal->beginCall(callStartFor(playbook, phoneSetup(), false)).id;
    REQUIRE(journal->endCall(finished, CallOutcome::Resolved).ok);

    const journal::StartupReport report = journal::tidyAtStart(*journal, 90);
    CHECK(report.deleted.ok());
    CHECK(report.deleted.value == 0);
    REQUIRE(report.interrupted.size() == 2); // the rehearsal is closed but never offered
    CHECK(report.interrupted.at(0).id == older);
    CHECK(report.interrupted.at(1).id == latest);
    REQUIRE(report.callToContinue.has_value());
    CHECK(report.callToContinue->id == latest);
    REQUIRE(report.overdue.size() == 1);
    CHECK(report.overdue.front().text == QStringLiteral("oddzwonić"));
    // Every call left open, the rehearsal too, is now closed as interrupted.
    CHECK(journal->unfinishedCalls().value.empty());
    CHECK(rehearsal != 0);

    // A second start finds nothing left to close.
    const journal::StartupReport again = journal::tidyAtStart(*journal, 90);
    CHECK(again.interrupted.empty());
    CHECK_FALSE(again.callToContinue.has_value());
}

TEST_CASE("A scenario's playbooks: named, beside it, the folder above, the playbook folders, built in",
          "[training][playbooks]")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const QDir base(root.path());
    REQUIRE(base.mkpath(QStringLiteral("team/scenarios")));
    REQUIRE(base.mkpath(QStringLiteral("personal")));
    const QString scenario = base.filePath(QStringLiteral("team/scenarios/s.json"));
    const int builtIn = polishLoad().playbook->revision;

    SECTION("built in only")
    {
        CHECK(PlaybookSet::forScenario(scenario).find(QStringLiteral("aggressive-caller-pl"))->revision == builtIn);
    }
    SECTION("the folder above the scenario")
    {
        writeRevision(base.filePath(QStringLiteral("team/pl.json")), builtIn + 3);
        CHECK(PlaybookSet::forScenario(scenario).find(QStringLiteral("aggressive-caller-pl"))->revision == builtIn + 3);
    }
    SECTION("beside the scenario")
    {
        writeRevision(base.filePath(QStringLiteral("team/scenarios/pl.json")), builtIn + 4);
        CHECK(PlaybookSet::forScenario(scenario).find(QStringLiteral("aggressive-caller-pl"))->revision == builtIn + 4);
    }
    SECTION("a playbook folder, which a built-in scenario uses too")
    {
        writeRevision(base.filePath(QStringLiteral("personal/pl.json")), builtIn + 5);
        const QStringList folders{base.filePath(QStringLiteral("personal"))};
        CHECK(PlaybookSet::forScenario(scenario, folders).find(QStringLiteral("aggressive-caller-pl"))->revision ==
              builtIn + 5);
        CHECK(PlaybookSet::forScenario(QStringLiteral(":/scenarios/x.json"), folders)
                  .find(QStringLiteral("aggressive-caller-pl"))
                  ->revision == builtIn + 5);
    }
    SECTION("named playbooks")
    {
        writeRevision(base.filePath(QStringLiteral("named.json")), builtIn + 6);
        const auto named = PlaybookLoader::loadFile(base.filePath(QStringLiteral("named.json"))).playbook;
        REQUIRE(named);
        CHECK(PlaybookSet::forScenario(scenario, {}, {named}).find(QStringLiteral("aggressive-caller-pl"))->revision ==
              builtIn + 6);
    }
}

TEST_CASE("An interrupted call goes on with its channel, language, address and reference", "[call][journal]")
{
    journal::CallRecord interrupted;
    interrupted.channel = Channel::InPerson;
    interrupted.locale = QStringLiteral("pl");
    interrupted.address = FormOfAddress::FormalFemale;
    interrupted.caseReference = QStringLiteral("KR-7/2026");
    const auto playbook = polishLoad().playbook;
    CallSetup setup = setupToContinue(interrupted, *playbook);
    CHECK(setup.channel == Channel::InPerson);
    CHECK(setup.locale == QStringLiteral("pl"));
    CHECK(setup.render.address == FormOfAddress::FormalFemale);
    CHECK(setup.render.caseReference == QStringLiteral("KR-7/2026"));
    // A record from before the language was stored: the playbook's own.
    interrupted.locale.clear();
    CHECK(setupToContinue(interrupted, *playbook).locale == playbook->baseLocale);
}
