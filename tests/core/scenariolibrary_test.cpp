// The scenario library: built-in scenarios, the team's and the user's folders, what is listed
// and what is not, and files that do not load.
#include "playbook/playbookcatalog.h"
#include "settings/settings.h"
#include "testscenarios.h"
#include "training/scenariolibrary.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace steadyline;
using namespace steadyline::test;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(data) == data.size());
}

void writeJson(const QString &path, const nlohmann::json &document)
{
    writeFile(path, QByteArray::fromStdString(document.dump(2)));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList fileNames(const ScenarioLibrary &library, PlaybookSource source)
{
    QStringList names;
    for (const ScenarioEntry &entry : library.entries()) {
        if (entry.source == source)
            names << QFileInfo(entry.path).fileName();
    }
    return names;
}

const ScenarioEntry &entryNamed(const ScenarioLibrary &library, const QString &fileName)
{
    const auto &entries = library.entries();
    const auto it = std::find_if(entries.cbegin(), entries.cend(), [&](const ScenarioEntry &entry) {
        return QFileInfo(entry.path).fileName() == fileName;
    });
    INFO("no entry for " << fileName.toStdString());
    REQUIRE(it != entries.cend());
    return *it;
}

bool hasCode(const Diagnostics &diagnostics, const QString &code)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [&](const Diagnostic &diagnostic) { return diagnostic.code == code; });
}

} // namespace

