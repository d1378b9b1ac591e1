// Preferences → Team, as a consultant uses it: joining from the window against a real private
// PostgreSQL cluster (the check runs off the window's thread), a wrong password, Cancel while a
// server that accepts connections and never answers keeps the check waiting, and leaving.
#include "app/preferencesdialog.h"
#include "app/teampage.h"
#include "catch_qt.h"
#include "deskfixture.h"
#include "eventually.h"
#include "settings/settings.h"
#include "teamlink.h"
#include "widgets/confirmation.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTcpServer>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace steadyline;
using namespace steadyline::test;

namespace {

const QString kPassword = QStringLiteral("anna-secret-1");

// A desk with the preferences open on the Team page, beside a window running the team link.
struct TeamPageDesk
{
    TeamPageDesk()
    {
        qputenv("PGPASSFILE", QFile::encodeName(desk.passwordFile()));
        journal = desk.openJournal();
        link = std::make_unique<gui::TeamLink>(desk.dataDir(), settings, window, quickSyncTiming());
        dialog = std::make_unique<gui::PreferencesDialog>(settings, nullptr, journal.get(), link.get());
        dialog->show();
        page = dialog->findChild<gui::TeamPage *>(QStringLiteral("teamPage"));
        REQUIRE(page);
        dialog->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentWidget(page);
    }
    ~TeamPageDesk()
    {
        dialog.reset();
        link.reset();
        // An abandoned check still running must not outlive the test's password file setting.
        QThreadPool::globalInstance()->waitForDone(30000);
        qunsetenv("PGPASSFILE");
    }
    TeamPageDesk(const TeamPageDesk &) = delete;
    TeamPageDesk &operator=(const TeamPageDesk &) = delete;

    template<typename Widget> Widget *find(const char *name) const
    {
        auto *widget = page->findChild<Widget *>(QString::fromLatin1(name));
        REQUIRE(widget);
        return widget;
    }

    void type(const QString &server, const QString &login, const QString &password) const
    {
        find<QLineEdit>("teamServerEdit")->clear();
        QTest::keyClicks(find<QLineEdit>("teamServerEdit"), server);
        find<QLineEdit>("teamLoginEdit")->clear();
        QTest::keyClicks(find<QLineEdit>("teamLoginEdit"), login);
        QTest::keyClicks(find<QLineEdit>("teamPasswordEdit"), password);
    }

