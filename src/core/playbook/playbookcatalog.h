#pragma once

#include "common/labels.h"
#include "common/playbooksource.h"
#include "playbookloader.h"
#include "publishedplaybooks.h"

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QFuture>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace steadyline {

// One valid version of a playbook file, immutable once loaded. A call keeps the shared pointer it
// started with, so a file changed on disk during a call never changes that call.
struct CatalogPlaybook
{
    PlaybookSource source = PlaybookSource::BuiltIn;
    QString path;
    LoadResult load;                                // ok() is always true here; warnings stay in load.diagnostics
    std::optional<PlaybookPublication> publication; // source Published: who published it, when, why

    [[nodiscard]] const Playbook &playbook() const { return *load.playbook; }
    // Where this version comes from, for the start page: "team folder", or "published by your
    // team (revision 4, by lena, 6 Dec)".
    [[nodiscard]] QString sourceLabel() const;
};
using PlaybookSnapshot = std::shared_ptr<const CatalogPlaybook>;

// One playbook id as the catalog resolved it: the version in use and every other one found.
struct CatalogEntry
{
    QString id;
    PlaybookSnapshot active;
    std::vector<PlaybookSnapshot> others; // the versions not used, best first
    QString why;                          // one sentence for the UI: why `active` is the one used
    bool stale = false;                   // `active` comes from a file that is now broken or a folder now unreachable
};

// Something the user should know about while the last good playbooks stay in use: a file whose
// latest version has errors, or a folder that cannot be reached.
struct CatalogProblem
{
    enum class Kind { BrokenFile, FolderUnreachable };
    Kind kind = Kind::BrokenFile;
    PlaybookSource source = PlaybookSource::User;
    QString path;
    Diagnostics diagnostics; // BrokenFile: the errors and warnings of the latest version
    QString message;         // one translated sentence, ready to show
};

// A scenario file found in one of the three places. The catalog finds scenarios but does not
// read them: that is the scenario loader's job.
struct CatalogScenarioFile
{
    PlaybookSource source = PlaybookSource::BuiltIn;
    QString path;

    friend bool operator==(const CatalogScenarioFile &, const CatalogScenarioFile &) = default;
};

// The playbooks (and scenario files) of the three sources: the ones built into the app, the
// team folder and the user's folder. Watches the folders and files and reloads what changed; a
// changed file that has errors is reported and the last good version stays in use.
class PlaybookCatalog : public QObject
{
    Q_OBJECT

public:
    // The built-in playbooks being parsed in the background since before the catalog was made
    // (preloadBuiltIn()); its first scan takes the results instead of parsing them again.
    struct PreloadedPlaybooks
    {
        QStringList paths;
        QFuture<LoadResult> loads; // one per path, in the same order
    };

    // Starts parsing the built-in playbooks on other cores. The app starts it before it opens the
    // journal, so the two overlap instead of adding up at start.
    [[nodiscard]] static PreloadedPlaybooks preloadBuiltIn();

    explicit PlaybookCatalog(QObject *parent = nullptr);
    explicit PlaybookCatalog(PreloadedPlaybooks builtIn, QObject *parent = nullptr);
    ~PlaybookCatalog() override;

    // Empty paths mean "no such folder". Rescans at once.
    void setFolders(const QString &teamFolder, const QString &userFolder);
    // The folder where the sync worker keeps the team's published playbooks
    // (publishedPlaybookFolder()); empty: the desk is in no team. Rescans at once.
    void setPublishedFolder(const QString &folder);
    // Replaces the built-in files (resource paths by default); tests use it to stay independent
    // of the shipped playbooks. Rescans at once.
    void setBuiltInFiles(const QStringList &playbookFiles, const QStringList &scenarioFiles = {});
    // How long after a change on disk the catalog reloads (editors write in several steps), how
    // often it looks for a folder that went away, and how often it looks at the folders' files
    // (size and time) anyway: a change made on another machine to a network share does not
    // reach the file watcher.
    void setReloadDelay(int milliseconds);
    void setRetryInterval(int milliseconds);
    void setPollInterval(int milliseconds);

    // Rereads every file of every source now (what the watcher triggers after the reload delay).
    void rescan();
    // Says the problems and the reasons for each version again in the interface language now
    // installed (a window calls it on a language switch); emits changed() when they read otherwise.
    void retranslate();

    // Every playbook id, sorted by id, with the version in use.
    [[nodiscard]] const std::vector<CatalogEntry> &entries() const { return m_entries; }
    [[nodiscard]] const CatalogEntry *entry(const QString &id) const;
    // The version to use for a call starting now; null if there is no valid version of `id`.
    [[nodiscard]] PlaybookSnapshot active(const QString &id) const;
    // The version a past call used, to name its steps: the one with `revision` if the catalog still
    // holds it, else the one in use; null if the catalog knows no valid version of `id`.
    [[nodiscard]] PlaybookSnapshot version(const QString &id, int revision) const;
    [[nodiscard]] const std::vector<CatalogProblem> &problems() const { return m_problems; }
    [[nodiscard]] const std::vector<CatalogScenarioFile> &scenarioFiles() const { return m_scenarios; }
    [[nodiscard]] QString folder(PlaybookSource source) const;

    // True for a JSON file that declares `"kind": "scenario"` at its top level. Reads only that
    // member; a file that is not JSON is not a scenario (the playbook loader will explain it).
    [[nodiscard]] static bool declaresScenario(const QByteArray &data);

signals:
    // The entries, problems or scenario list changed (after a reload).
    void changed();
    // A file changed on disk and its new version has errors; the last good version, if any,
    // stays in use. `diagnostics` carry file, line, column and message.
    void fileRejected(const QString &path, const steadyline::Diagnostics &diagnostics);

private:
    // What the catalog knows about one playbook file.
    struct FileState
    {
        PlaybookSource source = PlaybookSource::BuiltIn;
        QByteArray contentHash; // of the bytes last read, to skip unchanged files
        QDateTime modified;     // when last read: a poll rereads a file only when these change
        qint64 size = -1;
        PlaybookSnapshot lastGood;  // null if no version was ever valid
        Diagnostics latestProblems; // non-empty when the latest version on disk has errors
        bool unreachable = false;   // its folder is gone; lastGood is kept
    };
    struct FolderState
    {
        QString path;
        bool reachable = true;
        // The file system that last held playbooks in it: a share that is unmounted leaves an
        // empty folder of another file system behind, which must not read as "no playbooks".
        std::optional<quint64> device;
    };

    enum class Reading { AllFiles, ChangedSizeOrTime };

    // A file read during a scan, to be parsed and validated.
    struct PendingLoad
    {
        QString path;
        PlaybookSource source = PlaybookSource::BuiltIn;
        QByteArray data; // empty: the loader reads the file itself and explains why it cannot
    };

    void scheduleRescan();
    enum class Loading { Now, InBackground };
    void scan(Reading reading, Loading loading = Loading::Now);
    void applyBackgroundLoads();
    // After the loads of a scan: the entries rebuilt, watchers and timers set.
    void finishScan(const std::vector<CatalogScenarioFile> &previousScenarios);
    void scanBuiltIn();
    void scanFolder(PlaybookSource source, Reading reading);
    // A built-in file's bytes, read as every scan and the preload read them.
    [[nodiscard]] static PendingLoad readBuiltIn(const QString &path);
    [[nodiscard]] static LoadResult load(const PendingLoad &pending);
    // Parses `loads` now, side by side, using what was preloaded.
    [[nodiscard]] std::vector<LoadResult> loadNow(const std::vector<PendingLoad> &loads);
    void applyLoad(const PendingLoad &pending, LoadResult result);
    bool rebuild(); // true when entries or problems changed
    void rewatch();
    [[nodiscard]] FolderState &folderState(PlaybookSource source);

    QStringList m_builtInPlaybooks;
    QStringList m_builtInScenarios;
    FolderState m_team;
    FolderState m_user;
    FolderState m_published;
    QHash<QString, FileState> m_files; // by path
    std::vector<CatalogEntry> m_entries;
    std::vector<CatalogProblem> m_problems;
    std::vector<CatalogScenarioFile> m_scenarios;
    QFileSystemWatcher m_watcher;
    QTimer m_reloadTimer;
    QTimer m_retryTimer;
    QTimer m_pollTimer;
    // The first scan loads at once (the window needs its playbooks); later ones parse and
    // validate in a worker thread, so a large file on the team share never freezes a call
    // (review M4). A scan asked for while one loads runs after it.
    std::vector<PendingLoad> m_pendingLoads;
    std::vector<CatalogScenarioFile> m_scenariosBeforeLoad;
    QFutureWatcher<std::vector<LoadResult>> m_loadWatcher;
    PreloadedPlaybooks m_preloaded; // taken by the first scan
    bool m_loadInBackground = false;
    bool m_scanAgain = false;
};

} // namespace steadyline