TEST_CASE("The library lists scenarios from the team's and the user's folders, and only scenarios",
          "[training][library]")
{
    QTemporaryDir root;
    const QString team = root.filePath(QStringLiteral("team"));
    const QString user = root.filePath(QStringLiteral("user"));
    const QByteArray testScenario = readFile(kTestScenario);
    const QByteArray playbook = readFile(QStringLiteral(STEADYLINE_PLAYBOOKS_DIR "/aggressive-caller-en.json"));

    // The team: a scenario in scenarios/, one directly in the folder, a playbook in each place
    // (not listed), a file that is not JSON in scenarios/ (listed: a broken scenario) and one at
    // the top (not listed: nothing says it is a scenario), and a scenario naming no known playbook.
    writeFile(team + QStringLiteral("/scenarios/escalation-en.json"), testScenario);
    nlohmann::json atTop = testScenarioJson();
    atTop["id"] = "team-escalation-en";
    atTop["title"] = "Team: the same caller";
    writeJson(team + QStringLiteral("/team-escalation-en.json"), atTop);
    writeFile(team + QStringLiteral("/aggressive-caller-en.json"), playbook);
    writeFile(team + QStringLiteral("/scenarios/complaint-en.json"),
              readFile(QStringLiteral(STEADYLINE_PLAYBOOKS_DIR "/complaint-en.json")));
    writeFile(team + QStringLiteral("/scenarios/half.json"), "{ \"kind\": \"scenario\", ");
    writeFile(team + QStringLiteral("/notes.json"), "not json at all");
    nlohmann::json orphan = testScenarioJson();
    orphan["id"] = "orphan-en";
    orphan["title"] = "Orphan";
    orphan["difficulty"] = "advanced";
    orphan["playbook"]["id"] = "no-such-playbook";
    writeJson(team + QStringLiteral("/scenarios/orphan-en.json"), orphan);
    // The user: a scenario training the user's own playbook, found only in the user's folder.
    nlohmann::json ownPlaybook = nlohmann::json::parse(playbook.toStdString());
    ownPlaybook["id"] = "my-aggressive-caller-en";
    writeJson(user + QStringLiteral("/my-aggressive-caller-en.json"), ownPlaybook);
    nlohmann::json own = testScenarioJson();
    own["id"] = "own-escalation-en";
    own["title"] = "Mine";
    own["playbook"]["id"] = "my-aggressive-caller-en";
    writeJson(user + QStringLiteral("/scenarios/own-en.json"), own);

    const ScenarioLibrary library = ScenarioLibrary::load(team, user);
    CHECK(library.problems().isEmpty());
    CHECK(fileNames(library, PlaybookSource::Team) ==
          QStringList{QStringLiteral("escalation-en.json"), QStringLiteral("half.json"),
                      QStringLiteral("orphan-en.json"), QStringLiteral("team-escalation-en.json")});
    CHECK(fileNames(library, PlaybookSource::User) == QStringList{QStringLiteral("own-en.json")});
    CHECK(library.playbooks().find(QStringLiteral("my-aggressive-caller-en")));

    const ScenarioEntry &test = entryNamed(library, QStringLiteral("escalation-en.json"));
    CHECK(test.loads);
    REQUIRE(test.scenario);
    CHECK(test.path == QDir(team).filePath(QStringLiteral("scenarios/escalation-en.json")));
    CHECK(test.id == QStringLiteral("test-escalation-en"));
    CHECK(test.revision == 1);
    CHECK(test.title == QStringLiteral("Test: a caller who does not stop"));
    CHECK(test.language == QStringLiteral("en"));
    CHECK(test.difficulty == Difficulty::Intermediate);
    CHECK(test.briefing.contains(QStringLiteral("never calms down")));
    CHECK(test.goals == QStringList{QStringLiteral("Take every step in order"), QStringLiteral("Keep the 3½ wait")});
    CHECK(test.playbookId == QStringLiteral("aggressive-caller-en"));
    CHECK(entryNamed(library, QStringLiteral("team-escalation-en.json")).loads);
    CHECK(entryNamed(library, QStringLiteral("own-en.json")).loads);

    const ScenarioEntry &half = entryNamed(library, QStringLiteral("half.json"));
    CHECK_FALSE(half.loads);
    CHECK_FALSE(half.scenario);
    CHECK(hasCode(half.diagnostics, QStringLiteral("json-syntax")));
    CHECK(half.title == QStringLiteral("half.json")); // nothing readable: named by its file
    CHECK_FALSE(half.difficulty.has_value());

    // A scenario that does not load is still named by what it says about itself.
    const ScenarioEntry &lost = entryNamed(library, QStringLiteral("orphan-en.json"));
    CHECK_FALSE(lost.loads);
    CHECK(hasCode(lost.diagnostics, QStringLiteral("unknown-playbook")));
    CHECK(lost.id == QStringLiteral("orphan-en"));
    CHECK(lost.title == QStringLiteral("Orphan"));
    CHECK(lost.difficulty == Difficulty::Advanced);
    CHECK(lost.goals.size() == 2);
    CHECK(lost.playbookId == QStringLiteral("no-such-playbook"));

    CHECK(library.find(test.path) == &test);
    CHECK(library.find(QStringLiteral("/nowhere.json")) == nullptr);
    CHECK(library.findById(QStringLiteral("orphan-en")) == nullptr); // does not load
    CHECK(library.findById(QStringLiteral("own-escalation-en"))->title == QStringLiteral("Mine"));
    CHECK(library.languages().contains(QStringLiteral("en")));
}

TEST_CASE("Missing, unset and repeated folders are handled plainly", "[training][library]")
{
    QTemporaryDir root;
    const QString folder = root.filePath(QStringLiteral("shared"));
    writeFile(folder + QStringLiteral("/scenarios/escalation-en.json"), readFile(kTestScenario));
    const int builtIn = static_cast<int>(ScenarioLibrary::builtInScenarioFiles().size());

    const ScenarioLibrary none = ScenarioLibrary::load(QString(), QString());
    CHECK(none.problems().isEmpty());
    CHECK(static_cast<int>(none.entries().size()) == builtIn);

    const ScenarioLibrary missing = ScenarioLibrary::load(root.filePath(QStringLiteral("gone")), folder);
    REQUIRE(missing.problems().size() == 1);
    CHECK(missing.problems().front().contains(QStringLiteral("gone")));
    CHECK(missing.problems().front().contains(QStringLiteral("does not exist")));
    CHECK(fileNames(missing, PlaybookSource::User) == QStringList{QStringLiteral("escalation-en.json")});

    // The same folder as the team's and the user's: its scenarios once.
    const ScenarioLibrary same = ScenarioLibrary::load(folder, folder + QStringLiteral("/"));
    CHECK(static_cast<int>(same.entries().size()) == builtIn + 1);

    // From the settings, as the app reads them.
    Settings settings(root.filePath(QStringLiteral("s.ini")));
    settings.setValue(Settings::Key::UserPlaybookFolder, folder);
    CHECK(ScenarioLibrary::foldersFromSettings(settings) == QStringList{folder});
    CHECK(fileNames(ScenarioLibrary::load(settings), PlaybookSource::User) ==
          QStringList{QStringLiteral("escalation-en.json")});
}