    [[nodiscard]] QString feedback() const { return find<QLabel>("teamFeedback")->text(); }
    [[nodiscard]] QString state() const { return find<QLabel>("teamState")->text(); }
    [[nodiscard]] bool member() const
    {
        QString error;
        return Desk::store(*journal).membership(&error).has_value();
    }
    [[nodiscard]] QString passwordFileText() const
    {
        QFile file(desk.passwordFile());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    [[nodiscard]] QString settingsFileText() const
    {
        settings.sync();
        QFile file(desk.home.filePath(QStringLiteral("settings.ini")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    Desk desk;
    mutable Settings settings{desk.home.filePath(QStringLiteral("settings.ini"))};
    std::unique_ptr<journal::Journal> journal;
    QMainWindow window;
    std::unique_ptr<gui::TeamLink> link;
    std::unique_ptr<gui::PreferencesDialog> dialog;
    gui::TeamPage *page = nullptr;
};

struct TeamServer : ServerFixture
{
    TeamServer()
    {
        REQUIRE(init().exitCode == 0);
        addTeam(QStringLiteral("Claims"));
        addUser(QStringLiteral("anna"), QStringLiteral("agent"), QStringLiteral("Claims"), kPassword);
    }
    // The address without the login, as an admin hands it out.
    [[nodiscard]] QString address() const
    {
        return url(QStringLiteral("anna")).replace(QStringLiteral("anna@"), QString());
    }
};

} // namespace

TEST_CASE("Joining from Preferences → Team shows the team, syncs, and leaving says what stays")
{
    TeamServer server;
    TeamPageDesk anna;
    CHECK(anna.state().contains(QStringLiteral("not in a team")));
    CHECK_FALSE(anna.find<QPushButton>("teamLeaveButton")->isEnabled());

    anna.type(server.address(), QStringLiteral("anna"), kPassword);
    QTest::keyClick(anna.find<QLineEdit>("teamPasswordEdit"), Qt::Key_Return);
    CHECK(anna.page->isJoining());
    CHECK(anna.find<QProgressBar>("teamJoinBusy")->isVisible());
    // Enter joined; it did not also save and close the dialog.
    CHECK(anna.dialog->isVisible());
    REQUIRE_EVENTUALLY_WITHIN(!anna.page->isJoining(), 20000);
    INFO(anna.feedback().toStdString());
    CHECK(anna.feedback().contains(QStringLiteral("Joined team 'Claims' as anna (agent)")));
    CHECK(anna.member());
    CHECK(anna.find<QLineEdit>("teamPasswordEdit")->text().isEmpty());
    // The address is saved, the password only in libpq's file.
    CHECK(anna.settings.string(Settings::Key::TeamServer).startsWith(QStringLiteral("postgresql://anna@")));
    CHECK(anna.passwordFileText().contains(kPassword));
    CHECK_FALSE(anna.settingsFileText().contains(kPassword));
    CHECK_FALSE(anna.settingsFileText().isEmpty());

    // The running link follows at once: online, and the page shows it.
    REQUIRE_EVENTUALLY_WITHIN(anna.link->status().online, 20000);
    REQUIRE_EVENTUALLY(anna.state().contains(QStringLiteral("Online")));
    CHECK(anna.state().contains(QStringLiteral("Team 'Claims'")));
    CHECK(anna.find<QPushButton>("teamSyncButton")->isEnabled());

    // A change written while the server is away waits; leaving then asks, and says so.
    REQUIRE(server.cluster.stopImmediately());
    REQUIRE_EVENTUALLY_WITHIN(!anna.link->status().online, 20000);
    journal::CallStart start;
    start.playbookId = QStringLiteral("aggressive-caller-pl");
    start.locale = QStringLiteral("pl");
    REQUIRE(anna.journal->beginCall(start).id > 0);
    REQUIRE_EVENTUALLY_WITHIN(anna.link->status().waiting == 1, 20000);
    CHECK(anna.state().contains(QStringLiteral("Offline; 1 ")));

    gui::Confirmation::setNextAnswer(false);
    anna.find<QPushButton>("teamLeaveButton")->click();
    CHECK_FALSE(gui::Confirmation::answerPending());
    CHECK(anna.member());

    gui::Confirmation::setNextAnswer(true);
    anna.find<QPushButton>("teamLeaveButton")->click();
    CHECK_FALSE(gui::Confirmation::answerPending());
    // The worker lets go of the journal in its own time, then the desk leaves.
    REQUIRE_EVENTUALLY_WITHIN(!anna.member(), 20000);
    REQUIRE_EVENTUALLY(anna.feedback().contains(QStringLiteral("Left team 'Claims'; 1 ")));
    CHECK(anna.feedback().contains(QStringLiteral("discarded")));
    CHECK(anna.state().contains(QStringLiteral("not in a team")));
    CHECK(anna.settings.string(Settings::Key::TeamServer).isEmpty());
    CHECK_FALSE(anna.passwordFileText().contains(kPassword));
    CHECK(anna.journal->calls().value.size() == 1);
    CHECK_FALSE(anna.link->status().joined);
}

TEST_CASE("A wrong password on the Team page says what to do and writes nothing")
{
    TeamServer server;
    TeamPageDesk anna;
    anna.type(server.address(), QStringLiteral("anna"), QStringLiteral("not-her-password"));
    anna.find<QPushButton>("teamJoinButton")->click();
    REQUIRE_EVENTUALLY_WITHIN(!anna.page->isJoining(), 20000);
    INFO(anna.feedback().toStdString());
    CHECK(anna.feedback().contains(QStringLiteral("password is wrong")));
    CHECK(anna.feedback().contains(QStringLiteral("Nothing was changed on this desk.")));
    CHECK_FALSE(anna.member());
    CHECK_FALSE(QFile::exists(anna.desk.passwordFile()));
    CHECK(anna.settings.string(Settings::Key::TeamServer).isEmpty());
    // The password stays typed and selected, to be typed over.
    CHECK(anna.find<QLineEdit>("teamPasswordEdit")->selectedText() == QStringLiteral("not-her-password"));

    // Missing parts are named before anything is asked.
    anna.find<QLineEdit>("teamPasswordEdit")->clear();
    anna.find<QPushButton>("teamJoinButton")->click();
    CHECK_FALSE(anna.page->isJoining());
    CHECK(anna.feedback().contains(QStringLiteral("Enter the password")));
    anna.type(QString(), QStringLiteral("anna"), kPassword);
    anna.find<QPushButton>("teamJoinButton")->click();
    CHECK_FALSE(anna.page->isJoining());
    CHECK(anna.feedback().contains(QStringLiteral("Enter the team server's address")));
}

TEST_CASE("Cancel while a server that never answers keeps the join waiting returns at once and writes nothing")
{
    // Accepts connections (the kernel completes them) and never says a word.
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost));
    TeamPageDesk anna;
    anna.type(QStringLiteral("postgresql://127.0.0.1:%1/steadyline").arg(silent.serverPort()), QStringLiteral("anna"),
              kPassword);
    anna.find<QPushButton>("teamJoinButton")->click();
    REQUIRE(anna.page->isJoining());
    CHECK(anna.find<QPushButton>("teamJoinCancel")->isVisible());
    CHECK_FALSE(anna.find<QPushButton>("teamJoinButton")->isEnabled());
    // The window keeps handling events while the check waits: a timer fires on time.
    bool ticked = false;
    QTimer::singleShot(50, anna.dialog.get(), [&ticked] { ticked = true; });
    REQUIRE_EVENTUALLY_WITHIN(ticked, 1000);
    CHECK(anna.page->isJoining());

    anna.find<QPushButton>("teamJoinCancel")->click();
    CHECK_FALSE(anna.page->isJoining());
    CHECK_FALSE(anna.find<QProgressBar>("teamJoinBusy")->isVisible());
    CHECK(anna.find<QPushButton>("teamJoinButton")->isEnabled());
    CHECK(anna.feedback().contains(QStringLiteral("cancelled")));
    // The abandoned check ends on its own (the connection's timeout) and changes nothing.
    REQUIRE(QThreadPool::globalInstance()->waitForDone(30000));
    QCoreApplication::processEvents();
    CHECK(anna.feedback().contains(QStringLiteral("cancelled")));
    CHECK_FALSE(anna.member());
    CHECK_FALSE(QFile::exists(anna.desk.passwordFile()));
    CHECK(anna.settings.string(Settings::Key::TeamServer).isEmpty());
}

TEST_CASE("Leaving while the server never answers keeps the window turning and leaves once the worker let go")
{
    TeamServer server;
    TeamPageDesk anna;
    {
        const CommandRun run = anna.desk.join(server.url(QStringLiteral("anna")), QStringLiteral("anna"), kPassword);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }
    // The link's worker talks to a server that accepts connections and never says a word: each
    // try to connect waits for libpq's timeout.
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost));
    anna.settings.setValue(Settings::Key::TeamServer,
                           QStringLiteral("postgresql://anna@127.0.0.1:%1/steadyline").arg(silent.serverPort()));
    anna.link->applySettings();
    REQUIRE_EVENTUALLY(anna.find<QPushButton>("teamLeaveButton")->isEnabled());
    REQUIRE_EVENTUALLY(silent.hasPendingConnections());

