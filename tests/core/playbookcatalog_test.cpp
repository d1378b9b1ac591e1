// The playbook catalog with real files in a temporary folder, watched as the app watches them.
#include "catch_qt.h"
#include "generatedplaybook.h"
#include "playbook/playbookcatalog.h"
#include "playbook/playbooklibrary.h"
#include "playbookfiles.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtConcurrent/QtConcurrentMap>

using namespace steadyline;
using steadyline::test::miniPlaybook;
using steadyline::test::replaceFile;
using steadyline::test::rewriteInPlace;
using steadyline::test::waitUntil;

namespace {

// Three folders standing in for the built-in resources, the team folder and the user's folder.
struct Folders
{
    Folders()
    {
        REQUIRE(root.isValid());
        for (const QString &name : {QStringLiteral("builtin"), QStringLiteral("team"), QStringLiteral("user")})
            REQUIRE(QDir(root.path()).mkpath(name));
    }
    QString builtIn(const QString &name) const { return root.filePath(QStringLiteral("builtin/") + name); }
    QString team(const QString &name = {}) const { return root.filePath(QStringLiteral("team/") + name); }
    QString user(const QString &name = {}) const { return root.filePath(QStringLiteral("user/") + name); }

    QTemporaryDir root;
};

// A catalog that reacts fast, so the tests do not wait for the app's human-scale delays.
std::unique_ptr<PlaybookCatalog> makeCatalog(const Folders &folders, const QStringList &builtIn = {})
{
    auto catalog = std::make_unique<PlaybookCatalog>();
    catalog->setReloadDelay(20);
    catalog->setRetryInterval(50);
    catalog->setBuiltInFiles(builtIn);
    catalog->setFolders(folders.team().chopped(1), folders.user().chopped(1));
    return catalog;
}

int activeRevision(const PlaybookCatalog &catalog, const QString &id)
{
    const PlaybookSnapshot snapshot = catalog.active(id);
    return snapshot ? snapshot->playbook().revision : 0;
}

QString firstLine(const PlaybookSnapshot &snapshot)
{
    return snapshot->playbook().steps.front().say.front().byLocale.value(QStringLiteral("pl"));
}

} // namespace

TEST_CASE("The catalog lists the playbooks of all three sources with where each comes from", "[catalog]")
{
    Folders folders;
    REQUIRE(replaceFile(folders.builtIn(QStringLiteral("a.json")),
                        miniPlaybook(QStringLiteral("a"), 1, QStringLiteral("A"))));
    REQUIRE(
        replaceFile(folders.team(QStringLiteral("b.json")), miniPlaybook(QStringLiteral("b"), 1, QStringLiteral("B"))));
    REQUIRE(
        replaceFile(folders.user(QStringLiteral("c.json")), miniPlaybook(QStringLiteral("c"), 1, QStringLiteral("C"))));
    const auto catalog = makeCatalog(folders, {folders.builtIn(QStringLiteral("a.json"))});

    REQUIRE(catalog->entries().size() == 3);
    CHECK(catalog->entry(QStringLiteral("a"))->active->source == PlaybookSource::BuiltIn);
    CHECK(catalog->entry(QStringLiteral("b"))->active->source == PlaybookSource::Team);
    CHECK(catalog->entry(QStringLiteral("c"))->active->source == PlaybookSource::User);
    CHECK(catalog->entry(QStringLiteral("c"))->active->path == folders.user(QStringLiteral("c.json")));
    CHECK(catalog->entry(QStringLiteral("b"))->why.contains(QStringLiteral("only version")));
    CHECK(catalog->problems().empty());
    CHECK(catalog->active(QStringLiteral("nonexistent")) == nullptr);
}

