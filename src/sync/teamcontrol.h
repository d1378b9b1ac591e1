#pragma once

#include "syncstatus.h"

#include <QObject>

#include <functional>

namespace steadyline::sync {

// What a window may ask of the desk's running link to the team server (the status bar's
// TeamLink): Preferences → Team shows its status, syncs now, and stops it before the desk leaves
// the team. An interface, so that the widgets library does not depend on the app's wiring.
class TeamControl : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    [[nodiscard]] virtual const SyncStatus &status() const = 0;
    // Push and pull now; offline: try to connect now.
    virtual void syncNow() = 0;
    // The settings name another server, or none: start, restart or stop the worker.
    virtual void applySettings() = 0;
    // Stops the worker without blocking the window (before the journal leaves or joins a team):
    // `whenStopped` runs in this thread once the worker has let go of the journal, at once when
    // none runs. That may take as long as the worker's query or connection attempt in progress.
    virtual void stopSync(std::function<void()> whenStopped) = 0;

signals:
    void statusChanged();
};

} // namespace steadyline::sync
