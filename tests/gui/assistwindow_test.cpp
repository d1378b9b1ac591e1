// Drives the real assist window offscreen with key presses only, as a consultant would.
#include "app/appcontext.h"
#include "app/preferencesdialog.h"
#include "assistharness.h"
#include "call/assistwindow.h"
#include "call/countdownwidget.h"
#include "catch_qt.h"
#include "eventually.h"
#include "journal/journal.h"
#include "settings/settings.h"
#include "widgets/confirmation.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace steadyline;
using steadyline::gui::AssistWindow;
using steadyline::gui::Confirmation;
using steadyline::gui::CountdownWidget;
using steadyline::test::Harness;
using steadyline::test::typeText;

TEST_CASE("Phone call: three steps, the countdown runs out, the window says hang up", "[gui][call]")
{
    Harness h("phone");
    h.press(Qt::Key_Return);
    CHECK(h.text("stepBadge") == QStringLiteral("1"));
    CHECK(h.text("lineLabel") ==
          QStringLiteral("Jestem tu po to, aby Pani pomóc. Proszę mi opowiedzieć, co się wydarzyło."));
    h.press(Qt::Key_F5);
    CHECK(h.text("stepBadge") == QStringLiteral("2"));
    // Polish typography: the one-letter "w" is tied to the next word with a no-break space.
    CHECK(h.text("lineLabel") == QStringLiteral("Proszę o\u00A0zmianę sposobu rozmowy, w\u00A0przeciwnym razie będę "
                                                "zmuszona zakończyć naszą rozmowę."));
    CHECK(h.text("stepPath") == QStringLiteral("1 → 2"));
    h.press(Qt::Key_F5);
    CHECK(h.text("lineLabel").startsWith(QStringLiteral("Ponieważ nie zmieniła Pani sposobu wypowiedzi")));
    h.press(Qt::Key_F5);
    CHECK(h.text("stepBadge") == QStringLiteral("3½"));
    auto *countdown = h.find<CountdownWidget>("countdown");
    CHECK(countdown->isVisible());
    CHECK(countdown->secondsShown() == 7);
    // Two key presses shorten it to the playbook's minimum of 5 s; then wait for zero.
    h.press(Qt::Key_Down, Qt::ControlModifier);
    h.press(Qt::Key_Down, Qt::ControlModifier);
    h.press(Qt::Key_Down, Qt::ControlModifier);
    CHECK(countdown->secondsShown() <= 5);
    CHECK_FALSE(h.visible("finalPrompt"));
    REQUIRE_EVENTUALLY_WITHIN(h.visible("finalPrompt"), 7000);
    CHECK(h.stepId() == QStringLiteral("hang_up"));
    // "Hang up" once: the box carries the step's title, the title line above it steps aside, and
    // the app's line under it says how, not the same verb again.
    CHECK(h.text("finalPrompt") ==
          QStringLiteral("Rozłącz się\nNow, without another word: the end has been announced"));
    CHECK_FALSE(h.visible("stepTitle"));
    CHECK(h.find<QLabel>("finalPrompt")->palette().color(QPalette::Window) == QColor(0xb7, 0x1c, 0x1c));
    CHECK_FALSE(countdown->isVisible());
    h.press(Qt::Key_F5); // a habitual extra F5 must not hide the prompt
    CHECK(h.visible("finalPrompt"));
    h.press(Qt::Key_F10); // finish: the summary
    auto *summary = h.find<QTextBrowser>("summaryView");
    CHECK(summary->isVisible());
    CHECK(summary->toPlainText().contains(QStringLiteral("ended by the consultant")));
    CHECK(summary->toPlainText().contains(QStringLiteral("Rozłącz się")));
}

TEST_CASE("In person: acting at the countdown calls the manager or security with the number", "[gui][call]")
{
    Harness h("in_person");
    h.press(Qt::Key_Return);
    for (int i = 0; i < 3; ++i)
        h.press(Qt::Key_F5);
    REQUIRE(h.stepId() == QStringLiteral("countdown"));
    CHECK(h.find<QPushButton>("primaryButton")->text().startsWith(QStringLiteral("Act now")));
    h.press(Qt::Key_F5);
    CHECK(h.stepId() == QStringLiteral("call_security"));
    // The number never breaks across lines: its space is a no-break space.
    CHECK(h.text("finalPrompt") ==
          QStringLiteral("Wezwij kierownika lub ochronę\nCall the manager or security now: wewn.\u00A0112"));
    h.press(Qt::Key_F10);
    CHECK(h.find<QTextBrowser>("summaryView")->toPlainText().contains(QStringLiteral("escalated")));
}

