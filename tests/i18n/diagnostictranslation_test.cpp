// The validator's messages in the interface language: every diagnostic of the broken corpus is
// said in Polish, Czech and Russian by the window (the editor's list and detail line, the
// library's banner), while toString(), which the command line prints, stays English whatever
// translator is installed (review authoring §4, "English inside a Czech window").
#include "app/appcontext.h"
#include "authoring/codeeditor.h"
#include "authoring/editordrafts.h"
#include "authoring/librarywindow.h"
#include "authoring/playbookeditor.h"
#include "call/assistwindow.h"
#include "catch_qt.h"
#include "eventually.h"
#include "language/interfacelanguage.h"
#include "playbook/playbookcatalog.h"
#include "playbook/playbookloader.h"
#include "settings/settings.h"
#include "training/playbookset.h"
#include "training/scenarioloader.h"
#include "widgets/confirmation.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace steadyline;
using steadyline::gui::InterfaceLanguage;

namespace {

QString brokenDir()
{
    return QString::fromUtf8(STEADYLINE_TEST_DATA_DIR) + QStringLiteral("/broken");
}

QStringList brokenPlaybooks()
{
    QStringList paths;
    const QDir dir(brokenDir());
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

// Pieces of the English messages that a translation must not leave behind: the words that join
// a message's parts ("of step", "Did you mean"), which never come from the file itself.
const QStringList &englishJoints()
{
    static const QStringList joints{QStringLiteral("Did you mean"), QStringLiteral(" of step"),
                                    QStringLiteral("the step '"),   QStringLiteral("but found"),
                                    QStringLiteral("is missing"),   QStringLiteral("must be"),
                                    QStringLiteral(" which "),      QStringLiteral("; add "),
                                    QStringLiteral("an object"),    QStringLiteral("a string")};
    return joints;
}

void requireSaidIn(const Diagnostic &d, const char *language)
{
    const QString translated = d.translatedMessage();
    INFO(language << " " << d.toString().toStdString() << "\n   -> " << translated.toStdString());
    CHECK_FALSE(translated.trimmed().isEmpty());
    CHECK(translated != d.message);
    // Every argument was put in: no %1 is left for the reader.
    static const QRegularExpression marker(QStringLiteral("%\\d"));
    CHECK_FALSE(translated.contains(marker));
    for (const QString &joint : englishJoints())
        CHECK_FALSE(translated.contains(joint));
    // The command line's line is the English one, with the code as the docs name it.
    CHECK(d.toString().endsWith(QStringLiteral(": ") + d.message));
    CHECK(d.toString().contains(QLatin1Char(' ') + d.code + QStringLiteral(": ")));
    CHECK(d.text.english() == d.message);
    // The window's line keeps the code and the position.
    CHECK(d.toTranslatedString().contains(QLatin1Char(' ') + d.code + QStringLiteral(": ") + translated));
}

// A scenario with several mistakes of its own (unknown playbook, empty goals, a turn that does
// nothing), next to no playbook: the scenario's messages are translated as the playbook's are.
QByteArray brokenScenario()
{
    return QByteArrayLiteral(R"({
  "kind": "scenario",
  "schemaVersion": 1,
  "id": "bad_id",
  "title": "",
  "locale": "cs",
  "playbook": { "id": "agresivni-zakaznik" },
  "call": { "channel": "telefon" },
  "goals": [],
  "start": "opening",
  "turns": [ { "id": "opening", "step": "help_offer", "caller": { "tone": "křičí", "line": "" }, "options": [] } ],
  "endings": []
})");
}

struct Language
{
    explicit Language(const char *code)
    {
        REQUIRE(language.apply(QString::fromLatin1(code)) == QString::fromLatin1(code));
    }
    ~Language() { language.apply(QStringLiteral("en")); }
    InterfaceLanguage language;
};

} // namespace

