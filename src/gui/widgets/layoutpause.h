#pragma once

#include <QLayout>

#include <initializer_list>
#include <vector>

namespace steadyline::gui {

// Holds layouts still while a view is updated, then lets them lay out once.
//
// Showing a hidden widget lays out its parent at once (QWidget::setVisible activates the parent's
// layout), and a new step shows and hides several: without a pause, a key press laid the call
// page out several times before painting it once. Afterwards the layouts are invalidated, so the
// event loop lays them out once before the next paint.
class LayoutPause
{
public:
    explicit LayoutPause(std::initializer_list<QLayout *> layouts)
        : m_layouts(layouts)
    {
        for (QLayout *layout : m_layouts)
            layout->setEnabled(false);
    }
    ~LayoutPause()
    {
        for (QLayout *layout : m_layouts) {
            layout->setEnabled(true);
            layout->invalidate();
        }
    }
    LayoutPause(const LayoutPause &) = delete;
    LayoutPause &operator=(const LayoutPause &) = delete;

private:
    std::vector<QLayout *> m_layouts;
};

} // namespace steadyline::gui
