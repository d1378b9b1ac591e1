#!/usr/bin/env python3
"""A single instance, with two (and more) real processes: a later start hands --start-call to the
running window and ends; a second call is refused while one runs; a plain later start only
raises the window; --rehearse FILE is handed over too; after SIGKILL the socket left behind does not block the next start; another
journal (--data-dir) is another instance.

Usage: single_instance_test.py STEADYLINE_BINARY
"""
import os
import signal
import sqlite3
import subprocess
import sys

from desktoptest import Sandbox, check, stop, wait_for

SCENARIOS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "playbooks", "scenarios")


def calls(data):
    with sqlite3.connect(os.path.join(data, "journal.sqlite")) as db:
        return [row for row in db.execute("SELECT channel, outcome FROM calls ORDER BY id")]


def later_start(binary, box, *args):
    return subprocess.run([binary, *args], env=box.env, capture_output=True, text=True, timeout=30)


def start_window(binary, box, data):
    listening = box.read_log().count("listens for later starts")
    app = subprocess.Popen([binary, "--data-dir", data], env=box.env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    wait_for(lambda: box.read_log().count("listens for later starts") > listening or app.poll() is not None,
             what="the window to listen")
    check(app.poll() is None, f"the window ended at once (status {app.returncode})")
    return app


def main():
    binary = sys.argv[1]
    box = Sandbox("steadyline-instance-")
    box.write_settings("[call]\nlastPlaybook=aggressive-caller-en\n[countdown]\nsound=false\n")
    data = os.path.join(box.root, "data")
    first = start_window(binary, box, data)
    try:
        result = later_start(binary, box, "--data-dir", data, "--start-call", "in_person")
        check(result.returncode == 0, f"--start-call in a later start: {result.returncode} {result.stderr!r}")
        check("started" in result.stdout, f"the later start does not say what happened: {result.stdout!r}")
        wait_for(lambda: calls(data) == [("in_person", None)], what="the call started by the later start")

        result = later_start(binary, box, f"--data-dir={data}", "--start-call", "phone")
        check(result.returncode == 1 and "in progress" in result.stderr and "--help" not in result.stderr,
              f"a second call during a call must be refused plainly: {result.returncode} {result.stderr!r}")
        check(calls(data) == [("in_person", None)], f"the refused call was recorded: {calls(data)}")

        result = later_start(binary, box, "--data-dir", data)
        check(result.returncode == 0 and "front" in result.stdout, f"a plain later start: {result.stdout!r}")
        check(first.poll() is None, "the first window ended")

        # A crash leaves the socket file behind; the next start must not be blocked by it. The
        # socket and the lock live in the journal's own folder, nothing in the runtime folder.
        socket = os.path.join(data, "steadyline.socket")
        check(os.path.exists(socket), f"no socket in the data folder: {os.listdir(data)}")
        check(not [n for n in os.listdir(box.runtime) if n.startswith("steadyline")],
              f"something in the runtime folder: {os.listdir(box.runtime)}")
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
        check(os.path.exists(socket), "the killed window's socket should be left")
        second = start_window(binary, box, data)
        try:
            result = later_start(binary, box, "--data-dir", data, "--start-call", "phone")
            check(result.returncode == 0, f"after a crash: {result.returncode} {result.stderr!r}")
            wait_for(lambda: [c[0] for c in calls(data)] == ["in_person", "phone"],
                     what="the call started after the restart")
            check(calls(data)[0][1] == "interrupted", f"the killed call is not marked interrupted: {calls(data)}")

            # Another journal is another window; a later start hands it --rehearse FILE, a path
            # relative to the later start's own folder.
            other_data = os.path.join(box.root, "other")
            other = start_window(binary, box, other_data)
            try:
                result = later_start(binary, box, "--data-dir", other_data, "--rehearse",
                                     os.path.join(box.root, "no-such-scenario.json"))
                check(result.returncode == 1 and "no-such-scenario.json" in result.stderr,
                      f"a missing scenario must be refused by name: {result.returncode} {result.stderr!r}")
                asked = box.read_log().count("a later start asked: start a rehearsal (done)")
                result = subprocess.run([binary, "--data-dir", other_data, "--rehearse", "calms-after-help-en.json"],
                                        env=box.env, capture_output=True, text=True, timeout=30, cwd=SCENARIOS)
                check(result.returncode == 0 and "rehearsal" in result.stdout,
                      f"--rehearse in a later start: {result.returncode} {result.stdout!r} {result.stderr!r}")
                wait_for(lambda: box.read_log().count("a later start asked: start a rehearsal (done)") > asked,
                         what="the running window to start the rehearsal")
                check(other.poll() is None, "the window ended after the rehearsal was handed over")
                # While it runs, another one is refused plainly.
                result = later_start(binary, box, "--data-dir", other_data, "--rehearse",
                                     os.path.join(SCENARIOS, "calms-after-help-en.json"))
                check(result.returncode == 1 and "Finish" in result.stderr,
                      f"a second rehearsal during one must be refused: {result.returncode} {result.stderr!r}")
            finally:
                stop(other)
        finally:
            stop(second)
    finally:
        stop(first)
    print("ok: later starts hand over --start-call and --rehearse, a second call is refused, a stale socket does not block")


if __name__ == "__main__":
    main()
