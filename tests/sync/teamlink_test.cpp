// The window's side of the team server: a desk that joined shows "Team: online" in the status
// bar, "offline" with the changes waiting when the server goes away, and nothing when it never
// joined. A real private PostgreSQL cluster and the real sync worker.
#include "catch_qt.h"
#include "deskfixture.h"
#include "eventually.h"
#include "settings/settings.h"
#include "teamlink.h"

#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>

using namespace steadyline;
using namespace steadyline::test;

namespace {

const QString kPassword = QStringLiteral("anna-secret-1");

} // namespace

TEST_CASE("The status bar line says online, offline and what waits, in plain words")
{
    sync::SyncStatus status;
    CHECK(gui::TeamLink::statusLine(status).isEmpty());
    status.joined = true;
    status.online = true;
    CHECK(gui::TeamLink::statusLine(status) == QStringLiteral("Team: online"));
    status.waiting = 3;
    CHECK(gui::TeamLink::statusLine(status) == QStringLiteral("Team: online · 3 waiting"));
    status.online = false;
    status.lastError = QStringLiteral("The team server cannot be reached.");
    CHECK(gui::TeamLink::statusLine(status) == QStringLiteral("Team: offline · 3 waiting"));
    const QString details = gui::TeamLink::statusDetails(status);
    CHECK(details.contains(QStringLiteral("cannot be reached")));
    CHECK(details.contains(QStringLiteral("kept on this desk")));
}

TEST_CASE("A desk in a team shows the server's state in the status bar and follows it going away")
{
    ServerFixture server;
    REQUIRE(server.init().exitCode == 0);
    server.addTeam(QStringLiteral("Claims"));
    server.addUser(QStringLiteral("anna"), QStringLiteral("agent"), QStringLiteral("Claims"), kPassword);
    Desk anna;
    const CommandRun joined = anna.join(server.url(QStringLiteral("anna")), QStringLiteral("anna"), kPassword);
    INFO(joined.err.toStdString());
    REQUIRE(joined.exitCode == 0);
    qputenv("PGPASSFILE", QFile::encodeName(anna.passwordFile()));

    Settings settings(anna.home.filePath(QStringLiteral("settings.ini")));
    QMainWindow window;
    window.show();
    {
        // Not in a team (no server in the settings): nothing runs, nothing is shown.
        gui::TeamLink link(anna.dataDir(), settings, window, quickSyncTiming());
        auto *label = window.findChild<QLabel *>(QStringLiteral("teamStatus"));
        REQUIRE(label);
        CHECK(label->isHidden());

        settings.setValue(Settings::Key::TeamServer, server.url(QStringLiteral("anna")));
        link.applySettings();
        REQUIRE_EVENTUALLY_WITHIN(link.status().online, 20000);
        CHECK(label->isVisible());
        CHECK(label->text() == QStringLiteral("Team: online"));
        CHECK(label->toolTip().contains(QStringLiteral("Team server: ")));

        {
            auto journal = anna.openJournal();
            journal::CallStart start;
            start.playbookId = QStringLiteral("aggressive-caller-pl");
            start.locale = QStringLiteral("pl");
            REQUIRE(server.cluster.stopImmediately());
            REQUIRE_EVENTUALLY_WITHIN(!link.status().online, 20000);
            const qint64 call = journal->beginCall(start).id;
            REQUIRE(journal->addNote(call, QStringLiteral("w czasie awarii")).ok);
        }
        REQUIRE_EVENTUALLY_WITHIN(link.status().waiting == 2, 20000);
        CHECK(label->text() == QStringLiteral("Team: offline · 2 waiting"));
        CHECK(label->toolTip().contains(QStringLiteral("kept on this desk")));

        REQUIRE(server.cluster.startAgain());
        REQUIRE_EVENTUALLY_WITHIN(link.status().online && link.status().waiting == 0, 30000);
        CHECK(label->text() == QStringLiteral("Team: online"));

        // Leaving the team in the settings stops the worker and hides the line.
        settings.setValue(Settings::Key::TeamServer, QString());
        link.applySettings();
        CHECK(label->isHidden());
    }
    qunsetenv("PGPASSFILE");
}

TEST_CASE("A problem the consultant must act on shows a banner across the window, a server away none")
{
    ServerFixture server;
    REQUIRE(server.init().exitCode == 0);
    server.addTeam(QStringLiteral("Claims"));
    server.addUser(QStringLiteral("anna"), QStringLiteral("agent"), QStringLiteral("Claims"), kPassword);
    Desk anna;
    const CommandRun joined = anna.join(server.url(QStringLiteral("anna")), QStringLiteral("anna"), kPassword);
    INFO(joined.err.toStdString());
    REQUIRE(joined.exitCode == 0);
    qputenv("PGPASSFILE", QFile::encodeName(anna.passwordFile()));
    Settings settings(anna.home.filePath(QStringLiteral("settings.ini")));
    settings.setValue(Settings::Key::TeamServer, server.url(QStringLiteral("anna")));
    QMainWindow window;
    window.show();
    {
        gui::TeamLink link(anna.dataDir(), settings, window, quickSyncTiming());
        auto *banner = window.findChild<QWidget *>(QStringLiteral("teamBannerBar"));
        auto *text = window.findChild<QLabel *>(QStringLiteral("teamBannerText"));
        REQUIRE(banner);
        REQUIRE(text);
        REQUIRE_EVENTUALLY_WITHIN(link.status().online, 20000);
        CHECK_FALSE(banner->isVisible());

        // Away: offline in the status bar, no banner (waiting cures it).
        REQUIRE(server.cluster.stopImmediately());
        REQUIRE_EVENTUALLY_WITHIN(!link.status().online, 20000);
        CHECK_FALSE(link.status().needsAction);
        CHECK_FALSE(banner->isVisible());
        REQUIRE(server.cluster.startAgain());
        REQUIRE_EVENTUALLY_WITHIN(link.status().online, 30000);

        // The admin gave anna a new password: the desk's is wrong now, and says so at the top.
        server.superuserSql(QStringLiteral("ALTER ROLE anna PASSWORD 'a-new-one-42'"));
        REQUIRE(server.cluster.stopImmediately());
        REQUIRE(server.cluster.startAgain());
        REQUIRE_EVENTUALLY_WITHIN(banner->isVisible(), 30000);
        INFO(text->text().toStdString());
        CHECK(text->text().contains(QStringLiteral("password is wrong")));
        CHECK(text->text().contains(QStringLiteral("Preferences → Team")));
        CHECK(link.status().needsAction);

        // Hide keeps it hidden while the problem stays the same.
        auto *hide = window.findChild<QPushButton *>(QStringLiteral("teamBannerHide"));
        REQUIRE(hide);
        hide->click();
        CHECK_FALSE(banner->isVisible());
        QTest::qWait(500); // several reconnect attempts, each with the same answer
        CHECK_FALSE(banner->isVisible());
    }
    qunsetenv("PGPASSFILE");
}
