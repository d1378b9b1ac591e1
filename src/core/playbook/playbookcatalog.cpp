#include "playbookcatalog.h"

#include "playbooklibrary.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <sys/stat.h>

#include <algorithm>
#include <map>
#include <utility>

namespace steadyline {

namespace {

// The subfolder of the team and user folders that holds scenario files.
const QString kScenarioFolder = QStringLiteral("scenarios");

std::shared_ptr<spdlog::logger> logger()
{
    static const auto instance = [] {
        auto existing = spdlog::get("playbook");
        return existing ? existing : spdlog::default_logger()->clone("playbook");
    }();
    return instance;
}

QStringList jsonFilesIn(const QString &folder)
{
    const QDir dir(folder);
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name))
        files << dir.filePath(name);
    return files;
}

// The file system a folder is on (st_dev); nothing when it cannot be read.
std::optional<quint64> deviceOf(const QString &folder)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(folder).constData(), &info) != 0)
        return std::nullopt;
    return static_cast<quint64>(info.st_dev);
}

QStringList builtInScenarioFiles()
{
    return jsonFilesIn(QStringLiteral(":/scenarios"));
}

// Best first: the version the team published (the lead's choice, also after a rollback), then the
// highest revision, then team > user > built-in, then the path (a stable choice between two files
// of one folder with the same id and revision).
bool betterThan(const PlaybookSnapshot &a, const PlaybookSnapshot &b)
{
    const bool aPublished = a->source == PlaybookSource::Published;
    if (aPublished != (b->source == PlaybookSource::Published))
        return aPublished;
    if (a->playbook().revision != b->playbook().revision)
        return a->playbook().revision > b->playbook().revision;
    if (a->source != b->source)
        return static_cast<int>(a->source) > static_cast<int>(b->source);
    return a->path < b->path;
}

QString describeVersion(const PlaybookSnapshot &version)
{
    return QCoreApplication::translate("steadyline::PlaybookCatalog", "revision %1 (%2)")
        .arg(version->playbook().revision)
        .arg(playbookSourceLabel(version->source));
}

QString whyActive(const std::vector<PlaybookSnapshot> &ranked)
{
    const PlaybookSnapshot &winner = ranked.front();
    const int revision = winner->playbook().revision;
    if (ranked.size() == 1)
        return QCoreApplication::translate("steadyline::PlaybookCatalog", "The only version: revision %1, %2.")
            .arg(revision)
            .arg(winner->sourceLabel());
    const PlaybookSnapshot &runnerUp = ranked[1];
    QStringList others;
    for (std::size_t i = 1; i < ranked.size(); ++i)
        others << describeVersion(ranked[i]);
    const QString otherList = others.join(QStringLiteral(", "));
    if (winner->source == PlaybookSource::Published)
        return QCoreApplication::translate("steadyline::PlaybookCatalog",
                                           "The team's published version is used: %1. Also found: %2.")
            .arg(winner->sourceLabel(), otherList);
    if (runnerUp->playbook().revision < revision)
        return QCoreApplication::translate("steadyline::PlaybookCatalog",
                                           "Revision %1 (%2) is the highest; also found: %3.")
            .arg(revision)
            .arg(playbookSourceLabel(winner->source), otherList);
    if (runnerUp->source == winner->source)
        return QCoreApplication::translate(
                   "steadyline::PlaybookCatalog",
                   "Two files in %1 have revision %2; %3 is used (first by name). Also found: %4.")
            .arg(playbookSourceLabel(winner->source))
            .arg(revision)
            .arg(QFileInfo(winner->path).fileName(), otherList);
    return QCoreApplication::translate(
               "steadyline::PlaybookCatalog",
               "Revision %1 (%2) ties with %3; on equal revisions the team folder wins over your folder, and your "
               "folder over the built-in playbooks.")
        .arg(revision)
        .arg(playbookSourceLabel(winner->source), otherList);
}

QByteArray hashOf(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

} // namespace

QString CatalogPlaybook::sourceLabel() const
{
    if (source == PlaybookSource::Published && publication)
        return publicationLabel(*publication);
    return playbookSourceLabel(source);
}

