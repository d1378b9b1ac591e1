#!/usr/bin/env python3
"""`steadyline call-event` and the loopback listener, with the real app running (offscreen), as
a softphone's scripts and a PBX's action URLs use them; checked in the journal.

Usage: call_event_test.py STEADYLINE_BINARY"""
import contextlib
import os
import socket
import sqlite3
import subprocess
import sys
import urllib.error
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "desktop"))
from desktoptest import Sandbox, check, stop, wait_for  # noqa: E402


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    binary = sys.argv[1]
    sandbox = Sandbox("steadyline-callevent-")
    port = free_port()
    sandbox.write_settings("[call]\nlastPlaybook=aggressive-caller-pl\nlastAddress=formal_female\n"
                           f"[countdown]\nsound=false\n[softphone]\nlistener=true\nlistenerPort={port}\n")
    journal = os.path.join(sandbox.data_home, "Steadyline", "steadyline", "journal.sqlite")

    def event(*arguments):
        done = subprocess.run([binary, "call-event", *arguments], env=sandbox.env, capture_output=True, text=True,
                              timeout=30)
        return done.returncode, done.stdout + done.stderr

    def calls():
        if not os.path.exists(journal):
            return []
        with contextlib.closing(sqlite3.connect(f"file:{journal}?mode=ro", uri=True, timeout=10)) as db:
            return db.execute("SELECT case_reference, outcome FROM calls ORDER BY id").fetchall()

    def url(query, token=True):
        with open(os.path.join(sandbox.config, "Steadyline", "softphone-token"), encoding="ascii") as f:
            secret = f.read().strip()
        full = f"http://127.0.0.1:{port}/call-event?" + (f"token={secret}&" if token else "") + query
        try:
            with urllib.request.urlopen(full, timeout=10) as answer:
                return answer.status
        except urllib.error.HTTPError as error:
            return error.code

    # Wrong usage, and no window to take the event.
    check(event("exploded")[0] == 2, "an unknown event is not wrong usage")
    check(event("ended", "--direction", "sideways")[0] == 2, "a wrong direction is not wrong usage")
    status, text = event("answered", "--call-id", "A")
    check(status == 1 and "not running" in text, f"without a window: exit {status}, {text!r}")

    app = subprocess.Popen([binary], env=sandbox.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: os.path.exists(os.path.join(sandbox.config, "Steadyline", "softphone-token")), 20,
                 "the listener's token")
        token_mode = os.stat(os.path.join(sandbox.config, "Steadyline", "softphone-token")).st_mode & 0o777
        check(token_mode == 0o600, f"the token file's mode is {oct(token_mode)}")

        # A softphone's scripts: ring, answer, a stray end of another call, the real end.
        check(event("started", "--call-id", "A", "--peer", "sip:+48 601 234 567@pbx", "--direction", "in")[0] == 0,
              "started was not taken")
        check(calls() == [], "ringing started a call")
        status, text = event("answered", "--call-id", "A")
        check(status == 0, f"answered: exit {status}, {text!r}")
        wait_for(lambda: calls() == [("+48601234567", None)], 10, "the call to start with the ringing number")
        status, text = event("answered", "--call-id", "B", "--peer", "999")
        check(status == 1 and "already in progress" in text, f"a second answer: exit {status}, {text!r}")
        check(event("ended", "--call-id", "B")[0] == 0, "another call's end was refused")
        check(calls() == [("+48601234567", None)], f"another call's end touched the call: {calls()}")
        check(event("ended", "--call-id", "A")[0] == 0, "the call's end was refused")
        wait_for(lambda: calls() == [("+48601234567", "caller_hung_up")], 10, "the call to end as the caller hung up")
        print("call-event: answered started the call, another call's end did nothing, its end ended it")

        # A PBX's action URLs through the loopback listener.
        check(url("event=answered&call_id=L1&peer=%2B420601234567", token=False) == 403, "no token was not 403")
        check(url("event=answered&call_id=L1&peer=1") == 200, "the URL with the token was refused")
        wait_for(lambda: len(calls()) == 2 and calls()[1] == ("1", None), 10, "the listener's call to start")
        check(url("event=ended&call_id=L1", token=False) == 403, "an end without token was not 403")
        check(url("event=whatever&call_id=L1") == 400, "a malformed event was not 400")
        check(calls()[1] == ("1", None), "a refused request changed the call")
        check(url("event=ended&call_id=L1") == 200, "the end with the token was refused")
        wait_for(lambda: calls()[1] == ("1", "caller_hung_up"), 10, "the listener's call to end")
        print("listener: 403 without the token, 400 when malformed, nothing changed; with it, start and end")

        # A call started by hand is never ended by a softphone's event.
        done = subprocess.run([binary, "--start-call", "phone"], env=sandbox.env, capture_output=True, timeout=30)
        check(done.returncode == 0, f"--start-call failed: {done.stderr}")
        wait_for(lambda: len(calls()) == 3, 10, "the call started by hand")
        for stray in (["ended", "--call-id", "A"], ["ended"], ["ended", "--call-id", "L1"]):
            check(event(*stray)[0] == 0, f"{stray} was refused")
        check(calls()[2][1] is None, f"a softphone event ended a call started by hand: {calls()}")
        print("a call started by hand stayed open through three stray 'ended' events")
        check("601234567" not in sandbox.read_log(), "the caller's number is in the log")
        print("PASS")
        return 0
    finally:
        stop(app)


if __name__ == "__main__":
    sys.exit(main())
