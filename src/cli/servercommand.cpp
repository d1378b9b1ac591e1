#include "servercommand.h"

#include "commandio.h"
#include "commandline.h"
#include "passwordinput.h"
#include "schemamigrator.h"
#include "serveraddress.h"
#include "serverconnection.h"
#include "subcommandline.h"
#include "teamadministration.h"

// dash19: the incident report
#include "common/privatefile.h"
#include "dashboardqueries.h"
#include "incidentreport.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>
#include <QTranslator>

#include <optional>

namespace steadyline::cli {

namespace {

const QString kCommand = QStringLiteral("server");
constexpr int kMinimumPasswordLength = 8;
constexpr int kLongestCoolDownSeconds = 3600; // as the server's check on teams.cool_down_seconds

// Every subcommand reaches the database the same way.
const QCommandLineOption &databaseOption()
{
    static const QCommandLineOption option(
        QStringLiteral("db"),
        QStringLiteral(
            "The team server's database as a URL, e.g. postgresql:///steadyline?host=/run/postgresql&user="
            "postgres (as the cluster's superuser) or postgresql://LOGIN@HOST/steadyline?sslmode=verify-full "
            "(as an admin login)."),
        QStringLiteral("URL"));
    return option;
}

// A subcommand of `server`: its command line with --db, and the connection to that database.
class ServerSubcommand : public SubcommandLine
{
public:
    ServerSubcommand(const Invocation &invocation, const QString &subcommand, const QString &description,
                     const QString &usageName = {})
        : SubcommandLine(invocation, kCommand, subcommand, description, usageName)
    {}

    // SubcommandLine::parse() with --db added last.
    bool parse(qsizetype skipped = 1)
    {
        parser.addOption(databaseOption());
        return SubcommandLine::parse(skipped);
    }

    // Opens the database of --db; false with exitCode() set and the reason said.
    bool connect(server::ServerConnection &connection)
    {
        if (!parser.isSet(databaseOption())) {
            stop(usageError(invocation().err, QStringLiteral("name the database with --db URL."), name()));
            return false;
        }
        QString error;
        const auto address = server::parseServerUrl(parser.value(databaseOption()), &error);
        if (!address) {
            stop(usageError(invocation().err, error, name()));
            return false;
        }
        if (!connection.open(*address, &error)) {
            stop(fail(error));
            return false;
        }
        return true;
    }

