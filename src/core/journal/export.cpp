#include "export.h"

#include "common/csvfield.h"
#include "common/labels.h"
#include "journal/timestamp.h"

#include <QHash>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace steadyline::journal {

namespace {

using Json = nlohmann::ordered_json;

const char *const kGeneratorPrefix = "Steadyline ";

QString generatorName()
{
    return QString::fromLatin1(kGeneratorPrefix) + QStringLiteral(STEADYLINE_VERSION);
}

// --- shared wording --------------------------------------------------------------------------

QString channelLabel(Channel channel)
{
    switch (channel) {
    case Channel::Phone: return QStringLiteral("phone");
    case Channel::InPerson: return QStringLiteral("in person");
    }
    return channelName(channel);
}

QString addressLabel(FormOfAddress address)
{
    switch (address) {
    case FormOfAddress::FormalMale: return QStringLiteral("formal, addressed as a man");
    case FormOfAddress::FormalFemale: return QStringLiteral("formal, addressed as a woman");
    case FormOfAddress::FormalPlural:
        return QStringLiteral("formal, addressed in the plural (a couple or unknown gender)");
    }
    return formOfAddressName(address);
}

QString timelineLabel(const QString &kind)
{
    static const QHash<QString, QString> labels{
        {kTimelineStepEntered, QStringLiteral("step entered")},
        {kTimelineLineSaid, QStringLiteral("line said")},
        {kTimelineCountdownStarted, QStringLiteral("countdown started")},
        {kTimelineCountdownAdjusted, QStringLiteral("countdown adjusted")},
        {kTimelineCountdownCancelled, QStringLiteral("countdown cancelled")},
        {kTimelineCountdownExpired, QStringLiteral("countdown expired")},
        {kTimelineFinalAction, QStringLiteral("final action")},
        {kTimelineInterrupted, QStringLiteral("interrupted")},
        {kTimelineResumed, QStringLiteral("resumed")},
    };
    const auto found = labels.constFind(kind);
    if (found != labels.constEnd())
        return *found;
    QString label = kind;
    return label.replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString offsetText(const QDateTime &time)
{
    const int seconds = time.offsetFromUtc();
    const int minutes = std::abs(seconds) / 60;
    return QString::asprintf("%c%02d:%02d", seconds < 0 ? '-' : '+', minutes / 60, minutes % 60);
}

// A time as the consultant saw it: in its own UTC offset, which is written out.
QString fullTime(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("—");
    const QDateTime shown = time.toOffsetFromUtc(time.offsetFromUtc());
    return shown.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + offsetText(time);
}

QString minuteTime(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("—");
    const QDateTime shown = time.toOffsetFromUtc(time.offsetFromUtc());
    return shown.toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + offsetText(time);
}

// Only the clock time when the date and offset are the call's; the full time otherwise.
QString timeWithin(const QDateTime &time, const QDateTime &reference)
{
    if (!time.isValid())
        return QStringLiteral("—");
    const QDateTime shown = time.toOffsetFromUtc(time.offsetFromUtc());
    if (reference.isValid() && time.offsetFromUtc() == reference.offsetFromUtc() &&
        shown.date() == reference.toOffsetFromUtc(reference.offsetFromUtc()).date())
        return shown.toString(QStringLiteral("HH:mm:ss"));
    return fullTime(time);
}

QString durationText(qint64 ms)
{
    const qint64 seconds = ms / 1000; // like a stopwatch: 3 min 59.5 s is 3 min 59 s
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1 h %2 min %3 s")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    if (m > 0)
        return QStringLiteral("%1 min %2 s").arg(m).arg(s);
    return QStringLiteral("%1 s").arg(s);
}

QString countText(int n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QString::fromLatin1(n == 1 ? one : many));
}

// --- Markdown ------------------------------------------------------------------------------

// Text typed by a person, made safe to put in Markdown: characters that would start emphasis,
// code, HTML or a link are escaped (only where they would), so the file still reads as typed.
// Line breaks stay line breaks within the list item.
QString markdownText(const QString &raw)
{
    QString text = raw;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QString out;
    out.reserve(text.size() + 8);
    bool lineStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar prev = i > 0 ? text.at(i - 1) : QChar();
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (c == u'\n') {
            out += QStringLiteral("  \n  "); // a hard line break, indented to stay in the list item
            lineStart = true;
            continue;
        }
        if (lineStart && c.isSpace())
            continue; // leading spaces would make a code block
        // What a terminal would obey (`cat report.md`: ANSI escapes) goes; what reorders or hides
        // text (bidi overrides, zero-width characters) is shown by name, so the report reads as
        // the journal holds it (review L3).
        const char16_t code = c.unicode();
        if ((code < 0x20 && code != u'\t') || (code >= 0x7F && code <= 0x9F))
            continue;
        if ((code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069) || code == 0x200E ||
            code == 0x200F || code == 0x061C || (code >= 0x200B && code <= 0x200D) || code == 0x2060 ||
            code == 0xFEFF) {
            out += QStringLiteral("\\<U+%1>").arg(static_cast<uint>(code), 4, 16, QLatin1Char('0')).toUpper();
            lineStart = false;
            continue;
        }
        bool escape = false;
        switch (c.unicode()) {
        case u'\\':
        case u'`':
        case u'*':
        case u'<':
        case u'~': escape = true; break;
        case u'_': escape = !(prev.isLetterOrNumber() && next.isLetterOrNumber()); break;
        case u']': escape = next == u'(' || next == u'[' || next == u':'; break;
        case u'&': escape = next == u'#' || next.isLetter(); break;
        case u'-':
        case u'+':
        case u'#':
        case u'>':
        case u'=':
        case u'|': escape = lineStart; break;
        default: break;
        }
        // "1. " or "1) " at the start of a line would begin a numbered list.
        if (lineStart && c.isDigit()) {
            qsizetype j = i;
            while (j < text.size() && text.at(j).isDigit())
                ++j;
            if (j < text.size() && (text.at(j) == u'.' || text.at(j) == u')')) {
                out += QStringView(text).mid(i, j - i);
                out += QLatin1Char('\\');
                i = j - 1;
                lineStart = false;
                continue;
            }
        }
        if (escape)
            out += QLatin1Char('\\');
        out += c;
        lineStart = false;
    }
    while (out.endsWith(QLatin1Char(' ')) || out.endsWith(QLatin1Char('\n')))
        out.chop(1);
    return out;
}

