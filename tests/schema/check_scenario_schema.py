#!/usr/bin/env python3
"""Checks playbooks/schema/scenario.schema.json and the training scenarios it describes.

Usage: check_scenario_schema.py REPO_ROOT

1. The schema itself is a valid JSON Schema (draft 2020-12) with an "$id".
2. Every playbooks/scenarios/*.json validates against it, and its "$schema" member points at the
   schema file (so editors find it).
3. Deliberately wrong scenarios built below are rejected, each at the place it is wrong, so this
   test fails if the schema stops checking something; variants the format allows are accepted.

Prints one line per check ("ok …" or "FAIL …" with the reasons) and exits 1 if any failed,
2 on wrong usage or a missing dependency.
"""

import copy
import json
import os
import sys
from pathlib import Path

from schemacheck import Draft202012Validator, describe, errors_of, json_path, load_json

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))
from checklist import Checklist  # noqa: E402

SCHEMA_PATH = Path("playbooks/schema/scenario.schema.json")
SCENARIOS_DIR = Path("playbooks/scenarios")
# Enough shipped scenarios to cover the four languages; fewer means files went missing.
MINIMUM_SCENARIOS = 8

checks = Checklist()
report = checks.report


# A small valid scenario the wrong documents below are derived from: one turn at step 1 with a
# line to say, one turn in the countdown, and two endings.
BASE = {
    "kind": "scenario",
    "schemaVersion": 1,
    "id": "schema-test-pl",
    "revision": 1,
    "language": "pl",
    "title": "Test",
    "difficulty": "beginner",
    "briefing": "Klient krzyczy.",
    "goals": ["Krok 1."],
    "playbook": {"id": "aggressive-caller-pl", "minRevision": 1},
    "call": {"channel": "phone", "address": "formal_female"},
    "start": "opening",
    "passMark": 70,
    "expect": {"countdown": True},
    "turns": [
        {
            "id": "opening",
            "step": "help_offer",
            "caller": {"tone": "shouting", "line": "Co wy tam robicie?!"},
            "options": [
                {"id": "offer_help", "say": "Jestem tu po to, aby {address:Panu|Pani} pomóc.", "points": 2,
                 "feedback": "Krok 1.", "next": "wait"},
                {"id": "next_step", "event": "no_change", "points": 1, "feedback": "Będę {agent:zmuszony|zmuszona}…",
                 "next": "wait"},
            ],
        },
        {
            "id": "wait",
            "step": "countdown",
            "caller": {"tone": "silent", "line": ""},
            "onTimer": "hung-up",
            "options": [{"id": "act_now", "endCall": True, "points": -1, "feedback": "Odczekaj.", "next": "hung-up"}],
        },
    ],
    "endings": [
        {"id": "hung-up", "outcome": "ended_by_consultant", "text": "Rozmowa zakończona."},
        {"id": "resolved", "outcome": "resolved", "text": "Sprawa załatwiona."},
    ],
}


def turn(doc, turn_id):
    return next(t for t in doc["turns"] if t["id"] == turn_id)


def option(doc, turn_id, option_id):
    return next(o for o in turn(doc, turn_id)["options"] if o["id"] == option_id)


