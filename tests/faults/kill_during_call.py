#!/usr/bin/env python3
"""SIGKILL of the real app in the middle of a call: nothing that was on screen for more than a
second may be lost. Runs steadyline under Xvfb, presses keys with xdotool as a consultant would,
kills the process with SIGKILL, then reads the journal with Python's own sqlite3 module.

Usage: kill_during_call.py STEADYLINE_BINARY
"""
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from xserver import XServer, find_window  # noqa: E402


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def xdotool(env, *args, check=True):
    return subprocess.run(["xdotool", *args], env=env, check=check, capture_output=True, text=True, timeout=30)


def start_app(binary, env, data_dir):
    app = subprocess.Popen([binary, "--data-dir", data_dir], env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    window = find_window(env, app)
    xdotool(env, "windowfocus", "--sync", window, check=False)
    time.sleep(0.5)
    return app, window


def main():
    binary = sys.argv[1]
    work = tempfile.mkdtemp(prefix="steadyline-kill-")
    data_dir = os.path.join(work, "data")
    config = os.path.join(work, "config", "Steadyline")
    os.makedirs(config)
    with open(os.path.join(config, "steadyline.conf"), "w", encoding="utf-8") as f:
        f.write("[call]\nlastPlaybook=aggressive-caller-pl\nlastAddress=formal_female\n"
                "[consultant]\ngender=female\n[countdown]\nsound=false\n")
    xvfb = XServer(screen="800x800x24")
    env = xvfb.environment(dict(os.environ, XDG_CONFIG_HOME=os.path.join(work, "config"), XDG_RUNTIME_DIR=work))
    try:
        app, window = start_app(binary, env, data_dir)
        xdotool(env, "key", "--window", window, "Return")        # start the call
        xdotool(env, "key", "--window", window, "F5")            # step 2
        xdotool(env, "key", "--window", window, "F8")            # the note field
        xdotool(env, "type", "--delay", "20", "Klient grozi, zamowienie 4411")
        xdotool(env, "key", "Return")                            # committed note
        xdotool(env, "type", "--delay", "20", "Pisane w chwili awarii")
        time.sleep(1.5)                                          # on screen for more than a second
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=10)

        database = os.path.join(data_dir, "journal.sqlite")
        with sqlite3.connect(database) as db:
            if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                fail("integrity_check is not ok")
            notes = [row[0] for row in db.execute("SELECT text FROM notes")]
            drafts = [row[0] for row in db.execute("SELECT text FROM drafts")]
            steps = [row[0] for row in db.execute("SELECT step_id FROM timeline WHERE kind='step_entered' ORDER BY id")]
        if notes != ["Klient grozi, zamowienie 4411"]:
            fail(f"the committed note is missing: {notes}")
        if drafts != ["Pisane w chwili awarii"]:
            fail(f"the text being typed is missing: {drafts}")
        if steps != ["help_offer", "boundary"]:
            fail(f"the steps entered are missing: {steps}")
        mode = os.stat(database).st_mode & 0o777
        if mode != 0o600:
            fail(f"the journal is readable by others: mode {oct(mode)}")

        # The next start finds the call and marks it interrupted.
        app, window = start_app(binary, env, data_dir)
        app.terminate()
        app.wait(timeout=10)
        with sqlite3.connect(database) as db:
            outcomes = [row[0] for row in db.execute("SELECT outcome FROM calls")]
            drafts = [row[0] for row in db.execute("SELECT text FROM drafts")]
        if outcomes != ["interrupted"]:
            fail(f"the killed call is not marked interrupted: {outcomes}")
        if drafts != ["Pisane w chwili awarii"]:
            fail(f"the draft did not survive the restart: {drafts}")
        print("ok: after SIGKILL the note, the typed text and the steps are in the journal; "
              "the next start marks the call interrupted")
    finally:
        xvfb.stop()


if __name__ == "__main__":
    main()
