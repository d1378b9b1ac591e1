#pragma once

#include <QStringList>

namespace steadyline {

// Where playbooks come from. Today: the ones built into the application.
class PlaybookLibrary
{
public:
    // Paths (in Qt's resource system) of the playbooks shipped with the app, sorted.
    [[nodiscard]] static QStringList builtInPlaybookFiles();
};

} // namespace steadyline
