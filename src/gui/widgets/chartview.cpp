#include "chartview.h"

#include "themecolours.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace steadyline::gui {

namespace {

constexpr int kMargin = 8;
constexpr int kSwatch = 12;

} // namespace

ChartView::ChartView(QWidget *parent)
    : QWidget(parent)
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void ChartView::setChart(ChartData chart)
{
    m_chart = std::move(chart);
    setAccessibleDescription(m_chart.title + QLatin1Char('\n') + m_chart.description());
    update();
}

QSize ChartView::sizeHint() const
{
    return {480, 300};
}

QSize ChartView::minimumSizeHint() const
{
    return {240, 180};
}

void ChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

QColor ChartView::toneOf(int index) const
{
    // Tones far apart in hue and lightness; each made readable on the chart's background.
    static const QColor tones[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xe6, 0x6a, 0x00), QColor(0x2e, 0x7d, 0x32),
                                   QColor(0xb7, 0x1c, 0x1c), QColor(0x6a, 0x3d, 0x9a)};
    const QColor tone = tones[static_cast<std::size_t>(index) % std::size(tones)];
    return readableOn(tone, palette().color(QPalette::Base), 3.0);
}

QBrush ChartView::fillOf(int index) const
{
    return {toneOf(index), index % 2 == 1 ? Qt::BDiagPattern : Qt::SolidPattern};
}

std::vector<QRect> ChartView::legendPlaces(const QFontMetrics &metrics, const QStringList &names) const
{
    std::vector<QRect> places;
    const int lineHeight = std::max(kSwatch, metrics.height()) + 4;
    int x = kMargin;
    int row = 0;
    for (const QString &name : names) {
        const int width = kSwatch + 4 + metrics.horizontalAdvance(name) + 2 * kMargin;
        if (x > kMargin && x + width > this->width() - kMargin) { // on to another row
            x = kMargin;
            row += lineHeight;
        }
        places.emplace_back(x, row, width, lineHeight);
        x += width;
    }
    return places;
}

int ChartView::drawLegend(QPainter &painter, const QStringList &names, int top) const
{
    const std::vector<QRect> places = legendPlaces(painter.fontMetrics(), names);
    for (std::size_t i = 0; i < places.size(); ++i) {
        const QRect place = places[i].translated(0, top);
        const QRect swatch(place.left(), place.top() + (place.height() - kSwatch) / 2, kSwatch, kSwatch);
        painter.setPen(toneOf(static_cast<int>(i)));
        painter.setBrush(fillOf(static_cast<int>(i)));
        painter.drawRect(swatch);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(place.adjusted(kSwatch + 4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         names.at(static_cast<qsizetype>(i)));
    }
    return places.empty() ? 0 : places.back().bottom() + 1;
}

void ChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);

    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(palette().color(QPalette::Text));
    const QRect titleRect = painter.boundingRect(area, Qt::AlignHCenter | Qt::TextWordWrap, m_chart.title);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_chart.title);
    area.setTop(titleRect.bottom() + kMargin);
    painter.setFont(font());

    if (m_chart.series.empty() || m_chart.categories.isEmpty())
        return;
    if (m_chart.kind == ChartData::Kind::Pie)
        drawPie(painter, area);
    else
        drawBars(painter, area);
}