TEST_CASE("Same id in several places: the highest revision wins, ties go team then user then built-in", "[catalog]")
{
    Folders folders;
    const QString builtIn = folders.builtIn(QStringLiteral("p.json"));
    const QString team = folders.team(QStringLiteral("p.json"));
    const QString user = folders.user(QStringLiteral("mine.json")); // the file name does not matter, the id does
    const QString id = QStringLiteral("p");

    SECTION("a higher built-in revision beats older team and user copies")
    {
        REQUIRE(replaceFile(builtIn, miniPlaybook(id, 3, QStringLiteral("built-in"))));
        REQUIRE(replaceFile(team, miniPlaybook(id, 1, QStringLiteral("team"))));
        REQUIRE(replaceFile(user, miniPlaybook(id, 2, QStringLiteral("user"))));
        const auto catalog = makeCatalog(folders, {builtIn});
        REQUIRE(catalog->entries().size() == 1);
        const CatalogEntry &entry = catalog->entries().front();
        CHECK(entry.active->source == PlaybookSource::BuiltIn);
        CHECK(entry.active->playbook().revision == 3);
        CHECK(entry.others.size() == 2);
        CHECK(entry.why.contains(QStringLiteral("highest")));
        CHECK(entry.why.contains(QStringLiteral("revision 2 (your folder)")));
        CHECK(entry.why.contains(QStringLiteral("revision 1 (team folder)")));
    }
    SECTION("on equal revisions the team folder wins")
    {
        REQUIRE(replaceFile(builtIn, miniPlaybook(id, 2, QStringLiteral("built-in"))));
        REQUIRE(replaceFile(team, miniPlaybook(id, 2, QStringLiteral("team"))));
        REQUIRE(replaceFile(user, miniPlaybook(id, 2, QStringLiteral("user"))));
        const auto catalog = makeCatalog(folders, {builtIn});
        const CatalogEntry *entry = catalog->entry(id);
        REQUIRE(entry);
        CHECK(entry->active->source == PlaybookSource::Team);
        CHECK(firstLine(entry->active) == QStringLiteral("team"));
        CHECK(entry->why.contains(QStringLiteral("team folder wins")));
    }
    SECTION("on equal revisions the user's folder wins over the built-in copy")
    {
        REQUIRE(replaceFile(builtIn, miniPlaybook(id, 2, QStringLiteral("built-in"))));
        REQUIRE(replaceFile(user, miniPlaybook(id, 2, QStringLiteral("user"))));
        const auto catalog = makeCatalog(folders, {builtIn});
        CHECK(catalog->active(id)->source == PlaybookSource::User);
    }
    SECTION("the user's higher revision beats the team's")
    {
        REQUIRE(replaceFile(team, miniPlaybook(id, 4, QStringLiteral("team"))));
        REQUIRE(replaceFile(user, miniPlaybook(id, 5, QStringLiteral("user"))));
        const auto catalog = makeCatalog(folders);
        CHECK(catalog->active(id)->source == PlaybookSource::User);
        CHECK(activeRevision(*catalog, id) == 5);
    }
}

TEST_CASE("A past call's version: the revision it used when the catalog still holds it, else the one in use",
          "[catalog]")
{
    Folders folders;
    const QString id = QStringLiteral("p");
    REQUIRE(replaceFile(folders.team(QStringLiteral("p.json")), miniPlaybook(id, 3, QStringLiteral("team"))));
    REQUIRE(replaceFile(folders.user(QStringLiteral("p.json")), miniPlaybook(id, 2, QStringLiteral("user"))));
    const auto catalog = makeCatalog(folders);

    REQUIRE(catalog->version(id, 2));
    CHECK(firstLine(catalog->version(id, 2)) == QStringLiteral("user"));
    CHECK(firstLine(catalog->version(id, 3)) == QStringLiteral("team"));
    // Revision 1 is gone from every folder: the version in use still names the steps best.
    CHECK(firstLine(catalog->version(id, 1)) == QStringLiteral("team"));
    CHECK_FALSE(catalog->version(QStringLiteral("unknown"), 1));
}