TEST_CASE("A hand-over to a colleague is no alarm: its final prompt is not red", "[gui][call]")
{
    Harness h;
    h.press(Qt::Key_Return);
    REQUIRE(h.window->call());
    h.window->call()->fire(QStringLiteral("needs_pause"));
    h.window->call()->fire(QStringLiteral("hand_over"));
    REQUIRE(h.stepId() == QStringLiteral("handed_over"));
    REQUIRE(h.visible("finalPrompt"));
    const QPalette palette = h.find<QLabel>("finalPrompt")->palette();
    CHECK(palette.color(QPalette::Window) != QColor(0xb7, 0x1c, 0x1c));
    CHECK(palette.color(QPalette::WindowText) == QApplication::palette().color(QPalette::Text));
    CHECK(h.text("finalPrompt").endsWith(QStringLiteral("Hand the call over to your colleague now")));
}

TEST_CASE("Calmed down at any of the four steps leads to the resolution step", "[gui][call]")
{
    Harness h;
    for (int before = 0; before < 4; ++before) {
        INFO("calmed after " << before << " step(s)");
        if (h.find<QTextBrowser>("summaryView")->isVisible())
            h.press(Qt::Key_Return); // from the summary to the next call
        h.press(Qt::Key_Return);     // start
        REQUIRE(h.stepId() == QStringLiteral("help_offer"));
        for (int i = 0; i < before; ++i)
            h.press(Qt::Key_F5);
        h.press(Qt::Key_F6);
        CHECK(h.stepId() == QStringLiteral("resolution"));
        CHECK(h.text("stepTitle") == QStringLiteral("Klient się uspokoił — wysłuchaj go"));
        CHECK_FALSE(h.find<QPushButton>("calmButton")->isVisible());
        CHECK_FALSE(h.find<CountdownWidget>("countdown")->isVisible());
        h.press(Qt::Key_F10);
        REQUIRE(h.find<QTextBrowser>("summaryView")->isVisible());
    }
}

TEST_CASE("Escape stops the countdown — calmed down still leads on", "[gui][call]")
{
    Harness h;
    h.press(Qt::Key_Return);
    for (int i = 0; i < 3; ++i)
        h.press(Qt::Key_F5);
    h.press(Qt::Key_Escape);
    CHECK_FALSE(h.window->call()->countdownRunning());
    CHECK(h.find<CountdownWidget>("countdown")->caption().startsWith(QStringLiteral("Stopped")));
    QTest::qWait(300);
    CHECK(h.stepId() == QStringLiteral("countdown"));
    h.press(Qt::Key_F6);
    CHECK(h.stepId() == QStringLiteral("resolution"));
}

TEST_CASE("Undo takes back a slipped key — F7 cycles the phrasings", "[gui][call]")
{
    Harness h;
    h.press(Qt::Key_Return);
    const QString first = h.text("lineLabel");
    h.press(Qt::Key_F7);
    // Step 1 is two sentences said together (#15); F7 offers the other wording of both.
    CHECK(h.text("lineLabel") ==
          QStringLiteral("Jestem tu po to, aby Pani pomóc. Proszę mi wyjaśnić, co się wydarzyło."));
    CHECK(h.text("phrasingLabel").startsWith(QStringLiteral("Phrasing 2 of 2")));
    h.press(Qt::Key_F5);
    CHECK(h.stepId() == QStringLiteral("boundary"));
    h.press(Qt::Key_F5, Qt::ShiftModifier);
    CHECK(h.stepId() == QStringLiteral("help_offer"));
    CHECK(h.text("lineLabel") == first);
    CHECK(h.text("stepPath") == QStringLiteral("1"));
}

