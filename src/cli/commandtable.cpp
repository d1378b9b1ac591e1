#include "commandtable.h"

#include "calleventcommand.h"
#include "exportcommand.h"
#include "graphcommand.h"
#include "helpcommand.h"
#include "i18nstatuscommand.h"
#include "servercommand.h"
#include "simulatecommand.h"
#include "teamcommand.h"
#include "traincommand.h"
#include "validatecommand.h"

namespace steadyline::cli {

const std::vector<Command> &commands()
{
    static const std::vector<Command> table{
        {QStringLiteral("validate"),
         {},
         {{QStringLiteral("validate [--json] FILE..."),
           QStringLiteral("check playbook and scenario files; prints FILE:LINE:COL: error|warning CODE: message")}},
         runValidate},
        {QStringLiteral("simulate"),
         {},
         {{QStringLiteral("simulate PLAYBOOK [OPTIONS] EVENT..."),
           QStringLiteral("walk a call through a playbook; prints one JSON object per step entered")}},
         runSimulate},
        {QStringLiteral("train"),
         {},
         {{QStringLiteral("train SCENARIO --answers ID,ID,..."),
           QStringLiteral("play a training scenario headless; prints the score as JSON")}},
         runTrain},
        {QStringLiteral("export"),
         {},
         {{QStringLiteral("export calls [--since DATE] [--until DATE] [--format md|json|pdf] [--redact] --out FILE"),
           QStringLiteral("write a report of the recorded calls (training calls excluded)")},
          {QStringLiteral("export promises [--status open|all] --format csv|ics [--redact] --out FILE"),
           QStringLiteral("write the promises as CSV or as iCalendar tasks")}},
         runExport},
        {QStringLiteral("i18n-status"),
         {},
         {{QStringLiteral("i18n-status [--json] [--list] [--mark-current LOCALE] FILE..."),
           QStringLiteral("per locale: texts translated, stale (base text changed since) and missing")}},
         runI18nStatus},
        {QStringLiteral("graph"),
         {},
         {{QStringLiteral("graph FILE [--format dot|mermaid] [--locale L]"),
           QStringLiteral("print the playbook's flow as a Graphviz or Mermaid diagram")}},
         runGraph},
        {QStringLiteral("call-event"),
         {},
         {{QStringLiteral("call-event started|answered|ended [--call-id ID] [--peer NUMBER] [--direction in|out]"),
           QStringLiteral("hand a softphone's call event to the running window (docs/softphones.md)")}},
         runCallEvent},
        {QStringLiteral("server"),
         {},
         {{QStringLiteral("server init --db URL"),
           QStringLiteral("create or migrate the team server's schema and roles (docs/team-server.md)")},
          {QStringLiteral("server add-team TEAM --db URL"), QStringLiteral("add a team to the team server")},
          {QStringLiteral("server add-user LOGIN --role agent|lead|admin --team TEAM --db URL"),
           QStringLiteral("add a login; its password is read from standard input")},
          {QStringLiteral("server report incidents --since DATE --until DATE --format csv|pdf --output FILE --db URL"),
           QStringLiteral("the incident report for health and safety: abusive calls per month, team and outcome")},
          {QStringLiteral("server policy --team TEAM [--note-text share|keep] [--retention-days N] --db URL"),
           QStringLiteral("show or change a team's policy")}},
         runServer},
        {QStringLiteral("team"),
         {},
         {{QStringLiteral("team join URL --login LOGIN"),
           QStringLiteral("join this desk to a team server; the password is read from standard input")},
          {QStringLiteral("team status"),
           QStringLiteral("show the team server, the connection, changes waiting, last push and pull")},
          {QStringLiteral("team sync"),
           QStringLiteral("send waiting changes and receive the team's once (exit 0 when nothing is left waiting)")},
          {QStringLiteral("team leave [--discard-waiting]"),
           QStringLiteral("leave the team; refused while changes wait unless --discard-waiting; your journal stays")},
          {QStringLiteral("team publish FILE [--note TEXT]"),
           QStringLiteral(
               "publish a valid playbook to the team (leads and admins); desks use it from their next call")},
          {QStringLiteral("team playbooks"),
           QStringLiteral("list the revisions published to the team: in use or earlier, by whom, when, the note")}},
         runTeam},
        {QStringLiteral("help"),
         {QStringLiteral("--help"), QStringLiteral("-h")},
         {{QStringLiteral("help"), QStringLiteral("show this help")}},
         runHelp},
        // An option of the window in the help, but answered without one.
        {QStringLiteral("--version"), {}, {}, runVersion},
    };
    return table;
}

const Command *findCommand(const QString &word)
{
    for (const Command &command : commands()) {
        if (command.name == word || command.aliases.contains(word))
            return &command;
    }
    return nullptr;
}

} // namespace steadyline::cli
