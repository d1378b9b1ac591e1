#!/usr/bin/env python3
"""The single instance where the review found it weak (M1, M8), with real processes:

- without XDG_RUNTIME_DIR, nothing goes to /tmp: a name squatted there by someone else (a socket
  that answers "refused", as an attacker's would) is never used, and a later start without the
  variable still reaches the window;
- the same journal folder reached by a bind mount is the same instance: a start on the other
  path is handed to the running window and never marks its live call interrupted.

Usage: instance_squatting_test.py STEADYLINE_BINARY  (the bind mount needs root; else skipped)
"""
import hashlib
import os
import pwd
import socket
import sqlite3
import subprocess
import sys
import threading

from desktoptest import Sandbox, check, stop, wait_for

SKIP = 77


def calls(data):
    with sqlite3.connect(os.path.join(data, "journal.sqlite")) as db:
        return [row for row in db.execute("SELECT channel, outcome FROM calls ORDER BY id")]


def start_window(binary, env, box, data):
    listening = box.read_log().count("listens for later starts")
    app = subprocess.Popen([binary, "--data-dir", data], env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    wait_for(lambda: box.read_log().count("listens for later starts") > listening or app.poll() is not None,
             what="the window to listen")
    check(app.poll() is None, f"the window ended at once (status {app.returncode})")
    return app


class Squatter:
    """A socket at the old /tmp name that answers every request with a lie."""

    def __init__(self, path):
        self.path = path
        self.asked = 0
        if os.path.exists(path):
            os.unlink(path)
        self.server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.server.bind(path)
        self.server.listen(4)
        self.server.settimeout(0.2)
        self.running = True
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self):
        while self.running:
            try:
                client, _ = self.server.accept()
            except OSError:
                continue
            self.asked += 1
            client.sendall(b"refused Steadyline is locked by IT. Call the helpdesk.\n")
            client.close()

    def close(self):
        self.running = False
        self.thread.join(timeout=2)
        self.server.close()
        if os.path.exists(self.path):
            os.unlink(self.path)


def without_runtime_dir(binary):
    box = Sandbox("steadyline-squat-")
    box.write_settings("[call]\nlastPlaybook=aggressive-caller-en\n[countdown]\nsound=false\n")
    data = os.path.join(box.root, "data")
    env = dict(box.env)
    env.pop("XDG_RUNTIME_DIR")
    # Someone else made Qt's fallback runtime folder first (Qt refuses a folder it does not own,
    # and the old code then fell back to plain /tmp), and took the name the old code used there.
    fallback = f"/tmp/runtime-{pwd.getpwuid(os.getuid()).pw_name}"
    made_fallback = False
    if not os.path.exists(fallback) and os.getuid() == 0:
        os.mkdir(fallback, 0o700)
        os.chown(fallback, 65534, 65534)
        made_fallback = True
    digest = hashlib.sha256(os.path.realpath(box.root).encode() + b"/data").hexdigest()[:16]
    squatter = Squatter(f"/tmp/steadyline-{digest}.socket")
    try:
        app = start_window(binary, env, box, data)
    except SystemExit:
        squatter.close()
        if made_fallback:
            os.rmdir(fallback)
        raise
    try:
        result = subprocess.run([binary, "--data-dir", data, "--start-call", "phone"], env=env, capture_output=True,
                                text=True, timeout=30)
        check(result.returncode == 0 and "helpdesk" not in result.stdout + result.stderr,
              f"the later start did not reach the window: {result.returncode} {result.stdout!r} {result.stderr!r}")
        wait_for(lambda: calls(data) == [("phone", None)], what="the call started by the later start")
        check(squatter.asked == 0, "a request went to the socket squatted in /tmp")
    finally:
        stop(app)
        squatter.close()
        if made_fallback:
            os.rmdir(fallback)
    print("ok: without XDG_RUNTIME_DIR the window is reached in its data folder; /tmp is never used")


def bind_mount(binary):
    box = Sandbox("steadyline-bind-")
    box.write_settings("[call]\nlastPlaybook=aggressive-caller-en\n[countdown]\nsound=false\n")
    data = os.path.join(box.root, "data")
    other = os.path.join(box.root, "elsewhere")
    os.makedirs(data, mode=0o700)
    os.makedirs(other, mode=0o700)
    mounted = subprocess.run(["mount", "--bind", data, other], capture_output=True, text=True)
    if mounted.returncode != 0:
        print(f"SKIP: cannot bind-mount here ({mounted.stderr.strip()}); run as root")
        return SKIP
    app = None
    try:
        app = start_window(binary, box.env, box, data)
        result = subprocess.run([binary, "--data-dir", data, "--start-call", "phone"], env=box.env,
                                capture_output=True, text=True, timeout=30)
        check(result.returncode == 0, f"--start-call: {result.returncode} {result.stderr!r}")
        wait_for(lambda: calls(data) == [("phone", None)], what="the live call")
        # The same journal by its other path: handed to the running window, no second window.
        result = subprocess.run([binary, "--data-dir", other], env=box.env, capture_output=True, text=True,
                                timeout=30)
        check(result.returncode == 0 and "front" in result.stdout,
              f"a start on the bind-mounted path was not handed over: {result.returncode} {result.stdout!r} "
              f"{result.stderr!r}")
        check(calls(data) == [("phone", None)], f"the live call was touched: {calls(data)}")
        check(app.poll() is None, "the first window ended")
    finally:
        if app is not None:
            stop(app)
        subprocess.run(["umount", other], capture_output=True)
    print("ok: a bind-mounted journal folder is the same instance; the live call stays open")
    return 0


def main():
    binary = sys.argv[1]
    without_runtime_dir(binary)
    return bind_mount(binary)


if __name__ == "__main__":
    sys.exit(main())
