#pragma once

#include "globalshortcuts.h"

#include <QDBusObjectPath>
#include <QObject>
#include <QVariantMap>

namespace steadyline::gui {

// Global shortcuts under Wayland, through xdg-desktop-portal's GlobalShortcuts interface
// (version 1): a session is created, the shortcuts are bound with the preferred keys, and the
// desktop (which may let the user change them) reports each activation by id.
class PortalShortcuts : public QObject, public GlobalShortcuts::Grabber
{
    Q_OBJECT

public:
    explicit PortalShortcuts(GlobalShortcuts &owner);

    // Whether the session bus has a portal with the GlobalShortcuts interface.
    [[nodiscard]] static bool offered();

    QStringList grab(const std::vector<GlobalShortcut> &shortcuts) override;

private slots:
    // Called by D-Bus by name: QDBusConnection::connect takes no function pointers.
    void onSessionCreated(uint response, const QVariantMap &results);
    void onBound(uint response, const QVariantMap &results);
    void onActivated(const QDBusObjectPath &session, const QString &id, qulonglong timestamp,
                     const QVariantMap &options);

private:
    QString requestPath(const QString &token) const;
    void createSession();
    void bind();

    GlobalShortcuts &m_owner;
    QString m_session; // object path, once the portal has created it
    std::vector<GlobalShortcut> m_wanted;
    int m_tokens = 0;
};

} // namespace steadyline::gui