# (name, change to BASE, path at which the schema must report an error)
WRONG = [
    ("unknown member at the top level", lambda d: d.update(author="Ewa"), []),
    ("missing 'kind'", lambda d: d.pop("kind"), []),
    ("kind 'playbook'", lambda d: d.update(kind="playbook"), ["kind"]),
    ("schemaVersion 2", lambda d: d.update(schemaVersion=2), ["schemaVersion"]),
    ("scenario id with '_'", lambda d: d.update(id="calms_after_help"), ["id"]),
    ("scenario id with upper-case letters", lambda d: d.update(id="Calms-after-help"), ["id"]),
    ("revision 0", lambda d: d.update(revision=0), ["revision"]),
    ("language 'pl_PL'", lambda d: d.update(language="pl_PL"), ["language"]),
    ("difficulty 'easy'", lambda d: d.update(difficulty="easy"), ["difficulty"]),
    ("empty goals", lambda d: d.update(goals=[]), ["goals"]),
    ("blank briefing", lambda d: d.update(briefing="  "), ["briefing"]),
    ("playbook without minRevision", lambda d: d["playbook"].pop("minRevision"), ["playbook"]),
    ("playbook minRevision 0", lambda d: d["playbook"].update(minRevision=0), ["playbook", "minRevision"]),
    ("channel 'email'", lambda d: d["call"].update(channel="email"), ["call", "channel"]),
    ("address 'informal'", lambda d: d["call"].update(address="informal"), ["call", "address"]),
    ("passMark 101", lambda d: d.update(passMark=101), ["passMark"]),
    ("passMark -1", lambda d: d.update(passMark=-1), ["passMark"]),
    ("passMark as a string", lambda d: d.update(passMark="70"), ["passMark"]),
    ("unknown expectation", lambda d: d["expect"].update(apology=True), ["expect"]),
    ("expectation as a string", lambda d: d["expect"].update(promise="yes"), ["expect", "promise"]),
    ("empty turns", lambda d: d.update(turns=[]), ["turns"]),
    ("empty endings", lambda d: d.update(endings=[]), ["endings"]),
    ("turn without options", lambda d: turn(d, "opening").update(options=[]), ["turns", 0, "options"]),
    ("turn without a step", lambda d: turn(d, "opening").pop("step"), ["turns", 0]),
    ("step id with '-'", lambda d: turn(d, "opening").update(step="help-offer"), ["turns", 0, "step"]),
    ("unknown tone 'angry'", lambda d: turn(d, "opening")["caller"].update(tone="angry"),
     ["turns", 0, "caller", "tone"]),
    ("caller without a line", lambda d: turn(d, "opening")["caller"].pop("line"), ["turns", 0, "caller"]),
    ("unknown member in a turn", lambda d: turn(d, "opening").update(timeout=5000), ["turns", 0]),
    ("option with no action", lambda d: option(d, "opening", "offer_help").pop("say"), ["turns", 0, "options", 0]),
    ("option with two actions (say and event)", lambda d: option(d, "opening", "offer_help").update(event="calmed"),
     ["turns", 0, "options", 0]),
    ("option with two actions (endCall and note)",
     lambda d: option(d, "wait", "act_now").update(note="Godzina i przebieg."), ["turns", 1, "options", 0]),
    ("endCall false", lambda d: option(d, "wait", "act_now").update(endCall=False),
     ["turns", 1, "options", 0, "endCall"]),
    ("option without feedback", lambda d: option(d, "opening", "offer_help").pop("feedback"),
     ["turns", 0, "options", 0]),
    ("option without next", lambda d: option(d, "opening", "offer_help").pop("next"), ["turns", 0, "options", 0]),
    ("fractional points", lambda d: option(d, "opening", "offer_help").update(points=1.5),
     ["turns", 0, "options", 0, "points"]),
    ("option id with ','", lambda d: option(d, "opening", "offer_help").update(id="offer,help"),
     ["turns", 0, "options", 0, "id"]),
    ("apology as a string", lambda d: option(d, "opening", "offer_help").update(apology="true"),
     ["turns", 0, "options", 0, "apology"]),
    ("unknown option member 'critical'", lambda d: option(d, "opening", "offer_help").update(critical=True),
     ["turns", 0, "options", 0]),
    ("unknown placeholder {name}", lambda d: option(d, "opening", "offer_help").update(say="Dzień dobry, {name}."),
     ["turns", 0, "options", 0, "say"]),
    ("placeholder with one form", lambda d: option(d, "opening", "offer_help").update(say="{address:Panu} pomogę."),
     ["turns", 0, "options", 0, "say"]),
    ("spaces inside a placeholder's braces",
     lambda d: option(d, "opening", "offer_help").update(say="{ address : Panu|Pani } pomogę."),
     ["turns", 0, "options", 0, "say"]),
    ("ending outcome 'interrupted'", lambda d: d["endings"][0].update(outcome="interrupted"),
     ["endings", 0, "outcome"]),
    ("ending without text", lambda d: d["endings"][0].pop("text"), ["endings", 0]),
    ("'$schema' below the top level", lambda d: turn(d, "opening").update({"$schema": "x"}), ["turns", 0]),
]


