// Drives the history and promises windows offscreen over a journal of a few Polish calls, with
// key presses where a consultant would use the keyboard.
#include "catch_qt.h"
#include "common/clock.h"
#include "eventually.h"
#include "history/historywindow.h"
#include "history/promiseswindow.h"
#include "journal/journal.h"
#include "playbook/playbookcatalog.h"
#include "playbookfiles.h"
#include "settings/settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace steadyline;
using steadyline::gui::HistoryWindow;
using steadyline::gui::PromisesWindow;

namespace {

// Types `text` as key events, one character each. QTest::keyClicks handles Latin-1 only, and a
// consultant in Poland types "ę" and "ż".
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

// A key pressed where the user's focus is (shortcuts included), as on a real keyboard.
void press(QWidget *window, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
    QTest::keyClick(target, static_cast<Qt::Key>(key), modifiers);
}

template<typename T> T *find(const QWidget *window, const char *name)
{
    auto *widget = window->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

QString text(const QAbstractItemView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

int rows(const QAbstractItemView *view)
{
    return view->model()->rowCount();
}

QString currentText(const QAbstractItemView *view, int column)
{
    return text(view, view->currentIndex().row(), column);
}

QStringList column(const QAbstractItemView *view, int column)
{
    QStringList texts;
    for (int row = 0; row < rows(view); ++row)
        texts << text(view, row, column);
    return texts;
}

bool isHeading(const QAbstractItemView *view, int row)
{
    return !(view->model()->index(row, 0).flags() & Qt::ItemIsEnabled);
}

// The group headings of the promises window (disabled rows) and the promise texts under each.
QStringList headings(const QAbstractItemView *view)
{
    QStringList texts;
    for (int row = 0; row < rows(view); ++row) {
        if (isHeading(view, row))
            texts << text(view, row, 0);
    }
    return texts;
}

QStringList groupTexts(const QAbstractItemView *view, int group)
{
    QStringList texts;
    int heading = -1;
    for (int row = 0; row < rows(view); ++row) {
        if (isHeading(view, row))
            ++heading;
        else if (heading == group)
            texts << text(view, row, 0);
    }
    return texts;
}

// The row of the `index`th promise of `group`, -1 when there is none.
int groupRow(const QAbstractItemView *view, int group, int index)
{
    int heading = -1;
    for (int row = 0; row < rows(view); ++row) {
        if (isHeading(view, row))
            ++heading;
        else if (heading == group && index-- == 0)
            return row;
    }
    return -1;
}

// Runs one statement on the journal's file through a connection of its own, as another program
// (or a damaged disk) would change it behind the window's back.
void alterBehindTheBack(const journal::Journal &journal, const QString &sql)
{
    const QString name = QStringLiteral("history-test-raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(journal.filePath());
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
    }
    QSqlDatabase::removeDatabase(name);
}

std::optional<journal::Promise> promiseById(const journal::Journal &journal, qint64 id)
{
    for (const journal::Promise &promise : journal.promises().value) {
        if (promise.id == id)
            return promise;
    }
    return std::nullopt;
}

// A journal of five calls over ten days, on a clock that stands at noon today.
struct Fixture
{
    Fixture()
    {
        REQUIRE(dir.isValid());
        QString error;
        journal = journal::Journal::open(dir.filePath(QStringLiteral("data")), &error, clock);
        REQUIRE(journal);

        // Ten days ago, nothing promised: the one retention may delete.
        oldCall = begin(-10, QTime(9, 0), QStringLiteral("STARE-1"));
        REQUIRE(journal->addNote(oldCall, QStringLiteral("Stara rozmowa bez obietnic")));
        end(oldCall, CallOutcome::Resolved);

        // Three days ago, a promise due yesterday that is still open: overdue.
        refundCall = begin(-3, QTime(9, 30), QStringLiteral("ZG/2024/0815"));
        REQUIRE(journal->addNote(refundCall, QStringLiteral("Klient żąda zwrotu pieniędzy")));
        overduePromise = journal
                             ->addPromise(refundCall, QStringLiteral("Oddzwonię z decyzją w sprawie zwrotu"),
                                          QStringLiteral("ZG/2024/0815"), at(-1, QTime(10, 0)))
                             .id;
        end(refundCall, CallOutcome::Resolved);

        // Two days ago, threats, escalated; a promise due today.
        threatCall = begin(-2, QTime(14, 5), QStringLiteral("RK-7"));
        event(threatCall, journal::kTimelineLineSaid, QStringLiteral("help_offer"),
              QStringLiteral("Jestem tu po to, aby Pani pomóc."));
        event(threatCall, journal::kTimelineStepEntered, QStringLiteral("boundary"), QStringLiteral("event:no_change"));
        event(threatCall, journal::kTimelineStepEntered, QStringLiteral("countdown"),
              QStringLiteral("event:no_change"));
        event(threatCall, journal::kTimelineCountdownStarted, QStringLiteral("countdown"), QStringLiteral("7000"));
        event(threatCall, journal::kTimelineCountdownExpired, QStringLiteral("countdown"));
        event(threatCall, journal::kTimelineStepEntered, QStringLiteral("call_security"),
              QStringLiteral("timer_expired"));
        event(threatCall, journal::kTimelineFinalAction, QStringLiteral("call_security"),
              QStringLiteral("notify_supervisor"));
        REQUIRE(journal->addNote(threatCall, QStringLiteral("Groził, że złoży skargę do rzecznika"),
                                 {QStringLiteral("threat")}));
        todayPromise = journal
                           ->addPromise(threatCall, QStringLiteral("Wyślę potwierdzenie reklamacji"),
                                        QStringLiteral("RK-7"), at(0, QTime(17, 0)))
                           .id;
        end(threatCall, CallOutcome::Escalated);

        // Yesterday: a promise for next week, one already kept, one without a due time.
        parcelCall = begin(-1, QTime(11, 0), QStringLiteral("AB-1"));
        REQUIRE(journal->addNote(parcelCall, QStringLiteral("Skarga na opóźnienie przesyłki")));
        upcomingPromise = journal
                              ->addPromise(parcelCall, QStringLiteral("Sprawdzę status przesyłki"),
                                           QStringLiteral("AB-1"), at(7, QTime(9, 0)))
                              .id;
        keptPromise = journal
                          ->addPromise(parcelCall, QStringLiteral("Przekażę sprawę kierownikowi"),
                                       QStringLiteral("AB-1"), at(-1, QTime(15, 0)))
                          .id;
        REQUIRE(journal->setPromiseStatus(keptPromise, journal::PromiseStatus::Kept));
        undatedPromise =
            journal
                ->addPromise(parcelCall, QStringLiteral("Napiszę e-mail z podsumowaniem"), QStringLiteral("AB-1"), {})
                .id;
        end(parcelCall, CallOutcome::CallerHungUp);

        // This morning, in Łódź.
        calmCall = begin(0, QTime(10, 45), QStringLiteral("ŁÓDŹ-42"));
        REQUIRE(journal->addNote(calmCall, QStringLiteral("Spokojna rozmowa, klient podziękował")));
        end(calmCall, CallOutcome::Resolved);

        clock.setWall(at(0, QTime(12, 0)));
        settings.setValue(Settings::Key::RetentionDays, 90);
    }

    static QDateTime at(int dayOffset, QTime time) { return QDateTime(QDate::currentDate().addDays(dayOffset), time); }

    qint64 begin(int dayOffset, QTime time, const QString &caseReference)
    {
        clock.setWall(at(dayOffset, time));
        journal::CallStart start;
        start.caseReference = caseReference;
        start.playbookId = QStringLiteral("aggressive-caller-pl");
        start.revision = 1;
        start.locale = QStringLiteral("pl");
        start.address = FormOfAddress::FormalFemale;
        const journal::WriteResult result = journal->beginCall(start);
        REQUIRE(result.ok);
        clock.advance(std::chrono::seconds(5));
        REQUIRE(journal->addTimelineEvent(result.id, journal::kTimelineStepEntered, QStringLiteral("help_offer"),
                                          QStringLiteral("start")));
        return result.id;
    }
    void event(qint64 call, const QString &kind, const QString &step, const QString &detail = {})
    {
        clock.advance(std::chrono::seconds(10));
        REQUIRE(journal->addTimelineEvent(call, kind, step, detail));
    }
    void end(qint64 call, CallOutcome outcome)
    {
        clock.advance(std::chrono::seconds(30));
        REQUIRE(journal->endCall(call, outcome));
    }

    QTemporaryDir dir;
    ManualClock clock;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    PlaybookCatalog catalog; // the built-in playbooks, as the app's one catalog has them
    std::unique_ptr<journal::Journal> journal;
    qint64 oldCall = 0, refundCall = 0, threatCall = 0, parcelCall = 0, calmCall = 0;
    qint64 overduePromise = 0, todayPromise = 0, upcomingPromise = 0, keptPromise = 0, undatedPromise = 0;
};

struct HistoryHarness : Fixture
{
    HistoryHarness()
    {
        window = std::make_unique<HistoryWindow>(*journal, settings, catalog);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        QApplication::setActiveWindow(window.get());
        list = find<QTreeView>(window.get(), "callList");
        search = find<QLineEdit>(window.get(), "searchEdit");
    }
    [[nodiscard]] QStringList cases() const { return column(list, 2); }
    [[nodiscard]] QString details() const { return find<QTextBrowser>(window.get(), "callDetails")->toPlainText(); }

    std::unique_ptr<HistoryWindow> window;
    QTreeView *list = nullptr;
    QLineEdit *search = nullptr;
};

} // namespace

TEST_CASE("History lists calls newest first with their outcome and playbook", "[gui][history]")
{
    HistoryHarness h;
    CHECK(h.cases() == QStringList({QStringLiteral("ŁÓDŹ-42"), QStringLiteral("AB-1"), QStringLiteral("RK-7"),
                                    QStringLiteral("ZG/2024/0815"), QStringLiteral("STARE-1")}));
    CHECK(text(h.list, 2, 0) == QLocale().toString(Fixture::at(-2, QTime(14, 5)), QLocale::ShortFormat));
    CHECK(text(h.list, 2, 1) == QStringLiteral("Phone"));
    CHECK(text(h.list, 2, 3) == QStringLiteral("escalated to the manager / security"));
    CHECK(text(h.list, 2, 4) == QStringLiteral("Agresywny Klient — metoda 3,5 kroku"));
    // The newest call is selected and shown; the search field has the focus.
    CHECK(h.list->currentIndex().row() == 0);
    CHECK(h.details().contains(QStringLiteral("Spokojna rozmowa, klient podziękował")));
    CHECK(QApplication::focusWidget() == h.search);
    CHECK_FALSE(find<QLabel>(h.window.get(), "problemLabel")->isVisible());
}

TEST_CASE("History: a word with Polish diacritics finds the one call, after a pause or at Enter", "[gui][history]")
{
    HistoryHarness h;
    typeText(h.search, QStringLiteral("skargę"));
    // Not at every key: the search waits for a pause in typing.
    CHECK(rows(h.list) == 5);
    REQUIRE_EVENTUALLY(rows(h.list) == 1);
    CHECK(h.cases() == QStringList{QStringLiteral("RK-7")});
    CHECK(h.details().contains(QStringLiteral("Groził, że złoży skargę do rzecznika")));

    // A case reference with diacritics is found too; Enter searches at once.
    press(h.window.get(), Qt::Key_A, Qt::ControlModifier);
    typeText(h.search, QStringLiteral("łódź"));
    press(h.window.get(), Qt::Key_Return);
    CHECK(h.cases() == QStringList{QStringLiteral("ŁÓDŹ-42")});

    // Nothing found: the window says so and what to try.
    press(h.window.get(), Qt::Key_A, Qt::ControlModifier);
    typeText(h.search, QStringLiteral("żyrafa"));
    press(h.window.get(), Qt::Key_Return);
    auto *stack = find<QStackedWidget>(h.window.get(), "listStack");
    auto *empty = find<QLabel>(h.window.get(), "emptyState");
    CHECK(stack->currentWidget() == empty);
    CHECK(empty->text().startsWith(QStringLiteral("Nothing matches “żyrafa”.")));
    CHECK(h.details().isEmpty());

    // Cleared: every call is back.
    press(h.window.get(), Qt::Key_A, Qt::ControlModifier);
    press(h.window.get(), Qt::Key_Delete);
    press(h.window.get(), Qt::Key_Return);
    CHECK(rows(h.list) == 5);
}

TEST_CASE("History: a call taken while the window is open appears on top at F5 — the chosen call stays chosen",
          "[gui][history]")
{
    HistoryHarness h;
    press(h.window.get(), Qt::Key_Down);
    press(h.window.get(), Qt::Key_Down);
    REQUIRE(currentText(h.list, 2) == QStringLiteral("RK-7"));
    h.begin(0, QTime(11, 30), QStringLiteral("NOWY-1")); // still going: no outcome yet
    h.clock.setWall(Fixture::at(0, QTime(12, 0)));
    press(h.window.get(), Qt::Key_F5);
    CHECK(h.cases() ==
          QStringList({QStringLiteral("NOWY-1"), QStringLiteral("ŁÓDŹ-42"), QStringLiteral("AB-1"),
                       QStringLiteral("RK-7"), QStringLiteral("ZG/2024/0815"), QStringLiteral("STARE-1")}));
    CHECK(text(h.list, 0, 3) == QStringLiteral("not ended"));
    CHECK(currentText(h.list, 2) == QStringLiteral("RK-7"));
    CHECK(h.details().contains(QStringLiteral("Groził, że złoży skargę do rzecznika")));
}

TEST_CASE("History: the outcome and date filters narrow the list", "[gui][history]")
{
    HistoryHarness h;
    auto *outcome = find<QComboBox>(h.window.get(), "outcomeCombo");
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("escalated")));
    CHECK(h.cases() == QStringList{QStringLiteral("RK-7")});
    outcome->setCurrentIndex(0);
    auto *range = find<QComboBox>(h.window.get(), "rangeCombo");
    range->setCurrentIndex(range->findData(7));
    CHECK(h.cases().size() == 4);
    CHECK_FALSE(h.cases().contains(QStringLiteral("STARE-1")));
}