TEST_CASE("A changed file reloads, a broken version keeps the last good one and reports where it is wrong",
          "[catalog][reload]")
{
    Folders folders;
    const QString path = folders.team(QStringLiteral("policy.json"));
    const QString id = QStringLiteral("policy");
    REQUIRE(replaceFile(path, miniPlaybook(id, 1, QStringLiteral("pierwsza wersja"))));
    const auto catalog = makeCatalog(folders);
    QSignalSpy rejected(catalog.get(), &PlaybookCatalog::fileRejected);
    QSignalSpy changed(catalog.get(), &PlaybookCatalog::changed);

    // A call starts: it holds this version.
    const PlaybookSnapshot inCall = catalog->active(id);
    REQUIRE(inCall);
    CHECK(inCall->playbook().revision == 1);

    // Saved with a mistake on line 4 (a missing comma after the revision).
    QByteArray broken = miniPlaybook(id, 2, QStringLiteral("druga wersja"));
    broken.replace("\"revision\": 2,", "\"revision\": 2");
    REQUIRE(replaceFile(path, broken));
    REQUIRE(rejected.wait(5000));
    const auto diagnostics = rejected.takeFirst().at(1).value<Diagnostics>();
    REQUIRE_FALSE(diagnostics.empty());
    CHECK(diagnostics.front().file == path);
    CHECK(diagnostics.front().line == 5);
    CHECK(diagnostics.front().column == 3);
    CHECK(diagnostics.front().code == QStringLiteral("json-syntax"));
    CHECK(activeRevision(*catalog, id) == 1);
    CHECK(catalog->entry(id)->stale);
    CHECK(catalog->entry(id)->why.contains(QStringLiteral("now has errors")));
    REQUIRE(catalog->problems().size() == 1);
    const CatalogProblem &problem = catalog->problems().front();
    CHECK(problem.kind == CatalogProblem::Kind::BrokenFile);
    CHECK(problem.path == path);
    CHECK(problem.message.contains(QStringLiteral("policy.json")));
    CHECK(problem.message.contains(QStringLiteral("line 5, column 3")));
    CHECK(problem.message.contains(QStringLiteral("revision 1")));

    // Fixed, written in place this time: revision 2 becomes the one for the next call.
    changed.clear();
    REQUIRE(rewriteInPlace(path, miniPlaybook(id, 2, QStringLiteral("druga wersja"))));
    REQUIRE(waitUntil([&] { return activeRevision(*catalog, id) == 2; }));
    CHECK(catalog->problems().empty());
    CHECK_FALSE(catalog->entry(id)->stale);
    CHECK(firstLine(catalog->active(id)) == QStringLiteral("druga wersja"));
    CHECK(changed.count() >= 1);

    // The call that started before still has its own version, whole.
    CHECK(inCall->playbook().revision == 1);
    CHECK(firstLine(inCall) == QStringLiteral("pierwsza wersja"));

    // Saved atomically again (the watch must have followed the new file): revision 3.
    REQUIRE(replaceFile(path, miniPlaybook(id, 3, QStringLiteral("trzecia wersja"))));
    REQUIRE(waitUntil([&] { return activeRevision(*catalog, id) == 3; }));
}

TEST_CASE("A file that was never valid is a problem, not a playbook", "[catalog]")
{
    Folders folders;
    REQUIRE(replaceFile(folders.user(QStringLiteral("draft.json")), QByteArray("{ \"id\": \"draft\" }")));
    const auto catalog = makeCatalog(folders);
    CHECK(catalog->entries().empty());
    REQUIRE(catalog->problems().size() == 1);
    CHECK(catalog->problems().front().message.contains(QStringLiteral("not used")));
    CHECK(catalog->problems().front().diagnostics.size() >= 1);
}