void ChartView::drawBars(QPainter &painter, QRect area) const
{
    const QFontMetrics metrics = painter.fontMetrics();
    const QLocale locale;
    if (m_chart.legend) {
        QStringList names;
        for (const ChartData::Series &one : m_chart.series)
            names << one.name;
        const std::vector<QRect> places = legendPlaces(metrics, names);
        const int legendHeight = places.back().bottom() + 1;
        drawLegend(painter, names, area.bottom() - legendHeight + 1);
        area.setBottom(area.bottom() - legendHeight - kMargin);
    }

    // Category labels: upright when they fit side by side, else turned to read bottom up.
    const int groups = static_cast<int>(m_chart.categories.size());
    int widestLabel = 0;
    for (const QString &label : m_chart.categories)
        widestLabel = std::max(widestLabel, metrics.horizontalAdvance(label));
    int widestTick = 0;
    for (double value = 0; value <= m_chart.top + m_chart.step / 2; value += m_chart.step)
        widestTick = std::max(widestTick, metrics.horizontalAdvance(locale.toString(value, 'f', 0)));
    const int plotLeft = area.left() + widestTick + kMargin;
    const double groupWidth = static_cast<double>(area.right() - plotLeft) / groups;
    const bool turned = widestLabel + 4 > groupWidth;
    const int labelsHeight = turned ? std::min(widestLabel + 4, area.height() / 3) : metrics.height();
    const QRect plot(QPoint(plotLeft, area.top() + metrics.height() / 2),
                     QPoint(area.right(), area.bottom() - labelsHeight - 4));
    if (plot.height() < 10 || plot.width() < 10)
        return;

    const QColor text = palette().color(QPalette::Text);
    const QColor grid = mixedColour(palette().color(QPalette::Base), text, 0.2);
    const auto yOf = [&](double value) {
        return plot.bottom() - static_cast<int>(std::lround(value / m_chart.top * plot.height()));
    };
    for (double value = 0; value <= m_chart.top + m_chart.step / 2; value += m_chart.step) {
        const int y = yOf(value);
        painter.setPen(value == 0 ? text : grid);
        painter.drawLine(plot.left(), y, plot.right(), y);
        painter.setPen(text);
        painter.drawText(QRect(area.left(), y - metrics.height() / 2, widestTick, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, locale.toString(value, 'f', 0));
    }

    const int seriesCount = static_cast<int>(m_chart.series.size());
    const double barWidth = groupWidth * 0.7 / seriesCount;
    for (int group = 0; group < groups; ++group) {
        const double groupLeft = plot.left() + group * groupWidth;
        for (int s = 0; s < seriesCount; ++s) {
            const std::vector<double> &values = m_chart.series[static_cast<std::size_t>(s)].values;
            const double value =
                static_cast<std::size_t>(group) < values.size() ? values[static_cast<std::size_t>(group)] : 0;
            const double left = groupLeft + groupWidth * 0.15 + s * barWidth;
            const QRectF bar(QPointF(left, yOf(std::min(value, m_chart.top))),
                             QPointF(left + barWidth - 1, plot.bottom()));
            painter.setPen(toneOf(s));
            painter.setBrush(fillOf(s));
            painter.drawRect(bar);
        }
        painter.setPen(text);
        const QString &label = m_chart.categories.at(group);
        const int centre = static_cast<int>(groupLeft + groupWidth / 2);
        if (turned) {
            painter.save();
            painter.translate(centre + metrics.ascent() / 2, plot.bottom() + 4);
            painter.rotate(-90);
            painter.drawText(QRect(-labelsHeight, -metrics.ascent(), labelsHeight, metrics.height()),
                             Qt::AlignRight | Qt::AlignVCenter,
                             metrics.elidedText(label, Qt::ElideRight, labelsHeight));
            painter.restore();
        } else {
            painter.drawText(
                QRect(static_cast<int>(groupLeft), plot.bottom() + 4, static_cast<int>(groupWidth), metrics.height()),
                Qt::AlignHCenter | Qt::AlignTop, label);
        }
    }
}

void ChartView::drawPie(QPainter &painter, QRect area) const
{
    const std::vector<double> &values = m_chart.series.front().values;
    double total = 0;
    for (const double value : values)
        total += std::max(0.0, value);
    if (total <= 0)
        return;
    const QLocale locale;
    QStringList names;
    for (qsizetype i = 0; i < m_chart.categories.size(); ++i) {
        const auto at = static_cast<std::size_t>(i);
        names << tr("%1: %2").arg(m_chart.categories.at(i),
                                  locale.toString(at < values.size() ? values[at] : 0, 'g', 6));
    }
    // The legend names every slice with its value; the pie beside it shows the shares.
    const int legendHeight = drawLegend(painter, names, area.top());
    area.setTop(area.top() + legendHeight + kMargin);
    const int side = std::min(area.width(), area.height());
    if (side < 20)
        return;
    const QRect circle(area.left() + (area.width() - side) / 2, area.top(), side, side);
    int start = 90 * 16; // from twelve o'clock, clockwise
    for (std::size_t i = 0; i < values.size(); ++i) {
        const int span = -static_cast<int>(std::lround(std::max(0.0, values[i]) / total * 360 * 16));
        painter.setPen(toneOf(static_cast<int>(i)));
        painter.setBrush(fillOf(static_cast<int>(i)));
        painter.drawPie(circle, start, span);
        start += span;
    }
}

} // namespace steadyline::gui
