#pragma once

#include "playbook/playbookcatalog.h"

#include <QObject>
#include <QString>

namespace steadyline {

class Settings;
namespace journal {
class Journal;
}
namespace sync {
class PlaybookPublisher;
class TeamControl;
} // namespace sync

// What every window of the app shares, made once at start and handed to each window: the
// settings, the journal (null when it could not be opened; journalError() says why), and the one
// playbook catalog with its file watcher. Windows never make a second catalog or read settings
// another way; when the preferences are saved, applySettings() points the catalog at the new
// folders and settingsChanged() tells every window.
class AppContext : public QObject
{
    Q_OBJECT

public:
    // `builtInPlaybooks`: the built-in playbooks parsed since start (PlaybookCatalog::preloadBuiltIn()).
    explicit AppContext(Settings &settings, journal::Journal *journal = nullptr, QString journalError = {},
                        PlaybookCatalog::PreloadedPlaybooks builtInPlaybooks = {}, QObject *parent = nullptr);

    [[nodiscard]] Settings &settings() const { return m_settings; }
    [[nodiscard]] journal::Journal *journal() const { return m_journal; }
    [[nodiscard]] const QString &journalError() const { return m_journalError; }
    [[nodiscard]] PlaybookCatalog &catalog() { return m_catalog; }
    // The desk's running link to the team server (Preferences → Team), set by the app once it
    // runs one; null in a window made without it (tests, a journal that could not be opened).
    [[nodiscard]] sync::TeamControl *team() const { return m_team; }
    void setTeam(sync::TeamControl *team) { m_team = team; }
    // Publishing playbooks to the team (the editor's "Publish to team…"); null without a team link.
    [[nodiscard]] sync::PlaybookPublisher *publisher() const { return m_publisher; }
    void setPublisher(sync::PlaybookPublisher *publisher) { m_publisher = publisher; }

    // The preferences were saved: the catalog follows the playbook folders, and windows hear it.
    void applySettings();

signals:
    void settingsChanged();

private:
    void followPlaybookFolders();

    Settings &m_settings;
    journal::Journal *m_journal;
    QString m_journalError;
    PlaybookCatalog m_catalog;
    sync::TeamControl *m_team = nullptr;
    sync::PlaybookPublisher *m_publisher = nullptr;
};

} // namespace steadyline
