#pragma once

#include "common/diagnostic.h"
#include "common/playbooksource.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class QPlainTextEdit;
class QWidget;

namespace steadyline {
class PlaybookCatalog;
class Settings;
struct EditorDraft;
} // namespace steadyline

namespace steadyline::gui {

class DraftBanner;

// The file behind the playbook editor's text: where it lives (none for a new playbook, ":/…" for
// a built-in one), the text as last opened or saved, and the draft autosaved while it is edited.
// It opens (File → Open, New, the library, a recovered draft) and saves: never a text with
// errors over a team or read-only playbook, and with the offer of a new revision when the
// content changed since the revision on disk. The editor window validates and shows; it hands
// this class its text and a way to validate now.
class EditorFile : public QObject
{
    Q_OBJECT

public:
    enum class RevisionAnswer { Bump, Keep, Cancel };

    static constexpr int kDraftDelayMs = 3000; // after the last key press

    // `validate` validates the text now and gives its diagnostics. `settings` (may be null) names
    // the team and user folders where the catalog has none. `window` parents the file dialogs.
    EditorFile(QPlainTextEdit &text, DraftBanner &drafts, PlaybookCatalog &catalog, Settings *settings,
               std::function<const Diagnostics &()> validate, QWidget &window);

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString draftFile() const { return m_draftFile; }
    [[nodiscard]] bool isModified() const;
    // A built-in playbook, a new one or the team's published copy: Save asks for a file instead.
    [[nodiscard]] bool needsSaveAs() const;
    // The top-level "revision" number in the text and where it is.
    [[nodiscard]] std::optional<int> revisionInText(int *position = nullptr, int *length = nullptr) const;

    // Opens a playbook file, or a built-in one (":/playbooks/…", read-only: Save As to change it).
    bool open(const QString &path);
    // A new playbook, copied from a shipped one with a new id, not saved anywhere yet.
    void newFromShipped(const QString &shippedPath);
    // Saves in place (false, with a message, when that is not possible or refused).
    bool save();
    bool saveTo(const QString &path);

    // The dialogs of the File menu. `suggestedName` (no ".json") names a file not saved yet.
    void chooseAndOpen();
    void chooseAndSaveAs(const QString &suggestedName, bool scenario);
    void chooseNew();
    // True when there are no unsaved changes or the user agrees to lose them.
    [[nodiscard]] bool confirmDiscard();

    // The window closes: at a logout the changes stay in the draft, offered at the next start;
    // a deliberate close (a crash never gets here) removes the draft.
    void keepDraftAtSessionEnd();
    void removeDraft();

    // Tests answer the "bump the revision?" question in advance instead of clicking a dialog.
    static void setNextRevisionAnswer(RevisionAnswer answer) { s_nextRevisionAnswer = answer; }

signals:
    // Another document is in the text now (opened, new, or a restored draft): validate it.
    void replaced();
    // Saved; `newPath`: under another path than before.
    void saved(bool newPath);
    // For the editor's message line (and its status bar); `problem` draws it as one.
    void message(const QString &text, bool problem);
    // For the status bar only; 0: until the next one.
    void status(const QString &text, int timeoutMs);

private:
    // The team or user folder: the catalog's, else the settings'.
    [[nodiscard]] QString folder(PlaybookSource source) const;
    [[nodiscard]] bool isProtected(const QString &path) const;
    [[nodiscard]] RevisionAnswer askRevision(int current);
    void setDocument(const QString &text, const QString &path, const QString &savedText);
    void writeDraft();
    void restoreDraft();

    QPlainTextEdit &m_text;
    DraftBanner &m_drafts;
    PlaybookCatalog &m_catalog;
    Settings *m_settings = nullptr;
    std::function<const Diagnostics &()> m_validate;
    QWidget &m_window;
    QString m_path;      // empty: a new playbook never saved
    QString m_savedText; // as last opened or saved, to tell whether the content changed
    int m_savedRevision = -1;
    QString m_draftFile;
    QTimer m_draftTimer;

    static inline std::optional<RevisionAnswer> s_nextRevisionAnswer;
};

} // namespace steadyline::gui
