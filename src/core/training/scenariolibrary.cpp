#include "scenariolibrary.h"

#include "playbook/playbookcatalog.h"
#include "scenarioloader.h"
#include "settings/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <string>

namespace steadyline {

namespace {

const QString kScenariosSubfolder = QStringLiteral("scenarios");

std::shared_ptr<spdlog::logger> logger()
{
    static const auto instance = [] {
        auto existing = spdlog::get("training");
        return existing ? existing : spdlog::default_logger()->clone("training");
    }();
    return instance;
}

QStringList jsonFiles(const QString &folder)
{
    const QDir dir(folder);
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name))
        files << dir.filePath(name);
    return files;
}

// A file's bytes up to the loader's limit (a larger file then fails to parse; the loader says
// why when it reads the file itself).
std::optional<QByteArray> readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.read(ScenarioLoader::kMaxFileBytes + 1);
}

QString textMember(const nlohmann::json &object, const char *name)
{
    const auto it = object.find(name);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

// What a file that does not load says about itself, read leniently, so the library can name it.
void readWhatItSays(const QString &path, ScenarioEntry &entry)
{
    const auto data = readSmallFile(path);
    if (!data)
        return;
    const nlohmann::json root =
        nlohmann::json::parse(data->constData(), data->constData() + data->size(), nullptr, false);
    if (root.is_discarded() || !root.is_object())
        return;
    entry.id = textMember(root, "id");
    entry.title = textMember(root, "title");
    entry.language = textMember(root, "language");
    entry.difficulty = difficultyFromName(textMember(root, "difficulty"));
    entry.briefing = textMember(root, "briefing");
    if (const auto revision = root.find("revision"); revision != root.end() && revision->is_number_integer())
        entry.revision = revision->get<int>();
    if (const auto goals = root.find("goals"); goals != root.end() && goals->is_array()) {
        for (const auto &goal : *goals) {
            if (goal.is_string())
                entry.goals << QString::fromStdString(goal.get<std::string>());
        }
    }
    if (const auto playbook = root.find("playbook"); playbook != root.end() && playbook->is_object())
        entry.playbookId = textMember(*playbook, "id");
}

} // namespace

QStringList ScenarioLibrary::foldersFromSettings(const Settings &settings)
{
    QStringList folders;
    for (const Settings::Key key : {Settings::Key::TeamPlaybookFolder, Settings::Key::UserPlaybookFolder}) {
        const QString folder = settings.string(key).trimmed();
        if (!folder.isEmpty())
            folders << folder;
    }
    return folders;
}

QStringList ScenarioLibrary::builtInScenarioFiles()
{
    return jsonFiles(QStringLiteral(":/scenarios"));
}

QStringList ScenarioLibrary::scenarioFilesIn(const QString &folder)
{
    QStringList files;
    for (const QString &path : jsonFiles(QDir(folder).filePath(kScenariosSubfolder))) {
        if (isScenarioCandidate(path))
            files << path;
    }
    for (const QString &path : jsonFiles(folder)) {
        const auto data = readSmallFile(path);
        if (data && ScenarioLoader::looksLikeScenario(*data))
            files << path;
    }
    return files;
}

bool ScenarioLibrary::isScenarioCandidate(const QString &path)
{
    const auto data = readSmallFile(path);
    return !data || ScenarioLoader::looksLikeScenario(*data) ||
           !nlohmann::json::accept(data->constData(), data->constData() + data->size());
}

ScenarioLibrary ScenarioLibrary::load(const PlaybookCatalog &catalog)
{
    ScenarioLibrary library;
    for (const CatalogEntry &entry : catalog.entries()) {
        if (entry.active)
            library.m_playbooks.add(entry.active->load.playbook);
    }
    for (const CatalogScenarioFile &file : catalog.scenarioFiles()) {
        // A built-in file is a scenario by construction; a folder may hold other JSON files.
        if (file.source == PlaybookSource::BuiltIn || isScenarioCandidate(file.path))
            library.addFile(file.path, file.source);
    }
    return library;
}