// An identifier in a code span (step ids, hashes), which needs no escaping but backticks.
QString markdownCode(const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("—");
    QString safe = text;
    safe.replace(QLatin1Char('`'), QLatin1Char('\''));
    safe.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return QLatin1Char('`') + safe + QLatin1Char('`');
}

QString periodText(const QDateTime &since, const QDateTime &until)
{
    if (since.isValid() && until.isValid())
        return QStringLiteral("calls started from %1 until before %2").arg(minuteTime(since), minuteTime(until));
    if (since.isValid())
        return QStringLiteral("calls started from %1").arg(minuteTime(since));
    if (until.isValid())
        return QStringLiteral("calls started before %1").arg(minuteTime(until));
    return QStringLiteral("every recorded call");
}

// What --redact masked, kind by kind; never "nothing", as the detectors do not find everything.
QString redactionSummary(const RedactionCounts &counts)
{
    static const struct
    {
        RedactedKind kind;
        const char *one;
        const char *many;
    } kinds[] = {
        {RedactedKind::Card, "card number", "card numbers"},
        {RedactedKind::Iban, "account number", "account numbers"},
        {RedactedKind::Account, "Czech or Russian account number", "Czech or Russian account numbers"},
        {RedactedKind::Pesel, "PESEL number", "PESEL numbers"},
        {RedactedKind::BirthNumber, "Czech birth number (rodné číslo)", "Czech birth numbers (rodné číslo)"},
        {RedactedKind::Nip, "NIP number", "NIP numbers"},
        {RedactedKind::Regon, "REGON number", "REGON numbers"},
        {RedactedKind::Inn, "INN", "INNs"},
        {RedactedKind::Snils, "SNILS number", "SNILS numbers"},
        {RedactedKind::IdCard, "ID card number", "ID card numbers"},
        {RedactedKind::Passport, "passport number", "passport numbers"},
        {RedactedKind::Email, "e-mail address", "e-mail addresses"},
        {RedactedKind::Phone, "phone number", "phone numbers"},
        {RedactedKind::Name, "name", "names"},
        {RedactedKind::Address, "address", "addresses"},
        {RedactedKind::BirthDate, "date of birth", "dates of birth"},
    };
    QStringList parts;
    for (const auto &k : kinds)
        if (const int n = counts.of(k.kind))
            parts << countText(n, k.one, k.many);
    if (parts.isEmpty())
        return QStringLiteral(
            "no personal data found by the detectors (names, addresses and other identifiers may remain)");
    return parts.join(QStringLiteral(", "));
}

