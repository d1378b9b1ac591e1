#pragma once

#include <QByteArray>
#include <QString>

namespace steadyline {

// Who may read a file once it is written.
enum class FileAccess {
    // The user alone (0600) from its first byte, also when it replaces a file with wider
    // permissions. A symbolic link at the path is refused, and so is a folder that other users may
    // write into: for what holds customers' data or a team's unpublished wording (exports, drafts).
    OwnerOnly,
    // As before: a replaced file keeps its mode (a playbook in a team folder stays readable by the
    // team), a new one gets the umask's. For documents the user edits in place.
    AsBefore,
};

// The one way Steadyline writes a whole file: atomically (QSaveFile: a temporary file renamed over
// the target on success, the old file untouched on failure), with a full disk noticed. Returns
// false with words for the user in `error` (translated; they name the file).
[[nodiscard]] bool writeFileAtomically(const QString &path, const QByteArray &content, FileAccess access,
                                       QString *error);

// writeFileAtomically for a file readable by the user alone.
[[nodiscard]] inline bool writePrivateFile(const QString &path, const QByteArray &content, QString *error)
{
    return writeFileAtomically(path, content, FileAccess::OwnerOnly, error);
}

} // namespace steadyline