PlaybookCatalog::PreloadedPlaybooks PlaybookCatalog::preloadBuiltIn()
{
    PreloadedPlaybooks preloaded;
    preloaded.paths = PlaybookLibrary::builtInPlaybookFiles();
    // One thread, one file after the other: the main thread keeps a core of its own for the journal
    // and the window (on two cores, two parsing threads slowed it more than they saved).
    preloaded.loads = QtConcurrent::run([paths = preloaded.paths](QPromise<LoadResult> &promise) {
        for (const QString &path : paths)
            promise.addResult(load(readBuiltIn(path)));
    });
    return preloaded;
}

PlaybookCatalog::PlaybookCatalog(QObject *parent)
    : PlaybookCatalog(PreloadedPlaybooks{}, parent)
{}

PlaybookCatalog::PlaybookCatalog(PreloadedPlaybooks builtIn, QObject *parent)
    : QObject(parent)
    // The preload listed the built-in files already.
    , m_builtInPlaybooks(builtIn.paths.isEmpty() ? PlaybookLibrary::builtInPlaybookFiles() : builtIn.paths)
    , m_builtInScenarios(builtInScenarioFiles())
    , m_preloaded(std::move(builtIn))
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(150);
    m_retryTimer.setInterval(3000);
    // What the file system or a timer triggers is loaded in the background (a call may be on);
    // what a caller asks for (rescan(), setFolders()) is there when the call returns.
    connect(&m_reloadTimer, &QTimer::timeout, this, [this] { scan(Reading::AllFiles, Loading::InBackground); });
    m_pollTimer.setInterval(10000);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { scan(Reading::AllFiles, Loading::InBackground); });
    connect(&m_pollTimer, &QTimer::timeout, this, [this] { scan(Reading::ChangedSizeOrTime, Loading::InBackground); });
    connect(&m_loadWatcher, &QFutureWatcherBase::finished, this, &PlaybookCatalog::applyBackgroundLoads);
    // An editor that saves atomically renames a new file over the old one: the folder's watch
    // sees the rename, the old file's watch ends (Qt drops it) and rewatch() adds the new file.
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &PlaybookCatalog::scheduleRescan);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &PlaybookCatalog::scheduleRescan);
    rescan();
}

PlaybookCatalog::~PlaybookCatalog()
{
    m_loadWatcher.waitForFinished(); // the worker holds copies only, but must not outlive the catalog
    m_preloaded.loads.waitForFinished();
}

void PlaybookCatalog::setFolders(const QString &teamFolder, const QString &userFolder)
{
    for (auto [folder, path] : {std::pair{&m_team, teamFolder.trimmed()}, std::pair{&m_user, userFolder.trimmed()}}) {
        if (folder->path != path)
            folder->device.reset();
        folder->path = path;
    }
    rescan();
}

void PlaybookCatalog::setPublishedFolder(const QString &folder)
{
    if (m_published.path != folder)
        m_published.device.reset();
    m_published.path = folder;
    rescan();
}

void PlaybookCatalog::setBuiltInFiles(const QStringList &playbookFiles, const QStringList &scenarioFiles)
{
    m_builtInPlaybooks = playbookFiles;
    m_builtInScenarios = scenarioFiles;
    rescan();
}

void PlaybookCatalog::setReloadDelay(int milliseconds)
{
    m_reloadTimer.setInterval(milliseconds);
}

void PlaybookCatalog::setRetryInterval(int milliseconds)
{
    m_retryTimer.setInterval(milliseconds);
}

void PlaybookCatalog::setPollInterval(int milliseconds)
{
    m_pollTimer.setInterval(milliseconds);
}

QString PlaybookCatalog::folder(PlaybookSource source) const
{
    switch (source) {
    case PlaybookSource::Team: return m_team.path;
    case PlaybookSource::User: return m_user.path;
    case PlaybookSource::Published: return m_published.path;
    case PlaybookSource::BuiltIn: break;
    }
    return {};
}

PlaybookCatalog::FolderState &PlaybookCatalog::folderState(PlaybookSource source)
{
    switch (source) {
    case PlaybookSource::Team: return m_team;
    case PlaybookSource::Published: return m_published;
    case PlaybookSource::User:
    case PlaybookSource::BuiltIn: break;
    }
    return m_user;
}

const CatalogEntry *PlaybookCatalog::entry(const QString &id) const
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), id,
                                     [](const CatalogEntry &e, const QString &key) { return e.id < key; });
    return it != m_entries.end() && it->id == id ? &*it : nullptr;
}

