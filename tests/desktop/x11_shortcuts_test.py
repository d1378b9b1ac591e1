#!/usr/bin/env python3
"""Global shortcuts on X11, as beside a softphone: the app runs under Xvfb, another window
(xmessage, standing in for the softphone) has the focus, and xdotool presses the global keys.
The journal must show the steps taken; the note typed after the global "new note" key must be
saved; and the log must not contain the note.

Usage: x11_shortcuts_test.py STEADYLINE_BINARY
"""
import os
import sqlite3
import subprocess
import sys
import time

from desktoptest import Sandbox, check, fail, stop, wait_for

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from xserver import XServer, find_window  # noqa: E402

NOTE = "Klient podal numer 4411 9000"


def xdotool(env, *args, check_result=True):
    return subprocess.run(["xdotool", *args], env=env, check=check_result, capture_output=True, text=True,
                          timeout=30)


def query(data, sql):
    with sqlite3.connect(os.path.join(data, "journal.sqlite")) as db:
        return [row[0] for row in db.execute(sql)]


def steps(data):
    return query(data, "SELECT step_id FROM timeline WHERE kind='step_entered' ORDER BY id")


def hand(data):
    return query(data, "SELECT kind FROM timeline WHERE kind LIKE 'hand_%' ORDER BY id")


def focused(env):
    return xdotool(env, "getwindowfocus", check_result=False).stdout.strip()


def main():
    binary = sys.argv[1]
    box = Sandbox("steadyline-x11keys-")
    box.write_settings("[call]\nlastPlaybook=aggressive-caller-pl\nlastAddress=formal_female\n"
                       "[countdown]\nsound=false\n")
    data = os.path.join(box.root, "data")
    xvfb = XServer()
    env = xvfb.environment(box.env)
    app = softphone = None
    try:
        app = subprocess.Popen([binary, "--data-dir", data], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
        window = find_window(env, app)
        wait_for(lambda: box.read_log().count("grabbed on X11") == 5, what="the five global shortcuts")
        wait_for(lambda: query(data, "SELECT 1 FROM sqlite_master WHERE name='calls'"), what="the journal")

        subprocess.run([binary, "--data-dir", data, "--start-call", "phone"], env=env, timeout=30, check=True,
                       capture_output=True)
        wait_for(lambda: steps(data) == ["help_offer"], what="the call started by --start-call")

        # The softphone takes the focus.
        softphone = subprocess.Popen(["xmessage", "-geometry", "300x100+600+500", "Softphone: call 00:42"],
                                     env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        phone = xdotool(env, "search", "--sync", "--name", "^xmessage$").stdout.split()[0]
        xdotool(env, "windowfocus", "--sync", phone, check_result=False)
        time.sleep(0.3)
        check(focused(env) != window, "the softphone does not have the focus")

        # Next step, while the softphone has the focus; held for a while (auto-repeat): one step only.
        xdotool(env, "keydown", "ctrl+shift+F5")
        time.sleep(1.5)
        xdotool(env, "keyup", "ctrl+shift+F5")
        wait_for(lambda: steps(data) == ["help_offer", "boundary"], what="step 2 by the global key")
        time.sleep(0.5)
        check(steps(data) == ["help_offer", "boundary"], f"a held key took more than one step: {steps(data)}")
        xdotool(env, "key", "ctrl+shift+F5")
        wait_for(lambda: len(steps(data)) == 3, what="step 3 by the global key")
        xdotool(env, "key", "ctrl+shift+F7")  # start the countdown (3 → 3½)
        wait_for(lambda: len(steps(data)) == 4, what="the countdown started by the global key")
        xdotool(env, "key", "ctrl+shift+F7")  # and stop it again before it runs out
        time.sleep(0.5)
        check(len(steps(data)) == 4, f"stopping the countdown moved on: {steps(data)}")
        check(focused(env) != window, "a global key took the focus from the softphone")

        xdotool(env, "key", "ctrl+shift+F6")  # calmed down
        wait_for(lambda: len(steps(data)) == 5, what="calmed down by the global key")

        xdotool(env, "key", "ctrl+shift+F12")  # the hand up for the lead (issue #18), and down again
        wait_for(lambda: hand(data) == ["hand_raised"], what="the hand raised by the global key")
        xdotool(env, "key", "ctrl+shift+F12")
        wait_for(lambda: hand(data) == ["hand_raised", "hand_cancelled"], what="the hand lowered by the global key")
        check(focused(env) != window, "raising the hand took the focus from the softphone")

        xdotool(env, "key", "ctrl+shift+F8")  # a note: the window comes forward with the note field
        wait_for(lambda: focused(env) == window, what="the window to take the focus for a note")
        time.sleep(0.3)
        xdotool(env, "type", "--delay", "20", NOTE)
        xdotool(env, "key", "Return")
        wait_for(lambda: query(data, "SELECT text FROM notes") == [NOTE], what="the note typed after the global key")

        log = box.read_log()
        check(NOTE not in log and "4411" not in log, "the note's text is in the log")
        check("Klient" not in log, "customer text in the log")
        print(f"log: {len(log.splitlines())} lines, none with the call's text")
    finally:
        for process in (softphone, app):
            if process:
                stop(process)
        xvfb.stop()
    print("ok: the global keys drive the call while the softphone has the focus; the note is saved, not logged")


if __name__ == "__main__":
    main()
