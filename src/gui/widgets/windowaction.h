#pragma once

#include <QAction>
#include <QKeySequence>
#include <QWidget>

namespace steadyline::gui {

// An action of `window` whose shortcut works wherever the focus is in that window (and in no
// other), connected to `slot` (a member function of the window's class, or a lambda). The window
// owns it.
template<typename Window, typename Slot>
QAction *addWindowAction(Window *window, const QString &text, const QKeySequence &key, Slot slot)
{
    auto *action = new QAction(text, window);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    window->addAction(action);
    QObject::connect(action, &QAction::triggered, window, slot);
    return action;
}

} // namespace steadyline::gui