PlaybookSnapshot PlaybookCatalog::active(const QString &id) const
{
    const CatalogEntry *found = entry(id);
    return found ? found->active : nullptr;
}

PlaybookSnapshot PlaybookCatalog::version(const QString &id, int revision) const
{
    const CatalogEntry *found = entry(id);
    if (!found)
        return nullptr;
    for (const PlaybookSnapshot &other : found->others) {
        if (other->playbook().revision == revision && found->active->playbook().revision != revision)
            return other;
    }
    return found->active;
}

bool PlaybookCatalog::declaresScenario(const QByteArray &data)
{
    // Most files never mention "kind": skip parsing them twice.
    if (!data.contains("\"kind\""))
        return false;
    const auto root = nlohmann::json::parse(data.constBegin(), data.constEnd(), nullptr, false);
    if (root.is_discarded() || !root.is_object())
        return false;
    const auto kind = root.find("kind");
    return kind != root.end() && kind->is_string() && kind->get<std::string>() == "scenario";
}

void PlaybookCatalog::scheduleRescan()
{
    m_reloadTimer.start();
}

void PlaybookCatalog::rescan()
{
    scan(Reading::AllFiles);
}

void PlaybookCatalog::scan(Reading reading, Loading loading)
{
    if (m_loadWatcher.isRunning()) {
        if (loading == Loading::InBackground) {
            m_scanAgain = true; // after the files being loaded now
            return;
        }
        m_loadWatcher.waitForFinished();
        applyBackgroundLoads();
    }
    m_scenariosBeforeLoad = std::move(m_scenarios);
    m_scenarios.clear();
    m_pendingLoads.clear();
    scanBuiltIn();
    scanFolder(PlaybookSource::Team, reading);
    scanFolder(PlaybookSource::User, reading);
    scanFolder(PlaybookSource::Published, reading);
    // Team first, then the user's, then the built-in ones; by path within each.
    std::sort(m_scenarios.begin(), m_scenarios.end(), [](const CatalogScenarioFile &a, const CatalogScenarioFile &b) {
        if (a.source != b.source)
            return static_cast<int>(a.source) > static_cast<int>(b.source);
        return a.path < b.path;
    });
    if (loading == Loading::Now || m_pendingLoads.empty()) {
        std::vector<LoadResult> results = loadNow(m_pendingLoads);
        for (std::size_t i = 0; i < m_pendingLoads.size(); ++i)
            applyLoad(m_pendingLoads[i], std::move(results[i]));
        m_pendingLoads.clear();
        finishScan(m_scenariosBeforeLoad);
        return;
    }
    m_loadWatcher.setFuture(QtConcurrent::run([loads = m_pendingLoads] {
        std::vector<LoadResult> results;
        results.reserve(loads.size());
        for (const PendingLoad &pending : loads)
            results.push_back(load(pending));
        return results;
    }));
}

void PlaybookCatalog::applyBackgroundLoads()
{
    if (m_pendingLoads.empty())
        return; // applied already (a scan that could not wait)
    std::vector<LoadResult> results = m_loadWatcher.result();
    for (std::size_t i = 0; i < m_pendingLoads.size() && i < results.size(); ++i)
        applyLoad(m_pendingLoads[i], std::move(results[i]));
    m_pendingLoads.clear();
    finishScan(m_scenariosBeforeLoad);
    if (m_scanAgain) {
        m_scanAgain = false;
        scan(Reading::AllFiles, Loading::InBackground);
    }
}

void PlaybookCatalog::finishScan(const std::vector<CatalogScenarioFile> &previousScenarios)
{
    const bool scenariosChanged = previousScenarios != m_scenarios;
    if (rebuild() || scenariosChanged)
        emit changed();
    rewatch();
    const bool anyUnreachable = !m_team.reachable || !m_user.reachable || !m_published.reachable;
    if (anyUnreachable && !m_retryTimer.isActive())
        m_retryTimer.start();
    else if (!anyUnreachable)
        m_retryTimer.stop();
    const bool anyFolder = !m_team.path.isEmpty() || !m_user.path.isEmpty() || !m_published.path.isEmpty();
    if (anyFolder && !m_pollTimer.isActive())
        m_pollTimer.start();
    else if (!anyFolder)
        m_pollTimer.stop();
}