TEST_CASE("History: Up and Down from the search field walk the list, and the detail shows timeline, notes, promises",
          "[gui][history]")
{
    HistoryHarness h;
    press(h.window.get(), Qt::Key_Down);
    press(h.window.get(), Qt::Key_Down);
    CHECK(QApplication::focusWidget() == h.search);
    REQUIRE(h.list->currentIndex().isValid());
    CHECK(currentText(h.list, 2) == QStringLiteral("RK-7"));
    const QString details = h.details();
    const QString stepTime = QLocale().toString(Fixture::at(-2, QTime(14, 5, 5)).time(), QStringLiteral("HH:mm:ss"));
    CHECK(details.contains(stepTime));
    CHECK(details.contains(QStringLiteral("Entered step 1 · Wyjdź z inicjatywą i zaoferuj pomoc (the call began)")));
    CHECK(details.contains(QStringLiteral("Said: “Jestem tu po to, aby Pani pomóc.”")));
    CHECK(details.contains(QStringLiteral("Entered step 2 · Wyznacz granicę (Bez zmian — następny krok)")));
    CHECK(details.contains(QStringLiteral("Countdown started: 7 s")));
    CHECK(details.contains(QStringLiteral("Countdown ran out")));
    CHECK(details.contains(QStringLiteral("Entered step 3½ · Wezwij kierownika lub ochronę (the countdown ran out)")));
    CHECK(details.contains(QStringLiteral("Final action: call the manager / security")));
    CHECK(details.contains(QStringLiteral("Groził, że złoży skargę do rzecznika [threat]")));
    CHECK(details.contains(QStringLiteral("Wyślę potwierdzenie reklamacji")));
    CHECK(details.contains(QStringLiteral("open")));
    press(h.window.get(), Qt::Key_Up);
    CHECK(currentText(h.list, 2) == QStringLiteral("AB-1"));
    CHECK(h.details().contains(QStringLiteral("Przekażę sprawę kierownikowi")));
    CHECK(h.details().contains(QStringLiteral("kept ")));
    CHECK(h.details().contains(QStringLiteral("no due date")));

    // Ctrl+F brings the focus back to the search field from anywhere; Esc closes.
    h.list->setFocus();
    press(h.window.get(), Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == h.search);
    press(h.window.get(), Qt::Key_Escape);
    CHECK_FALSE(h.window->isVisible());
}

