#!/usr/bin/env python3
"""Plays shipped scenarios through the real `steadyline train` and checks the scores.

Usage: check_scenario_paths.py BINARY REPO_ROOT

Reads tests/training/scenario_paths.tsv (file, answers, score, max, passed, mistakes), runs
`BINARY train playbooks/scenarios/FILE --answers ANSWERS` for each row and compares the JSON it
prints with the row. Also checks that every shipped scenario has its best path (score = max,
passed) and at least one bad path (not passed) in the table, and that an answer the scenario does
not offer is refused with exit status 1.

Prints one line per check ("ok …" or "FAIL …" with the reasons) and exits 1 if any failed,
2 on wrong usage.
"""

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))
from checklist import Checklist  # noqa: E402

TABLE = Path(__file__).resolve().parent / "scenario_paths.tsv"
SCENARIOS_DIR = Path("playbooks/scenarios")
COLUMNS = ["file", "answers", "score", "max", "passed", "mistakes"]
# Waits are simulated; a run that takes this long is stuck.
TIMEOUT_SECONDS = 60

checks = Checklist()
report = checks.report


def read_table(path):
    """The rows as dicts; raises ValueError naming the line of a malformed row."""
    rows = []
    header_seen = False
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if not header_seen:
                if cells != COLUMNS:
                    raise ValueError(f"{path.name}:{number}: the header must be {' '.join(COLUMNS)}")
                header_seen = True
                continue
            if len(cells) != len(COLUMNS):
                raise ValueError(f"{path.name}:{number}: {len(cells)} columns, expected {len(COLUMNS)}")
            row = dict(zip(COLUMNS, cells))
            try:
                row["score"] = int(row["score"])
                row["max"] = int(row["max"])
            except ValueError:
                raise ValueError(f"{path.name}:{number}: score and max must be whole numbers") from None
            if row["passed"] not in ("true", "false"):
                raise ValueError(f"{path.name}:{number}: passed must be true or false")
            row["passed"] = row["passed"] == "true"
            row["mistakes"] = [] if row["mistakes"] == "-" else row["mistakes"].split(",")
            row["line"] = number
            rows.append(row)
    return rows


def train(binary, scenario, answers):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([binary, "train", str(scenario), "--answers", answers], capture_output=True,
                          text=True, encoding="utf-8", timeout=TIMEOUT_SECONDS, env=environment)


def check_row(binary, root, row):
    what = f"{row['file']} {row['answers']}"
    try:
        result = train(binary, root / SCENARIOS_DIR / row["file"], row["answers"])
    except subprocess.TimeoutExpired:
        report(False, what, [f"no answer within {TIMEOUT_SECONDS} s"])
        return
    if result.returncode != 0:
        report(False, what, [f"exit status {result.returncode}", f"stderr: {result.stderr.strip()}"])
        return
    try:
        got = json.loads(result.stdout)
        got_mistakes = [m["code"] for m in got["mistakes"]]
        got_values = {"score": got["score"], "max": got["max"], "passed": got["passed"]}
    except (json.JSONDecodeError, KeyError, TypeError) as e:
        report(False, what, [f"the output is not the result JSON ({e}):", result.stdout.strip()[:500]])
        return
    problems = [f"{key}: expected {json.dumps(row[key])}, got {json.dumps(value)}"
                for key, value in got_values.items() if value != row[key]]
    if Counter(got_mistakes) != Counter(row["mistakes"]):
        problems.append(f"mistakes: expected {','.join(sorted(row['mistakes'])) or '-'}, "
                        f"got {','.join(sorted(got_mistakes)) or '-'}")
    if problems:
        problems.append(f"table line {row['line']}; the run's mistakes:")
        problems += [f"  at '{m.get('turn')}': {m.get('code')} — {m.get('message')}" for m in got["mistakes"]]
    report(not problems, what, problems)


def check_coverage(root, rows):
    files = sorted(p.name for p in (root / SCENARIOS_DIR).glob("*.json"))
    report(bool(files), f"found {len(files)} shipped scenario(s)", [f"no *.json in {root / SCENARIOS_DIR}"])
    for name in files:
        own = [r for r in rows if r["file"] == name]
        best = any(r["passed"] and r["score"] == r["max"] for r in own)
        bad = any(not r["passed"] for r in own)
        missing = (["no row with score = max that passes"] if not best else []) + (
            ["no row that fails"] if not bad else [])
        report(not missing, f"{name} has its best path and a bad path in the table", missing)
    for row in rows:
        if row["file"] not in files:
            report(False, f"table line {row['line']} names a shipped scenario", [f"{row['file']} does not exist"])


def check_refused_answer(binary, root, rows):
    """An option id that is not offered at that point is an error with exit status 1."""
    if not rows:
        return
    scenario = root / SCENARIOS_DIR / rows[0]["file"]
    result = train(binary, scenario, "no-such-option")
    report(result.returncode == 1 and not result.stdout.strip() and result.stderr.strip(),
           "an answer the scenario does not offer is refused with exit status 1",
           [f"exit status {result.returncode}", f"stdout: {result.stdout.strip()[:300]}",
            f"stderr: {result.stderr.strip()[:300]}"])


def main(argv):
    if len(argv) != 3:
        print("usage: check_scenario_paths.py BINARY REPO_ROOT", file=sys.stderr)
        return 2
    binary, root = argv[1], Path(argv[2])
    try:
        rows = read_table(TABLE)
    except (OSError, UnicodeDecodeError, ValueError) as e:
        report(False, f"read {TABLE.name}", [str(e)])
        return 1
    check_coverage(root, rows)
    for row in rows:
        check_row(binary, root, row)
    check_refused_answer(binary, root, rows)
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
