// Published playbooks (issue #18 §5) with two apps against the real private PostgreSQL of the
// test run: the lead publishes from the editor, the consultant's running call keeps its version,
// the next call uses the new revision and the start page names where it comes from; a rollback
// brings the earlier revision back; an agent is never offered "Publish to team…".
#include "app/appcontext.h"
#include "authoring/playbookeditor.h"
#include "authoring/publishdialog.h"
#include "call/assistwindow.h"
#include "call/callsession.h"
#include "catch_qt.h"
#include "deskapp.h"
#include "eventually.h"
#include "playbook/publishedplaybooks.h"
#include "settings/settings.h"
#include "teamfeatures.h"
#include "teamlink.h"
#include "widgets/confirmation.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace steadyline;
using namespace steadyline::test;

namespace {

const QString kPlaybook = QStringLiteral("aggressive-caller-pl");

// One person's app, with the playbook editor the lead publishes from.
struct App : DeskApp
{
    App(const Desk &desk, const QString &serverUrl)
        : DeskApp(desk, serverUrl, kPlaybook)
    {}
    ~App()
    {
        gui::Confirmation::setNextAnswer(true);
        editor.reset();
    }
    App(const App &) = delete;
    App &operator=(const App &) = delete;

    [[nodiscard]] int activeRevision() const
    {
        const PlaybookSnapshot active = context->catalog().active(kPlaybook);
        return active ? active->playbook().revision : -1;
    }

    [[nodiscard]] QString startPageSource() const
    {
        const auto *label = window->findChild<QLabel *>(QStringLiteral("playbookSource"));
        REQUIRE(label);
        return label->text();
    }

    std::unique_ptr<gui::PlaybookEditor> editor;
};

// The shipped playbook with its revision set to `revision`, written to `folder`.
QString playbookFile(const QString &folder, int revision)
{
    QFile shipped(QStringLiteral(":/playbooks/%1.json").arg(kPlaybook));
    REQUIRE(shipped.open(QIODevice::ReadOnly));
    QJsonObject object = QJsonDocument::fromJson(shipped.readAll()).object();
    REQUIRE(object.value(QStringLiteral("id")).toString() == kPlaybook);
    object.insert(QStringLiteral("revision"), revision);
    const QString path = QDir(folder).filePath(QStringLiteral("%1-r%2.json").arg(kPlaybook).arg(revision));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(object).toJson());
    return path;
}