TEST_CASE("Notes and a promise are typed and recorded without the mouse", "[gui][call]")
{
    Harness h;
    h.press(Qt::Key_Return);
    h.press(Qt::Key_F8);
    auto *note = h.find<QLineEdit>("noteEdit");
    CHECK(note->hasFocus());
    typeText(note, QStringLiteral("Klient obraża, zamówienie 4411"));
    QTest::keyClick(note, Qt::Key_Return);
    CHECK(note->text().isEmpty());
    h.press(Qt::Key_F6);
    while (h.stepId() != QStringLiteral("promise"))
        h.press(Qt::Key_F5);
    CHECK(note->placeholderText().contains(QStringLiteral("Zapisz, co obiecano")));
    h.press(Qt::Key_F9);
    CHECK(note->hasFocus());
    typeText(note, QStringLiteral("Oddzwonię jutro do 12:00"));
    QTest::keyClick(note, Qt::Key_Return);
    auto *list = h.find<QListWidget>("notesList");
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text().endsWith(QStringLiteral("Klient obraża, zamówienie 4411")));
    CHECK(list->item(1)->text().contains(QStringLiteral("Promise: Oddzwonię jutro do 12:00")));
    h.press(Qt::Key_F5);
    CHECK(h.stepId() == QStringLiteral("resolved"));
    h.press(Qt::Key_F10);
    const QString summary = h.find<QTextBrowser>("summaryView")->toPlainText();
    CHECK(summary.contains(QStringLiteral("resolved")));
    CHECK(summary.contains(QStringLiteral("Oddzwonię jutro do 12:00")));
    CHECK(summary.contains(QStringLiteral("Klient obraża, zamówienie 4411")));
}

TEST_CASE("Text left in the note field when the call ends is kept", "[gui][call]")
{
    Harness h;
    h.press(Qt::Key_Return);
    h.press(Qt::Key_F8);
    typeText(h.find<QLineEdit>("noteEdit"), QStringLiteral("Niedokończona notatka"));
    h.press(Qt::Key_F10);
    CHECK(h.find<QTextBrowser>("summaryView")->toPlainText().contains(QStringLiteral("Niedokończona notatka")));
}

TEST_CASE("The playbook's other events get Ctrl+number keys", "[gui][call]")
{
    Harness h;
    h.press(Qt::Key_Return);
    h.press(Qt::Key_F6);
    REQUIRE(h.stepId() == QStringLiteral("resolution"));
    auto *button = h.find<QPushButton>("eventButton_abuse_again");
    CHECK(button->text().startsWith(QStringLiteral("Klient znów obraża")));
    h.press(Qt::Key_1, Qt::ControlModifier);
    CHECK(h.stepId() == QStringLiteral("boundary"));
}

TEST_CASE("Closing during a call asks first — the window remembers its size", "[gui]")
{
    Harness h;
    h.window->resize(360, 600);
    h.press(Qt::Key_Return);
    Confirmation::setNextAnswer(false);
    CHECK_FALSE(h.window->close());
    CHECK(h.window->isVisible());
    Confirmation::setNextAnswer(true);
    CHECK(h.window->close());

    AppContext reopenedContext(h.settings);
    AssistWindow reopened(reopenedContext);
    CHECK(reopened.size() == QSize(360, 600));
}

TEST_CASE("Preferences set the consultant's gender, and the next call's lines follow it", "[gui]")
{
    Harness h;
    {
        steadyline::gui::PreferencesDialog dialog(h.settings, h.window.get());
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        auto *gender = dialog.findChild<QComboBox *>(QStringLiteral("genderCombo"));
        REQUIRE(gender);
        gender->setFocus();
        QTest::keyClick(gender, Qt::Key_Down); // female → male
        auto *security = dialog.findChild<QLineEdit *>(QStringLiteral("securityEdit"));
        security->setFocus();
        security->selectAll();
        typeText(security, QStringLiteral("ochrona 997"));
        QTest::keyClick(&dialog, Qt::Key_Return); // Save is the default button
        CHECK(dialog.result() == QDialog::Accepted);
    }
    CHECK(h.settings.consultantGender() == Gender::Male);
    CHECK(h.settings.string(Settings::Key::SecurityNumber) == QStringLiteral("ochrona 997"));
    h.window->activateWindow(); // as the window manager does when the dialog closes
    REQUIRE(QTest::qWaitForWindowActive(h.window.get()));
    h.press(Qt::Key_Return);
    h.press(Qt::Key_F5);
    INFO(h.text("lineLabel").toStdString() << " / step " << h.stepId().toStdString());
    CHECK(h.text("lineLabel").contains(QStringLiteral("będę zmuszony zakończyć")));
}

