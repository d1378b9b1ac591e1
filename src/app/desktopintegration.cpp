#include "desktopintegration.h"

#include "app/trayicon.h"
#include "call/assistwindow.h"
#include "settings/settings.h"

#include <QApplication>
#include <QStatusBar>

#include <spdlog/spdlog.h>

namespace steadyline::gui {

namespace {

struct ShortcutBinding
{
    const char *id;
    Settings::Key key;
    AssistWindow::RemoteCommand command;
};

// The main actions that work from anywhere, with their setting and what they do.
constexpr ShortcutBinding kBindings[] = {
    {"next-step", Settings::Key::ShortcutNextStep, AssistWindow::RemoteCommand::NextStep},
    {"calmed", Settings::Key::ShortcutCalmed, AssistWindow::RemoteCommand::Calmed},
    {"countdown", Settings::Key::ShortcutCountdown, AssistWindow::RemoteCommand::ToggleCountdown},
    {"new-note", Settings::Key::ShortcutNewNote, AssistWindow::RemoteCommand::NewNote},
    {"raise-hand", Settings::Key::ShortcutRaiseHand, AssistWindow::RemoteCommand::RaiseHand},
};

QString describe(AssistWindow::RemoteCommand command)
{
    switch (command) {
    case AssistWindow::RemoteCommand::NextStep: return DesktopIntegration::tr("Steadyline: next step");
    case AssistWindow::RemoteCommand::Calmed: return DesktopIntegration::tr("Steadyline: the caller calmed down");
    case AssistWindow::RemoteCommand::ToggleCountdown:
        return DesktopIntegration::tr("Steadyline: start or stop the countdown");
    case AssistWindow::RemoteCommand::NewNote: return DesktopIntegration::tr("Steadyline: new note");
    case AssistWindow::RemoteCommand::RaiseHand:
        return DesktopIntegration::tr("Steadyline: raise or lower your hand for the lead");
    }
    return {};
}

} // namespace

DesktopIntegration::DesktopIntegration(AssistWindow &window, Settings &settings)
    : m_window(window)
    , m_settings(settings)
    , m_tray(new TrayIcon(window))
{
    connect(&m_shortcuts, &GlobalShortcuts::activated, this, &DesktopIntegration::onShortcut);
    connect(&m_window, &AssistWindow::preferencesSaved, this, &DesktopIntegration::applyShortcutSettings);
    applyShortcutSettings();
}

DesktopIntegration::~DesktopIntegration() = default;

std::vector<GlobalShortcut> DesktopIntegration::shortcutsFromSettings(const Settings &settings)
{
    std::vector<GlobalShortcut> shortcuts;
    if (!settings.flag(Settings::Key::GlobalShortcuts))
        return shortcuts;
    for (const ShortcutBinding &binding : kBindings) {
        const QKeySequence keys = QKeySequence::fromString(settings.string(binding.key), QKeySequence::PortableText);
        if (keys.isEmpty())
            continue;
        // A hand-edited settings file may name a plain letter: never grabbed desktop-wide.
        if (!GlobalShortcuts::isSafeGlobalKey(keys)) {
            if (const auto log = spdlog::get("app"))
                log->warn("global shortcut '{}' is a plain key; not grabbed", binding.id);
            continue;
        }
        shortcuts.push_back({QString::fromLatin1(binding.id), describe(binding.command), keys});
    }
    return shortcuts;
}

QStringList DesktopIntegration::applyShortcutSettings()
{
    const QStringList problems = m_shortcuts.setShortcuts(shortcutsFromSettings(m_settings));
    if (!problems.isEmpty() && m_shortcuts.backend() != GlobalShortcuts::Backend::None)
        m_window.statusBar()->showMessage(problems.join(QLatin1Char(' ')), 30000);
    return problems;
}

void DesktopIntegration::onShortcut(const QString &id)
{
    // A dialog (the preferences, a confirmation) has the window's attention: nothing acts behind it.
    if (QApplication::activeModalWidget())
        return;
    for (const ShortcutBinding &binding : kBindings) {
        if (id == QLatin1String(binding.id)) {
            const bool done = m_window.perform(binding.command);
            if (const auto log = spdlog::get("app"))
                log->debug("global shortcut '{}': {}", binding.id, done ? "done" : "does not apply now");
            return;
        }
    }
}

QString DesktopIntegration::handle(const desktop::InstanceRequest &request)
{
    if (request.startCall && QApplication::activeModalWidget()) {
        m_window.bringToFront();
        return tr("Steadyline is waiting for an answer in a dialog; answer it first, then start the call.");
    }
    if (request.startCall)
        return m_window.startCallFromOutside(*request.startCall);
    if (!request.rehearse.isEmpty()) {
        m_window.bringToFront();
        if (QApplication::activeModalWidget())
            return tr("Steadyline is waiting for an answer in a dialog; answer it first, then start the rehearsal.");
        return m_window.startRehearsal(request.rehearse);
    }
    m_window.bringToFront();
    return {};
}

} // namespace steadyline::gui
