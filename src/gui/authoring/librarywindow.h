#pragma once

#include "playbook/playbookcatalog.h"

#include "playbookpublisher.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;

namespace Ui {
class LibraryWindow;
}

namespace steadyline {
class AppContext;
class Settings;
} // namespace steadyline

namespace steadyline::gui {

class PlaybookEditor;
class PlaybookListModel;
class ScenarioFileModel;

// Every playbook of the three sources (built in, team folder, the user's folder) with where it
// comes from and why that version is the one in use; the scenario files found the same way; and
// a banner for files with errors or folders out of reach. Follows the catalog as files change.
// Edit (the buttons, Enter or a double-click in a list, Ctrl+E) opens the chosen file in the
// playbook editor; built-in files open read-only there.
class LibraryWindow : public QMainWindow
{
    Q_OBJECT

public:
    // With a catalog of the built-in playbooks only.
    explicit LibraryWindow(QWidget *parent = nullptr);
    // With the app's catalog (the same one calls are started from); without the app's settings,
    // the editors it opens save no drafts.
    explicit LibraryWindow(PlaybookCatalog &catalog, QWidget *parent = nullptr);
    // With the app's context: its catalog and settings.
    explicit LibraryWindow(AppContext &context, QWidget *parent = nullptr);
    ~LibraryWindow() override;

    // Opens the editor on the playbook in use for the chosen row, or on the chosen scenario file;
    // null when nothing is chosen or the file cannot be read (the status bar says why).
    PlaybookEditor *editChosenPlaybook();
    PlaybookEditor *editChosenScenario();

private:
    LibraryWindow(std::unique_ptr<PlaybookCatalog> own, PlaybookCatalog *shared, Settings *settings, QWidget *parent);
    void showCatalog();
    void showPlaybook();
    PlaybookEditor *openEditor(const QString &path);

    std::unique_ptr<Ui::LibraryWindow> m_ui;
    std::unique_ptr<PlaybookCatalog> m_ownCatalog;
    PlaybookCatalog &m_catalog;
    Settings *m_settings = nullptr;                // for the editors it opens; may be null
    QPointer<sync::PlaybookPublisher> m_publisher; // the editors' "Publish to team…"; may be null
    PlaybookListModel *m_playbooks = nullptr;
    ScenarioFileModel *m_scenarios = nullptr;
};

// Shows the catalog's problems in `banner` (hidden when there are none): a file with errors
// whose last good version stays in use, a folder out of reach. Never blocks anything.
void showCatalogProblems(QLabel *banner, const PlaybookCatalog &catalog);

} // namespace steadyline::gui
