#pragma once

#include "instance/singleinstance.h"
#include "shortcuts/globalshortcuts.h"

#include <QObject>

#include <memory>
#include <vector>

namespace steadyline {
class Settings;
}

namespace steadyline::gui {

class AssistWindow;
class TrayIcon;

// Ties the window to the desktop: the tray icon, the global shortcuts (as the settings say) and
// the requests of later starts of the app.
class DesktopIntegration : public QObject
{
    Q_OBJECT

public:
    DesktopIntegration(AssistWindow &window, Settings &settings);
    ~DesktopIntegration() override;

    // The global shortcuts the settings ask for: none when they are turned off.
    [[nodiscard]] static std::vector<GlobalShortcut> shortcutsFromSettings(const Settings &settings);
    // Grabs the shortcuts anew (after the preferences were saved); returns the problems.
    QStringList applyShortcutSettings();
    // What a later start asked: empty when done, else why not.
    QString handle(const desktop::InstanceRequest &request);

    [[nodiscard]] GlobalShortcuts &shortcuts() { return m_shortcuts; }
    [[nodiscard]] TrayIcon *tray() const { return m_tray; }

private:
    void onShortcut(const QString &id);

    AssistWindow &m_window;
    Settings &m_settings;
    GlobalShortcuts m_shortcuts;
    TrayIcon *m_tray = nullptr;
};

} // namespace steadyline::gui
