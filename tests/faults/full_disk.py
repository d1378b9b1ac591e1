#!/usr/bin/env python3
"""A full disk while writing notes and exporting, on a real small file system (tmpfs).

The app runs under Xvfb with its journal on a 4 MB tmpfs. A note is committed; the disk is
filled to the last byte; more notes are typed; the app must keep running and keep them; once
space is freed, they reach the journal in order, and the database passes integrity_check.
Then `steadyline export` writes onto the full disk: it must fail with a message, exit non-zero,
leave the earlier report untouched and no partial file behind.

Usage: full_disk.py STEADYLINE_BINARY
"""
import os
import shutil
import subprocess
import sys
import time

from faultsupport import desktop, fail, fill, integrity, notes, tmpfs, wait_until


def main():
    binary = sys.argv[1]
    with desktop() as d:
        disk = os.path.join(d.work, "disk")
        tmpfs(disk, 4096)
        data = os.path.join(disk, "data")
        app, window = d.start(binary, data)
        d.keys(window, "Return", "F8")
        d.type("Zapisana przed awaria")
        d.keys(window, "Return")
        wait_until(lambda: notes(data) == ["Zapisana przed awaria"], 15, "the first note in the journal")

        filler = fill(disk)
        d.type("Pisana na pelnym dysku")
        d.keys(window, "Return")
        d.type("Druga na pelnym dysku")
        d.keys(window, "Return")
        time.sleep(2)  # the draft timer and the writes have run against the full disk
        if app.poll() is not None:
            fail(f"the app died on a full disk (exit {app.returncode}): {d.output(app)[-2000:]}")
        if notes(data) != ["Zapisana przed awaria"]:
            fail(f"the committed note changed on a full disk: {notes(data)}")
        if integrity(data) != "ok":
            fail("the journal is damaged after writes failed on a full disk")

        os.remove(filler)  # space is back: the waiting notes go first, in order
        d.type("Po zwolnieniu miejsca")
        d.keys(window, "Return")
        expected = ["Zapisana przed awaria", "Pisana na pelnym dysku", "Druga na pelnym dysku",
                    "Po zwolnieniu miejsca"]
        wait_until(lambda: notes(data) == expected, 15, f"the notes kept in memory to reach the journal: {expected}")
        d.keys(window, "F10")
        if integrity(data) != "ok":
            fail("integrity_check is not ok after the disk was full")
        app.terminate()
        app.wait(timeout=20)

        # Exports onto the full disk: an error the user reads, the earlier report untouched. The
        # journal is read from a copy on another disk, so that it is the report's write that fails.
        journal_copy = os.path.join(d.work, "journal-copy")
        shutil.copytree(data, journal_copy)
        report = os.path.join(disk, "report.md")
        export = [binary, "--data-dir", journal_copy, "export", "calls", "--format", "md", "--out"]
        done = subprocess.run(export + [report], env=d.env, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            fail(f"export with room to spare failed: {done.stderr}")
        with open(report, "rb") as f:
            before = f.read()
        if "Zapisana przed awaria".encode() not in before:
            fail("the report lacks the note")
        filler = fill(disk)
        listing = sorted(os.listdir(disk))
        for target in (report, os.path.join(disk, "new-report.json")):
            done = subprocess.run(export[:-3] + ["--format", "json" if target.endswith("json") else "md", "--out",
                                                 target], env=d.env, capture_output=True, text=True, timeout=120)
            if done.returncode == 0:
                fail(f"export onto a full disk reported success for {target}")
            if done.returncode < 0:
                fail(f"export onto a full disk crashed (signal {-done.returncode})")
            if not done.stderr.strip():
                fail("export onto a full disk failed without a message")
            print(f"told: {done.stderr.strip()}")
        with open(report, "rb") as f:
            if f.read() != before:
                fail("the earlier report was damaged by an export onto the full disk")
        if sorted(os.listdir(disk)) != listing:
            fail(f"a partial file was left on the full disk: {sorted(os.listdir(disk))} (was {listing})")
        os.remove(filler)
        print("ok: on a full disk the app kept the notes and wrote them once there was room; exports failed "
              "with a message and left the earlier report intact")


if __name__ == "__main__":
    main()
