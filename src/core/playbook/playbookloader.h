#pragma once

#include "common/diagnostic.h"
#include "common/diagnosticsink.h"
#include "playbook.h"
#include "json/jsonreader.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace steadyline {

struct LoadResult
{
    std::shared_ptr<const Playbook> playbook; // set only when there are no errors
    Diagnostics diagnostics;
    QByteArray source; // the file's bytes (implicitly shared, not copied)

    [[nodiscard]] bool ok() const { return playbook != nullptr; }
    // SHA-256 of the file, so a call record can name the exact version used. Computed on
    // request: validating a file does not need it.
    [[nodiscard]] QByteArray sha256() const;
};

// Reads, parses and checks a playbook file. Never throws; every problem is a diagnostic.
class PlaybookLoader
{
public:
    // Files above this size are refused unread: no playbook comes near it, and a 50 MB file
    // handed over by mistake must not stall the app.
    static constexpr qint64 kMaxFileBytes = 8 * 1024 * 1024;

    [[nodiscard]] static LoadResult loadFile(const QString &path);
    // `displayName` is what diagnostics call the file.
    [[nodiscard]] static LoadResult loadData(const QByteArray &data, const QString &displayName);
};

// Shared by every loader of a file a user hands us (playbooks, scenarios): the file's bytes, or
// a diagnostic when it is a folder, unreadable or larger than `maxBytes`. `whatItIs` names the
// kind of file in messages ("playbook").
[[nodiscard]] std::optional<QByteArray> readUserFile(const QString &path, qint64 maxBytes,
                                                     const DiagnosticText &whatItIs, Diagnostics &diagnostics);
// The JSON document, or a diagnostic at the syntax error.
[[nodiscard]] std::optional<json::Document> readUserJson(const QByteArray &data, const QString &displayName,
                                                         const DiagnosticText &whatItIs, Diagnostics &diagnostics);
void reportDuplicateKeys(const json::Document &document, DiagnosticSink &sink);
void sortByPosition(Diagnostics &diagnostics);
// Root causes first, each group by position: the first `readingDiagnostics` (reported while the
// file was read) and duplicated ids, then the findings of the checks that may follow from them.
void sortRootCausesFirst(Diagnostics &diagnostics, std::size_t readingDiagnostics);

} // namespace steadyline