void PlaybookCatalog::scanBuiltIn()
{
    // Built-in files never change while the app runs: each is loaded once.
    for (auto it = m_files.begin(); it != m_files.end();) {
        if (it->source == PlaybookSource::BuiltIn && !m_builtInPlaybooks.contains(it.key()))
            it = m_files.erase(it);
        else
            ++it;
    }
    for (const QString &path : std::as_const(m_builtInPlaybooks)) {
        if (!m_files.contains(path))
            m_pendingLoads.push_back(readBuiltIn(path));
    }
    for (const QString &path : std::as_const(m_builtInScenarios))
        m_scenarios.push_back({PlaybookSource::BuiltIn, path});
}

void PlaybookCatalog::scanFolder(PlaybookSource source, Reading reading)
{
    FolderState &folder = folderState(source);
    const auto forEachFileOfSource = [&](auto fn) {
        for (auto it = m_files.begin(); it != m_files.end();) {
            if (it->source == source && fn(it.key(), *it))
                it = m_files.erase(it);
            else
                ++it;
        }
    };
    // The published playbooks' folder is on this desk and made at the first pull: not there yet
    // means none published, never a share gone away.
    const bool none = source == PlaybookSource::Published && !QFileInfo(folder.path).isDir();
    if (folder.path.isEmpty() || none) {
        folder.reachable = true;
        forEachFileOfSource([](const QString &, FileState &) { return true; });
        return;
    }
    const QStringList files = jsonFilesIn(folder.path);
    const std::optional<quint64> device = deviceOf(folder.path);
    const bool emptyMountPoint = files.isEmpty() && folder.device && device && *device != *folder.device;
    if (!QFileInfo(folder.path).isDir() || emptyMountPoint) {
        // A network share that went away: keep the last good playbooks, say so, look again later.
        if (folder.reachable)
            logger()->warn("playbook folder unreachable{}; keeping the playbooks last loaded from it",
                           emptyMountPoint ? " (an empty folder on another file system: share not mounted)" : "");
        folder.reachable = false;
        forEachFileOfSource([](const QString &, FileState &state) {
            state.unreachable = true;
            return false;
        });
        return;
    }
    folder.reachable = true;
    if (!files.isEmpty())
        folder.device = device;
    forEachFileOfSource([&](const QString &path, FileState &) { return !files.contains(path); });
    for (const QString &path : jsonFilesIn(QDir(folder.path).filePath(kScenarioFolder)))
        m_scenarios.push_back({source, path});
    for (const QString &path : files) {
        const QFileInfo info(path);
        const auto known = m_files.constFind(path);
        const bool sameSizeAndTime = known != m_files.constEnd() && !known->unreachable && known->source == source &&
                                     known->size == info.size() && known->modified == info.lastModified();
        if (reading == Reading::ChangedSizeOrTime && sameSizeAndTime)
            continue;
        QFile file(path);
        QByteArray data;
        if (file.open(QIODevice::ReadOnly) && file.size() <= PlaybookLoader::kMaxFileBytes)
            data = file.readAll();
        else
            data.clear(); // the loader explains (unreadable or too large) when it reads the file itself
        if (!data.isEmpty() && declaresScenario(data)) {
            m_files.remove(path);
            m_scenarios.push_back({source, path});
            continue;
        }
        const bool sameContent = known != m_files.constEnd() && !known->unreachable && known->source == source &&
                                 !known->contentHash.isEmpty() && known->contentHash == hashOf(data);
        if (!sameContent)
            m_pendingLoads.push_back({path, source, data});
        FileState &state = m_files[path];
        state.source = source;
        state.modified = info.lastModified();
        state.size = info.size();
    }
}

std::vector<LoadResult> PlaybookCatalog::loadNow(const std::vector<PendingLoad> &loads)
{
    std::vector<LoadResult> results(loads.size());
    std::vector<std::size_t> toParse;
    const PreloadedPlaybooks preloaded = std::exchange(m_preloaded, {});
    const QList<LoadResult> preloadedLoads = preloaded.loads.results(); // waits for the last ones
    for (std::size_t i = 0; i < loads.size(); ++i) {
        const qsizetype at =
            loads[i].source == PlaybookSource::BuiltIn ? preloaded.paths.indexOf(loads[i].path) : qsizetype(-1);
        if (at >= 0 && at < preloadedLoads.size())
            results[i] = preloadedLoads[at];
        else
            toParse.push_back(i);
    }
    if (toParse.empty())
        return results;
    // What was not preloaded (a folder's files, built-in ones set by a test) is parsed side by side:
    // the caller waits for it, and every core helps.
    const std::vector<LoadResult> parsed = QtConcurrent::blockingMapped<std::vector<LoadResult>>(
        toParse, [&loads](std::size_t index) { return load(loads[index]); });
    for (std::size_t i = 0; i < toParse.size(); ++i)
        results[toParse[i]] = parsed[i];
    return results;
}

