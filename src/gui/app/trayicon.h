#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace steadyline::gui {

class AssistWindow;

// The icon in the desktop's tray: the current step in its tooltip, the main actions in its menu
// (usable while the softphone has the focus), and the promise reminders as messages.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(AssistWindow &window);
    ~TrayIcon() override;

    // The icon shows only where the desktop has a tray; the rest works (and is tested) anyway.
    [[nodiscard]] static bool desktopHasTray();

    [[nodiscard]] QString toolTip() const;
    [[nodiscard]] QMenu *menu() const { return m_menu; }
    // The last message shown (for tests: an offscreen desktop shows none).
    [[nodiscard]] QString lastMessage() const { return m_lastMessage; }
    // A desktop notification (a lead's news of the team, a promise falling due).
    void showMessage(const QString &title, const QString &text);

protected:
    // The menu is a widget and hears of a language change; the tray follows it.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();
    void retranslate();

    AssistWindow &m_window;
    QSystemTrayIcon *m_icon = nullptr;
    QString m_toolTip; // as plain text (the icon gets it escaped)
    QMenu *m_menu = nullptr;
    QAction *m_next = nullptr;
    QAction *m_calmed = nullptr;
    QAction *m_countdown = nullptr;
    QAction *m_note = nullptr;
    QAction *m_hand = nullptr; // raise or lower the hand (issue #18)
    QAction *m_show = nullptr;
    QAction *m_quit = nullptr;
    QString m_lastMessage;
};

} // namespace steadyline::gui