TEST_CASE("A stopped countdown keeps showing the seconds that were left", "[gui][call]")
{
    Harness h;
    h.press(Qt::Key_Return);
    for (int i = 0; i < 3; ++i)
        h.press(Qt::Key_F5);
    QTest::qWait(1100);
    h.press(Qt::Key_Escape);
    auto *countdown = h.find<CountdownWidget>("countdown");
    CHECK(countdown->secondsShown() <= 6); // not reset to the full 7 s
    CHECK(countdown->secondsShown() >= 1);
}

TEST_CASE("Ctrl+Z in the next call's note field does not bring back the last caller's note", "[gui][call]")
{
    Harness h;
    h.press(Qt::Key_Return);
    h.press(Qt::Key_F8);
    auto *note = h.find<QLineEdit>("noteEdit");
    typeText(note, QStringLiteral("PESEL 44051401359"));
    QTest::keyClick(note, Qt::Key_Return);
    h.press(Qt::Key_F10);
    h.press(Qt::Key_Return); // next call
    h.press(Qt::Key_Return); // start
    h.press(Qt::Key_F8);
    QTest::keyClick(note, Qt::Key_Z, Qt::ControlModifier);
    CHECK(note->text().isEmpty());
}

TEST_CASE("A call is written to the journal as it happens: steps, lines said, notes, promises, outcome",
          "[gui][journal]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    h.press(Qt::Key_Return);
    h.press(Qt::Key_F8);
    auto *note = h.find<QLineEdit>("noteEdit");
    typeText(note, QStringLiteral("Klient krzyczy, zamówienie 4411"));
    QTest::keyClick(note, Qt::Key_Return);
    h.press(Qt::Key_F5);
    h.press(Qt::Key_F6);
    h.press(Qt::Key_F9);
    typeText(note, QStringLiteral("Oddzwonię jutro"));
    QTest::keyClick(note, Qt::Key_Return);
    h.press(Qt::Key_F10);

    const auto calls = h.journal->calls();
    REQUIRE(calls.ok());
    REQUIRE(calls.value.size() == 1);
    const journal::CallRecord &call = calls.value.front();
    CHECK(call.outcome == CallOutcome::EndedByConsultant);
    CHECK(call.playbookId == QStringLiteral("aggressive-caller-pl"));
    CHECK(call.sha256.size() == 64);
    const auto notes = h.journal->notes(call.id);
    REQUIRE(notes.value.size() == 1);
    CHECK(notes.value[0].text == QStringLiteral("Klient krzyczy, zamówienie 4411"));
    journal::PromiseQuery query;
    query.callId = call.id;
    const auto promises = h.journal->promises(query);
    REQUIRE(promises.value.size() == 1);
    CHECK(promises.value[0].text == QStringLiteral("Oddzwonię jutro"));
    QStringList entered;
    QStringList said;
    for (const journal::TimelineEvent &event : h.journal->timeline(call.id).value) {
        if (event.kind == journal::kTimelineStepEntered)
            entered << event.stepId;
        if (event.kind == journal::kTimelineLineSaid)
            said << event.detail;
    }
    CHECK(entered ==
          QStringList{QStringLiteral("help_offer"), QStringLiteral("boundary"), QStringLiteral("resolution")});
    REQUIRE(said.size() == 2);
    CHECK(said[0] == QStringLiteral("Jestem tu po to, aby Pani pomóc. Proszę mi opowiedzieć, co się wydarzyło."));
}

TEST_CASE("The note being typed reaches the journal within a second, without Enter", "[gui][journal]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    h.press(Qt::Key_Return);
    h.press(Qt::Key_F8);
    typeText(h.find<QLineEdit>("noteEdit"), QStringLiteral("Pisze dopiero, zażółć"));
    const qint64 callId = h.journal->calls().value.front().id;
    REQUIRE_EVENTUALLY_WITHIN(h.journal->draft(callId).value.has_value(), 1000);
    CHECK(h.journal->draft(callId).value->text == QStringLiteral("Pisze dopiero, zażółć"));
}

