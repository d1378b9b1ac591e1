#pragma once

#include "globalshortcuts.h"

#include <QAbstractNativeEventFilter>

#include <cstdint>

struct xcb_connection_t;

namespace steadyline::gui {

// Global shortcuts under X11: passive key grabs on the root window, through the xcb connection
// Qt already has, and a native event filter that turns the grabbed key presses into activations.
class X11KeyGrabber : public GlobalShortcuts::Grabber, public QAbstractNativeEventFilter
{
public:
    // Null when the application does not run on X11.
    [[nodiscard]] static std::unique_ptr<X11KeyGrabber> create(GlobalShortcuts &owner);
    ~X11KeyGrabber() override;

    QStringList grab(const std::vector<GlobalShortcut> &shortcuts) override;
    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *result) override;

    // The X keysym of a Qt key, or 0 when it has none here (for the settings' check too).
    [[nodiscard]] static std::uint32_t keysymFor(int qtKey);

private:
    struct Grab
    {
        QString id;
        std::uint8_t keycode = 0;
        std::uint16_t modifiers = 0;
        bool held = false;            // pressed and not yet released: further presses are auto-repeat
        std::uint32_t releasedAt = 0; // X time of the last release (auto-repeat: release and press share it)
        std::uint32_t pressedAt = 0;  // X time of the last press, repeats included
    };

    X11KeyGrabber(GlobalShortcuts &owner, xcb_connection_t *connection, std::uint32_t root);
    void releaseAll();
    [[nodiscard]] std::uint8_t keycodeFor(std::uint32_t keysym) const;

    GlobalShortcuts &m_owner;
    xcb_connection_t *m_connection;
    std::uint32_t m_root;
    std::vector<Grab> m_grabs;
};

} // namespace steadyline::gui
