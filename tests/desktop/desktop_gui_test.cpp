// The desktop side of the window, offscreen and with key presses: the preferences dialog, the
// tray's tooltip, menu and reminders, the commands the tray, a later start and the global
// shortcuts send, and the request format between two starts.
#include "app/appcontext.h"
#include "app/preferencesdialog.h"
#include "app/trayicon.h"
#include "call/assistwindow.h"
#include "call/teamincall.h"
#include "catch_qt.h"
#include "desktopintegration.h"
#include "eventually.h"
#include "instance/singleinstance.h"
#include "journal/journal.h"
#include "settings/settings.h"
#include "widgets/confirmation.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace steadyline;
using steadyline::gui::AssistWindow;
using steadyline::gui::PreferencesDialog;

namespace {

struct Window
{
    Window()
    {
        REQUIRE(dir.isValid());
        settings.setValue(Settings::Key::LastPlaybook, QStringLiteral("aggressive-caller-en"));
        settings.setValue(Settings::Key::CountdownSound, false);
        QString error;
        journal = journal::Journal::open(dir.filePath(QStringLiteral("data")), &error);
        REQUIRE(journal);
        context = std::make_unique<AppContext>(settings, journal.get());
        window = std::make_unique<AssistWindow>(*context);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    ~Window()
    {
        gui::Confirmation::setNextAnswer(true);
        window->close();
    }
    QString stepLabel() const { return window->call() ? window->call()->step().label : QString(); }

    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    std::unique_ptr<journal::Journal> journal;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<AssistWindow> window;
};

QAction *menuAction(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
    }
    FAIL("no menu entry " << text.toStdString());
    return nullptr;
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

} // namespace

TEST_CASE("The preferences dialog stores everything configurable, typed and chosen by keyboard", "[desktop][gui]")
{
    Window w;
    PreferencesDialog dialog(w.settings, w.window.get());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = child<QTabWidget>(&dialog, "tabs");
    REQUIRE(tabs->count() == 6); // You, Calls, Playbooks, Shortcuts, Softphone, Team

    // You: name (Alt+N goes to it by its label's mnemonic), gender, language.
    auto *name = child<QLineEdit>(&dialog, "nameEdit");
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Ewa"));
    auto *gender = child<QComboBox>(&dialog, "genderCombo");
    gender->setFocus();
    QTest::keyClick(gender, Qt::Key_Down);
    auto *language = child<QComboBox>(&dialog, "languageCombo");
    REQUIRE(language->count() == 5);
    CHECK(language->itemText(4) == QStringLiteral("Русский"));
    language->setFocus();
    QTest::keyClick(language, Qt::Key_End);
    QTest::keyClick(language, Qt::Key_Up); // Čeština

    // Calls: Ctrl+Tab to the next page; channel, numbers, retention.
    QTest::keyClick(tabs, Qt::Key_Tab, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == 1);
    auto *channel = child<QComboBox>(&dialog, "channelCombo");
    channel->setFocus();
    QTest::keyClick(channel, Qt::Key_Down);
    auto *manager = child<QLineEdit>(&dialog, "managerEdit");
    manager->setFocus();
    QTest::keyClicks(manager, QStringLiteral("  wewn. 200 "));
    auto *retention = child<QSpinBox>(&dialog, "retentionSpin");
    retention->setFocus();
    retention->selectAll();
    QTest::keyClicks(retention, QStringLiteral("30"));
    auto *sound = child<QCheckBox>(&dialog, "soundCheck");
    sound->setFocus();
    QTest::keyClick(sound, Qt::Key_Space);

    // Playbooks: the two folders.
    QTest::keyClick(tabs, Qt::Key_Tab, Qt::ControlModifier);
    auto *team = child<QLineEdit>(&dialog, "teamFolderEdit");
    team->setFocus();
    QTest::keyClicks(team, QStringLiteral("/srv/team/playbooks"));

    // Shortcuts: a new key for the next step, recorded by pressing it.
    QTest::keyClick(tabs, Qt::Key_Tab, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == 3);
    auto *note = child<QLabel>(&dialog, "shortcutsNote");
    // Offscreen there is no X11 and no portal: the dialog says plainly what works instead.
    CHECK(note->text().contains(QStringLiteral("only the keys inside the Steadyline window work")));
    auto *next = child<QKeySequenceEdit>(&dialog, "nextStepKeyEdit");
    CHECK(next->keySequence() == QKeySequence(QStringLiteral("Ctrl+Shift+F5")));
    next->setFocus();
    QTest::keyClick(next, Qt::Key_F9, Qt::ControlModifier | Qt::AltModifier);
    CHECK(next->keySequence() == QKeySequence(QStringLiteral("Ctrl+Alt+F9")));
    CHECK(child<QKeySequenceEdit>(&dialog, "handKeyEdit")->keySequence() ==
          QKeySequence(QStringLiteral("Ctrl+Shift+F12")));

    // Softphone: follow baresip (Space on the check box), listen on a port, a playbook rule.
    QTest::keyClick(tabs, Qt::Key_Tab, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == 4);
    auto *baresip = child<QCheckBox>(&dialog, "baresipCheck");
    auto *address = child<QLineEdit>(&dialog, "baresipAddressEdit");
    CHECK_FALSE(address->isEnabled()); // off by default: nothing connects
    baresip->setFocus();
    QTest::keyClick(baresip, Qt::Key_Space);
    CHECK(address->isEnabled());
    CHECK(address->text() == QStringLiteral("127.0.0.1:4444"));
    auto *listener = child<QCheckBox>(&dialog, "listenerCheck");
    auto *url = child<QLineEdit>(&dialog, "listenerUrlEdit");
    CHECK(url->text().isEmpty());
    listener->setFocus();
    QTest::keyClick(listener, Qt::Key_Space);
    // The URL to paste into the softphone, with the token kept beside the settings.
    CHECK(url->text().startsWith(QStringLiteral("http://127.0.0.1:17345/call-event?token=")));
    auto *rules = child<QPlainTextEdit>(&dialog, "playbookRulesEdit");
    rules->setFocus();
    QTest::keyClicks(rules, QStringLiteral("+420* complaint-cs"));
    CHECK(child<QLabel>(&dialog, "playbookRulesNote")->text().startsWith(QStringLiteral("line 1: ")));
    rules->selectAll();
    QTest::keyClicks(rules, QStringLiteral("+420* = complaint-cs"));
    CHECK_FALSE(child<QLabel>(&dialog, "playbookRulesNote")->text().startsWith(QStringLiteral("line 1: ")));

    QTest::keyClick(&dialog, Qt::Key_Return); // the default button: Save
    REQUIRE_EVENTUALLY(!dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);

    CHECK(w.settings.string(Settings::Key::ConsultantName) == QStringLiteral("Ewa"));
    CHECK(w.settings.string(Settings::Key::ConsultantGender) == QStringLiteral("male"));
    CHECK(w.settings.string(Settings::Key::InterfaceLanguage) == QStringLiteral("cs"));
    CHECK(w.settings.string(Settings::Key::DefaultChannel) == QStringLiteral("in_person"));
    CHECK(w.settings.string(Settings::Key::ManagerNumber) == QStringLiteral("wewn. 200"));
    CHECK(w.settings.value(Settings::Key::RetentionDays).toInt() == 30);
    CHECK(w.settings.flag(Settings::Key::CountdownSound));
    CHECK(w.settings.string(Settings::Key::TeamPlaybookFolder) == QStringLiteral("/srv/team/playbooks"));
    CHECK(w.settings.string(Settings::Key::ShortcutNextStep) == QStringLiteral("Ctrl+Alt+F9"));
    CHECK(w.settings.string(Settings::Key::ShortcutCalmed) == QStringLiteral("Ctrl+Shift+F6"));
    CHECK(w.settings.flag(Settings::Key::SoftphoneBaresip));
    CHECK(w.settings.flag(Settings::Key::SoftphoneListener));
    CHECK(w.settings.string(Settings::Key::SoftphonePlaybookRules) == QStringLiteral("+420* = complaint-cs"));
}

TEST_CASE("Escape in the preferences dialog keeps the settings as they were", "[desktop][gui]")
{
    Window w;
    PreferencesDialog dialog(w.settings, w.window.get());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *name = child<QLineEdit>(&dialog, "nameEdit");
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Jan"));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    REQUIRE_EVENTUALLY(!dialog.isVisible());
    CHECK(w.settings.string(Settings::Key::ConsultantName).isEmpty());
}

TEST_CASE("One key for two global actions is said in the dialog and cannot be saved", "[desktop][gui]")
{
    Window w;
    w.settings.setValue(Settings::Key::ShortcutCalmed, QStringLiteral("Ctrl+Shift+F5"));
    PreferencesDialog dialog(w.settings, w.window.get());
    auto *save = child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Save);
    auto *note = child<QLabel>(&dialog, "shortcutsNote");
    CHECK(note->text().contains(QStringLiteral("two actions")));
    CHECK_FALSE(save->isEnabled());
    auto *calmed = child<QKeySequenceEdit>(&dialog, "calmedKeyEdit");
    calmed->setFocus();
    QTest::keyClick(calmed, Qt::Key_F6, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(calmed->keySequence() == QKeySequence(QStringLiteral("Ctrl+Shift+F6")));
    CHECK(save->isEnabled());
    CHECK_FALSE(note->text().contains(QStringLiteral("two actions")));
    // Turned off, the keys do not count, so a clash does not stop saving the rest.
    calmed->setKeySequence(QKeySequence(QStringLiteral("Ctrl+Shift+F5")));
    CHECK_FALSE(save->isEnabled());
    auto *global = child<QCheckBox>(&dialog, "globalCheck");
    global->setFocus();
    QTest::keyClick(global, Qt::Key_Space);
    CHECK_FALSE(calmed->isEnabled());
    CHECK(save->isEnabled());
}

TEST_CASE("The tray shows the current step and its menu drives the call", "[desktop][gui]")
{
    Window w;
    gui::TrayIcon tray(*w.window);
    CHECK(tray.toolTip() == QStringLiteral("Steadyline — No call"));
    QMenu *menu = tray.menu();
    CHECK_FALSE(menuAction(menu, QStringLiteral("Next step"))->isEnabled());

    QTest::keyClick(w.window.get(), Qt::Key_Return);
    REQUIRE(w.stepLabel() == QStringLiteral("1"));
    CHECK(tray.toolTip().startsWith(QStringLiteral("Steadyline — Step 1 · ")));
    REQUIRE(menuAction(menu, QStringLiteral("Next step"))->isEnabled());
    menuAction(menu, QStringLiteral("Next step"))->trigger();
    CHECK(w.stepLabel() == QStringLiteral("2"));
    CHECK(tray.toolTip().startsWith(QStringLiteral("Steadyline — Step 2 · ")));
    menuAction(menu, QStringLiteral("Calmed down"))->trigger();
    CHECK(w.window->call()->step().stepId != QStringLiteral("boundary"));
    CHECK_FALSE(tray.toolTip().contains(QStringLiteral("Step 2")));

    menuAction(menu, QStringLiteral("New note"))->trigger();
    CHECK(QApplication::focusWidget() == w.window->findChild<QLineEdit *>(QStringLiteral("noteEdit")));
    // F10 on this calmed call records "ended by the consultant", which the incident rule counts
    // (a known weakness, see #18's note); the break it would offer is not what this test is about.
    w.window->team().setCoolDownSeconds(0);
    QTest::keyClick(w.window.get(), Qt::Key_F10);
    CHECK(tray.toolTip() == QStringLiteral("Steadyline — Call ended"));
}

TEST_CASE("Start or stop the countdown from outside: step 3 starts it, again stops it", "[desktop][gui]")
{
    Window w;
    using Command = AssistWindow::RemoteCommand;
    CHECK_FALSE(w.window->perform(Command::ToggleCountdown)); // no call
    QTest::keyClick(w.window.get(), Qt::Key_Return);
    CHECK_FALSE(w.window->perform(Command::ToggleCountdown)); // step 1 does not lead into it
    CHECK(w.stepLabel() == QStringLiteral("1"));
    REQUIRE(w.window->perform(Command::NextStep));
    REQUIRE(w.window->perform(Command::NextStep));
    REQUIRE(w.stepLabel() == QStringLiteral("3"));
    CHECK(w.window->perform(Command::ToggleCountdown));
    CHECK(w.stepLabel() == QStringLiteral("3½"));
    CHECK(w.window->call()->countdownRunning());
    CHECK(w.window->perform(Command::ToggleCountdown));
    CHECK_FALSE(w.window->call()->countdownRunning());
    CHECK(w.stepLabel() == QStringLiteral("3½")); // stopped, not acted on
}

TEST_CASE("A later start's --start-call starts a call with that channel, and not twice", "[desktop][gui]")
{
    Window w;
    CHECK(w.window->startCallFromOutside(Channel::InPerson).isEmpty());
    REQUIRE(w.window->call());
    CHECK(w.window->call()->engine().setup().channel == Channel::InPerson);
    CHECK(w.window->startCallFromOutside(Channel::Phone).contains(QStringLiteral("already in progress")));
    QTest::keyClick(w.window.get(), Qt::Key_F10); // the summary page: a new call may start from there
    CHECK(w.window->startCallFromOutside(Channel::Phone).isEmpty());
    CHECK(w.window->call()->engine().setup().channel == Channel::Phone);
}

TEST_CASE("A promise falling due is shown by the tray", "[desktop][gui]")
{
    Window w;
    gui::TrayIcon tray(*w.window);
    journal::CallStart start;
    start.playbookId = QStringLiteral("aggressive-caller-en");
    start.revision = 1;
    start.locale = QStringLiteral("en");
    const qint64 call = w.journal->beginCall(start).id;
    w.journal->addPromise(call, QStringLiteral("Call Mrs Nowak back"), QStringLiteral("ZG-17"),
                          QDateTime::currentDateTime().addMSecs(200));
    w.journal->endCall(call, CallOutcome::Resolved);
    QTest::qWait(300);
    w.window->remindOfDuePromises();
    // A count, never the promise's words: the notification may show on the lock screen (review L6).
    CHECK(tray.lastMessage().startsWith(QStringLiteral("Promise due\n1 promise")));
    CHECK_FALSE(tray.lastMessage().contains(QStringLiteral("Nowak")));
}

TEST_CASE("Global shortcuts come from the settings: five by default, none when turned off", "[desktop]")
{
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("s.ini"))};
    auto shortcuts = gui::DesktopIntegration::shortcutsFromSettings(settings);
    REQUIRE(shortcuts.size() == 5);
    CHECK(shortcuts[0].id == QStringLiteral("next-step"));
    CHECK(shortcuts[0].keys == QKeySequence(QStringLiteral("Ctrl+Shift+F5")));
    CHECK(shortcuts[3].id == QStringLiteral("new-note"));
    CHECK(shortcuts[4].id == QStringLiteral("raise-hand")); // issue #18: the hand from anywhere
    CHECK(shortcuts[4].keys == QKeySequence(QStringLiteral("Ctrl+Shift+F12")));
    settings.setValue(Settings::Key::ShortcutCalmed, QString()); // cleared: that action has none
    CHECK(gui::DesktopIntegration::shortcutsFromSettings(settings).size() == 4);
    settings.setValue(Settings::Key::GlobalShortcuts, false);
    CHECK(gui::DesktopIntegration::shortcutsFromSettings(settings).empty());
}