TEST_CASE("A note the journal cannot take is marked, a banner stays while it waits, and it is written without "
          "another key once it can be (review H2)",
          "[gui][journal][security]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    h.press(Qt::Key_Return);
    h.press(Qt::Key_F8);
    // SQLite itself refuses every write from now on, as on a read-only or full disk.
    const auto setQueryOnly = [&](bool on) {
        QSqlQuery q(QSqlDatabase::database(h.journal->connectionName(), false));
        REQUIRE(
            q.exec(QStringLiteral("PRAGMA query_only = %1").arg(on ? QStringLiteral("ON") : QStringLiteral("OFF"))));
    };
    setQueryOnly(true);
    auto *note = h.find<QLineEdit>("noteEdit");
    typeText(note, QStringLiteral("Zapisz mnie później"));
    QTest::keyClick(note, Qt::Key_Return);
    auto *list = h.find<QListWidget>("notesList");
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().endsWith(QStringLiteral("Zapisz mnie później [not saved yet]")));
    h.window->retryWaitingWrites();
    CHECK(h.visible("waitingWritesBanner"));
    CHECK(h.text("waitingWritesBanner").contains(QStringLiteral("waiting to be saved")));

    setQueryOnly(false);
    h.window->retryWaitingWrites(); // what the timer does every few seconds: no key pressed
    CHECK_FALSE(h.visible("waitingWritesBanner"));
    CHECK(list->item(0)->text().endsWith(QStringLiteral("Zapisz mnie później")));
    const qint64 callId = h.journal->calls().value.front().id;
    REQUIRE(h.journal->notes(callId).value.size() == 1);
    CHECK(h.journal->notes(callId).value.front().text == QStringLiteral("Zapisz mnie później"));
}

TEST_CASE("Every label that shows a playbook's text shows it as plain text (review M3)", "[gui][security]")
{
    Harness h("phone");
    h.press(Qt::Key_Return);
    for (const char *name : {"stepBadge", "stepTitle", "stepPath", "lineLabel", "phrasingLabel", "finalPrompt",
                             "playbookBanner", "playbookSource", "tipsLabel", "callerBanner"}) {
        INFO(name);
        CHECK(h.find<QLabel>(name)->textFormat() == Qt::PlainText);
    }
}

TEST_CASE("Typing that never pauses is saved at least every second (review M6)", "[gui][journal][security]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    h.press(Qt::Key_Return);
    h.press(Qt::Key_F8);
    auto *note = h.find<QLineEdit>("noteEdit");
    const qint64 callId = h.journal->calls().value.front().id;
    // A key every 100 ms for 2.5 s: a timer that waits for a pause of 0.7 s never fires.
    QElapsedTimer typing;
    typing.start();
    QString typed;
    while (typing.elapsed() < 2500) {
        typed += QLatin1Char('a');
        typeText(note, QStringLiteral("a"));
        QTest::qWait(100);
    }
    REQUIRE(h.journal->flushPending().ok);
    const auto draft = h.journal->draft(callId).value;
    REQUIRE(draft.has_value());
    // What was saved is at most about a second behind what is on screen.
    CHECK(draft->text.size() >= typed.size() - 12);
}

namespace {

// A journal in `dataDir` with a call begun and never ended, as a crash leaves it; its id.
qint64 leaveCallOpen(const QString &dataDir, bool training, const QString &draft = {})
{
    QString error;
    auto crashed = journal::Journal::open(dataDir, &error);
    REQUIRE(crashed);
    journal::CallStart start;
    start.playbookId = QStringLiteral("aggressive-caller-pl");
    start.revision = 1;
    start.locale = QStringLiteral("pl");
    start.training = training;
    const qint64 callId = crashed->beginCall(start).id;
    if (!draft.isEmpty())
        crashed->saveDraft(callId, draft);
    return callId; // the app "dies" here: the journal is closed without ending the call
}

} // namespace

