// Published playbooks on the server (migration 7, issue #18 §5), tried with each login's own
// credentials: team X has agents anna and bob, lead lena and admin adm; team Y has lead yan and
// agent yuri.
#include "teamfixture.h"

#include <QCryptographicHash>

using steadyline::test::PsqlRun;
using steadyline::test::Team;

namespace {

struct Teams : Team
{
    static QString playbook(int revision)
    {
        return QStringLiteral(R"({"id": "standard", "revision": %1, "title": "Zażalenia"})").arg(revision);
    }

    static QString publish(const QString &team, const QString &body, const QString &note)
    {
        return QStringLiteral(
                   "SELECT playbook_id || ' ' || revision FROM steadyline.publish_playbook('%1', '%2', '%3')")
            .arg(team, body, note);
    }

    // What `login`'s desk pulls from the start: "revision active body-or-empty" per row, oldest first.
    QStringList pulled(const QString &login) const
    {
        return ok(login,
                  QStringLiteral(
                      "SELECT revision || ' ' || CASE WHEN active THEN 't' ELSE 'f' END || ' ' || coalesce(body, '-') "
                      "FROM steadyline.published_playbook_changes(0)"))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    // The audit log as the superuser reads it: "login action detail" per entry.
    QStringList audit() const
    {
        return superuserSql(QStringLiteral("SELECT login || ' ' || action || ' ' || (detail->>'playbook_id') || ' ' "
                                           "|| (detail->>'revision') || ' ' || coalesce(detail->>'from_revision', '-') "
                                           "FROM steadyline.audit_log ORDER BY id"))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
};

} // namespace

TEST_CASE("a lead publishes a playbook to the team, agents and other teams cannot publish, other teams never see it")
{
    Teams server;
    CHECK(server.ok(QStringLiteral("lena"),
                    Teams::publish(QStringLiteral("X"), Teams::playbook(4), QStringLiteral("step 2 reworded"))) ==
          QStringLiteral("standard 4"));

    const PsqlRun agent =
        server.as(QStringLiteral("anna"), Teams::publish(QStringLiteral("X"), Teams::playbook(5), QString()));
    CHECK(agent.exitCode != 0);
    CHECK(agent.err.contains(QStringLiteral("only a lead or admin of the team \"X\" publishes its playbooks")));
    const PsqlRun otherLead =
        server.as(QStringLiteral("yan"), Teams::publish(QStringLiteral("X"), Teams::playbook(5), QString()));
    CHECK(otherLead.exitCode != 0);
    CHECK(otherLead.err.contains(QStringLiteral("only a lead or admin of the team \"X\" publishes its playbooks")));
    // Nobody writes the table past the functions.
    CHECK(
        server
            .as(QStringLiteral("lena"),
                QStringLiteral("UPDATE steadyline.published_playbooks SET body = '{}' WHERE playbook_id = 'standard'"))
            .exitCode != 0);
    CHECK(server.as(QStringLiteral("lena"), QStringLiteral("SELECT * FROM steadyline.published_playbooks")).exitCode !=
          0);

    // The team's desks pull it, with the JSON text; team Y's pull nothing.
    CHECK(server.pulled(QStringLiteral("anna")) == QStringList{QStringLiteral("4 t ") + Teams::playbook(4)});
    CHECK(server.pulled(QStringLiteral("yuri")).isEmpty());
    CHECK(server.pulled(QStringLiteral("yan")).isEmpty());

    const QString stored = server.ok(
        QStringLiteral("anna"),
        QStringLiteral(
            "SELECT sha256 || ' ' || published_by || ' ' || note FROM steadyline.published_playbook_changes(0)"));
    CHECK(stored == QString::fromLatin1(
                        QCryptographicHash::hash(Teams::playbook(4).toUtf8(), QCryptographicHash::Sha256).toHex()) +
                        QStringLiteral(" lena step 2 reworded"));
    CHECK(server.audit() == QStringList{QStringLiteral("lena playbook_published standard 4 -")});
}

TEST_CASE("a publication must raise the revision, be JSON and fit, and a refused one leaves nothing behind")
{
    Teams server;
    server.ok(QStringLiteral("lena"), Teams::publish(QStringLiteral("X"), Teams::playbook(4), QString()));
    for (const auto &[body, message] :
         {std::pair{Teams::playbook(4), "revision 4 of \"standard\" is not newer than revision 4"},
          std::pair{Teams::playbook(3), "revision 3 of \"standard\" is not newer than revision 4"},
          std::pair{QStringLiteral("{not json"), "the playbook is not JSON"},
          std::pair{QStringLiteral(R"({"id": "standard"})"), "a string \"id\" and a whole number \"revision\""},
          std::pair{QStringLiteral(R"({"id": "standard", "revision": 4.5})"), "a whole number of at least 1"}}) {
        const PsqlRun run = server.as(QStringLiteral("lena"), Teams::publish(QStringLiteral("X"), body, QString()));
        INFO(body.toStdString());
        CHECK(run.exitCode != 0);
        CHECK(run.err.contains(QString::fromUtf8(message)));
    }
    // Made on the server: a 2 MB statement does not fit psql's command line.
    const PsqlRun tooLarge = server.as(
        QStringLiteral("lena"),
        QStringLiteral("SELECT steadyline.publish_playbook('X', '{\"id\": \"standard\", \"revision\": 9, \"pad\": \"' "
                       "|| repeat('x', 2 * 1024 * 1024) || '\"}')"));
    INFO(tooLarge.err.toStdString());
    CHECK(tooLarge.err.contains(QStringLiteral("a published playbook is at most 2 MB")));
    CHECK(server.pulled(QStringLiteral("anna")) == QStringList{QStringLiteral("4 t ") + Teams::playbook(4)});
    CHECK(server.audit().size() == 1);
}

TEST_CASE("a rollback makes an earlier revision active again, desks pull it past their cursor, and it is audited")
{
    Teams server;
    server.ok(QStringLiteral("lena"), Teams::publish(QStringLiteral("X"), Teams::playbook(4), QStringLiteral("first")));
    const QString cursor = server.ok(QStringLiteral("anna"),
                                     QStringLiteral("SELECT max(seq) FROM steadyline.published_playbook_changes(0)"));
    server.ok(QStringLiteral("adm"), Teams::publish(QStringLiteral("X"), Teams::playbook(5), QStringLiteral("second")));
    CHECK(server.pulled(QStringLiteral("anna")) ==
          QStringList{QStringLiteral("4 f -"), QStringLiteral("5 t ") + Teams::playbook(5)});

    const PsqlRun agent =
        server.as(QStringLiteral("anna"), QStringLiteral("SELECT steadyline.roll_back_playbook('X', 'standard', 4)"));
    CHECK(agent.exitCode != 0);
    const PsqlRun never =
        server.as(QStringLiteral("lena"), QStringLiteral("SELECT steadyline.roll_back_playbook('X', 'standard', 2)"));
    CHECK(never.err.contains(QStringLiteral("revision 2 of \"standard\" was never published to the team \"X\"")));

    server.ok(QStringLiteral("lena"), QStringLiteral("SELECT steadyline.roll_back_playbook('X', 'standard', 4)"));
    CHECK(server.pulled(QStringLiteral("anna")) ==
          QStringList{QStringLiteral("5 f -"), QStringLiteral("4 t ") + Teams::playbook(4)});
    // A desk that pulled up to the first publication learns both changes of the active flag.
    CHECK(
        server.ok(QStringLiteral("anna"),
                  QStringLiteral(
                      "SELECT string_agg(revision || ' ' || CASE WHEN active THEN 't' ELSE 'f' END, ',' ORDER BY seq) "
                      "FROM steadyline.published_playbook_changes(%1)")
                      .arg(cursor)) == QStringLiteral("5 f,4 t"));
    // Rolling back to the active revision changes and records nothing.
    server.ok(QStringLiteral("lena"), QStringLiteral("SELECT steadyline.roll_back_playbook('X', 'standard', 4)"));
    CHECK(server.audit() == QStringList{QStringLiteral("lena playbook_published standard 4 -"),
                                        QStringLiteral("adm playbook_published standard 5 -"),
                                        QStringLiteral("lena playbook_rolled_back standard 4 5")});
    // A new revision must still go past the highest ever published.
    const PsqlRun behind =
        server.as(QStringLiteral("lena"), Teams::publish(QStringLiteral("X"), Teams::playbook(5), QString()));
    CHECK(behind.err.contains(QStringLiteral("not newer than revision 5")));
}