    // Opens it and checks its schema is the one this program knows; false as connect().
    bool connectToCurrentSchema(server::ServerConnection &connection)
    {
        if (!connect(connection))
            return false;
        QString error;
        if (!server::schemaIsCurrent(connection.database(), &error)) {
            stop(fail(error));
            return false;
        }
        return true;
    }
};

int runInit(const Invocation &invocation)
{
    ServerSubcommand line(
        invocation, QStringLiteral("init"),
        QStringLiteral(
            "Creates the team server's schema and roles in an existing, empty PostgreSQL database, or migrates an "
            "older one; run it again after every Steadyline update. Connect as the cluster's superuser. All or "
            "nothing: a database of another application, or a schema newer than this program, is left as it was.\n"
            "Example: steadyline server init --db 'postgresql:///steadyline?host=/run/postgresql&user=postgres'\n"
            "Exit status: 0 the schema is current, 1 refused or failed, 2 wrong usage."));
    if (!line.parse())
        return line.exitCode();
    if (!line.parser.positionalArguments().isEmpty())
        return line.usage(QStringLiteral("init takes no arguments besides --db."));
    server::ServerConnection connection;
    if (!line.connect(connection))
        return line.exitCode();
    const server::MigrationOutcome outcome = server::SchemaMigrator(connection.database()).migrate();
    if (!outcome.ok)
        return line.fail(outcome.error);
    QString what;
    if (outcome.migrationsApplied == 0)
        what = QStringLiteral("already current, nothing changed");
    else if (outcome.versionBefore == 0)
        what = QStringLiteral("created");
    else
        what = QStringLiteral("migrated from version %1").arg(outcome.versionBefore);
    writeLine(invocation.out,
              QStringLiteral("Team server schema version %1 (%2).").arg(outcome.versionAfter).arg(what));
    return Success;
}

int runAddTeam(const Invocation &invocation)
{
    ServerSubcommand line(
        invocation, QStringLiteral("add-team"),
        QStringLiteral(
            "Adds a team. Its policy starts private: note text stays on the desks (only a note's time and tags are "
            "shared) and the server keeps its rows 365 days; change it with steadyline server policy.\n"
            "Example: steadyline server add-team 'Claims Kraków' --db URL"));
    line.parser.addPositionalArgument(QStringLiteral("TEAM"), QStringLiteral("The team's name."));
    if (!line.parse())
        return line.exitCode();
    if (line.parser.positionalArguments().size() != 1)
        return line.usage(QStringLiteral("name one team."));
    const QString team = line.parser.positionalArguments().first();
    server::ServerConnection connection;
    if (!line.connectToCurrentSchema(connection))
        return line.exitCode();
    QString error;
    if (!server::TeamAdministration(connection.database()).addTeam(team, &error))
        return line.fail(error);
    writeLine(invocation.out, QStringLiteral("Team '%1' added.").arg(team));
    return Success;
}

int runAddUser(const Invocation &invocation)
{
    ServerSubcommand line(
        invocation, QStringLiteral("add-user"),
        QStringLiteral(
            "Adds a PostgreSQL login for a consultant (agent), a team lead (lead) or an admin, in a team. The password "
            "is read from standard input (typed without echo at a terminal); only its SCRAM verifier is sent to the "
            "server.\n"
            "Example: printf '%s\\n' \"$PASSWORD\" | steadyline server add-user anna --role agent --team Claims --db "
            "URL"));
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("agent, lead or admin."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption team(QStringLiteral("team"), QStringLiteral("The team (see add-team)."),
                                  QStringLiteral("TEAM"));
    QCommandLineParser &parser = line.parser;
    parser.addOptions({role, team});
    parser.addPositionalArgument(QStringLiteral("LOGIN"), QStringLiteral("The login's name: lower-case letters, "
                                                                         "digits, '.', '-', '_'."));
    if (!line.parse())
        return line.exitCode();
    if (parser.positionalArguments().size() != 1)
        return line.usage(QStringLiteral("name one login."));
    const QStringList roles{QStringLiteral("agent"), QStringLiteral("lead"), QStringLiteral("admin")};
    if (!roles.contains(parser.value(role)))
        return line.usage(parser.isSet(role)
                              ? QStringLiteral("--role must be agent, lead or admin, not '%1'.").arg(parser.value(role))
                              : QStringLiteral("give the login's --role: agent, lead or admin."));
    if (!parser.isSet(team))
        return line.usage(QStringLiteral("give the login's --team."));
    const QString login = parser.positionalArguments().first();
    server::ServerConnection connection;
    if (!line.connectToCurrentSchema(connection))
        return line.exitCode();
    const std::optional<QString> password =
        readPassword(QStringLiteral("Password for %1: ").arg(login), invocation.err);
    if (!password || password->isEmpty())
        return line.fail(QStringLiteral("no password was given on standard input."));
    if (password->size() < kMinimumPasswordLength)
        return line.fail(QStringLiteral("the password must have at least %1 characters.").arg(kMinimumPasswordLength));
    QString error;
    if (!server::TeamAdministration(connection.database())
             .addMember(login, *password, parser.value(role), parser.value(team), &error))
        return line.fail(error);
    writeLine(invocation.out,
              QStringLiteral("Login '%1' added: %2 in team '%3'.").arg(login, parser.value(role), parser.value(team)));
    return Success;
}

// "yes" or "no" (also true/false, on/off) as a bool; nullopt for anything else.
std::optional<bool> yesNo(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == QStringLiteral("yes") || v == QStringLiteral("true") || v == QStringLiteral("on"))
        return true;
    if (v == QStringLiteral("no") || v == QStringLiteral("false") || v == QStringLiteral("off"))
        return false;
    return std::nullopt;
}

// `text` as a whole number from `lowest` to `highest`; nullopt for anything else.
std::optional<int> wholeNumberIn(const QString &text, int lowest, int highest)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < lowest || number > highest)
        return std::nullopt;
    return number;
}