TEST_CASE("Every diagnostic of the broken corpus is said in Polish, Czech and Russian, and the CLI line stays English",
          "[i18n][diagnostics]")
{
    const QStringList paths = brokenPlaybooks();
    REQUIRE(paths.size() >= 30);
    std::vector<Diagnostic> all;
    for (const QString &path : paths) {
        const LoadResult result = PlaybookLoader::loadFile(path);
        all.insert(all.end(), result.diagnostics.begin(), result.diagnostics.end());
    }
    const ScenarioLoadResult scenario =
        ScenarioLoader::loadData(brokenScenario(), QStringLiteral("bad.json"), PlaybookSet{});
    REQUIRE(scenario.diagnostics.size() >= 5);
    all.insert(all.end(), scenario.diagnostics.begin(), scenario.diagnostics.end());
    REQUIRE(all.size() >= 60);

    for (const char *code : {"pl", "cs", "ru"}) {
        Language language(code);
        for (const Diagnostic &d : all)
            requireSaidIn(d, code);
    }
    // Back in English, the window says what the command line says.
    for (const Diagnostic &d : all)
        CHECK(d.translatedMessage() == d.message);
}

TEST_CASE("A Polish translator leaves the command line's diagnostic English, the window's Polish",
          "[i18n][diagnostics]")
{
    Language polish("pl");
    const LoadResult result = PlaybookLoader::loadFile(brokenDir() + QStringLiteral("/unknown-target.json"));
    REQUIRE_FALSE(result.diagnostics.empty());
    const Diagnostic &d = result.diagnostics.front();
    CHECK(d.code == u"unknown-target");
    CHECK(d.toString().contains(QStringLiteral("error unknown-target: the transition leads to the step")));
    CHECK(d.translatedMessage().startsWith(QStringLiteral("przejście prowadzi do kroku „")));
    CHECK(d.toTranslatedString().contains(QStringLiteral("błąd unknown-target: przejście prowadzi do kroku")));
}

TEST_CASE("A message keeps its arguments apart from its words: an argument holding %2 is shown as written",
          "[i18n][diagnostics]")
{
    const DiagnosticText text =
        DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "the transition leads to the step '%1', which does "
                                                                   "not exist.%2"))
            .arg(QStringLiteral("a%2b"))
            .arg(DiagnosticText());
    CHECK(text.english() == u"the transition leads to the step 'a%2b', which does not exist.");
    Language czech("cs");
    CHECK(text.translated() == u"přechod vede do kroku „a%2b“, který neexistuje.");
}

TEST_CASE("The plural of a counted message follows the language", "[i18n][diagnostics]")
{
    const auto undeclared = [](int count) {
        QByteArray texts;
        for (int i = 0; i < count; ++i)
            texts += QByteArrayLiteral("{ \"id\": \"s") + QByteArray::number(i) +
                     QByteArrayLiteral("\", \"label\": \"1\", \"title\": { \"en\": \"T\", \"de\": \"T\" }, \"final\": "
                                       "true },");
        texts.chop(1);
        const QByteArray playbook =
            QByteArrayLiteral("{ \"schemaVersion\": 1, \"id\": \"p\", \"revision\": 1, \"baseLocale\": \"en\", "
                              "\"title\": \"P\", \"initialStep\": \"s0\", \"events\": [], \"steps\": [") +
            texts + QByteArrayLiteral("] }");
        const LoadResult result = PlaybookLoader::loadData(playbook, QStringLiteral("p.json"));
        for (const Diagnostic &d : result.diagnostics) {
            if (d.code == u"undeclared-locale")
                return d;
        }
        FAIL("no undeclared-locale diagnostic");
        return Diagnostic{};
    };
    const Diagnostic two = undeclared(2);
    const Diagnostic five = undeclared(5);
    CHECK(two.message.startsWith(QStringLiteral("2 texts have a version in \"de\"")));
    Language polish("pl");
    CHECK(two.translatedMessage().startsWith(QStringLiteral("2 teksty mają wersję w „de”")));
    CHECK(five.translatedMessage().startsWith(QStringLiteral("5 tekstów ma wersję w „de”")));
}

namespace {

struct Editor
{
    Editor()
    {
        REQUIRE(dir.isValid());
        EditorDrafts::setFolder(dir.filePath(QStringLiteral("drafts")));
        editor = std::make_unique<gui::PlaybookEditor>(&settings);
        editor->show();
        REQUIRE(QTest::qWaitForWindowExposed(editor.get()));
        list = editor->findChild<QTreeWidget *>(QStringLiteral("diagnosticsList"));
        detail = editor->findChild<QLabel *>(QStringLiteral("diagnosticDetail"));
        REQUIRE(list);
        REQUIRE(detail);
    }
    ~Editor()
    {
        if (editor->isModified())
            gui::Confirmation::setNextAnswer(true);
        editor->close();
    }
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    std::unique_ptr<gui::PlaybookEditor> editor;
    QTreeWidget *list = nullptr;
    QLabel *detail = nullptr;
};

} // namespace

