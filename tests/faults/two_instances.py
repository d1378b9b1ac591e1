#!/usr/bin/env python3
"""Two instances of the real app started at once, then more starts during a live call: one
window per journal. The later starts hand their request to the running window and end (exit 0,
"already running"); none of them opens the journal, so none marks the live call "interrupted"
(a later start used to do exactly that), and the journal stays whole. The later starts reach the
journal's folder by other spellings too: a trailing slash, a detour through "..", and a symbolic
link to the same folder.

Usage: two_instances.py STEADYLINE_BINARY
"""
import os
import subprocess
import sys
import time

from faultsupport import desktop, fail, integrity, journal_rows, notes, wait_until


def windows_of(d, process):
    found = d.xdotool("search", "--all", "--pid", str(process.pid), "--name", "^Steadyline$", check=False)
    return found.stdout.split()


def start_at_once(binary, env, data_dirs):
    """Starts one process per data folder spelling, all at the same moment."""
    return [subprocess.Popen([binary, "--data-dir", data_dir], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for data_dir in data_dirs]


def main():
    binary = sys.argv[1]
    with desktop() as d:
        data = os.path.join(d.work, "data")
        env = dict(d.env, XDG_DATA_HOME=os.path.join(d.work, "share"))

        # 1. Two starts at the same moment on a journal that does not exist yet: one window.
        first, second = start_at_once(binary, env, [data, data])
        d.apps += [first, second]
        running = wait_until(lambda: [p for p in (first, second) if windows_of(d, p)], 60, "a Steadyline window")
        if len(running) != 1:
            fail("both starts opened a window")
        primary = running[0]
        later = second if primary is first else first
        try:
            out, err = later.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            fail("the later of two simultaneous starts did not end")
        if later.returncode != 0 or "already running" not in out:
            fail(f"the later start did not hand over: exit {later.returncode}, out {out!r}, err {err!r}")
        print(f"two starts at once: one window (pid {primary.pid}); the other said: {out.strip()}")

        # 2. A live call with a committed note in the window.
        window = windows_of(d, primary)[0]
        d.focus(window)
        d.keys(window, "Return", "F5", "F8")  # the call, step 2, the note field
        d.type("Klient grozi, zamowienie 4411")
        d.xdotool("key", "Return")
        wait_until(lambda: os.path.exists(os.path.join(data, "journal.sqlite")) and notes(data), 15,
                   "the committed note")

        # 3. Later starts during the call, at once, by several spellings of the same folder.
        link = os.path.join(d.work, "journal-link")
        os.symlink(data, link)
        spellings = [data, data + "/", os.path.join(d.work, "share", "..", "data"), link]
        starts = start_at_once(binary, env, spellings)
        d.apps += starts
        for spelling, start in zip(spellings, starts):
            try:
                out, err = start.communicate(timeout=60)
            except subprocess.TimeoutExpired:
                fail(f"a later start with --data-dir {spelling} did not end (it opened a second window)")
            if start.returncode != 0 or "already running" not in out:
                fail(f"a later start with --data-dir {spelling} did not hand over to the running window: "
                     f"exit {start.returncode}, out {out!r}, err {err!r}")
        if primary.poll() is not None:
            fail(f"the running window ended (exit {primary.returncode})")

        # The live call is still live, its note is there, the journal is whole.
        time.sleep(1)
        calls = journal_rows(data, "SELECT id, outcome FROM calls ORDER BY id")
        if len(calls) != 1 or calls[0][1] is not None:
            fail(f"a later start touched the live call: {calls}")
        interrupted = journal_rows(data, "SELECT COUNT(*) FROM timeline WHERE kind = 'interruption'")[0][0]
        if interrupted:
            fail("the live call got an 'interruption' entry from a later start")
        if notes(data) != ["Klient grozi, zamowienie 4411"]:
            fail(f"the note changed: {notes(data)}")
        if integrity(data) != "ok":
            fail("integrity_check is not ok")

        # 4. The window goes on: the call ends normally.
        d.focus(window)
        d.keys(window, "F10")
        wait_until(lambda: journal_rows(data, "SELECT outcome FROM calls")[0][0] is not None, 15,
                   "the call's end")
        outcome = journal_rows(data, "SELECT outcome FROM calls")[0][0]
        if outcome == "interrupted":
            fail("the call ended as interrupted")
        print(f"{len(spellings)} later starts during the call ({', '.join(s.replace(d.work, '…') for s in spellings)}) "
              f"handed over and ended; the live call stayed live and ended '{outcome}'; integrity ok")


if __name__ == "__main__":
    main()