int runPolicy(const Invocation &invocation)
{
    ServerSubcommand line(
        invocation, QStringLiteral("policy"),
        QStringLiteral(
            "Shows a team's policy, or changes the parts given: whether note text leaves the desks (share) or only a "
            "note's time and tags do (keep, the default), how many days the server keeps the team's calls, the "
            "cool-down offered after an abusive call, and whether a call raises the hand by itself at the final "
            "warning.\n"
            "Example: steadyline server policy --team Claims --note-text share --retention-days 180 --cool-down 300 "
            "--raise-hand-at-final-warning yes --db URL"));
    const QCommandLineOption team(QStringLiteral("team"), QStringLiteral("The team."), QStringLiteral("TEAM"));
    const QCommandLineOption noteText(QStringLiteral("note-text"),
                                      QStringLiteral("share: note text is sent to the server; keep: it stays on "
                                                     "the desk."),
                                      QStringLiteral("share|keep"));
    const QCommandLineOption retention(QStringLiteral("retention-days"),
                                       QStringLiteral("Days the server keeps the team's calls (1 to 3650)."),
                                       QStringLiteral("DAYS"));
    const QCommandLineOption coolDown(QStringLiteral("cool-down"),
                                      QStringLiteral("Seconds of the break offered after an abusive call (0 to %1; "
                                                     "0: no cool-down; default 180).")
                                          .arg(kLongestCoolDownSeconds),
                                      QStringLiteral("SECONDS"));
    const QCommandLineOption raiseHand(QStringLiteral("raise-hand-at-final-warning"),
                                       QStringLiteral("yes: a call that reaches the final warning asks the lead for "
                                                      "help by itself; no (the default): only the consultant does."),
                                       QStringLiteral("yes|no"));
    QCommandLineParser &parser = line.parser;
    parser.addOptions({team, noteText, retention, coolDown, raiseHand});
    if (!line.parse())
        return line.exitCode();
    if (!parser.isSet(team))
        return line.usage(QStringLiteral("name the team with --team."));
    server::PolicyChange change;
    if (parser.isSet(noteText)) {
        if (parser.value(noteText) != QStringLiteral("share") && parser.value(noteText) != QStringLiteral("keep"))
            return line.usage(
                QStringLiteral("--note-text must be share or keep, not '%1'.").arg(parser.value(noteText)));
        change.noteTextLeavesDesk = parser.value(noteText) == QStringLiteral("share");
    }
    if (parser.isSet(retention)) {
        change.retentionDays = wholeNumberIn(parser.value(retention), 1, 3650);
        if (!change.retentionDays)
            return line.usage(QStringLiteral("--retention-days must be a number from 1 to 3650, not '%1'.")
                                  .arg(parser.value(retention)));
    }
    if (parser.isSet(coolDown)) {
        change.coolDownSeconds = wholeNumberIn(parser.value(coolDown), 0, kLongestCoolDownSeconds);
        if (!change.coolDownSeconds)
            return line.usage(QStringLiteral("--cool-down must be a number of seconds from 0 (no cool-down) to %1, "
                                             "not '%2'.")
                                  .arg(kLongestCoolDownSeconds)
                                  .arg(parser.value(coolDown)));
    }
    if (parser.isSet(raiseHand)) {
        change.raiseHandAtFinalWarning = yesNo(parser.value(raiseHand));
        if (!change.raiseHandAtFinalWarning)
            return line.usage(QStringLiteral("--raise-hand-at-final-warning must be yes or no, not '%1'.")
                                  .arg(parser.value(raiseHand)));
    }
    server::ServerConnection connection;
    if (!line.connectToCurrentSchema(connection))
        return line.exitCode();
    QString error;
    const auto policy = server::TeamAdministration(connection.database()).policy(parser.value(team), change, &error);
    if (!policy)
        return line.fail(error);
    writeLine(invocation.out, QStringLiteral("Team '%1'").arg(policy->team));
    writeLine(invocation.out, QStringLiteral("  note text: %1")
                                  .arg(policy->noteTextLeavesDesk
                                           ? QStringLiteral("share (sent to the server)")
                                           : QStringLiteral("keep (stays on the desk; only time and tags are sent)")));
    writeLine(invocation.out, QStringLiteral("  retention: %1 days").arg(policy->retentionDays));
    writeLine(invocation.out, policy->coolDownSeconds == 0
                                  ? QStringLiteral("  cool-down: none")
                                  : QStringLiteral("  cool-down: %1 seconds").arg(policy->coolDownSeconds));
    writeLine(invocation.out, QStringLiteral("  raise hand at final warning: %1")
                                  .arg(policy->raiseHandAtFinalWarning ? QStringLiteral("yes") : QStringLiteral("no")));
    return Success;
}

// DATE as 2026-12-01 (midnight, local time) or a date and time in ISO 8601.
std::optional<QDateTime> parseSince(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return date.startOfDay();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid())
        return time;
    return std::nullopt;
}