TEST_CASE("New files are picked up, deleted files dropped", "[catalog][reload]")
{
    Folders folders;
    const auto catalog = makeCatalog(folders);
    CHECK(catalog->entries().empty());
    REQUIRE(replaceFile(folders.user(QStringLiteral("new.json")),
                        miniPlaybook(QStringLiteral("new"), 1, QStringLiteral("x"))));
    REQUIRE(waitUntil([&] { return catalog->active(QStringLiteral("new")) != nullptr; }));
    REQUIRE(QFile::remove(folders.user(QStringLiteral("new.json"))));
    REQUIRE(waitUntil([&] { return catalog->entries().empty(); }));
    CHECK(catalog->problems().empty());
}

TEST_CASE("A folder that disappears keeps its last good playbooks and says so, they reload when it returns",
          "[catalog][reload]")
{
    Folders folders;
    const QString id = QStringLiteral("shared");
    REQUIRE(replaceFile(folders.team(QStringLiteral("shared.json")), miniPlaybook(id, 1, QStringLiteral("z udziału"))));
    const auto catalog = makeCatalog(folders);
    REQUIRE(activeRevision(*catalog, id) == 1);

    REQUIRE(QDir(folders.team()).removeRecursively());
    REQUIRE(waitUntil([&] { return !catalog->problems().empty(); }));
    const CatalogProblem &problem = catalog->problems().front();
    CHECK(problem.kind == CatalogProblem::Kind::FolderUnreachable);
    CHECK(problem.source == PlaybookSource::Team);
    CHECK(problem.message.contains(QStringLiteral("cannot be reached")));
    CHECK(activeRevision(*catalog, id) == 1);
    CHECK(catalog->entry(id)->stale);
    CHECK(catalog->entry(id)->why.contains(QStringLiteral("cannot be reached")));

    // The share comes back with a newer revision.
    REQUIRE(QDir(folders.root.path()).mkpath(QStringLiteral("team")));
    REQUIRE(replaceFile(folders.team(QStringLiteral("shared.json")),
                        miniPlaybook(id, 2, QStringLiteral("z udziału, nowy"))));
    REQUIRE(waitUntil([&] { return activeRevision(*catalog, id) == 2; }));
    CHECK(catalog->problems().empty());
    CHECK_FALSE(catalog->entry(id)->stale);

    // And it is watched again.
    REQUIRE(replaceFile(folders.team(QStringLiteral("shared.json")), miniPlaybook(id, 3, QStringLiteral("z udziału"))));
    REQUIRE(waitUntil([&] { return activeRevision(*catalog, id) == 3; }));
}

TEST_CASE("Scenario files are found in the same three places, by path, and are not loaded as playbooks", "[catalog]")
{
    Folders folders;
    REQUIRE(QDir(folders.team()).mkpath(QStringLiteral("scenarios")));
    REQUIRE(replaceFile(folders.team(QStringLiteral("scenarios/angry.json")), QByteArray("{ \"any\": \"thing\" }")));
    REQUIRE(replaceFile(folders.user(QStringLiteral("rehearsal.json")),
                        QByteArray("{ \"kind\": \"scenario\", \"id\": \"rehearsal\" }")));
    REQUIRE(replaceFile(folders.builtIn(QStringLiteral("scripted.json")), QByteArray("{ \"kind\": \"scenario\" }")));
    REQUIRE(replaceFile(folders.user(QStringLiteral("play.json")),
                        miniPlaybook(QStringLiteral("play"), 1, QStringLiteral("x"))));
    auto catalog = std::make_unique<PlaybookCatalog>();
    catalog->setReloadDelay(20);
    catalog->setBuiltInFiles({}, {folders.builtIn(QStringLiteral("scripted.json"))});
    catalog->setFolders(folders.team().chopped(1), folders.user().chopped(1));

    const auto &scenarios = catalog->scenarioFiles();
    REQUIRE(scenarios.size() == 3);
    CHECK(scenarios[0].source == PlaybookSource::Team);
    CHECK(scenarios[0].path == folders.team(QStringLiteral("scenarios/angry.json")));
    CHECK(scenarios[1].source == PlaybookSource::User);
    CHECK(scenarios[1].path == folders.user(QStringLiteral("rehearsal.json")));
    CHECK(scenarios[2].source == PlaybookSource::BuiltIn);
    CHECK(catalog->entries().size() == 1); // the playbook only
    CHECK(catalog->problems().empty());    // a scenario is not a broken playbook

    // A scenario added later is found too.
    REQUIRE(replaceFile(folders.team(QStringLiteral("scenarios/calm.json")), QByteArray("{}")));
    REQUIRE(waitUntil([&] { return catalog->scenarioFiles().size() == 4; }));
}