void appendCallMarkdown(QString &md, const CallReportEntry &entry)
{
    const CallRecord &call = entry.call;
    md += QStringLiteral("## Call %1 · %2").arg(call.id).arg(minuteTime(call.started));
    if (!call.caseReference.isEmpty())
        md += QStringLiteral(" · ") + markdownText(call.caseReference);
    md += QStringLiteral("\n\n");

    md += QStringLiteral("- **Started:** %1\n").arg(fullTime(call.started));
    if (call.ended.isValid()) {
        md += QStringLiteral("- **Ended:** %1\n").arg(fullTime(call.ended));
        md += QStringLiteral("- **Duration:** %1\n").arg(durationText(call.started.msecsTo(call.ended)));
    } else {
        md += QStringLiteral("- **Ended:** —\n");
    }
    md += QStringLiteral("- **Channel:** %1\n").arg(channelLabel(call.channel));
    md += QStringLiteral("- **Form of address:** %1\n").arg(addressLabel(call.address));
    md += QStringLiteral("- **Case reference:** %1\n")
              .arg(call.caseReference.isEmpty() ? QStringLiteral("—") : markdownText(call.caseReference));
    md += QStringLiteral("- **Outcome:** %1\n").arg(callOutcomeEnglishLabel(call.outcome));
    md += QStringLiteral("- **Playbook:** %1, revision %2, SHA-256 %3\n")
              .arg(markdownCode(call.playbookId))
              .arg(call.revision)
              .arg(markdownCode(call.sha256));
    if (!call.locale.isEmpty())
        md += QStringLiteral("- **Language:** %1\n").arg(markdownCode(call.locale));
    md += QStringLiteral("\nTimes below are %1 (UTC%2).\n\n")
              .arg(call.started.toOffsetFromUtc(call.started.offsetFromUtc()).toString(QStringLiteral("yyyy-MM-dd")),
                   offsetText(call.started));

    md += QStringLiteral("### Timeline\n\n");
    if (entry.timeline.empty())
        md += QStringLiteral("Nothing was recorded.\n");
    for (const TimelineEvent &event : entry.timeline) {
        md += QStringLiteral("- %1 — %2").arg(timeWithin(event.at, call.started), timelineLabel(event.kind));
        if (!event.stepId.isEmpty())
            md += QStringLiteral(" (%1)").arg(markdownCode(event.stepId));
        if (!event.detail.isEmpty())
            md += QStringLiteral(": ") + markdownText(event.detail);
        md += QLatin1Char('\n');
    }

    md += QStringLiteral("\n### Notes\n\n");
    if (entry.notes.empty())
        md += QStringLiteral("No notes.\n");
    for (const Note &note : entry.notes) {
        md += QStringLiteral("- %1 — %2").arg(timeWithin(note.at, call.started), markdownText(note.text));
        if (!note.tags.isEmpty()) {
            QStringList tags;
            for (const QString &tag : note.tags)
                tags << markdownText(tag);
            md += QStringLiteral(" (tags: %1)").arg(tags.join(QStringLiteral(", ")));
        }
        md += QLatin1Char('\n');
    }

    md += QStringLiteral("\n### Promises\n\n");
    if (entry.promises.empty())
        md += QStringLiteral("No promises.\n");
    for (const Promise &promise : entry.promises) {
        md += QStringLiteral("- %1 — %2").arg(timeWithin(promise.at, call.started), markdownText(promise.text));
        QStringList facts;
        if (!promise.caseReference.isEmpty())
            facts << QStringLiteral("case ") + markdownText(promise.caseReference);
        facts << (promise.due.isValid() ? QStringLiteral("due ") + minuteTime(promise.due)
                                        : QStringLiteral("no due time"));
        QString status = QStringLiteral("**%1**").arg(promiseStatusName(promise.status));
        if (promise.status == PromiseStatus::Kept && promise.keptAt.isValid())
            status += QStringLiteral(" ") + minuteTime(promise.keptAt);
        facts << status;
        md += QStringLiteral(" · ") + facts.join(QStringLiteral(" · ")) + QLatin1Char('\n');
    }
    md += QLatin1Char('\n');
}