TEST_CASE("At start, a call left open by a crash is marked interrupted and the window says so", "[gui][journal]")
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    const qint64 callId = leaveCallOpen(dataDir, false, QStringLiteral("niedokończone"));
    QString error;
    auto journal = journal::Journal::open(dataDir, &error);
    REQUIRE(journal);
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    AppContext context(settings, journal.get());
    AssistWindow window(context);
    window.show();
    auto *notice = window.findChild<QLabel *>(QStringLiteral("journalNotice"));
    REQUIRE(notice);
    CHECK(notice->isVisible());
    CHECK(notice->text().contains(QStringLiteral("interrupted")));
    CHECK(journal->call(callId).value->outcome == CallOutcome::Interrupted);
    CHECK(journal->draft(callId).value->text == QStringLiteral("niedokończone"));
}

TEST_CASE("A rehearsal cut short by a crash is closed quietly and never offered to continue", "[gui][journal]")
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    const qint64 rehearsalId = leaveCallOpen(dataDir, true);
    QString error;
    auto journal = journal::Journal::open(dataDir, &error);
    REQUIRE(journal);
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    AppContext context(settings, journal.get());
    AssistWindow window(context);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *notice = window.findChild<QLabel *>(QStringLiteral("journalNotice"));
    REQUIRE(notice);
    CHECK_FALSE(notice->text().contains(QStringLiteral("interrupted")));
    CHECK(journal->call(rehearsalId).value->outcome == CallOutcome::Interrupted);
    // Ctrl+Shift+R has nothing to continue: the next Enter starts a new call of its own.
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(&window, Qt::Key_Return);
    REQUIRE(window.call());
    journal::CallQuery all;
    all.includeTraining = true;
    CHECK(journal->calls(all).value.size() == 2);
}

TEST_CASE("Without a journal the window still works and says notes are not saved", "[gui][journal]")
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    AppContext context(settings, nullptr, QStringLiteral("The folder is read-only."));
    AssistWindow window(context);
    window.show();
    auto *notice = window.findChild<QLabel *>(QStringLiteral("journalNotice"));
    CHECK(notice->text().contains(QStringLiteral("not saved")));
    CHECK(notice->text().contains(QStringLiteral("The folder is read-only.")));
}

TEST_CASE("Quick tags record what happened with one key, tagged in the journal", "[gui][journal]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    h.press(Qt::Key_Return);
    h.press(Qt::Key_1, Qt::AltModifier);
    h.press(Qt::Key_2, Qt::AltModifier);
    auto *list = h.find<QListWidget>("notesList");
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text().endsWith(QStringLiteral("Insult")));
    CHECK(h.find<QPushButton>("tagButton_threat")->text().contains(QStringLiteral("Alt+2")));
    const qint64 callId = h.journal->calls().value.front().id;
    const auto notes = h.journal->notes(callId).value;
    REQUIRE(notes.size() == 2);
    CHECK(notes[0].tags == QStringList{QStringLiteral("insult")});
    CHECK(notes[1].tags == QStringList{QStringLiteral("threat")});
}

TEST_CASE("A promise gets a due date, tomorrow by default, changed with Ctrl+D", "[gui][journal]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    h.press(Qt::Key_Return);
    h.press(Qt::Key_F9);
    auto *due = h.find<QComboBox>("dueCombo");
    CHECK(due->isVisible());
    auto *note = h.find<QLineEdit>("noteEdit");
    typeText(note, QStringLiteral("Korekta faktury"));
    QTest::keyClick(note, Qt::Key_Return);
    h.press(Qt::Key_F9);
    h.press(Qt::Key_D, Qt::ControlModifier); // tomorrow → in 2 days
    typeText(note, QStringLiteral("Zwrot 60 zł"));
    QTest::keyClick(note, Qt::Key_Return);
    CHECK_FALSE(due->isVisible()); // back to plain notes
    journal::PromiseQuery query;
    const auto promises = h.journal->promises(query).value;
    REQUIRE(promises.size() == 2);
    QMap<QString, QDate> dueByText;
    for (const journal::Promise &promise : promises)
        dueByText.insert(promise.text, promise.due.toLocalTime().date());
    CHECK(dueByText.value(QStringLiteral("Korekta faktury")) == QDate::currentDate().addDays(1));
    CHECK(dueByText.value(QStringLiteral("Zwrot 60 zł")) == QDate::currentDate().addDays(2));
}

