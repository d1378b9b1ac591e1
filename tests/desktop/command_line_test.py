#!/usr/bin/env python3
"""The window's command line, run as a user would: --version, --help, wrong usage, --data-dir in
both spellings, and the rotating log file (--verbose mirrors it on stderr).

Usage: command_line_test.py STEADYLINE_BINARY
"""
import os
import subprocess
import sys

from desktoptest import Sandbox, check, stop, wait_for


def run(binary, sandbox, *args):
    return subprocess.run([binary, *args], env=sandbox.env, capture_output=True, text=True, timeout=60)


def main():
    binary = sys.argv[1]
    box = Sandbox("steadyline-cmdline-")

    for args in (["--version"], ["--verbose", "--version"], ["--data-dir=/nowhere", "--version"]):
        result = run(binary, box, *args)
        check(result.returncode == 0 and result.stdout.startswith("steadyline 0."),
              f"{args}: {result.returncode} {result.stdout!r} {result.stderr!r}")
    for args in (["--help"], ["--verbose", "--help"], ["-h"]):
        result = run(binary, box, *args)
        check(result.returncode == 0, f"{args} exits {result.returncode}")
        for word in ("--start-call", "--verbose", "--data-dir", "validate"):
            check(word in result.stdout, f"{args}: the help does not mention {word}")

    for args, said in ((["--bogus"], "bogus"), (["--start-call", "fax"], "fax"), (["--start-call"], "start-call"),
                       (["calls"], "calls")):
        result = run(binary, box, *args)
        check(result.returncode == 2, f"{args} exits {result.returncode}, not 2 (wrong usage)")
        check(said in result.stderr and "--help" in result.stderr, f"{args}: unclear message {result.stderr!r}")
    check(not os.path.exists(box.log_file), "wrong usage must not start logging")

    # --data-dir=DIR (with '=') moves the journal, and the window logs to its rotating file.
    data = os.path.join(box.root, "journal-here")
    app = subprocess.Popen([binary, f"--data-dir={data}"], env=box.env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: os.path.exists(os.path.join(data, "journal.sqlite")), what="the journal in --data-dir=DIR")
        wait_for(lambda: "journal open" in box.read_log(), what="the log file")
        log = box.read_log()
        check("Steadyline 0." in log and "started" in log, f"no start line in the log: {log!r}")
        check(" debug " not in log, "debug lines logged without --verbose")
    finally:
        stop(app)
    _, quiet_stderr = app.communicate()
    check("journal open" not in quiet_stderr, "without --verbose the log goes to stderr too")
    for path, private in ((os.path.dirname(box.log_file), 0o700), (box.log_file, 0o600)):
        mode = os.stat(path).st_mode & 0o777
        check(mode == private, f"{path} has mode {oct(mode)}, not {oct(private)}")
    with open(box.log_file, encoding="utf-8") as f:
        print("the log after a start:\n" + f.read())

    # --verbose: the same lines on stderr, and debug lines (the playbooks loaded) in the file.
    os.remove(box.log_file)
    app = subprocess.Popen([binary, "--verbose", "--data-dir", data], env=box.env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: "journal open" in box.read_log(), what="the verbose log")
        wait_for(lambda: " debug " in box.read_log(), what="debug lines with --verbose")
    finally:
        stop(app)
    _, verbose_stderr = app.communicate()
    check("journal open" in verbose_stderr, f"--verbose does not log to stderr: {verbose_stderr!r}")
    print("ok: --version, --help, wrong usage, --data-dir=DIR and the log file (--verbose on stderr too)")


if __name__ == "__main__":
    main()
