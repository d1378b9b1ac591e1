#!/usr/bin/env python3
"""Checks playbooks/schema/playbook.schema.json and the playbooks it describes.

Usage: check_schema.py REPO_ROOT

1. The schema itself is a valid JSON Schema (draft 2020-12).
2. Every playbooks/*.json and docs/examples/*.json validates against it; a "$schema" member, if
   present, points at the schema file (so editors find it).
3. Deliberately wrong playbooks built below are rejected, each at the place it is wrong, so this
   test fails if the schema stops checking something; variants the parser accepts are accepted.
4. docs/playbook-format.md embeds docs/examples/example-playbook.json unchanged and lists every
   diagnostic code the C++ parser, checker and loader can emit.

Prints one line per check ("ok …" or "FAIL …" with the reasons) and exits 1 if any failed,
2 on wrong usage or a missing dependency.
"""

import copy
import json
import os
import re
import sys
from pathlib import Path

from schemacheck import Draft202012Validator, describe, errors_of, json_path, load_json

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))
from checklist import Checklist  # noqa: E402

SCHEMA_PATH = Path("playbooks/schema/playbook.schema.json")
DOC_PATH = Path("docs/playbook-format.md")
EXAMPLE_PATH = Path("docs/examples/example-playbook.json")
EXAMPLE_MARKER = "<!-- example-playbook.json:"
# Where the C++ code emits diagnostics; every kebab-case string literal there is a diagnostic code.
DIAGNOSTIC_SOURCES = ["src/core/playbook/*.cpp", "src/core/json/objectreader.h", "src/core/json/*.cpp"]

checks = Checklist()
report = checks.report


# A small valid playbook the wrong documents below are derived from.
BASE = {
    "schemaVersion": 1,
    "id": "schema-test",
    "revision": 1,
    "baseLocale": "pl",
    "locales": ["pl", "en"],
    "title": {"pl": "Test", "en": "Test"},
    "initialStep": "start",
    "events": [{"id": "next", "label": "Dalej"}],
    "globalTransitions": [{"event": "next", "to": "end", "except": ["end"], "when": {"channel": "phone"}}],
    "steps": [
        {
            "id": "start",
            "label": "1",
            "title": "Początek",
            "say": ["Jestem tu, aby {address:Panu|Pani} pomóc. Będę {agent:zmuszony|zmuszona}… {{ok}}"],
            "tips": ["{agentName}, {caseRef}"],
            "on": [{"event": "next", "to": "wait"}],
            "actions": [
                {"type": "log_event", "event": "started", "note": "Notatka"},
                {"type": "request_promise", "prompt": "Zapisz obietnicę."},
                {"type": "notify_supervisor", "reason": "abuse", "urgent": True},
            ],
        },
        {
            "id": "wait",
            "label": "3½",
            "title": "Czekaj",
            "timer": {
                "minMs": 5000,
                "maxMs": 10000,
                "defaultMs": 7000,
                "onExpiry": [{"to": "end", "when": {"channel": "phone"}}, {"to": "end", "when": {"channel": "in_person"}}],
            },
        },
        {"id": "end", "label": "✓", "title": "Koniec", "final": True,
         "actions": [{"type": "end_call", "outcome": "resolved"}]},
    ],
}


def step(doc, step_id):
    return next(s for s in doc["steps"] if s["id"] == step_id)


