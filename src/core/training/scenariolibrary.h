#pragma once

#include "common/diagnostic.h"
#include "common/playbooksource.h"
#include "playbookset.h"
#include "scenario.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace steadyline {

class PlaybookCatalog;
class Settings;

// One scenario file of the library. What the file says about itself (id, title, …) is filled in
// even when it does not load, as far as it can be read, so the library can still name it.
struct ScenarioEntry
{
    QString path; // a file path, or ":/scenarios/NAME.json" for a built-in one
    PlaybookSource source = PlaybookSource::BuiltIn;
    QString id;
    int revision = 0;
    QString title; // the file's name when it has none
    QString language;
    std::optional<Difficulty> difficulty;
    QString briefing;
    QStringList goals;
    QString playbookId;
    bool loads = false;                       // parsed and checked against its playbook
    Diagnostics diagnostics;                  // why it does not load; warnings when it does
    std::shared_ptr<const Scenario> scenario; // set when it loads
};

// The training scenarios a trainee can rehearse: the ones built into the application (Qt
// resources under :/scenarios, from playbooks/scenarios/) and those in extra folders (the team's
// and the user's playbook folders). In each folder, every *.json in its `scenarios/` subfolder
// that is a scenario or is not valid JSON (a broken scenario is listed with its diagnostics), and
// every *.json directly in the folder that is a scenario. Each is loaded with ScenarioLoader
// against one PlaybookSet: the built-in playbooks plus the playbooks in those folders.
class ScenarioLibrary
{
public:
    // The team and user playbook folders from the settings, those that are set, in that order.
    [[nodiscard]] static QStringList foldersFromSettings(const Settings &settings);
    // Paths of the built-in scenarios, sorted (none while playbooks/scenarios/ is empty).
    [[nodiscard]] static QStringList builtInScenarioFiles();
    // The scenario files in `folder` as described above, sorted, the subfolder's first.
    [[nodiscard]] static QStringList scenarioFilesIn(const QString &folder);

    // Reads the built-in scenarios and those in `teamFolder` and `userFolder` (either may be
    // empty: not used). Never throws; a folder that is missing is a problem(), not an error.
    [[nodiscard]] static ScenarioLibrary load(const QString &teamFolder, const QString &userFolder);
    [[nodiscard]] static ScenarioLibrary load(const Settings &settings);
    // The scenario files the app's catalog found (the same three places), checked against the
    // playbook versions the catalog uses, so the library agrees with what a rehearsal runs.
    // Unreachable folders are the catalog's problems() and are not repeated here.
    [[nodiscard]] static ScenarioLibrary load(const PlaybookCatalog &catalog);

    // Built-in first, then the team's, then the user's; each group in file-name order.
    [[nodiscard]] const std::vector<ScenarioEntry> &entries() const { return m_entries; }
    [[nodiscard]] const ScenarioEntry *find(const QString &path) const;
    // The first entry with this scenario id that loads (null if none).
    [[nodiscard]] const ScenarioEntry *findById(const QString &id) const;
    // The languages of the entries, sorted, without duplicates or empty ones.
    [[nodiscard]] QStringList languages() const;
    // The playbooks the scenarios were checked against (to run one with the same set).
    [[nodiscard]] const PlaybookSet &playbooks() const { return m_playbooks; }
    // Folder-level problems for the user (a configured folder that does not exist), in words.
    [[nodiscard]] const QStringList &problems() const { return m_problems; }

private:
    // Whether a file found in a scenarios/ folder is listed: a scenario, or not even JSON (a
    // broken scenario, shown with why); not valid JSON of another kind (a playbook put there).
    [[nodiscard]] static bool isScenarioCandidate(const QString &path);
    void addFolder(const QString &folder, PlaybookSource source);
    void addFile(const QString &path, PlaybookSource source);

    PlaybookSet m_playbooks;
    std::vector<ScenarioEntry> m_entries;
    QStringList m_problems;
};

} // namespace steadyline
