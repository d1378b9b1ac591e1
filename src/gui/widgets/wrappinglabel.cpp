#include "wrappinglabel.h"

#include <QEvent>

namespace steadyline::gui {

WrappingLabel::WrappingLabel(QWidget *parent)
    : QLabel(parent)
{}

WrappingLabel::Shape WrappingLabel::currentShape() const
{
    return {text(), margin(), indent(), wordWrap(), textFormat(), alignment(), textInteractionFlags()};
}

void WrappingLabel::forget() const
{
    m_heights.fill({});
    m_next = 0;
}

int WrappingLabel::heightForWidth(int width) const
{
    if (Shape shape = currentShape(); !(shape == m_shape)) {
        m_shape = std::move(shape);
        forget();
    }
    for (const Remembered &remembered : m_heights) {
        if (remembered.used && remembered.width == width)
            return remembered.height;
    }
    const int height = QLabel::heightForWidth(width);
    m_heights[m_next] = {true, width, height};
    m_next = (m_next + 1) % m_heights.size();
    return height;
}

bool WrappingLabel::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange: forget(); break;
    default: break;
    }
    return QLabel::event(event);
}

} // namespace steadyline::gui
