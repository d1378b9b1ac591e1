#pragma once

#include <QColor>

namespace steadyline {

// Colours for what no palette role names (a diagram's boxes, a highlighted line, a syntax
// colour), derived from the theme's own colours so light, dark and high-contrast themes all read.

// `share` (0…1) of `tone` mixed into `base`.
[[nodiscard]] QColor mixedColour(const QColor &base, const QColor &tone, double share);

// WCAG 2 contrast ratio of two colours (1 to 21).
[[nodiscard]] double contrastRatio(const QColor &a, const QColor &b);

// `tone` itself when it reads on `background` with at least `minimum` contrast; else the same hue
// made lighter (on a dark background) or darker (on a light one) until it does.
[[nodiscard]] QColor readableOn(const QColor &tone, const QColor &background, double minimum = 4.5);

} // namespace steadyline
