// The interface language: the preferences' choice or the system's, Polish/Czech/Russian texts in
// the real assist window, and a live switch that gives the same texts as a fresh window.
#include "app/appcontext.h"
#include "app/trayicon.h"
#include "authoring/editordrafts.h"
#include "authoring/playbookeditor.h"
#include "call/assistwindow.h"
#include "catch_qt.h"
#include "instance/singleinstance.h"
#include "language/interfacelanguage.h"
#include "playbook/playbookcatalog.h"
#include "settings/settings.h"
#include "softphone/playbookrules.h"
#include "widgets/confirmation.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <map>

using namespace steadyline;
using steadyline::gui::AssistWindow;
using steadyline::gui::InterfaceLanguage;

namespace {

struct Window
{
    Window()
    {
        REQUIRE(dir.isValid());
        settings.setValue(Settings::Key::LastPlaybook, QStringLiteral("aggressive-caller-en"));
        context = std::make_unique<AppContext>(settings);
        window = std::make_unique<AssistWindow>(*context);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    ~Window()
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

    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    std::unique_ptr<AppContext> context;
    std::unique_ptr<AssistWindow> window;
};

// Every text a user or a screen reader meets on the start page and in the menus, by object.
QStringList visibleTexts(const AssistWindow &window)
{
    QStringList texts;
    for (const QMenu *menu : window.findChildren<QMenu *>()) {
        // The window's own menus; not the menu bar's overflow menu, which depends on the width.
        if (!menu->objectName().startsWith(u"menu"))
            continue;
        texts << menu->title();
        for (const QAction *action : menu->actions())
            texts << action->text() + QLatin1Char('|') + action->toolTip();
    }
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>())
        texts << button->objectName() + QLatin1Char('=') + button->text() + QLatin1Char('|') +
                     button->accessibleName() + QLatin1Char('|') + button->toolTip();
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        // The journal's start-up notices (old calls deleted, an interrupted call) are written once,
        // when the window opens, in the language of that moment.
        if (label->objectName() == u"journalNotice")
            continue;
        texts << label->objectName() + QLatin1Char('=') + label->text() + QLatin1Char('|') + label->accessibleName() +
                     QLatin1Char('|') + label->accessibleDescription();
    }
    for (const QComboBox *combo : window.findChildren<QComboBox *>()) {
        texts << combo->objectName() + QLatin1Char('=') + combo->accessibleName();
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
    }
    for (const QLineEdit *edit : window.findChildren<QLineEdit *>())
        texts << edit->objectName() + QLatin1Char('=') + edit->placeholderText() + QLatin1Char('|') +
                     edit->accessibleName();
    return texts;
}

// The entries that differ, side by side, so that a failure names the text that did not switch.
QStringList differences(const QStringList &switched, const QStringList &fresh)
{
    QStringList result;
    for (qsizetype i = 0; i < std::max(switched.size(), fresh.size()); ++i) {
        const QString left = switched.value(i, QStringLiteral("(none)"));
        const QString right = fresh.value(i, QStringLiteral("(none)"));
        if (left != right)
            result << left + QStringLiteral("  ≠  ") + right;
    }
    return result;
}

QMenu *callMenu(const AssistWindow &window)
{
    return window.findChild<QMenu *>(QStringLiteral("menuCall"));
}

} // namespace

TEST_CASE("The preferences' language wins over the system's, else the system's preference order counts")
{
    const QLocale polish(QLocale::Polish, QLocale::Poland);
    CHECK(InterfaceLanguage::resolve(QStringLiteral("cs"), polish) == u"cs");
    CHECK(InterfaceLanguage::resolve(QString(), polish) == u"pl");
    CHECK(InterfaceLanguage::resolve(QString(), QLocale(QLocale::Russian, QLocale::Russia)) == u"ru");
    // A language Steadyline does not have falls back to English.
    CHECK(InterfaceLanguage::resolve(QString(), QLocale(QLocale::German, QLocale::Germany)) == u"en");
    CHECK(InterfaceLanguage::resolve(QStringLiteral("xx"), QLocale(QLocale::German, QLocale::Germany)) == u"en");
}

