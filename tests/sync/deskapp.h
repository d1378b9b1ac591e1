#pragma once

// One person's app at a desk, as the window tests of the team's features run it: settings,
// journal, the call window, the team link and the team's features, in the test's own process.
#include "app/appcontext.h"
#include "call/assistwindow.h"
#include "catch_qt.h"
#include "deskfixture.h"
#include "scopedenvironment.h"
#include "settings/settings.h"
#include "teamfeatures.h"
#include "teamlink.h"
#include "widgets/confirmation.h"

#include <QApplication>
#include <QTest>

#include <memory>

namespace steadyline::test {

struct DeskApp
{
    DeskApp(const Desk &desk, const QString &serverUrl,
            const QString &playbookId = QStringLiteral("aggressive-caller-pl"))
        : settings(desk.home.filePath(QStringLiteral("settings.ini")))
    {
        keepAwayFromSpeechDispatcher(desk.home.path()); // a rehearsal looks for the caller's voice
        settings.setValue(Settings::Key::LastPlaybook, playbookId);
        settings.setValue(Settings::Key::LastChannel, QStringLiteral("phone"));
        settings.setValue(Settings::Key::CountdownSound, false);
        settings.setValue(Settings::Key::TeamServer, serverUrl);
        journal = desk.openJournal();
        context = std::make_unique<AppContext>(settings, journal.get());
        window = std::make_unique<gui::AssistWindow>(*context);
        window->show();
        link = std::make_unique<gui::TeamLink>(desk.dataDir(), settings, *window, quickSyncTiming());
        features = std::make_unique<gui::TeamFeatures>(*context, *window, *link, nullptr);
    }
    ~DeskApp()
    {
        gui::Confirmation::setNextAnswer(true);
        features.reset();
        link.reset();
        window->close();
    }
    DeskApp(const DeskApp &) = delete;
    DeskApp &operator=(const DeskApp &) = delete;

    // Keys go to the active call window (its actions' shortcuts), as at a desk.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), key, modifiers);
    }

    // A key pressed in `target`'s window, where the user's focus is (shortcuts included), as at a desk.
    void press(QWidget *target, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *topLevel = target->window();
        topLevel->activateWindow();
        QApplication::setActiveWindow(topLevel); // two apps' windows in one process: say which is in front
        REQUIRE(QTest::qWaitForWindowActive(topLevel));
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus && focus->window() == topLevel ? focus : target, key, modifiers);
    }

    Settings settings;
    std::unique_ptr<journal::Journal> journal;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<gui::AssistWindow> window;
    std::unique_ptr<gui::TeamLink> link;
    std::unique_ptr<gui::TeamFeatures> features;
};

} // namespace steadyline::test