PlaybookCatalog::PendingLoad PlaybookCatalog::readBuiltIn(const QString &path)
{
    QFile file(path);
    QByteArray data;
    if (file.open(QIODevice::ReadOnly))
        data = file.readAll();
    return {path, PlaybookSource::BuiltIn, data};
}

LoadResult PlaybookCatalog::load(const PendingLoad &pending)
{
    // Runs in a worker thread for background scans: it touches nothing but its arguments.
    return pending.data.isEmpty() ? PlaybookLoader::loadFile(pending.path)
                                  : PlaybookLoader::loadData(pending.data, pending.path);
}

void PlaybookCatalog::applyLoad(const PendingLoad &pending, LoadResult result)
{
    const QString &path = pending.path;
    const PlaybookSource source = pending.source;
    const QByteArray &data = pending.data;
    FileState &state = m_files[path];
    state.source = source;
    // Only a folder's files are read again to see whether they changed; hashing the built-in ones
    // would cost a few milliseconds of every start for nothing.
    state.contentHash = data.isEmpty() || source == PlaybookSource::BuiltIn ? QByteArray() : hashOf(data);
    state.unreachable = false;
    if (result.ok()) {
        auto snapshot = std::make_shared<CatalogPlaybook>();
        snapshot->source = source;
        snapshot->path = path;
        snapshot->load = std::move(result);
        if (source == PlaybookSource::Published)
            snapshot->publication = readPublication(path);
        state.lastGood = std::move(snapshot);
        state.latestProblems.clear();
        logger()->info("playbook loaded: {} revision {}", state.lastGood->playbook().id.toStdString(),
                       state.lastGood->playbook().revision);
        return;
    }
    state.latestProblems = result.diagnostics;
    logger()->warn("a playbook file has errors; {}",
                   state.lastGood ? "its last good version stays in use" : "it is not used");
    // Emitted after the whole rescan, when entries() already tells what stays in use.
    QMetaObject::invokeMethod(
        this, [this, path, diagnostics = result.diagnostics] { emit fileRejected(path, diagnostics); },
        Qt::QueuedConnection);
}

void PlaybookCatalog::retranslate()
{
    if (rebuild())
        emit changed();
}

