#include "x11keygrabber.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <spdlog/spdlog.h>
#include <xcb/xcb.h>

#include <cstdlib>

namespace steadyline::gui {

namespace {

// Caps Lock and Num Lock must not stop a shortcut: each grab is repeated with them.
constexpr std::uint16_t kLockMasks[] = {0, XCB_MOD_MASK_LOCK, XCB_MOD_MASK_2, XCB_MOD_MASK_LOCK | XCB_MOD_MASK_2};
// Auto-repeat starts within 660 ms (X's longest default delay) and then repeats far faster.
constexpr std::uint32_t kHeldWithoutRepeatMs = 1000;
constexpr std::uint16_t kRelevantMasks =
    XCB_MOD_MASK_SHIFT | XCB_MOD_MASK_CONTROL | XCB_MOD_MASK_1 | XCB_MOD_MASK_4; // Shift, Ctrl, Alt, Super

std::uint16_t modifierMask(Qt::KeyboardModifiers modifiers)
{
    std::uint16_t mask = 0;
    if (modifiers & Qt::ShiftModifier)
        mask |= XCB_MOD_MASK_SHIFT;
    if (modifiers & Qt::ControlModifier)
        mask |= XCB_MOD_MASK_CONTROL;
    if (modifiers & Qt::AltModifier)
        mask |= XCB_MOD_MASK_1;
    if (modifiers & Qt::MetaModifier)
        mask |= XCB_MOD_MASK_4;
    return mask;
}

} // namespace

std::unique_ptr<X11KeyGrabber> X11KeyGrabber::create(GlobalShortcuts &owner)
{
    auto *x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
    if (!x11 || !x11->connection())
        return nullptr;
    xcb_connection_t *connection = x11->connection();
    const xcb_screen_t *screen = xcb_setup_roots_iterator(xcb_get_setup(connection)).data;
    if (!screen)
        return nullptr;
    return std::unique_ptr<X11KeyGrabber>(new X11KeyGrabber(owner, connection, screen->root));
}

X11KeyGrabber::X11KeyGrabber(GlobalShortcuts &owner, xcb_connection_t *connection, std::uint32_t root)
    : m_owner(owner)
    , m_connection(connection)
    , m_root(root)
{
    QCoreApplication::instance()->installNativeEventFilter(this);
}

X11KeyGrabber::~X11KeyGrabber()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeNativeEventFilter(this);
    releaseAll();
}

std::uint32_t X11KeyGrabber::keysymFor(int qtKey)
{
    if (qtKey >= Qt::Key_F1 && qtKey <= Qt::Key_F35)
        return 0xffbe + static_cast<std::uint32_t>(qtKey - Qt::Key_F1); // XK_F1 …
    if (qtKey >= Qt::Key_A && qtKey <= Qt::Key_Z)
        return 'a' + static_cast<std::uint32_t>(qtKey - Qt::Key_A); // X names the unshifted letter
    if (qtKey >= Qt::Key_0 && qtKey <= Qt::Key_9)
        return static_cast<std::uint32_t>(qtKey);
    switch (qtKey) {
    case Qt::Key_Space: return 0x20;
    case Qt::Key_Escape: return 0xff1b;
    case Qt::Key_Tab: return 0xff09;
    case Qt::Key_Return: return 0xff0d;
    case Qt::Key_Enter: return 0xff8d;
    case Qt::Key_Insert: return 0xff63;
    case Qt::Key_Delete: return 0xffff;
    case Qt::Key_Home: return 0xff50;
    case Qt::Key_End: return 0xff57;
    case Qt::Key_PageUp: return 0xff55;
    case Qt::Key_PageDown: return 0xff56;
    case Qt::Key_Pause: return 0xff13;
    case Qt::Key_Left: return 0xff51;
    case Qt::Key_Up: return 0xff52;
    case Qt::Key_Right: return 0xff53;
    case Qt::Key_Down: return 0xff54;
    default: return 0;
    }
}

std::uint8_t X11KeyGrabber::keycodeFor(std::uint32_t keysym) const
{
    const xcb_setup_t *setup = xcb_get_setup(m_connection);
    const int count = setup->max_keycode - setup->min_keycode + 1;
    xcb_get_keyboard_mapping_reply_t *reply = xcb_get_keyboard_mapping_reply(
        m_connection, xcb_get_keyboard_mapping(m_connection, setup->min_keycode, static_cast<std::uint8_t>(count)),
        nullptr);
    if (!reply)
        return 0;
    const xcb_keysym_t *keysyms = xcb_get_keyboard_mapping_keysyms(reply);
    const int perKeycode = reply->keysyms_per_keycode;
    std::uint8_t found = 0;
    // The unshifted symbol first (column 0), then any column.
    for (int column = 0; column < perKeycode && !found; ++column) {
        for (int i = 0; i < count; ++i) {
            if (keysyms[i * perKeycode + column] == keysym) {
                found = static_cast<std::uint8_t>(setup->min_keycode + i);
                break;
            }
        }
    }
    std::free(reply);
    return found;
}

