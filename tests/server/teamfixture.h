#pragma once

// Teams of logins on a fresh team server, each reached with psql as a desk reaches it: with the
// login's own credentials. What the server tests of the team's features share.
#include "serverfixture.h"

#include <QStringList>

#include <vector>

namespace steadyline::test {

struct Member
{
    const char *login;
    const char *role;
    const char *team;
};

// Team X: agents anna and bob, lead lena, admin adm. Team Y: agent yuri, lead yan.
inline const std::vector<Member> kTeamsXAndY{{"anna", "agent", "X"}, {"bob", "agent", "X"},  {"lena", "lead", "X"},
                                             {"adm", "admin", "X"},  {"yuri", "agent", "Y"}, {"yan", "lead", "Y"}};

// An initialised server with `members` added, their teams first in the order they are named; each
// login's password is "<login>-password".
struct Team : ServerFixture
{
    explicit Team(const std::vector<Member> &members = kTeamsXAndY)
    {
        REQUIRE(init().exitCode == 0);
        QStringList teams;
        for (const Member &member : members) {
            const QString team = QString::fromLatin1(member.team);
            if (!teams.contains(team)) {
                addTeam(team);
                teams.append(team);
            }
        }
        for (const Member &member : members)
            addUser(QString::fromLatin1(member.login), QString::fromLatin1(member.role),
                    QString::fromLatin1(member.team), password(QString::fromLatin1(member.login)));
    }

    static QString password(const QString &login) { return login + QStringLiteral("-password"); }

    // psql as `login`.
    PsqlRun as(const QString &login, const QString &sql) const
    {
        return cluster.psql(url(login), sql, password(login));
    }

    // psql as `login`, its output; the test fails when the statement does.
    QString ok(const QString &login, const QString &sql) const
    {
        const PsqlRun run = as(login, sql);
        INFO(login.toStdString() << ": " << sql.toStdString() << "\n" << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return run.out.trimmed();
    }

    // The statement a desk pushes `changes` (JSON objects) with.
    static QString push(const QStringList &changes)
    {
        return QStringLiteral("SELECT steadyline.push_changes('[%1]'::jsonb)").arg(changes.join(QLatin1Char(',')));
    }
};

} // namespace steadyline::test
