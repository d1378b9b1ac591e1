#pragma once

class QStatusBar;

namespace steadyline::gui {

// A status bar paints its message; screen readers see only the bar. This keeps the bar's
// accessible name equal to the message shown (Qt then sends a name-changed event, which AT-SPI
// passes on), so "Call started at 10:42" or a journal warning can be read and announced.
void makeStatusMessagesReadable(QStatusBar *bar);

} // namespace steadyline::gui