TEST_CASE("A later start's request survives the socket, and anything else is refused", "[desktop]")
{
    desktop::InstanceRequest request;
    request.startCall = Channel::InPerson;
    const QByteArray message = request.toMessage();
    CHECK(message.endsWith('\n'));
    const auto back = desktop::InstanceRequest::fromMessage(message);
    REQUIRE(back);
    CHECK(back->startCall == Channel::InPerson);
    const auto raise = desktop::InstanceRequest::fromMessage(desktop::InstanceRequest{}.toMessage());
    REQUIRE(raise);
    CHECK_FALSE(raise->startCall);
    CHECK(raise->rehearse.isEmpty());
    desktop::InstanceRequest rehearsal;
    rehearsal.rehearse = QStringLiteral("/home/ania/scénáře/boiling.json");
    const auto rehearsalBack = desktop::InstanceRequest::fromMessage(rehearsal.toMessage());
    REQUIRE(rehearsalBack);
    CHECK(rehearsalBack->rehearse == rehearsal.rehearse);
    CHECK_FALSE(rehearsalBack->startCall);
    for (const char *bad : {"", "{", "[]", R"({"action":"delete-journal"})", R"({"action":"start-call"})",
                            R"({"action":"start-call","channel":"fax"})", R"({"action":"rehearse"})",
                            R"({"action":"rehearse","scenario":"relative/boiling.json"})"})
        CHECK_FALSE(desktop::InstanceRequest::fromMessage(QByteArray(bad)));
}

