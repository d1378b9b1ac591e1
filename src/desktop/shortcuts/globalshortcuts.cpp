#include "globalshortcuts.h"

#include "portalshortcuts.h"
#include "x11keygrabber.h"

#include <QGuiApplication>

namespace steadyline::gui {

GlobalShortcuts::GlobalShortcuts(QObject *parent)
    : QObject(parent)
    , m_backend(availableBackend())
{
    switch (m_backend) {
    case Backend::X11: m_grabber = X11KeyGrabber::create(*this); break;
    case Backend::Portal: m_grabber = std::make_unique<PortalShortcuts>(*this); break;
    case Backend::None: break;
    }
    if (!m_grabber)
        m_backend = Backend::None;
}

GlobalShortcuts::~GlobalShortcuts()
{
    // A QObject grabber is a child too; released here, before QObject deletes the children.
    if (auto *object = dynamic_cast<QObject *>(m_grabber.get()))
        object->setParent(nullptr);
    m_grabber.reset();
}

GlobalShortcuts::Backend GlobalShortcuts::availableBackend()
{
    const QString platform = QGuiApplication::platformName();
    if (platform == u"xcb")
        return Backend::X11;
    if (platform.startsWith(QStringLiteral("wayland")) && PortalShortcuts::offered())
        return Backend::Portal;
    return Backend::None;
}

bool GlobalShortcuts::isSafeGlobalKey(const QKeySequence &keys)
{
    if (keys.isEmpty())
        return false;
    const QKeyCombination combination = keys[0];
    if (combination.keyboardModifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return true;
    return combination.key() >= Qt::Key_F1 && combination.key() <= Qt::Key_F35;
}

QString GlobalShortcuts::explanation(Backend backend)
{
    switch (backend) {
    case Backend::X11: return tr("These keys work in every application, also while the softphone has the focus.");
    case Backend::Portal:
        return tr("These keys work in every application through your desktop, which may ask you to confirm them "
                  "or let you change them in its own settings.");
    case Backend::None: break;
    }
    return tr("This desktop offers no global shortcuts to applications: only the keys inside the Steadyline "
              "window work (F5, F6, Esc, F8, …). The tray icon's menu works from anywhere.");
}

QStringList GlobalShortcuts::setShortcuts(const std::vector<GlobalShortcut> &shortcuts)
{
    if (!m_grabber)
        return shortcuts.empty() ? QStringList() : QStringList{explanation(Backend::None)};
    return m_grabber->grab(shortcuts);
}

} // namespace steadyline::gui
