// Hot reload as a consultant meets it: a team lead saves a playbook while calls go on.
#include "app/appcontext.h"
#include "authoring/librarywindow.h"
#include "call/assistwindow.h"
#include "catch_qt.h"
#include "playbookfiles.h"
#include "settings/settings.h"
#include "widgets/confirmation.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace steadyline;
using steadyline::gui::AssistWindow;
using steadyline::gui::Confirmation;
using steadyline::gui::LibraryWindow;
using steadyline::test::miniPlaybook;
using steadyline::test::replaceFile;
using steadyline::test::waitUntil;

namespace {

const QString kId = QStringLiteral("team-policy");

// A window whose settings point at a team folder and a user folder in a temporary directory.
struct Harness
{
    Harness()
    {
        REQUIRE(dir.isValid());
        REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("team")));
        REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("user")));
        settings.setValue(Settings::Key::TeamPlaybookFolder, dir.filePath(QStringLiteral("team")));
        settings.setValue(Settings::Key::UserPlaybookFolder, dir.filePath(QStringLiteral("user")));
        settings.setValue(Settings::Key::LastPlaybook, kId);
        settings.setValue(Settings::Key::CountdownSound, false);
    }
    ~Harness()
    {
        if (window) {
            Confirmation::setNextAnswer(true);
            window->close();
        }
    }
    void open()
    {
        context = std::make_unique<AppContext>(settings);
        window = std::make_unique<AssistWindow>(*context);
        window->catalog().setReloadDelay(20);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    QString teamFile() const { return dir.filePath(QStringLiteral("team/policy.json")); }
    template<typename T> T *find(const char *name) const
    {
        auto *widget = window->findChild<T *>(QString::fromLatin1(name));
        REQUIRE(widget);
        return widget;
    }
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(window.get(), static_cast<Qt::Key>(key), modifiers);
    }
    QString line() const { return find<QLabel>("lineLabel")->text(); }
    bool bannerShown() const { return find<QLabel>("playbookBanner")->isVisible(); }

    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    std::unique_ptr<AppContext> context;
    std::unique_ptr<AssistWindow> window;
};

} // namespace

TEST_CASE("A broken playbook on disk keeps the last good one and shows a banner, the fix reaches the next call",
          "[gui][reload]")
{
    Harness h;
    REQUIRE(replaceFile(h.teamFile(), miniPlaybook(kId, 1, QStringLiteral("Wersja pierwsza"))));
    h.open();
    auto *combo = h.find<QComboBox>("playbookCombo");
    CHECK(combo->currentData().toString() == kId);
    CHECK(h.find<QLabel>("playbookSource")->text() == QStringLiteral("Revision 1 · team folder"));
    CHECK(h.find<QLabel>("playbookSource")->toolTip().contains(QStringLiteral("only version")));
    CHECK_FALSE(h.bannerShown());

    h.press(Qt::Key_Return);
    REQUIRE(h.window->call());
    CHECK(h.line() == QStringLiteral("Wersja pierwsza"));

    // The lead saves a version with a mistake (a missing comma after the revision, line 4).
    QByteArray broken = miniPlaybook(kId, 2, QStringLiteral("Wersja druga"));
    broken.replace("\"revision\": 2,", "\"revision\": 2");
    REQUIRE(replaceFile(h.teamFile(), broken));
    REQUIRE(waitUntil([&] { return h.bannerShown(); }));
    const QString banner = h.find<QLabel>("playbookBanner")->text();
    CHECK(banner.contains(QStringLiteral("policy.json has errors")));
    CHECK(banner.contains(QStringLiteral("line 5, column 3")));
    CHECK(banner.contains(QStringLiteral("revision 1 loaded before stays in use")));
    CHECK(
        h.find<QLabel>("playbookBanner")->toolTip().contains(h.teamFile() + QStringLiteral(":5:3: error json-syntax")));
    // The call goes on undisturbed, keys and all.
    CHECK(h.line() == QStringLiteral("Wersja pierwsza"));
    CHECK(h.window->catalog().active(kId)->playbook().revision == 1);

    // Fixed: the banner goes, but the running call keeps the version it started with.
    REQUIRE(replaceFile(h.teamFile(), miniPlaybook(kId, 2, QStringLiteral("Wersja druga"))));
    REQUIRE(waitUntil([&] { return !h.bannerShown(); }));
    CHECK(h.window->catalog().active(kId)->playbook().revision == 2);
    CHECK(h.line() == QStringLiteral("Wersja pierwsza"));
    CHECK(h.window->call()->engine().playbook().revision == 1);
    h.press(Qt::Key_F5); // "next": the old version's path goes on to its final step
    CHECK(h.window->call()->step().stepId == QStringLiteral("done"));
    h.press(Qt::Key_F10);
    CHECK(h.window->call()->summary().playbookRevision == 1);

    // The next call uses revision 2.
    Confirmation::setNextAnswer(true);
    h.press(Qt::Key_N, Qt::ControlModifier);
    CHECK(h.find<QLabel>("playbookSource")->text() == QStringLiteral("Revision 2 · team folder"));
    h.press(Qt::Key_Return);
    REQUIRE(h.window->call());
    CHECK(h.line() == QStringLiteral("Wersja druga"));
    CHECK(h.window->call()->engine().playbook().revision == 2);
}

