#pragma once

#include <QKeySequence>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace steadyline::gui {

// A key combination that works while another application (the softphone) has the focus.
struct GlobalShortcut
{
    QString id;          // stable: "next-step", "calmed", "countdown", "new-note"
    QString description; // shown by the desktop's portal, in the user's language
    QKeySequence keys;   // one combination (the first of a sequence)
};

// Grabs shortcuts system-wide through what the desktop offers: key grabs on Qt's own X
// connection under X11, the xdg-desktop-portal GlobalShortcuts interface under Wayland where
// the portal has it. Elsewhere nothing is grabbed and backend() is None.
class GlobalShortcuts : public QObject
{
    Q_OBJECT

public:
    enum class Backend { None, X11, Portal };

    class Grabber; // one per backend

    explicit GlobalShortcuts(QObject *parent = nullptr);
    ~GlobalShortcuts() override;

    // What this session offers (the portal is asked over D-Bus, once).
    [[nodiscard]] static Backend availableBackend();
    // A plain sentence for the settings: what works here, or that only in-window keys do.
    [[nodiscard]] static QString explanation(Backend backend);
    // Whether a key may be grabbed on the whole desktop: it needs Ctrl, Alt or Meta, or is a
    // function key. A plain letter (even with Shift) would be taken from every application, all
    // day ("nanny banana" typed elsewhere became "ay baaa").
    [[nodiscard]] static bool isSafeGlobalKey(const QKeySequence &keys);

    // Replaces the grabbed shortcuts (none to release them all). Returns the problems, one
    // sentence each (e.g. a combination another application holds); empty when all are grabbed.
    QStringList setShortcuts(const std::vector<GlobalShortcut> &shortcuts);
    [[nodiscard]] Backend backend() const { return m_backend; }

signals:
    void activated(const QString &id);

private:
    Backend m_backend = Backend::None;
    std::unique_ptr<Grabber> m_grabber;
};

class GlobalShortcuts::Grabber
{
public:
    virtual ~Grabber() = default;
    virtual QStringList grab(const std::vector<GlobalShortcut> &shortcuts) = 0;
};

} // namespace steadyline::gui