TEST_CASE("History: the retention setting is shown, changed with the spin box, and applied on request",
          "[gui][history][retention]")
{
    HistoryHarness h;
    auto *spin = find<QSpinBox>(h.window.get(), "retentionSpin");
    CHECK(spin->value() == 90);
    CHECK(find<QLabel>(h.window.get(), "retentionLead")->text() == QStringLiteral("Calls older than"));
    CHECK(find<QLabel>(h.window.get(), "retentionTail")->text() ==
          QStringLiteral("days are deleted, except those with an open promise."));

    spin->setFocus();
    press(h.window.get(), Qt::Key_Up);
    CHECK(h.settings.value(Settings::Key::RetentionDays).toInt() == 91);
    press(h.window.get(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QStringLiteral("7"));
    CHECK(spin->value() == 7);
    CHECK(h.settings.value(Settings::Key::RetentionDays).toInt() == 7);
    CHECK(HistoryWindow::retentionDays(h.settings) == 7);

    // Calls with an open promise stay however old they are; the ten-day-old call goes.
    find<QPushButton>(h.window.get(), "deleteOldButton")->setFocus();
    press(h.window.get(), Qt::Key_Space);
    CHECK(find<QLabel>(h.window.get(), "statusLine")->text() ==
          QStringLiteral("1 call older than 7 days deleted, with its notes and promises."));
    CHECK_FALSE(h.cases().contains(QStringLiteral("STARE-1")));
    CHECK(h.cases().size() == 4);
    CHECK_FALSE(h.journal->call(h.oldCall).value.has_value());

    // A setting mangled by hand falls back to the default, never to a shorter time.
    h.settings.setValue(Settings::Key::RetentionDays, QStringLiteral("soon"));
    CHECK(HistoryWindow::retentionDays(h.settings) == 90);
    h.settings.setValue(Settings::Key::RetentionDays, 0);
    CHECK(HistoryWindow::retentionDays(h.settings) == 90);
}

TEST_CASE("History: a call made with a playbook from the user's folder names its steps, as the call window did",
          "[gui][history]")
{
    QTemporaryDir dir;
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("own")));
    REQUIRE(test::replaceFile(dir.filePath(QStringLiteral("own/p.json")),
                              test::miniPlaybook(QStringLiteral("own-pl"), 2, QStringLiteral("Dzień dobry"))));
    QString error;
    auto journal = journal::Journal::open(dir.filePath(QStringLiteral("data")), &error);
    REQUIRE(journal);
    journal::CallStart start;
    start.caseReference = QStringLiteral("OWN-1");
    start.playbookId = QStringLiteral("own-pl");
    start.revision = 2;
    start.locale = QStringLiteral("pl");
    const journal::WriteResult call = journal->beginCall(start);
    REQUIRE(call.ok);
    REQUIRE(journal->addTimelineEvent(call.id, journal::kTimelineStepEntered, QStringLiteral("start"),
                                      QStringLiteral("start")));
    REQUIRE(journal->endCall(call.id, CallOutcome::Resolved));

    PlaybookCatalog catalog;
    catalog.setBuiltInFiles({});
    catalog.setFolders({}, dir.filePath(QStringLiteral("own")));
    Settings settings{dir.filePath(QStringLiteral("s.ini"))};
    HistoryWindow window(*journal, settings, catalog);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *list = find<QTreeView>(&window, "callList");
    REQUIRE(list->model()->rowCount() == 1);
    list->setCurrentIndex(list->model()->index(0, 0));
    CHECK(find<QTextBrowser>(&window, "callDetails")->toPlainText().contains(QStringLiteral("Entered step 1 · Krok")));
}

