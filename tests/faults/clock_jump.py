#!/usr/bin/env python3
"""The wall clock jumps during the countdown (NTP, a user fixing the time): the countdown must
still last its seconds. The real app runs under libfaketime with the monotonic clock left alone
(FAKETIME_DONT_FAKE_MONOTONIC=1); the faked wall clock is read from a file on every call, so it
jumps an hour back, then two hours ahead, mid-countdown. The test measures with its own clock,
from the countdown_started to the countdown_expired row in the journal.

Usage: clock_jump.py STEADYLINE_BINARY
"""
import datetime
import os
import sys
import time

from faultsupport import desktop, fail, journal_rows, skip, wait_until

LIBFAKETIME = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"
COUNTDOWN_S = 7  # the shipped playbook's default


def events(data, kind):
    return [row[0] for row in journal_rows(data, "SELECT id FROM timeline WHERE kind = ? ORDER BY id", (kind,))]


def main():
    binary = sys.argv[1]
    if not os.path.exists(LIBFAKETIME):
        skip("libfaketime is not installed (Debian package libfaketime)")
    with desktop() as d:
        data = os.path.join(d.work, "data")
        offset = os.path.join(d.work, "faketime")
        with open(offset, "w", encoding="utf-8") as f:
            f.write("+0\n")
        faked = {"LD_PRELOAD": LIBFAKETIME, "FAKETIME_TIMESTAMP_FILE": offset, "FAKETIME_NO_CACHE": "1",
                 "FAKETIME_DONT_FAKE_MONOTONIC": "1",
                 # ASan (the sanitizer build) wants to be the first library; libfaketime comes first here.
                 "ASAN_OPTIONS": os.environ.get("ASAN_OPTIONS", "") + ":verify_asan_link_order=0"}
        app, window = d.start(binary, data, faked)
        for jump in ("-1h", "+2h"):
            started_before = len(events(data, "countdown_started")) if os.path.exists(
                os.path.join(data, "journal.sqlite")) else 0
            expired_before = len(events(data, "countdown_expired")) if started_before else 0
            d.keys(window, "Return", "F5", "F5", "F5")  # a call, to step 3½: the countdown starts
            wait_until(lambda: len(events(data, "countdown_started")) > started_before, 15, "the countdown")
            began = time.monotonic()
            time.sleep(2)
            with open(offset, "w", encoding="utf-8") as f:
                f.write(jump + "\n")
            wait_until(lambda: len(events(data, "countdown_expired")) > expired_before, 60, "the countdown's end")
            lasted = time.monotonic() - began
            print(f"wall clock {jump} mid-countdown: it lasted {lasted:.1f} s of {COUNTDOWN_S} s")
            # From the row's appearance: at most the draft/poll delays late, never early.
            if not COUNTDOWN_S - 0.6 <= lasted <= COUNTDOWN_S + 3:
                fail(f"with the wall clock moved {jump}, the {COUNTDOWN_S} s countdown lasted {lasted:.1f} s")
            # The jump really happened for the app: its own records say so.
            stamps = journal_rows(data, "SELECT at FROM timeline WHERE kind IN ('countdown_started', "
                                  "'countdown_expired') ORDER BY id DESC LIMIT 2")
            expired_at, started_at = (datetime.datetime.fromisoformat(row[0].replace("Z", "+00:00"))
                                      for row in stamps)
            seen = (expired_at - started_at).total_seconds()
            if abs(seen - int(jump[:-1]) * 3600) > 60:
                fail(f"libfaketime did not move the app's wall clock {jump} (its records: {seen:.0f} s apart)")
            if app.poll() is not None:
                fail(f"the app died (exit {app.returncode})")
            # F10 here is an abusive call's end (#18): the break page, Esc skips it to the summary,
            # then Enter: the start page.
            d.keys(window, "F10", "Escape", "Return")
            with open(offset, "w", encoding="utf-8") as f:
                f.write("+0\n")
            time.sleep(0.5)
        print("ok: the countdown lasted its seconds with the wall clock jumping back and ahead")


if __name__ == "__main__":
    main()