# Variants the format allows, so the schema must accept them too (it must not be stricter).
ALLOWED = [
    ("no 'expect' at all", lambda d: d.pop("expect")),
    ("every expectation", lambda d: d.update(expect={"promise": True, "note": True, "countdown": False,
                                                     "problemAddressed": True})),
    ("a '$schema' at the top level", lambda d: d.update({"$schema": "../schema/scenario.schema.json"})),
    ("passMark 0", lambda d: d.update(passMark=0)),
    ("passMark 100", lambda d: d.update(passMark=100)),
    ("a silent caller with an empty line", lambda d: turn(d, "opening")["caller"].update(line="", tone="silent")),
    ("each remaining action", lambda d: turn(d, "wait")["options"].extend([
        {"id": "promise", "promise": "Oddzwonię do {address:Pana|Pani} jutro.", "points": 1, "feedback": "Tak.",
         "next": "resolved"},
        {"id": "note", "note": "Godzina i przebieg rozmowy.", "points": 1, "feedback": "Tak.", "next": "resolved"},
        {"id": "stop", "stopCountdown": True, "points": -2, "feedback": "Nie.", "next": "resolved"},
    ])),
    ("negative and zero points, all flags", lambda d: option(d, "opening", "offer_help").update(
        points=0, apology=True, promiseMade=False, addressesProblem=True)),
    ("ids with '-', '_' and digits", lambda d: option(d, "opening", "offer_help").update(id="offer-help_2")),
    ("a regional language", lambda d: d.update(language="en-GB")),
    ("an in-person call with a male caller", lambda d: d.update(call={"channel": "in_person",
                                                                      "address": "formal_male"})),
    ("literal braces", lambda d: d.update(briefing="Klient pisze {{tak}}.")),
]


def check_documents(validator):
    base_errors = errors_of(validator, BASE)
    report(not base_errors, "built-in valid scenario is accepted", [describe(e) for e in base_errors])
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
    files = sorted((root / SCENARIOS_DIR).glob("*.json"))
    report(len(files) >= MINIMUM_SCENARIOS, f"found {len(files)} scenario file(s) to check",
           [f"expected at least {MINIMUM_SCENARIOS} in {root / SCENARIOS_DIR}; is {root} the repository root?"])
    for path in files:
        name = path.relative_to(root).as_posix()
        try:
            document = load_json(path)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            report(False, name, [f"cannot read it as JSON: {e}"])
            continue
        problems = [describe(e) for e in errors_of(validator, document)]
        reference = document.get("$schema") if isinstance(document, dict) else None
        wanted = Path(os.path.relpath(schema_file, path.parent)).as_posix()
        if not isinstance(reference, str):
            problems.append(f'no "$schema" member; write "{wanted}" so editors show help')
        elif "://" not in reference and (path.parent / reference).resolve() != schema_file.resolve():
            problems.append(f'"$schema": "{reference}" does not lead to {SCHEMA_PATH}; write "{wanted}"')
        if isinstance(document, dict) and document.get("id") and f"{document['id']}.json" != path.name:
            problems.append(f"the file name should be the scenario id: {document['id']}.json")
        report(not problems, name, problems)


def main(argv):
    if len(argv) != 2:
        print("usage: check_scenario_schema.py REPO_ROOT", file=sys.stderr)
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
    check_documents(validator)

    return checks.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
