#pragma once

class QWidget;

namespace steadyline::gui {

// How a window asks for the consultant's eye while the softphone has the focus. Window managers
// differ in what they allow: each asks in every way that may work.

// Shown, restored, raised and given the focus; flashed where the window manager refuses the focus.
void bringToFront(QWidget &window);

// Flashed (and raised with the focus when it is not the active window), with the system's beep if
// `beep`: for a moment that must not be missed, such as the end of the countdown.
void demandAttention(QWidget &window, bool beep);

// Kept above other windows or not; a shown window stays shown (changing the flag hides it).
void setStaysOnTop(QWidget &window, bool onTop);

} // namespace steadyline::gui
