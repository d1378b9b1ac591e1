#include "themecolours.h"

#include <algorithm>
#include <cmath>

namespace steadyline {

namespace {

double relativeLuminance(const QColor &colour)
{
    const auto linear = [](double channel) {
        return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
}

} // namespace

QColor mixedColour(const QColor &base, const QColor &tone, double share)
{
    return QColor::fromRgbF(static_cast<float>(base.redF() * (1 - share) + tone.redF() * share),
                            static_cast<float>(base.greenF() * (1 - share) + tone.greenF() * share),
                            static_cast<float>(base.blueF() * (1 - share) + tone.blueF() * share));
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double first = relativeLuminance(a);
    const double second = relativeLuminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

QColor readableOn(const QColor &tone, const QColor &background, double minimum)
{
    if (contrastRatio(tone, background) >= minimum)
        return tone;
    // Towards white on a dark background, towards black on a light one, in small steps: the hue
    // stays recognisable for as long as it can.
    const QColor end = relativeLuminance(background) < 0.18 ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 1; step <= 20; ++step) {
        const QColor candidate = mixedColour(tone, end, step / 20.0);
        if (contrastRatio(candidate, background) >= minimum)
            return candidate;
    }
    return end;
}

} // namespace steadyline
