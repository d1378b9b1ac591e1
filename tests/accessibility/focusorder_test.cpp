// Keyboard users move with Tab: the focus must go through the call card as it is drawn, from top
// to bottom and, within a row, from left to right.
#include "app/appcontext.h"
#include "call/assistwindow.h"
#include "catch_qt.h"
#include "settings/settings.h"
#include "widgets/confirmation.h"

#include <QApplication>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace steadyline;
using steadyline::gui::AssistWindow;

namespace {

// The widgets Tab reaches, once round the window, that are visible and take focus.
QList<QWidget *> tabChain(QWidget *window)
{
    QList<QWidget *> chain;
    for (QWidget *widget = window->nextInFocusChain(); widget && widget != window;
         widget = widget->nextInFocusChain()) {
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus))
            chain << widget;
    }
    return chain;
}

void checkVisualOrder(AssistWindow &window)
{
    const QList<QWidget *> chain = tabChain(&window);
    REQUIRE(chain.size() >= 4);
    for (qsizetype i = 1; i < chain.size(); ++i) {
        const QRect before(chain[i - 1]->mapTo(&window, QPoint(0, 0)), chain[i - 1]->size());
        const QRect after(chain[i]->mapTo(&window, QPoint(0, 0)), chain[i]->size());
        INFO(chain[i - 1]->objectName().toStdString() << " then " << chain[i]->objectName().toStdString());
        // The next one starts below the previous one's top, or on the same row further right.
        const bool sameRow = after.top() < before.bottom() && before.top() < after.bottom();
        CHECK((sameRow ? after.left() > before.left() : after.top() > before.top()));
    }
}

} // namespace

TEST_CASE("Tab goes through the start page and the call card in their visual order")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(Settings::Key::LastPlaybook, QStringLiteral("aggressive-caller-en"));
    AppContext context(settings);
    AssistWindow window(context);
    window.resize(420, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    checkVisualOrder(window);

    QTest::keyClick(&window, Qt::Key_Return);
    REQUIRE(window.call());
    // Through step 2, where the card shows the playbook's other events between its buttons.
    QTest::keyClick(&window, Qt::Key_F5);
    QApplication::processEvents();
    checkVisualOrder(window);
    gui::Confirmation::setNextAnswer(true);
    window.close();
}
