#pragma once

#include <QLabel>
#include <QString>

#include <array>

namespace steadyline::gui {

// A word-wrapped label that remembers its height for the last few widths. QLabel lays its whole
// text out again at every heightForWidth(), and one layout pass of the call page asks each label
// several times for the same width (the scroll area, the page stack, the box layouts): with the
// step card's texts that was a fifth of all the work of a call, key presses included.
class WrappingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappingLabel(QWidget *parent = nullptr);

    [[nodiscard]] int heightForWidth(int width) const override;

protected:
    bool event(QEvent *event) override;

private:
    // What the height depends on besides the width, the font, the style and the contents margins
    // (whose changes arrive as events). Not in it, as the call page never changes them on a shown
    // label: a minimum size, a buddy, a pixmap or a movie.
    struct Shape
    {
        QString text;
        int margin = 0;
        int indent = -1;
        bool wordWrap = false;
        Qt::TextFormat format = Qt::AutoText;
        Qt::Alignment alignment;
        Qt::TextInteractionFlags interaction;
        bool operator==(const Shape &) const = default;
    };
    struct Remembered
    {
        bool used = false;
        int width = 0;
        int height = 0;
    };

    [[nodiscard]] Shape currentShape() const;
    void forget() const;

    mutable Shape m_shape;
    mutable std::array<Remembered, 4> m_heights{};
    mutable std::size_t m_next = 0; // the slot the next width goes in
};

} // namespace steadyline::gui
