#!/usr/bin/env python3
"""Reads Steadyline's exports back with parsers Steadyline did not write.

Builds the fixture journal (export_fixture, the same one the C++ tests use: see exportfixture.h),
runs the real `steadyline export` on it, then checks
  - the promises CSV with Python's csv module (RFC 4180: header, CRLF, quoting, UTF-8 text),
  - the promises .ics with Debian's python3-icalendar (VTODOs, UID, DUE in UTC, STATUS, COMPLETED,
    escaped text, folded lines),
  - the call report JSON with json (schemaVersion, calls, notes, promises, no training call),
  - the call report PDF with poppler's pdftotext (Polish, Czech and Russian text with every
    diacritic, case references, outcomes, no training call): made with no display at all.
Then it damages copies of the files in ways a broken exporter would, and makes sure each check
notices: a check that cannot fail proves nothing.

Usage: check_exports.py --steadyline BIN --fixture BIN
"""

import argparse
import copy
import csv
import datetime
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

try:
    import icalendar
except ImportError:
    sys.exit(
        "check_exports.py needs python3-icalendar (Debian: apt-get install python3-icalendar); "
        f"{sys.executable} cannot import it"
    )

UTC = datetime.timezone.utc
WARSAW_WINTER = datetime.timezone(datetime.timedelta(hours=1))

# What the fixture holds (tests/export/exportfixture.h).
PROMISE_OPEN = "Oddzwonię z decyzją, do 25 listopada; sprawdzę wniosek \\ skargę \"pilną\""
PROMISE_KEPT = "Wyślę potwierdzenie na jan.kowalski@example.pl"
PROMISE_CANCELLED = "Zavolám zpět zítra, řeknu výsledek"
PROMISE_RUSSIAN = ("Перезвоню клиенту с ответом юридического отдела по жалобе и уточню сроки рассмотрения "
                   "заявления")
PROMISE_NO_DUE = "Sprawdzić nagranie rozmowy\nz działem jakości"
POLISH_NOTE = "Klient krzyczy, obraża konsultanta; zażółć gęślą jaźń"
TRAINING = "TRAINING-ONLY"


def warsaw(day, hour, minute):
    return datetime.datetime(2026, 11, day, hour, minute, tzinfo=WARSAW_WINTER)


