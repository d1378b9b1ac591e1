#!/usr/bin/env python3
"""Writes held back by a full disk are not lost at logout, and do not wait for the next key
(review H2), on a real small file system (tmpfs) with the real app under Xvfb.

1. The disk fills during a call; two notes are committed and a third is being typed. Space comes
   back and SIGTERM arrives at once (a logout): the app saves all of it and ends with status 0;
   the call stays open, to be continued.
2. The disk fills again; a note is committed. Space comes back and nobody presses a key: the
   note reaches the journal within a few seconds all the same.

Usage: waiting_writes.py STEADYLINE_BINARY
"""
import os
import signal
import sys
import time

from faultsupport import desktop, fail, fill, integrity, journal_rows, notes, tmpfs, wait_until


def drafts(data):
    return [row[0] for row in journal_rows(data, "SELECT text FROM drafts")]


def main():
    binary = sys.argv[1]
    with desktop() as d:
        disk = os.path.join(d.work, "disk")
        tmpfs(disk, 4096)
        data = os.path.join(disk, "data")
        app, window = d.start(binary, data)
        d.keys(window, "Return", "F8")
        d.type("Przed awaria")
        d.keys(window, "Return")
        wait_until(lambda: notes(data) == ["Przed awaria"], 15, "the first note in the journal")

        filler = fill(disk)
        d.type("Na pelnym dysku pierwsza")
        d.keys(window, "Return")
        d.type("Na pelnym dysku druga")
        d.keys(window, "Return")
        d.type("Pisana przy wylogowaniu")
        time.sleep(1.5)  # on screen for more than a second, writes failing meanwhile
        if notes(data) != ["Przed awaria"]:
            fail(f"notes were written on a full disk?! {notes(data)}")
        os.remove(filler)
        app.send_signal(signal.SIGTERM)  # logout, at once: before any retry could run
        try:
            status = app.wait(timeout=30)
        except Exception:  # noqa: BLE001
            fail("the app did not end on SIGTERM")
        if status != 0:
            fail(f"SIGTERM did not end the app cleanly (status {status})")
        expected = ["Przed awaria", "Na pelnym dysku pierwsza", "Na pelnym dysku druga"]
        if notes(data) != expected:
            fail(f"notes lost at logout: {notes(data)} instead of {expected}")
        if drafts(data) != ["Pisana przy wylogowaniu"]:
            fail(f"the note being typed was lost at logout: drafts {drafts(data)}")
        open_calls = journal_rows(data, "SELECT count(*) FROM calls WHERE outcome IS NULL")[0][0]
        if open_calls != 1:
            fail("the call did not stay open to be continued")
        print("ok: at SIGTERM the waiting notes and the note being typed were saved; the call stays open")

        # 3. Logout while the disk is still full: what waits goes to a recovery file outside the
        # journal's folder, and the next start writes it back.
        app, window = d.start(binary, data)
        d.keys(window, "Return", "F8")
        filler = fill(disk)
        d.type("Przy pelnym dysku do konca")
        d.keys(window, "Return")
        time.sleep(1.5)
        app.send_signal(signal.SIGTERM)
        if app.wait(timeout=30) != 0:
            fail("SIGTERM on a full disk did not end the app cleanly")
        if "Przy pelnym dysku do konca" in notes(data):
            fail("the note was written on a full disk?!")
        state = os.path.join(d.work, "state", "Steadyline")
        kept = [name for name in os.listdir(state)] if os.path.isdir(state) else []
        if len(kept) != 1 or os.stat(os.path.join(state, kept[0])).st_mode & 0o077:
            fail(f"no private recovery file kept: {kept}")
        os.remove(filler)
        app, window = d.start(binary, data)
        wait_until(lambda: "Przy pelnym dysku do konca" in notes(data), 15, "the recovered note in the journal")
        if os.listdir(state):
            fail(f"the recovery file was not removed after it was written back: {os.listdir(state)}")
        print("ok: at logout on a full disk the waiting note went to a private recovery file, written back at "
              "the next start")
        app.terminate()
        app.wait(timeout=30)

        app, window = d.start(binary, data)
        d.keys(window, "Return", "F8")
        filler = fill(disk)
        d.type("Bez kolejnego klawisza")
        d.keys(window, "Return")
        time.sleep(1.5)
        os.remove(filler)
        # No key from here on: the retry timer alone must write it.
        wait_until(lambda: "Bez kolejnego klawisza" in notes(data), 15,
                   "the waiting note to be written without another key")
        if integrity(data) != "ok":
            fail("integrity_check is not ok")
        print("ok: once space was back, the waiting note was written without another key press")


if __name__ == "__main__":
    main()