TEST_CASE("The editor's diagnostics list and detail line speak the interface language, codes stay English",
          "[i18n][diagnostics][gui]")
{
    struct Case
    {
        const char *language;
        QString message; // the start of the unknown-target message
        QString line;    // the detail line's "Line"
    };
    for (const Case &c : {Case{"pl", QStringLiteral("przejście prowadzi do kroku „"), QStringLiteral("Wiersz")},
                          Case{"cs", QStringLiteral("přechod vede do kroku „"), QStringLiteral("Řádek")}}) {
        Language language(c.language);
        Editor e;
        REQUIRE(e.editor->openFile(brokenDir() + QStringLiteral("/unknown-target.json")));
        REQUIRE_EVENTUALLY(e.list->topLevelItemCount() > 0);
        QTreeWidgetItem *first = e.list->topLevelItem(0);
        INFO(c.language << ": " << first->text(2).toStdString());
        CHECK(first->text(1) == u"unknown-target");
        CHECK(first->text(2).startsWith(c.message));
        CHECK_FALSE(first->text(2).contains(QStringLiteral("Did you mean")));
        CHECK(first->toolTip(2) == first->text(2));
        // The detail line under the list: the chosen diagnostic in full.
        CHECK(e.detail->text().startsWith(c.line + QLatin1Char(' ')));
        CHECK(e.detail->text().contains(QStringLiteral("unknown-target: ") + c.message));
        // The underline's tool tip in the text says the same.
        CHECK(e.editor->diagnostics().front().translatedMessage() == first->text(2));
    }
}

TEST_CASE("The library's banner names a broken team playbook's first error in the interface language",
          "[i18n][diagnostics][gui]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString team = dir.filePath(QStringLiteral("team"));
    REQUIRE(QDir().mkpath(team));
    REQUIRE(QFile::copy(brokenDir() + QStringLiteral("/unknown-target.json"), team + QStringLiteral("/broken.json")));
    for (const auto &[code, words] : {std::pair{"pl", QStringLiteral("przejście prowadzi do kroku „")},
                                      std::pair{"cs", QStringLiteral("přechod vede do kroku „")}}) {
        Language language(code);
        PlaybookCatalog catalog;
        catalog.setFolders(team, QString());
        catalog.rescan();
        gui::LibraryWindow library(catalog);
        library.show();
        REQUIRE(QTest::qWaitForWindowExposed(&library));
        auto *banner = library.findChild<QLabel *>(QStringLiteral("problemBanner"));
        REQUIRE(banner);
        INFO(code << ": " << banner->text().toStdString());
        CHECK(banner->isVisible());
        CHECK(banner->text().contains(QStringLiteral("broken.json")));
        CHECK(banner->text().contains(words));
        CHECK_FALSE(banner->text().contains(QStringLiteral("which does not exist")));
        // The tool tip's compiler-style list too, with the code as it is.
        CHECK(banner->toolTip().contains(QStringLiteral("unknown-target: ") + words.toHtmlEscaped()));
    }
}

TEST_CASE("Switching the language turns the start page's banner of a broken playbook into the new language",
          "[i18n][diagnostics][gui]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString team = dir.filePath(QStringLiteral("team"));
    REQUIRE(QDir().mkpath(team));
    REQUIRE(QFile::copy(brokenDir() + QStringLiteral("/unknown-target.json"), team + QStringLiteral("/broken.json")));
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(Settings::Key::TeamPlaybookFolder, team);
    settings.setValue(Settings::Key::LastPlaybook, QStringLiteral("aggressive-caller-en"));
    Language english("en");
    AppContext context(settings);
    gui::AssistWindow window(context);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<QLabel *>(QStringLiteral("playbookBanner"));
    REQUIRE(banner);
    REQUIRE_EVENTUALLY(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("the transition leads to the step '")));

    REQUIRE(english.language.apply(QStringLiteral("cs")) == u"cs");
    // The window hears of the switch through its LanguageChange event.
    REQUIRE_EVENTUALLY(banner->text().contains(QStringLiteral("přechod vede do kroku „")));
    INFO(banner->text().toStdString());
    CHECK_FALSE(banner->text().contains(QStringLiteral("the transition leads")));
    CHECK_FALSE(banner->text().contains(QStringLiteral("has errors")));
    gui::Confirmation::setNextAnswer(true);
    window.close();
}