QPushButton *button(QWidget &parent, const QString &text)
{
    for (QPushButton *candidate : parent.findChildren<QPushButton *>()) {
        if (candidate->text() == text)
            return candidate;
    }
    FAIL("no button " << text.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("A playbook the lead publishes is used by the desk's next call, not its running one, and rolls back")
{
    const TeamDesks team({{"anna", "agent"}, {"lena", "lead"}});
    {
        App anna(team.desk(QStringLiteral("anna")), team.url(QStringLiteral("anna")));
        App lena(team.desk(QStringLiteral("lena")), team.url(QStringLiteral("lena")));
        REQUIRE_EVENTUALLY_WITHIN(anna.link->status().online && lena.link->status().online, 20000);
        const int shipped = anna.activeRevision();
        REQUIRE(shipped >= 1);
        CHECK(anna.startPageSource() == QStringLiteral("Revision %1 · built in").arg(shipped));

        // Only the lead's editor offers to publish.
        anna.editor = std::make_unique<gui::PlaybookEditor>(anna.context->catalog(), &anna.settings);
        anna.editor->setPublisher(anna.context->publisher());
        CHECK(anna.editor->openPublishDialog() == nullptr);
        lena.editor = std::make_unique<gui::PlaybookEditor>(lena.context->catalog(), &lena.settings);
        lena.editor->setPublisher(lena.context->publisher());

        // Anna's call starts on the shipped revision.
        anna.press(Qt::Key_Return);
        REQUIRE(anna.window->call());
        CHECK(anna.window->call()->engine().playbook().revision == shipped);

        // The lead publishes the next revision with a note.
        REQUIRE(lena.editor->openFile(playbookFile(team.desk(QStringLiteral("lena")).home.path(), shipped + 1)));
        gui::PublishDialog *dialog = lena.editor->openPublishDialog();
        REQUIRE(dialog);
        dialog->findChild<QLineEdit *>()->setText(QStringLiteral("Step 2 said more calmly"));
        QPushButton *publish = button(*dialog, QStringLiteral("&Publish to team"));
        REQUIRE(publish->isEnabled());
        publish->click();
        REQUIRE_EVENTUALLY_WITHIN(dialog->statusText().startsWith(QStringLiteral("Published revision")), 10000);

        // Anna's desk pulls it (the doorbell) and keeps it in a folder of its own, for itself alone.
        REQUIRE_EVENTUALLY_WITHIN(anna.activeRevision() == shipped + 1, 10000);
        const PlaybookSnapshot published = anna.context->catalog().active(kPlaybook);
        CHECK(published->source == PlaybookSource::Published);
        REQUIRE(published->publication);
        CHECK(published->publication->publishedBy == QStringLiteral("lena"));
        CHECK(published->publication->note == QStringLiteral("Step 2 said more calmly"));
        const QFileInfo file(published->path);
        CHECK(file.absolutePath() ==
              QFileInfo(publishedPlaybookFolder(team.desk(QStringLiteral("anna")).dataDir())).absoluteFilePath());
        CHECK(file.permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
        CHECK((QFileInfo(file.absolutePath()).permissions() &
               (QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther)) == 0);

        // The running call keeps its version and records it; the next call takes the new one, and
        // the start page names where it comes from.
        CHECK(anna.window->call()->engine().playbook().revision == shipped);
        REQUIRE(anna.window->endCallFromOutside(CallOutcome::CallerHungUp));
        CHECK(anna.window->call()->summary().playbookRevision == shipped);
        anna.press(Qt::Key_Return); // from the summary to the start page
        CHECK(anna.startPageSource().startsWith(
            QStringLiteral("In use: published by your team (revision %1, by lena, ").arg(shipped + 1)));
        anna.press(Qt::Key_Return); // the next call
        REQUIRE(anna.window->call());
        REQUIRE_FALSE(anna.window->call()->ended());
        CHECK(anna.window->call()->engine().playbook().revision == shipped + 1);
        REQUIRE(anna.window->endCallFromOutside(CallOutcome::CallerHungUp));
        anna.press(Qt::Key_Return);

        // The lead's dialog lists the publication; a revision not newer is refused before sending.
        QTreeWidget *revisions = dialog->findChild<QTreeWidget *>();
        REQUIRE_EVENTUALLY(revisions->topLevelItemCount() == 1);
        CHECK(revisions->topLevelItem(0)->text(2) == QStringLiteral("lena"));
        CHECK(revisions->topLevelItem(0)->text(4) == QStringLiteral("Step 2 said more calmly"));
        CHECK_FALSE(publish->isEnabled());
        CHECK(dialog->findChild<QLabel *>(QStringLiteral("publishProblem"))
                  ->text()
                  .contains(QStringLiteral("Revision %1 is published already").arg(shipped + 1)));

        // Revision +2, then back to +1: Anna's desk follows, and so does the start page.
        REQUIRE(lena.editor->openFile(playbookFile(team.desk(QStringLiteral("lena")).home.path(), shipped + 2)));
        REQUIRE(lena.editor->openPublishDialog() == dialog);
        REQUIRE(publish->isEnabled());
        publish->click();
        REQUIRE_EVENTUALLY_WITHIN(anna.activeRevision() == shipped + 2, 10000);
        REQUIRE_EVENTUALLY(revisions->topLevelItemCount() == 2);
        CHECK(revisions->topLevelItem(0)->text(0) == QString::number(shipped + 2));
        revisions->setCurrentItem(revisions->topLevelItem(1));
        QPushButton *rollBack = button(*dialog, QStringLiteral("Roll &back to this revision…"));
        REQUIRE(rollBack->isEnabled());
        // Declined: nothing changes.
        gui::Confirmation::setNextAnswer(false);
        rollBack->click();
        CHECK_FALSE(gui::Confirmation::answerPending());
        CHECK_FALSE(dialog->statusText().contains(QStringLiteral("Rolling back")));
        gui::Confirmation::setNextAnswer(true);
        rollBack->click();
        REQUIRE_EVENTUALLY_WITHIN(anna.activeRevision() == shipped + 1, 10000);
        CHECK(
            dialog->statusText().contains(QStringLiteral("Revision %1 is the team's version again").arg(shipped + 1)));
        REQUIRE_EVENTUALLY(anna.startPageSource().startsWith(
            QStringLiteral("In use: published by your team (revision %1, by lena, ").arg(shipped + 1)));
        CHECK(team.server
                  .superuserSql(QStringLiteral("SELECT string_agg(login || ' ' || action, ',' ORDER BY id) FROM "
                                               "steadyline.audit_log WHERE action LIKE 'playbook%'"))
                  .trimmed() ==
              QStringLiteral("lena playbook_published,lena playbook_published,lena playbook_rolled_back"));
    }
}