    // A timer ticking every 20 ms: the longest pause between two ticks is how long the window
    // could not answer a key.
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = clock.elapsed();
    qint64 longestPause = 0;
    QTimer ticker;
    ticker.setInterval(20);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestPause = std::max(longestPause, clock.elapsed() - lastTick);
        lastTick = clock.elapsed();
    });
    ticker.start();
    QTest::qWait(100);

    gui::Confirmation::setNextAnswer(true);
    anna.find<QPushButton>("teamLeaveButton")->click();
    CHECK_FALSE(gui::Confirmation::answerPending());
    CHECK(anna.feedback().contains(QStringLiteral("Leaving")));
    CHECK_FALSE(anna.find<QPushButton>("teamLeaveButton")->isEnabled());
    REQUIRE_EVENTUALLY_WITHIN(!anna.member(), 30000);
    REQUIRE_EVENTUALLY(anna.feedback().contains(QStringLiteral("Left team 'Claims'")));
    QTest::qWait(100);
    ticker.stop();
    INFO("longest pause between ticks: " << longestPause << " ms");
    CHECK(longestPause < 200);
    CHECK(anna.settings.string(Settings::Key::TeamServer).isEmpty());
    CHECK_FALSE(anna.link->status().joined);
    CHECK(anna.state().contains(QStringLiteral("not in a team")));
}
