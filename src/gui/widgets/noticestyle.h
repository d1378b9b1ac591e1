#pragma once

class QBoxLayout;
class QLabel;
class QFrame;
class QString;
class QWidget;

namespace steadyline {

// What a notice tells: something failed, something needs attention, something worked.
enum class NoticeKind { Problem, Attention, Success };

// Gives a label or frame the look of an in-window notice (a tinted panel with a frame) from the
// palette, not from fixed colours: the tint is mixed into the theme's own base colour and the
// text keeps the theme's text colour, so a dark or high-contrast theme stays readable. Follows
// a change of the application's palette (a theme switched while the window is open).
void styleAsNotice(QFrame *notice, NoticeKind kind);

// A label whose text alone carries the message (a short confirmation): the theme's colours, a
// margin, no panel.
void styleAsQuietNotice(QLabel *notice);

// A banner across a window: a hidden, word-wrapped plain-text label put first in `layout`.
QLabel *insertBanner(QWidget &parent, QBoxLayout &layout, const QString &objectName);

} // namespace steadyline
