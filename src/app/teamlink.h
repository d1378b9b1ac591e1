#pragma once

#include "syncstatus.h"
#include "teamsync.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

class QLabel;
class QStatusBar;

namespace steadyline {
class Settings;
}

namespace steadyline::gui {

// The window's link to the team server: while the desk belongs to a team (the settings name its
// server, see `steadyline team join`), a TeamSync keeps the journal in sync in its own thread,
// and the status bar shows "Team: online" or "Team: offline · 3 waiting", the details in its tool
// tip. Without a team nothing runs and nothing is shown.
class TeamLink : public QObject
{
    Q_OBJECT

public:
    TeamLink(QString dataDir, Settings &settings, QStatusBar &statusBar, sync::SyncTiming timing = {},
             QObject *parent = nullptr);
    ~TeamLink() override;

    // Starts, restarts or stops the worker when the server in the settings changed.
    void applySettings();
    [[nodiscard]] const sync::SyncStatus &status() const { return m_status; }

    // The status bar's line: empty when the desk is not in a team.
    [[nodiscard]] static QString statusLine(const sync::SyncStatus &status);
    // The tool tip: the server, the last push and pull, the last problem.
    [[nodiscard]] static QString statusDetails(const sync::SyncStatus &status);

signals:
    void statusChanged();

private:
    void show(const sync::SyncStatus &status);

    QString m_dataDir;
    Settings &m_settings;
    sync::SyncTiming m_timing;
    QLabel *m_label = nullptr;
    QString m_server;
    std::unique_ptr<sync::TeamSync> m_sync;
    sync::SyncStatus m_status;
};

} // namespace steadyline::gui
