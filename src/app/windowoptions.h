#pragma once

#include "playbook/playbook.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace steadyline::app {

// The window's command line (program name and Qt's own options such as -platform excluded):
//   [--data-dir DIR | --data-dir=DIR] [--verbose] [--start-call phone|in_person]
struct WindowOptions
{
    QString dataDir; // empty: the user's data folder
    bool verbose = false;
    std::optional<Channel> startCall; // start a call at once (e.g. from the softphone's on-call hook)
    QString error;                    // wrong usage, said in a sentence; nothing else is valid then
};

[[nodiscard]] WindowOptions parseWindowOptions(const QStringList &arguments);

// True when the arguments ask only for the help or the version, which need no display.
[[nodiscard]] bool asksForHelpOrVersion(const QStringList &arguments);

} // namespace steadyline::app
