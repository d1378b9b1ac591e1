// A whole simulated call in the real window, then everything torn down: run under LeakSanitizer
// (the sanitizer build, scripts/run-sanitizers), any byte still allocated at exit that nothing
// points to fails the test. Two calls (the method to the hang-up with a note and a promise, and a
// caller calmed at step 2), the history and promises windows, the journal written throughout.
//
// Usage: leak_full_call [--leak-on-purpose]   (the control: proves LeakSanitizer is watching)
// Exits 0 when the calls reached the journal, 1 otherwise.
#include "app/appcontext.h"
#include "call/assistwindow.h"
#include "call/teamincall.h"
#include "journal/journal.h"
#include "settings/settings.h"
#include "widgets/confirmation.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>

using namespace steadyline;

namespace {

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

bool simulateShift(const QString &folder)
{
    Settings settings(folder + QStringLiteral("/settings.ini"));
    settings.setValue(Settings::Key::LastPlaybook, QStringLiteral("aggressive-caller-pl"));
    settings.setValue(Settings::Key::LastAddress, QStringLiteral("formal_female"));
    settings.setValue(Settings::Key::CountdownSound, false);
    QString error;
    auto journal = journal::Journal::open(folder + QStringLiteral("/data"), &error);
    if (!journal) {
        std::fprintf(stderr, "journal: %s\n", qPrintable(error));
        return false;
    }
    auto context = std::make_unique<AppContext>(settings, journal.get());
    auto window = std::make_unique<gui::AssistWindow>(*context);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return false;
    const auto press = [&](Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(window.get(), key, modifiers);
    };
    auto *note = window->findChild<QLineEdit *>(QStringLiteral("noteEdit"));
    if (!note)
        return false;

    // Call 1: the method to the end, a note and a promise on the way.
    press(Qt::Key_Return);
    press(Qt::Key_F8);
    typeText(note, QStringLiteral("Klient obraża, zamówienie 4411"));
    QTest::keyClick(note, Qt::Key_Return);
    press(Qt::Key_F5);
    press(Qt::Key_F9);
    typeText(note, QStringLiteral("Oddzwonię jutro"));
    QTest::keyClick(note, Qt::Key_Return);
    press(Qt::Key_F5);
    press(Qt::Key_F5);
    press(Qt::Key_Down, Qt::ControlModifier);
    press(Qt::Key_Down, Qt::ControlModifier);
    QTest::qWait(6000); // the countdown runs out
    press(Qt::Key_F10);
    // An abusive call: the break page is offered (its countdown and note line run under the
    // sanitizer too); Esc skips it to the summary.
    if (!window->team().inCoolDown()) {
        std::fprintf(stderr, "no break was offered after the hang-up at step 3½\n");
        return false;
    }
    QTest::qWait(300);
    press(Qt::Key_Escape);
    // Call 2 (Enter on the summary leads to the start page): calmed at step 2, half a note left.
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    press(Qt::Key_F5);
    press(Qt::Key_F6);
    press(Qt::Key_F8);
    typeText(note, QStringLiteral("Niedokończona"));
    QTest::qWait(1200); // the draft is saved
    press(Qt::Key_F10);
    if (window->team().inCoolDown()) { // a calm caller, a call ended with F10: no incident
        std::fprintf(stderr, "a break was offered after a calm call\n");
        return false;
    }
    // The windows beside the call.
    press(Qt::Key_H, Qt::ControlModifier);
    QTest::qWait(300);
    QApplication::setActiveWindow(window.get());
    press(Qt::Key_P, Qt::ControlModifier);
    QTest::qWait(300);

    gui::Confirmation::setNextAnswer(true);
    window->close();
    window.reset();
    const auto calls = journal->calls();
    const bool written = calls.ok() && calls.value.size() == 2 && calls.value.back().outcome.has_value();
    if (!written)
        std::fprintf(stderr, "the calls did not reach the journal\n");
    return written;
}

// The control's leak, in a function of its own so that no stale copy of the pointer stays on
// main's stack (LeakSanitizer would count it as a reference). The pointer is volatile so the
// compiler can neither drop the allocation nor the store that loses it.
[[gnu::noinline]] void leakOnPurpose()
{
    char *volatile lost = new char[4242];
    lost[0] = 1;
    lost = nullptr; // nothing points to it any more
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--leak-on-purpose")))
        leakOnPurpose();
    QTemporaryDir folder;
    const bool ok = simulateShift(folder.path());
    std::printf("%s\n", ok ? "a full simulated shift: two calls written to the journal" : "the shift failed");
    return ok ? 0 : 1;
}