TEST_CASE("With the interface in Polish the assist window's start button and menus are Polish")
{
    InterfaceLanguage language;
    REQUIRE(language.apply(QStringLiteral("pl")) == u"pl");
    Window window;
    CHECK(window.find<QPushButton>("startButton")->text().startsWith(QStringLiteral("Rozpocznij rozmowę")));
    CHECK(window.find<QPushButton>("startButton")->accessibleName() == u"Rozpocznij rozmowę");
    CHECK(callMenu(*window.window)->title() == u"&Rozmowa");
    QStringList actions;
    for (const QAction *action : callMenu(*window.window)->actions())
        actions << action->text();
    CHECK(actions.contains(QStringLiteral("Następny krok")));
    CHECK(actions.contains(QStringLiteral("Zakończ rozmowę")));
    CHECK(window.find<QComboBox>("channelCombo")->itemText(0) == u"Telefon");
    // Dates and numbers follow the language.
    CHECK(QLocale().language() == QLocale::Polish);
    CHECK(QLocale().toString(12345.5, 'f', 1) == QStringLiteral("12\u00a0345,5"));
}

TEST_CASE("Switching the language live gives the texts of a window built in that language")
{
    InterfaceLanguage language;
    language.apply(QStringLiteral("en"));
    Window live;
    const QStringList english = visibleTexts(*live.window);
    CHECK(callMenu(*live.window)->title() == u"&Call");

    for (const char *code : {"cs", "ru", "pl"}) {
        INFO(code);
        language.apply(QString::fromLatin1(code));
        QCoreApplication::processEvents(); // delivers the LanguageChange events
        Window fresh;
        const QStringList switched = visibleTexts(*live.window);
        CHECK(differences(switched, visibleTexts(*fresh.window)) == QStringList());
        CHECK(switched != english);
    }
    language.apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(differences(visibleTexts(*live.window), english) == QStringList());
}

TEST_CASE("A call started after a switch shows the step card's controls in the new language")
{
    InterfaceLanguage language;
    language.apply(QStringLiteral("en"));
    Window window;
    language.apply(QStringLiteral("ru"));
    QCoreApplication::processEvents();
    QTest::keyClick(window.window.get(), Qt::Key_Return);
    REQUIRE(window.window->call());
    CHECK(window.find<QPushButton>("endButton")->accessibleName() == u"Завершить звонок");
    CHECK(window.find<QLabel>("stepBadge")->accessibleName().startsWith(QStringLiteral("Шаг ")));
    // A quick tag notes what happened in the language now on screen.
    QTest::keyClick(window.window.get(), Qt::Key_1, Qt::AltModifier);
    REQUIRE(window.window->call()->summary().notes.size() == 1);
    CHECK(window.window->call()->summary().notes.front().text ==
          window.find<QPushButton>("tagButton_insult")->accessibleName());
    CHECK(window.window->call()->summary().notes.front().text != u"Insult");
    language.apply(QStringLiteral("en"));
}

TEST_CASE("The tray menu follows a language switch")
{
    InterfaceLanguage language;
    language.apply(QStringLiteral("en"));
    Window window;
    gui::TrayIcon tray(*window.window);
    language.apply(QStringLiteral("pl"));
    QCoreApplication::processEvents();
    QStringList texts;
    for (const QAction *action : tray.menu()->actions())
        texts << action->text();
    CHECK(texts.contains(QStringLiteral("Pokaż Steadyline")));
    CHECK(texts.contains(QStringLiteral("Następny krok")));
    CHECK(tray.toolTip() == u"Steadyline — Brak rozmowy");
    language.apply(QStringLiteral("en"));
}

TEST_CASE("A team folder that cannot be reached is said in a sentence that starts with a capital, in every language")
{
    QTemporaryDir dir;
    const QString team = dir.filePath(QStringLiteral("team"));
    REQUIRE(QDir().mkpath(team));
    PlaybookCatalog catalog;
    catalog.setFolders(team, QString());
    REQUIRE(QDir(team).removeRecursively());
    for (const char *code : {"en", "pl", "cs", "ru"}) {
        InterfaceLanguage language;
        REQUIRE(language.apply(QString::fromLatin1(code)) == QString::fromLatin1(code));
        catalog.rescan();
        REQUIRE(catalog.problems().size() == 1);
        const QString message = catalog.problems().front().message;
        INFO(code << ": " << message.toStdString());
        CHECK(message.contains(QDir::toNativeSeparators(team)));
        CHECK(message.at(0).isUpper());
    }
}