# (name, change to BASE, path at which the schema must report an error)
WRONG = [
    ("unknown member at the top level", lambda d: d.update(author="Ewa"), []),
    ("unknown member in a step (typo 'tittle')", lambda d: step(d, "start").update(tittle="x"), ["steps", 0]),
    ("'$schema' below the top level", lambda d: step(d, "start").update({"$schema": "x"}), ["steps", 0]),
    ("missing required member 'initialStep'", lambda d: d.pop("initialStep"), []),
    ("schemaVersion 2", lambda d: d.update(schemaVersion=2), ["schemaVersion"]),
    ("playbook id with upper-case letters", lambda d: d.update(id="Schema-Test"), ["id"]),
    ("revision 0", lambda d: d.update(revision=0), ["revision"]),
    ("locale 'pl_PL'", lambda d: d["locales"].append("pl_PL"), ["locales", 2]),
    ("step id with a hyphen", lambda d: step(d, "start").update(id="start-1"), ["steps", 0, "id"]),
    ("empty 'steps'", lambda d: d.update(steps=[]), ["steps"]),
    ("blank step label", lambda d: step(d, "start").update(label=" "), ["steps", 0, "label"]),
    ("text object with no texts", lambda d: d.update(title={}), ["title"]),
    ("text with a bad locale key", lambda d: d.update(title={"PL": "Test"}), ["title"]),
    ("blank text", lambda d: step(d, "start").update(title="  "), ["steps", 0, "title"]),
    ("unknown placeholder {name}", lambda d: step(d, "start")["say"].append("Dzień dobry, {name}."),
     ["steps", 0, "say", 1]),
    ("placeholder with one form", lambda d: step(d, "start")["say"].append("{address:Panu}"), ["steps", 0, "say", 1]),
    ("channel placeholder with one form", lambda d: step(d, "start")["say"].append("{channel:hovor}"),
     ["steps", 0, "say", 1]),
    ("spaces inside a placeholder's braces", lambda d: step(d, "start")["say"].append("{ agent : pomohl|pomohla }"),
     ["steps", 0, "say", 1]),
    ("lone closing brace", lambda d: step(d, "start")["tips"].append("a } b"), ["steps", 0, "tips", 1]),
    ("string timer duration", lambda d: step(d, "wait")["timer"].update(minMs="5000"), ["steps", 1, "timer", "minMs"]),
    ("timer duration below 1000 ms", lambda d: step(d, "wait")["timer"].update(minMs=999), ["steps", 1, "timer", "minMs"]),
    ("timer duration above 300000 ms", lambda d: step(d, "wait")["timer"].update(maxMs=300001),
     ["steps", 1, "timer", "maxMs"]),
    ("timer without defaultMs", lambda d: step(d, "wait")["timer"].pop("defaultMs"), ["steps", 1, "timer"]),
    ("expiry target with an event", lambda d: step(d, "wait")["timer"]["onExpiry"][0].update(event="next"),
     ["steps", 1, "timer", "onExpiry", 0]),
    ("unknown guard 'hour'", lambda d: d["globalTransitions"][0]["when"].update(hour=8),
     ["globalTransitions", 0, "when"]),
    ("unknown channel 'email'", lambda d: d["globalTransitions"][0]["when"].update(channel="email"),
     ["globalTransitions", 0, "when", "channel"]),
    ("'except' in a step transition", lambda d: step(d, "start")["on"][0].update({"except": []}),
     ["steps", 0, "on", 0]),
    ("'final' as a string", lambda d: step(d, "end").update(final="true"), ["steps", 2, "final"]),
    ("unknown action type", lambda d: step(d, "start")["actions"].append({"type": "send_sms", "text": "x"}),
     ["steps", 0, "actions", 3, "type"]),
    ("action without a type", lambda d: step(d, "start")["actions"].append({"event": "x"}), ["steps", 0, "actions", 3]),
    ("log_event without its event", lambda d: step(d, "start")["actions"][0].pop("event"), ["steps", 0, "actions", 0]),
    ("parameter of another action", lambda d: step(d, "start")["actions"][0].update(urgent=True),
     ["steps", 0, "actions", 0]),
    ("notify_supervisor with urgent 'yes'", lambda d: step(d, "start")["actions"][2].update(urgent="yes"),
     ["steps", 0, "actions", 2, "urgent"]),
    ("end_call outcome 'interrupted'", lambda d: step(d, "end")["actions"][0].update(outcome="interrupted"),
     ["steps", 2, "actions", 0, "outcome"]),
]


# Changes the parser accepts, so the schema must accept them too (it must not be stricter).
ALLOWED = [
    ("an empty 'events' list", lambda d: d.update(events=[])),
    ("a '$schema' at the top level", lambda d: d.update({"$schema": "schema/playbook.schema.json"})),
    ("a playbook id with '.', '_' and '-'", lambda d: d.update(id="0.team_a-3.5")),
    ("a regional locale", lambda d: d["locales"].append("en-GB")),
    ("an empty guard", lambda d: d["globalTransitions"][0].update(when={})),
    ("texts with empty forms, a form of two words and a meant slash {/}",
     lambda d: step(d, "start")["say"].append("{address:pan Novák|}{agent:|a} {caseRef} 24{/}7")),
    ("a channel placeholder", lambda d: step(d, "start")["say"].append("Děkuji za {channel:hovor|rozhovor}.")),
    ("timer durations at the limits", lambda d: step(d, "wait")["timer"].update(minMs=1000, maxMs=300000)),
    ("end_call outcome 'caller_hung_up'", lambda d: step(d, "end")["actions"][0].update(outcome="caller_hung_up")),
]