TEST_CASE("Ctrl+H and Ctrl+P open the call history and the promises beside the call window", "[gui][journal]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    h.press(Qt::Key_H, Qt::ControlModifier);
    REQUIRE_EVENTUALLY(h.window->findChild<QWidget *>(QStringLiteral("historyWindow")));
    CHECK(h.window->findChild<QWidget *>(QStringLiteral("historyWindow"))->isWindow());
    QApplication::setActiveWindow(h.window.get());
    h.press(Qt::Key_P, Qt::ControlModifier);
    REQUIRE_EVENTUALLY(h.window->findChild<QWidget *>(QStringLiteral("promisesWindow")));
}

TEST_CASE("A promise falling due while the app runs is announced in the window (and the tray where there is one)",
          "[gui][journal]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    journal::CallStart start;
    start.playbookId = QStringLiteral("aggressive-caller-pl");
    start.revision = 1;
    start.locale = QStringLiteral("pl");
    const qint64 call = h.journal->beginCall(start).id;
    h.journal->addPromise(call, QStringLiteral("Oddzwonić do Pani Nowak"), QStringLiteral("ZG-17"),
                          QDateTime::currentDateTime().addMSecs(300));
    h.journal->endCall(call, CallOutcome::Resolved);
    QSignalSpy notified(h.window.get(), &gui::AssistWindow::promiseReminder);
    h.window->remindOfDuePromises();
    CHECK(h.window->lastReminder().isEmpty()); // not due yet
    QTest::qWait(400);
    h.window->remindOfDuePromises();
    CHECK(h.window->lastReminder().contains(QStringLiteral("Oddzwonić do Pani Nowak")));
    CHECK(h.window->statusBar()->currentMessage().contains(QStringLiteral("Oddzwonić do Pani Nowak")));
    // The desktop notification (lock screen, notification history) holds a count, not the words
    // (review L6).
    REQUIRE(notified.size() == 1);
    const QString notification = notified.at(0).at(0).toString() + notified.at(0).at(1).toString();
    CHECK_FALSE(notification.contains(QStringLiteral("Nowak")));
    CHECK(notification.contains(QStringLiteral("1 promise")));
}

TEST_CASE("Ctrl+Shift+R continues an interrupted call: the same record, its draft back in the note field",
          "[gui][journal]")
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    qint64 callId = 0;
    {
        QString error;
        auto crashed = journal::Journal::open(dataDir, &error);
        REQUIRE(crashed);
        journal::CallStart start;
        start.channel = Channel::Phone;
        start.address = FormOfAddress::FormalFemale;
        start.caseReference = QStringLiteral("ZG-17");
        start.playbookId = QStringLiteral("aggressive-caller-pl");
        start.revision = 1;
        start.locale = QStringLiteral("pl");
        callId = crashed->beginCall(start).id;
        crashed->addNote(callId, QStringLiteral("Przed awarią"));
        crashed->saveDraft(callId, QStringLiteral("pisane w chwili awarii"));
    }
    QString error;
    auto journal = journal::Journal::open(dataDir, &error);
    REQUIRE(journal);
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    AppContext context(settings, journal.get());
    AssistWindow window(context);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    CHECK(window.findChild<QLabel *>(QStringLiteral("journalNotice"))->text().contains(QStringLiteral("Ctrl+Shift+R")));
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(window.call());
    CHECK(window.findChild<QLineEdit *>(QStringLiteral("noteEdit"))->text() ==
          QStringLiteral("pisane w chwili awarii"));
    CHECK(window.findChild<QLabel *>(QStringLiteral("lineLabel"))->text().contains(QStringLiteral("Pani")));
    QTest::keyClick(&window, Qt::Key_F10);
    const auto calls = journal->calls().value;
    REQUIRE(calls.size() == 1); // no second record: the interrupted one went on
    CHECK(calls.front().id == callId);
    CHECK(calls.front().outcome == CallOutcome::EndedByConsultant);
    QStringList kinds;
    for (const journal::TimelineEvent &event : journal->timeline(callId).value)
        kinds << event.kind;
    CHECK(kinds.contains(journal::kTimelineInterrupted));
    CHECK(kinds.contains(journal::kTimelineResumed));
    const auto notes = journal->notes(callId).value;
    REQUIRE(notes.size() == 2); // the note from before, and the draft committed at the end
    CHECK(notes[1].text == QStringLiteral("pisane w chwili awarii"));
}