QStringList X11KeyGrabber::grab(const std::vector<GlobalShortcut> &shortcuts)
{
    releaseAll();
    QStringList problems;
    for (const GlobalShortcut &shortcut : shortcuts) {
        if (shortcut.keys.isEmpty())
            continue;
        const QKeyCombination combination = shortcut.keys[0];
        const QString keys = shortcut.keys.toString(QKeySequence::NativeText);
        const std::uint32_t keysym = keysymFor(combination.key());
        const std::uint8_t keycode = keysym ? keycodeFor(keysym) : 0;
        if (!keycode) {
            problems << QCoreApplication::translate(
                            "steadyline::gui::GlobalShortcuts",
                            "%1 (%2): this key cannot be grabbed here; choose a function key or a letter.")
                            .arg(keys, shortcut.description);
            continue;
        }
        const std::uint16_t modifiers = modifierMask(combination.keyboardModifiers());
        bool taken = false;
        for (const std::uint16_t lock : kLockMasks) {
            xcb_generic_error_t *error =
                xcb_request_check(m_connection, xcb_grab_key_checked(m_connection, 1, m_root, modifiers | lock, keycode,
                                                                     XCB_GRAB_MODE_ASYNC, XCB_GRAB_MODE_ASYNC));
            if (error) {
                taken = true;
                std::free(error);
            }
        }
        if (taken) {
            for (const std::uint16_t lock : kLockMasks)
                xcb_ungrab_key(m_connection, keycode, m_root, modifiers | lock);
            problems << QCoreApplication::translate(
                            "steadyline::gui::GlobalShortcuts",
                            "%1 (%2): another application already uses this combination; choose another.")
                            .arg(keys, shortcut.description);
            continue;
        }
        m_grabs.push_back({shortcut.id, keycode, modifiers, false, 0, 0});
        if (const auto log = spdlog::get("app"))
            log->info("global shortcut '{}' grabbed on X11", shortcut.id.toStdString());
    }
    xcb_flush(m_connection);
    return problems;
}

void X11KeyGrabber::releaseAll()
{
    for (const Grab &grab : m_grabs) {
        for (const std::uint16_t lock : kLockMasks)
            xcb_ungrab_key(m_connection, grab.keycode, m_root, grab.modifiers | lock);
    }
    if (!m_grabs.empty())
        xcb_flush(m_connection);
    m_grabs.clear();
}

bool X11KeyGrabber::nativeEventFilter(const QByteArray &eventType, void *message, qintptr *)
{
    if (eventType != "xcb_generic_event_t")
        return false;
    const auto *event = static_cast<const xcb_generic_event_t *>(message);
    const std::uint8_t type = event->response_type & 0x7f;
    if (type != XCB_KEY_PRESS && type != XCB_KEY_RELEASE)
        return false;
    // A release has the layout of a press.
    const auto *key = static_cast<const xcb_key_press_event_t *>(message);
    for (Grab &grab : m_grabs) {
        if (grab.keycode != key->detail)
            continue;
        if (type == XCB_KEY_RELEASE) {
            grab.held = false;
            grab.releasedAt = key->time;
            continue; // another grab may share the key with other modifiers
        }
        if (grab.modifiers != (key->state & kRelevantMasks))
            continue;
        // A held key repeats: as press after press (detectable auto-repeat, which Qt turns on)
        // or as release and press at the same X time. Either way, one activation per press.
        // A key "held" without a repeat for a second lost its release somewhere: a new press.
        const bool stillHeld = grab.held && key->time - grab.pressedAt < kHeldWithoutRepeatMs;
        const bool repeat = stillHeld || (grab.releasedAt != 0 && grab.releasedAt == key->time);
        grab.held = true;
        grab.pressedAt = key->time;
        if (repeat)
            return true;
        const QString id = grab.id;
        // Queued: the action may open or close windows, which must not happen inside the filter.
        QMetaObject::invokeMethod(
            &m_owner, [owner = &m_owner, id] { emit owner->activated(id); }, Qt::QueuedConnection);
        return true;
    }
    return false;
}

} // namespace steadyline::gui