ScenarioLibrary ScenarioLibrary::load(const Settings &settings)
{
    return load(settings.string(Settings::Key::TeamPlaybookFolder).trimmed(),
                settings.string(Settings::Key::UserPlaybookFolder).trimmed());
}

ScenarioLibrary ScenarioLibrary::load(const QString &teamFolder, const QString &userFolder)
{
    ScenarioLibrary library;
    library.m_playbooks.addBuiltIn();
    std::vector<std::pair<QString, PlaybookSource>> folders;
    QStringList seen;
    for (const auto &[folder, source] :
         {std::pair{teamFolder, PlaybookSource::Team}, std::pair{userFolder, PlaybookSource::User}}) {
        if (folder.isEmpty())
            continue;
        const QFileInfo info(folder);
        if (!info.isDir()) {
            library.m_problems << QCoreApplication::translate("steadyline::ScenarioLibrary",
                                                              "The folder %1 does not exist, so its scenarios "
                                                              "cannot be listed. Check the playbook folders in the "
                                                              "preferences.")
                                      .arg(QDir::toNativeSeparators(folder));
            continue;
        }
        const QString canonical = info.canonicalFilePath();
        if (seen.contains(canonical))
            continue; // the team and user folder are the same: list its scenarios once
        seen << canonical;
        folders.emplace_back(folder, source);
        // Playbooks beside the scenarios and in the folder above them, as `steadyline validate`
        // looks for them.
        library.m_playbooks.addFolder(folder);
        library.m_playbooks.addFolder(QDir(folder).filePath(kScenariosSubfolder));
    }
    for (const QString &path : builtInScenarioFiles())
        library.addFile(path, PlaybookSource::BuiltIn);
    for (const auto &[folder, source] : folders)
        library.addFolder(folder, source);
    logger()->info("scenario library: {} scenarios ({} do not load)", library.m_entries.size(),
                   std::count_if(library.m_entries.cbegin(), library.m_entries.cend(),
                                 [](const ScenarioEntry &entry) { return !entry.loads; }));
    return library;
}

void ScenarioLibrary::addFolder(const QString &folder, PlaybookSource source)
{
    for (const QString &path : scenarioFilesIn(folder))
        addFile(path, source);
}

void ScenarioLibrary::addFile(const QString &path, PlaybookSource source)
{
    ScenarioEntry entry;
    entry.path = path;
    entry.source = source;
    ScenarioLoadResult loaded = ScenarioLoader::loadFile(path, m_playbooks);
    entry.diagnostics = std::move(loaded.diagnostics);
    if (loaded.ok()) {
        const Scenario &scenario = *loaded.scenario;
        entry.loads = true;
        entry.id = scenario.id;
        entry.revision = scenario.revision;
        entry.title = scenario.title;
        entry.language = scenario.language;
        entry.difficulty = scenario.difficulty;
        entry.briefing = scenario.briefing;
        entry.goals = scenario.goals;
        entry.playbookId = scenario.playbookId;
        entry.scenario = std::move(loaded.scenario);
    } else {
        readWhatItSays(path, entry);
        logger()->warn("a scenario does not load ({} diagnostics)", entry.diagnostics.size());
    }
    if (entry.title.trimmed().isEmpty())
        entry.title = QFileInfo(path).fileName();
    m_entries.push_back(std::move(entry));
}

const ScenarioEntry *ScenarioLibrary::find(const QString &path) const
{
    const auto it = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                 [&](const ScenarioEntry &entry) { return entry.path == path; });
    return it == m_entries.cend() ? nullptr : &*it;
}

const ScenarioEntry *ScenarioLibrary::findById(const QString &id) const
{
    const auto it = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                 [&](const ScenarioEntry &entry) { return entry.loads && entry.id == id; });
    return it == m_entries.cend() ? nullptr : &*it;
}

QStringList ScenarioLibrary::languages() const
{
    QStringList languages;
    for (const ScenarioEntry &entry : m_entries) {
        if (!entry.language.isEmpty() && !languages.contains(entry.language))
            languages << entry.language;
    }
    std::sort(languages.begin(), languages.end());
    return languages;
}

} // namespace steadyline