TEST_CASE("The start page and the library say where a playbook comes from and why that version is used",
          "[gui][reload]")
{
    Harness h;
    REQUIRE(replaceFile(h.teamFile(), miniPlaybook(kId, 3, QStringLiteral("z zespołu"))));
    REQUIRE(replaceFile(h.dir.filePath(QStringLiteral("user/mine.json")),
                        miniPlaybook(kId, 3, QStringLiteral("moja wersja"))));
    h.open();
    CHECK(h.find<QLabel>("playbookSource")->text() == QStringLiteral("Revision 3 · team folder"));
    CHECK(h.find<QLabel>("playbookSource")->toolTip().contains(QStringLiteral("team folder wins")));

    LibraryWindow library(h.window->catalog());
    library.show();
    REQUIRE(QTest::qWaitForWindowExposed(&library));
    auto *list = library.findChild<QListView *>(QStringLiteral("playbookList"));
    auto *details = library.findChild<QTextBrowser *>(QStringLiteral("playbookDetails"));
    const auto rowsReading = [list](const QString &text) {
        return list->model()->match(list->model()->index(0, 0), Qt::DisplayRole, text, -1, Qt::MatchExactly);
    };
    const auto matches = rowsReading(QStringLiteral("Krótki team-policy · team folder"));
    REQUIRE(matches.size() == 1);
    list->setFocus();
    list->setCurrentIndex(matches.first());
    CHECK(details->toPlainText().contains(QStringLiteral("From: team folder (") +
                                          QDir::toNativeSeparators(h.teamFile())));
    CHECK(details->toPlainText().contains(QStringLiteral("revision 3 (your folder)")));

    // The user raises the revision of their copy: it wins, in both windows.
    REQUIRE(replaceFile(h.dir.filePath(QStringLiteral("user/mine.json")),
                        miniPlaybook(kId, 4, QStringLiteral("moja wersja"))));
    REQUIRE(waitUntil([&] { return !rowsReading(QStringLiteral("Krótki team-policy · your folder")).isEmpty(); }));
    CHECK(details->toPlainText().contains(QStringLiteral("Revision 4 (your folder) is the highest")));
    CHECK(h.find<QLabel>("playbookSource")->text() == QStringLiteral("Revision 4 · your folder"));

    // A broken file shows in the library's banner too.
    REQUIRE(replaceFile(h.dir.filePath(QStringLiteral("user/draft.json")), QByteArray("{ \"id\": ")));
    auto *banner = library.findChild<QLabel *>(QStringLiteral("problemBanner"));
    REQUIRE(waitUntil([&] { return banner->isVisible(); }));
    CHECK(banner->text().contains(QStringLiteral("draft.json has errors")));
    CHECK(banner->text().contains(QStringLiteral("not used until they are fixed")));
}

TEST_CASE("A playbook without the plural form in every line says so where the consultant chooses it (#15)",
          "[gui][playbook]")
{
    Harness h;
    QFile file(h.dir.filePath(QStringLiteral("user/policy.json")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(miniPlaybook(kId, 1, QStringLiteral("Jestem tu po to, aby {address:Panu|Pani} pomóc.")));
    file.close();
    h.open();
    auto *address = h.find<QComboBox>("addressCombo");
    REQUIRE(address->count() == 3);
    CHECK(address->itemText(0) == QStringLiteral("Pan"));
    // The plural is offered, with a word that some lines show both forms.
    CHECK(address->itemText(2).startsWith(QStringLiteral("Państwo (")));
    address->setCurrentIndex(2);
    h.press(Qt::Key_Return);
    CHECK(h.line() == QStringLiteral("Jestem tu po to, aby Panu/Pani pomóc."));
}