TEST_CASE("History of an empty journal says what to do", "[gui][history]")
{
    QTemporaryDir dir;
    QString error;
    auto journal = journal::Journal::open(dir.filePath(QStringLiteral("data")), &error);
    REQUIRE(journal);
    Settings settings{dir.filePath(QStringLiteral("s.ini"))};
    PlaybookCatalog catalog;
    HistoryWindow window(*journal, settings, catalog);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(find<QStackedWidget>(&window, "listStack")->currentWidget() == find<QLabel>(&window, "emptyState"));
    CHECK(find<QLabel>(&window, "emptyState")->text().startsWith(QStringLiteral("No calls yet.")));
}

TEST_CASE("Promises: overdue, due today, upcoming and undated: Ctrl+K keeps, Ctrl+Z reopens", "[gui][promises]")
{
    Fixture f;
    PromisesWindow window(*f.journal);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    auto *tree = find<QTreeView>(&window, "promiseList");
    CHECK(headings(tree) == QStringList({QStringLiteral("Overdue (1)"), QStringLiteral("Due today (1)"),
                                         QStringLiteral("Upcoming (1)"), QStringLiteral("No due date (1)")}));
    CHECK(groupTexts(tree, 0) == QStringList{QStringLiteral("Oddzwonię z decyzją w sprawie zwrotu")});
    CHECK(groupTexts(tree, 1) == QStringList{QStringLiteral("Wyślę potwierdzenie reklamacji")});
    CHECK(groupTexts(tree, 2) == QStringList{QStringLiteral("Sprawdzę status przesyłki")});
    CHECK(groupTexts(tree, 3) == QStringList{QStringLiteral("Napiszę e-mail z podsumowaniem")});
    const int today = groupRow(tree, 1, 0);
    REQUIRE(today >= 0);
    CHECK(text(tree, today, 1) == QStringLiteral("RK-7"));
    CHECK(text(tree, today, 2) == QLocale().toString(Fixture::at(0, QTime(17, 0)), QLocale::ShortFormat));
    CHECK(text(tree, today, 3) == QLocale().toString(Fixture::at(-2, QTime(14, 6, 15)), QLocale::ShortFormat));
    auto *keptButton = find<QPushButton>(&window, "keptButton");
    CHECK(keptButton->text() == QStringLiteral("Mark kept  [Ctrl+K]"));
    CHECK(find<QPushButton>(&window, "cancelledButton")->text() == QStringLiteral("Mark cancelled  [Ctrl+Shift+K]"));
    auto *undoButton = find<QPushButton>(&window, "undoButton");
    CHECK_FALSE(undoButton->isEnabled());

    // The first promise is selected; Down skips the group heading to the one due today.
    CHECK(QApplication::focusWidget() == tree);
    REQUIRE(tree->currentIndex().isValid());
    CHECK(currentText(tree, 0) == QStringLiteral("Oddzwonię z decyzją w sprawie zwrotu"));
    press(&window, Qt::Key_Down);
    CHECK(currentText(tree, 0) == QStringLiteral("Wyślę potwierdzenie reklamacji"));

    press(&window, Qt::Key_K, Qt::ControlModifier);
    auto promise = promiseById(*f.journal, f.todayPromise);
    REQUIRE(promise);
    CHECK(promise->status == journal::PromiseStatus::Kept);
    CHECK(promise->keptAt.isValid());
    CHECK(headings(tree).at(1) == QStringLiteral("Due today — none"));
    CHECK(find<QLabel>(&window, "statusLine")->text() ==
          QStringLiteral("Marked kept: “Wyślę potwierdzenie reklamacji”. Ctrl+Z reopens it."));
    CHECK(undoButton->isEnabled());
    // The selection moves on to the next promise, ready for the next key.
    CHECK(currentText(tree, 0) == QStringLiteral("Sprawdzę status przesyłki"));

    press(&window, Qt::Key_Z, Qt::ControlModifier);
    promise = promiseById(*f.journal, f.todayPromise);
    CHECK(promise->status == journal::PromiseStatus::Open);
    CHECK_FALSE(promise->keptAt.isValid());
    CHECK(groupTexts(tree, 1) == QStringList{QStringLiteral("Wyślę potwierdzenie reklamacji")});
    CHECK(currentText(tree, 0) == QStringLiteral("Wyślę potwierdzenie reklamacji"));
    CHECK(find<QLabel>(&window, "statusLine")->text() ==
          QStringLiteral("“Wyślę potwierdzenie reklamacji” is open again."));
    CHECK_FALSE(undoButton->isEnabled());

    // Cancelled with Ctrl+Shift+K, then undone as well.
    press(&window, Qt::Key_Up);
    press(&window, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(promiseById(*f.journal, f.overduePromise)->status == journal::PromiseStatus::Cancelled);
    CHECK(headings(tree).at(0) == QStringLiteral("Overdue — none"));
    press(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(promiseById(*f.journal, f.overduePromise)->status == journal::PromiseStatus::Open);

    // F5 reads the journal again: a promise made elsewhere appears.
    REQUIRE(f.journal->addPromise(f.calmCall, QStringLiteral("Zadzwonię jutro rano"), QStringLiteral("ŁÓDŹ-42"),
                                  Fixture::at(1, QTime(8, 0))));
    press(&window, Qt::Key_F5);
    CHECK(groupTexts(tree, 2) ==
          QStringList({QStringLiteral("Zadzwonię jutro rano"), QStringLiteral("Sprawdzę status przesyłki")}));
    press(&window, Qt::Key_Escape);
    CHECK_FALSE(window.isVisible());
}

TEST_CASE("Promises: none open says where they come from", "[gui][promises]")
{
    QTemporaryDir dir;
    QString error;
    auto journal = journal::Journal::open(dir.filePath(QStringLiteral("data")), &error);
    REQUIRE(journal);
    PromisesWindow window(*journal);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(find<QStackedWidget>(&window, "listStack")->currentWidget() == find<QLabel>(&window, "emptyState"));
    CHECK(find<QLabel>(&window, "emptyState")->text().startsWith(QStringLiteral("No open promises.")));
    CHECK_FALSE(find<QPushButton>(&window, "keptButton")->isEnabled());
}

TEST_CASE("Journal problems are said in the windows, not swallowed", "[gui][history][promises]")
{
    Fixture f;
    PromisesWindow promises(*f.journal);
    promises.show();
    REQUIRE(QTest::qWaitForWindowExposed(&promises));
    QApplication::setActiveWindow(&promises);
    auto *tree = find<QTreeView>(&promises, "promiseList");
    REQUIRE(tree->currentIndex().isValid());
    CHECK(currentText(tree, 0) == QStringLiteral("Oddzwonię z decyzją w sprawie zwrotu"));
    // The promise is gone from the journal by the time the user marks it.
    alterBehindTheBack(*f.journal, QStringLiteral("DELETE FROM promises WHERE id = %1").arg(f.overduePromise));
    press(&promises, Qt::Key_K, Qt::ControlModifier);
    CHECK(find<QLabel>(&promises, "statusLine")->text() ==
          QStringLiteral("“Oddzwonię z decyzją w sprawie zwrotu” could not be marked kept: That promise is not in the "
                         "journal."));
    CHECK_FALSE(find<QPushButton>(&promises, "undoButton")->isEnabled());
    CHECK(headings(tree).at(0) == QStringLiteral("Overdue — none"));
    promises.close();

    // A table the history reads is missing: the detail pane says which part cannot be shown.
    alterBehindTheBack(*f.journal, QStringLiteral("DROP TABLE notes"));
    HistoryWindow history(*f.journal, f.settings, f.catalog);
    history.show();
    REQUIRE(QTest::qWaitForWindowExposed(&history));
    CHECK(rows(find<QTreeView>(&history, "callList")) == 5);
    const QString details = find<QTextBrowser>(&history, "callDetails")->toPlainText();
    INFO(details.toStdString());
    CHECK(details.startsWith(QStringLiteral("The notes of this call cannot be shown. The journal could not be read.")));
    CHECK(details.contains(QStringLiteral("Timeline")));

    // The list itself cannot be read: the window says so above it, and the list says where to look.
    alterBehindTheBack(*f.journal, QStringLiteral("DROP TABLE search"));
    typeText(find<QLineEdit>(&history, "searchEdit"), QStringLiteral("skargę"));
    press(&history, Qt::Key_Return);
    auto *problem = find<QLabel>(&history, "problemLabel");
    CHECK(problem->isVisible());
    CHECK(
        problem->text().startsWith(QStringLiteral("The call history cannot be shown. The journal could not be read.")));
    CHECK(find<QLabel>(&history, "emptyState")->text() ==
          QStringLiteral("The calls cannot be shown (see the message above)."));
}

TEST_CASE("History: the report of the chosen period is exported privately, masked on request", "[gui][history]")
{
    HistoryHarness h;
    QTemporaryDir out;
    const QString markdown = out.filePath(QStringLiteral("report.md"));
    auto *redact = find<QCheckBox>(h.window.get(), "redactCheck");
    CHECK(redact->isChecked()); // masked unless the consultant says otherwise (review H1/M9)
    redact->setChecked(false);
    REQUIRE(h.window->exportReport(markdown));
    QFile file(markdown);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("ŁÓDŹ-42")));
    CHECK(text.contains(QStringLiteral("Spokojna rozmowa, klient podziękował")));
    CHECK((QFileInfo(markdown).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    CHECK(find<QLabel>(h.window.get(), "statusLine")->text().contains(QStringLiteral("exported")));

    find<QCheckBox>(h.window.get(), "redactCheck")->setChecked(true);
    const QString json = out.filePath(QStringLiteral("report.json"));
    REQUIRE(h.window->exportReport(json));
    QFile jsonFile(json);
    REQUIRE(jsonFile.open(QIODevice::ReadOnly));
    const QJsonDocument document = QJsonDocument::fromJson(jsonFile.readAll());
    REQUIRE(document.isObject());
    CHECK(document.object().value(QStringLiteral("redacted")).toBool());
    CHECK(document.object().value(QStringLiteral("callCount")).toInt() == 5);

    const QString pdf = out.filePath(QStringLiteral("report.pdf"));
    REQUIRE(h.window->exportReport(pdf));
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == "%PDF-");
    CHECK((QFileInfo(pdf).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);

    CHECK_FALSE(h.window->exportReport(QStringLiteral("/nonexistent-folder/report.md")));
    CHECK(find<QLabel>(h.window.get(), "problemLabel")->isVisible());
}

TEST_CASE("History: the export holds the calls the search shows, not every call of the period (review M9)",
          "[gui][history][security]")
{
    HistoryHarness h;
    typeText(h.search, QStringLiteral("ŁÓDŹ-42"));
    REQUIRE_EVENTUALLY(h.cases() == QStringList{QStringLiteral("ŁÓDŹ-42")});
    QTemporaryDir out;
    const QString json = out.filePath(QStringLiteral("one.json"));
    REQUIRE(h.window->exportReport(json));
    QFile file(json);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(report.value(QStringLiteral("callCount")).toInt() == 1);
    CHECK(report.value(QStringLiteral("redacted")).toBool());
}

TEST_CASE("Promises: the open ones are exported to the calendar privately", "[gui][promises]")
{
    Fixture f;
    PromisesWindow window(*f.journal);
    window.show();
    QTemporaryDir out;
    const QString ics = out.filePath(QStringLiteral("promises.ics"));
    REQUIRE(window.exportOpenPromises(ics));
    QFile file(ics);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.startsWith(QStringLiteral("BEGIN:VCALENDAR")));
    CHECK(text.count(QStringLiteral("BEGIN:VTODO")) == 4); // the four open promises, not the kept one
    CHECK(text.contains(QStringLiteral("Sprawdzę status przesyłki")));
    CHECK((QFileInfo(ics).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    CHECK(find<QLabel>(&window, "statusLine")->text().contains(QStringLiteral("4 open promise(s) exported")));
    CHECK_FALSE(window.exportOpenPromises(QStringLiteral("/nonexistent-folder/p.csv")));
}