TEST_CASE("F5 and F6 work in every shipped playbook, and the complaint playbook hangs up after 3½", "[gui][call]")
{
    for (const char *locale : {"pl", "en", "cs", "ru"}) {
        const QByteArray aggressive = QByteArray("aggressive-caller-") + locale;
        INFO(aggressive.constData());
        {
            Harness h("phone", Harness::WithJournal::No, aggressive.constData());
            h.press(Qt::Key_Return);
            REQUIRE(h.stepId() == QStringLiteral("help_offer"));
            h.press(Qt::Key_F5);
            CHECK(h.stepId() == QStringLiteral("boundary"));
            h.press(Qt::Key_F6);
            CHECK(h.stepId() == QStringLiteral("resolution"));
            h.press(Qt::Key_F5);
            CHECK(h.stepId() == QStringLiteral("apology"));
        }
        const QByteArray complaint = QByteArray("complaint-") + locale;
        INFO(complaint.constData());
        Harness h("phone", Harness::WithJournal::No, complaint.constData());
        h.press(Qt::Key_Return);
        REQUIRE(h.stepId() == QStringLiteral("thank"));
        h.press(Qt::Key_F5);
        CHECK(h.stepId() == QStringLiteral("listen"));
        // "The customer is abusive" is one of the step's other events: a button with Ctrl+digit.
        auto *abusive = h.find<QPushButton>("eventButton_abusive");
        abusive->click();
        REQUIRE(h.stepId() == QStringLiteral("boundary"));
        CHECK(h.visible("calmButton"));
        h.press(Qt::Key_F6);
        CHECK(h.stepId() == QStringLiteral("listen"));
        h.find<QPushButton>("eventButton_abusive")->click();
        REQUIRE(h.stepId() == QStringLiteral("boundary"));
        h.press(Qt::Key_F5);
        CHECK(h.stepId() == QStringLiteral("final_warning"));
        CHECK(h.text("stepBadge") == QStringLiteral("3"));
        h.press(Qt::Key_F5);
        REQUIRE(h.stepId() == QStringLiteral("countdown"));
        CHECK(h.text("stepBadge") == QStringLiteral("3½"));
        h.press(Qt::Key_F5); // act now
        CHECK(h.stepId() == QStringLiteral("hang_up"));
        CHECK(h.visible("finalPrompt"));
        CHECK(
            h.text("finalPrompt").endsWith(QStringLiteral("\nNow, without another word: the end has been announced")));
    }
}

TEST_CASE("A couple is addressed as Państwo: chosen by keyboard, on the step-1 card, kept in the journal (#15)",
          "[gui][call]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    auto *address = h.find<QComboBox>("addressCombo");
    REQUIRE(address->count() == 3);
    CHECK(address->itemText(0) == QStringLiteral("Pan"));
    CHECK(address->itemText(1) == QStringLiteral("Pani"));
    CHECK(address->itemText(2) == QStringLiteral("Państwo"));
    CHECK(address->currentText() == QStringLiteral("Pani")); // the harness's last choice

    // The label's mnemonic reaches the choice; one arrow key picks the plural, as for the others.
    h.window->activateWindow();
    h.press(Qt::Key_A, Qt::AltModifier);
    REQUIRE_EVENTUALLY(address->hasFocus());
    QTest::keyClick(address, Qt::Key_Down);
    CHECK(address->currentText() == QStringLiteral("Państwo"));
    h.press(Qt::Key_Return);
    REQUIRE(h.stepId() == QStringLiteral("help_offer"));
    CHECK(h.text("lineLabel") ==
          QStringLiteral("Jestem tu po to, aby Państwu pomóc. Proszę mi opowiedzieć, co się wydarzyło."));
    h.press(Qt::Key_F5);
    h.press(Qt::Key_F5);
    CHECK(h.text("lineLabel").startsWith(QStringLiteral("Ponieważ nie zmienili Państwo sposobu wypowiedzi")));
    h.press(Qt::Key_F10);

    const auto calls = h.journal->calls();
    REQUIRE(calls.ok());
    REQUIRE(calls.value.size() == 1);
    CHECK(calls.value.front().address == FormOfAddress::FormalPlural);
    // The next call starts with the same choice.
    CHECK(h.settings.lastAddress() == FormOfAddress::FormalPlural);
}
