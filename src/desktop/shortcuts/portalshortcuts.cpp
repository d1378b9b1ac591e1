#include "portalshortcuts.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>

#include <spdlog/spdlog.h>

namespace {

// One entry of BindShortcuts' a(sa{sv}).
struct PortalShortcut
{
    QString id;
    QVariantMap properties;
};
using PortalShortcutList = QList<PortalShortcut>;

QDBusArgument &operator<<(QDBusArgument &argument, const PortalShortcut &shortcut)
{
    argument.beginStructure();
    argument << shortcut.id << shortcut.properties;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, PortalShortcut &shortcut)
{
    argument.beginStructure();
    argument >> shortcut.id >> shortcut.properties;
    argument.endStructure();
    return argument;
}

} // namespace

Q_DECLARE_METATYPE(PortalShortcut)

namespace steadyline::gui {

namespace {

const QString kPortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kShortcutsInterface = QStringLiteral("org.freedesktop.portal.GlobalShortcuts");
const QString kRequestInterface = QStringLiteral("org.freedesktop.portal.Request");

std::shared_ptr<spdlog::logger> logger()
{
    static const auto instance = [] {
        auto existing = spdlog::get("app");
        return existing ? existing : spdlog::default_logger()->clone("app");
    }();
    return instance;
}

// "Ctrl+Shift+F5" in the form of the XDG shortcuts specification: "CTRL+SHIFT+F5".
QString xdgTrigger(const QKeySequence &keys)
{
    if (keys.isEmpty())
        return {};
    const QKeyCombination combination = keys[0];
    QStringList parts;
    const Qt::KeyboardModifiers modifiers = combination.keyboardModifiers();
    if (modifiers & Qt::ControlModifier)
        parts << QStringLiteral("CTRL");
    if (modifiers & Qt::AltModifier)
        parts << QStringLiteral("ALT");
    if (modifiers & Qt::ShiftModifier)
        parts << QStringLiteral("SHIFT");
    if (modifiers & Qt::MetaModifier)
        parts << QStringLiteral("LOGO");
    parts << QKeySequence(combination.key()).toString(QKeySequence::PortableText);
    return parts.join(QLatin1Char('+'));
}

} // namespace

PortalShortcuts::PortalShortcuts(GlobalShortcuts &owner)
    : QObject(&owner)
    , m_owner(owner)
{
    qDBusRegisterMetaType<PortalShortcut>();
    qDBusRegisterMetaType<PortalShortcutList>();
    QDBusConnection::sessionBus().connect(kPortalService, kPortalPath, kShortcutsInterface, QStringLiteral("Activated"),
                                          this, SLOT(onActivated(QDBusObjectPath, QString, qulonglong, QVariantMap)));
}

bool PortalShortcuts::offered()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface()->isServiceRegistered(kPortalService))
        return false;
    QDBusMessage get = QDBusMessage::createMethodCall(
        kPortalService, kPortalPath, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << kShortcutsInterface << QStringLiteral("version");
    const QDBusMessage reply = bus.call(get, QDBus::Block, 2000);
    return reply.type() == QDBusMessage::ReplyMessage;
}

QString PortalShortcuts::requestPath(const QString &token) const
{
    // The portal's request object is named after our unique bus name and the token we pass, so
    // its Response can be subscribed to before the call (no race with a quick answer).
    QString sender = QDBusConnection::sessionBus().baseService().mid(1);
    sender.replace(QLatin1Char('.'), QLatin1Char('_'));
    return QStringLiteral("/org/freedesktop/portal/desktop/request/%1/%2").arg(sender, token);
}

QStringList PortalShortcuts::grab(const std::vector<GlobalShortcut> &shortcuts)
{
    m_wanted = shortcuts;
    if (m_session.isEmpty())
        createSession(); // binds when the session is there
    else
        bind();
    // The portal answers later, and the desktop may ask the user first: nothing to report yet.
    return {};
}

void PortalShortcuts::createSession()
{
    const QString token = QStringLiteral("steadyline%1").arg(++m_tokens);
    QDBusConnection::sessionBus().connect(kPortalService, requestPath(token), kRequestInterface,
                                          QStringLiteral("Response"), this, SLOT(onSessionCreated(uint, QVariantMap)));
    QDBusMessage call = QDBusMessage::createMethodCall(kPortalService, kPortalPath, kShortcutsInterface,
                                                       QStringLiteral("CreateSession"));
    call << QVariantMap{{QStringLiteral("handle_token"), token},
                        {QStringLiteral("session_handle_token"), QStringLiteral("steadyline")}};
    QDBusConnection::sessionBus().asyncCall(call);
}

void PortalShortcuts::onSessionCreated(uint response, const QVariantMap &results)
{
    if (response != 0) {
        logger()->warn("the desktop portal refused a global shortcuts session ({})", response);
        return;
    }
    m_session = results.value(QStringLiteral("session_handle")).toString();
    bind();
}

void PortalShortcuts::bind()
{
    PortalShortcutList list;
    for (const GlobalShortcut &shortcut : m_wanted) {
        QVariantMap properties{{QStringLiteral("description"), shortcut.description}};
        if (const QString trigger = xdgTrigger(shortcut.keys); !trigger.isEmpty())
            properties.insert(QStringLiteral("preferred_trigger"), trigger);
        list.append({shortcut.id, properties});
    }
    const QString token = QStringLiteral("steadyline%1").arg(++m_tokens);
    QDBusConnection::sessionBus().connect(kPortalService, requestPath(token), kRequestInterface,
                                          QStringLiteral("Response"), this, SLOT(onBound(uint, QVariantMap)));
    QDBusMessage call = QDBusMessage::createMethodCall(kPortalService, kPortalPath, kShortcutsInterface,
                                                       QStringLiteral("BindShortcuts"));
    call << QVariant::fromValue(QDBusObjectPath(m_session)) << QVariant::fromValue(list) << QString()
         << QVariantMap{{QStringLiteral("handle_token"), token}};
    QDBusConnection::sessionBus().asyncCall(call);
}

void PortalShortcuts::onBound(uint response, const QVariantMap &)
{
    if (response == 0)
        logger()->info("global shortcuts bound through the desktop portal");
    else
        logger()->warn("the desktop portal did not bind the global shortcuts ({})", response);
}

void PortalShortcuts::onActivated(const QDBusObjectPath &session, const QString &id, qulonglong, const QVariantMap &)
{
    if (session.path() == m_session)
        emit m_owner.activated(id);
}

} // namespace steadyline::gui