class CheckFailed(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise CheckFailed(message)


def expected_promises(ids):
    """id -> (text, case reference, due, status, call)"""
    return {
        ids["promiseOpen"]: (PROMISE_OPEN, "ZG-2026/0042", warsaw(25, 12, 0), "open", ids["polishCall"]),
        ids["promiseKept"]: (PROMISE_KEPT, "ZG-2026/0042", warsaw(24, 10, 0), "kept", ids["polishCall"]),
        ids["promiseCancelled"]: (PROMISE_CANCELLED, "CZ-7781", warsaw(25, 9, 0), "cancelled", ids["czechCall"]),
        ids["promiseRussian"]: (PROMISE_RUSSIAN, "RU-15", warsaw(27, 16, 45), "open", ids["russianCall"]),
        ids["promiseNoDue"]: (PROMISE_NO_DUE, "", None, "open", ids["russianCall"]),
    }


def wanted(ids, open_only):
    return {k: v for k, v in expected_promises(ids).items() if not open_only or v[3] == "open"}


# --- CSV ------------------------------------------------------------------------------------------

def check_csv(data, ids, open_only):
    expect(not data.startswith(b"\xef\xbb\xbf"), "CSV: starts with a byte order mark")
    expect(data.endswith(b"\r\n"), "CSV: the last record does not end in CRLF")
    try:
        text = data.decode("utf-8")
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except (UnicodeDecodeError, csv.Error) as error:
        raise CheckFailed(f"CSV: the csv module cannot read it: {error}")
    header = ["id", "created", "due", "status", "kept_at", "case_reference", "text", "call_id"]
    expect(rows and rows[0] == header, f"CSV: header is {rows[:1]}")
    # Every record ends in CRLF (line breaks inside quoted text are the text's own).
    outside = re.sub(r'"(?:[^"]|"")*"', "", text)
    expect("\n" not in outside.replace("\r\n", ""), "CSV: a line ends in LF alone")
    records = rows[1:]
    want = wanted(ids, open_only)
    expect(len(records) == len(want), f"CSV: {len(records)} promises, expected {len(want)}")
    seen = set()
    for record in records:
        expect(len(record) == 8, f"CSV: a record has {len(record)} fields: {record}")
        pid = int(record[0])
        expect(pid in want, f"CSV: unexpected promise {pid} (training or wrong status?)")
        seen.add(pid)
        text_, case, due, status, call = want[pid]
        expect(record[6] == text_, f"CSV: promise {pid} text {record[6]!r}, expected {text_!r}")
        expect(record[5] == case, f"CSV: promise {pid} case reference {record[5]!r}")
        expect(record[3] == status, f"CSV: promise {pid} status {record[3]!r}, expected {status}")
        expect(int(record[7]) == call, f"CSV: promise {pid} call {record[7]}")
        if due is None:
            expect(record[2] == "", f"CSV: promise {pid} has a due time {record[2]!r}")
        else:
            parsed = datetime.datetime.fromisoformat(record[2])
            expect(parsed == due and parsed.utcoffset() == due.utcoffset(),
                   f"CSV: promise {pid} due {record[2]}, expected {due.isoformat()}")
        created = datetime.datetime.fromisoformat(record[1])
        expect(created.utcoffset() is not None, f"CSV: promise {pid} created time has no UTC offset")
        if status == "kept":
            expect(datetime.datetime.fromisoformat(record[4]) == warsaw(24, 9, 40),
                   f"CSV: kept_at {record[4]!r}")
        else:
            expect(record[4] == "", f"CSV: promise {pid} not kept but kept_at {record[4]!r}")
    expect(seen == set(want), "CSV: promises missing")
    expect(TRAINING not in text, "CSV: the training call's promise was exported")


# --- iCalendar -------------------------------------------------------------------------------------

def check_ics(data, ids, open_only):
    physical = data.split(b"\r\n")
    expect(physical[-1] == b"", "ICS: does not end in CRLF")
    for line in physical[:-1]:
        expect(b"\n" not in line and b"\r" not in line, "ICS: a line ends in LF alone")
        expect(len(line) <= 75, f"ICS: a line of {len(line)} octets is not folded: {line[:40]!r}…")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            raise CheckFailed(f"ICS: a fold splits a UTF-8 character: {line!r}")
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except Exception as error:  # the parser's own complaint
        raise CheckFailed(f"ICS: python3-icalendar cannot read it: {error}")
    expect(calendar.name == "VCALENDAR", "ICS: not a VCALENDAR")
    expect(str(calendar.get("VERSION")) == "2.0", "ICS: VERSION is not 2.0")
    expect(str(calendar.get("PRODID", "")).startswith("-//Steadyline//"), "ICS: no PRODID")
    todos = list(calendar.walk("VTODO"))
    want = wanted(ids, open_only)
    expect(len(todos) == len(want), f"ICS: {len(todos)} VTODOs, expected {len(want)}")
    uids = set()
    statuses = {"open": "NEEDS-ACTION", "kept": "COMPLETED", "cancelled": "CANCELLED"}
    for todo in todos:
        uid = str(todo.get("UID"))
        match = re.fullmatch(r"steadyline-promise-(\d+)-\d{8}T\d{9}Z@steadyline\.app", uid)
        expect(match, f"ICS: UID {uid!r}")
        pid = int(match.group(1))
        expect(pid in want, f"ICS: unexpected promise {pid}")
        expect(uid not in uids, f"ICS: UID {uid} twice")
        uids.add(uid)
        text, case, due, status, _call = want[pid]
        summary = str(todo.get("SUMMARY"))
        expected_summary = f"{case}: {text}" if case else text
        expect(summary == expected_summary, f"ICS: SUMMARY {summary!r}, expected {expected_summary!r}")
        expect(str(todo.get("STATUS")) == statuses[status], f"ICS: promise {pid} STATUS {todo.get('STATUS')}")
        for name in ("DTSTAMP", "CREATED"):
            value = todo.get(name)
            expect(value is not None, f"ICS: promise {pid} has no {name}")
            expect(value.dt.tzinfo is not None and value.dt.utcoffset() == datetime.timedelta(0),
                   f"ICS: {name} of promise {pid} is not in UTC")
        raw_due = todo.get("DUE")
        if due is None:
            expect(raw_due is None, f"ICS: promise {pid} has a DUE")
        else:
            expect(raw_due is not None, f"ICS: promise {pid} has no DUE")
            expect(raw_due.to_ical().endswith(b"Z"), f"ICS: DUE of promise {pid} is not in UTC: {raw_due.to_ical()}")
            expect(raw_due.dt == due, f"ICS: promise {pid} DUE {raw_due.dt}, expected {due.astimezone(UTC)}")
        completed = todo.get("COMPLETED")
        if status == "kept":
            expect(completed is not None and completed.dt == warsaw(24, 9, 40),
                   f"ICS: kept promise {pid} COMPLETED {completed and completed.dt}")
        else:
            expect(completed is None, f"ICS: promise {pid} is not kept but has COMPLETED")
        description = str(todo.get("DESCRIPTION", ""))
        expect(text in description, f"ICS: DESCRIPTION of promise {pid} lacks its text")
    expect(TRAINING not in data.decode("utf-8"), "ICS: the training call's promise was exported")


# --- JSON -----------------------------------------------------------------------------------------

def check_json(data, ids, redacted=False):
    try:
        report = json.loads(data.decode("utf-8"))
    except ValueError as error:
        raise CheckFailed(f"JSON: not JSON: {error}")
    expect(report.get("schemaVersion") == 1, f"JSON: schemaVersion {report.get('schemaVersion')}")
    expect(report.get("kind") == "steadyline.callReport", "JSON: kind")
    expect(report.get("trainingCallsIncluded") is False, "JSON: trainingCallsIncluded")
    expect(report.get("redacted") is redacted, "JSON: redacted flag")
    calls = report.get("calls", [])
    order = [ids["polishCall"], ids["czechCall"], ids["russianCall"]]
    expect([c["id"] for c in calls] == order, f"JSON: calls {[c['id'] for c in calls]}, expected {order}")
    expect(report.get("callCount") == 3, "JSON: callCount")
    keys = ["id", "started", "ended", "durationMs", "channel", "formOfAddress", "caseReference", "locale", "outcome",
            "playbook", "timeline", "notes", "promises"]
    for call in calls:
        expect(list(call) == keys, f"JSON: call keys {list(call)}")
        started = datetime.datetime.fromisoformat(call["started"])
        expect(started.utcoffset() == datetime.timedelta(hours=1), "JSON: started without its UTC offset")
    polish, czech, russian = calls
    expect(polish["started"] == "2026-11-23T09:15:02.123+01:00", f"JSON: started {polish['started']}")
    expect(polish["durationMs"] == 239500, f"JSON: durationMs {polish['durationMs']}")
    expect(polish["outcome"] == "escalated" and czech["outcome"] == "resolved" and russian["outcome"] is None,
           "JSON: outcomes")
    expect(polish["playbook"] == {"id": "aggressive-caller-pl", "revision": 3,
                                  "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},
           f"JSON: playbook {polish['playbook']}")
    expect([e["kind"] for e in polish["timeline"]] == ["step_entered", "line_said", "countdown_started",
                                                       "final_action"], "JSON: timeline")
    expect(polish["notes"][0]["text"] == POLISH_NOTE and polish["notes"][0]["tags"] == ["insult"], "JSON: Polish note")
    expect(russian["notes"][0]["text"] == "Клиент угрожал жалобой в суд", "JSON: Russian note")
    expect(czech["notes"][0]["text"].startswith("Zákazník vyhrožoval, že přijde znovu"), "JSON: Czech note")
    statuses = sorted(p["status"] for c in calls for p in c["promises"])
    expect(statuses == ["cancelled", "kept", "open", "open", "open"], f"JSON: promise statuses {statuses}")
    personal = polish["notes"][1]["text"]
    if redacted:
        for secret in ("601 234 567", "jan.kowalski@example.pl", "4111", "PL61", "44051401359"):
            expect(secret not in data.decode("utf-8"), f"JSON: {secret} not masked")
        for label in ("[phone]", "[e-mail]", "[card]", "[IBAN]", "[PESEL]"):
            expect(label in personal, f"JSON: {label} missing")
        expect("zamówienie 12345678 z 2026-11-23 o 12:00, 60 zł" in personal, "JSON: redaction ate a date or amount")
    else:
        expect("+48 601 234 567" in personal, "JSON: note changed without --redact")
    expect(TRAINING not in data.decode("utf-8"), "JSON: the training call was exported")


# --- PDF ------------------------------------------------------------------------------------------

def pdf_text(data):
    """The text pdftotext reads from the PDF, with its lines joined by spaces."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        sys.exit("check_exports.py needs pdftotext (Debian: apt-get install poppler-utils)")
    expect(data.startswith(b"%PDF-"), "PDF: does not start with %PDF-")
    result = subprocess.run([pdftotext, "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, timeout=60)
    expect(result.returncode == 0,
           f"PDF: pdftotext cannot read it: {result.stderr.decode('utf-8', 'replace').strip()}")
    return " ".join(result.stdout.decode("utf-8").split())


def check_pdf(text):
    """`text` as pdf_text returns it."""
    for wanted_text in (POLISH_NOTE, "Zákazník vyhrožoval, že přijde znovu", "Клиент угрожал жалобой в суд",
                        " ".join(PROMISE_RUSSIAN.split()), " ".join(PROMISE_CANCELLED.split()),
                        "Steadyline call report", "ZG-2026/0042", "CZ-7781", "RU-15",
                        "Outcome: escalated to the manager / security", "Outcome: resolved",
                        "Outcome: not ended", "final action (escalate)"):
        expect(wanted_text in text, f"PDF: {wanted_text!r} is not in the text pdftotext reads")
    expect("Calls: 3" in text, "PDF: the number of calls")
    expect(TRAINING not in text, "PDF: the training call was exported")


# --- running the exports ----------------------------------------------------------------------------

def run(arguments, env):
    result = subprocess.run(arguments, env=env, capture_output=True, timeout=60)
    if result.returncode != 0:
        sys.exit(f"{' '.join(arguments)} failed ({result.returncode}): {result.stderr.decode('utf-8', 'replace')}")
    return result


def mutations_must_fail(name, check, data, mutations, *args):
    """Each damaged copy must be rejected."""
    for label, damage in mutations:
        damaged = damage(data)
        assert damaged != data, f"{name}: mutation '{label}' changed nothing"
        try:
            check(damaged, *args)
        except CheckFailed:
            continue
        sys.exit(f"{name}: the check did not notice: {label}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--steadyline", required=True)
    parser.add_argument("--fixture", required=True)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = os.path.join(tmp, "data")
        env = dict(os.environ)
        for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
            env.pop(name, None)
        env["TZ"] = "Europe/Warsaw"
        env["XDG_DATA_HOME"] = os.path.join(tmp, "xdg")
        ids = json.loads(run([args.fixture, data_dir], env).stdout)

        def export(*arguments):
            out = os.path.join(tmp, "out-" + "-".join(a.strip("-") for a in arguments))
            run([args.steadyline, "--data-dir", data_dir, "export", *arguments, "--out", out], env)
            expect(os.stat(out).st_mode & 0o777 == 0o600, f"{out} is not 0600")
            with open(out, "rb") as f:
                return f.read()

        files = {
            "csv-all": export("promises", "--status", "all", "--format", "csv"),
            "csv-open": export("promises", "--format", "csv"),
            "ics-all": export("promises", "--status", "all", "--format", "ics"),
            "ics-open": export("promises", "--status", "open", "--format", "ics"),
            "json": export("calls", "--format", "json"),
            "json-redacted": export("calls", "--format", "json", "--redact"),
            "pdf": export("calls", "--format", "pdf"),
        }
        try:
            check_csv(files["csv-all"], ids, False)
            check_csv(files["csv-open"], ids, True)
            check_ics(files["ics-all"], ids, False)
            check_ics(files["ics-open"], ids, True)
            check_json(files["json"], ids)
            check_json(files["json-redacted"], ids, redacted=True)
            pdf = pdf_text(files["pdf"])
            check_pdf(pdf)
        except CheckFailed as error:
            sys.exit(f"FAILED: {error}")

        # The checks must fail on what a broken exporter would write.
        def drop_last_record(d):
            return d[:d.rstrip(b"\r\n").rfind(b"\r\n") + 2]

        mutations_must_fail("CSV", check_csv, files["csv-all"], [
            ("a promise missing", drop_last_record),
            ("diacritics lost", lambda d: d.replace("ę".encode(), b"e")),
            ("wrong status", lambda d: d.replace(b",cancelled,", b",open,")),
            ("LF line ends", lambda d: d.replace(b"\r\n", b"\n")),
            ("quotes not doubled", lambda d: d.replace(b'""pil', b'"pil', 1)),
            ("due time shifted", lambda d: d.replace(b"2026-11-25T12:00:00.000+01:00", b"2026-11-25T12:00:00.000Z")),
        ], ids, False)
        ics_todo = re.compile(rb"BEGIN:VTODO\r\n.*?END:VTODO\r\n", re.S)
        mutations_must_fail("ICS", check_ics, files["ics-all"], [
            ("a VTODO missing", lambda d: ics_todo.sub(b"", d, count=1)),
            ("DUE an hour off", lambda d: d.replace(b"DUE:20261125T110000Z", b"DUE:20261125T120000Z")),
            ("DUE in local time", lambda d: d.replace(b"DUE:20261125T110000Z", b"DUE:20261125T120000")),
            ("wrong STATUS", lambda d: d.replace(b"STATUS:CANCELLED", b"STATUS:NEEDS-ACTION")),
            ("diacritics lost", lambda d: d.replace("ę".encode(), b"e")),
            ("an escaped comma written as a semicolon", lambda d: d.replace(b"decyzj\xc4\x85\\,", b"decyzj\xc4\x85\\;")),
            ("not folded", lambda d: d.replace(b"\r\n ", b"")),
            ("a fold inside a character", lambda d: d.replace("ю".encode(), b"\xd1\r\n \x8e", 1)),
            ("LF line ends", lambda d: d.replace(b"\r\n", b"\n")),
            ("duplicate UID", lambda d: re.sub(rb"UID:steadyline-promise-\d+-", b"UID:steadyline-promise-1-", d)),
        ], ids, False)

        def add_training_call(d):
            report = json.loads(d)
            extra = copy.deepcopy(report["calls"][0])
            extra["caseReference"] = TRAINING
            report["calls"].append(extra)
            return json.dumps(report).encode()

        mutations_must_fail("JSON", check_json, files["json"], [
            ("a training call", add_training_call),
            ("schemaVersion", lambda d: d.replace(b'"schemaVersion": 1', b'"schemaVersion": 2')),
            ("text mangled", lambda d: d.replace("jaźń".encode(), "jazn".encode())),
            ("offset dropped", lambda d: d.replace(b"2026-11-23T09:15:02.123+01:00", b"2026-11-23T09:15:02.123")),
        ], ids)
        mutations_must_fail("JSON (redacted)", check_json, files["json-redacted"], [
            ("a phone number left", lambda d: d.replace(b"[phone]", b"601 234 567", 1)),
        ], ids, True)

        mutations_must_fail("PDF", check_pdf, pdf, [
            ("diacritics lost", lambda t: t.replace("ż", "z")),
            ("Cyrillic lost", lambda t: t.replace("Клиент", "??????")),
            ("a call missing", lambda t: t.replace("CZ-7781", "")),
            ("an outcome missing", lambda t: t.replace("Outcome: resolved", "Outcome:")),
            ("a training call", lambda t: t + " " + TRAINING),
        ])

    print("exports read back: CSV (csv), iCalendar (python3-icalendar "
          f"{getattr(icalendar, '__version__', '?')}), JSON (json), PDF (pdftotext); every damaged copy was "
          "rejected")


if __name__ == "__main__":
    main()
