#include "countdownwidget.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace steadyline::gui {

CountdownWidget::CountdownWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Countdown"));
}

void CountdownWidget::setRemaining(int remainingMs, int totalMs, bool running)
{
    const int shownBefore = secondsShown();
    const bool wasRunning = m_running;
    m_remainingMs = std::max(0, remainingMs);
    m_totalMs = std::max(1, totalMs);
    m_running = running;
    if (secondsShown() != shownBefore || wasRunning != running)
        setAccessibleDescription(running ? tr("%n second(s) left", nullptr, secondsShown()) : tr("Countdown stopped"));
    update();
}

int CountdownWidget::secondsShown() const
{
    // 6.2 s left reads as 7: the number reaches 0 exactly when the time is up.
    return static_cast<int>(std::ceil(m_remainingMs / 1000.0));
}

void CountdownWidget::setCaption(const QString &caption)
{
    m_caption = caption;
    update();
}

QSize CountdownWidget::sizeHint() const
{
    const int height = fontMetrics().height() * 7;
    return {height * 2, height};
}

QSize CountdownWidget::minimumSizeHint() const
{
    return {fontMetrics().height() * 6, fontMetrics().height() * 7};
}

void CountdownWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const int captionHeight = fontMetrics().height() + 4;
    const int side = std::min(width(), height() - captionHeight) - 8;
    const QRectF ring((width() - side) / 2.0, 4, side, side);
    const double fraction = std::clamp(static_cast<double>(m_remainingMs) / m_totalMs, 0.0, 1.0);
    const bool urgent = m_running && secondsShown() <= 3;
    const QColor active = urgent ? QColor(0xC6, 0x28, 0x28) : pal.color(QPalette::Highlight);

    const double thickness = std::max(6.0, side / 12.0);
    painter.setPen(QPen(pal.color(QPalette::Mid), thickness, Qt::SolidLine, Qt::FlatCap));
    painter.drawEllipse(ring.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2));
    if (m_running) {
        painter.setPen(QPen(active, thickness, Qt::SolidLine, Qt::FlatCap));
        painter.drawArc(ring.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2), 90 * 16,
                        static_cast<int>(-fraction * 360 * 16));
    }

    QFont number = font();
    number.setPixelSize(std::max(12, side * 2 / 5));
    number.setBold(true);
    painter.setFont(number);
    painter.setPen(m_running ? (urgent ? active : pal.color(QPalette::WindowText))
                             : pal.color(QPalette::PlaceholderText));
    painter.drawText(ring, Qt::AlignCenter, QString::number(secondsShown()));

    painter.setFont(font());
    painter.setPen(pal.color(QPalette::WindowText));
    const QRectF captionRect(0, ring.bottom() + 4, width(), captionHeight);
    painter.drawText(captionRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_caption);
}

} // namespace steadyline::gui
