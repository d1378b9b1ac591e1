#include "windowattention.h"

#include <QApplication>
#include <QWidget>

namespace steadyline::gui {

void bringToFront(QWidget &window)
{
    if (window.isMinimized())
        window.showNormal();
    window.show();
    window.raise();
    window.activateWindow();
    QApplication::alert(&window); // where the window manager refuses to hand over the focus
}

void demandAttention(QWidget &window, bool beep)
{
    if (beep)
        QApplication::beep();
    QApplication::alert(&window);
    if (!window.isActiveWindow()) {
        window.raise();
        window.activateWindow();
    }
}

void setStaysOnTop(QWidget &window, bool onTop)
{
    if (onTop == window.windowFlags().testFlag(Qt::WindowStaysOnTopHint))
        return;
    const bool wasVisible = window.isVisible();
    window.setWindowFlag(Qt::WindowStaysOnTopHint, onTop);
    if (wasVisible)
        window.show();
}

} // namespace steadyline::gui
