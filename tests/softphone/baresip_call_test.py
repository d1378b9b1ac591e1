#!/usr/bin/env python3
"""A real softphone: two baresip instances on loopback, alice calling bob, while the real
Steadyline window (under Xvfb) follows bob through baresip's ctrl_tcp, as a consultant's desk
would. The call must start in the window when bob answers and end when alice hangs up, both as
the journal records them; then bob's baresip restarts and the next call is followed too.

Usage: baresip_call_test.py STEADYLINE_BINARY
Exits 77 (skipped) without baresip, Xvfb or xdotool."""
import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
sys.path.insert(0, os.path.join(HERE, "..", "desktop"))
from baresip import Baresip  # noqa: E402
from desktoptest import Sandbox, check, fail, stop, wait_for  # noqa: E402
from xserver import XServer, XServerError, find_window  # noqa: E402

SKIP = 77


def calls(journal):
    if not os.path.exists(journal):
        return []
    with contextlib.closing(sqlite3.connect(f"file:{journal}?mode=ro", uri=True, timeout=10)) as db:
        return db.execute("SELECT id, channel, case_reference, outcome FROM calls ORDER BY id").fetchall()


def connections(sandbox):
    return sandbox.read_log().count("connected to baresip's ctrl_tcp")


def follow_one_call(sandbox, journal, alice, bob, number):
    """alice calls bob; bob answers; alice hangs up. Checks the window's call at each moment."""
    alice.dial(bob.uri)
    alice.wait_for_event("CALL_RINGING", 15)
    wait_for(lambda: sandbox.read_log().count(": a call rings") == number, 15, "the window to see the call ring")
    check(len(calls(journal)) == number - 1, f"a call started before it was answered: {calls(journal)}")
    bob.console_command("accept")
    alice.wait_for_event("CALL_ESTABLISHED", 15)
    started = wait_for(lambda: len(calls(journal)) == number and calls(journal)[-1], 15,
                       f"call {number} to start in the window when bob answered")
    _, channel, reference, outcome = started
    check(channel == "phone", f"the call's channel is {channel}, not phone")
    check(reference == "alice", f"the caller reference is {reference!r}, not the caller's SIP user 'alice'")
    check(outcome is None, f"the call ended at once ({outcome})")
    print(f"call {number}: started in the window when answered (caller reference {reference!r})")

    alice.hangup()
    ended = wait_for(lambda: calls(journal)[-1][3], 15, f"call {number} to end when alice hung up")
    check(ended == "caller_hung_up", f"the call ended as {ended}, not caller_hung_up")
    print(f"call {number}: ended when the caller hung up ({ended})")


def app_stderr(work):
    try:
        with open(os.path.join(work, "app-stderr.txt"), errors="replace") as f:
            return f.read()[-3000:]
    except OSError:
        return ""


def main():
    binary = sys.argv[1]
    for tool in ("baresip", "Xvfb", "xdotool"):
        if not shutil.which(tool):
            print(f"SKIP: {tool} is not installed")
            return SKIP
    sandbox = Sandbox("steadyline-baresip-")
    work = tempfile.mkdtemp(prefix="steadyline-phones-")
    journal = os.path.join(sandbox.data_home, "Steadyline", "steadyline", "journal.sqlite")
    app = None
    try:
        xserver = XServer()
    except XServerError as error:
        print("SKIP:", error)
        return SKIP
    alice = bob = None
    try:
        alice = Baresip(os.path.join(work, "alice"), "alice")
        bob = Baresip.unwatched(os.path.join(work, "bob"), "bob")
        sandbox.write_settings("[call]\nlastPlaybook=aggressive-caller-pl\nlastAddress=formal_female\n"
                               "[countdown]\nsound=false\n"
                               f"[softphone]\nbaresip=true\nbaresipAddress={bob.ctrl_address}\n")
        env = xserver.environment(sandbox.env)
        # The app's standard error is kept: an abort before the window (Qt's fatal "could not
        # connect to display", a sanitizer) says why only there.
        app_errors = open(os.path.join(work, "app-stderr.txt"), "w")
        app = subprocess.Popen([binary], env=env, stdout=subprocess.DEVNULL, stderr=app_errors)
        find_window(env, app)
        wait_for(lambda: connections(sandbox) >= 1, 20, "Steadyline to connect to bob's ctrl_tcp")

        follow_one_call(sandbox, journal, alice, bob, 1)

        # bob's baresip restarts (the consultant closed it, or it crashed): the window follows
        # the new one by itself.
        before = connections(sandbox)
        bob.stop()
        bob.start(connect=False)
        wait_for(lambda: connections(sandbox) > before, 30, "Steadyline to reconnect to the restarted baresip")
        print("baresip restarted: Steadyline reconnected by itself")
        follow_one_call(sandbox, journal, alice, bob, 2)
        check("alice" not in sandbox.read_log(), "the caller's number (SIP user) appears in the log")
        print("PASS: calls start when answered and end when the caller hangs up, across a baresip restart")
        return 0
    except SystemExit:
        raise
    except Exception as error:  # noqa: BLE001 - a failure must name itself, whatever it is
        fail(f"{type(error).__name__}: {error}\n--- Steadyline log ---\n{sandbox.read_log()[-3000:]}"
             f"\n--- Steadyline's standard error ---\n{app_stderr(work)}"
             f"\n--- bob ---\n{bob.log()[-2000:] if bob else ''}")
    finally:
        if app is not None:
            stop(app)
        for phone in (alice, bob):
            if phone is not None:
                phone.stop()
        xserver.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
