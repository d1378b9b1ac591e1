#include "chartdata.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace steadyline::gui {

void ChartData::setCountAxis(double highest)
{
    const double ceiling = std::max(1.0, std::ceil(highest));
    step = 1;
    for (double scale = 1; ceiling / step > 6; scale *= 10) {
        for (const double multiple : {1.0, 2.0, 5.0}) {
            step = multiple * scale;
            if (ceiling / step <= 6)
                break;
        }
    }
    top = std::ceil(ceiling / step) * step;
}

QString ChartData::description() const
{
    const QLocale locale;
    QStringList lines;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        QStringList values;
        for (const Series &one : series) {
            const auto at = static_cast<std::size_t>(i);
            const QString value = at < one.values.size() ? locale.toString(one.values[at], 'g', 6) : QString();
            values << (series.size() > 1 ? QStringLiteral("%1 %2").arg(one.name, value) : value);
        }
        lines << QStringLiteral("%1: %2").arg(categories.at(i), values.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace steadyline::gui