TEST_CASE("Only a top-level kind of scenario makes a file a scenario", "[catalog]")
{
    CHECK(PlaybookCatalog::declaresScenario(QByteArray(R"({"kind": "scenario"})")));
    CHECK_FALSE(PlaybookCatalog::declaresScenario(QByteArray(R"({"kind": "playbook"})")));
    CHECK_FALSE(PlaybookCatalog::declaresScenario(QByteArray(R"({"steps": [{"kind": "scenario"}]})")));
    CHECK_FALSE(PlaybookCatalog::declaresScenario(QByteArray(R"({"kind": "scenario", )")));
    CHECK_FALSE(PlaybookCatalog::declaresScenario(QByteArray(R"({"id": "x"})")));
}

TEST_CASE("Large playbooks appearing on the team share load without stopping the event loop (review M4)",
          "[catalog][security]")
{
    Folders folders;
    auto catalog = makeCatalog(folders);
    // The window's thread keeps a timer; every tick notes how long it waited.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
    QElapsedTimer loading;
    constexpr int kFiles = 5;
    for (int i = 0; i < kFiles; ++i) {
        std::string json = test::generateChainPlaybook(9000);
        const std::string from = "\"id\": \"generated\"";
        const auto at = json.find(from);
        REQUIRE(at != std::string::npos);
        json.replace(at, from.size(), "\"id\": \"generated-" + std::to_string(i) + "\"");
        REQUIRE(replaceFile(folders.team(QStringLiteral("big-%1.json").arg(i)), QByteArray::fromStdString(json)));
    }
    loading.start();
    sinceTick.start();
    ticker.start();
    REQUIRE(waitUntil([&] { return catalog->entries().size() == kFiles; }, 120000));
    const qint64 took = loading.elapsed();
    ticker.stop();
    INFO("loading took " << took << " ms; the longest wait of the event loop was " << longestGap << " ms");
    if (took < 400)
        WARN("the machine loads these too fast to tell a blocked event loop from a free one");
    else
        CHECK(longestGap < took / 2);
}