// --- JSON ------------------------------------------------------------------------------------

std::string utf8(const QString &text)
{
    return text.toStdString();
}

Json timeJson(const QDateTime &time)
{
    return time.isValid() ? Json(utf8(isoTimestamp(time))) : Json(nullptr);
}

Json callJson(const CallReportEntry &entry)
{
    const CallRecord &call = entry.call;
    Json j = Json::object();
    j["id"] = call.id;
    j["started"] = timeJson(call.started);
    j["ended"] = timeJson(call.ended);
    j["durationMs"] = call.ended.isValid() ? Json(call.started.msecsTo(call.ended)) : Json(nullptr);
    j["channel"] = utf8(channelName(call.channel));
    j["formOfAddress"] = utf8(formOfAddressName(call.address));
    j["caseReference"] = utf8(call.caseReference);
    j["locale"] = utf8(call.locale);
    j["outcome"] = call.outcome ? Json(utf8(callOutcomeName(*call.outcome))) : Json(nullptr);
    j["playbook"] = Json{{"id", utf8(call.playbookId)}, {"revision", call.revision}, {"sha256", utf8(call.sha256)}};
    Json timeline = Json::array();
    for (const TimelineEvent &event : entry.timeline)
        timeline.push_back(Json{{"at", timeJson(event.at)},
                                {"kind", utf8(event.kind)},
                                {"step", utf8(event.stepId)},
                                {"detail", utf8(event.detail)}});
    j["timeline"] = std::move(timeline);
    Json notes = Json::array();
    for (const Note &note : entry.notes) {
        Json tags = Json::array();
        for (const QString &tag : note.tags)
            tags.push_back(utf8(tag));
        notes.push_back(Json{{"id", note.id}, {"at", timeJson(note.at)}, {"text", utf8(note.text)}, {"tags", tags}});
    }
    j["notes"] = std::move(notes);
    Json promises = Json::array();
    for (const Promise &promise : entry.promises)
        promises.push_back(Json{{"id", promise.id},
                                {"created", timeJson(promise.at)},
                                {"text", utf8(promise.text)},
                                {"caseReference", utf8(promise.caseReference)},
                                {"due", timeJson(promise.due)},
                                {"status", utf8(promiseStatusName(promise.status))},
                                {"keptAt", timeJson(promise.keptAt)}});
    j["promises"] = std::move(promises);
    return j;
}

// --- CSV and iCalendar -------------------------------------------------------------------------

QString utcStamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

// RFC 5545 3.3.11: backslash, semicolon and comma escaped, line breaks as \n; other control
// characters are not allowed in TEXT and are dropped.
QString icalText(const QString &raw)
{
    QString text = raw;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : std::as_const(text)) {
        switch (c.unicode()) {
        case u'\\': out += QStringLiteral("\\\\"); break;
        case u';': out += QStringLiteral("\\;"); break;
        case u',': out += QStringLiteral("\\,"); break;
        case u'\n': out += QStringLiteral("\\n"); break;
        case u'\t': out += c; break;
        default:
            if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
                out += c;
        }
    }
    return out;
}

// RFC 5545 3.1: lines longer than 75 octets are folded (CRLF and a space); a UTF-8 character and
// an escape are never split.
void appendFolded(QByteArray &out, const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    qsizetype at = 0;
    qsizetype limit = 75;
    while (bytes.size() - at > limit) {
        qsizetype cut = at + limit;
        while (cut > at && (static_cast<unsigned char>(bytes.at(cut)) & 0xC0) == 0x80)
            --cut;
        // Nor an escape ("\n", "\,"): valid when split, but some readers stumble (review I1). An
        // odd run of backslashes before the cut means the last one starts an escape.
        qsizetype backslashes = 0;
        while (cut - backslashes - 1 > at && bytes.at(cut - backslashes - 1) == '\\')
            ++backslashes;
        if (backslashes % 2 == 1)
            --cut;
        out += bytes.mid(at, cut - at);
        out += "\r\n ";
        at = cut;
        limit = 74; // the leading space counts
    }
    out += bytes.mid(at);
    out += "\r\n";
}