def check_wrong_documents(validator):
    base_errors = errors_of(validator, BASE)
    report(not base_errors, "built-in valid playbook is accepted", [describe(e) for e in base_errors])
    if base_errors:
        return
    for name, change in ALLOWED:
        doc = copy.deepcopy(BASE)
        change(doc)
        errors = errors_of(validator, doc)
        report(not errors, f"accepts: {name}", [describe(e) for e in errors])
    for name, change, where in WRONG:
        doc = copy.deepcopy(BASE)
        change(doc)
        errors = errors_of(validator, doc)
        if not errors:
            report(False, f"rejects: {name}", ["the schema accepted it"])
            continue
        at_place = [e for e in errors if list(e.absolute_path)[: len(where)] == where]
        report(bool(at_place), f"rejects: {name}",
               [f"expected an error at {json_path(where)}, got:"] + [describe(e) for e in errors])


def check_files(root, validator, schema_file):
    files = sorted((root / "playbooks").glob("*.json")) + sorted((root / "docs" / "examples").glob("*.json"))
    report(bool(files), f"found {len(files)} playbook file(s) to check",
           [f"no *.json in {root / 'playbooks'} or {root / 'docs' / 'examples'}; is {root} the repository root?"])
    for path in files:
        name = path.relative_to(root).as_posix()
        try:
            document = load_json(path)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            report(False, name, [f"cannot read it as JSON: {e}"])
            continue
        problems = [describe(e) for e in errors_of(validator, document)]
        reference = document.get("$schema") if isinstance(document, dict) else None
        if isinstance(reference, str) and "://" not in reference:
            target = (path.parent / reference).resolve()
            if target != schema_file.resolve():
                wanted = Path(os.path.relpath(schema_file, path.parent)).as_posix()
                problems.append(f'"$schema": "{reference}" does not lead to {SCHEMA_PATH}, so editors show no help; '
                                f'write "{wanted}"')
        report(not problems, name, problems)


def check_doc(root):
    doc_file = root / DOC_PATH
    try:
        doc = doc_file.read_text(encoding="utf-8")
        example = (root / EXAMPLE_PATH).read_text(encoding="utf-8")
    except OSError as e:
        report(False, f"{DOC_PATH} and {EXAMPLE_PATH} exist", [str(e)])
        return
    match = re.search(re.escape(EXAMPLE_MARKER) + r"[^\n]*\n```json\n(.*?)\n```", doc, re.S)
    if not match:
        report(False, f"{DOC_PATH} embeds {EXAMPLE_PATH}",
               [f"no ```json block after a line starting with {EXAMPLE_MARKER}"])
    else:
        same = match.group(1).strip("\n") == example.strip("\n")
        report(same, f"{DOC_PATH} embeds {EXAMPLE_PATH} unchanged",
               ["the complete example in the doc differs from the file; copy the file into the doc"])

    emitted = set()
    for pattern in DIAGNOSTIC_SOURCES:
        for source in root.glob(pattern):
            emitted |= set(re.findall(r'QStringLiteral\("([a-z0-9]+(?:-[a-z0-9]+)+)"\)', source.read_text(encoding="utf-8")))
    # Codes are the first cell of a table row: | `code` | severity | …
    documented = set(re.findall(r"^\|\s*`([a-z0-9]+(?:-[a-z0-9]+)+)`\s*\|\s*(?:error|warning)\s*\|", doc, re.M))
    report(bool(emitted), f"found {len(emitted)} diagnostic code(s) in the C++ sources",
           [f"no codes in {', '.join(DIAGNOSTIC_SOURCES)}"])
    undocumented = sorted(emitted - documented)
    stale = sorted(documented - emitted)
    report(not undocumented and not stale, f"{DOC_PATH} lists every diagnostic code ({len(documented)})",
           [f"emitted by the C++ code but not in the table: {', '.join(undocumented)}"] * bool(undocumented)
           + [f"in the table but no longer emitted: {', '.join(stale)}"] * bool(stale))


def main(argv):
    if len(argv) != 2:
        print("usage: check_schema.py REPO_ROOT", file=sys.stderr)
        return 2
    root = Path(argv[1])
    schema_file = root / SCHEMA_PATH
    try:
        schema = load_json(schema_file)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        report(False, SCHEMA_PATH.as_posix(), [f"cannot read it: {e}"])
        return 1
    try:
        Draft202012Validator.check_schema(schema)
        problems = []
    except Exception as e:  # jsonschema.exceptions.SchemaError
        problems = [str(e).splitlines()[0]]
    if schema.get("$schema") != "https://json-schema.org/draft/2020-12/schema":
        problems.append('"$schema" must be "https://json-schema.org/draft/2020-12/schema"')
    if not schema.get("$id"):
        problems.append('the schema has no "$id"')
    report(not problems, f"{SCHEMA_PATH.as_posix()} is a valid draft 2020-12 schema", problems)
    if problems:
        return 1
    validator = Draft202012Validator(schema)

    check_files(root, validator, schema_file)
    check_wrong_documents(validator)
    check_doc(root)

    return checks.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
