#pragma once

// The real assist window with its own settings (and optionally a journal) in a temporary folder,
// driven by key presses, for the GUI tests.
#include "app/appcontext.h"
#include "call/assistwindow.h"
#include "call/teamincall.h"
#include "catch_qt.h"
#include "journal/journal.h"
#include "scopedenvironment.h"
#include "settings/settings.h"
#include "widgets/confirmation.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

namespace steadyline::test {

// Types `text` as key events, one character each. QTest::keyClicks handles Latin-1 only, and a
// consultant in Poland types "ż" and "ą".
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

// A window with its own settings file, preset for a Polish call with a female caller and a
// female consultant.
struct Harness
{
    enum class WithJournal { No, Yes };

    explicit Harness(const char *channel = "phone", WithJournal withJournal = WithJournal::No,
                     const char *playbook = "aggressive-caller-pl")
    {
        REQUIRE(dir.isValid());
        keepAwayFromSpeechDispatcher(dir.path()); // a rehearsal looks for the caller's voice
        settings.setValue(Settings::Key::LastPlaybook, QString::fromLatin1(playbook));
        settings.setValue(Settings::Key::LastChannel, QString::fromLatin1(channel));
        settings.setValue(Settings::Key::LastAddress, QStringLiteral("formal_female"));
        settings.setValue(Settings::Key::ConsultantGender, QStringLiteral("female"));
        settings.setValue(Settings::Key::SecurityNumber, QStringLiteral("wewn. 112"));
        settings.setValue(Settings::Key::CountdownSound, false);
        if (withJournal == WithJournal::Yes) {
            QString error;
            journal = journal::Journal::open(dir.filePath(QStringLiteral("data")), &error);
            REQUIRE(journal);
        }
        context = std::make_unique<AppContext>(settings, journal.get());
        window = std::make_unique<gui::AssistWindow>(*context);
        // The call window's tests read the summary right after an abusive call; the cool-down's
        // own tests (teamdesk_test.cpp) turn it back on.
        window->team().setCoolDownSeconds(0);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    ~Harness()
    {
        gui::Confirmation::setNextAnswer(true);
        window->close();
    }

    template<typename T> T *find(const char *name) const
    {
        auto *widget = window->findChild<T *>(QString::fromLatin1(name));
        REQUIRE(widget);
        return widget;
    }
    QString text(const char *labelName) const { return find<QLabel>(labelName)->text(); }
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(window.get(), static_cast<Qt::Key>(key), modifiers);
    }
    QString stepId() const { return window->call() ? window->call()->step().stepId : QString(); }
    bool visible(const char *name) const { return find<QWidget>(name)->isVisible(); }
    // For what the window makes at its first use (a banner, the break page): not made yet counts
    // as not shown.
    bool shown(const char *name) const
    {
        const auto *widget = window->findChild<QWidget *>(QString::fromLatin1(name));
        return widget && widget->isVisible();
    }

    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    std::unique_ptr<journal::Journal> journal;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<gui::AssistWindow> window;
};

} // namespace steadyline::test
