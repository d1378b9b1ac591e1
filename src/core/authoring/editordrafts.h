#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace steadyline {

// A copy of the editor's unsaved text, written a few seconds after the last key so a crash
// loses almost nothing, and offered back when the editor next opens.
struct EditorDraft
{
    QString file;   // the draft file itself
    QString origin; // the playbook it is a draft of; empty for a new, never saved one
    QString text;
    QDateTime savedAt;
};

// Drafts live in the app's local data folder (drafts/, 0700; each file 0600): they may hold a
// team's unpublished wording, so nobody else on the machine reads them.
class EditorDrafts
{
public:
    [[nodiscard]] static QString folder();
    // Another folder instead of the app's (tests running in parallel each use their own).
    static void setFolder(const QString &folder) { s_folder = folder; }
    // The draft file of `origin` (the same file every time); for a new playbook, a fresh name.
    [[nodiscard]] static QString fileFor(const QString &origin);
    static bool write(const EditorDraft &draft, QString *error);
    // Every readable draft, newest first.
    [[nodiscard]] static std::vector<EditorDraft> all();
    static void remove(const QString &file);

    // The bytes of a draft file as write() stores them; nothing for a file that is not a whole
    // draft (cut short by a crash, edited by hand, not one of ours), which is never offered back.
    [[nodiscard]] static QByteArray serialize(const EditorDraft &draft);
    [[nodiscard]] static std::optional<EditorDraft> parse(const QByteArray &bytes, const QString &file);

private:
    static inline QString s_folder;
};

} // namespace steadyline