TEST_CASE("While a dialog waits for an answer, a later start's call waits and says why", "[desktop][gui]")
{
    Window w;
    gui::DesktopIntegration desktop(*w.window, w.settings);
    PreferencesDialog dialog(w.settings, w.window.get());
    dialog.setModal(true);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    desktop::InstanceRequest request;
    request.startCall = Channel::Phone;
    CHECK(desktop.handle(request).contains(QStringLiteral("dialog")));
    CHECK_FALSE(w.window->call());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    REQUIRE_EVENTUALLY(!dialog.isVisible());
    CHECK(desktop.handle(request).isEmpty());
    REQUIRE(w.window->call());
    CHECK(w.window->call()->engine().setup().channel == Channel::Phone);
    CHECK(desktop.tray()->toolTip().startsWith(QStringLiteral("Steadyline — Step 1")));
}

TEST_CASE("A plain letter is never a global shortcut (review L1)", "[desktop][gui][security]")
{
    Window w;
    PreferencesDialog dialog(w.settings, w.window.get());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *next = child<QKeySequenceEdit>(&dialog, "nextStepKeyEdit");
    next->setKeySequence(QKeySequence(Qt::Key_N));
    CHECK(child<QLabel>(&dialog, "shortcutsNote")->text().contains(QStringLiteral("alone")));
    CHECK_FALSE(child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Save)->isEnabled());
    next->setKeySequence(QKeySequence(Qt::SHIFT | Qt::Key_N));
    CHECK_FALSE(child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Save)->isEnabled());
    next->setKeySequence(QKeySequence(Qt::Key_F9));
    CHECK(child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Save)->isEnabled());
    dialog.reject();

    // A hand-edited settings file with a plain letter: that one is not grabbed, the others are.
    w.settings.setValue(Settings::Key::ShortcutNewNote, QStringLiteral("N"));
    const auto shortcuts = gui::DesktopIntegration::shortcutsFromSettings(w.settings);
    CHECK(shortcuts.size() == 4);
    for (const gui::GlobalShortcut &shortcut : shortcuts)
        CHECK(shortcut.id != QStringLiteral("new-note"));
}
