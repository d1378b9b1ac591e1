#include "countdownwidget.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace steadyline::gui {

CountdownWidget::CountdownWidget(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAccessibleName(tr("Countdown"));
}

void CountdownWidget::setRemaining(int remainingMs, int totalMs, bool running)
{
    const int shownBefore = secondsShown();
    const bool wasRunning = m_running;
    m_remainingMs = std::max(0, remainingMs);
    m_totalMs = std::max(1, totalMs);
    m_running = running;
    if (secondsShown() != shownBefore || wasRunning != running) {
        // The last seconds are urgent in words too, not only in red.
        QString description = running ? tr("%n second(s) left", nullptr, secondsShown()) : tr("Countdown stopped");
        if (urgent())
            description += QStringLiteral(" — ") + urgencyText();
        setAccessibleDescription(description);
    }
    update();
}

bool CountdownWidget::urgent() const
{
    return m_running && secondsShown() <= 3;
}

QString CountdownWidget::urgencyText()
{
    return tr("last seconds");
}

int CountdownWidget::secondsShown() const
{
    // 6.2 s left reads as 7: the number reaches 0 exactly when the time is up.
    return static_cast<int>(std::ceil(m_remainingMs / 1000.0));
}

void CountdownWidget::setCaption(const QString &caption)
{
    if (caption == m_caption)
        return;
    m_caption = caption;
    updateGeometry(); // the caption may need another line
    update();
}

int CountdownWidget::ringSide() const
{
    // Larger than anything else on the card: at 3½ nothing matters more.
    return fontMetrics().height() * 10;
}

int CountdownWidget::captionHeight(int width) const
{
    const QRect bounds = fontMetrics().boundingRect(QRect(0, 0, std::max(1, width), 10000),
                                                    Qt::AlignHCenter | Qt::TextWordWrap, m_caption);
    return bounds.height() + 6;
}

int CountdownWidget::heightForWidth(int width) const
{
    return std::min(ringSide(), width) + 8 + captionHeight(width);
}

QSize CountdownWidget::sizeHint() const
{
    const int width = ringSide() * 2;
    return {width, heightForWidth(width)};
}

QSize CountdownWidget::minimumSizeHint() const
{
    const int width = fontMetrics().height() * 6;
    return {width, heightForWidth(width)};
}

void CountdownWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const int caption = captionHeight(width());
    const int side = std::max(16, std::min(width(), height() - caption) - 8);
    const QRectF ring((width() - side) / 2.0, 4, side, side);
    const double fraction = std::clamp(static_cast<double>(m_remainingMs) / m_totalMs, 0.0, 1.0);
    const bool urgent = this->urgent();
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
    if (urgent) {
        // Below the number, inside the ring: the urgency in words, for those who do not see red.
        QFont word = font();
        word.setBold(true);
        painter.setFont(word);
        const QRectF lower(ring.left(), ring.center().y() + number.pixelSize() * 0.6, ring.width(),
                           ring.height() / 2 - number.pixelSize() * 0.6);
        painter.drawText(lower, Qt::AlignHCenter | Qt::AlignTop, urgencyText());
    }

    painter.setFont(font());
    painter.setPen(pal.color(QPalette::WindowText));
    const QRectF captionRect(0, ring.bottom() + 4, width(), caption);
    painter.drawText(captionRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_caption);
}

} // namespace steadyline::gui