TEST_CASE("The core's softphone messages and the single-instance refusal are Polish in a Polish interface")
{
    InterfaceLanguage language;
    REQUIRE(language.apply(QStringLiteral("pl")) == u"pl");
    // A core message (its context is the namespace's, where lupdate files it).
    const auto rules = steadyline::softphone::parsePlaybookRules(QStringLiteral("+420* complaint-cs"));
    REQUIRE(rules.problems.size() == 1);
    CHECK_FALSE(rules.problems.first().startsWith(QStringLiteral("line 1")));
    CHECK_FALSE(rules.problems.first().contains(QStringLiteral("a rule is")));
    // The desktop library's (moved from the widgets library: its context moved with it).
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    steadyline::desktop::SingleInstance instance(dir.path());
    QString message;
    steadyline::desktop::InstanceRequest request;
    request.callEvent = steadyline::softphone::CallEvent{};
    CHECK_FALSE(instance.sendToRunning(request, &message));
    CHECK_FALSE(message.isEmpty());
    CHECK_FALSE(message.contains(QStringLiteral("not running")));
    language.apply(QStringLiteral("en"));
}

TEST_CASE("The playbook editor follows a language switch while it is open")
{
    InterfaceLanguage language;
    language.apply(QStringLiteral("en"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    EditorDrafts::setFolder(dir.filePath(QStringLiteral("drafts"))); // this test's own
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    gui::PlaybookEditor editor(&settings);
    editor.show();
    REQUIRE(editor.openFile(QStringLiteral(":/playbooks/complaint-pl.json")));
    const auto menuTexts = [&editor] {
        QStringList texts;
        for (const QMenu *menu : editor.findChildren<QMenu *>()) {
            texts << menu->title();
            for (const QAction *action : menu->actions())
                texts << action->text();
        }
        return texts;
    };
    REQUIRE(menuTexts().contains(QStringLiteral("&Save")));
    auto *undoStep = editor.findChild<QPushButton *>(QStringLiteral("previewUndo"));
    REQUIRE(undoStep);
    CHECK(undoStep->text() == u"Undo step");

    language.apply(QStringLiteral("pl"));
    QCoreApplication::processEvents();
    const QStringList polish = menuTexts();
    CHECK(polish.contains(QStringLiteral("&Plik")));
    CHECK(polish.contains(QStringLiteral("&Zapisz")));
    CHECK(polish.contains(QStringLiteral("&Następny komunikat diagnostyki")));
    CHECK_FALSE(polish.contains(QStringLiteral("&Save")));
    CHECK(undoStep->text() == u"Cofnij krok");
    auto *channel = editor.findChild<QComboBox *>(QStringLiteral("previewChannel"));
    REQUIRE(channel);
    CHECK(channel->itemText(0) == u"Telefon");
    // The built-in playbook stays open, read-only, under its name in the title.
    CHECK(editor.windowTitle().contains(QStringLiteral("complaint-pl.json")));
    CHECK_FALSE(editor.windowTitle().contains(QStringLiteral("Playbook editor")));

    language.apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(menuTexts().contains(QStringLiteral("&Save")));
    editor.close();
}

namespace {

// The texts whose Alt+letter reaches something on the page shown: the menus, the labels' fields and
// the buttons on it, by the letter (lower case).
std::map<QChar, QStringList> altKeys(const AssistWindow &window)
{
    QStringList texts;
    for (const QMenu *menu : window.findChildren<QMenu *>()) {
        if (menu->objectName().startsWith(u"menu"))
            texts << menu->title();
    }
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisibleTo(&window))
            texts << label->text();
    }
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(&window))
            texts << button->text();
    }
    std::map<QChar, QStringList> byKey;
    for (const QString &text : texts) {
        const qsizetype amp = QString(text).replace(QStringLiteral("&&"), QStringLiteral("__")).indexOf(u'&');
        if (amp >= 0 && amp + 1 < text.size())
            byKey[text.at(amp + 1).toLower()] << text;
    }
    return byKey;
}

} // namespace

TEST_CASE("Each Alt key of the start page, the call page and the menu bar is used once, in every language")
{
    for (const QString &code :
         {QStringLiteral("en"), QStringLiteral("pl"), QStringLiteral("cs"), QStringLiteral("ru")}) {
        InterfaceLanguage language;
        REQUIRE(language.apply(code) == code);
        Window window;
        INFO(code.toStdString());
        const auto startPage = altKeys(*window.window);
        CHECK(startPage.size() >= 6); // the two menus and the start page's four fields
        for (const auto &[key, owners] : startPage) {
            INFO("start page: " + owners.join(QStringLiteral(" / ")).toStdString());
            CHECK(owners.size() == 1);
        }
        window.find<QPushButton>("startButton")->click();
        REQUIRE(window.window->call());
        const auto callPage = altKeys(*window.window);
        CHECK(callPage.size() >= 3); // the two menus and the tips
        for (const auto &[key, owners] : callPage) {
            INFO("call page: " + owners.join(QStringLiteral(" / ")).toStdString());
            CHECK(owners.size() == 1);
        }
    }
}