TEST_CASE("Every scenario shipped in playbooks/scenarios is built in and loads", "[training][library]")
{
    // The folder may be empty or missing while scenarios are being written.
    QStringList shipped;
    for (const QString &name : QDir(QStringLiteral(STEADYLINE_PLAYBOOKS_DIR "/scenarios"))
                                   .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        shipped << QStringLiteral(":/scenarios/") + name;
    CHECK(ScenarioLibrary::builtInScenarioFiles() == shipped);
    const ScenarioLibrary library = ScenarioLibrary::load(QString(), QString());
    REQUIRE(static_cast<int>(library.entries().size()) == shipped.size());
    for (const ScenarioEntry &entry : library.entries()) {
        QStringList diagnostics;
        for (const Diagnostic &diagnostic : entry.diagnostics)
            diagnostics << diagnostic.toString();
        INFO(entry.path.toStdString() << "\n" << diagnostics.join(QLatin1Char('\n')).toStdString());
        CHECK(entry.source == PlaybookSource::BuiltIn);
        CHECK(entry.loads);
    }
}

TEST_CASE("From the app's catalog: its scenario files, checked against the playbooks it uses", "[training][library]")
{
    QTemporaryDir root;
    const QString user = root.filePath(QStringLiteral("user"));
    writeFile(user + QStringLiteral("/scenarios/escalation-en.json"), readFile(kTestScenario));
    writeFile(user + QStringLiteral("/scenarios/complaint-en.json"),
              readFile(QStringLiteral(STEADYLINE_PLAYBOOKS_DIR "/complaint-en.json")));
    writeFile(user + QStringLiteral("/scenarios/half.json"), "{ ");
    nlohmann::json ownPlaybook =
        nlohmann::json::parse(readFile(QStringLiteral(STEADYLINE_PLAYBOOKS_DIR "/aggressive-caller-en.json")));
    ownPlaybook["id"] = "my-aggressive-caller-en";
    writeJson(user + QStringLiteral("/my-aggressive-caller-en.json"), ownPlaybook);
    nlohmann::json own = testScenarioJson();
    own["id"] = "own-escalation-en";
    own["playbook"]["id"] = "my-aggressive-caller-en";
    writeJson(user + QStringLiteral("/own-en.json"), own);

    PlaybookCatalog catalog;
    catalog.setFolders(QString(), user);
    const ScenarioLibrary library = ScenarioLibrary::load(catalog);
    QStringList names = fileNames(library, PlaybookSource::User);
    std::sort(names.begin(), names.end());
    CHECK(names == QStringList{QStringLiteral("escalation-en.json"), QStringLiteral("half.json"),
                               QStringLiteral("own-en.json")});
    CHECK(entryNamed(library, QStringLiteral("escalation-en.json")).loads);
    CHECK(entryNamed(library, QStringLiteral("own-en.json")).loads); // the user's playbook, from the catalog
    CHECK_FALSE(entryNamed(library, QStringLiteral("half.json")).loads);
    CHECK(fileNames(library, PlaybookSource::BuiltIn).size() == ScenarioLibrary::builtInScenarioFiles().size());
    CHECK(library.playbooks().find(QStringLiteral("my-aggressive-caller-en")));
}
