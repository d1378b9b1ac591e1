#!/usr/bin/env python3
"""A damaged journal file and a read-only data folder, with the real app and the real CLI.

Damaged: the journal's bytes are garbage. The app must start, keep the damaged file whole beside
a new journal, take a call into the new one. The CLI only reads: it must refuse a damaged
journal (exit 1, saying so) and leave it exactly where and as it is (review M10).
Read-only: the data folder is on a tmpfs remounted read-only. The app must start, take a call
without crashing, leave the journal's bytes as they were; the CLI must fail with a message that
names the journal, not crash.

Usage: damaged_data.py STEADYLINE_BINARY
"""
import glob
import hashlib
import os
import subprocess
import sys
import time

from faultsupport import desktop, fail, integrity, notes, remount_read_only, tmpfs, wait_until


def take_a_call(d, app, window, note):
    d.keys(window, "Return", "F5", "F8")
    d.type(note)
    d.keys(window, "Return")
    time.sleep(1)
    d.keys(window, "F10")
    time.sleep(0.5)
    if app.poll() is not None:
        fail(f"the app died during a call (exit {app.returncode}): {d.output(app)[-2000:]}")


def export(binary, d, data):
    return subprocess.run([binary, "--data-dir", data, "export", "calls", "--out", os.path.join(d.work, "r.md")],
                          env=d.env, capture_output=True, text=True, timeout=120)


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    binary = sys.argv[1]
    with desktop() as d:
        # --- a damaged journal -------------------------------------------------------------
        data = os.path.join(d.work, "damaged")
        os.makedirs(data)
        garbage = bytes((i * 7919 + 13) % 251 for i in range(20000))
        with open(os.path.join(data, "journal.sqlite"), "wb") as f:
            f.write(garbage)
        app, window = d.start(binary, data)
        aside = glob.glob(os.path.join(data, "journal.sqlite.corrupt-*"))
        if len(aside) != 1:
            fail(f"the damaged journal was not moved aside: {os.listdir(data)}")
        with open(aside[0], "rb") as f:
            if f.read() != garbage:
                fail("the damaged journal was not kept whole")
        take_a_call(d, app, window, "Nowy dziennik")
        wait_until(lambda: notes(data) == ["Nowy dziennik"], 15, "the call in the new journal")
        if integrity(data) != "ok":
            fail("the new journal fails integrity_check")
        app.terminate()
        app.wait(timeout=20)
        # The command line refuses, and moves nothing: a script must not publish an empty report.
        with open(os.path.join(data, "journal.sqlite"), "wb") as f:
            f.write(garbage)
        listing = sorted(os.listdir(data))
        done = export(binary, d, data)
        if done.returncode != 1 or "damaged" not in done.stderr:
            fail(f"the CLI did not refuse the damaged journal (exit {done.returncode}): {done.stderr}")
        if sorted(os.listdir(data)) != listing:
            fail(f"the CLI moved or made files: {sorted(os.listdir(data))} (was {listing})")
        with open(os.path.join(data, "journal.sqlite"), "rb") as f:
            if f.read() != garbage:
                fail("the CLI changed the damaged journal")
        print(f"told: {done.stderr.strip().splitlines()[-1]}")

        # --- a read-only data folder -------------------------------------------------------
        disk = os.path.join(d.work, "ro")
        tmpfs(disk, 8192)
        data = os.path.join(disk, "data")
        app, window = d.start(binary, data)
        take_a_call(d, app, window, "Przed zablokowaniem")
        wait_until(lambda: notes(data) == ["Przed zablokowaniem"], 15, "the note before the folder is read-only")
        app.terminate()
        app.wait(timeout=20)
        before = {name: digest(os.path.join(data, name)) for name in os.listdir(data)}
        remount_read_only(disk)
        app, window = d.start(binary, data)
        take_a_call(d, app, window, "Na tylko do odczytu")
        app.terminate()
        app.wait(timeout=20)
        done = export(binary, d, data)
        if done.returncode < 0:
            fail(f"the CLI crashed on a read-only data folder (signal {-done.returncode})")
        if done.returncode != 0 and "journal.sqlite" not in done.stderr:
            fail(f"the CLI failed without naming the journal: {done.stderr}")
        print(f"told: {(done.stderr.strip().splitlines() or ['(exported)'])[-1]}")
        after = {name: digest(os.path.join(data, name)) for name in os.listdir(data)}
        if after != before:
            fail("the read-only journal changed")
        # A fresh read-only folder without a journal at all.
        app, window = d.start(binary, os.path.join(disk, "never-created"))
        take_a_call(d, app, window, "Bez dziennika")
        print("ok: a damaged journal is moved aside whole and a new one takes the call; a read-only data folder "
              "neither crashes the app nor the CLI")


if __name__ == "__main__":
    main()