QString icalStatus(PromiseStatus status)
{
    switch (status) {
    case PromiseStatus::Open: return QStringLiteral("NEEDS-ACTION");
    case PromiseStatus::Kept: return QStringLiteral("COMPLETED");
    case PromiseStatus::Cancelled: return QStringLiteral("CANCELLED");
    }
    return QStringLiteral("NEEDS-ACTION");
}

} // namespace

Result<CallReport> collectCallReport(const Journal &journal, const CallReportOptions &options, const QDateTime &now)
{
    Result<CallReport> result;
    CallReport &report = result.value;
    report.generated = now;
    report.since = options.since;
    report.until = options.until;
    report.redacted = options.redact;

    CallQuery query;
    query.since = options.since;
    query.until = options.until;
    query.text = options.text;
    query.outcome = options.outcome;
    query.includeTraining = false;
    query.limit = 0;
    auto calls = journal.calls(query);
    if (!calls.ok()) {
        result.error = calls.error;
        return result;
    }
    std::stable_sort(calls.value.begin(), calls.value.end(), [](const CallRecord &a, const CallRecord &b) {
        return a.started != b.started ? a.started < b.started : a.id < b.id;
    });
    report.calls.reserve(calls.value.size());
    for (CallRecord &call : calls.value) {
        if (call.training)
            continue; // never, even if the query were to return one
        CallReportEntry entry;
        auto timeline = journal.timeline(call.id);
        auto notes = journal.notes(call.id);
        PromiseQuery promiseQuery;
        promiseQuery.callId = call.id;
        auto promises = journal.promises(promiseQuery);
        for (const QString *error : {&timeline.error, &notes.error, &promises.error}) {
            if (!error->isEmpty()) {
                result.error = *error;
                return result;
            }
        }
        entry.call = std::move(call);
        entry.timeline = std::move(timeline.value);
        entry.notes = std::move(notes.value);
        entry.promises = std::move(promises.value);
        if (options.redact) {
            RedactionCounts &counts = report.redactions;
            entry.call.caseReference = redact(entry.call.caseReference, &counts);
            for (TimelineEvent &event : entry.timeline)
                event.detail = redact(event.detail, &counts);
            for (Note &note : entry.notes) {
                note.text = redact(note.text, &counts);
                for (QString &tag : note.tags)
                    tag = redact(tag, &counts);
            }
            for (Promise &promise : entry.promises) {
                promise.text = redact(promise.text, &counts);
                promise.caseReference = redact(promise.caseReference, &counts);
            }
        }
        report.calls.push_back(std::move(entry));
    }
    return result;
}

QByteArray callReportMarkdown(const CallReport &report)
{
    QString md;
    md.reserve(static_cast<qsizetype>(report.calls.size()) * 2000 + 1000);
    md += QStringLiteral("# Steadyline call report\n\n");
    md += QStringLiteral("- **Period:** %1\n").arg(periodText(report.since, report.until));
    md += QStringLiteral("- **Calls:** %1 (training calls are not included)\n").arg(report.calls.size());
    md += QStringLiteral("- **Generated:** %1 by %2\n").arg(fullTime(report.generated), generatorName());
    if (report.redacted) {
        md += QStringLiteral("- **Personal data masked:** %1\n").arg(redactionSummary(report.redactions));
        md += QStringLiteral("- **Not covered by masking:** %1\n").arg(redactionNotCovered());
    }
    md += QLatin1Char('\n');
    if (report.calls.empty())
        md += QStringLiteral("No calls were recorded in this period.\n");
    for (const CallReportEntry &entry : report.calls)
        appendCallMarkdown(md, entry);
    while (md.endsWith(QStringLiteral("\n\n")))
        md.chop(1);
    return md.toUtf8();
}