bool PlaybookCatalog::rebuild()
{
    std::map<QString, std::vector<PlaybookSnapshot>> byId;
    for (const FileState &state : std::as_const(m_files)) {
        if (state.lastGood)
            byId[state.lastGood->playbook().id].push_back(state.lastGood);
    }
    std::vector<CatalogEntry> entries;
    entries.reserve(byId.size());
    for (auto &[id, versions] : byId) {
        std::sort(versions.begin(), versions.end(), betterThan);
        CatalogEntry entry;
        entry.id = id;
        entry.active = versions.front();
        entry.others.assign(versions.begin() + 1, versions.end());
        entry.why = whyActive(versions);
        const FileState &file = m_files[entry.active->path];
        if (file.unreachable) {
            entry.stale = true;
            entry.why +=
                QLatin1Char(' ') +
                QCoreApplication::translate("steadyline::PlaybookCatalog",
                                            "Its folder cannot be reached now; the version loaded last stays in use.");
        } else if (!file.latestProblems.empty()) {
            entry.stale = true;
            entry.why += QLatin1Char(' ') +
                         QCoreApplication::translate("steadyline::PlaybookCatalog",
                                                     "Its file now has errors; the last good version stays in use.");
        }
        entries.push_back(std::move(entry));
    }

    std::vector<CatalogProblem> problems;
    for (const PlaybookSource source : {PlaybookSource::Team, PlaybookSource::User, PlaybookSource::Published}) {
        const FolderState &folder = folderState(source);
        if (folder.reachable)
            continue;
        CatalogProblem problem;
        problem.kind = CatalogProblem::Kind::FolderUnreachable;
        problem.source = source;
        problem.path = folder.path;
        problem.message = QCoreApplication::translate(
                              "steadyline::PlaybookCatalog",
                              "The %1 %2 cannot be reached; the playbooks last loaded from it stay in use, and they "
                              "reload when it is back.")
                              .arg(playbookSourceLabel(source), QDir::toNativeSeparators(folder.path));
        // Translations put the folder's name first ("folder zespołu …"): a sentence starts capitalised.
        if (!problem.message.isEmpty())
            problem.message[0] = problem.message.at(0).toUpper();
        problems.push_back(std::move(problem));
    }
    QStringList brokenPaths;
    for (auto it = m_files.constBegin(); it != m_files.constEnd(); ++it) {
        if (!it->latestProblems.empty())
            brokenPaths << it.key();
    }
    brokenPaths.sort();
    for (const QString &path : std::as_const(brokenPaths)) {
        const FileState &state = m_files[path];
        CatalogProblem problem;
        problem.kind = CatalogProblem::Kind::BrokenFile;
        problem.source = state.source;
        problem.path = path;
        problem.diagnostics = state.latestProblems;
        const auto firstError = std::find_if(problem.diagnostics.begin(), problem.diagnostics.end(),
                                             [](const Diagnostic &d) { return d.severity == Severity::Error; });
        const QString where = firstError != problem.diagnostics.end()
                                  ? QCoreApplication::translate("steadyline::PlaybookCatalog", "line %1, column %2: %3")
                                        .arg(firstError->line)
                                        .arg(firstError->column)
                                        .arg(firstError->translatedMessage())
                                  : QString();
        problem.message =
            state.lastGood ? QCoreApplication::translate("steadyline::PlaybookCatalog",
                                                         "%1 has errors (%2); revision %3 loaded before stays in use.")
                                 .arg(QFileInfo(path).fileName(), where)
                                 .arg(state.lastGood->playbook().revision)
                           : QCoreApplication::translate("steadyline::PlaybookCatalog",
                                                         "%1 has errors (%2); it is not used until they are fixed.")
                                 .arg(QFileInfo(path).fileName(), where);
        problems.push_back(std::move(problem));
    }

    // Only a real change is announced: the retry timer rescans every few seconds while a folder
    // is away, and a window must not rebuild its lists (and lose an open popup) for nothing.
    const bool changed = !std::equal(m_entries.begin(), m_entries.end(), entries.begin(), entries.end(),
                                     [](const CatalogEntry &a, const CatalogEntry &b) {
                                         return a.id == b.id && a.active == b.active && a.why == b.why &&
                                                a.stale == b.stale && a.others == b.others;
                                     }) ||
                         !std::equal(m_problems.begin(), m_problems.end(), problems.begin(), problems.end(),
                                     [](const CatalogProblem &a, const CatalogProblem &b) {
                                         return a.kind == b.kind && a.path == b.path && a.message == b.message;
                                     });
    m_entries = std::move(entries);
    m_problems = std::move(problems);
    return changed;
}

void PlaybookCatalog::rewatch()
{
    QStringList wanted;
    for (const FolderState *folder : {&m_team, &m_user, &m_published}) {
        if (folder->path.isEmpty() || !folder->reachable)
            continue;
        wanted << folder->path;
        const QString scenarios = QDir(folder->path).filePath(kScenarioFolder);
        if (QFileInfo(scenarios).isDir())
            wanted << scenarios;
    }
    for (auto it = m_files.constBegin(); it != m_files.constEnd(); ++it) {
        if (it->source != PlaybookSource::BuiltIn && !it->unreachable)
            wanted << it.key();
    }
    for (const CatalogScenarioFile &scenario : m_scenarios) {
        if (scenario.source != PlaybookSource::BuiltIn)
            wanted << scenario.path;
    }
    QStringList watched = m_watcher.files() + m_watcher.directories();
    QStringList stale;
    for (const QString &path : std::as_const(watched)) {
        if (!wanted.contains(path))
            stale << path;
    }
    if (!stale.isEmpty())
        m_watcher.removePaths(stale);
    QStringList missing;
    for (const QString &path : std::as_const(wanted)) {
        if (!watched.contains(path))
            missing << path;
    }
    if (!missing.isEmpty())
        m_watcher.addPaths(missing); // a path that vanished meanwhile is skipped; the next rescan retries
}

} // namespace steadyline