TEST_CASE("A playbook published by the team wins over every other version, and its source names who and when",
          "[catalog][published]")
{
    Folders folders;
    const QString id = QStringLiteral("p");
    const QString published = folders.root.filePath(QStringLiteral("data/published-playbooks"));
    REQUIRE(replaceFile(folders.team(QStringLiteral("p.json")), miniPlaybook(id, 7, QStringLiteral("team"))));
    const auto catalog = makeCatalog(folders);

    // Joined, nothing published yet: the folder is not there, which is no problem.
    catalog->setPublishedFolder(published);
    CHECK(catalog->problems().empty());
    CHECK(catalog->active(id)->source == PlaybookSource::Team);

    PlaybookPublication publication;
    publication.playbookId = id;
    publication.revision = 3;
    publication.publishedBy = QStringLiteral("lena");
    publication.publishedAt = QDateTime(QDate(QDate::currentDate().year(), 12, 6), QTime(9, 30), Qt::UTC);
    publication.note = QStringLiteral("rolled back");
    publication.sha256 = QStringLiteral("ab");
    publication.active = true;
    QString error;
    REQUIRE(
        writePublishedPlaybooks(published, {{publication, miniPlaybook(id, 3, QStringLiteral("published"))}}, &error));
    CHECK(QFileInfo(published).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                 QFile::ReadUser | QFile::WriteUser | QFile::ExeUser));
    CHECK(QFileInfo(published + QStringLiteral("/p.json")).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    catalog->rescan();

    // Revision 3 of the team's publication beats revision 7 of the team folder: the lead chose it.
    const CatalogEntry *entry = catalog->entry(id);
    REQUIRE(entry);
    CHECK(entry->active->source == PlaybookSource::Published);
    CHECK(entry->active->playbook().revision == 3);
    CHECK(firstLine(entry->active) == QStringLiteral("published"));
    REQUIRE(entry->active->publication);
    CHECK(entry->active->publication->note == QStringLiteral("rolled back"));
    CHECK(entry->active->sourceLabel() == QStringLiteral("published by your team (revision 3, by lena, 6 Dec)"));
    CHECK(entry->why.contains(QStringLiteral("The team's published version is used")));
    CHECK(entry->why.contains(QStringLiteral("revision 7 (team folder)")));
    const PlaybookSnapshot running = catalog->active(id);

    // No longer published (the desk left the team): the team folder's version again; a call that
    // started with the published one keeps it.
    REQUIRE(writePublishedPlaybooks(published, {}, &error));
    CHECK_FALSE(QFileInfo::exists(published + QStringLiteral("/p.json")));
    CHECK_FALSE(QFileInfo::exists(published + QStringLiteral("/p.publication")));
    catalog->rescan();
    CHECK(catalog->active(id)->source == PlaybookSource::Team);
    CHECK(running->playbook().revision == 3);
    catalog->setPublishedFolder({});
    CHECK(catalog->problems().empty());
}

TEST_CASE("The built-in playbooks parsed before the catalog is made are the ones it uses", "[catalog][start]")
{
    PlaybookCatalog plain;
    PlaybookCatalog preloaded(PlaybookCatalog::preloadBuiltIn());
    REQUIRE_FALSE(plain.entries().empty());
    REQUIRE(preloaded.entries().size() == plain.entries().size());
    for (std::size_t i = 0; i < plain.entries().size(); ++i) {
        const CatalogEntry &expected = plain.entries()[i];
        const CatalogEntry &got = preloaded.entries()[i];
        CHECK(got.id == expected.id);
        CHECK(got.active->path == expected.active->path);
        CHECK(got.active->playbook().revision == expected.active->playbook().revision);
        CHECK(got.active->playbook().steps.size() == expected.active->playbook().steps.size());
        CHECK(got.active->load.source == expected.active->load.source);
    }
    CHECK(preloaded.problems().size() == plain.problems().size());
}

TEST_CASE("The catalog takes preloaded results instead of parsing the built-in files again", "[catalog][start]")
{
    // A preload that stands in another playbook for the first built-in file: only a catalog that
    // really takes the preloaded result shows it.
    PlaybookCatalog::PreloadedPlaybooks standIn;
    standIn.paths = PlaybookLibrary::builtInPlaybookFiles();
    REQUIRE_FALSE(standIn.paths.isEmpty());
    const QString replaced = standIn.paths.front();
    standIn.loads = QtConcurrent::mapped(QStringList(standIn.paths), [replaced](const QString &path) {
        return path == replaced ? PlaybookLoader::loadData(
                                      miniPlaybook(QStringLiteral("stand-in"), 1, QStringLiteral("Dzień dobry")), path)
                                : PlaybookLoader::loadFile(path);
    });
    PlaybookCatalog catalog(std::move(standIn));
    const PlaybookSnapshot standInSnapshot = catalog.active(QStringLiteral("stand-in"));
    REQUIRE(standInSnapshot);
    CHECK(standInSnapshot->path == replaced);
    CHECK(standInSnapshot->source == PlaybookSource::BuiltIn);

    // Taken once: a later rescan leaves the built-in ones as they are (they never change).
    catalog.rescan();
    CHECK(catalog.active(QStringLiteral("stand-in")));
}
