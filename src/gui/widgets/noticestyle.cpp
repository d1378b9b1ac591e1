#include "noticestyle.h"

#include "themecolours.h"

#include <QApplication>
#include <QBoxLayout>
#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QPalette>

namespace steadyline {

namespace {

const char *const kKindProperty = "steadylineNoticeKind";
// Set once the palette follower is installed (the follower has no meta-object of its own, so it
// cannot be looked up with findChild).
const char *const kFollowedProperty = "steadylineNoticeFollowed";

// The hue of each kind; only a share of it is mixed into the theme's colours.
QColor toneOf(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::Problem: return {0xc6, 0x28, 0x28};
    case NoticeKind::Attention: return {0xd0, 0x90, 0x00};
    case NoticeKind::Success: return {0x2e, 0x7d, 0x32};
    }
    return {};
}

void applyPalette(QFrame *notice)
{
    const auto kind = static_cast<NoticeKind>(notice->property(kKindProperty).toInt());
    const QPalette theme = QApplication::palette(notice);
    QPalette palette = notice->palette();
    const QColor tone = toneOf(kind);
    palette.setColor(QPalette::Window, mixedColour(theme.color(QPalette::Base), tone, 0.16));
    palette.setColor(QPalette::WindowText, theme.color(QPalette::Text));
    palette.setColor(QPalette::Text, theme.color(QPalette::Text));
    // The frame: the tone, strong enough to show on a light and on a dark base.
    palette.setColor(QPalette::Light, mixedColour(theme.color(QPalette::Base), tone, 0.7));
    palette.setColor(QPalette::Dark, mixedColour(theme.color(QPalette::Base), tone, 0.7));
    palette.setColor(QPalette::Mid, mixedColour(theme.color(QPalette::Base), tone, 0.7));
    notice->setPalette(palette);
}

// Recomputes the colours when the application's palette changes.
class PaletteFollower : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ApplicationPaletteChange && watched->property(kKindProperty).isValid()) {
            if (auto *frame = qobject_cast<QFrame *>(watched))
                applyPalette(frame);
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void styleAsNotice(QFrame *notice, NoticeKind kind)
{
    const bool first = !notice->property(kFollowedProperty).toBool();
    notice->setProperty(kKindProperty, static_cast<int>(kind));
    notice->setAutoFillBackground(true);
    notice->setFrameShape(QFrame::Box);
    notice->setLineWidth(1);
    if (auto *label = qobject_cast<QLabel *>(notice))
        label->setMargin(6);
    applyPalette(notice);
    if (first) {
        notice->setProperty(kFollowedProperty, true);
        notice->installEventFilter(new PaletteFollower(notice));
    }
}

void styleAsQuietNotice(QLabel *notice)
{
    notice->setProperty(kKindProperty, QVariant());
    notice->setAutoFillBackground(false);
    notice->setFrameShape(QFrame::NoFrame);
    notice->setMargin(4);
    notice->setPalette(QApplication::palette(notice));
}

QLabel *insertBanner(QWidget &parent, QBoxLayout &layout, const QString &objectName)
{
    auto *banner = new QLabel(&parent);
    banner->setObjectName(objectName);
    banner->setWordWrap(true);
    banner->setTextFormat(Qt::PlainText);
    banner->hide();
    layout.insertWidget(0, banner);
    return banner;
}

} // namespace steadyline
