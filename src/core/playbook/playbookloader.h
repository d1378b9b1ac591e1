#pragma once

#include "diagnostic.h"
#include "playbook.h"

#include <QByteArray>
#include <QString>

#include <memory>

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

} // namespace steadyline
