#pragma once

#include "editorfile.h"
#include "playbook/playbookcatalog.h"
#include "playbook/playbookloader.h"
#include "playbookpublisher.h"
#include "training/scenarioloader.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

class QTreeWidgetItem;

namespace Ui {
class PlaybookEditor;
}

namespace steadyline {
class Settings;
} // namespace steadyline

namespace steadyline::gui {

class PublishDialog;

// Where a team lead edits a playbook safely: the JSON text with highlighting, validated as they
// type by the real loader (diagnostics listed and underlined), the step card previewed by the
// real engine, the flow diagram beside it, atomic saves that offer a new revision, and a draft
// autosaved so a crash loses nothing (those two are EditorFile's). A training scenario opens the
// same way: it is validated against the playbook it trains, and the preview shows what the
// scenario is instead of a card.
class PlaybookEditor : public QMainWindow
{
    Q_OBJECT

public:
    using RevisionAnswer = EditorFile::RevisionAnswer;

    static constexpr int kValidationDelayMs = 300;                  // after the last key press
    static constexpr int kDraftDelayMs = EditorFile::kDraftDelayMs; // after the last key press

    // `settings` (may be null) names the team and user folders: team files are protected from
    // broken saves, and the editor's own catalog of the three sources offers their playbooks.
    explicit PlaybookEditor(Settings *settings = nullptr, QWidget *parent = nullptr);
    // With the app's catalog (the library window's): its folders are used instead of the settings'.
    explicit PlaybookEditor(PlaybookCatalog &catalog, Settings *settings = nullptr, QWidget *parent = nullptr);
    ~PlaybookEditor() override;

    // Opens a playbook file, or a built-in one (":/playbooks/…", read-only: Save As to change it).
    bool openFile(const QString &path);
    // A new playbook, copied from a shipped one with a new id, not saved anywhere yet.
    void newFromShipped(const QString &shippedPath);
    // Saves in place (false, with a message, when that is not possible or refused).
    bool save();
    bool saveAs(const QString &path);
    void nextDiagnostic();
    // Validates now instead of after the debounce delay.
    void validateNow();

    [[nodiscard]] QString filePath() const { return m_file->path(); }
    [[nodiscard]] bool isModified() const;
    [[nodiscard]] const Diagnostics &diagnostics() const { return m_diagnostics; }
    // Whether the text is a training scenario rather than a playbook.
    [[nodiscard]] bool isScenario() const { return m_isScenario; }
    [[nodiscard]] QString draftFile() const { return m_file->draftFile(); }

    // The team server's way to publish (issue #18 §5); null or not a lead: no "Publish to team…".
    void setPublisher(sync::PlaybookPublisher *publisher);
    // File → Publish to team…: the dialog for the text as it stands (null without a publisher).
    PublishDialog *openPublishDialog();

    // Tests answer the "bump the revision?" question in advance instead of clicking a dialog.
    static void setNextRevisionAnswer(RevisionAnswer answer) { EditorFile::setNextRevisionAnswer(answer); }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    PlaybookEditor(std::unique_ptr<PlaybookCatalog> own, PlaybookCatalog *shared, Settings *settings, QWidget *parent);
    void createActions();
    void retranslate();
    void validatePlaybook(const QByteArray &text, const QString &name);
    void validateScenario(const QByteArray &text, const QString &name);
    void showPlaybookPanes();
    void showScenarioPanes();
    // The playbooks a scenario may train: the catalog's, the ones beside the file and in the
    // folder above (as `steadyline validate` looks), and the built-in ones. Built once a file.
    [[nodiscard]] const PlaybookSet &scenarioPlaybooks();
    // The file holds another document: the scenario's state goes, and the text is validated.
    void documentReplaced();
    void onTextChanged();
    void showDiagnostics();
    void rebuildDiagram();
    void updateTitle();
    void showMessage(const QString &text, bool problem);
    // Save As, suggesting the playbook's or scenario's id as the file name.
    void chooseAndSaveAs();
    void showPublishAction();

    std::unique_ptr<Ui::PlaybookEditor> m_ui;
    class DiagnosticsPanel *m_diagnosticsPanel = nullptr;
    std::unique_ptr<PlaybookCatalog> m_ownCatalog;
    PlaybookCatalog &m_catalog;
    Settings *m_settings = nullptr;
    LoadResult m_result;           // the playbook's, when the text is a playbook
    ScenarioLoadResult m_scenario; // the scenario's, when the text is a scenario
    Diagnostics m_diagnostics;     // of whichever the text is
    bool m_isScenario = false;
    std::optional<PlaybookSet> m_scenarioPlaybooks;
    QString m_previewTitle; // the preview and diagram boxes' titles for a playbook
    QString m_diagramTitle;
    QTimer m_validationTimer;
    class DraftBanner *m_drafts = nullptr;
    EditorFile *m_file = nullptr; // where the text lives, its saves and its draft
    QPointer<sync::PlaybookPublisher> m_publisher;
    QAction *m_publishAction = nullptr;
    struct Actions
    {
        QAction *newFromShipped = nullptr;
        QAction *open = nullptr;
        class LibraryMenu *library = nullptr;
        QAction *save = nullptr;
        QAction *saveAs = nullptr;
        QAction *close = nullptr;
        QAction *undo = nullptr;
        QAction *redo = nullptr;
        QAction *nextDiagnostic = nullptr;
        QAction *goToText = nullptr;
        QAction *goToDiagnostics = nullptr;
        std::vector<QAction *> previewButtons; // Ctrl+1 … Ctrl+9
    } m_actions;
    QPointer<PublishDialog> m_publishDialog;
};

} // namespace steadyline::gui