int runAudit(const Invocation &invocation)
{
    ServerSubcommand line(
        invocation, QStringLiteral("audit"),
        QStringLiteral(
            "Prints the audit log since a date, oldest first, one entry a line: time (UTC), login, team, action, "
            "detail. Only an admin login (or the cluster's superuser) may read it.\n"
            "Example: steadyline server audit --since 2026-12-01 --db URL"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   QStringLiteral("The first day (YYYY-MM-DD, from midnight local time) or time "
                                                  "(ISO 8601) to print."),
                                   QStringLiteral("DATE"));
    QCommandLineParser &parser = line.parser;
    parser.addOption(since);
    if (!line.parse())
        return line.exitCode();
    if (!parser.isSet(since))
        return line.usage(QStringLiteral("say from when with --since DATE, e.g. --since 2026-12-01."));
    const auto from = parseSince(parser.value(since));
    if (!from)
        return line.usage(QStringLiteral("--since must be a date like 2026-12-01 or a time like 2026-12-01T08:00, not "
                                         "'%1'.")
                              .arg(parser.value(since)));
    server::ServerConnection connection;
    if (!line.connectToCurrentSchema(connection))
        return line.exitCode();
    QString error;
    const auto entries = server::TeamAdministration(connection.database()).auditLog(*from, &error);
    if (!entries)
        return line.fail(error);
    for (const server::AuditEntry &entry : *entries)
        writeLine(invocation.out,
                  QStringLiteral("%1  %2  %3  %4  %5")
                      .arg(entry.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), entry.login,
                           entry.team.isEmpty() ? QStringLiteral("-") : entry.team, entry.action, entry.detail));
    if (entries->empty())
        writeLine(invocation.err, QStringLiteral("No audit entries since %1.").arg(from->toString(Qt::ISODate)));
    return Success;
}

