#pragma once

#include "playbook/playbookloader.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include "catch_qt.h"

#include <memory>

namespace steadyline::test {

// Loads a playbook from JSON text and requires it to be valid.
inline std::shared_ptr<const Playbook> requirePlaybook(const char *utf8Json)
{
    const LoadResult result = PlaybookLoader::loadData(QByteArray(utf8Json), QStringLiteral("test.json"));
    for (const Diagnostic &d : result.diagnostics)
        UNSCOPED_INFO(d.toString().toStdString());
    REQUIRE(result.ok());
    return result.playbook;
}

inline Diagnostics diagnosticsOf(const char *utf8Json)
{
    return PlaybookLoader::loadData(QByteArray(utf8Json), QStringLiteral("test.json")).diagnostics;
}

inline const Diagnostic *findCode(const Diagnostics &diagnostics, const char *code)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.code == QLatin1String(code))
            return &d;
    }
    return nullptr;
}

inline QString shippedPlaybookPath(const char *name)
{
    return QStringLiteral(STEADYLINE_PLAYBOOKS_DIR "/") + QString::fromUtf8(name);
}

} // namespace steadyline::test
