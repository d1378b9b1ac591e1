#pragma once

#include "journal/journal.h"
#include "journal/redaction.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace steadyline::journal {

// Exports of the journal for people outside Steadyline: a call report (Markdown, JSON) for a team
// lead or HR, and the promises as CSV and iCalendar. Training calls are never exported. Each
// exporter is a pure function of what was read, so the GUI and `steadyline export` share them.

// --- the call report ---------------------------------------------------------------------------

struct CallReportOptions
{
    QDateTime since; // calls started at or after (invalid: no bound)
    QDateTime until; // calls started before (invalid: no bound)
    bool redact = false;
    // As the history window's search: words that must all occur, an outcome (none: any).
    QString text;
    std::optional<CallOutcome> outcome;
};

struct CallReportEntry
{
    CallRecord call;
    std::vector<TimelineEvent> timeline;
    std::vector<Note> notes;
    std::vector<Promise> promises;
};

struct CallReport
{
    QDateTime generated;
    QDateTime since;
    QDateTime until;
    bool redacted = false;
    RedactionCounts redactions;
    std::vector<CallReportEntry> calls; // oldest first
};

// Reads the calls in the period, oldest first, with their timeline, notes and promises; masks
// personal data in every text when asked (notes and their tags, promises, case references,
// timeline details).
[[nodiscard]] Result<CallReport> collectCallReport(const Journal &journal, const CallReportOptions &options,
                                                   const QDateTime &now = QDateTime::currentDateTime());

// Markdown that reads well as plain text: a heading per call, a table of its facts, then its
// timeline, notes and promises. Times are shown as the consultant saw them, with the UTC offset.
[[nodiscard]] QByteArray callReportMarkdown(const CallReport &report);

// The JSON call report. Its shape is stable; a change that breaks readers bumps schemaVersion.
//   {
//     "schemaVersion": 1,
//     "kind": "steadyline.callReport",
//     "generator": "Steadyline 0.4.0",
//     "generatedAt": "2026-12-01T10:00:00.000+01:00",
//     "period": {"since": TIME|null, "until": TIME|null},   // since inclusive, until exclusive
//     "redacted": false,
//     "trainingCallsIncluded": false,
//     "callCount": 1,
//     "calls": [{
//       "id": 12,
//       "started": TIME, "ended": TIME|null, "durationMs": 252000|null,
//       "channel": "phone"|"in_person",
//       "formOfAddress": "formal_male"|"formal_female"|"formal_plural",
//       "caseReference": "ZG-2026/0042",
//       "locale": "pl",
//       "outcome": "resolved"|"ended_by_consultant"|"escalated"|"handed_over"|"caller_hung_up"|"interrupted"|null,
//       "playbook": {"id": "aggressive-caller-pl", "revision": 3, "sha256": "9f86…"},
//       "timeline": [{"at": TIME, "kind": "step_entered", "step": "calm_down", "detail": ""}],
//       "notes": [{"id": 7, "at": TIME, "text": "…", "tags": ["insult"]}],
//       "promises": [{"id": 3, "created": TIME, "text": "…", "caseReference": "…", "due": TIME|null,
//                     "status": "open"|"kept"|"cancelled", "keptAt": TIME|null}]
//     }]
//   }
// TIME is ISO 8601 with milliseconds and the UTC offset ("2026-11-23T09:15:02.123+01:00"); the
// outcome is null while a call is open. Arrays are in time order.
inline constexpr int kCallReportSchemaVersion = 1;
[[nodiscard]] QByteArray callReportJson(const CallReport &report);

// --- promises ------------------------------------------------------------------------------------

struct PromiseExportOptions
{
    bool openOnly = false;
    bool redact = false;
};

struct PromiseExport
{
    QDateTime generated;
    RedactionCounts redactions;
    std::vector<Promise> promises; // by due time (those without one last), then id
};

[[nodiscard]] Result<PromiseExport> collectPromises(const Journal &journal, const PromiseExportOptions &options,
                                                    const QDateTime &now = QDateTime::currentDateTime());

// RFC 4180: UTF-8 (no byte order mark), CRLF line ends, a header row
//   id,created,due,status,kept_at,case_reference,text,call_id
// times in ISO 8601 with the UTC offset, empty when there is none; fields with a comma, a quote or
// a line break are quoted, quotes doubled.
[[nodiscard]] QByteArray promisesCsv(const PromiseExport &promises);

// RFC 5545: a VCALENDAR with one VTODO per promise. UID is stable per promise
// ("steadyline-promise-<id>-<created, UTC>@steadyline.app"), so importing a newer export updates
// the same task; DTSTAMP, CREATED, DUE and COMPLETED in UTC; SUMMARY is "<case reference>: <text>";
// STATUS NEEDS-ACTION, COMPLETED or CANCELLED. Text is escaped, lines end in CRLF and are folded
// at 75 octets without splitting a UTF-8 character.
[[nodiscard]] QByteArray promisesICalendar(const PromiseExport &promises);
[[nodiscard]] QString promiseUid(const Promise &promise);

} // namespace steadyline::journal