// dash19: `server report incidents`, the incident report for health and safety (issue #18 §1).
int runReport(const Invocation &invocation)
{
    const QString subcommand = QStringLiteral("report");
    if (invocation.arguments.value(1) != u"incidents" && invocation.arguments.value(1) != u"--help" &&
        invocation.arguments.value(1) != u"-h")
        return usageError(invocation.err, QStringLiteral("the report is named: steadyline server report incidents."),
                          kCommand + QLatin1Char(' ') + subcommand);
    ServerSubcommand line(
        invocation, subcommand,
        QStringLiteral(
            "Writes the incident report for health and safety: abusive calls and the cool-downs taken after them, per "
            "month, team and outcome, as CSV or PDF. Counts only: no consultant, no caller. A lead gets their own "
            "team, an admin every team. The export is written in the audit log first.\n"
            "Example: steadyline server report incidents --since 2026-01-01 --until 2026-12-31 --format pdf "
            "--output incidents.pdf --db postgresql://LOGIN@HOST/steadyline?sslmode=verify-full"),
        kCommand + QStringLiteral(" report incidents"));
    const QCommandLineOption since(QStringLiteral("since"), QStringLiteral("The first day (YYYY-MM-DD)."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption until(QStringLiteral("until"), QStringLiteral("The last day, included (YYYY-MM-DD)."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("csv or pdf (A4)."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption output(
        QStringLiteral("output"), QStringLiteral("The file to write (readable by you alone)."), QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("The report's language: en (the default), pl, cs or ru."),
                                      QStringLiteral("LANG"), QStringLiteral("en"));
    const QCommandLineOption timeZone(QStringLiteral("time-zone"),
                                      QStringLiteral("Whose months count, e.g. Europe/Warsaw (default: this "
                                                     "computer's)."),
                                      QStringLiteral("ZONE"));
    QCommandLineParser &parser = line.parser;
    for (const QCommandLineOption &option : {since, until, format, output, language, timeZone})
        parser.addOption(option);
    if (!line.parse(invocation.arguments.value(1) == u"incidents" ? 2 : 1))
        return line.exitCode();
    for (const QCommandLineOption &required : {since, until, format, output}) {
        if (!parser.isSet(required))
            return line.usage(QStringLiteral("--since DATE, --until DATE, --format csv|pdf and --output FILE are "
                                             "all needed."));
    }
    const QDate first = QDate::fromString(parser.value(since), Qt::ISODate);
    const QDate last = QDate::fromString(parser.value(until), Qt::ISODate);
    if (!first.isValid() || !last.isValid() || last < first)
        return line.usage(QStringLiteral("--since and --until must be days like 2026-01-01, the first not after the "
                                         "last, not '%1' and '%2'.")
                              .arg(parser.value(since), parser.value(until)));
    const QString formatName = parser.value(format).toLower();
    if (formatName != u"csv" && formatName != u"pdf")
        return line.usage(QStringLiteral("--format must be csv or pdf, not '%1'.").arg(formatName));
    const QString zoneName =
        parser.isSet(timeZone) ? parser.value(timeZone) : QString::fromUtf8(QTimeZone::systemTimeZoneId());
    const QTimeZone zone(zoneName.toUtf8());
    if (!zone.isValid())
        return line.usage(QStringLiteral("there is no time zone '%1'.").arg(zoneName));

    // The words of the report in the language asked for: the interface's translation, built in.
    QTranslator translator;
    const QString languageName = parser.value(language).toLower();
    if (languageName != u"en") {
        if (!translator.load(QStringLiteral(":/i18n/steadyline_") + languageName))
            return line.usage(QStringLiteral("--language must be en, pl, cs or ru, not '%1'.").arg(languageName));
        QCoreApplication::installTranslator(&translator);
    }
    QLocale::setDefault(QLocale(languageName));

    server::ServerConnection connection;
    if (!line.connect(connection))
        return line.exitCode();
    QString error;
    const server::DashboardPeriod period{first.startOfDay(zone).toUTC(), last.addDays(1).startOfDay(zone).toUTC(),
                                         zoneName};
    const server::DashboardQueries queries(connection.database());
    const auto rows = queries.incidentReport(period, &error);
    if (!rows)
        return line.fail(error);
    const report::IncidentReport incidentReport{period, *rows, QDateTime::currentDateTimeUtc()};
    const QByteArray content = formatName == u"pdf" ? report::incidentReportPdf(incidentReport, &error)
                                                    : report::incidentReportCsv(incidentReport);
    if (content.isEmpty())
        return line.fail(error);
    // The audit log first: an export it cannot hold is not made.
    const QJsonObject detail{{QStringLiteral("format"), formatName},
                             {QStringLiteral("file"), QFileInfo(parser.value(output)).fileName()},
                             {QStringLiteral("since"), period.since.toString(Qt::ISODate)},
                             {QStringLiteral("until"), period.until.toString(Qt::ISODate)},
                             {QStringLiteral("from"), QStringLiteral("command line")}};
    if (!queries.recordExport(QStringLiteral("incident_report"), detail, &error))
        return line.fail(
            QStringLiteral("nothing written: the export could not be recorded in the audit log: %1").arg(error));
    if (!writePrivateFile(parser.value(output), content, &error))
        return line.fail(error);
    qint64 incidents = 0;
    for (const server::IncidentReportRow &row : *rows)
        incidents += row.incidents;
    writeLine(invocation.err,
              QStringLiteral("Wrote %1: %2 abusive calls in %3 lines.")
                  .arg(parser.value(output), QString::number(incidents), QString::number(rows->size())));
    return Success;
}

struct Subcommand
{
    QString name;
    int (*run)(const Invocation &invocation);
};

} // namespace

int runServer(const Invocation &invocation)
{
    static const std::vector<Subcommand> subcommands{
        {QStringLiteral("init"), runInit},        {QStringLiteral("add-team"), runAddTeam},
        {QStringLiteral("add-user"), runAddUser}, {QStringLiteral("policy"), runPolicy},
        {QStringLiteral("audit"), runAudit},      {QStringLiteral("report"), runReport},
    };
    const QString first = invocation.arguments.value(0);
    for (const Subcommand &subcommand : subcommands) {
        if (subcommand.name == first)
            return subcommand.run(invocation);
    }
    if (first == QStringLiteral("--help") || first == QStringLiteral("-h")) {
        writeLine(
            invocation.out,
            QStringLiteral("Usage: steadyline server init|add-team|add-user|policy|audit|report incidents [OPTIONS] "
                           "--db URL\nRun 'steadyline server SUBCOMMAND --help' for each; "
                           "the setup step by step is in docs/team-server.md."));
        return Success;
    }
    return usageError(invocation.err,
                      first.isEmpty()
                          ? QStringLiteral("name what to do: init, add-team, add-user, policy, audit or report.")
                          : QStringLiteral("there is no subcommand '%1'; use init, add-team, add-user, "
                                           "policy, audit or report.")
                                .arg(first),
                      kCommand);
}

} // namespace steadyline::cli