QByteArray callReportJson(const CallReport &report)
{
    Json root = Json::object();
    root["schemaVersion"] = kCallReportSchemaVersion;
    root["kind"] = "steadyline.callReport";
    root["generator"] = utf8(generatorName());
    root["generatedAt"] = timeJson(report.generated);
    root["period"] = Json{{"since", timeJson(report.since)}, {"until", timeJson(report.until)}};
    root["redacted"] = report.redacted;
    root["trainingCallsIncluded"] = false;
    root["callCount"] = report.calls.size();
    Json calls = Json::array();
    for (const CallReportEntry &entry : report.calls)
        calls.push_back(callJson(entry));
    root["calls"] = std::move(calls);
    return QByteArray::fromStdString(root.dump(2, ' ', false, Json::error_handler_t::replace) + '\n');
}

Result<PromiseExport> collectPromises(const Journal &journal, const PromiseExportOptions &options, const QDateTime &now)
{
    Result<PromiseExport> result;
    result.value.generated = now;
    PromiseQuery query;
    if (options.openOnly)
        query.status = PromiseStatus::Open;
    query.includeTraining = false;
    auto promises = journal.promises(query);
    if (!promises.ok()) {
        result.error = promises.error;
        return result;
    }
    result.value.promises = std::move(promises.value);
    if (options.redact) {
        for (Promise &promise : result.value.promises) {
            promise.text = redact(promise.text, &result.value.redactions);
            promise.caseReference = redact(promise.caseReference, &result.value.redactions);
        }
    }
    return result;
}

QByteArray promisesCsv(const PromiseExport &promises)
{
    QString csv = QStringLiteral("id,created,due,status,kept_at,case_reference,text,call_id\r\n");
    for (const Promise &p : promises.promises) {
        const QStringList fields{
            QString::number(p.id),  isoTimestamp(p.at),        isoTimestamp(p.due), promiseStatusName(p.status),
            isoTimestamp(p.keptAt), csvField(p.caseReference), csvField(p.text),    QString::number(p.callId)};
        csv += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

QString promiseUid(const Promise &promise)
{
    // The id alone repeats in another journal; with the moment it was made it names one promise.
    return QStringLiteral("steadyline-promise-%1-%2@steadyline.app")
        .arg(promise.id)
        .arg(promise.at.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'")));
}

QByteArray promisesICalendar(const PromiseExport &promises)
{
    QByteArray out;
    out.reserve(static_cast<qsizetype>(promises.promises.size()) * 600 + 200);
    appendFolded(out, QStringLiteral("BEGIN:VCALENDAR"));
    appendFolded(out, QStringLiteral("VERSION:2.0"));
    appendFolded(out, QStringLiteral("PRODID:-//Steadyline//%1//EN").arg(generatorName()));
    appendFolded(out, QStringLiteral("CALSCALE:GREGORIAN"));
    appendFolded(out, QStringLiteral("X-WR-CALNAME:Steadyline promises"));
    const QString stamp = utcStamp(promises.generated);
    for (const Promise &p : promises.promises) {
        appendFolded(out, QStringLiteral("BEGIN:VTODO"));
        appendFolded(out, QStringLiteral("UID:") + promiseUid(p));
        appendFolded(out, QStringLiteral("DTSTAMP:") + stamp);
        if (p.at.isValid())
            appendFolded(out, QStringLiteral("CREATED:") + utcStamp(p.at));
        if (p.due.isValid())
            appendFolded(out, QStringLiteral("DUE:") + utcStamp(p.due));
        const QString summary = p.caseReference.isEmpty() ? p.text : p.caseReference + QStringLiteral(": ") + p.text;
        appendFolded(out, QStringLiteral("SUMMARY:") + icalText(summary));
        QString description = QStringLiteral("Promised on %1 during call %2").arg(minuteTime(p.at)).arg(p.callId);
        if (!p.caseReference.isEmpty())
            description += QStringLiteral(" (case %1)").arg(p.caseReference);
        description += QStringLiteral(".\n\n") + p.text;
        appendFolded(out, QStringLiteral("DESCRIPTION:") + icalText(description));
        appendFolded(out, QStringLiteral("STATUS:") + icalStatus(p.status));
        if (p.status == PromiseStatus::Kept && p.keptAt.isValid()) {
            appendFolded(out, QStringLiteral("COMPLETED:") + utcStamp(p.keptAt));
            appendFolded(out, QStringLiteral("PERCENT-COMPLETE:100"));
        }
        appendFolded(out, QStringLiteral("END:VTODO"));
    }
    appendFolded(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace steadyline::journal
