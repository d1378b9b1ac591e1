#include "accessibility.h"

#include <QCoreApplication>
#include <QStatusBar>

namespace steadyline::gui {

void makeStatusMessagesReadable(QStatusBar *bar)
{
    QObject::connect(bar, &QStatusBar::messageChanged, bar, [bar](const QString &message) {
        bar->setAccessibleName(
            message.isEmpty() ? QCoreApplication::translate("steadyline::gui::Accessibility", "Status") : message);
    });
}

} // namespace steadyline::gui
